// The fuzz oracle: one case (a valid instance, or a mutant) through both codec paths of a generated
// library, judged against ajv's verdict on the same JSON. A case yields findings: a class (what went
// wrong), the kind, the path, and a reproduction (the exact input).
import { isDeepStrictEqual } from 'node:util';
import { InstanceGenerator, Rng } from './generate.js';
import { placeOf, type Kind, type VersionSchema } from './schema.js';

/** What the fuzz uses of a generated library (any version). */
export interface FuzzLibrary {
  MCP_VERSION: string;
  methods: Record<string, { kind: 'request' | 'notification'; decodeParams(p: unknown): unknown[]; encodeParams(...a: unknown[]): unknown; decodeResult?(r: unknown): unknown; encodeResult?(v: unknown): unknown }>;
  decodeRequest(text: string, opts?: DecodeOptions): { id?: string | number; method: string; args: unknown[] };
  decodeResponse(text: string, method: string, opts?: DecodeOptions): { id?: string | number; result: unknown } | { id?: string | number; error: unknown };
  /** The value path's report of members not carried (pointers under `base`). */
  unknownMembers(input: unknown, back: unknown, base?: string): string[];
  encodeRequest(method: string, id: string | number | undefined, ...args: unknown[]): string;
  encodeResponse(method: string, id: string | number, value: unknown): string;
  CodecError: new (...a: never[]) => Error & { path: string; rule: string; detail: string };
}

/** The generated libraries' decode options (runtime.ts DecodeOptions). */
export interface DecodeOptions {
  strict?: boolean;
  onUnknown?: (pointer: string) => void;
}

export type Path = 'text' | 'value';

export interface Finding {
  version: string;
  kind: string;
  /** e.g. `lost:_meta`, `refused-valid:type`, `accepted-invalid:drop-member`, `bad-pointer:wrong-type`. */
  cls: string;
  path: Path;
  /** The input: the message text (text path) or the params/result value as JSON (value path). */
  input: string;
  detail: string;
  /** How the case was made, and how it was judged: enough to replay it (`replay`). */
  how: string;
  valid: boolean;
  lenient?: boolean | undefined;
  at?: { pointer: string; original: unknown } | undefined;
}

/** A case: the JSON text of the whole message, and (when it is JSON) the params or result value. */
export interface Case {
  kind: Kind;
  /** How the case was made: `valid`, or the mutation. */
  how: string;
  text: string;
  /** undefined: the text path only (1e400 has no JSON value). */
  value?: { v: unknown } | undefined;
  /** ajv's verdict on the value, or the envelope rule broken (`invalid` by construction). */
  valid: boolean;
  /** Numbers and ids at the edge (2^64, 1e400, an id over 2^53): refused with a pointer into the input, or carried exactly. */
  lenient?: boolean | undefined;
  /** Mutants made at one place: its pointer (from the message: `/params/...`) and the valid value before the mutation. */
  at?: { pointer: string; original: unknown } | undefined;
}

const ID = 7;

export function messageText(kind: Kind, part: unknown, id: unknown = ID): string {
  if (kind.part === 'result') return JSON.stringify({ jsonrpc: '2.0', id, result: part });
  const m: Record<string, unknown> = { jsonrpc: '2.0' };
  if (kind.message === 'request') m['id'] = id;
  m['method'] = kind.method;
  if (part !== undefined) m['params'] = part;
  return JSON.stringify(m);
}

// ---------------------------------------------------------------------------------------- cases

/** Every JSON pointer of a value (objects and arrays included), with the node. */
export function nodes(v: unknown, at = ''): [string, unknown][] {
  const out: [string, unknown][] = [[at, v]];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...nodes(x, `${at}/${i}`)));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(...nodes(x, `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`));
  return out;
}

function tokensOf(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value at a pointer, or `missing`. */
const MISSING = Symbol('missing');
const at_ = (v: unknown, pointer: string): unknown => at(v, pointer);
function at(v: unknown, pointer: string): unknown {
  let x: unknown = v;
  for (const t of tokensOf(pointer)) {
    if (x === null || typeof x !== 'object' || !Object.prototype.hasOwnProperty.call(x, t)) return MISSING;
    x = (x as Record<string, unknown>)[t];
  }
  return x;
}

/** A copy of `v` with the node at `pointer` replaced (`undefined`: removed). */
function replaced(v: unknown, pointer: string, f: (node: unknown) => unknown): unknown {
  const copy = structuredClone(v);
  const tokens = tokensOf(pointer);
  if (tokens.length === 0) return f(copy);
  const parent = at(copy, `/${tokens.slice(0, -1).map((t) => t.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`.replace(/^\/$/, '')) as Record<string, unknown> | unknown[];
  const last = tokens[tokens.length - 1] as string;
  const next = f((parent as Record<string, unknown>)[last]);
  if (next === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else (parent as Record<string, unknown>)[last] = next;
  return copy;
}

const MUTATIONS = ['drop-member', 'wrong-type', 'extra-member', 'extra-meta', 'null-params', 'drop-params', 'missing-id', 'huge-int', 'huge-id', 'inf-number'] as const;

/** The valid instance of a kind, and mutants of it; each judged by ajv (or the envelope rule it breaks). */
export function cases(vs: VersionSchema, kind: Kind, rng: Rng, mutants: number): Case[] {
  const gen = new InstanceGenerator(vs.root, rng);
  let v: unknown;
  for (let tries = 0; ; tries++) {
    v = kind.part === 'params' && !kind.required && rng.chance(0.1) ? undefined : gen.instance(kind.schema);
    if (v === undefined || kind.validate(v)) break;
    if (tries > 50) throw new Error(`${vs.version} ${kind.name}: the generator made no valid instance in 50 tries: ${JSON.stringify(kind.validate.errors)}`);
  }
  const judged = (how: string, x: unknown): Case => ({ kind, how, text: messageText(kind, x), value: { v: x }, valid: x === undefined ? !kind.required : kind.validate(x) && specValid(vs, kind, x) });
  // The generator draws `resultType` as the schema allows (any string); the specification makes an
  // unrecognized one invalid. The instance as drawn is a case of its own (it must be refused at
  // /result/resultType); the valid instance and its mutants get "complete", what the kind's own
  // result (not InputRequiredResult) is. No random draw here: the other cases stay as they were.
  const extra: Case[] = [];
  if (kind.part === 'result' && vs.resultTypes !== undefined && isRecord(v) && typeof v['resultType'] === 'string' && !vs.resultTypes.includes(v['resultType'])) {
    extra.push({ ...judged('unknown-result-type', v), at: { pointer: '/result/resultType', original: { ...v, resultType: 'complete' } } });
    v = { ...v, resultType: 'complete' };
  }
  const out: Case[] = [judged('valid', v), ...extra];
  const base = v ?? {};
  const all = nodes(base);
  for (let i = 0; i < mutants; i++) {
    const how = rng.pick(MUTATIONS);
    const objects = all.filter(([, x]) => x !== null && typeof x === 'object' && !Array.isArray(x));
    const members = all.filter(([p]) => p !== '');
    const numbers = all.filter(([, x]) => typeof x === 'number');
    switch (how) {
      case 'drop-member': {
        if (members.length === 0) break;
        const [p] = rng.pick(members);
        out.push({ ...judged(how, replaced(base, p, () => undefined)), at: { pointer: `/${kind.part}${p}`, original: base } });
        break;
      }
      case 'wrong-type': {
        const [p, x] = rng.pick(all);
        const other = rng.pick([null, true, 3, 'x', [], {}, 1.5].filter((y) => typeof y !== typeof x || Array.isArray(y) !== Array.isArray(x) || (y === null) !== (x === null)));
        // params: null is its own mutation (so that one defect is one class).
        out.push({ ...judged(p === '' && other === null && kind.part === 'params' ? 'null-params' : how, replaced(base, p, () => other)), at: { pointer: `/${kind.part}${p}`, original: base } });
        break;
      }
      case 'extra-member':
      case 'extra-meta': {
        if (objects.length === 0) break;
        const [p] = how === 'extra-meta' ? (['', base] as [string, unknown]) : rng.pick(objects);
        const key = how === 'extra-meta' ? '_meta' : rng.pick(['fuzzExtra', 'x', 'a/b']);
        const value = how === 'extra-meta' ? { progressToken: 'p', 'example.com/k': [1, { a: null }] } : rng.pick([1, 'v', { a: [true] }, null]);
        if (typeof base !== 'object' || base === null || Array.isArray(base)) break;
        out.push(judged(how, replaced(base, p, (o) => ({ ...(o as object), [key]: value }))));
        break;
      }
      case 'null-params':
        if (kind.part === 'params') out.push({ kind, how, text: messageText(kind, null), value: { v: null }, valid: false });
        break;
      case 'drop-params':
        if (kind.part === 'params' && v !== undefined) out.push({ kind, how, text: messageText(kind, undefined), value: { v: undefined }, valid: !kind.required });
        break;
      case 'missing-id':
        // A request or a response without an id (a notification has none to lose).
        if (kind.message === 'request') {
          const m = JSON.parse(messageText(kind, v)) as Record<string, unknown>;
          delete m['id'];
          out.push({ kind, how, text: JSON.stringify(m), value: undefined, valid: false });
        }
        break;
      case 'huge-id':
        if (kind.message === 'request') out.push({ kind, how, text: messageText(kind, v).replace(`"id":${ID}`, '"id":9007199254740993'), value: undefined, valid: true, lenient: true });
        break;
      case 'huge-int': {
        if (numbers.length === 0) break;
        const [p] = rng.pick(numbers);
        const mutant = replaced(base, p, () => 2 ** 64);
        // The text holds the exact integer; the value is the nearest double (JSON.parse's).
        const c = judged(how, mutant);
        // Valid for ajv (no maximum there): the codec may carry it exactly or refuse it (s64 range).
        out.push({ ...c, text: c.text.replace('18446744073709552000', '18446744073709551616'), lenient: c.valid });
        break;
      }
      case 'inf-number': {
        if (numbers.length === 0) break;
        const [p] = rng.pick(numbers);
        const marker = 1.25e-300; // a number no instance holds, replaced in the text
        const c = judged(how, replaced(base, p, () => marker));
        out.push({ kind, how, text: c.text.replace(String(marker), '1e400'), value: undefined, valid: c.valid, lenient: true });
        break;
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------- oracle

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The specification's rules beyond its JSON schema (ajv judges the schema): a result's `resultType` must be one it defines. */
export function specValid(vs: VersionSchema, kind: Kind, x: unknown): boolean {
  if (kind.part !== 'result' || vs.resultTypes === undefined || !isRecord(x)) return true;
  const rt = x['resultType'];
  return typeof rt !== 'string' || vs.resultTypes.includes(rt);
}

/** Differences between what went in and what came back: members missing, and other changes. */
export function differences(a: unknown, b: unknown, at = ''): { missing: string[]; changed: string[] } {
  const out = { missing: [] as string[], changed: [] as string[] };
  const walk = (x: unknown, y: unknown, p: string): void => {
    if (x !== null && y !== null && typeof x === 'object' && typeof y === 'object' && Array.isArray(x) === Array.isArray(y)) {
      if (Array.isArray(x) && Array.isArray(y)) {
        if (x.length !== y.length) out.changed.push(p);
        else x.forEach((e, i) => walk(e, y[i], `${p}/${i}`));
        return;
      }
      const xo = x as Record<string, unknown>;
      const yo = y as Record<string, unknown>;
      for (const k of Object.keys(xo)) {
        const kp = `${p}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        if (!Object.prototype.hasOwnProperty.call(yo, k)) out.missing.push(kp);
        else walk(xo[k], yo[k], kp);
      }
      for (const k of Object.keys(yo)) if (!Object.prototype.hasOwnProperty.call(xo, k)) out.changed.push(`${p}/${k}`);
      return;
    }
    if (!Object.is(x, y) && !(x === 0 && y === 0)) out.changed.push(p);
  };
  walk(a, b, at);
  return out;
}

function lostClass(vs: VersionSchema, kind: Kind, instance: unknown, pointer: string): string {
  const tokens = tokensOf(pointer);
  const below = tokens[0] === 'params' || tokens[0] === 'result' ? tokens.slice(1) : tokens;
  if (below.includes('_meta')) return 'lost:_meta';
  return `lost:${placeOf(vs, kind.pointer, instance, below)}`;
}

/** Whether an error's pointer names a node of the input, or a missing member of an object that is there. */
export function pointerExists(input: unknown, pointer: string, rule: string): boolean {
  if (at(input, pointer) !== MISSING) return true;
  const tokens = tokensOf(pointer);
  if (tokens.length === 0) return false;
  const parent = at(input, tokens.length === 1 ? '' : `/${pointer.slice(1).split('/').slice(0, -1).join('/')}`);
  return rule === 'required' && parent !== null && typeof parent === 'object' && !Array.isArray(parent);
}

/**
 * Whether an error on a mutant points away from the damage: at a node that is neither the damaged
 * one, an ancestor nor a descendant of it; or, at an ancestor, a required member that the valid
 * instance did not have there either (a union's error about a member the input never was).
 */
function farError(c: Case, pointer: string, rule: string, message: string): boolean {
  const at = c.at!.pointer;
  const related = (a: string, b: string) => a === b || b.startsWith(`${a}/`);
  if (!related(pointer, at) && !related(at, pointer)) return true;
  const missing = /missing required property "([^"]*)"/.exec(message)?.[1];
  if (rule !== 'required' || missing === undefined || !related(pointer, at)) return false;
  const before = at_(({ [c.kind.part]: c.at!.original }) as unknown, pointer);
  return before !== MISSING && before !== null && typeof before === 'object' && !Object.prototype.hasOwnProperty.call(before, missing);
}

interface Outcome {
  ok: boolean;
  back?: unknown;
  wit?: unknown;
  error?: Error & { path?: string; rule?: string };
  crash?: boolean;
  stage?: 'decode' | 'encode';
  /** The members decode reported as not carried (`onUnknown` on the text path, `unknownMembers` on the value path). */
  reported?: string[];
}

function run(lib: FuzzLibrary, c: Case, path: Path): Outcome {
  const codec = lib.methods[c.kind.method];
  if (!codec) throw new Error(`${c.kind.method} is not carried`);
  let wit: unknown;
  const reported: string[] = [];
  const opts: DecodeOptions = { onUnknown: (p) => reported.push(p) };
  try {
    if (path === 'text') {
      if (c.kind.part === 'params') {
        const d = lib.decodeRequest(c.text, opts);
        if (d.method !== c.kind.method) throw new lib.CodecError(...(['/method', 'method', `decoded as ${d.method}`] as never[]));
        wit = [d.id, d.args];
      } else {
        const d = lib.decodeResponse(c.text, c.kind.method, opts);
        if ('error' in d) throw new Error('decoded a result as an error');
        wit = [d.id, d.result];
      }
    } else {
      const v = c.value?.v;
      wit = c.kind.part === 'params' ? codec.decodeParams(v) : codec.decodeResult!(v);
    }
  } catch (e) {
    return { ok: false, error: e as Error, crash: !(e instanceof lib.CodecError), stage: 'decode' };
  }
  try {
    let back: unknown;
    if (path === 'text') {
      const [id, x] = wit as [string | number | undefined, unknown];
      back = JSON.parse(c.kind.part === 'params' ? lib.encodeRequest(c.kind.method, id, ...(x as unknown[])) : lib.encodeResponse(c.kind.method, id ?? ID, x));
    } else {
      back = c.kind.part === 'params' ? codec.encodeParams(...(wit as unknown[])) : codec.encodeResult!(wit);
      // The value path's report: the members of the input its WIT value (encoded again) lacks.
      reported.push(...lib.unknownMembers(c.value?.v, back, `/${c.kind.part}`));
    }
    return { ok: true, back, wit: path === 'text' ? (wit as unknown[])[1] : wit, reported };
  } catch (e) {
    return { ok: false, error: e as Error, crash: !(e instanceof lib.CodecError), stage: 'encode' };
  }
}

/** The input as the path sees it, for pointers: the whole message, or `{params}`/`{result}`. */
function inputOf(c: Case, path: Path): unknown {
  if (path === 'text') {
    try {
      return JSON.parse(c.text);
    } catch {
      return undefined;
    }
  }
  return { [c.kind.part]: c.value?.v };
}

/** Absent params and `{}` are the same message. */
function normalized(m: unknown, part: 'params' | 'result'): unknown {
  if (part !== 'params' || m === null || typeof m !== 'object') return m;
  const o = { ...(m as Record<string, unknown>) };
  if (o['params'] === undefined) o['params'] = {};
  return o;
}

export function judge(vs: VersionSchema, lib: FuzzLibrary, c: Case): Finding[] {
  const findings: Finding[] = [];
  const add = (path: Path, cls: string, detail: string) =>
    findings.push({ version: vs.version, kind: c.kind.name, cls, path, input: path === 'text' ? c.text : (JSON.stringify(c.value?.v) ?? 'undefined'), detail, how: c.how, valid: c.valid, ...(c.lenient ? { lenient: true } : {}), ...(c.at ? { at: c.at } : {}) });
  const paths: Path[] = c.value === undefined ? ['text'] : ['text', 'value'];
  const outcomes = new Map<Path, Outcome>();
  for (const path of paths) {
    const o = run(lib, c, path);
    outcomes.set(path, o);
    const input = inputOf(c, path);
    if (o.crash) {
      add(path, `crash:${o.stage}`, String(o.error?.message).slice(0, 300));
      continue;
    }
    if (c.lenient) {
      if (!o.ok) {
        if (o.stage === 'encode') add(path, `encode-refused:${c.how}`, o.error!.message);
        else if (input !== undefined && !pointerExists(input, o.error?.path ?? '', o.error?.rule ?? '')) add(path, `bad-pointer:${c.how}`, o.error!.message);
        continue;
      }
      const d = differences(normalized(input, c.kind.part), normalized(path === 'text' ? o.back : { [c.kind.part]: o.back }, c.kind.part));
      if (d.changed.length > 0) add(path, `changed:${c.how}`, `changed at ${d.changed.join(', ')}`);
      continue;
    }
    if (c.valid) {
      if (!o.ok) {
        add(path, o.stage === 'encode' ? `encode-refused:${o.error?.rule}` : `refused-valid:${o.error?.rule}`, o.error!.message);
        continue;
      }
      const back = path === 'text' ? o.back : { [c.kind.part]: o.back };
      const d = differences(normalized(input, c.kind.part), normalized(back, c.kind.part));
      // A member missing from the round trip that decode reported (onUnknown / unknownMembers) is
      // not lost in silence: the caller was told. Only unreported losses, and reports of members
      // that came back, are findings.
      const reported = new Set(o.reported ?? []);
      const missing = new Set(d.missing);
      const wrong = [...reported].filter((p) => !missing.has(p));
      if (wrong.length > 0) add(path, 'misreported', `reported as not carried, but carried: ${wrong.join(', ')}`);
      const lost = new Map<string, string[]>();
      for (const p of d.missing) {
        const cls = lostClass(vs, c.kind, (input as Record<string, unknown>)[c.kind.part], p);
        // A member the schema declares has a field in the WIT: losing it is a defect, reported or not
        // (on the value path the report is computed from the round trip, so it names every loss).
        if (reported.has(p) && cls !== 'lost:declared') continue;
        lost.set(cls, [...(lost.get(cls) ?? []), p]);
      }
      for (const [cls, ps] of lost) add(path, cls, `not carried: ${ps.join(', ')}`);
      if (d.changed.length > 0) add(path, 'changed', `changed at ${d.changed.join(', ')}`);
    } else {
      if (o.ok) {
        add(path, `accepted-invalid:${c.how}`, c.value && !specValid(vs, c.kind, c.value.v) ? 'the specification: an unrecognized resultType is invalid' : `ajv: ${c.value ? JSON.stringify(c.kind.validate.errors?.[0] ?? 'envelope') : c.how}`);
        continue;
      }
      if (o.stage === 'decode' && input !== undefined && !pointerExists(input, o.error?.path ?? '', o.error?.rule ?? '')) add(path, `bad-pointer:${c.how}`, o.error!.message);
      else if (o.stage === 'decode' && c.at && farError(c, o.error?.path ?? '', o.error?.rule ?? '', o.error?.message ?? '')) add(path, `far-error:${c.how}`, `${o.error!.message} (the damage is at ${c.at.pointer})`);
    }
  }
  const t = outcomes.get('text');
  const v = outcomes.get('value');
  if (t && v && findings.length === 0 && !c.lenient && !t.crash && !v.crash && t.stage !== 'encode' && v.stage !== 'encode') {
    if (t.ok !== v.ok) add('text', 'paths-disagree', `text path ${t.ok ? 'accepts' : `refuses (${t.error?.message})`}, value path ${v.ok ? 'accepts' : `refuses (${v.error?.message})`}`);
    else if (t.ok && !isDeepStrictEqual(t.wit, v.wit)) add('text', 'paths-disagree', 'the text and value paths give different WIT values');
  }
  return findings;
}

export interface Summary {
  version: string;
  instances: number;
  valid: number;
  invalid: number;
  /** `kind|class` -> count and the smallest reproduction. */
  findings: Map<string, { count: number; smallest: Finding }>;
}

/** `count` valid instances per kind (each with `mutants` mutants) of one version, from `seed`. */
export function fuzzVersion(vs: VersionSchema, lib: FuzzLibrary, seed: number, count: number, mutants: number): Summary {
  const s: Summary = { version: vs.version, instances: 0, valid: 0, invalid: 0, findings: new Map() };
  vs.kinds.forEach((kind, k) => {
    const rng = new Rng((seed ^ Math.imul(k + 1, 0x9e3779b1)) >>> 0);
    for (let i = 0; i < count; i++) {
      for (const c of cases(vs, kind, rng, mutants)) {
        s.instances++;
        if (c.valid) s.valid++;
        else s.invalid++;
        for (const f of judge(vs, lib, c)) {
          const key = `${f.kind}|${f.cls}`;
          const prev = s.findings.get(key);
          if (!prev) s.findings.set(key, { count: 1, smallest: f });
          else {
            prev.count++;
            if (f.input.length < prev.smallest.input.length) prev.smallest = f;
          }
        }
      }
    }
  });
  return s;
}

/** A finding's case again, from its reproduction: the classes it yields today. */
export function replay(vs: VersionSchema, lib: FuzzLibrary, f: Pick<Finding, 'kind' | 'path' | 'input' | 'how' | 'valid' | 'lenient' | 'at'>): string[] {
  const kind = vs.kinds.find((k) => k.name === f.kind);
  if (!kind) return [`no kind ${f.kind}`];
  const c: Case =
    f.path === 'text'
      ? { kind, how: f.how, text: f.input, value: undefined, valid: f.valid, lenient: f.lenient, at: f.at }
      : (() => {
          const v: unknown = f.input === 'undefined' ? undefined : JSON.parse(f.input);
          // The verdict as recorded, and the specification's rules as they are today (a row recorded
          // before a rule was added is judged by it too).
          return { kind, how: f.how, text: messageText(kind, v), value: { v }, valid: f.valid && specValid(vs, kind, v), lenient: f.lenient, at: f.at };
        })();
  return judge(vs, lib, c)
    .filter((x) => x.path === f.path || x.cls === 'paths-disagree')
    .map((x) => x.cls);
}
