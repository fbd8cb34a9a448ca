// The codec runtime: copied verbatim into every generated codec directory as `runtime.ts`, so the
// generated library depends on nothing but itself (no schema file, no ajv compiler at run time).
// Everything here is small and pure; the generated converters call it for the cases that are the
// same for every type (JSON text, integer ranges, strings, options, maps).

/** A value rejected by a codec. `path` is a JSON pointer into the value being converted. */
export class CodecError extends Error {
  constructor(
    /** JSON pointer (`/content/0/text`): into the MCP JSON for toWit/decode, into the WIT value for fromWit/encode. */
    public path: string,
    /** The rule that failed: a JSON Schema keyword (`type`, `required`, `enum`, `const`, ...) or a codec rule (`s64-range`, `lone-surrogate`, `json-syntax`, ...). */
    readonly rule: string,
    readonly detail: string,
  ) {
    // No stack: the error is data (its pointer says where in the input), and union members tried
    // in turn throw one per miss, where capturing a stack was most of the cost (issue 15).
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(`${path || '/'}: ${detail} (${rule})`);
    Error.stackTraceLimit = limit;
    this.name = 'CodecError';
  }

  /** Re-points the error one level up: converters catch, prefix the key they were at, rethrow. */
  within(key: string | number): CodecError {
    this.path = `/${escapePointer(String(key))}${this.path}`;
    this.message = `${this.path || '/'}: ${this.detail} (${this.rule})`;
    return this;
  }
}

export function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * A member of a union without a discriminator, as its error path sees it: the WIT case, and for an
 * object member the keys it declares (`k`), those it requires (`r`) and the values its `const` or
 * `enum` properties allow (`v`). Written into the generated code at each such union, read only on
 * failure.
 */
export interface UnionMember {
  c: string;
  k?: readonly string[];
  r?: readonly string[];
  v?: Readonly<Record<string, readonly unknown[]>>;
}

/**
 * The error of a union without a discriminator that matched no member (`errs[i]`: member i's
 * error, undefined when it was not tried: its JSON kind differs). The member that came closest is
 * the one the value's own keys speak for: each `const`/`enum` property whose value it has counts
 * 1000 (a wrong value there is damage, not evidence: 0), each key it declares 1, each required key
 * missing -1. Among equals, first the one that read every member present without fault (its error
 * is a missing required property of its own object: it was checked last), then the one whose error
 * is deepest in the value (it got furthest). Members still equal are
 * named together: with their common error when they fail alike, else the union's own error at its
 * pointer, listing each one's. When nothing speaks for any member (an object with none of their
 * keys), no member is close: the union's own error; when a key every member pins (`type`) has a
 * value none allows, the error is there. `value` is the union's value (undefined when it
 * could not be read). Deterministic (members in the order tried); runs only on failure.
 */
export function closestOf(value: unknown, errs: readonly (CodecError | undefined)[], where: string, members: readonly UnionMember[]): CodecError {
  const obj = isObject(value) ? value : undefined;
  const tried: { i: number; e: CodecError; score: number; clean: boolean; depth: number }[] = [];
  let evidence = false;
  for (let i = 0; i < members.length; i++) {
    const e = errs[i];
    if (e === undefined) continue;
    const m = members[i] as UnionMember;
    let score = 0;
    if (obj !== undefined && m.k !== undefined) {
      for (const [key, allowed] of Object.entries(m.v ?? {})) {
        if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
        if (allowed.includes(obj[key])) score += 1000;
        evidence = true;
      }
      for (const key of Object.keys(obj)) {
        if (!m.k.includes(key)) continue;
        score += 1;
        evidence = true;
      }
      for (const key of m.r ?? []) if (!Object.prototype.hasOwnProperty.call(obj, key)) score -= 1;
    }
    tried.push({ i, e, score, clean: e.path === '' && e.rule === 'required', depth: e.path === '' ? 0 : e.path.split('/').length });
  }
  const kinds = members.map((m) => m.c).join(', ');
  if (tried.length === 0) return new CodecError('', 'anyOf', `matches no member of ${where} (${kinds})`);
  // A key every member tried pins to values (`type`), with a value none allows: the union's own
  // discriminator in all but name, wrong for every member alike. That is the damage.
  if (obj !== undefined && tried.length > 1) {
    const pinned = tried.map((t) => (members[t.i] as UnionMember).v);
    for (const key of Object.keys(pinned[0] ?? {})) {
      if (!Object.prototype.hasOwnProperty.call(obj, key) || !pinned.every((v) => v?.[key] !== undefined && !v[key].includes(obj[key]))) continue;
      const allowed = [...new Set(pinned.flatMap((v) => v?.[key] ?? []))].map((x) => JSON.stringify(x)).join(', ');
      const shown = JSON.stringify(obj[key]) ?? String(obj[key]);
      return new CodecError(`/${escapePointer(key)}`, 'discriminator', `${shown.length > 64 ? `${shown.slice(0, 60)}...` : shown} names no member (${JSON.stringify(key)} of ${where}: one of ${allowed})`);
    }
  }
  if (obj !== undefined && !evidence && tried.length > 1) return new CodecError('', 'anyOf', `matches no member of ${where}: the object has none of the members' keys (${kinds})`);
  const closer = (a: (typeof tried)[number], b: (typeof tried)[number]): number => b.score - a.score || Number(b.clean) - Number(a.clean) || b.depth - a.depth;
  const best = tried.reduce((a, b) => (closer(a, b) > 0 ? b : a));
  const equal = tried.filter((t) => closer(t, best) === 0);
  const name = (t: { i: number }): string => (members[t.i] as UnionMember).c;
  if (equal.length === 1) return new CodecError(best.e.path, best.e.rule, `${best.e.detail} (no member matches; the closest is ${name(best)})`);
  if (equal.every((t) => t.e.path === best.e.path && t.e.rule === best.e.rule && t.e.detail === best.e.detail)) {
    return new CodecError(best.e.path, best.e.rule, `${best.e.detail} (no member matches; equally close: ${equal.map(name).join(', ')})`);
  }
  return new CodecError('', 'anyOf', `matches no member of ${where}; equally close: ${equal.map((t) => `${name(t)} (${t.e.path || '/'}: ${t.e.detail})`).join(', ')}`);
}

/** Rethrows `e` one level up at `key`; a non-codec error (a bug, a stack overflow) is wrapped so callers see one error type. */
export function rethrow(e: unknown, key: string | number | undefined): never {
  if (key === undefined) throw e instanceof RangeError ? new CodecError('', 'depth', `value nested too deeply: ${e.message}`) : e;
  if (e instanceof CodecError) throw e.within(key);
  if (e instanceof RangeError) throw new CodecError('', 'depth', `value nested too deeply: ${e.message}`).within(key);
  throw e;
}

export function fail(rule: string, detail: string): never {
  throw new CodecError('', rule, detail);
}

// ---- strings -------------------------------------------------------------------------------

type WellFormed = { isWellFormed(): boolean };

/** WIT strings are Unicode scalar values: a lone surrogate has no representation. */
export function str(v: string): string {
  if (!(v as unknown as WellFormed).isWellFormed()) fail('lone-surrogate', 'string contains a lone surrogate, which a WIT string cannot carry');
  return v;
}

/** A string coming out of a component: type and well-formedness checked. */
export function witStr(v: unknown): string {
  if (typeof v !== 'string') fail('type', `expected a string, got ${kind(v)}`);
  return str(v);
}

export function witBool(v: unknown): boolean {
  if (typeof v !== 'boolean') fail('type', `expected a boolean, got ${kind(v)}`);
  return v;
}

export function witF64(v: unknown): number {
  if (typeof v !== 'number') fail('type', `expected a number, got ${kind(v)}`);
  if (!Number.isFinite(v)) fail('finite', `${v} has no JSON representation`);
  return v;
}

// ---- integers ------------------------------------------------------------------------------

const S64_MIN = -(2n ** 63n);
const S64_MAX = 2n ** 63n - 1n;
const U64_MAX = 2n ** 64n - 1n;

/** A JSON integer into s64: JSON numbers above 2^53 have already lost precision, so they are refused rather than guessed. */
export function s64(v: number): bigint {
  if (!Number.isSafeInteger(v)) fail('safe-integer', `${v} is not an integer within ±(2^53-1): its exact value is unknown`);
  return BigInt(v);
}

export function u64(v: number): bigint {
  if (v < 0) fail('u64-range', `${v} is negative`);
  return s64(v);
}

/** A 32-bit-or-narrower WIT integer, from JSON. */
export function intIn(v: number, min: number, max: number, rule: string): number {
  if (!Number.isInteger(v) || v < min || v > max) fail(rule, `${v} is outside ${min}..${max}`);
  return v;
}

/** An s64 coming out of a component, to a JSON number. jco wraps silently, so the range is checked here. */
export function witS64(v: unknown): number {
  if (typeof v !== 'bigint') fail('type', `expected a bigint, got ${kind(v)}`);
  if (v < S64_MIN || v > S64_MAX) fail('s64-range', `${v} is outside the s64 range`);
  return safe(v);
}

export function witU64(v: unknown): number {
  if (typeof v !== 'bigint') fail('type', `expected a bigint, got ${kind(v)}`);
  if (v < 0n || v > U64_MAX) fail('u64-range', `${v} is outside the u64 range`);
  return safe(v);
}

function safe(v: bigint): number {
  const n = Number(v);
  if (!Number.isSafeInteger(n)) fail('safe-integer', `${v} cannot be a JSON number exactly (beyond ±(2^53-1))`);
  return n;
}

export function witInt(v: unknown, min: number, max: number, rule: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) fail(rule, `expected an integer in ${min}..${max}, got ${String(v)}`);
  return v;
}

/** An integer carried by f64: already a number; only its exactness is checked. */
export function s64Safe(v: number): number {
  if (!Number.isSafeInteger(v)) fail('safe-integer', `${v} is not an integer within ±(2^53-1)`);
  return v;
}

/** An integer MCP value that a component returned in an f64: it must still be an exact integer. */
export function witIntegral(v: unknown): number {
  const n = witF64(v);
  if (!Number.isSafeInteger(n)) fail('integer', `${n} is not an integer within ±(2^53-1)`);
  return n;
}

/** A single Unicode scalar value for `char`. */
export function char(v: string): string {
  str(v);
  if ([...v].length !== 1) fail('char', 'a char holds exactly one Unicode scalar value');
  return v;
}

/** A value implied by the WIT type (a const) coming back: it must be the one value allowed. */
export function constFromWit<T>(v: unknown, expected: unknown, value: T): T {
  if (v !== expected) fail('const', `expected ${JSON.stringify(expected)}, got ${JSON.stringify(v) ?? String(v)}`);
  return value;
}

// ---- JSON text (`type json = list<u8>`) -----------------------------------------------------

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** An arbitrary JSON value as UTF-8 JSON text. Lone surrogates become `\ud800` escapes: valid JSON, valid UTF-8. */
export function jsonToWit(v: unknown): Uint8Array {
  let text: string;
  try {
    text = JSON.stringify(v);
  } catch (e) {
    fail('depth', `cannot serialize JSON value: ${(e as Error).message}`);
  }
  return encoder.encode(text);
}

/** UTF-8 JSON text from a component: must be well-formed UTF-8 (no BOM) holding exactly one JSON value. */
export function jsonFromWit(v: unknown): unknown {
  const text = jsonUtf8(v);
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    fail('json-syntax', `not JSON text: ${(e as Error).message}`);
  }
}

/** JSON text that must hold an object (`_meta`, `arguments`, open objects of the schema). */
export function jsonObjectFromWit(v: unknown): Record<string, unknown> {
  const out = jsonFromWit(v);
  if (!isObject(out)) fail('type', `JSON text must hold an object, holds ${kind(out)}`);
  return out;
}

// ---- structure -----------------------------------------------------------------------------

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (v instanceof Uint8Array) return 'a Uint8Array';
  return `a ${typeof v}`;
}

/**
 * The params of a message on the value path: absent is `{}` unless the schema requires params;
 * anything but an object (`null` too) is refused at `/params`.
 */
export function paramsValue(params: unknown, required: boolean): Record<string, unknown> {
  if (params === undefined) {
    if (required) throw new CodecError('', 'required', 'missing required property "params"');
    return {};
  }
  if (!isObject(params)) throw new CodecError('/params', 'type', `must be an object, is ${kind(params)}`);
  return params;
}

/**
 * The members of `input` (MCP JSON) that `back` (the same message encoded again from its WIT
 * value) does not have: what decoding did not carry. JSON pointers under `base`, in document
 * order. Only members are compared (values are the codecs' business); arrays element by element.
 */
export function unknownMembers(input: unknown, back: unknown, base = ''): string[] {
  const out: string[] = [];
  const walk = (a: unknown, b: unknown, at: string): void => {
    if (Array.isArray(a)) {
      if (Array.isArray(b)) for (let i = 0; i < a.length && i < b.length; i++) walk(a[i], b[i], `${at}/${i}`);
      return;
    }
    if (!isObject(a) || !isObject(b)) return;
    for (const k of Object.keys(a)) {
      if (Object.prototype.hasOwnProperty.call(b, k)) walk(a[k], b[k], `${at}/${escapePointer(k)}`);
      else out.push(`${at}/${escapePointer(k)}`);
    }
  };
  // Nothing encoded (params left out because empty): every member of the input was not carried.
  walk(input, back === undefined ? {} : back, base);
  return out;
}

/** How a decode treats members of the input the WIT value has no place for. */
export interface DecodeOptions {
  /** Refuse the message at the first such member (rule `not-carried`). */
  strict?: boolean;
  /** Told the JSON pointer of each such member (they are not in the decoded value). */
  onUnknown?: (pointer: string) => void;
}

/** Applies `opts` to the members of `input` that `back` lacks (see unknownMembers). */
export function reportUnknown(input: unknown, back: unknown, opts: DecodeOptions, base = ''): void {
  const unknown = unknownMembers(input, back, base);
  if (unknown.length === 0) return;
  if (opts.strict) throw new CodecError(unknown[0] as string, 'not-carried', 'this member has no place in the WIT value: it would be lost');
  if (opts.onUnknown) for (const p of unknown) opts.onUnknown(p);
}

export function witRecord(v: unknown): Record<string, unknown> {
  if (!isObject(v)) fail('type', `expected a record object, got ${kind(v)}`);
  return v;
}

export function witList(v: unknown): unknown[] {
  if (!Array.isArray(v)) fail('type', `expected an array, got ${kind(v)}`);
  return v;
}

/** A variant from a component: `{tag, val}` with a known tag (checked by the caller's switch). */
export function witVariant(v: unknown): { tag: unknown; val?: unknown } {
  if (!isObject(v)) fail('type', `expected a variant {tag, val}, got ${kind(v)}`);
  return v as { tag: unknown; val?: unknown };
}

export function badTag(tag: unknown, allowed: readonly string[]): never {
  fail('tag', `unknown variant tag ${JSON.stringify(tag) ?? String(tag)}; expected one of ${allowed.join(', ')}`);
}

export function badEnum(v: unknown, allowed: readonly string[]): never {
  fail('enum', `${JSON.stringify(v) ?? String(v)} is not one of ${allowed.join(', ')}`);
}

/** Maps each element, re-pointing errors at the element's index. */
export function mapList<T, U>(v: readonly T[], f: (x: T) => U): U[] {
  const out: U[] = new Array<U>(v.length);
  let i = 0;
  try {
    for (; i < v.length; i++) out[i] = f(v[i] as T);
  } catch (e) {
    rethrow(e, i);
  }
  return out;
}

/** A string-keyed JSON map as `list<tuple<string, T>>`, in key order. */
export function mapToWit<U>(v: Record<string, unknown>, f: (x: unknown) => U): [string, U][] {
  const keys = Object.keys(v);
  const out: [string, U][] = new Array<[string, U]>(keys.length);
  let k = '';
  try {
    for (let i = 0; i < keys.length; i++) {
      k = keys[i] as string;
      out[i] = [str(k), f(v[k])];
    }
  } catch (e) {
    rethrow(e, k);
  }
  return out;
}

/**
 * `list<tuple<string, T>>` from a component to a JSON map. Keys are defined as own data
 * properties, so `__proto__` is an ordinary key and never reaches the prototype; a repeated key
 * has no JSON representation and is refused.
 */
export function mapFromWit<U>(v: unknown, f: (x: unknown) => U): Record<string, U> {
  const list = witList(v);
  const out: Record<string, U> = {};
  let i = 0;
  try {
    for (; i < list.length; i++) {
      const entry = list[i];
      if (!Array.isArray(entry) || entry.length !== 2) fail('type', `expected a [key, value] tuple, got ${kind(entry)}`);
      const key = witStr(entry[0]);
      if (Object.prototype.hasOwnProperty.call(out, key)) fail('duplicate-key', `key ${JSON.stringify(key)} appears twice`);
      Object.defineProperty(out, key, { value: f(entry[1]), enumerable: true, writable: true, configurable: true });
    }
  } catch (e) {
    rethrow(e, i);
  }
  return out;
}

/** A JSON map as a WIT `map<string, T>` (a JS Map, as jco represents it), keys in JSON.parse's order. */
export function mapToWitMap<U>(v: Record<string, unknown>, f: (x: unknown) => U): Map<string, U> {
  const out = new Map<string, U>();
  let k = '';
  try {
    for (k of Object.keys(v)) out.set(str(k), f(v[k]));
  } catch (e) {
    rethrow(e, k);
  }
  return out;
}

/** A WIT `map<string, T>` from a component: a JS Map with string keys. */
export function witMap(v: unknown): Map<unknown, unknown> {
  if (!(v instanceof Map)) fail('type', `expected a Map, got ${kind(v)}`);
  return v;
}

/** A WIT `map<string, T>` from a component to a JSON map (keys as own data properties, `__proto__` included). */
export function mapFromWitMap<U>(v: unknown, f: (x: unknown) => U): Record<string, U> {
  const out: Record<string, U> = {};
  let at = '';
  try {
    for (const [key, value] of witMap(v)) {
      at = witStr(key);
      Object.defineProperty(out, at, { value: f(value), enumerable: true, writable: true, configurable: true });
    }
  } catch (e) {
    rethrow(e, at);
  }
  return out;
}

/** Defines an own property even when the key is `__proto__`. */
export function setOwn(o: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
  else o[key] = value;
}

/** A component's option: jco lowers `null` and `undefined` alike as none. */
export function isNone(v: unknown): v is null | undefined {
  return v === undefined || v === null;
}

/** The tagged option form jco uses when the payload can itself be undefined (option<option<T>>). */
export type Tagged<T> = { tag: 'none' } | { tag: 'some'; val: T };

export function taggedFromWit(v: unknown): { some: boolean; val?: unknown } {
  const o = witVariant(v);
  if (o.tag === 'none') return { some: false };
  if (o.tag === 'some') return { some: true, val: o.val };
  return badTag(o.tag, ['none', 'some']);
}

// ---- validation (ajv standalone) --------------------------------------------------------------

export interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params?: Record<string, unknown>;
}

export interface Validator {
  (v: unknown): boolean;
  errors?: AjvError[] | null;
}

/** True when `v` is valid (no error detail): union member selection. */
export function valid(validate: Validator, v: unknown): boolean {
  return validate(v);
}

/** A string that must be one of the schema's enum values (carried as a plain WIT string). */
export function checkEnum(v: string, values: readonly string[]): string {
  if (!values.includes(v)) fail('enum', `${JSON.stringify(v)} is not one of ${values.map((x) => JSON.stringify(x)).join(', ')}`);
  return v;
}

/** Runs an ahead-of-time compiled validator; the first error becomes a CodecError naming path and keyword. */
export function check(validate: Validator, v: unknown, base = ''): void {
  let ok: boolean;
  try {
    ok = validate(v);
  } catch (e) {
    if (e instanceof RangeError) throw new CodecError(base, 'depth', `value nested too deeply to validate: ${e.message}`);
    throw e;
  }
  if (ok) return;
  // In an anyOf every member's first error is listed: the one deepest into the value is the
  // member that came closest (the first of equals: the schema's order).
  const err = validate.errors?.reduce((a, b) => (b.instancePath.length > a.instancePath.length ? b : a));
  if (!err) throw new CodecError(base, 'schema', 'invalid');
  let detail = err.message ?? 'is invalid';
  const p = err.params ?? {};
  if (err.keyword === 'required') detail = `missing required property ${JSON.stringify(p['missingProperty'])}`;
  else if (err.keyword === 'enum') detail = `must be one of ${JSON.stringify(p['allowedValues'])}`;
  else if (err.keyword === 'const') detail = `must be ${JSON.stringify(p['allowedValue'])}`;
  throw new CodecError(base + err.instancePath, err.keyword, detail);
}

// ---- per-type codecs ---------------------------------------------------------------------------

export interface TypeCodec<J, W> {
  /** MCP JSON -> WIT value: validated against the schema definition first. */
  toWit(x: J): W;
  /** WIT value -> MCP JSON: the WIT value is checked, and the JSON produced is validated. */
  fromWit(v: W): J;
  /** Throws a CodecError unless `x` is valid MCP JSON for the type. */
  validate(x: unknown): asserts x is J;
}

/** `explain(x, e)`: a better error for a refused `x` than ajv's `e` (the text path's, see scanner.ts checkValue). */
export function typeCodec<J, W>(validate: Validator, tw: (x: any) => W, fw: (v: unknown) => unknown, explain?: (x: unknown, e: unknown) => unknown): TypeCodec<J, W> {
  const checkIn = (x: unknown): void => {
    try {
      check(validate, x);
    } catch (e) {
      throw explain === undefined ? e : explain(x, e);
    }
  };
  return {
    toWit(x: J): W {
      checkIn(x);
      return tw(x);
    },
    fromWit(v: W): J {
      const out = fw(v);
      check(validate, out);
      return out as J;
    },
    validate(x: unknown): asserts x is J {
      checkIn(x);
    },
  };
}

// ---- JSON text out (the fused encoders) ----------------------------------------------------------

/** A WIT string as a JSON string literal. */
export function qs(v: unknown): string {
  if (typeof v !== 'string') fail('type', `expected a string, got ${kind(v)}`);
  const n = v.length;
  if (n <= 128) {
    // Short strings: one loop proves nothing needs escaping and no surrogate is present.
    let i = 0;
    for (; i < n; i++) {
      const c = v.charCodeAt(i);
      if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) break;
    }
    if (i === n) return '"' + v + '"';
  }
  return JSON.stringify(str(v));
}

export function numText(v: number): string {
  return JSON.stringify(v);
}

/** A number with `minimum`/`maximum` from the schema. */
export function inRange(v: number, min: number, max: number): number {
  if (v < min) fail('minimum', `${v} is below ${min}`);
  if (v > max) fail('maximum', `${v} is above ${max}`);
  return v;
}

/** `json` bytes from a component as text: well-formed UTF-8 without a byte-order mark (the generated `tcN` checks then check the JSON). */
export function jsonUtf8(v: unknown): string {
  if (!(v instanceof Uint8Array)) fail('type', `expected a Uint8Array of JSON text, got ${kind(v)}`);
  let text: string;
  try {
    text = decoder.decode(v);
  } catch {
    fail('utf8', 'JSON text is not well-formed UTF-8');
  }
  if (text.charCodeAt(0) === 0xfeff) fail('json-syntax', 'JSON text starts with a byte-order mark');
  return text;
}

/** An entry of a `list<tuple<string, T>>`: a [key, value] pair with a string key. */
export function witEntry(entry: unknown): [string, unknown] {
  if (!Array.isArray(entry) || entry.length !== 2) fail('type', `expected a [key, value] tuple, got ${kind(entry)}`);
  return [witStr(entry[0]), entry[1]];
}

// ---- the tree path (values JSON.parse produced, see tree.ts in the compiler) ------------------

/** Thrown when the tree path gives up: allocated once (a throw costs no stack capture). */
const TREE_BAIL = new Error('the tree path leaves this value to the text path');
const ARRAY_INDEX = /^(?:0|[1-9][0-9]*)$/;

/** The tree path gives up on this message: the text path decides (its value, or the precise error). */
export function treeBail(): never {
  throw TREE_BAIL;
}

/** True for a string a WIT string carries (Unicode scalar values: no lone surrogate), as `str()` reads one. */
export function isWitString(v: unknown): v is string {
  return typeof v === 'string' && (v as unknown as WellFormed).isWellFormed();
}

/** A WIT string (the text path's `str()`: a string of Unicode scalar values). */
export function treeStr(v: unknown): string {
  if (typeof v !== 'string' || !(v as unknown as WellFormed).isWellFormed()) throw TREE_BAIL;
  return v;
}

export function treeBool(v: unknown): boolean {
  if (typeof v !== 'boolean') throw TREE_BAIL;
  return v;
}

export function treeNum(v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw TREE_BAIL;
  return v;
}

/** A JSON integer as JSON Schema counts them (`1.0` is one), as the text path's `int()`. */
export function treeInt(v: unknown): number {
  if (typeof v !== 'number' || !Number.isInteger(v)) throw TREE_BAIL;
  return v;
}

/**
 * A key of an object read as a map: a WIT string, and not an array index, which JSON.parse moves
 * ahead of the other keys (the text path keeps the text's order).
 */
export function treeKey(k: string): void {
  if (!(k as unknown as WellFormed).isWellFormed() || (ARRAY_INDEX.test(k) && Number(k) < 4294967295)) throw TREE_BAIL;
}

// ---- the rest of an open object (a record's rest field: rules.ts `rest-members`) -------------------

/** The members of `x` (validated MCP JSON) that are not `declared` properties, as JSON object text; undefined when there are none. */
export function restToWit(x: Record<string, unknown>, declared: readonly string[]): Uint8Array | undefined {
  let rest: Record<string, unknown> | undefined;
  for (const k of Object.keys(x)) if (!declared.includes(k)) setOwn((rest ??= {}), k, x[k]);
  return rest === undefined ? undefined : jsonToWit(rest);
}

/**
 * A rest field's JSON object text from a component, merged into `out` after the declared
 * properties. A key that is a declared property is refused at `/<field>/<key>` (it has a field of
 * its own: taking it from the rest would overwrite or spoof that field).
 */
export function restFromWit(out: Record<string, unknown>, v: unknown, declared: readonly string[], field: string): Record<string, unknown> {
  if (isNone(v)) return out; // none, as jco lowers it (null too)
  let rest: Record<string, unknown>;
  try {
    rest = jsonObjectFromWit(v);
  } catch (e) {
    return rethrow(e, field);
  }
  for (const k of Object.keys(rest)) {
    if (declared.includes(k)) throw new CodecError(`/${escapePointer(field)}/${escapePointer(k)}`, 'rest-declared', restDeclared(k, field));
    setOwn(out, k, rest[k]);
  }
  return out;
}

/** The message of a rest key that is a declared property. */
export function restDeclared(key: string, field: string): string {
  return `${JSON.stringify(key)} is a declared property with a field of its own: it may not be in ${field}`;
}

/** The members a text decoder collected (`"k":v,...`, as written) as a rest field's UTF-8 JSON object text. */
export function restBytes(members: string): Uint8Array {
  const text = `{${members}}`;
  // A raw lone surrogate inside a string literal: UTF-8 cannot carry it; the escaped form can.
  if (!(text as unknown as { isWellFormed(): boolean }).isWellFormed()) return encoder.encode(JSON.stringify(JSON.parse(text)));
  return encoder.encode(text);
}
