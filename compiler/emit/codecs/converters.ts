// The converter planner (the value path): for each MCP type and the WIT type the checker paired it
// with, writes the two directions as TypeScript: `tw_X` (validated MCP JSON -> jco WIT value) and
// `fw_X` (jco WIT value, checked -> MCP JSON). Which code a pair gets is the checker's decision
// (decisions.ts): the rule id picks the emitter in VALUE_EMITTERS. Every named MCP type paired with
// a WIT type becomes one pair of functions, memoized by the checker's pair key, so shared and
// recursive types are written once.
import { type Diagnostic, warning } from '../../diagnostics.js';
import { pairKey } from '../../map/compare.js';
import { caseName, fieldName, lowerCamel } from '../../map/names.js';
import { codeVariant, memberLabels, RESULT_TYPE, resultTypeCases, resultTypeOf, type SlotRuleId, type TypeRuleId } from '../../map/rules.js';
import { describeWit, type MShape, nonNull, resolveMcp, resolveWit, type WShape } from '../../map/shapes.js';
import type { McpModel, McpType } from '../../schema/model.js';
import type { Case, WitModel, WitType } from '../../wit/model.js';
import { Decisions, type SlotField, type SlotProperty } from './decisions.js';
import { lit, prop } from './code.js';
import { canBeUndefined, witTs } from './jco-type-names.js';

export interface ConverterFn {
  key: string;
  mcp: string;
  wit: WitType;
  toName: string;
  fromName: string;
  /** TS type of the WIT side. */
  witType: string;
  toBody: string;
  fromBody: string;
}

/** The range of each WIT integer type narrower than 64 bits (both codec paths check it). */
export const INT_RANGES: Record<string, [string, string]> = {
  s8: ['-128', '127'],
  s16: ['-32768', '32767'],
  s32: ['-2147483648', '2147483647'],
  u8: ['0', '255'],
  u16: ['0', '65535'],
  u32: ['0', '4294967295'],
};

export class ConverterPlanner {
  readonly fns = new Map<string, ConverterFn>();
  readonly diagnostics: Diagnostic[] = [];
  /** WIT type ids the generated code names (for imports). */
  readonly usedWit = new Set<string>();
  private readonly names = new Set<string>();
  private tmp = 0;

  constructor(
    readonly mcp: McpModel,
    readonly wit: WitModel,
    /** The checker's decisions: every path asks them which rule pairs two types. */
    readonly decisions: Decisions,
  ) {}

  /** The converter pair for a named MCP type against a WIT type; written on first use. */
  named(mcpName: string, witType: WitType): ConverterFn {
    const key = pairKey(mcpName, witType);
    const known = this.fns.get(key);
    if (known) return known;
    let base = mcpName.replace(/[^A-Za-z0-9_]/g, '_');
    let n = 2;
    while (this.names.has(base)) base = `${mcpName}_${n++}`;
    this.names.add(base);
    const fn: ConverterFn = {
      key,
      mcp: mcpName,
      wit: witType,
      toName: `tw_${base}`,
      fromName: `fw_${base}`,
      witType: witTs(this.wit, witType, this.usedWit),
      toBody: '',
      fromBody: '',
    };
    this.fns.set(key, fn); // before the bodies: a recursive reference finds it
    const m = resolveMcp(this.mcp, { kind: 'ref', name: mcpName });
    const w = resolveWit(this.wit, witType);
    const [to, from] = this.bodies(m, w, mcpName, key);
    fn.toBody = to;
    fn.fromBody = from;
    return fn;
  }

  /** The two function bodies of a named pair: its rule's `body`, or `return <expression>`. */
  private bodies(m: MShape, w: WShape, where: string, key: string): [string, string] {
    const rule = this.decisions.rule(m, w, key);
    const body = rule === undefined ? undefined : valueEmitter(rule).body;
    if (body) return body(this, m, w, where);
    return [`return ${this.toShape(m, w, 'x', where, rule)};`, `return ${this.fromShape(m, w, 'x', where, rule)};`];
  }

  /** MCP -> WIT for any type: named types call their function, others are written inline. */
  to(type: McpType, wit: WitType, x: string, where: string): string {
    const m = resolveMcp(this.mcp, type);
    const w = resolveWit(this.wit, wit);
    const rule = this.decisions.rule(m, w, type.kind === 'ref' ? pairKey(type.name, wit) : undefined);
    if (type.kind === 'ref' && Decisions.isFunction(rule)) return `${this.named(type.name, wit).toName}(${x})`;
    return this.toShape(m, w, x, where, rule);
  }

  /** WIT -> MCP for any type. */
  from(type: McpType, wit: WitType, x: string, where: string): string {
    const m = resolveMcp(this.mcp, type);
    const w = resolveWit(this.wit, wit);
    const rule = this.decisions.rule(m, w, type.kind === 'ref' ? pairKey(type.name, wit) : undefined);
    if (type.kind === 'ref' && Decisions.isFunction(rule)) return `${this.named(type.name, wit).fromName}(${x})`;
    return this.fromShape(m, w, x, where, rule);
  }

  /** A fresh local name for generated code. */
  fresh(): string {
    return `e${this.tmp++}`;
  }

  /** Code for a pair no value emitter writes: a warning now, a failure at run time. */
  unsupported({ m, w, where }: ValueSite): string {
    const what = `${m.kind} as ${w.kind}`;
    this.diagnostics.push(warning('codec-unsupported', `${where}: no codec for MCP ${what}; values fail at run time`));
    return `R.fail('unsupported', ${lit(`${where}: MCP ${what} has no codec`)})`;
  }

  /** MCP -> WIT, inline, by the emitter of the pair's rule (decided here unless given). */
  toShape(m: MShape, w: WShape, x: string, where: string, rule = this.decisions.rule(m, w)): string {
    const site: ValueSite = { m, w, x, where };
    return rule === undefined ? this.unsupported(site) : valueEmitter(rule).to(this, site);
  }

  /** WIT -> MCP, inline, by the emitter of the pair's rule. */
  fromShape(m: MShape, w: WShape, x: string, where: string, rule = this.decisions.rule(m, w)): string {
    const site: ValueSite = { m, w, x, where };
    return rule === undefined ? this.unsupported(site) : valueEmitter(rule).from(this, site);
  }

  // ---- enums ---------------------------------------------------------------------------------

  enumeration(values: string[], cases: Case[]): [string, string] {
    const [to, from] = this.inlineEnum(values, cases);
    // The arrow bodies, as the function's own body: no closure per call.
    const body = (arrow: string): string => arrow.replace(/^\(v: \w+\) => \{/, 'const v = x;').replace(/\}$/, '');
    return [body(to), body(from)];
  }

  /** Two arrow functions: value -> case label (validated input), case label -> value (checked). */
  inlineEnum(values: string[], cases: Case[]): [string, string] {
    const labels = new Set(cases.map((c) => c.name));
    const pairs = values.map((v) => [v, caseName(v)] as const).filter(([, l]) => labels.has(l));
    const lost = values.filter((v) => !labels.has(caseName(v)));
    const to = `(v: string) => { switch (v) { ${pairs.map(([v, l]) => `case ${lit(v)}: return ${lit(l)} as const;`).join(' ')} default: return R.badEnum(v, ${lit(pairs.map(([v]) => v))}); } }`;
    const from = `(v: unknown) => { switch (v) { ${pairs.map(([v, l]) => `case ${lit(l)}: return ${lit(v)};`).join(' ')} default: return R.badEnum(v, ${lit(pairs.map(([, l]) => l))}); } }`;
    if (lost.length > 0) this.diagnostics.push(warning('codec-lossy-enum', `enum values without a case fail at run time: ${lost.join(', ')}`));
    return [to, from];
  }

  // ---- records -------------------------------------------------------------------------------

  record(m: Extract<MShape, { kind: 'object' }>, w: Extract<WShape, { kind: 'record' }>): [string, string] {
    const fields = new Map(w.fields.map((f) => [f.name, f]));
    const used = new Set<string>();
    const toParts: string[] = [];
    const fromParts: string[] = [];
    for (const p of m.properties) {
      const f = fields.get(fieldName(p.name));
      const where = `${m.name}.${p.name}`;
      if (!f) {
        // No field: the checker's rule says what the property is (implied by the type, or lost).
        const emitter = valueSlotEmitter(this.decisions.slot(p, undefined));
        const site = { prop: p, owner: m.name, x: prop('x', p.name), target: `out[${lit(p.name)}]`, where };
        const check = emitter.check?.(this, site);
        if (check) toParts.push(`at = ${lit(p.name)}; ${check}`);
        const back = emitter.from(this, { ...site, x: '' });
        if (back !== '') fromParts.push(back);
        continue;
      }
      used.add(f.name);
      const key = lowerCamel(f.name);
      toParts.push(`at = ${lit(p.name)}; const ${safeId(key)}_ = ${this.slotTo(p, f.type, prop('x', p.name), where)};`);
      fromParts.push(`at = ${lit(key)}; ${this.slotFrom(p, f.type, prop('r', key), `out[${lit(p.name)}]`, where)}`);
    }
    const objectFields = w.fields.map((f) => {
      const key = lowerCamel(f.name);
      if (used.has(f.name)) return `${key}: ${safeId(key)}_`;
      return `${key}: ${valueSlotEmitter(this.decisions.slot(undefined, f)).to(this, { field: f, x: '', target: '', where: m.name })}`;
    });
    const to = `let at = ''; try { ${toParts.join(' ')} return { ${objectFields.join(', ')} }; } catch (e) { return R.rethrow(e, at); }`;
    const from = `const r = R.witRecord(x); const out: Record<string, unknown> = {}; let at = ''; try { ${fromParts.join(' ')} } catch (e) { return R.rethrow(e, at); } return out;`;
    return [to, from];
  }

  /** A property (or parameter) into its WIT slot, by the checker's slot rule: optional <-> option. */
  slotTo(p: SlotProperty, witType: WitType, x: string, where: string): string {
    return valueSlotEmitter(this.decisions.slot(p, { name: fieldName(p.name), type: witType })).to(this, { prop: p, field: { name: fieldName(p.name), type: witType }, x, target: '', where });
  }

  /** A WIT slot back into a property: a statement that sets `target` or leaves it out. */
  slotFrom(p: SlotProperty, witType: WitType, x: string, target: string, where: string): string {
    return valueSlotEmitter(this.decisions.slot(p, { name: fieldName(p.name), type: witType })).from(this, { prop: p, field: { name: fieldName(p.name), type: witType }, x, target, where });
  }

  // ---- variants ------------------------------------------------------------------------------

  variant(m: Extract<MShape, { kind: 'union' }>, w: Extract<WShape, { kind: 'variant' }>, where: string): [string, string] {
    const byName = new Map(w.cases.map((c) => [c.name, c]));
    const used = new Set<string>();
    const members: { member: McpType; c: Case }[] = [];
    for (const member of m.members) {
      const labels = memberLabels({ mcp: this.mcp, wit: this.wit }, member, m.discriminator);
      const label = labels.find((l) => byName.has(l) && !used.has(l));
      if (!label) {
        this.diagnostics.push(warning('codec-missing-case', `${where}: union member ${labels[0]} has no case; such values fail at run time`));
        continue;
      }
      used.add(label);
      members.push({ member, c: byName.get(label) as Case });
    }
    const caseTo = (member: McpType, c: Case, x: string): string =>
      c.type === undefined ? `{ tag: ${lit(c.name)} as const }` : `{ tag: ${lit(c.name)} as const, val: ${this.to(member, c.type, x, `${where}|${c.name}`)} }`;
    let to: string;
    if (m.discriminator !== undefined) {
      const d = m.discriminator;
      const arms = members.map(({ member, c }) => {
        const v = this.discriminatorValue(member, d);
        return v === undefined ? '' : `case ${lit(v)}: return ${caseTo(member, c, 'x')};`;
      });
      to = `switch (${prop('x', d)}) { ${arms.join(' ')} default: return R.fail('discriminator', ${lit(`no member of ${where} has this ${d}`)}); }`;
    } else {
      const ranked = members
        .map(({ member, c }, i) => ({ member, c, i, test: this.rankedTest(member, 'x'), rank: this.memberRank(member), breadth: memberBreadth(this.mcp, member) }))
        .sort((a, b) => b.rank - a.rank || b.breadth - a.breadth || a.i - b.i);
      this.reportOverlaps(ranked, where);
      to = `${ranked.map(({ member, c, test }) => `if (${test}) return ${caseTo(member, c, 'x')};`).join(' ')} return R.fail('anyOf', ${lit(`matches no member of ${where}`)});`;
    }
    const arms = members.map(({ member, c }) => {
      if (c.type === undefined) {
        const s = resolveMcp(this.mcp, member);
        return `case ${lit(c.name)}: return ${s.kind === 'const' ? lit(s.value) : `R.fail('unsupported', 'case without payload')`};`;
      }
      return `case ${lit(c.name)}: try { return ${this.from(member, c.type, 'v.val', `${where}|${c.name}`)}; } catch (e) { return R.rethrow(e, 'val'); }`;
    });
    const from = `const v = R.witVariant(x); switch (v.tag) { ${arms.join(' ')} default: return R.badTag(v.tag, ${lit(members.map(({ c }) => c.name))}); }`;
    return [`${to}`, from];
  }

  /**
   * A union of results as the variant `result-type-union` names: the member is chosen by
   * `resultType` (absent meaning "complete"), and any other value is refused, never guessed.
   */
  resultTypeVariant(m: Extract<MShape, { kind: 'union' }>, w: Extract<WShape, { kind: 'variant' }>, where: string): [string, string] {
    const members = resultTypeMembers(this.mcp, m, w);
    // The union's validator passed, but that says little: InputRequiredResult is open (any member,
    // any resultType), so an invalid complete result is valid against it. The member resultType
    // names must be valid itself.
    const memberCheck = (member: McpType): string => {
      if (member.kind !== 'ref') return '';
      this.memberValidators.add(member.name);
      return `R.check(V.v_${member.name.replace(/[^A-Za-z0-9_]/g, '_')}, x); `;
    };
    const arms = members.map(({ member, c, value }) => `case ${lit(value)}: ${memberCheck(member)}return { tag: ${lit(c.name)} as const, val: ${this.to(member, c.type!, 'x', `${where}|${c.name}`)} };`);
    const rt = prop('x', RESULT_TYPE.property);
    const to = `switch (${rt} === undefined ? ${lit(RESULT_TYPE.absent)} : ${rt}) { ${arms.join(' ')} default: throw new R.CodecError(${lit(`/${RESULT_TYPE.property}`)}, 'result-type', ${lit(unrecognizedResultType(members))}); }`;
    const fromArms = members.map(({ member, c }) => `case ${lit(c.name)}: try { return ${this.from(member, c.type!, 'v.val', `${where}|${c.name}`)}; } catch (e) { return R.rethrow(e, 'val'); }`);
    const from = `const v = R.witVariant(x); switch (v.tag) { ${fromArms.join(' ')} default: return R.badTag(v.tag, ${lit(members.map(({ c }) => c.name))}); }`;
    return [to, from];
  }

  /**
   * Members of a union without discriminator that overlap as the WIT carries them: a value of a
   * later member, written back with only its declared properties, is also valid against an earlier
   * one, so it decodes to the earlier member's case. MCP -> WIT -> MCP still holds (the earlier
   * member declares at least as much: ties are broken by breadth), WIT -> MCP -> WIT does not.
   */
  private reportOverlaps(ranked: { member: McpType; c: Case }[], where: string): void {
    const pairs: string[] = [];
    ranked.forEach((later, j) => {
      for (const earlier of ranked.slice(0, j)) {
        if (readableAs(this.mcp, later.member, earlier.member, new Set())) pairs.push(`${later.c.name} as ${earlier.c.name}`);
      }
    });
    if (pairs.length > 0) {
      this.diagnostics.push(
        warning('codec-overlapping-union', `${where}: anyOf members overlap (no discriminator): a WIT value of a later case that is also valid against an earlier member comes back as the earlier case (${pairs.join(', ')}); MCP JSON round-trips`),
      );
    }
  }

  private discriminatorValue(member: McpType, d: string): string | number | boolean | null | undefined {
    const s = resolveMcp(this.mcp, member);
    if (s.kind !== 'object') return undefined;
    const p = s.properties.find((q) => q.name === d);
    if (!p) return undefined;
    const c = resolveMcp(this.mcp, p.type);
    return c.kind === 'const' ? c.value : undefined;
  }

  /** A run-time test telling a validated value of one member from the others (no discriminator). */
  /** The member test, for the text planner (it applies it to a shallow view of the value). */
  memberTestOf(member: McpType, x: string): string {
    return this.memberTest(member, x);
  }

  /** Union members that need a whole-value validator to be told apart (ajv, before conversion). */
  readonly memberValidators = new Set<string>();

  private memberTest(member: McpType, x: string): string {
    const s = resolveMcp(this.mcp, member);
    switch (s.kind) {
      case 'primitive':
        switch (s.type) {
          case 'string':
            return `typeof ${x} === 'string'`;
          case 'boolean':
            return `typeof ${x} === 'boolean'`;
          case 'integer':
            return `Number.isInteger(${x})`;
          case 'number':
            return `typeof ${x} === 'number'`;
          case 'null':
            return `${x} === null`;
        }
        return 'false';
      case 'const':
        return `${x} === ${lit(s.value)}`;
      case 'enum':
        return `(${lit(s.values)} as readonly unknown[]).includes(${x})`;
      case 'array':
        return `Array.isArray(${x})`;
      case 'map':
      case 'json':
        return `R.isObject(${x})`;
      case 'union':
        return s.members.map((mm) => `(${this.memberTest(mm, x)})`).join(' || ') || 'false';
      case 'object': {
        const tests = [`R.isObject(${x})`];
        for (const p of s.properties) {
          const c = resolveMcp(this.mcp, p.type);
          if (c.kind === 'const') {
            const is = `${prop(x, p.name)} === ${lit(c.value)}`;
            tests.push(p.required ? is : `(${prop(x, p.name)} === undefined || ${is})`);
          }
          else if (c.kind === 'enum') {
            const member = `(${lit(c.values)} as readonly unknown[]).includes(${prop(x, p.name)})`;
            tests.push(p.required ? member : `(${prop(x, p.name)} === undefined || ${member})`);
          } else if (p.required) tests.push(`${lit(p.name)} in ${x}`);
        }
        return tests.join(' && ');
      }
      default:
        return neverShape(s);
    }
  }

  /**
   * The test for a member of a union without discriminator: the cheap shape test, then (for an
   * object member) its validator, so the member chosen is one the value is valid against (anyOf
   * accepts a value valid against any member; the case must be one it is valid against).
   */
  private rankedTest(member: McpType, x: string): string {
    const test = this.memberTest(member, x);
    if (member.kind === 'ref' && resolveMcp(this.mcp, member).kind === 'object') {
      this.memberValidators.add(member.name);
      return `${test} && R.valid(V.v_${member.name.replace(/[^A-Za-z0-9_]/g, '_')}, ${x})`;
    }
    return test;
  }

  /** More specific members are tried first: objects by how many properties they pin down. */
  private memberRank(member: McpType): number {
    const s = resolveMcp(this.mcp, member);
    if (s.kind === 'object') return 10 + s.properties.filter((p) => p.required).length;
    if (s.kind === 'const') return 5;
    if (s.kind === 'primitive' && s.type === 'integer') return 2;
    return 1;
  }

  describe(type: WitType): string {
    return describeWit(this.wit, type);
  }
}

/** One position the value path writes: both sides resolved, the expression holding the value, and where it is (for messages). */
export interface ValueSite {
  m: MShape;
  w: WShape;
  x: string;
  where: string;
}

/** The value path's code for one rule: validated MCP JSON -> jco WIT value (`to`), and back, checking the WIT value (`from`). */
interface ValueEmitter {
  to(p: ConverterPlanner, s: ValueSite): string;
  from(p: ConverterPlanner, s: ValueSite): string;
  /** For a rule whose named pairs are functions of their own (decisions.ts): the two bodies. */
  body?(p: ConverterPlanner, m: MShape, w: WShape, where: string): [string, string];
}

/** Pairs the value path writes no code for: a warning now, a failure at run time. */
const unsupported: ValueEmitter = { to: (p, s) => p.unsupported(s), from: (p, s) => p.unsupported(s) };

/** A value MCP always has, in an option: wrapped (tagged when the payload can be undefined), the payload by its own rule. */
// Records and variants are functions of their own; inline (not behind a named type) they have no code.
const objectAsRecord: ValueEmitter = { ...unsupported, body: (p, m, w) => (m.kind === 'object' && w.kind === 'record' ? p.record(m, w) : unreachable(m, w)) };

/**
 * An open object whose record has a rest field (rules.ts `restField`): the declared fields as any
 * record's; every other member goes into the rest field as one JSON object text, and comes back
 * after the declared ones. A key in the rest that is a declared property is refused, never merged
 * over the field that carries it.
 */
const openObjectWithRest: ValueEmitter = {
  ...unsupported,
  body: (p, m, w) => {
    if (m.kind !== 'object' || w.kind !== 'record') return unreachable(m, w);
    const rest = p.decisions.rest(m, w);
    if (!rest) return p.record(m, w);
    const [to, from] = p.record(m, { ...w, fields: w.fields.filter((f) => f !== rest) });
    const declared = lit(m.properties.map((q) => q.name));
    const key = lowerCamel(rest.name);
    const optional = resolveWit(p.wit, rest.type).kind === 'option';
    return [
      `const rest = R.restToWit(x, ${declared}); const out = ((x: any) => { ${to} })(x); return { ...out, ${key}: ${optional ? 'rest' : "rest ?? R.jsonToWit({})"} };`,
      `const out = ((x: unknown) => { ${from} })(x) as Record<string, unknown>; return R.restFromWit(out, R.witRecord(x)[${lit(key)}], ${declared}, ${lit(key)});`,
    ];
  },
};

const inOption: ValueEmitter = {
  to: (p, s) => {
    const { m, w, x, where } = s;
    if (w.kind !== 'option') return p.unsupported(s);
    const inner = p.toShape(m, resolveWit(p.wit, w.inner), x, where);
    return canBeUndefined(p.wit, w.inner) ? `{ tag: 'some' as const, val: ${inner} }` : inner;
  },
  from: (p, s) => {
    const { m, w, x, where } = s;
    if (w.kind !== 'option') return p.unsupported(s);
    const inner = resolveWit(p.wit, w.inner);
    const t = p.fresh();
    if (canBeUndefined(p.wit, w.inner)) {
      return `((${t}) => ${t}.some ? ${p.fromShape(m, inner, `${t}.val`, where)} : R.fail('required', 'a value is required here'))(R.taggedFromWit(${x}))`;
    }
    return `((${t}: unknown) => R.isNone(${t}) ? R.fail('required', 'a value is required here') : ${p.fromShape(m, inner, t, where)})(${x})`;
  },
};

/** A primitive MCP value (or a const, by its kind) in a WIT primitive. */
const primitive: ValueEmitter = {
  to: (p, s) => (s.m.kind === 'primitive' ? primTo(p, s, s.m.type) : p.unsupported(s)),
  from: (p, s) => (s.m.kind === 'primitive' ? primFrom(p, s, s.m.type) : p.unsupported(s)),
};

/** The value path's emitter for every rule of the checker's type table. */
export const VALUE_EMITTERS = {
  'json-carrier': { to: (_p, { x }) => `R.jsonToWit(${x})`, from: (_p, { x }) => `R.jsonFromWit(${x})` },
  'json-as-string': { to: (_p, { x }) => `JSON.stringify(${x})`, from: (_p, { x }) => `R.jsonFromWit(new TextEncoder().encode(R.witStr(${x})))` },
  // Lossy for the checker; in an option the codec still writes the payload by its own rule (a `string` takes JSON text).
  'json-into-typed': { to: (p, s) => (s.w.kind === 'option' ? inOption.to(p, s) : p.unsupported(s)), from: (p, s) => (s.w.kind === 'option' ? inOption.from(p, s) : p.unsupported(s)) },
  string: primitive,
  boolean: primitive,
  integer: primitive,
  number: primitive,
  const: {
    to: (p, s) => {
      const { m, w } = s;
      if (m.kind !== 'const') return p.unsupported(s);
      if (w.kind === 'enum' && typeof m.value === 'string') return `${lit(caseName(m.value))} as const`;
      if (w.kind === 'primitive') return primTo(p, s, constKind(m.value));
      return p.unsupported(s);
    },
    from: (p, s) => {
      const { m, w, x } = s;
      if (m.kind !== 'const') return p.unsupported(s);
      if (w.kind === 'enum' && typeof m.value === 'string') return `R.constFromWit(${x}, ${lit(caseName(m.value))}, ${lit(m.value)})`;
      if (w.kind === 'primitive') return `R.constFromWit(${primFrom(p, s, constKind(m.value))}, ${lit(m.value)}, ${lit(m.value)})`;
      return p.unsupported(s);
    },
  },
  enum: {
    to: (p, s) => (s.m.kind === 'enum' && s.w.kind === 'enum' ? `(${p.inlineEnum(s.m.values, s.w.cases)[0]})(${s.x})` : p.unsupported(s)),
    from: (p, s) => (s.m.kind === 'enum' && s.w.kind === 'enum' ? `(${p.inlineEnum(s.m.values, s.w.cases)[1]})(${s.x})` : p.unsupported(s)),
    body: (p, m, w) => (m.kind === 'enum' && w.kind === 'enum' ? p.enumeration(m.values, w.cases) : unreachable(m, w)),
  },
  'enum-as-string': { to: (_p, { x }) => `R.str(${x})`, from: (_p, { x }) => `R.witStr(${x})` },
  array: {
    to: (p, s) => {
      const { m, w, x, where } = s;
      if (m.kind !== 'array' || w.kind !== 'list') return p.unsupported(s);
      const e = p.fresh();
      return `R.mapList(${x}, (${e}: any) => ${p.to(m.items, w.element, e, `${where}[]`)})`;
    },
    from: (p, s) => {
      const { m, w, x, where } = s;
      if (m.kind !== 'array' || w.kind !== 'list') return p.unsupported(s);
      const e = p.fresh();
      return `R.mapList(R.witList(${x}), (${e}: unknown) => ${p.from(m.items, w.element, e, `${where}[]`)})`;
    },
  },
  map: {
    to: (p, s) => {
      const e = p.fresh();
      const v = mapValue(p.wit, s.w);
      if (s.m.kind !== 'map' || !v) return p.unsupported(s);
      return `R.mapToWit(${s.x}, (${e}: any) => ${p.to(s.m.values, v, e, `${s.where}{}`)})`;
    },
    from: (p, s) => {
      const e = p.fresh();
      const v = mapValue(p.wit, s.w);
      if (s.m.kind !== 'map' || !v) return p.unsupported(s);
      return `R.mapFromWit(${s.x}, (${e}: unknown) => ${p.from(s.m.values, v, e, `${s.where}{}`)})`;
    },
  },
  'map-as-wit-map': {
    to: (p, s) => {
      const { m, w, x, where } = s;
      const e = p.fresh();
      if (m.kind !== 'map' || w.kind !== 'map' || !isStringKey(p.wit, w)) return p.unsupported(s);
      return `R.mapToWitMap(${x}, (${e}: any) => ${p.to(m.values, w.value, e, `${where}{}`)})`;
    },
    from: (p, s) => {
      const { m, w, x, where } = s;
      const e = p.fresh();
      if (m.kind !== 'map' || w.kind !== 'map' || !isStringKey(p.wit, w)) return p.unsupported(s);
      return `R.mapFromWitMap(${x}, (${e}: unknown) => ${p.from(m.values, w.value, e, `${where}{}`)})`;
    },
  },
  'object-as-record': objectAsRecord,
  // Written as any record: the members beyond the fields are reported by decode (DecodeOptions), not carried.
  'open-object-as-record': objectAsRecord,
  'open-object-with-rest': openObjectWithRest,
  'nullable-union': {
    // `T | null` in an option: null is none (the checker's nullable-as-option rule).
    to: (p, s) => {
      const { m, w, x, where } = s;
      const rest = nonNull(m);
      if (w.kind !== 'option' || !rest) return p.unsupported(s);
      const tagged = canBeUndefined(p.wit, w.inner);
      const inner = p.to(rest, w.inner, x, where);
      return `(${x} === null ? ${tagged ? `{ tag: 'none' as const }` : 'undefined'} : ${tagged ? `{ tag: 'some' as const, val: ${inner} }` : inner})`;
    },
    from: (p, s) => {
      const { m, w, x, where } = s;
      const rest = nonNull(m);
      if (w.kind !== 'option' || !rest) return p.unsupported(s);
      const t = p.fresh();
      if (canBeUndefined(p.wit, w.inner)) return `((${t}) => ${t}.some ? ${p.from(rest, w.inner, `${t}.val`, where)} : null)(R.taggedFromWit(${x}))`;
      return `((${t}: unknown) => R.isNone(${t}) ? null : ${p.from(rest, w.inner, t, where)})(${x})`;
    },
  },
  'union-as-variant': { ...unsupported, body: (p, m, w, where) => (m.kind === 'union' && w.kind === 'variant' ? p.variant(m, w, where) : unreachable(m, w)) },
  'result-type-union': { ...unsupported, body: (p, m, w, where) => (m.kind === 'union' && w.kind === 'variant' ? p.resultTypeVariant(m, w, where) : unreachable(m, w)) },
  'integer-as-code-variant': {
    to: (p, s) => {
      const code = s.w.kind === 'variant' ? codeVariant(s.w.cases, p.wit) : undefined;
      return code ? codeToWit(code, `R.s64(${s.x})`, p.fresh()) : p.unsupported(s);
    },
    from: (p, s) => {
      const code = s.w.kind === 'variant' ? codeVariant(s.w.cases, p.wit) : undefined;
      return code ? codeFromWit(code, s.x, p.fresh()) : p.unsupported(s);
    },
  },

  'union-as-string': unsupported,
  'value-as-option': inOption,
  handle: unsupported,
  'kind-mismatch': unsupported,
} satisfies Record<TypeRuleId, ValueEmitter>;

function valueEmitter(rule: TypeRuleId): ValueEmitter {
  return VALUE_EMITTERS[rule];
}

/** A property (or parameter) and the WIT field (or parameter) carrying it, either possibly absent. */
export interface SlotSite {
  prop?: SlotProperty;
  /** The MCP object the property belongs to (records only). */
  owner?: string;
  field?: SlotField;
  /** The value: the property's (to WIT), or the field's (from WIT). */
  x: string;
  /** Where `from` stores the property. */
  target: string;
  where: string;
}

/** The value path's code for one slot rule. */
interface ValueSlotEmitter {
  /** The field's WIT value, from the property's value `x` (undefined when absent). */
  to(p: ConverterPlanner, s: SlotSite): string;
  /** A statement setting the property `target` from the field's value `x` ('' when there is nothing to set). */
  from(p: ConverterPlanner, s: SlotSite): string;
  /** For a property with no field: a statement checking the property's value `x` on the way in. */
  check?(p: ConverterPlanner, s: SlotSite): string;
}

/** Both sides present: the property's type against the field's, as it stands. */
const plainSlot: ValueSlotEmitter = {
  to: (p, { prop: q, field: f, x, where }) => (q && f ? p.to(q.type, f.type, x, where) : unreachableSlot()),
  from: (p, s) => {
    const { prop: q, field: f, x, target, where } = s;
    if (!q || !f) return unreachableSlot();
    p.fresh(); // a name every slot took once: kept so generated names stay as they were
    return `${target} = ${p.from(q.type, f.type, x, where)};`;
  },
};

/** An option field: absent (or none) is no property; a required property that is none fails on the way back. */
const optionSlot: ValueSlotEmitter = {
  to: (p, { prop: q, field: f, x, where }) => {
    if (!q || !f) return unreachableSlot();
    const slot = resolveWit(p.wit, f.type);
    if (slot.kind !== 'option') return unreachableSlot();
    // A required property goes through the option itself (where a `T | null` maps null to none).
    if (q.required) return p.to(q.type, f.type, x, where);
    const tagged = canBeUndefined(p.wit, slot.inner);
    const inner = p.to(q.type, slot.inner, x, where);
    const some = tagged ? `{ tag: 'some' as const, val: ${inner} }` : inner;
    const none = tagged ? `{ tag: 'none' as const }` : 'undefined';
    return `${x} === undefined ? ${none} : ${some}`;
  },
  from: (p, { prop: q, field: f, x, target, where }) => {
    if (!q || !f) return unreachableSlot();
    const slot = resolveWit(p.wit, f.type);
    if (slot.kind !== 'option') return unreachableSlot();
    const t = p.fresh();
    const missing = q.required ? ` else R.fail('required', ${lit(`${q.name} is required`)});` : '';
    if (canBeUndefined(p.wit, slot.inner)) {
      return `{ const ${t} = ${x} === undefined ? { some: false } : R.taggedFromWit(${x}); if (${t}.some) ${target} = ${p.from(q.type, slot.inner, `${t}.val`, where)};${missing} }`;
    }
    return `{ const ${t} = ${x}; if (!R.isNone(${t})) ${target} = ${p.from(q.type, slot.inner, t, where)};${missing} }`;
  },
};

/** An optional property in a plain field: absence cannot be written (fails at run time). */
const optionalInPlainSlot: ValueSlotEmitter = {
  to: (p, { prop: q, field: f, x, where }) =>
    q && f ? `${x} === undefined ? R.fail('not-representable', ${lit(`${where} is optional in MCP but required in WIT`)}) : ${p.to(q.type, f.type, x, where)}` : unreachableSlot(),
  from: (p, s) => plainSlot.from(p, s),
};

/** The value path's emitter for every slot rule of the checker's table (records and spread params). */
export const VALUE_SLOT_EMITTERS = {
  // A required const with no field: written back from the type.
  'const-implied': {
    to: () => unreachableSlot(),
    from: (p, { prop: q, target }) => {
      const c = q ? resolveMcp(p.mcp, q.type) : undefined;
      return c?.kind === 'const' ? `${target} = ${lit(c.value)};` : unreachableSlot();
    },
  },
  // A result's resultType with no field: checked on the way in, written back from the result type.
  'result-type-implied': {
    to: () => unreachableSlot(),
    check: (_p, { owner, x }) => {
      const v = lit(resultTypeOf(owner));
      return `if (${x} !== undefined && ${x} !== ${v}) R.fail('result-type', ${lit(`resultType must be ${JSON.stringify(resultTypeOf(owner))} here`)});`;
    },
    from: (_p, { owner, target }) => `${target} = ${lit(resultTypeOf(owner))};`,
  },
  // Absent params are not `{}` to the value path: it converts the params it is given.
  'params-absent': optionalInPlainSlot,
  // Dropped (the checker reports it as missing).
  'slot-missing': { to: () => unreachableSlot(), from: () => '' },
  // A field with no property: none when it can be, else toWit fails at run time.
  'slot-extra': {
    to: (p, { field: f, where }) => {
      if (!f) return unreachableSlot();
      if (canBeUndefined(p.wit, f.type)) return 'undefined';
      p.diagnostics.push(warning('codec-extra-field', `${where}: required WIT field ${f.name} has no MCP property; toWit fails at run time`));
      return `R.fail('unsupported', ${lit(`no MCP property for ${f.name}`)})`;
    },
    from: () => '',
  },
  // Cases are written with their variant (variant()), never as record slots.
  'case-without-payload': { to: () => unreachableSlot(), from: () => unreachableSlot() },
  // The rest of an open object is written with its record (openObjectWithRest), never as a slot.
  'rest-members': { to: () => unreachableSlot(), from: () => unreachableSlot() },
  'nullable-as-option': {
    // Required: through the option, null is none. Optional: absent and null are one none (lossy).
    to: (p, s) => optionSlot.to(p, s),
    from: (p, s) => (s.prop?.required ? plainSlot.from(p, s) : optionSlot.from(p, s)),
  },
  'required-as-option': optionSlot,
  'optional-as-option': optionSlot,
  'optional-as-required': optionalInPlainSlot,
  required: plainSlot,
} satisfies Record<SlotRuleId, ValueSlotEmitter>;

function valueSlotEmitter(rule: SlotRuleId): ValueSlotEmitter {
  return VALUE_SLOT_EMITTERS[rule];
}

/** An integer code (a bigint expression) as its code-variant value: its case, or the `other` case. */
export function codeToWit(code: { known: [string, number][]; other: string }, n: string, v: string): string {
  const arms = code.known.map(([name, c]) => `${v} === ${c}n ? { tag: ${lit(name)} as const } : `).join('');
  return `((${v}: bigint) => ${arms}{ tag: ${lit(code.other)} as const, val: ${v} })(${n})`;
}

/** A code-variant value back to its integer; a known code wrapped in `other` is refused (one WIT value per integer). */
export function codeFromWit(code: { known: [string, number][]; other: string }, x: string, v: string): string {
  const arms = code.known.map(([name, c]) => `case ${lit(name)}: return ${c};`).join(' ');
  const known = lit(code.known.map(([, c]) => c));
  return `((${v}: { tag: string; val?: unknown }) => { switch (${v}.tag) { ${arms} case ${lit(code.other)}: { const n = R.witS64(${v}.val); if ((${known} as number[]).includes(Number(n))) R.fail('error-code', \`code \${n} has its own case\`); return Number(n); } default: return R.badTag(${v}.tag, ${lit([...code.known.map(([k]) => k), code.other])}); } })(R.witVariant(${x}) as { tag: string; val?: unknown })`;
}


/** A slot emitter met a slot its rule does not apply to: a bug in the table, not in the input. */
export function unreachableSlot(): never {
  throw new Error('codec slot emitter called for a slot its rule does not cover');
}

function primTo(p: ConverterPlanner, s: ValueSite, type: string): string {
  const { w, x } = s;
  if (w.kind !== 'primitive') return p.unsupported(s);
  switch (type) {
    case 'string':
      return w.name === 'string' ? `R.str(${x})` : w.name === 'char' ? `R.char(${x})` : p.unsupported(s);
    case 'boolean':
      return w.name === 'bool' ? `(${x} as boolean)` : p.unsupported(s);
    case 'integer':
    case 'number': {
      if (w.name === 's64') return `R.s64(${x})`;
      if (w.name === 'u64') return `R.u64(${x})`;
      const r = INT_RANGES[w.name];
      if (r) return `R.intIn(${x}, ${r[0]}, ${r[1]}, '${w.name}-range')`;
      if (w.name === 'f64' || w.name === 'f32') return type === 'integer' ? `R.s64Safe(${x})` : `(${x} as number)`;
      return p.unsupported(s);
    }
    default:
      return p.unsupported(s);
  }
}

function primFrom(p: ConverterPlanner, s: ValueSite, type: string): string {
  const { w, x } = s;
  if (w.kind !== 'primitive') return p.unsupported(s);
  switch (type) {
    case 'string':
      return w.name === 'string' || w.name === 'char' ? `R.witStr(${x})` : p.unsupported(s);
    case 'boolean':
      return w.name === 'bool' ? `R.witBool(${x})` : p.unsupported(s);
    case 'integer':
    case 'number': {
      if (w.name === 's64') return `R.witS64(${x})`;
      if (w.name === 'u64') return `R.witU64(${x})`;
      const r = INT_RANGES[w.name];
      if (r) return `R.witInt(${x}, ${r[0]}, ${r[1]}, '${w.name}-range')`;
      if (w.name === 'f64' || w.name === 'f32') return type === 'integer' ? `R.witIntegral(${x})` : `R.witF64(${x})`;
      return p.unsupported(s);
    }
    default:
      return p.unsupported(s);
  }
}

/** A rule's emitter met a pair its rule does not apply to: a bug in the table, not in the input. */
export function unreachable(m: MShape, w: WShape): never {
  throw new Error(`codec emitter called for MCP ${m.kind} as WIT ${w.kind}, which its rule does not cover`);
}

/** The `T` of a `list<tuple<string, T>>` (a JSON object as a WIT list of entries). */
export function mapValue(wit: WitModel, w: WShape): WitType | undefined {
  if (w.kind !== 'list') return undefined;
  const el = resolveWit(wit, w.element);
  if (el.kind !== 'tuple' || el.elements.length !== 2) return undefined;
  const k = resolveWit(wit, el.elements[0] as WitType);
  if (k.kind !== 'primitive' || k.name !== 'string') return undefined;
  return el.elements[1];
}

function constKind(v: string | number | boolean | null): string {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return 'null';
}

function safeId(key: string): string {
  return `f_${key.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

function neverShape(m: never): never {
  throw new Error(`unknown MCP shape ${JSON.stringify(m)}`);
}

/** `v` (an expression for a number) checked against the `minimum`/`maximum` of a primitive MCP type, when it has any. */
export function inRange(type: McpType, v: string): string {
  const lo = type.kind === 'primitive' ? type.minimum : undefined;
  const hi = type.kind === 'primitive' ? type.maximum : undefined;
  return lo === undefined && hi === undefined ? v : `R.inRange(${v}, ${lo ?? '-Infinity'}, ${hi ?? 'Infinity'})`;
}

/** Whether a WIT `map<K, V>` has string keys (the only ones a JSON object has). */
export function isStringKey(wit: WitModel, w: Extract<WShape, { kind: 'map' }>): boolean {
  const k = resolveWit(wit, w.key);
  return k.kind === 'primitive' && k.name === 'string';
}


/** How many properties an object member declares (0 for other members): wider members are tried first among equals. */
export function memberBreadth(mcp: McpModel, member: McpType): number {
  const s = resolveMcp(mcp, member);
  return s.kind === 'object' ? s.properties.length : 0;
}

/**
 * Whether some value of `a`, holding only the properties `a` declares, can also be valid against
 * `b` (conservative: true unless a required property, a const or an enum rules it out).
 */
export function readableAs(mcp: McpModel, a: McpType, b: McpType, seen: Set<string>): boolean {
  const key = `${JSON.stringify(a)}|${JSON.stringify(b)}`;
  if (seen.has(key)) return true;
  seen.add(key);
  const x = resolveMcp(mcp, a);
  const y = resolveMcp(mcp, b);
  if (x.kind === 'union') return x.members.some((m) => readableAs(mcp, m, b, seen));
  if (y.kind === 'union') return y.members.some((m) => readableAs(mcp, a, m, seen));
  if (x.kind === 'json' || y.kind === 'json') return true;
  const values = (s: MShape): unknown[] | undefined => (s.kind === 'const' ? [s.value] : s.kind === 'enum' ? s.values : undefined);
  const vx = values(x);
  const vy = values(y);
  if (vx && vy) return vx.some((v) => vy.includes(v));
  const jsonType = (s: MShape): string => {
    if (s.kind === 'const' || s.kind === 'enum') {
      const v = s.kind === 'const' ? s.value : s.values[0];
      return v === null ? 'null' : typeof v === 'string' ? 'string' : typeof v === 'boolean' ? 'boolean' : 'number';
    }
    if (s.kind === 'primitive') return s.type === 'integer' ? 'number' : s.type;
    if (s.kind === 'map') return 'object';
    return s.kind === 'array' ? 'array' : 'object';
  };
  if (jsonType(x) !== jsonType(y)) return false;
  if (x.kind === 'array' && y.kind === 'array') return readableAs(mcp, x.items, y.items, seen);
  if (x.kind === 'object' && y.kind === 'object') {
    for (const q of y.properties) {
      const p = x.properties.find((r) => r.name === q.name);
      if (!p) {
        if (q.required) return false;
        continue;
      }
      if (!readableAs(mcp, p.type, q.type, seen)) return false;
    }
    return true;
  }
  return true;
}

/**
 * The refusal of a `resultType` no member has: MCP 2026-07-28 (basic/index, ResultType) lets
 * extensions add values, but "a resultType of any value unrecognized by the client MUST be
 * considered invalid", and the WIT has a case for the core ones only.
 */
export function unrecognizedResultType(members: readonly { value: string }[]): string {
  return `resultType must be one of ${members.map((x) => JSON.stringify(x.value)).join(', ')}: a resultType the client does not recognize is invalid (MCP: ResultType)`;
}

/** The members of a union of results with the variant case and the `resultType` of each (`result-type-union`). */
export function resultTypeMembers(mcp: McpModel, m: Extract<MShape, { kind: 'union' }>, w: Extract<WShape, { kind: 'variant' }>): { member: McpType; c: Case; value: string }[] {
  const byName = new Map(w.cases.map((c) => [c.name, c]));
  return (resultTypeCases(mcp, m.members) ?? []).flatMap(({ member, value }) => {
    const c = byName.get(caseName(value));
    return c?.type === undefined ? [] : [{ member, c, value }];
  });
}
