// ComponentizeJS bug #343 (open as of componentize-js 0.22): a guest traps (`unreachable`, and
// the instance is then poisoned) when it lowers a NEGATIVE s64 as a flat argument of an import
// call. Values in linear memory (inside lists, or when the parameters flatten to more than 16
// core values) are fine, as are export results. The function tests avoid exactly that case and
// known-bugs.test.ts pins the trap, so a fixed release shows up as a failing pin.
// https://github.com/bytecodealliance/ComponentizeJS/issues/343

import type { Param, WitModel, WitType } from '../wit/model.js';
import { camel } from './names.js';

const MAX_FLAT_PARAMS = 16;

/** Core values a type flattens to (the canonical ABI's `flatten_type`, sizes only). */
function flatCount(model: WitModel, t: WitType): number {
  switch (t.kind) {
    case 'primitive':
      return 1;
    case 'list':
      return 2;
    case 'option':
      return 1 + flatCount(model, t.inner);
    case 'result':
      return 1 + Math.max(t.ok ? flatCount(model, t.ok) : 0, t.err ? flatCount(model, t.err) : 0);
    case 'tuple':
      return t.elements.reduce((n, e) => n + flatCount(model, e), 0);
    case 'named': {
      const d = model.types[t.id]!;
      if (d.kind === 'alias') return flatCount(model, d.target);
      if (d.kind === 'record') return d.fields.reduce((n, f) => n + flatCount(model, f.type), 0);
      if (d.kind === 'variant') return 1 + Math.max(0, ...d.cases.map((c) => (c.type ? flatCount(model, c.type) : 0)));
      return 1; // enum, flags (<= 32), handles
    }
    default:
      return 1;
  }
}

/** Whether a negative s64 sits in a flat (not in-memory) position of `value` of type `t`. */
function negativeFlatS64(model: WitModel, t: WitType, value: unknown): boolean {
  if (value === undefined || value === null) return false;
  switch (t.kind) {
    case 'primitive':
      return t.name === 's64' && typeof value === 'bigint' && value < 0n;
    case 'list':
      return false; // lists live in linear memory
    case 'option': {
      const tagged = typeof value === 'object' && value !== null && 'tag' in value && (value.tag === 'some' || value.tag === 'none');
      const inner = tagged ? (value as { val?: unknown }).val : value;
      return negativeFlatS64(model, t.inner, inner);
    }
    case 'result': {
      const r = value as { tag: string; val?: unknown };
      const arm = r.tag === 'ok' ? t.ok : t.err;
      return arm ? negativeFlatS64(model, arm, r.val) : false;
    }
    case 'tuple':
      return t.elements.some((e, i) => negativeFlatS64(model, e, (value as unknown[])[i]));
    case 'named': {
      const d = model.types[t.id]!;
      if (d.kind === 'alias') return negativeFlatS64(model, d.target, value);
      if (d.kind === 'record') return d.fields.some((f) => negativeFlatS64(model, f.type, (value as Record<string, unknown>)[camel(f.name)]));
      if (d.kind === 'variant') {
        const v = value as { tag: string; val?: unknown };
        const c = d.cases.find((x) => x.name === v.tag);
        return c?.type ? negativeFlatS64(model, c.type, v.val) : false;
      }
      return false;
    }
    default:
      return false;
  }
}

/** Whether a guest calling an import with these parameters and arguments hits bug #343. */
export function hitsNegativeS64Bug(model: WitModel, params: Param[], args: unknown[]): boolean {
  const flat = params.reduce((n, p) => n + flatCount(model, p.type), 0);
  if (flat > MAX_FLAT_PARAMS) return false;
  return params.some((p, i) => negativeFlatS64(model, p.type, args[i]));
}
