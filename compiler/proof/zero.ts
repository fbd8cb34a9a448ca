// The simplest value of a WIT type, in the shape jco lowers: the arguments of a call whose
// response is under test, and the host's reply to a call whose arguments are. Neither is
// compared with anything; they only have to be valid so that the call goes through.

import type { TypeDef, WitModel, WitType } from '../wit/model.js';
import { camel } from './names.js';

const TYPED: Record<string, () => unknown> = {
  u8: () => new Uint8Array(0),
  s8: () => new Int8Array(0),
  u16: () => new Uint16Array(0),
  s16: () => new Int16Array(0),
  u32: () => new Uint32Array(0),
  s32: () => new Int32Array(0),
  u64: () => new BigUint64Array(0),
  s64: () => new BigInt64Array(0),
  f32: () => new Float32Array(0),
  f64: () => new Float64Array(0),
};

export function zeroValue(model: WitModel, t: WitType): unknown {
  switch (t.kind) {
    case 'primitive':
      switch (t.name) {
        case 'bool':
          return false;
        case 's64':
        case 'u64':
          return 0n;
        case 'char':
          return 'a';
        case 'string':
          return '';
        default:
          return 0;
      }
    case 'list': {
      if (t.length !== undefined) return Array.from({ length: t.length }, () => zeroValue(model, t.element));
      const e = dealias(model, t.element);
      // Numeric lists lower from typed arrays (list<u8> <- Uint8Array, ...).
      return e.kind === 'primitive' && TYPED[e.name] ? TYPED[e.name]!() : [];
    }
    case 'option':
      // jco: `T | undefined`, tagged when T's own values include undefined.
      return plainOptional(model, t.inner) ? { tag: 'none' } : undefined;
    case 'result':
      return { tag: 'ok', val: t.ok ? zeroValue(model, t.ok) : undefined };
    case 'tuple':
      return t.elements.map((e) => zeroValue(model, e));
    case 'named':
      return zeroDef(model, model.types[t.id]!);
    default:
      throw new Error(`zero value: unsupported type kind ${t.kind}`);
  }
}

/** What the host returns for a call of a function with this result: jco's direct-result form. */
export function zeroReply(model: WitModel, result: WitType | undefined): unknown {
  if (!result) return undefined;
  // A direct `result<T, E>` return is "returns T, throws E".
  if (result.kind === 'result') return result.ok ? zeroValue(model, result.ok) : undefined;
  return zeroValue(model, result);
}

function zeroDef(model: WitModel, d: TypeDef): unknown {
  switch (d.kind) {
    case 'alias':
      return zeroValue(model, d.target);
    case 'record':
      return Object.fromEntries(d.fields.map((f) => [camel(f.name), zeroValue(model, f.type)]));
    case 'variant': {
      const c = d.cases[0]!;
      return c.type ? { tag: c.name, val: zeroValue(model, c.type) } : { tag: c.name };
    }
    case 'enum':
      return d.cases[0]!.name;
    case 'flags':
      return Object.fromEntries(d.flags.map((f) => [camel(f.name), false]));
    default:
      throw new Error(`zero value: unsupported type definition ${d.kind}`);
  }
}

function dealias(model: WitModel, t: WitType): WitType {
  while (t.kind === 'named') {
    const d = model.types[t.id]!;
    if (d.kind !== 'alias') return t;
    t = d.target;
  }
  return t;
}

/** Whether jco represents `t` as a JS value that can be `undefined` (a plain-form option). */
function plainOptional(model: WitModel, t: WitType): boolean {
  const d = dealias(model, t);
  return d.kind === 'option' && !plainOptional(model, d.inner);
}
