// The fused text codecs: for every pair the converter planner knows, a parser `pt_X` (JSON text ->
// WIT value, validating against the schema as it reads: types, required, const, enum, anyOf,
// minimum/maximum, additionalProperties) and an encoder `et_X` (WIT value -> JSON text, checking
// the WIT value as it writes). `json`-typed subtrees are checked against their schema on the text
// and copied as slices, never parsed into objects and re-serialized: that is what makes the fused
// path faster than JSON.parse + validate + convert. The value-level codecs (converters.ts +
// ajv) are the reference; the tests check that both accept the same inputs and agree. Which code a
// pair gets is the checker's decision (decisions.ts): the rule id picks the emitter in TEXT_EMITTERS.
import { codeFromWit, codeToWit, resultTypeMembers, unrecognizedResultType } from './converters.js';
import { type Diagnostic, warning } from '../../diagnostics.js';
import { caseName, fieldName, lowerCamel } from '../../map/names.js';
import { codeVariant, memberLabels, RESULT_TYPE, resultTypeOf } from '../../map/rules.js';
import { type MShape, nonNull, resolveMcp, resolveWit, type WShape } from '../../map/shapes.js';
import type { McpModel, McpType, Property } from '../../schema/model.js';
import type { Case, Field, WitModel, WitType } from '../../wit/model.js';
import { pairKey } from '../../map/compare.js';
import type { SlotRuleId, TypeRuleId } from '../../map/rules.js';
import { type ConverterFn, type ConverterPlanner, INT_RANGES, inRange, isStringKey, mapValue, memberBreadth, unreachable, unreachableSlot } from './converters.js';
import { lit, prop } from './code.js';
import { Decisions } from './decisions.js';
import { canBeUndefined, witTs } from './jco-type-names.js';

interface TextFn {
  parseName: string;
  encodeName: string;
  witType: string;
  parseBody: string;
  encodeBody: string;
}

/** A raw JSON Schema node (the schema document), for checking `json`-carried subtrees. */
type RawSchema = boolean | Record<string, unknown>;

export class TextPlanner {
  readonly fns = new Map<string, TextFn>();
  readonly checks = new Map<string, { name: string; code: string }>();
  private readonly unionKeyLists = new Map<string, { name: string; code: string }>();
  /**
   * List and map loops, one per element parser or encoder: each calls its element function
   * directly, so the call stays monomorphic and inlinable (a shared loop taking the element
   * function as an argument sees every element type and is megamorphic in a host decoding all
   * kinds of messages).
   */
  readonly loops = new Map<string, { name: string; code: string }>();
  readonly diagnostics: Diagnostic[] = [];
  /** Validators the text checks fall back to, by pointer: name -> pointer. */
  readonly fallbackValidators = new Map<string, string>();
  private tmp = 0;
  readonly mcp: McpModel;
  readonly wit: WitModel;

  constructor(
    readonly conv: ConverterPlanner,
    private readonly schema: Record<string, unknown>,
  ) {
    this.mcp = conv.mcp;
    this.wit = conv.wit;
  }

  /** A fresh local name for generated code. */
  fresh(p = 't'): string {
    return `${p}${this.tmp++}`;
  }

  /** The text codec pair of a named pair (the converter planner names and memoizes it). */
  named(mcpName: string, witType: WitType): TextFn {
    const c: ConverterFn = this.conv.named(mcpName, witType);
    const known = this.fns.get(c.key);
    if (known) return known;
    const base = c.toName.slice(3);
    const fn: TextFn = { parseName: `pt_${base}`, encodeName: `et_${base}`, witType: c.witType, parseBody: '', encodeBody: '' };
    this.fns.set(c.key, fn);
    const m = resolveMcp(this.mcp, { kind: 'ref', name: mcpName });
    const w = resolveWit(this.wit, witType);
    const rule = this.conv.decisions.rule(m, w, c.key);
    const body = rule === undefined ? undefined : textEmitter(rule).body;
    if (body) [fn.parseBody, fn.encodeBody] = body(this, m, w, mcpName);
    else {
      const site: TextSite = { m, w, type: { kind: 'ref', name: mcpName }, x: 'x', pointer: this.mcp.types[mcpName]?.pointer, where: mcpName };
      fn.parseBody = `return ${this.parseShape(site, rule)};`;
      fn.encodeBody = `return ${this.encodeShape(site, rule)};`;
    }
    return fn;
  }

  // ---- parse (text -> WIT) ----------------------------------------------------------------------

  parse(type: McpType, wit: WitType, pointer: string | undefined, where: string): string {
    const m = resolveMcp(this.mcp, type);
    const w = resolveWit(this.wit, wit);
    const rule = this.conv.decisions.rule(m, w, type.kind === 'ref' ? pairKey(type.name, wit) : undefined);
    if (type.kind === 'ref' && Decisions.isFunction(rule)) return `${this.named(type.name, wit).parseName}(s)`;
    const ptr = type.kind === 'ref' ? (this.mcp.types[type.name]?.pointer ?? pointer) : pointer;
    return this.parseShape({ m, w, type, x: 's', pointer: ptr, where }, rule);
  }

  /** JSON text -> WIT value, inline, by the emitter of the pair's rule (decided here unless given). */
  parseShape(site: TextSite, rule = this.conv.decisions.rule(site.m, site.w)): string {
    return rule === undefined ? this.unsupported(site) : textEmitter(rule).parse(this, site);
  }

  // ---- encode (WIT -> text) ----------------------------------------------------------------------

  encode(type: McpType, wit: WitType, x: string, pointer: string | undefined, where: string): string {
    const m = resolveMcp(this.mcp, type);
    const w = resolveWit(this.wit, wit);
    const rule = this.conv.decisions.rule(m, w, type.kind === 'ref' ? pairKey(type.name, wit) : undefined);
    if (type.kind === 'ref' && Decisions.isFunction(rule)) return `${this.named(type.name, wit).encodeName}(${x})`;
    const ptr = type.kind === 'ref' ? (this.mcp.types[type.name]?.pointer ?? pointer) : pointer;
    return this.encodeShape({ m, w, type, x, pointer: ptr, where }, rule);
  }

  /** WIT value -> JSON text, inline, by the emitter of the pair's rule. */
  encodeShape(site: TextSite, rule = this.conv.decisions.rule(site.m, site.w)): string {
    return rule === undefined ? this.unsupported(site) : textEmitter(rule).encode(this, site);
  }

  /** Code for a pair no text emitter writes: a warning now, a failure at run time. */
  unsupported({ m, w, where }: TextSite): string {
    this.diagnostics.push(warning('codec-unsupported', `${where}: no text codec for MCP ${m.kind} as ${w.kind}`));
    return `R.fail('unsupported', ${lit(`${where}: no codec`)})`;
  }

  // ---- records (and params spread over a function's parameters) -----------------------------------

  /**
   * Parse and encode bodies for an object carried by WIT fields (a record's fields, or a
   * function's parameters when `shape` is `args`: then the WIT value is an argument tuple).
   */
  record(
    name: string,
    properties: Property[],
    fields: Pick<Field, 'name' | 'type'>[],
    extra: false | McpType | undefined,
    shape: 'record' | 'args',
    rest?: Pick<Field, 'name' | 'type'>,
  ): [string, string] {
    const byName = new Map(fields.map((f, i) => [f.name, { f, i }]));
    const required = properties.filter((p) => p.required);
    const bit = new Map(required.map((p, i) => [p.name, i]));
    const locals: string[] = [];
    const arms: string[] = [];
    const used = new Set<string>();
    const encodeParts: string[] = [];
    const constChecks: string[] = [];
    const parts: RecordParts = { locals, arms, constChecks, encodeParts };
    for (const p of properties) {
      const hit = byName.get(fieldName(p.name));
      const mark = bit.has(p.name) ? ` seen${bitWord(bit.get(p.name) as number)} |= ${bitMask(bit.get(p.name) as number)};` : '';
      const site: TextSlotSite = { prop: p, owner: name, index: properties.indexOf(p), mark, where: `${name}.${p.name}`, shape };
      if (hit) {
        used.add(hit.f.name);
        site.field = hit;
        const slot = resolveWit(this.wit, hit.f.type);
        locals.push(`let f${hit.i}: ${witTs(this.wit, hit.f.type, this.conv.usedWit)} = ${slot.kind === 'option' && canBeUndefined(this.wit, slot.inner) ? `{ tag: 'none' }` : 'undefined as any'};`);
      }
      textSlotEmitter(this.conv.decisions.slot(p, hit?.f)).write(this, site, parts);
    }
    for (const f of fields) {
      if (used.has(f.name)) continue;
      if (f === rest) {
        this.restField(f, byName.get(f.name)?.i as number, properties, shape, parts);
        continue;
      }
      textSlotEmitter(this.conv.decisions.slot(undefined, f)).write(this, { field: { f, i: byName.get(f.name)?.i as number }, index: -1, mark: '', where: name, shape }, parts);
    }
    const words = Math.ceil(required.length / 31);
    for (let i = 0; i < words; i++) locals.push(`let seen${i} = 0;`);
    let otherKeys: string;
    if (rest) otherKeys = `default: s.skip(); rst = rst === '' ? s.s.slice(at, s.i) : rst + ',' + s.s.slice(at, s.i);`;
    else if (extra === false) otherKeys = `default: R.fail('additionalProperties', \`property \${JSON.stringify(s.keyAt(at))} is not allowed\`);`;
    else if (extra === undefined || extra.kind === 'json') otherKeys = `default: s.skip();`;
    else {
      this.diagnostics.push(warning('codec-additional-properties', `${name}: additionalProperties of a typed schema are skipped unchecked by the text codec`));
      otherKeys = `default: s.skip();`;
    }
    const reqChecks: string[] = [];
    if (rest) {
      const i = byName.get(rest.name)?.i as number;
      reqChecks.push(resolveWit(this.wit, rest.type).kind === 'option' ? `f${i} = rst === '' ? undefined : R.restBytes(rst);` : `f${i} = R.restBytes(rst);`);
    }
    for (let w = 0; w < words; w++) {
      const ps = required.slice(w * 31, w * 31 + 31);
      const all = ps.reduce((acc, _, i) => acc | (1 << i), 0) >>> 0;
      reqChecks.push(
        `if ((seen${w} >>> 0) !== ${all}) { ${ps.map((p, i) => `if (!(seen${w} & ${1 << i})) R.fail('required', ${lit(`missing required property ${JSON.stringify(p.name)}`)});`).join(' ')} }`,
      );
    }
    const assemble =
      shape === 'record'
        ? `{ ${fields.map((f, i) => `${lowerCamel(f.name)}: f${i}`).join(', ')} }`
        : `[${fields.map((_, i) => `f${i}`).join(', ')}]`;
    // Keys are matched on the text (first character, then the quoted key and its colon) without
    // reading them into strings; a key written differently (escapes, space before the colon)
    // is read and looked up. `at` is where the member's key starts, `ki` its property index
    // (-1: not a declared property), for error paths; at < 0 outside any member.
    const keys = this.keyList(properties.map((p) => p.name));
    const match = this.keyMatch(properties.map((p) => p.name), keys);
    // A repeated key counts as in JSON.parse: the last occurrence; an error in an earlier one is
    // kept (`bad`) until a later occurrence parses, and thrown after the object if none does.
    // (One try per object, not per member: the loop is re-entered after a voidable error. Only a
    // value's check throws a voidable error; keys and separators throw syntax errors.)
    const parse = `${locals.join(' ')} let at = -1; let ki = -1; let vs = 0; let bad: Map<number, R.CodecError> | undefined; try { if (!s.openObject()) { for (;;) { try { do { at = s.keyStart(); ${match} vs = s.i; switch (ki) { ${arms.join(' ')} ${otherKeys} } if (bad !== undefined) bad.delete(ki); } while (s.nextMember()); break; } catch (e) { if (ki < 0 || !S.voidable(e)) throw e; (bad ??= new Map()).set(ki, e.within(${keys}[ki] as string)); s.i = vs; s.skip(); if (!s.nextMember()) break; } } } at = -1; if (bad !== undefined) for (const e of bad.values()) throw e; ${reqChecks.join(' ')} ${constChecks.join(' ')} } catch (e) { return R.rethrow(e, at < 0 ? undefined : ki >= 0 ? ${keys}[ki] : s.keyAt(at)); } return ${assemble};`;
    const head = shape === 'record' ? 'const r = R.witRecord(x);' : 'const r = x;';
    const encode = `${head} let o = '{'; let c = ''; let at = ''; try { ${encodeParts.join(' ')} } catch (e) { return R.rethrow(e, at); } return o + '}';`;
    return [parse, encode];
  }

  /**
   * The rest field of an open object's record (rules.ts `restField`): decode collects every member
   * that is not a declared property as written (a slice of the text, no re-serialization) into
   * `rst`; encode splices the rest's members after the declared ones, refusing a declared key.
   */
  private restField(f: Pick<Field, 'name' | 'type'>, i: number, properties: Property[], shape: 'record' | 'args', parts: RecordParts): void {
    parts.locals.push(`let f${i}: ${witTs(this.wit, f.type, this.conv.usedWit)} = undefined as any; let rst = '';`);
    const acc = shape === 'record' ? prop('r', lowerCamel(f.name)) : `r[${i}]`;
    const atKey = shape === 'record' ? lowerCamel(f.name) : f.name;
    parts.encodeParts.push(`at = ${lit(atKey)}; { const t = ${this.restText()}(${acc}, ${this.keyList(properties.map((p) => p.name))}); if (t !== '') { o += c + t; c = ','; } }`);
  }

  /** The encoder's helper for rest fields: the members of a rest field's JSON object text, checked, as text to splice ('' when none). */
  private restText(): string {
    const key = 'rest:text';
    const known = this.checks.get(key);
    if (known) return known.name;
    const name = `restText`;
    const code = `/** A rest field's JSON object text (from a component) as the members to splice after the declared ones: one object, well-formed, no key that is a declared property; '' when none. */
export function ${name}(v: unknown, declared: readonly string[]): string { if (R.isNone(v)) return ''; const text = R.jsonUtf8(v); const s = new S.Scanner(text); if (s.openObject()) { s.end(); return ''; } const start = s.i; let end: number; do { const k = s.key(); if (declared.includes(k)) throw new R.CodecError('/' + R.escapePointer(k), 'rest-declared', R.restDeclared(k, 'the rest')); s.skip(); end = s.i; } while (s.nextMember()); s.end(); return text.slice(start, end); }`;
    this.checks.set(key, { name, code });
    return name;
  }

  /** A module-level constant holding a record's property names (for look-ups and error paths). */
  private keyList(names: string[]): string {
    const key = `keys:${JSON.stringify(names)}`;
    const known = this.checks.get(key);
    if (known) return known.name;
    const name = `K${this.checks.size}`;
    this.checks.set(key, { name, code: `export const ${name}: readonly string[] = ${lit(names)};` });
    return name;
  }

  /** keyList's kind for the union looks (UK<n>, numbered apart so the other helpers keep their names). */
  private unionKeyList(names: string[]): string {
    const key = JSON.stringify(names);
    const known = this.unionKeyLists.get(key);
    if (known) return known.name;
    const name = `UK${this.unionKeyLists.size}`;
    this.unionKeyLists.set(key, { name, code: `export const ${name}: readonly string[] = ${lit(names)};` });
    return name;
  }

  /** Statements setting `ki` (and consuming the key and colon): a text match by first character, else a look-up. */
  private keyMatch(names: string[], keys: string): string {
    const byFirst = new Map<number, { name: string; i: number }[]>();
    names.forEach((name, i) => {
      const quoted = JSON.stringify(name);
      const c = quoted.charCodeAt(1);
      const list = byFirst.get(c) ?? [];
      list.push({ name, i });
      byFirst.set(c, list);
    });
    const other = `ki = ${keys}.indexOf(s.key());`;
    const tests = (list: { name: string; i: number }[]): string =>
      list
        .map(({ name, i }) => {
          const lit_ = `${JSON.stringify(name)}:`;
          // Short keys are compared character by character (inlined loads, no builtin call); the
          // quote and first character are known already (keyStart, the switch).
          const test =
            lit_.length <= 24
              ? [...lit_.slice(2)].map((ch, k) => `s.s.charCodeAt(at + ${k + 2}) === ${ch.charCodeAt(0)}`).join(' && ')
              : `s.s.startsWith(${lit(lit_)}, at)`;
          return `if (${test}) { s.i = at + ${lit_.length}; ki = ${i}; } else `;
        })
        .join('') + other;
    const arms = [...byFirst.entries()].map(([c, list]) => {
      const lits = list.map(({ name }) => `${JSON.stringify(name)}:`);
      if (list.length < 2 || lits.every((l) => l.length <= 24)) return `case ${c}: ${tests(list)} break;`;
      // Long keys sharing a first character (2026-07-28's `io.modelcontextprotocol/...`): switch
      // on the first character where they differ, so one comparison of the whole key remains.
      let d = 2;
      while (lits.every((l) => l.charCodeAt(d) === lits[0]!.charCodeAt(d))) d++;
      const byD = new Map<number, { name: string; i: number }[]>();
      list.forEach((x, k) => byD.set(lits[k]!.charCodeAt(d), [...(byD.get(lits[k]!.charCodeAt(d)) ?? []), x]));
      const inner = [...byD.entries()].map(([cd, sub]) => `case ${cd}: ${tests(sub)} break;`);
      return `case ${c}: switch (s.s.charCodeAt(at + ${d})) { ${inner.join(' ')} default: ${other} } break;`;
    });
    return `switch (s.s.charCodeAt(at + 1)) { ${arms.join(' ')} default: ki = ${keys}.indexOf(s.key()); }`;
  }

  // ---- variants --------------------------------------------------------------------------------

  variant(m: Extract<MShape, { kind: 'union' }>, w: Extract<WShape, { kind: 'variant' }>, where: string): [string, string] {
    const members = variantMembers(this.mcp, this.wit, m, w);
    const caseParse = (member: McpType, c: Case): string =>
      c.type === undefined
        ? `(${this.parse(member, { kind: 'primitive', name: 'string' }, undefined, where)}, { tag: ${lit(c.name)} as const })`
        : `{ tag: ${lit(c.name)} as const, val: ${this.parse(member, c.type, undefined, `${where}|${c.name}`)} }`;
    let parse: string;
    if (m.discriminator !== undefined) {
      // The discriminator picks the member (found by a lax look-ahead); the member's parser checks everything.
      const d = m.discriminator;
      const arms = members.map(({ member, c }) => {
        const v = discriminatorValue(this.mcp, member, d);
        return v === undefined ? '' : `case ${lit(v)}: return ${caseParse(member, c)};`;
      });
      // Fast guess: when the object's first member is the discriminator, parse the member it names
      // at once. Only members that require the discriminator as a string const take part: their
      // parser succeeds only if the last of repeated keys has that value too, which is what
      // peekKey would have found. On failure, peekKey decides as before: the same member gives the
      // same error (rethrown as it was, with the cursor where it was), another is parsed.
      const guessArms = /^[A-Za-z0-9_$-]+$/.test(d)
        ? members.flatMap(({ member, c }) => {
            const v = discriminatorValue(this.mcp, member, d);
            return typeof v === 'string' && c.type !== undefined && this.confirmsDiscriminator(member, c.type, d) ? [`case ${lit(v)}: return ${caseParse(member, c)};`] : [];
          })
        : [];
      const guess =
        guessArms.length === 0
          ? ''
          : `const g = s.firstMember(${lit(d)}); if (g !== undefined) { const p = s.i; try { switch (g) { ${guessArms.join(' ')} } } catch (e) { const q = s.i; s.i = p; if (s.peekKey(${lit(d)}) === g) { s.i = q; throw e; } s.i = p; } }`;
      const values = members.map(({ member }) => discriminatorValue(this.mcp, member, d)).filter((v) => v !== undefined);
      parse = `if (!s.startsAs('o')) return s.wrongType('an object'); ${guess} switch (s.peekKey(${lit(d)})) { ${arms.join(' ')} default: throw S.discriminatorError(s, ${lit(d)}, ${lit(where)}, ${lit(values)}); }`;
    } else {
      // anyOf without a discriminator: members are tried in rank order (most specific first) and
      // the first one the value is valid against wins, exactly as the value-level codec chooses.
      const ranked = members
        .map(({ member, c }, i) => ({ member, c, i, rank: memberRank(this.mcp, member), breadth: memberBreadth(this.mcp, member) }))
        .sort((a, b) => b.rank - a.rank || b.breadth - a.breadth || a.i - b.i);
      // When none matches, each member's error is kept and the union's error is the one of the
      // member that came closest (S.unionError, from the table of what each member declares).
      const tries = ranked.map(
        ({ member, c }, k) =>
          `if (s.startsAs(${lit(startKinds(this.mcp, member))})) { try { return ${caseParse(member, c)}; } catch (e) { if (!(e instanceof R.CodecError)) throw e; (errs ??= [])[${k}] = e; s.i = p; } }`,
      );
      const full = `let errs: (R.CodecError | undefined)[] | undefined; ${tries.join(' ')} throw ${unionErrorCall(this.mcp, ranked, where)};`;
      // Members chosen before parsing, from the keys present: an object member that requires a key
      // no other member declares cannot match without it, so one lax look at the keys skips it
      // instead of parsing it and throwing. The members left are tried in the same order, so the
      // first valid one still wins; when none matches, the full trial runs again for its error
      // (the closest member), as before.
      // Likewise a member whose required key (`type`) must hold a string const or enum value the
      // object's does not hold (2025-06-18's string/number/boolean schemas): the value is read in
      // the same look, and only the members it admits are tried (issue 15).
      const selectors = this.keySelectors(ranked.map((r) => r.member));
      const byValue = constSelector(this.mcp, ranked.map((r) => r.member));
      if (selectors === undefined && byValue === undefined) parse = `const p = (s.peek(), s.i); ${full}`;
      else {
        const names = [...(selectors?.names ?? [])];
        let valueAt = -1;
        if (byValue !== undefined) {
          valueAt = names.indexOf(byValue.key);
          if (valueAt < 0) valueAt = names.push(byValue.key) - 1;
        }
        const fast = ranked.map(({ member, c }, i) => {
          const mask = selectors?.masks[i] ?? 0;
          const allowed = byValue?.allowed[i];
          const cond =
            (mask === 0 ? '' : `(keys & ${mask}) === ${mask} && `) + (allowed === undefined ? '' : `(${allowed.map((v) => `kv === ${lit(v)}`).join(' || ')}) && `);
          return `if (${cond}s.startsAs(${lit(startKinds(this.mcp, member))})) { try { return ${caseParse(member, c)}; } catch (e) { if (!(e instanceof R.CodecError)) throw e; s.i = p; } }`;
        });
        // The names are a module-level constant: no array made per value.
        const list = this.unionKeyList(names);
        const look = byValue === undefined ? `const keys = s.startsAs('o') ? s.keysPresent(${list}) : 0;` : `const keys = s.keysPresent(${list}, ${valueAt}); const kv = s.peeked;`;
        parse = `const p = (s.peek(), s.i); ${look} ${fast.join(' ')} ${full}`;
      }
    }
    const arms = members.map(({ member, c }) => {
      if (c.type === undefined) {
        const s = resolveMcp(this.mcp, member);
        return `case ${lit(c.name)}: return ${s.kind === 'const' ? lit(JSON.stringify(s.value)) : `R.fail('unsupported', 'case without payload')`};`;
      }
      return `case ${lit(c.name)}: try { return ${this.encode(member, c.type, 'v.val', undefined, `${where}|${c.name}`)}; } catch (e) { return R.rethrow(e, 'val'); }`;
    });
    const encode = `const v = R.witVariant(x); switch (v.tag) { ${arms.join(' ')} default: return R.badTag(v.tag, ${lit(members.map(({ c }) => c.name))}); }`;
    return [parse, encode];
  }

  /**
   * A union of results as `result-type-union` names it: the member is the one `resultType` names
   * (looked ahead; absent means "complete"), parsed by its own parser, which checks the value again.
   */
  resultTypeVariant(m: Extract<MShape, { kind: 'union' }>, w: Extract<WShape, { kind: 'variant' }>, where: string): [string, string] {
    const members = resultTypeMembers(this.mcp, m, w);
    const arms = members.map(({ member, c, value }) => `case ${lit(value)}: return { tag: ${lit(c.name)} as const, val: ${this.parse(member, c.type!, undefined, `${where}|${c.name}`)} };`);
    // Fast guess, as for discriminators: servers write resultType first, so when the object's first
    // member is resultType the member it names is parsed at once (its parser checks that the last
    // resultType has its value); on failure peekKey decides as before (the same member: its error,
    // rethrown; another: parsed). Saves the look-ahead over the whole result (issue 15).
    // When resultType is not first (generated and re-serialized results sort their keys), the guess
    // is the value an absent resultType means ("complete", nearly every result): its parser checks
    // resultType as well, so success means peekKey would have chosen it too, and the look-ahead
    // over the whole result is saved there as well; any other result pays it after the failed guess.
    const peek = `(s.peekKey(${lit(RESULT_TYPE.property)}) ?? ${lit(RESULT_TYPE.absent)})`;
    const first = `s.firstMember(${lit(RESULT_TYPE.property)})`;
    const guess = members.some((x) => x.value === RESULT_TYPE.absent)
      ? `const g = ${first} ?? ${lit(RESULT_TYPE.absent)}; { const p = s.i; try { switch (g) { ${arms.join(' ')} } } catch (e) { const q = s.i; s.i = p; if (${peek} === g) { s.i = q; throw e; } s.i = p; } }`
      : `const g = ${first}; if (g !== undefined) { const p = s.i; try { switch (g) { ${arms.join(' ')} } } catch (e) { const q = s.i; s.i = p; if (${peek} === g) { s.i = q; throw e; } s.i = p; } }`;
    const parse = `if (!s.startsAs('o')) return s.wrongType('an object'); ${guess} switch (${peek}) { ${arms.join(' ')} default: throw new R.CodecError(${lit(`/${RESULT_TYPE.property}`)}, 'result-type', ${lit(unrecognizedResultType(members))}); }`;
    const encodeArms = members.map(({ member, c }) => `case ${lit(c.name)}: try { return ${this.encode(member, c.type!, 'v.val', undefined, `${where}|${c.name}`)}; } catch (e) { return R.rethrow(e, 'val'); }`);
    const encode = `const v = R.witVariant(x); switch (v.tag) { ${encodeArms.join(' ')} default: return R.badTag(v.tag, ${lit(members.map(({ c }) => c.name))}); }`;
    return [parse, encode];
  }

  /**
   * True when parsing `member` as `witType` goes through a record parser that requires property
   * `d` and checks every occurrence (or the last) against its const.
   */
  /** For a union without a discriminator: `uniqueRequiredKeys` as bit masks over `names`; undefined when none. */
  private keySelectors(members: McpType[]): { names: string[]; masks: number[] } | undefined {
    const names: string[] = [];
    const masks = selectiveRequiredKeys(this.mcp, members).map((keys) => {
      let mask = 0;
      for (const k of keys) {
        let at = names.indexOf(k);
        if (at < 0) {
          if (names.length === 31) continue;
          at = names.push(k) - 1;
        }
        mask |= 1 << at;
      }
      return mask;
    });
    return names.length === 0 ? undefined : { names, masks };
  }

  private confirmsDiscriminator(member: McpType, witType: WitType, d: string): boolean {
    if (member.kind !== 'ref') return false;
    const m = resolveMcp(this.mcp, member);
    const w = resolveWit(this.wit, witType);
    if (m.kind !== 'object' || w.kind !== 'record') return false;
    const p = m.properties.find((q) => q.name === d);
    return p !== undefined && p.required && resolveMcp(this.mcp, p.type).kind === 'const';
  }

  enumeration(values: string[], cases: Case[]): [string, string] {
    const labels = new Set(cases.map((c) => c.name));
    const pairs = values.map((v) => [v, caseName(v)] as const).filter(([, l]) => labels.has(l));
    const parse = `const start = s.i; const v = s.str(); switch (v) { ${pairs.map(([v, l]) => `case ${lit(v)}: return ${lit(l)} as const;`).join(' ')} default: s.i = start; return R.badEnum(v, ${lit(pairs.map(([v]) => v))}); }`;
    const encode = `switch (x) { ${pairs.map(([v, l]) => `case ${lit(l)}: return ${lit(JSON.stringify(v))};`).join(' ')} default: return R.badEnum(x, ${lit(pairs.map(([, l]) => l))}); }`;
    return [parse, encode];
  }

  // ---- checks of `json`-carried subtrees, from the raw schema -------------------------------------

  /** A check `(s) => void` for the schema at `pointer` (any JSON when unknown). */
  checkFor(pointer: string | undefined): string {
    if (!pointer) return 'S.anyJson';
    const node = this.at(pointer);
    if (node === undefined) return 'S.anyJson';
    return this.checkNode(node, pointer);
  }

  /** The same check over a whole text (for `json` bytes leaving a component). */
  textCheckFor(pointer: string | undefined): string {
    const f = this.checkFor(pointer);
    const key = `text:${f}`;
    const known = this.checks.get(key);
    if (known) return known.name;
    const name = `tc${this.checks.size}`;
    const code = `/** A whole \`json\` text checked by ${f} (on its way out of a component); returns the text. */
export function ${name}(text: string): string { const s = new S.Scanner(text); ${f}(s); s.end(); return text; }`;
    this.checks.set(key, { name, code });
    return name;
  }

  /** A `json` value at the cursor, checked by its schema's text check and copied as UTF-8 bytes. */
  jsonBytes(pointer: string | undefined): string {
    return `s.bytesSince(s.begin(), ${this.checkFor(pointer)}(s))`;
  }

  private loop(key: string, prefix: string, code: (name: string) => string): string {
    const known = this.loops.get(key);
    if (known) return known.name;
    const name = `${prefix}${this.loops.size}`;
    this.loops.set(key, { name, code: code(name) });
    return name;
  }

  /** `list<T>` from a JSON array, each element read by `element` (an expression over `s`). */
  listParser(element: string, tsType: string): string {
    return this.loop(`pl:${element}`, 'pl', (name) =>
      [
        `export function ${name}(s: S.Scanner): Array<${tsType}> {`,
        `  const out: Array<${tsType}> = [];`,
        '  if (s.openArray()) return out;',
        '  do {',
        `    try { out.push(${element}); } catch (e) { if (e instanceof R.CodecError) throw e.within(out.length); throw e; }`,
        '  } while (s.nextElement());',
        '  return out;',
        '}',
      ].join('\n'),
    );
  }

  /**
   * A JSON object read as a map: `list<tuple<string, T>>` (`as` list) or a WIT `map<string, T>`
   * (a JS Map), keys in text order; a repeated key keeps its first place and its last value, as
   * in JSON.parse (an error in an earlier value is void if a later one parses).
   */
  mapParser(element: string, tsType: string, as: 'list' | 'map'): string {
    const list = as === 'list';
    const outType = list ? `Array<[string, ${tsType}]>` : `Map<string, ${tsType}>`;
    return this.loop(`p${as}:${element}`, list ? 'pm' : 'pM', (name) =>
      [
        `export function ${name}(s: S.Scanner): ${outType} {`,
        `  const out: ${outType} = ${list ? '[]' : 'new Map()'};`,
        '  if (s.openObject()) return out;',
        ...(list ? ['  let seen: Map<string, number> | undefined;'] : []),
        '  let bad: Map<string, R.CodecError> | undefined;',
        '  do {',
        '    const k = s.mapKey();',
        ...(list
          ? [
              '    seen ??= new Map();',
              '    let at = seen.get(k);',
              '    if (at === undefined) {',
              '      at = out.length;',
              '      seen.set(k, at);',
              `      out.push([k, undefined as unknown as ${tsType}]);`,
              '    }',
            ]
          : [`    if (!out.has(k)) out.set(k, undefined as unknown as ${tsType});`]),
        '    const vs = s.i;',
        '    try {',
        list ? `      (out[at] as [string, ${tsType}])[1] = ${element};` : `      out.set(k, ${element});`,
        '      if (bad !== undefined) bad.delete(k);',
        '    } catch (e) {',
        '      if (!S.voidable(e)) throw e instanceof R.CodecError ? e.within(k) : e;',
        '      (bad ??= new Map()).set(k, e.within(k));',
        '      s.i = vs;',
        '      s.skip();',
        '    }',
        '  } while (s.nextMember());',
        '  if (bad !== undefined) for (const e of bad.values()) throw e;',
        '  return out;',
        '}',
      ].join('\n'),
    );
  }

  /** A WIT list as a JSON array, each element written by `element` (an expression over `e`). */
  listEncoder(element: string): string {
    return this.loop(`el:${element}`, 'el', (name) =>
      [
        `export function ${name}(v: unknown): string {`,
        '  const list = R.witList(v);',
        "  let o = '[';",
        '  let i = 0;',
        '  try {',
        '    for (; i < list.length; i++) {',
        '      const e: unknown = list[i];',
        `      o += (i === 0 ? '' : ',') + ${element};`,
        '    }',
        '  } catch (err) { return R.rethrow(err, i); }',
        "  return o + ']';",
        '}',
      ].join('\n'),
    );
  }

  /** A WIT `list<tuple<string, T>>` (a repeated key has no JSON representation) or `map<string, T>` as a JSON object. */
  mapEncoder(element: string, as: 'list' | 'map'): string {
    const list = as === 'list';
    return this.loop(`e${as}:${element}`, list ? 'em' : 'eM', (name) =>
      [
        `export function ${name}(v: unknown): string {`,
        list ? '  const list = R.witList(v);' : '  const map = R.witMap(v);',
        "  let o = '{';",
        ...(list ? ['  const seen = new Set<string>();', '  let i = 0;'] : ["  let at = '';"]),
        '  try {',
        ...(list
          ? [
              '    for (; i < list.length; i++) {',
              '      const [key, e] = R.witEntry(list[i]);',
              "      if (seen.has(key)) R.fail('duplicate-key', `key ${JSON.stringify(key)} appears twice`);",
              '      seen.add(key);',
              `      o += (i === 0 ? '' : ',') + JSON.stringify(key) + ':' + ${element};`,
              '    }',
              '  } catch (err) { return R.rethrow(err, i); }',
            ]
          : [
              '    let n = 0;',
              '    for (const [k, e] of map) {',
              '      at = R.witStr(k);',
              `      o += (n++ === 0 ? '' : ',') + JSON.stringify(at) + ':' + ${element};`,
              '    }',
              '  } catch (err) { return R.rethrow(err, at); }',
            ]),
        "  return o + '}';",
        '}',
      ].join('\n'),
    );
  }

  allLoops(): string {
    return [...this.loops.values()].map((l) => l.code).join('\n');
  }

  private at(pointer: string): RawSchema | undefined {
    let node: unknown = this.schema;
    for (const seg of pointer.replace(/^#\/?/, '').split('/').filter((x) => x.length > 0)) {
      if (typeof node !== 'object' || node === null) return undefined;
      node = (node as Record<string, unknown>)[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    return typeof node === 'boolean' || (typeof node === 'object' && node !== null) ? (node as RawSchema) : undefined;
  }

  private checkNode(node: RawSchema, pointer: string): string {
    const key = JSON.stringify(stripAnnotations(node));
    const known = this.checks.get(key);
    if (known) return known.name;
    const name = `jc${this.checks.size}`;
    this.checks.set(key, { name, code: '' }); // reserve (recursive schemas)
    const entry = this.checks.get(key) as { name: string; code: string };
    entry.code = `export function ${name}(s: S.Scanner): void { ${this.checkBody(node, pointer)} }`;
    return name;
  }

  /** The check of one schema node on the text: its own code where the node is simple, else its ajv validator. */
  private checkBody(node: RawSchema, pointer: string): string {
    if (node === true) return 's.skip();';
    if (node === false) return `R.fail('false', 'no value is allowed here');`;
    const keys = Object.keys(stripAnnotations(node) as Record<string, unknown>);
    if (keys.length === 0) return 's.skip();';
    if (keys.length === 1 && (keys[0] === '$ref' || keys[0] === 'anyOf')) {
      // A reference, or an anyOf whose members start with different characters (2026-07-28's
      // JSONValue): checked on the text first; only when that check refuses (or nesting runs
      // deep) does the validator, which has the last word, check it again and word the error,
      // so errors stay what they were (issue 15). The validator is registered first, as before.
      const fallback = this.checkFallback(node, pointer);
      const native = this.refOrAnyOf(stripAnnotations(node) as Record<string, unknown>, pointer);
      if (native === undefined) return fallback;
      return `const st = (s.peek(), s.i); if (S.nativeDepth.n < 64) { S.nativeDepth.n++; try { ${native} return; } catch (e) { if (!(e instanceof R.CodecError)) throw e; } finally { S.nativeDepth.n--; } } s.i = st; ${fallback}`;
    }
    const known = new Set(['type', 'properties', 'required', 'additionalProperties', 'items']);
    if (keys.some((k) => !known.has(k))) return this.checkFallback(node, pointer);
    const t = node['type'];
    const types = Array.isArray(t) ? (t as string[]) : typeof t === 'string' ? [t] : [];
    if (types.length === 0) return this.checkFallback(node, pointer);
    if (types.length === 1) return this.checkOfType(types[0] as string, node, pointer) ?? this.checkFallback(node, pointer);
    const arms: string[] = [];
    for (const ty of types) {
      const b = this.checkOfType(ty, node, pointer);
      if (b === undefined) return this.checkFallback(node, pointer);
      const test =
        ty === 'string' ? 'c === 0x22' : ty === 'boolean' ? '(c === 0x74 || c === 0x66)' : ty === 'null' ? 'c === 0x6e' : ty === 'object' ? 'c === 0x7b' : ty === 'array' ? 'c === 0x5b' : '(c === 0x2d || (c >= 0x30 && c <= 0x39))';
      arms.push(`if (${test}) { ${b} return; }`);
    }
    return `const c = s.peek(); ${arms.join(' ')} s.wrongType(${lit(types.join(' or '))});`;
  }

  /** The text check of a `$ref` node (its target's) or of an anyOf told apart by the first character (undefined: neither). */
  private refOrAnyOf(node: Record<string, unknown>, pointer: string): string | undefined {
    const ref = node['$ref'];
    if (typeof ref === 'string') {
      const target = ref.startsWith('#/') ? this.at(ref) : undefined;
      return target === undefined ? undefined : `${this.checkNode(target, ref)}(s);`;
    }
    const members = node['anyOf'];
    if (!Array.isArray(members) || members.length === 0) return undefined;
    const TESTS: Record<string, string> = { o: 'c === 0x7b', a: 'c === 0x5b', s: 'c === 0x22', b: '(c === 0x74 || c === 0x66)', z: 'c === 0x6e', n: '(c === 0x2d || (c >= 0x30 && c <= 0x39))' };
    const KIND: Record<string, string> = { object: 'o', array: 'a', string: 's', boolean: 'b', null: 'z', integer: 'n', number: 'n' };
    const seen = new Set<string>();
    const arms: string[] = [];
    for (const [i, m] of members.entries()) {
      // The member's JSON types, through its references.
      let r: unknown = m;
      for (let hops = 0; hops < 8 && typeof r === 'object' && r !== null && typeof (r as Record<string, unknown>)['$ref'] === 'string'; hops++) {
        const to = (r as Record<string, unknown>)['$ref'] as string;
        r = to.startsWith('#/') ? this.at(to) : undefined;
      }
      if (typeof r !== 'object' || r === null) return undefined;
      const t = (r as Record<string, unknown>)['type'];
      const types = Array.isArray(t) ? (t as unknown[]) : [t];
      const kinds = [...new Set(types.map((x) => (typeof x === 'string' ? KIND[x] : undefined)))];
      if (kinds.some((k) => k === undefined || seen.has(k))) return undefined;
      for (const k of kinds) seen.add(k as string);
      const f = this.checkNode(m as RawSchema, `${pointer}/anyOf/${i}`);
      arms.push(`if (${kinds.map((k) => TESTS[k as string]).join(' || ')}) { ${f}(s); return; }`);
    }
    return `const c = s.peek(); ${arms.join(' ')} s.wrongType('a value of one of the anyOf members');`;
  }

  /** A node the text checks do not cover: its own ajv validator (compiled from its pointer). */
  private checkFallback(node: RawSchema, pointer: string): string {
    const v = `vp_${this.fallbackValidators.size}`;
    this.fallbackValidators.set(v, pointer);
    // A string const (`{"const": "object", "type": "string"}`): its canonical literal is valid
    // without the validator; anything else (escapes, other values) goes to the validator.
    const bare = stripAnnotations(node);
    if (typeof bare === 'object' && typeof bare['const'] === 'string' && Object.keys(bare).every((k) => k === 'const' || (k === 'type' && bare['type'] === 'string'))) {
      return `if (!s.literal(${lit(JSON.stringify(bare['const']))})) S.checkVia(V.${v}, s);`;
    }
    return `S.checkVia(V.${v}, s);`;
  }

  /** The check of one JSON type of a node (undefined: the node needs its validator). */
  private checkOfType(ty: string, node: Exclude<RawSchema, boolean>, pointer: string): string | undefined {
    switch (ty) {
      case 'string':
        return 's.jsonString();';
      case 'integer':
        return 's.int();';
      case 'number':
        return 's.num();';
      case 'boolean':
        return 's.bool();';
      case 'null':
        return `s.constant(null);`;
      case 'array': {
        const items = node['items'];
        const el = items === undefined ? 'S.anyJson' : typeof items === 'object' && !Array.isArray(items) ? this.checkNode(items as RawSchema, `${pointer}/items`) : undefined;
        // Only an element's own error is re-pointed at it (the array's type error is the array's).
        return el ? `if (!s.openArray()) { let i = 0; do { try { ${el}(s); } catch (e) { if (e instanceof R.CodecError) throw e.within(i); throw e; } i++; } while (s.nextElement()); }` : undefined;
      }
      case 'object':
        return this.checkObject(node, pointer);
      default:
        return undefined;
    }
  }

  /** The check of an object node: its properties, required keys and additional properties. */
  private checkObject(node: Exclude<RawSchema, boolean>, pointer: string): string {
    const props = (node['properties'] ?? {}) as Record<string, RawSchema>;
    const req = (node['required'] ?? []) as string[];
    const ap = node['additionalProperties'];
    // Required keys are marked in a bit mask (no Set per object) when there are few enough.
    const reqKeys = [...new Set(req)];
    const bits = reqKeys.length <= 31;
    const markOf = (k: string): string => (bits && reqKeys.includes(k) ? `seen |= ${1 << reqKeys.indexOf(k)}; ` : '');
    const arms = Object.keys(props).map((k) => `case ${lit(k)}: ${markOf(k)}${this.checkNode(props[k] as RawSchema, `${pointer}/properties/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`)}(s); break;`);
    const other =
      ap === false
        ? `default: R.fail('additionalProperties', \`property \${JSON.stringify(k)} is not allowed\`);`
        : ap === undefined || ap === true
          ? 'default: s.skip();'
          : `default: ${this.checkNode(ap as RawSchema, `${pointer}/additionalProperties`)}(s);`;
    if (bits) {
      // A required key that is not a declared property: marked, then checked as any other key.
      const otherValue = other.replace(/^default: /, '');
      for (const r of reqKeys) if (!Object.keys(props).includes(r)) arms.push(`case ${lit(r)}: ${markOf(r)}${otherValue} break;`);
    }
    const reqCheck = req.length > 0 ? (bits ? 'let seen = 0; ' : `const seen = new Set<string>(); `) : '';
    const mark = req.length > 0 && !bits ? 'seen.add(k); ' : '';
    const after = req
      .map((r) => `if (${bits ? `!(seen & ${1 << reqKeys.indexOf(r)})` : `!seen.has(${lit(r)})`}) R.fail('required', ${lit(`missing required property ${JSON.stringify(r)}`)});`)
      .join(' ');
    if (arms.length === 0 && req.length === 0) {
      // Any object at all: one pass of the grammar check over it.
      if (other === 'default: s.skip();') return `if (s.peek() !== 0x7b) s.wrongType('an object'); s.skip();`;
      // Only "any other key": keys are checked, not read (read again only for an error path).
      const value = other.replace(/^default: /, '');
      // Keys are read only for an error path, or to void an earlier error (a repeated key: the last one counts).
      return `let at = -1; let vs = 0; let bad: Map<string, R.CodecError> | undefined; try { if (!s.openObject()) { for (;;) { try { do { at = s.skipKey(); vs = s.i; ${value} if (bad !== undefined) bad.delete(s.keyAt(at)); } while (s.nextMember()); break; } catch (e) { if (!S.voidable(e)) throw e; const k = s.keyAt(at); (bad ??= new Map()).set(k, e.within(k)); s.i = vs; s.skip(); if (!s.nextMember()) break; } } } at = -1; if (bad !== undefined) for (const e of bad.values()) throw e; } catch (e) { return R.rethrow(e, at < 0 ? undefined : s.keyAt(at)); }`;
    }
    if (bits) {
      // Keys matched on the text, as a record's (no string per key); read only for an error
      // path or to void an earlier error (a repeated key: the last one counts).
      const names = [...Object.keys(props), ...reqKeys.filter((r) => !Object.keys(props).includes(r))];
      const keys = this.keyList(names);
      const match = this.keyMatch(names, keys);
      const otherValue = other.replace(/^default: /, '').replace('JSON.stringify(k)', 'JSON.stringify(s.keyAt(at))');
      const indexed = names.map((n, i) => {
        const check = Object.prototype.hasOwnProperty.call(props, n) ? `${this.checkNode(props[n] as RawSchema, `${pointer}/properties/${n.replace(/~/g, '~0').replace(/\//g, '~1')}`)}(s);` : otherValue;
        return `case ${i}: ${markOf(n)}${check} break;`;
      });
      return `${reqCheck}let at = -1; let ki = -1; let vs = 0; let bad: Map<string, R.CodecError> | undefined; try { if (!s.openObject()) { for (;;) { try { do { at = s.keyStart(); ${match} vs = s.i; switch (ki) { ${indexed.join(' ')} default: ${otherValue} } if (bad !== undefined) bad.delete(s.keyAt(at)); } while (s.nextMember()); break; } catch (e) { if (!S.voidable(e) || at < 0) throw e; const k = s.keyAt(at); (bad ??= new Map()).set(k, e.within(k)); s.i = vs; s.skip(); if (!s.nextMember()) break; } } } at = -1; if (bad !== undefined) for (const e of bad.values()) throw e; } catch (e) { return R.rethrow(e, at < 0 ? undefined : s.keyAt(at)); } ${after}`;
    }
    return `${reqCheck}let k: string | undefined; let vs = 0; let bad: Map<string, R.CodecError> | undefined; try { if (!s.openObject()) { for (;;) { try { do { k = s.key(); ${mark}vs = s.i; switch (k) { ${arms.join(' ')} ${other} } if (bad !== undefined) bad.delete(k); } while (s.nextMember()); break; } catch (e) { if (!S.voidable(e) || k === undefined) throw e; (bad ??= new Map()).set(k, e.within(k)); s.i = vs; s.skip(); if (!s.nextMember()) break; } } } k = undefined; if (bad !== undefined) for (const e of bad.values()) throw e; } catch (e) { return R.rethrow(e, k); } ${after}`;
  }

  allChecks(): string {
    return [...this.checks.values(), ...this.unionKeyLists.values()].map((c) => c.code).join('\n');
  }
}

/** One position the text path writes: both sides resolved, the MCP type (for its range), the WIT value's expression (encode), its schema and where it is. */
export interface TextSite {
  m: MShape;
  w: WShape;
  type: McpType;
  x: string;
  pointer: string | undefined;
  where: string;
}

/** The text path's code for one rule: JSON text -> WIT value, validating (`parse`), and WIT value -> JSON text, checking (`encode`). */
interface TextEmitter {
  parse(t: TextPlanner, s: TextSite): string;
  encode(t: TextPlanner, s: TextSite): string;
  /** For a rule whose named pairs are functions of their own (decisions.ts): the two bodies. */
  body?(t: TextPlanner, m: MShape, w: WShape, mcpName: string): [string, string];
}

/** Pairs the text path writes no code for. */
const unsupported: TextEmitter = { parse: (t, s) => t.unsupported(s), encode: (t, s) => t.unsupported(s) };

/** A value MCP always has, in an option: wrapped, the payload by its own rule. */
const objectAsRecord: TextEmitter = {
  ...unsupported,
    body: (t, m, w, mcpName) => {
      if (m.kind !== 'object' || w.kind !== 'record') return unreachable(m, w);
      const named = t.mcp.types[mcpName];
      const extra = named?.body.kind === 'object' ? named.body.additionalProperties : undefined;
      return t.record(m.name, m.properties, w.fields, extra, 'record');
    },
};

const inOption: TextEmitter = {
  parse: (t, s) => {
    if (s.w.kind !== 'option') return t.unsupported(s);
    const inner = t.parseShape({ ...s, w: resolveWit(t.wit, s.w.inner) });
    return canBeUndefined(t.wit, s.w.inner) ? `{ tag: 'some' as const, val: ${inner} }` : inner;
  },
  encode: (t, s) => {
    if (s.w.kind !== 'option') return t.unsupported(s);
    const inner = resolveWit(t.wit, s.w.inner);
    const v = t.fresh();
    if (canBeUndefined(t.wit, s.w.inner)) {
      return `((${v}) => ${v}.some ? ${t.encodeShape({ ...s, w: inner, x: `${v}.val` })} : R.fail('required', 'a value is required here'))(R.taggedFromWit(${s.x}))`;
    }
    return `((${v}: unknown) => R.isNone(${v}) ? R.fail('required', 'a value is required here') : ${t.encodeShape({ ...s, w: inner, x: v })})(${s.x})`;
  },
};

/** A primitive MCP value in a WIT primitive; numbers checked against the schema's minimum/maximum and the WIT type's range. */
const primitive: TextEmitter = {
  parse: (t, s) => {
    const { m, w, type } = s;
    if (m.kind !== 'primitive' || w.kind !== 'primitive') return t.unsupported(s);
    if (m.type === 'string' && (w.name === 'string' || w.name === 'char')) return w.name === 'char' ? `R.char(s.str())` : `s.str()`;
    if (m.type === 'boolean' && w.name === 'bool') return `s.bool()`;
    if (m.type === 'integer' || m.type === 'number') {
      const n = inRange(type, m.type === 'integer' ? 's.int()' : 's.num()');
      if (w.name === 's64') return `R.s64(${n})`;
      if (w.name === 'u64') return `R.u64(${n})`;
      if (w.name === 'f64' || w.name === 'f32') return m.type === 'integer' ? `R.s64Safe(${n})` : n;
      const r = INT_RANGES[w.name];
      if (r) return `R.intIn(${n}, ${r[0]}, ${r[1]}, '${w.name}-range')`;
    }
    return t.unsupported(s);
  },
  encode: (t, s) => {
    const { m, w, type, x } = s;
    if (m.kind !== 'primitive' || w.kind !== 'primitive') return t.unsupported(s);
    const range = (v: string): string => inRange(type, v);
    if (m.type === 'string' && (w.name === 'string' || w.name === 'char')) return `R.qs(${x})`;
    if (m.type === 'boolean' && w.name === 'bool') return `(R.witBool(${x}) ? 'true' : 'false')`;
    if (m.type === 'integer' || m.type === 'number') {
      if (w.name === 's64') return `String(${range(`R.witS64(${x})`)})`;
      if (w.name === 'u64') return `String(${range(`R.witU64(${x})`)})`;
      if (w.name === 'f64' || w.name === 'f32') return `R.numText(${range(m.type === 'integer' ? `R.witIntegral(${x})` : `R.witF64(${x})`)})`;
      const r = INT_RANGES[w.name];
      if (r) return `String(${range(`R.witInt(${x}, ${r[0]}, ${r[1]}, '${w.name}-range')`)})`;
    }
    return t.unsupported(s);
  },
};

/** The text path's emitter for every rule of the checker's type table. */
export const TEXT_EMITTERS = {
  'json-carrier': { parse: (t, s) => t.jsonBytes(s.pointer), encode: (t, s) => `${t.textCheckFor(s.pointer)}(R.jsonUtf8(${s.x}))` },
  'json-as-string': {
    parse: (t, s) => `new TextDecoder().decode(${t.jsonBytes(s.pointer)})`,
    encode: (t, s) => `${t.textCheckFor(s.pointer)}(R.jsonUtf8(new TextEncoder().encode(R.witStr(${s.x}))))`,
  },
  // Lossy for the checker; in an option the codec still writes the payload by its own rule (a `string` takes JSON text).
  'json-into-typed': { parse: (t, s) => (s.w.kind === 'option' ? inOption.parse(t, s) : t.unsupported(s)), encode: (t, s) => (s.w.kind === 'option' ? inOption.encode(t, s) : t.unsupported(s)) },
  string: primitive,
  boolean: primitive,
  integer: primitive,
  number: primitive,
  const: {
    parse: (t, s) => {
      const { m, w } = s;
      if (m.kind !== 'const') return t.unsupported(s);
      if (w.kind === 'enum' && typeof m.value === 'string') return `(s.constant(${lit(m.value)}), ${lit(caseName(m.value))} as const)`;
      if (w.kind === 'primitive') return `(s.constant(${lit(m.value)}), ${lit(m.value)})`;
      return t.unsupported(s);
    },
    encode: (t, s) => {
      const { m, w, x } = s;
      if (m.kind !== 'const') return t.unsupported(s);
      if (w.kind === 'enum' && typeof m.value === 'string') return `(R.constFromWit(${x}, ${lit(caseName(m.value))}, 0), ${lit(JSON.stringify(m.value))})`;
      if (w.kind === 'primitive') return `(R.constFromWit(${x}, ${lit(m.value)}, 0), ${lit(JSON.stringify(m.value))})`;
      return t.unsupported(s);
    },
  },
  // Inline (not behind a named type) an enum has no text code; named, it is a function of its own.
  enum: { ...unsupported, body: (t, m, w) => (m.kind === 'enum' && w.kind === 'enum' ? t.enumeration(m.values, w.cases) : unreachable(m, w)) },
  'enum-as-string': {
    parse: (t, s) => (s.m.kind === 'enum' ? `R.checkEnum(s.str(), ${lit(s.m.values)})` : t.unsupported(s)),
    encode: (t, s) => (s.m.kind === 'enum' ? `JSON.stringify(R.checkEnum(R.witStr(${s.x}), ${lit(s.m.values)}))` : t.unsupported(s)),
  },
  array: {
    parse: (t, s) => {
      const { m, w, pointer, where } = s;
      if (m.kind !== 'array' || w.kind !== 'list') return t.unsupported(s);
      return `${t.listParser(t.parse(m.items, w.element, pointer && `${pointer}/items`, `${where}[]`), witTs(t.wit, w.element, t.conv.usedWit))}(s)`;
    },
    encode: (t, s) => {
      const { m, w, pointer, where } = s;
      if (m.kind !== 'array' || w.kind !== 'list') return t.unsupported(s);
      return `${t.listEncoder(t.encode(m.items, w.element, 'e', pointer && `${pointer}/items`, `${where}[]`))}(${s.x})`;
    },
  },
  map: {
    parse: (t, s) => {
      const { m, w, pointer, where } = s;
      const v = mapValue(t.wit, w);
      if (m.kind !== 'map' || !v) return t.unsupported(s);
      return `${t.mapParser(t.parse(m.values, v, pointer && `${pointer}/additionalProperties`, `${where}{}`), witTs(t.wit, v, t.conv.usedWit), 'list')}(s)`;
    },
    encode: (t, s) => {
      const { m, w, pointer, where } = s;
      const v = mapValue(t.wit, w);
      if (m.kind !== 'map' || !v) return t.unsupported(s);
      return `${t.mapEncoder(t.encode(m.values, v, 'e', pointer && `${pointer}/additionalProperties`, `${where}{}`), 'list')}(${s.x})`;
    },
  },
  'map-as-wit-map': {
    parse: (t, s) => {
      const { m, w, pointer, where } = s;
      if (m.kind !== 'map' || w.kind !== 'map' || !isStringKey(t.wit, w)) return t.unsupported(s);
      return `${t.mapParser(t.parse(m.values, w.value, pointer && `${pointer}/additionalProperties`, `${where}{}`), witTs(t.wit, w.value, t.conv.usedWit), 'map')}(s)`;
    },
    encode: (t, s) => {
      const { m, w, pointer, where } = s;
      if (m.kind !== 'map' || w.kind !== 'map' || !isStringKey(t.wit, w)) return t.unsupported(s);
      return `${t.mapEncoder(t.encode(m.values, w.value, 'e', pointer && `${pointer}/additionalProperties`, `${where}{}`), 'map')}(${s.x})`;
    },
  },
  'object-as-record': objectAsRecord,
  // Written as any record: the members beyond the fields are reported by decode (DecodeOptions), not carried.
  'open-object-as-record': objectAsRecord,
  // The declared fields as any record's, every other member in the rest field (TextPlanner.restField).
  'open-object-with-rest': {
    ...unsupported,
    body: (t, m, w, mcpName) => {
      if (m.kind !== 'object' || w.kind !== 'record') return unreachable(m, w);
      const named = t.mcp.types[mcpName];
      const extra = named?.body.kind === 'object' ? named.body.additionalProperties : undefined;
      return t.record(m.name, m.properties, w.fields, extra, 'record', t.conv.decisions.rest(m, w));
    },
  },
  'nullable-union': {
    // `T | null` in an option: null is none (the checker's nullable-as-option rule).
    parse: (t, s) => {
      const { m, w, pointer, where } = s;
      const rest = nonNull(m);
      if (w.kind !== 'option' || !rest) return t.unsupported(s);
      const tagged = canBeUndefined(t.wit, w.inner);
      const inner = t.parse(rest, w.inner, pointer, where);
      return `(s.takeNull() ? ${tagged ? `({ tag: 'none' } as const)` : 'undefined'} : ${tagged ? `{ tag: 'some' as const, val: ${inner} }` : inner})`;
    },
    encode: (t, s) => {
      const { m, w, x, pointer, where } = s;
      const rest = nonNull(m);
      if (w.kind !== 'option' || !rest) return t.unsupported(s);
      const v = t.fresh();
      if (canBeUndefined(t.wit, w.inner)) return `((${v}) => ${v}.some ? ${t.encode(rest, w.inner, `${v}.val`, pointer, where)} : 'null')(R.taggedFromWit(${x}))`;
      return `((${v}: unknown) => R.isNone(${v}) ? 'null' : ${t.encode(rest, w.inner, v, pointer, where)})(${x})`;
    },
  },
  'union-as-variant': { ...unsupported, body: (t, m, w, mcpName) => (m.kind === 'union' && w.kind === 'variant' ? t.variant(m, w, mcpName) : unreachable(m, w)) },
  'result-type-union': { ...unsupported, body: (t, m, w, mcpName) => (m.kind === 'union' && w.kind === 'variant' ? t.resultTypeVariant(m, w, mcpName) : unreachable(m, w)) },
  'integer-as-code-variant': {
    parse: (t, s) => {
      const code = s.w.kind === 'variant' ? codeVariant(s.w.cases, t.wit) : undefined;
      return code ? codeToWit(code, `R.s64(s.int())`, t.fresh()) : t.unsupported(s);
    },
    encode: (t, s) => {
      const code = s.w.kind === 'variant' ? codeVariant(s.w.cases, t.wit) : undefined;
      return code ? `String(${codeFromWit(code, s.x, t.fresh())})` : t.unsupported(s);
    },
  },

  'union-as-string': unsupported,
  'value-as-option': inOption,
  handle: unsupported,
  'kind-mismatch': unsupported,
} satisfies Record<TypeRuleId, TextEmitter>;

function textEmitter(rule: TypeRuleId): TextEmitter {
  return TEXT_EMITTERS[rule];
}

/** What a record's parser and encoder are assembled from: slot emitters add to them. */
interface RecordParts {
  /** Declarations before the member loop. */
  locals: string[];
  /** The member loop's switch arms, by property index. */
  arms: string[];
  /** Checks after the object (consts read as they came: the last of repeated keys counts). */
  constChecks: string[];
  /** The encoder's statements, in order. */
  encodeParts: string[];
}

/** A property of a record (or of spread params) and the WIT field carrying it, either possibly absent. */
interface TextSlotSite {
  prop?: Property;
  /** The MCP object the property belongs to (records and params). */
  owner?: string;
  /** The field and its index among the fields (its local is `f<i>`). */
  field?: { f: Pick<Field, 'name' | 'type'>; i: number };
  /** The property's index (its switch arm). */
  index: number;
  /** The statement marking a required property as seen ('' for an optional one). */
  mark: string;
  where: string;
  shape: 'record' | 'args';
}

/** The text path's code for one slot rule: what it adds to the record's parser and encoder. */
interface TextSlotEmitter {
  write(t: TextPlanner, s: TextSlotSite, parts: RecordParts): void;
}

/** The field's value as the encoder reads it, the key it writes, and the error path. */
function fieldAccess(s: TextSlotSite, f: Pick<Field, 'name' | 'type'>, i: number, p: Property): { acc: string; key: string; atKey: string } {
  return {
    acc: s.shape === 'record' ? prop('r', lowerCamel(f.name)) : `r[${i}]`,
    key: lit(`${JSON.stringify(p.name)}:`),
    atKey: s.shape === 'record' ? lowerCamel(f.name) : f.name,
  };
}

/** Both sides present: the property's type against the field's, as it stands. */
const plainTextSlot: TextSlotEmitter = {
  write: (t, s, parts) => {
    const { prop: p, field } = s;
    if (!p || !field) return unreachableSlot();
    const { f, i } = field;
    parts.arms.push(`case ${s.index}: f${i} = ${t.parse(p.type, f.type, p.pointer, s.where)};${s.mark} break;`);
    const { acc, key, atKey } = fieldAccess(s, f, i, p);
    parts.encodeParts.push(`at = ${lit(atKey)}; o += c + ${key} + ${t.encode(p.type, f.type, acc, p.pointer, s.where)}; c = ',';`);
  },
};

/** An option field: an absent property is none; none writes no property (a required one fails). */
const optionTextSlot: TextSlotEmitter = {
  write: (t, s, parts) => {
    const { prop: p, field } = s;
    if (!p || !field) return unreachableSlot();
    const { f, i } = field;
    const slot = resolveWit(t.wit, f.type);
    if (slot.kind !== 'option') return unreachableSlot();
    const inner = t.parse(p.type, slot.inner, p.pointer, s.where);
    const value = canBeUndefined(t.wit, slot.inner) ? `{ tag: 'some' as const, val: ${inner} }` : inner;
    parts.arms.push(`case ${s.index}: f${i} = ${value};${s.mark} break;`);
    const { acc, key, atKey } = fieldAccess(s, f, i, p);
    const v = t.fresh('v');
    const tagged = canBeUndefined(t.wit, slot.inner);
    const get = tagged ? `const ${v}o = ${acc} === undefined ? { some: false } : R.taggedFromWit(${acc}); const ${v} = ${v}o.val;` : `const ${v} = ${acc};`;
    const present = tagged ? `${v}o.some` : `!R.isNone(${v})`;
    const missing = p.required ? ` else R.fail('required', ${lit(`${p.name} is required`)});` : '';
    parts.encodeParts.push(`at = ${lit(atKey)}; { ${get} if (${present}) { o += c + ${key} + ${t.encode(p.type, slot.inner, v, p.pointer, s.where)}; c = ','; }${missing} }`);
  },
};

/** A const property with no field: read now, checked after the object; a required one is written first (a reader dispatching on it finds it at once). */
const constTextSlot: TextSlotEmitter = {
  write: (t, s, parts) => {
    const p = s.prop;
    const c = p ? resolveMcp(t.mcp, p.type) : undefined;
    if (!p || c?.kind !== 'const') return unreachableSlot();
    const local = `c${s.index}`;
    parts.locals.push(`let ${local}: unknown = undefined;`);
    parts.arms.push(`case ${s.index}: ${local} = s.scalar();${s.mark} break;`);
    parts.constChecks.push(`if (${local} !== undefined && ${local} !== ${lit(c.value)}) throw new R.CodecError(${lit(`/${p.name.replace(/~/g, '~0').replace(/\//g, '~1')}`)}, 'const', ${lit(`must be ${JSON.stringify(c.value)}`)});`);
    if (p.required) parts.encodeParts.unshift(`o += c + ${lit(`${JSON.stringify(p.name)}:${JSON.stringify(c.value)}`)}; c = ',';`);
  },
};

/** The text path's emitter for every slot rule of the checker's table (records and spread params). */
export const TEXT_SLOT_EMITTERS = {
  'const-implied': constTextSlot,
  // A result's resultType with no field: read, checked against the result type's value, written back from it.
  'result-type-implied': {
    write: (_t, s, parts) => {
      const p = s.prop;
      if (!p) return unreachableSlot();
      const value = resultTypeOf(s.owner);
      const local = `c${s.index}`;
      parts.locals.push(`let ${local}: unknown = undefined;`);
      parts.arms.push(`case ${s.index}: ${local} = s.scalar();${s.mark} break;`);
      parts.constChecks.push(`if (${local} !== undefined && ${local} !== ${lit(value)}) throw new R.CodecError(${lit(`/${p.name}`)}, 'result-type', ${lit(`resultType must be ${JSON.stringify(value)} here`)});`);
      parts.encodeParts.unshift(`o += c + ${lit(`${JSON.stringify(p.name)}:${JSON.stringify(value)}`)}; c = ',';`);
    },
  },
  'params-absent': plainTextSlot,
  'slot-missing': {
    // Not carried by the WIT type (the checker reports it): still validated (a const against its value), then dropped.
    write: (t, s, parts) => {
      const p = s.prop;
      if (!p) return unreachableSlot();
      if (resolveMcp(t.mcp, p.type).kind === 'const') return constTextSlot.write(t, s, parts);
      parts.arms.push(`case ${s.index}: ${t.checkFor(p.pointer)}(s);${s.mark} break;`);
    },
  },
  'slot-extra': {
    // A field with no property: none when it can be, else the parser fails at run time.
    write: (t, s, parts) => {
      if (!s.field) return unreachableSlot();
      const { f, i } = s.field;
      parts.locals.push(`let f${i}: ${witTs(t.wit, f.type, t.conv.usedWit)} = ${canBeUndefined(t.wit, f.type) ? 'undefined' : `R.fail('unsupported', ${lit(`no MCP property for ${f.name}`)})`};`);
    },
  },
  // Cases are written with their variant, never as record slots.
  'case-without-payload': { write: () => unreachableSlot() },
  // The rest of an open object is written with its record (TextPlanner.restField), never as a slot.
  'rest-members': { write: () => unreachableSlot() },
  // Required: through the option, null is none. Optional: absent and null are one none (lossy).
  'nullable-as-option': { write: (t, s, parts) => (s.prop?.required ? plainTextSlot : optionTextSlot).write(t, s, parts) },
  'required-as-option': optionTextSlot,
  'optional-as-option': optionTextSlot,
  'optional-as-required': plainTextSlot,
  required: plainTextSlot,
} satisfies Record<SlotRuleId, TextSlotEmitter>;

function textSlotEmitter(rule: SlotRuleId): TextSlotEmitter {
  return TEXT_SLOT_EMITTERS[rule];
}

function stripAnnotations(node: RawSchema): RawSchema {
  if (typeof node === 'boolean') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) if (k !== 'description' && k !== 'title' && k !== '$comment' && k !== 'default' && k !== 'examples') out[k] = v;
  return out;
}

function bitWord(i: number): number {
  return Math.floor(i / 31);
}

function bitMask(i: number): number {
  return 1 << i % 31;
}



/**
 * The failure of a union without a discriminator (runs only on failure): `S.unionError` with the
 * members in the order tried, each with what `R.closestOf` weighs (the keys an object member
 * declares and requires, the values of its `const`/`enum` properties). Shared by the text path
 * and, through `S.checkValue`, the value path's errors.
 */
export function unionErrorCall(mcp: McpModel, ranked: readonly { member: McpType; c: Case }[], where: string): string {
  const table = ranked.map(({ member, c }) => {
    const o = resolveMcp(mcp, member);
    if (o.kind !== 'object') return `{ c: ${lit(c.name)} }`;
    const consts: Record<string, unknown[]> = {};
    for (const p of o.properties) {
      const t = resolveMcp(mcp, p.type);
      if (t.kind === 'const') consts[p.name] = [t.value];
      else if (t.kind === 'enum') consts[p.name] = [...t.values];
    }
    const v = Object.keys(consts).length > 0 ? `, v: ${lit(consts)}` : '';
    return `{ c: ${lit(c.name)}, k: ${lit(o.properties.map((p) => p.name))}, r: ${lit(o.properties.filter((p) => p.required).map((p) => p.name))}${v} }`;
  });
  return `S.unionError(s, p, errs, ${lit(where)}, [${table.join(', ')}])`;
}

/** The members of a union the variant carries, each with its case (the checker's labels, first unused match). */
export function variantMembers(mcp: McpModel, wit: WitModel, m: Extract<MShape, { kind: 'union' }>, w: Extract<WShape, { kind: 'variant' }>): { member: McpType; c: Case }[] {
  const byName = new Map(w.cases.map((c) => [c.name, c]));
  const used = new Set<string>();
  const members: { member: McpType; c: Case }[] = [];
  for (const member of m.members) {
    const label = memberLabels({ mcp, wit }, member, m.discriminator).find((l) => byName.has(l) && !used.has(l));
    if (!label) continue;
    used.add(label);
    members.push({ member, c: byName.get(label) as Case });
  }
  return members;
}

export function discriminatorValue(mcp: McpModel, member: McpType, d: string): string | number | boolean | null | undefined {
  const s = resolveMcp(mcp, member);
  if (s.kind !== 'object') return undefined;
  const p = s.properties.find((q) => q.name === d);
  if (!p) return undefined;
  const c = resolveMcp(mcp, p.type);
  return c.kind === 'const' ? c.value : undefined;
}

/** How a member's JSON value can start (see Scanner.startsAs). */
/**
 * Per member of a union without a discriminator, the keys it requires that no other member
 * declares: a value without one of them cannot be that member, so it is skipped without parsing.
 */
export function uniqueRequiredKeys(mcp: McpModel, members: McpType[]): string[][] {
  const objects = members.map((m) => {
    const r = resolveMcp(mcp, m);
    return r.kind === 'object' ? r : undefined;
  });
  return objects.map((o, i) =>
    o === undefined ? [] : o.properties.filter((p) => p.required && !objects.some((x, j) => j !== i && x?.properties.some((q) => q.name === p.name))).map((p) => p.name),
  );
}

/**
 * For a union without a discriminator: a key that at least two of its object members require as a
 * string const or enum, with values that tell them apart (`type` of 2025-06-18's primitive
 * schemas), and per member the values it admits (undefined: any, the member does not require the
 * key so). A member the object's value at that key is not admitted by cannot match it (its
 * parser checks the required const or enum, the last of repeated keys counting, as the look
 * does), so it is skipped without parsing. Undefined when no key tells two members apart.
 */
export function constSelector(mcp: McpModel, members: McpType[]): { key: string; allowed: (string[] | undefined)[] } | undefined {
  const objects = members.map((m) => {
    const r = resolveMcp(mcp, m);
    return r.kind === 'object' ? r : undefined;
  });
  const admitted = (o: (typeof objects)[number], key: string): string[] | undefined => {
    const p = o?.properties.find((q) => q.name === key && q.required);
    if (p === undefined) return undefined;
    const v = resolveMcp(mcp, p.type);
    return v.kind === 'const' && typeof v.value === 'string' ? [v.value] : v.kind === 'enum' ? v.values : undefined;
  };
  let best: { key: string; allowed: (string[] | undefined)[]; n: number } | undefined;
  for (const key of new Set(objects.flatMap((o) => o?.properties.map((p) => p.name) ?? []))) {
    const allowed = objects.map((o) => admitted(o, key));
    const sets = allowed.filter((a): a is string[] => a !== undefined);
    if (sets.length < 2 || new Set(sets.map((a) => JSON.stringify([...a].sort()))).size < 2) continue;
    if (best === undefined || sets.length > best.n) best = { key, allowed, n: sets.length };
  }
  return best === undefined ? undefined : { key: best.key, allowed: best.allowed };
}

/**
 * Per member of a union without a discriminator, the keys it requires that not every object member
 * requires: a value without one of them cannot be that member (uniqueRequiredKeys is the part no
 * other member declares). The text path's one look at the keys tests them all at the same cost,
 * so members that share a required key (2026-07-28's enum schemas: `enum`, `oneOf`) are skipped too.
 */
export function selectiveRequiredKeys(mcp: McpModel, members: McpType[]): string[][] {
  const objects = members.map((m) => {
    const r = resolveMcp(mcp, m);
    return r.kind === 'object' ? r : undefined;
  });
  const required = objects.map((o) => o?.properties.filter((p) => p.required).map((p) => p.name) ?? []);
  const everywhere = (k: string) => objects.every((o, i) => o !== undefined && required[i]!.includes(k));
  return required.map((keys) => keys.filter((k) => !everywhere(k)));
}

export function startKinds(mcp: McpModel, member: McpType): string {
  const s = resolveMcp(mcp, member);
  switch (s.kind) {
    case 'object':
    case 'map':
      return 'o';
    case 'array':
      return 'a';
    case 'enum':
      return 's';
    case 'const':
      return typeof s.value === 'string' ? 's' : typeof s.value === 'boolean' ? 'b' : s.value === null ? 'z' : 'n';
    case 'primitive':
      return s.type === 'string' ? 's' : s.type === 'boolean' ? 'b' : s.type === 'null' ? 'z' : 'n';
    case 'json':
      return 'oasnbz';
    case 'union':
      return [...new Set(s.members.map((x) => startKinds(mcp, x)).join(''))].join('');
    default:
      return 'oasnbz';
  }
}

export function memberRank(mcp: McpModel, member: McpType): number {
  const s = resolveMcp(mcp, member);
  if (s.kind === 'object') return 10 + s.properties.filter((p) => p.required).length;
  if (s.kind === 'const') return 5;
  if (s.kind === 'primitive' && s.type === 'integer') return 2;
  return 1;
}
