// The text runtime of the fused codecs: copied verbatim into every generated codec directory as
// `scanner.ts`. A Scanner walks JSON text once; the generated parsers ask it for exactly the
// value their schema allows, so validation and conversion happen in the same pass, and subtrees
// carried as `json` are never materialized: their text is checked and copied as a slice.
// Every loop here is iterative (no recursion), so nesting depth cannot overflow the stack.
import { check, closestOf, CodecError, type UnionMember, type Validator } from './runtime.js';

const STRING_SPECIAL = /["\\\u0000-\u001f]/g;
const encoder = new TextEncoder();
let SKIP_STACK = new Uint8Array(256);
const SLAB_SIZE = 16384;
let slab = new Uint8Array(SLAB_SIZE);
let slabUsed = 0;
const BRACKETS = /["{}[\]]/g;
const HEX4 = /^[0-9a-fA-F]{4}$/;
/** From this length on, strings are checked and unescaped by JSON.parse (faster than a regex scan from about 100 characters). */
const LONG_STRING_AT = 128;
/**
 * From this length on, a string without escapes is checked by `plainText` (one native memchr per
 * forbidden character) and sliced, not copied: about 3x faster than JSON.parse on 1 MB of text.
 */
const PLAIN_STRING_AT = 2048;
/** The characters a JSON string literal may not hold raw: the C0 controls. */
const CONTROLS = Array.from({ length: 0x20 }, (_, c) => String.fromCharCode(c));

/**
 * True when `v` (the inside of a string literal, up to its first quote) needs no unescaping and
 * holds no raw control character. `indexOf` of one character is a vectorized memchr in V8, so 33
 * of them over a long string beat any scan written in JavaScript, a regex, and JSON.parse.
 */
function plainText(v: string): boolean {
  if (v.indexOf('\\') >= 0) return false;
  for (let c = 0; c < 0x20; c++) if (v.indexOf(CONTROLS[c] as string) >= 0) return false;
  return true;
}

type WellFormed = { isWellFormed(): boolean };

/** The character each one-letter JSON escape stands for (`\\n` -> newline), by the letter's code. */
const UNESCAPE: (string | undefined)[] = [];
for (const [e, v] of [['"', '"'], ['\\', '\\'], ['/', '/'], ['b', '\b'], ['f', '\f'], ['n', '\n'], ['r', '\r'], ['t', '\t']] as const) UNESCAPE[e.charCodeAt(0)] = v;

/** The value of the four hex digits at `i` of `s`, or -1 when they are not four hex digits. */
function hex4(s: string, i: number): number {
  let v = 0;
  for (let k = i; k < i + 4; k++) {
    const c = s.charCodeAt(k);
    const d = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : c >= 0x41 && c <= 0x46 ? c - 0x37 : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

/** A value seen by `shallow()`: a nested object or array is replaced by this marker. */
export const NESTED: unique symbol = Symbol('nested');
/** A long string seen by `shallow()`, not read: still a string for `typeof` tests. */
const LONG_STRING = '\u0000(long string)';

export class Scanner {
  i = 0;
  /** The value keysPresent read (see there). */
  peeked: string | undefined = undefined;
  constructor(readonly s: string) {}

  fail(rule: string, detail: string): never {
    throw new CodecError('', rule, `${detail} at offset ${this.i}`);
  }

  /** Skips whitespace; returns the next character code (NaN at the end). */
  peek(): number {
    const s = this.s;
    let i = this.i;
    let c = s.charCodeAt(i);
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = s.charCodeAt(++i);
    this.i = i;
    return c;
  }

  /** After the top-level value: nothing but whitespace may follow. */
  end(): void {
    if (!Number.isNaN(this.peek())) this.fail('json-syntax', 'unexpected text after the JSON value');
  }

  private expectChar(code: number, what: string): void {
    if (this.peek() !== code) this.wrongType(what);
    this.i++;
  }

  /** The JSON type at the cursor, for `type` errors. */
  private typeHere(): string {
    const c = this.peek();
    if (c === 0x7b) return 'an object';
    if (c === 0x5b) return 'an array';
    if (c === 0x22) return 'a string';
    if ((c === 0x74 && this.s.startsWith('true', this.i)) || (c === 0x66 && this.s.startsWith('false', this.i))) return 'a boolean';
    if (c === 0x6e && this.s.startsWith('null', this.i)) return 'null';
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return 'a number';
    return Number.isNaN(c) ? 'the end of the text' : `'${String.fromCharCode(c)}'`;
  }

  wrongType(expected: string): never {
    const found = this.typeHere();
    if (found.startsWith("'") || found === 'the end of the text') this.fail('json-syntax', `expected ${expected}, found ${found}`);
    throw new CodecError('', 'type', `must be ${expected}, is ${found}`);
  }

  // ---- objects and arrays -------------------------------------------------------------------

  /** Consumes `{`; true when the object is empty (the `}` consumed too). */
  openObject(): boolean {
    this.expectChar(0x7b, 'an object');
    if (this.peek() === 0x7d) {
      this.i++;
      return true;
    }
    return false;
  }

  /** A key and its colon. */
  key(): string {
    if (this.peek() !== 0x22) this.fail('json-syntax', 'expected a property name');
    const k = this.rawString();
    if (this.peek() !== 0x3a) this.fail('json-syntax', "expected ':'");
    this.i++;
    return k;
  }

  /** Where the next key starts (its opening quote), for matching it on the text. */
  keyStart(): number {
    if (this.peek() !== 0x22) this.fail('json-syntax', 'expected a property name');
    return this.i;
  }

  /** A key and its colon, checked but not read: returns where it starts (for error paths, see keyAt). */
  skipKey(): number {
    if (this.peek() !== 0x22) this.fail('json-syntax', 'expected a property name');
    const at = this.i;
    this.skipString();
    if (this.peek() !== 0x3a) this.fail('json-syntax', "expected ':'");
    this.i++;
    return at;
  }

  /** The key that starts at `at` (an offset skipKey returned), read when an error needs it. */
  keyAt(at: number): string {
    const s = new Scanner(this.s);
    s.i = at;
    return s.rawString();
  }

  /** After a member: true if another follows (`,`), false at the closing `}`. */
  nextMember(): boolean {
    const c = this.peek();
    this.i++;
    if (c === 0x2c) return true;
    if (c === 0x7d) return false;
    this.i--;
    return this.fail('json-syntax', "expected ',' or '}'");
  }

  openArray(): boolean {
    this.expectChar(0x5b, 'an array');
    if (this.peek() === 0x5d) {
      this.i++;
      return true;
    }
    return false;
  }

  nextElement(): boolean {
    const c = this.peek();
    this.i++;
    if (c === 0x2c) return true;
    if (c === 0x5d) return false;
    this.i--;
    return this.fail('json-syntax', "expected ',' or ']'");
  }

  /** A key of a JSON object read as a map (`list<tuple<string, T>>`): the key is a WIT string. */
  mapKey(): string {
    const k = this.key();
    if (!(k as unknown as WellFormed).isWellFormed()) this.fail('lone-surrogate', 'key contains a lone surrogate, which a WIT string cannot carry');
    return k;
  }

  // ---- scalars --------------------------------------------------------------------------------

  /** A JSON string, unescaped and checked to be Unicode scalar values (a WIT string). */
  str(): string {
    if (this.peek() !== 0x22) this.wrongType('a string');
    const s = this.s;
    const start = this.i + 1;
    const lim = start + LONG_STRING_AT < s.length ? start + LONG_STRING_AT : s.length;
    // Short strings (method names run past 32 characters): one loop finds the end and proves
    // there is no surrogate at all.
    for (let j = start; j < lim; j++) {
      const c = s.charCodeAt(j);
      if (c === 0x22) {
        this.i = j + 1;
        return s.slice(start, j);
      }
      if (c === 0x5c || c < 0x20 || (c >= 0xd800 && c <= 0xdfff)) break;
    }
    const v = this.rawString();
    if (!(v as unknown as WellFormed).isWellFormed()) this.fail('lone-surrogate', 'string contains a lone surrogate, which a WIT string cannot carry');
    return v;
  }

  /** The string at the cursor (on its opening quote), unescaped; not checked for surrogates. */
  rawString(): string {
    const s = this.s;
    const start = this.i + 1;
    // Short strings (keys, names, enum values): a plain loop beats a regex call.
    const lim = start + LONG_STRING_AT < s.length ? start + LONG_STRING_AT : s.length;
    let j = start;
    for (; j < lim; j++) {
      const c = s.charCodeAt(j);
      if (c === 0x22) {
        this.i = j + 1;
        return s.slice(start, j);
      }
      if (c === 0x5c || c < 0x20) return this.escapedString(start, j);
    }
    const q = this.stringEnd(j);
    if (q - start > LONG_STRING_AT) {
      if (q - start >= PLAIN_STRING_AT) {
        const v = s.slice(start, q);
        if (plainText(v)) {
          this.i = q + 1;
          return v;
        }
      }
      // Long strings: the native parser checks (control characters, escapes) and unescapes
      // faster than any scan written here.
      return this.nativeString(start, j);
    }
    STRING_SPECIAL.lastIndex = j;
    const m = STRING_SPECIAL.exec(s);
    if (m === null) return this.fail('json-syntax', 'unterminated string');
    if (m[0] === '"') {
      this.i = m.index + 1;
      return s.slice(start, m.index);
    }
    return this.escapedString(start, m.index);
  }

  /** The end quote of a string whose first escape (or control character) is at `from`. */
  private stringEnd(from: number): number {
    const s = this.s;
    let q = s.indexOf('"', from);
    for (;;) {
      if (q < 0) return this.fail('json-syntax', 'unterminated string');
      let b = 0;
      while (s.charCodeAt(q - 1 - b) === 0x5c) b++;
      if ((b & 1) === 0) return q;
      q = s.indexOf('"', q + 1);
    }
  }

  /**
   * A string with escapes. Short ones are unescaped here (a call of JSON.parse costs more than the
   * string); a long one, or anything malformed, goes to the native parser, which unescapes it and
   * checks the literal (escapes, raw control characters) and words the error.
   */
  private escapedString(start: number, from: number): string {
    const s = this.s;
    const lim = from + LONG_STRING_AT < s.length ? from + LONG_STRING_AT : s.length;
    let out = s.slice(start, from);
    let seg = from;
    let j = from;
    while (j < lim) {
      const c = s.charCodeAt(j);
      if (c === 0x22) {
        this.i = j + 1;
        return seg === j ? out : out + s.slice(seg, j);
      }
      if (c < 0x20) break;
      if (c !== 0x5c) {
        j++;
        continue;
      }
      if (seg !== j) out += s.slice(seg, j);
      const e = s.charCodeAt(j + 1);
      if (e === 0x75) {
        const u = hex4(s, j + 2);
        if (u < 0) break;
        out += String.fromCharCode(u);
        j += 6;
      } else {
        const x = e < 0x80 ? UNESCAPE[e] : undefined;
        if (x === undefined) break;
        out += x;
        j += 2;
      }
      seg = j;
    }
    return this.nativeString(start, from);
  }

  /** A string literal unescaped and checked by the native parser, which words the error. */
  private nativeString(start: number, from: number): string {
    const q = this.stringEnd(from);
    let v: string;
    try {
      v = JSON.parse(this.s.slice(start - 1, q + 1)) as string;
    } catch (e) {
      return this.fail('json-syntax', `bad string literal: ${(e as Error).message}`);
    }
    this.i = q + 1;
    return v;
  }

  /** Skips a string literal, checking it; long unescaped strings cost one regex scan. */
  skipString(): void {
    const s = this.s;
    const start = this.i + 1;
    const lim = start + 32 < s.length ? start + 32 : s.length;
    for (let j = start; j < lim; j++) {
      const c = s.charCodeAt(j);
      if (c === 0x22) {
        this.i = j + 1;
        return;
      }
      if (c === 0x5c || c < 0x20) break;
    }
    const q = this.stringEnd(start);
    if (q - start > LONG_STRING_AT) {
      if (q - start >= PLAIN_STRING_AT && plainText(s.slice(start, q))) {
        this.i = q + 1;
        return;
      }
      this.nativeString(start, start);
      return;
    }
    STRING_SPECIAL.lastIndex = start;
    const m = STRING_SPECIAL.exec(s);
    if (m === null) return this.fail('json-syntax', 'unterminated string');
    if (m[0] === '"') {
      this.i = m.index + 1;
      return;
    }
    this.escapedString(start, m.index);
  }

  /** A JSON string inside `json` text: any escapes allowed (it stays JSON text). */
  jsonString(): void {
    if (this.peek() !== 0x22) this.wrongType('a string');
    this.rawString();
  }

  num(): number {
    const s = this.s;
    let c = this.peek();
    const start = this.i;
    let j = start;
    let neg = false;
    if (c === 0x2d) {
      neg = true;
      c = s.charCodeAt(++j);
    }
    let v = 0;
    if (c === 0x30) c = s.charCodeAt(++j);
    else if (c >= 0x31 && c <= 0x39) {
      do {
        v = v * 10 + (c - 0x30);
        c = s.charCodeAt(++j);
      } while (c >= 0x30 && c <= 0x39);
    } else if (j === start) return this.wrongType('a number');
    else return this.fail('json-syntax', 'bad number');
    let exact = j - start - (neg ? 1 : 0) <= 15;
    if (c === 0x2e) {
      exact = false;
      c = s.charCodeAt(++j);
      if (!(c >= 0x30 && c <= 0x39)) this.fail('json-syntax', 'bad number');
      do c = s.charCodeAt(++j);
      while (c >= 0x30 && c <= 0x39);
    }
    if (c === 0x65 || c === 0x45) {
      exact = false;
      c = s.charCodeAt(++j);
      if (c === 0x2b || c === 0x2d) c = s.charCodeAt(++j);
      if (!(c >= 0x30 && c <= 0x39)) this.fail('json-syntax', 'bad number');
      do c = s.charCodeAt(++j);
      while (c >= 0x30 && c <= 0x39);
    }
    this.i = j;
    // Up to 15 integer digits the running value is exact; anything else is left to Number().
    if (exact) return neg ? -v : v;
    const n = Number(s.slice(start, j));
    if (!Number.isFinite(n)) {
      // `1e400`: valid JSON, but no JS number (nor any WIT float) holds it.
      this.i = start;
      throw new CodecError('', 'finite', `${s.slice(start, j)} is out of the range of a 64-bit float`);
    }
    return n;
  }

  /** A JSON integer (as JSON Schema counts them: `1.0` is one). */
  int(): number {
    const start = this.i;
    const v = this.num();
    if (!Number.isInteger(v)) {
      this.i = start;
      throw new CodecError('', 'type', `must be an integer, is ${v}`);
    }
    return v;
  }

  bool(): boolean {
    const c = this.peek();
    const s = this.s;
    if (c === 0x74 && s.startsWith('true', this.i)) {
      this.i += 4;
      return true;
    }
    if (c === 0x66 && s.startsWith('false', this.i)) {
      this.i += 5;
      return false;
    }
    return this.wrongType('a boolean');
  }

  /** Consumes `null` when it is the value at the cursor (true); anything else is left unread (false). */
  takeNull(): boolean {
    if (this.peek() !== 0x6e) return false;
    if (!this.s.startsWith('null', this.i)) this.fail('json-syntax', 'bad literal');
    this.i += 4;
    return true;
  }

  /** A required `const` string property: its value is implied by the WIT type, so only checked. */
  constant(value: unknown): void {
    const start = this.i;
    const v = this.value();
    if (v !== value) {
      this.i = start;
      throw new CodecError('', 'const', `must be ${JSON.stringify(value)}`);
    }
  }

  /** A scalar value of any type; a nested object or array is checked and returned as NESTED. */
  scalar(): unknown {
    return this.value();
  }

  /** A scalar value of any type (used for `const` and shallow views). */
  private value(): unknown {
    const c = this.peek();
    if (c === 0x22) return this.rawString();
    if (c === 0x74 || c === 0x66) return this.bool();
    if (c === 0x6e) {
      if (!this.s.startsWith('null', this.i)) this.fail('json-syntax', 'bad literal');
      this.i += 4;
      return null;
    }
    if (c === 0x7b || c === 0x5b) {
      this.skip();
      return NESTED;
    }
    return this.num();
  }

  /**
   * A look at the value at the cursor without consuming it: an object's own scalar members (nested
   * values as NESTED), or the scalar itself. Unions use it to pick a member, then parse for real.
   */
  shallow(): unknown {
    const start = this.i;
    try {
      const c = this.peek();
      if (c === 0x5b) {
        this.skip();
        return [];
      }
      if (c !== 0x7b) return this.value();
      const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      if (this.openObject()) return out;
      do {
        const k = this.key();
        if (this.peek() === 0x22) {
          const at = this.i;
          this.skipString();
          // Only short strings are looked at (consts, enum values): long ones stay unread.
          if (this.i - at <= 256) {
            this.i = at;
            out[k] = this.rawString();
          } else out[k] = LONG_STRING;
        } else out[k] = this.value();
      } while (this.nextMember());
      return out;
    } finally {
      this.i = start;
    }
  }

  /**
   * The string value of member `name` of the object at the cursor, without consuming anything:
   * how a union with a discriminator picks its member before parsing it. The scan is lax (the
   * member's parser checks every byte afterwards) and, like JSON.parse, the last of repeated
   * keys counts.
   */
  peekKey(name: string): string | undefined {
    const start = this.i;
    let found: string | undefined;
    try {
      if (this.peek() !== 0x7b) return undefined;
      this.i++;
      if (this.peek() === 0x7d) return undefined;
      for (;;) {
        if (this.peek() !== 0x22) return found;
        const k = this.rawString();
        if (this.peek() !== 0x3a) return found;
        this.i++;
        if (k === name) {
          if (this.peek() === 0x22) found = this.rawString();
          else {
            found = undefined;
            this.skipLax();
          }
        } else this.skipLax();
        if (this.peek() !== 0x2c) return found;
        this.i++;
      }
    } catch {
      return found; // malformed: the member parser reports it
    } finally {
      this.i = start;
    }
  }

  /**
   * Which of `names` (at most 31) are keys of the object at the cursor: bit i for names[i], without
   * consuming anything; lax like peekKey. How a union without a discriminator skips the members
   * whose required keys are absent instead of parsing each one and throwing (issue 15). With
   * `valueOf`, the string value of names[valueOf] (the last one, as in JSON.parse) is left in
   * `peeked` (undefined when absent or not a string): the members whose const it is not are skipped too.
   */
  keysPresent(names: readonly string[], valueOf = -1): number {
    const start = this.i;
    let found = 0;
    this.peeked = undefined;
    try {
      if (this.peek() !== 0x7b) return 0;
      this.i++;
      if (this.peek() === 0x7d) return 0;
      for (;;) {
        if (this.peek() !== 0x22) return found;
        const at = names.indexOf(this.rawString());
        if (at >= 0) found |= 1 << at;
        if (this.peek() !== 0x3a) return found;
        this.i++;
        if (at === valueOf) this.peeked = this.peek() === 0x22 ? this.rawString() : (this.skipLax(), undefined);
        else this.skipLax();
        if (this.peek() !== 0x2c) return found;
        this.i++;
      }
    } catch {
      return found; // malformed: the member parser reports it
    } finally {
      this.i = start;
    }
  }

  /**
   * The value of the object's first member when that member is `"name": "<short plain string>"`
   * (no escapes, no whitespace games beyond JSON's own), without consuming anything; undefined
   * otherwise. A guess for a discriminated union: the member parser it picks must confirm it (a
   * required `const`, so the last of repeated keys has this value too), else peekKey decides.
   */
  firstMember(name: string): string | undefined {
    const s = this.s;
    let i = this.i;
    if (s.charCodeAt(i) !== 0x7b) return undefined;
    let c = s.charCodeAt(++i);
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = s.charCodeAt(++i);
    if (c !== 0x22 || !s.startsWith(name, i + 1) || s.charCodeAt(i + 1 + name.length) !== 0x22) return undefined;
    i += name.length + 2;
    c = s.charCodeAt(i);
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = s.charCodeAt(++i);
    if (c !== 0x3a) return undefined;
    c = s.charCodeAt(++i);
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = s.charCodeAt(++i);
    if (c !== 0x22) return undefined;
    const start = i + 1;
    const lim = start + 64 < s.length ? start + 64 : s.length;
    for (let j = start; j < lim; j++) {
      const d = s.charCodeAt(j);
      if (d === 0x22) return s.slice(start, j);
      if (d === 0x5c || d < 0x20) return undefined;
    }
    return undefined;
  }

  /**
   * Consumes the value at the cursor when it is exactly the JSON text `literal` (a string literal
   * as JSON.stringify writes it, whose closing quote ends it); true then, else nothing is consumed.
   */
  literal(literal: string): boolean {
    this.peek();
    if (!this.s.startsWith(literal, this.i)) return false;
    this.i += literal.length;
    return true;
  }

  /** Skips a value without checking it (strings by memchr, containers by bracket counting). */
  skipLax(): void {
    const s = this.s;
    const c = this.peek();
    if (c === 0x22) {
      this.i = this.stringEnd(this.i + 1) + 1;
      return;
    }
    if (c !== 0x7b && c !== 0x5b) {
      let j = this.i;
      for (let d = s.charCodeAt(j); d !== 0x2c && d !== 0x7d && d !== 0x5d && !Number.isNaN(d); d = s.charCodeAt(++j));
      this.i = j;
      return;
    }
    let depth = 0;
    let j = this.i;
    for (;;) {
      BRACKETS.lastIndex = j;
      const m = BRACKETS.exec(s);
      if (m === null) this.fail('json-syntax', 'unterminated value');
      const ch = m[0];
      j = m.index + 1;
      if (ch === '"') j = this.stringEnd(j) + 1;
      else if (ch === '{' || ch === '[') depth++;
      else if (--depth === 0) break;
    }
    this.i = j;
  }

  /** True when the value at the cursor starts like `kinds` (o object, a array, s string, n number, b boolean, z null). */
  startsAs(kinds: string): boolean {
    const c = this.peek();
    if (c === 0x7b) return kinds.includes('o');
    if (c === 0x5b) return kinds.includes('a');
    if (c === 0x22) return kinds.includes('s');
    if (c === 0x74 || c === 0x66) return kinds.includes('b');
    if (c === 0x6e) return kinds.includes('z');
    return kinds.includes('n');
  }

  // ---- any JSON -------------------------------------------------------------------------------

  /**
   * Skips one well-formed JSON value of any type: one loop over the characters with an explicit
   * stack (any depth, no recursion, no allocation), checking the JSON grammar as it goes.
   */
  skip(): void {
    const s = this.s;
    let i = this.i;
    let depth = 0;
    let kinds = SKIP_STACK; // per level: 1 = object, 0 = array
    let c: number;
    for (;;) {
      // A value.
      c = s.charCodeAt(i);
      while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = s.charCodeAt(++i);
      if (c === 0x22) i = this.scanString(i);
      else if (c === 0x7b || c === 0x5b) {
        if (depth === kinds.length) {
          const k = new Uint8Array(kinds.length * 2);
          k.set(kinds);
          kinds = SKIP_STACK = k;
        }
        const obj = c === 0x7b;
        kinds[depth++] = obj ? 1 : 0;
        c = s.charCodeAt(++i);
        while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = s.charCodeAt(++i);
        if (c === (obj ? 0x7d : 0x5d)) {
          i++;
          depth--;
        } else {
          if (obj) i = this.scanKey(i);
          continue;
        }
      } else if (c === 0x74 && s.startsWith('true', i)) i += 4;
      else if (c === 0x66 && s.startsWith('false', i)) i += 5;
      else if (c === 0x6e && s.startsWith('null', i)) i += 4;
      else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) i = this.scanNumber(i);
      else {
        this.i = i;
        this.fail('json-syntax', Number.isNaN(c) ? 'unexpected end of text' : `unexpected '${String.fromCharCode(c)}'`);
      }
      // After a value: close containers until one has a next element.
      for (;;) {
        if (depth === 0) {
          this.i = i;
          return;
        }
        c = s.charCodeAt(i);
        while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = s.charCodeAt(++i);
        const obj = kinds[depth - 1] === 1;
        if (c === 0x2c) {
          i++;
          if (obj) i = this.scanKey(i);
          break;
        }
        if (c === (obj ? 0x7d : 0x5d)) {
          i++;
          depth--;
          continue;
        }
        this.i = i;
        this.fail('json-syntax', obj ? "expected ',' or '}'" : "expected ',' or ']'");
      }
    }
  }

  /** A key and its colon from offset `i` (whitespace first); returns the offset after the colon. */
  private scanKey(i: number): number {
    const s = this.s;
    let c = s.charCodeAt(i);
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = s.charCodeAt(++i);
    if (c !== 0x22) {
      this.i = i;
      this.fail('json-syntax', 'expected a property name');
    }
    i = this.scanString(i);
    c = s.charCodeAt(i);
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = s.charCodeAt(++i);
    if (c !== 0x3a) {
      this.i = i;
      this.fail('json-syntax', "expected ':'");
    }
    return i + 1;
  }

  /** A string literal at `i` (its opening quote), checked; returns the offset after it. */
  private scanString(i: number): number {
    const s = this.s;
    const lim = i + 256 < s.length ? i + 256 : s.length;
    let j = i + 1;
    while (j < lim) {
      const c = s.charCodeAt(j);
      if (c === 0x22) return j + 1;
      if (c === 0x5c) {
        const e = s.charCodeAt(j + 1);
        if (e === 0x75) {
          if (!HEX4.test(s.slice(j + 2, j + 6))) break;
          j += 6;
        } else if (e === 0x22 || e === 0x5c || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) j += 2;
        else break;
      } else if (c < 0x20) break;
      else j++;
    }
    // Long strings and anything suspicious: the checked slow path (reports the error precisely).
    this.i = i;
    this.skipString();
    return this.i;
  }

  /** A number at `i`, checked against the JSON grammar; returns the offset after it. */
  private scanNumber(i: number): number {
    const s = this.s;
    let c = s.charCodeAt(i);
    if (c === 0x2d) c = s.charCodeAt(++i);
    if (c === 0x30) c = s.charCodeAt(++i);
    else if (c >= 0x31 && c <= 0x39) {
      do c = s.charCodeAt(++i);
      while (c >= 0x30 && c <= 0x39);
    } else {
      this.i = i;
      this.fail('json-syntax', 'bad number');
    }
    if (c === 0x2e) {
      c = s.charCodeAt(++i);
      if (!(c >= 0x30 && c <= 0x39)) {
        this.i = i;
        this.fail('json-syntax', 'bad number');
      }
      do c = s.charCodeAt(++i);
      while (c >= 0x30 && c <= 0x39);
    }
    if (c === 0x65 || c === 0x45) {
      c = s.charCodeAt(++i);
      if (c === 0x2b || c === 0x2d) c = s.charCodeAt(++i);
      if (!(c >= 0x30 && c <= 0x39)) {
        this.i = i;
        this.fail('json-syntax', 'bad number');
      }
      do c = s.charCodeAt(++i);
      while (c >= 0x30 && c <= 0x39);
    }
    return i;
  }

  /** Where the value at the cursor starts (whitespace skipped): the start for `bytesSince`. */
  begin(): number {
    this.peek();
    return this.i;
  }

  /**
   * The text from `start` to the cursor as UTF-8 bytes: a `json` value that its check (the
   * second argument, evaluated first by the caller: `s.bytesSince(s.begin(), jcN(s))`) has just
   * consumed, copied, not re-serialized. Values are views into a shared 16 KiB slab, so a small
   * value costs no buffer allocation of its own (the price: a retained value keeps its slab alive).
   */
  bytesSince(start: number, _checked?: void): Uint8Array {
    return this.utf8(start, this.i);
  }

  private utf8(start: number, end: number): Uint8Array {
    const s = this.s;
    const n = end - start;
    if (slab.length - slabUsed < 3 * n) {
      // A fresh slab; the old one lives on as long as views into it do.
      slab = new Uint8Array(Math.max(SLAB_SIZE, 3 * n));
      slabUsed = 0;
    }
    const a = slab;
    const at = slabUsed;
    let k = at;
    if (n <= 256) {
      // Short ASCII text: copied here; anything else goes to the native encoder.
      for (let j = start; j < end; j++) {
        const c = s.charCodeAt(j);
        if (c >= 0x80) {
          k = -1;
          break;
        }
        a[k++] = c;
      }
      if (k >= 0) {
        slabUsed = k;
        return a.subarray(at, k);
      }
    }
    const text = s.slice(start, end);
    if (!(text as unknown as WellFormed).isWellFormed()) {
      // A raw lone surrogate inside a string literal: UTF-8 cannot carry it; the escaped form can.
      return encoder.encode(JSON.stringify(JSON.parse(text)));
    }
    const r = encoder.encodeInto(text, a.subarray(at));
    slabUsed = at + r.written;
    return a.subarray(at, slabUsed);
  }
}

/**
 * How deep the generated text checks of `$ref` and anyOf nodes are nested right now: from 64 on,
 * a subtree goes to its validator at once (no recursion as deep as the text).
 */
export const nativeDepth = { n: 0 };

/** Skips any JSON value: the check for `{}` and `true` schemas. */
export function anyJson(s: Scanner): void {
  s.skip();
}

/** Checks a value against an ahead-of-time validator (schemas the text checks do not cover): parsed, then validated. */
export function viaValidator(validate: Validator): (s: Scanner) => void {
  return (s) => {
    s.peek();
    const start = s.i;
    s.skip();
    check(validate, JSON.parse(s.s.slice(start, s.i)) as unknown);
  };
}

/** The same check as viaValidator, without a closure per call. */
export function checkVia(validate: Validator, s: Scanner): void {
  s.peek();
  const start = s.i;
  s.skip();
  check(validate, JSON.parse(s.s.slice(start, s.i)) as unknown);
}

/** Runs a parser over a whole text: one JSON value, nothing after it. */
export function parseText<T>(text: string, f: (s: Scanner) => T): T {
  const s = new Scanner(text);
  const v = f(s);
  s.end();
  return v;
}

// ---- errors of unions and of the value path (run only on failure) --------------------------------

/**
 * The error of a union without a discriminator whose members all failed on the value at `at`:
 * the value is read once more (JSON.parse of its text, lax: unreadable gives undefined) so that
 * `closestOf` can weigh its keys. Leaves the cursor at `at`, as a member's failure does.
 */
export function unionError(s: Scanner, at: number, errs: readonly (CodecError | undefined)[] | undefined, where: string, members: readonly UnionMember[]): CodecError {
  let value: unknown;
  try {
    s.i = at;
    s.skipLax();
    value = JSON.parse(s.s.slice(at, s.i)) as unknown;
  } catch {
    value = undefined;
  }
  s.i = at;
  return closestOf(value, errs ?? [], where, members);
}

/**
 * The error of a union with a discriminator whose value names no member: a missing discriminator
 * is a missing required property of the object; any other value is wrong at the discriminator's own
 * pointer. Reads the object once more (lax), only on failure; leaves the cursor where it was.
 */
export function discriminatorError(s: Scanner, d: string, where: string, values: readonly unknown[]): CodecError {
  const at = s.i;
  let value: unknown;
  try {
    s.skipLax();
    value = JSON.parse(s.s.slice(at, s.i)) as unknown;
  } catch {
    value = undefined;
  }
  s.i = at;
  const expected = `the discriminator of ${where}: one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return new CodecError('', 'discriminator', `no member of ${where} has this ${d} (${expected})`);
  if (!Object.prototype.hasOwnProperty.call(value, d)) return new CodecError('', 'required', `missing required property ${JSON.stringify(d)} (${expected})`);
  const shown = JSON.stringify((value as Record<string, unknown>)[d]);
  return new CodecError(`/${d.replace(/~/g, '~0').replace(/\//g, '~1')}`, 'discriminator', `${shown.length > 64 ? `${shown.slice(0, 60)}...` : shown} names no member (${expected})`);
}

/**
 * The value path's check (ajv decides), with the text path's explanation when it refuses: ajv's
 * errors do not say which anyOf member they belong to, so the refused value's JSON text is read by
 * the text path's parser of the same type, whose union errors name the closest member and point at
 * the damage (`unionError`). Its error is reported, under `base`; when it has none (a value JSON
 * cannot hold, or a disagreement the differential tests would catch), ajv's own.
 */
export function checkValue(validate: Validator, v: unknown, base: string, parse: (s: Scanner) => unknown): void {
  try {
    check(validate, v, base);
  } catch (e) {
    throw explained(e, v, base, parse);
  }
}

/** `e` (a refusal of `v`), or the text path's error for `v`'s JSON text, under `base`. */
export function explained(e: unknown, v: unknown, base: string, parse: (s: Scanner) => unknown): unknown {
  if (!(e instanceof CodecError) || e.rule === 'depth') return e;
  let text: string | undefined;
  try {
    text = JSON.stringify(v);
  } catch {
    return e;
  }
  if (text === undefined) return e;
  try {
    parseText(text, parse);
  } catch (t) {
    return t instanceof CodecError && t.rule !== 'json-syntax' ? new CodecError(base + t.path, t.rule, t.detail) : e;
  }
  return e;
}

/** A JSON-RPC message, read once: the envelope's members, and the payload (params, result or error). */
export interface Envelope<P> {
  id?: string | number;
  method?: string;
  /** Which payload member the message has, and its value as `payload` parsed it. */
  kind?: 'params' | 'result' | 'error';
  value?: P;
  /** Where the payload is: to parse it again when `payload` could not parse it in place (the method came after it, or changed). */
  offset?: number;
  /** The method `payload` parsed the payload for. */
  parsedFor?: string;
}

/** True for an error a later occurrence of the same key can make void: not a syntax error (JSON.parse fails on those too). */
export function voidable(e: unknown): e is CodecError {
  return e instanceof CodecError && e.rule !== 'json-syntax';
}

/**
 * Reads a JSON-RPC 2.0 envelope in one pass. `payload` parses the params/result/error member in
 * place when it can (given the method seen so far) and returns undefined to have it skipped, for
 * members that arrive before the method. A repeated member counts as in JSON.parse: the last one,
 * an earlier one only has to be well-formed JSON. `ctx` is passed to `payload` (a function, not a
 * closure made per message).
 */
export function readEnvelope<P, C>(
  text: string,
  payload: (key: 'params' | 'result' | 'error', method: string | undefined, s: Scanner, ctx: C) => { value: P } | undefined,
  ctx: C,
): Envelope<P> {
  const s = new Scanner(text);
  // Every member set from the start: one object shape for every message.
  const out: Envelope<P> = { id: undefined, method: undefined, kind: undefined, value: undefined, offset: undefined, parsedFor: undefined };
  let jsonrpc = false;
  let k = '';
  let bad: Map<string, CodecError> | undefined;
  try {
    // Nearly every message starts so: the first member is taken as read (as the loop would: a
    // key must follow the comma).
    let empty = false;
    if (text.startsWith('{"jsonrpc":"2.0",')) {
      jsonrpc = true;
      k = 'jsonrpc';
      s.i = 17;
    } else empty = s.openObject();
    if (!empty) {
      do {
        k = envelopeKey(s);
        const vs = s.i;
        try {
          switch (k) {
            case 'jsonrpc':
              if (s.peek() === 0x22 && text.charCodeAt(s.i + 1) === 0x32 && text.charCodeAt(s.i + 2) === 0x2e && text.charCodeAt(s.i + 3) === 0x30 && text.charCodeAt(s.i + 4) === 0x22) s.i += 5;
              else s.constant('2.0');
              jsonrpc = true;
              break;
            case 'id': {
              const c = s.peek();
              const id = c === 0x22 ? s.str() : s.int();
              // Beyond 2^53 an integer id would come back as another id.
              if (typeof id === 'number' && !Number.isSafeInteger(id)) throw new CodecError('', 'type', `${id} is not an integer id a JavaScript number holds exactly (at most 2^53 - 1 in magnitude)`);
              out.id = id;
              break;
            }
            case 'method':
              out.method = s.str();
              break;
            case 'params':
            case 'result':
            case 'error': {
              if (out.kind !== undefined && out.kind !== k) s.fail('json-rpc', `a message has one of params, result, error; this one has ${out.kind} and ${k}`);
              out.kind = k;
              const at = (s.peek(), s.i);
              out.offset = at;
              out.value = undefined;
              out.parsedFor = out.method;
              const v = payload(k, out.method, s, ctx);
              if (v === undefined) {
                s.i = at;
                s.skip();
              } else out.value = v.value;
              break;
            }
            default:
              s.skip();
          }
          if (bad !== undefined) bad.delete(k);
        } catch (e) {
          if (!voidable(e) || e.rule === 'json-rpc') throw e;
          (bad ??= new Map()).set(k, e.within(k));
          s.i = vs;
          s.skip();
        }
      } while (s.nextMember());
    }
    k = '';
    if (bad !== undefined) for (const e of bad.values()) throw e;
    s.end();
  } catch (e) {
    if (e instanceof CodecError) throw k === '' ? e : e.within(k);
    throw e;
  }
  if (!jsonrpc) throw new CodecError('', 'required', 'missing required property "jsonrpc"');
  return out;
}

/** The envelope's keys as written: matched on the text, no string made (JSON.stringify(k) + ':'). */
const ENVELOPE_KEYS = ['jsonrpc', 'id', 'method', 'params', 'result', 'error'].map((k) => [k, `"${k}":`] as const);

/** A key of the envelope and its colon: one of ENVELOPE_KEYS (the same string, so `switch` compares pointers), or any other key read. */
function envelopeKey(s: Scanner): string {
  const at = s.keyStart();
  const text = s.s;
  const c = text.charCodeAt(at + 1);
  for (const [k, quoted] of ENVELOPE_KEYS) {
    if (c === k.charCodeAt(0) && text.startsWith(quoted, at)) {
      s.i = at + quoted.length;
      return k;
    }
  }
  return s.key();
}

/** Parses the value at `offset` of `text` with `f` (a payload member that came before the method). */
export function parseAt<T>(text: string, offset: number, f: (s: Scanner) => T): T {
  const s = new Scanner(text);
  s.i = offset;
  return f(s);
}

// ---- the tree path: where the `json` values of a message are ------------------------------------

/** Messages from this length ... */
export const TREE_MIN = 512;
/**
 * ... up to this one may take the tree path (JSON.parse, then a generated converter): below, the
 * look for its conditions costs more than it saves; above, the text path's slices beat JSON.parse's copies.
 */
export const TREE_MAX = 16384;
/** A message whose `json` values are over 1/4 of its text went faster by the text path. */
const TREE_JSON_SHARE = 4;
const TREE_GIVE_UP = new Error('the tree path leaves this message to the text path');
let treeText = '';
/** `json` characters the current message's tree pass has copied. */
let treeJsonChars = 0;
/** Whether the current message has `\u` escapes: -1 not looked yet, 0 no, 1 yes. */
let treeEscapes = -1;

/**
 * A kind of message the tree path can take (a method's params, or its result), and how it has
 * fared. Both paths give the same result, so this only decides speed: a kind whose messages keep
 * missing (the tree path gave up, or their `json` values were over a quarter of the text, as
 * tools/call arguments often are) is tried again only after 1, 2, 4 ... up to 255 messages on the
 * text path, so the attempt costs next to nothing where it never pays.
 */
export interface TreeKind {
  misses: number;
  skip: number;
}

export function treeTry(k: TreeKind): boolean {
  if (k.skip === 0) return true;
  k.skip--;
  return false;
}

function treeOutcome(k: TreeKind, hit: boolean): void {
  if (hit) k.misses = 0;
  else {
    k.misses = Math.min(k.misses + 1, 8);
    k.skip = (1 << k.misses) - 1;
  }
}

/** How many messages the tree path has taken, and left to the text path (after trying them), in this process. */
export const treeCounts = { taken: 0, left: 0 };

/** Runs a tree pass `f` over `text`; undefined when it throws (the text path decides). */
export function withTree<T>(text: string, kind: TreeKind, f: () => T): T | undefined {
  treeText = text;
  treeJsonChars = 0;
  treeEscapes = -1;
  let out: T | undefined;
  try {
    out = f();
  } catch {
    out = undefined;
  } finally {
    treeText = '';
  }
  treeOutcome(kind, out !== undefined && treeJsonChars * TREE_JSON_SHARE <= text.length);
  if (out === undefined) treeCounts.left++;
  else treeCounts.taken++;
  return out;
}

/** Where the one real token `quoted` of `text` starts, -1 when there is none, -2 when there are more. */
function treeToken(text: string, quoted: string): number {
  // The bare name is searched, then its quotes checked: V8 finds a pattern by its first character,
  // and a quote, the commonest character of JSON, would stop the search at every string.
  const bare = quoted.slice(1, -1);
  let found = -1;
  for (let p = text.indexOf(bare); p >= 0; p = text.indexOf(bare, p + 1)) {
    if (text.charCodeAt(p - 1) !== 0x22 || text.charCodeAt(p + bare.length) !== 0x22) continue;
    let b = 0;
    while (text.charCodeAt(p - 2 - b) === 0x5c) b++;
    if ((b & 1) === 1) continue; // an escaped quote: inside a string
    if (found >= 0) return -2;
    found = p - 1;
  }
  return found;
}

/**
 * The method of a request, read from the first `"method"` key of its text, to pick the tree
 * converter to try; undefined if unsure. Only a guess: the tree pass checks it against what
 * JSON.parse finds, so a first `"method"` that is not the envelope's costs a wasted try, never a
 * wrong result (and the rest of the text need not be searched for another).
 */
export function treeMethod(text: string): string | undefined {
  let at = text.indexOf('method');
  while (at >= 0 && (text.charCodeAt(at - 1) !== 0x22 || text.charCodeAt(at + 6) !== 0x22)) at = text.indexOf('method', at + 1);
  if (at < 0) return undefined;
  at--;
  let i = at + 8;
  let c = text.charCodeAt(i);
  while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++i);
  if (c !== 0x3a) return undefined;
  c = text.charCodeAt(++i);
  while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++i);
  if (c !== 0x22) return undefined;
  const end = text.indexOf('"', i + 1);
  if (end < 0) return undefined;
  const method = text.slice(i + 1, end);
  return method.indexOf('\\') < 0 ? method : undefined;
}

/**
 * A scanner on the text of the value of property `quoted` (`"_meta"`), which JSON.parse found in
 * the message being converted: the text path's bytes for it are that text. It gives up unless
 * the name occurs in the text exactly once, as a key, and the text has no `\u` escapes. Why that
 * one occurrence is the property's: JSON.parse accepted the text and the property is present, so
 * its key is in the text; without `\u` escapes a name made of letters, digits, `_`, `$` and `-`
 * can only be spelled plainly; a quote after an even run of backslashes is not inside a string,
 * and in valid JSON such a quote, the name and a quote are a string token, a key when a colon
 * follows. One such token in the whole text is the property's key.
 */
export function treeJson(quoted: string): Scanner {
  const text = treeText;
  if (treeEscapes < 0) treeEscapes = text.indexOf('\\u') >= 0 ? 1 : 0;
  if (treeEscapes === 1) throw TREE_GIVE_UP;
  const at = treeToken(text, quoted);
  if (at < 0) throw TREE_GIVE_UP;
  const s = new Scanner(text);
  s.i = at + quoted.length;
  if (s.peek() !== 0x3a) throw TREE_GIVE_UP;
  s.i++;
  return s;
}

/** The bytes of a `json` value `check` has just consumed from `start` (`S.treeBytes(s, s.begin(), jcN(s))`), counted. */
export function treeBytes(s: Scanner, start: number, _checked?: void): Uint8Array {
  treeJsonChars += s.i - start;
  return s.bytesSince(start);
}
