// The converter planner: walks an MCP type and the WIT type the checker paired it with, the same
// way the checker's rule table does (compiler/map/rules.ts), and writes the two directions as
// TypeScript: `tw_X` (validated MCP JSON -> jco WIT value) and `fw_X` (jco WIT value, checked ->
// MCP JSON). Every named MCP type paired with a WIT type becomes one pair of functions, memoized
// by the checker's pair key, so shared and recursive types are written once.
import { type Diagnostic, warning } from '../../diagnostics.js';
import { pairKey } from '../../map/compare.js';
import { caseName, fieldName, lowerCamel } from '../../map/names.js';
import { memberLabels } from '../../map/rules.js';
import { describeWit, type MShape, nonNull, resolveMcp, resolveWit, type WShape } from '../../map/shapes.js';
import type { McpModel, McpType, Property } from '../../schema/model.js';
import type { Case, WitModel, WitType } from '../../wit/model.js';
import { canBeUndefined, witTs } from './witts.js';

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

export function lit(v: unknown): string {
  return JSON.stringify(v);
}

/** A JS property access that is safe for any key. */
export function prop(obj: string, key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${obj}.${key}` : `${obj}[${lit(key)}]`;
}

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
    const [to, from] = this.bodies(m, w, mcpName);
    fn.toBody = to;
    fn.fromBody = from;
    return fn;
  }

  private bodies(m: MShape, w: WShape, where: string): [string, string] {
    if (m.kind === 'object' && w.kind === 'record') return this.record(m, w);
    if (m.kind === 'union' && w.kind === 'variant') return this.variant(m, w, where);
    if (m.kind === 'enum' && w.kind === 'enum') return this.enumeration(m.values, w.cases);
    return [`return ${this.toExpr(m, w, 'x', where)};`, `return ${this.fromExpr(m, w, 'x', where)};`];
  }

  /** MCP -> WIT for any type: named types call their function, others are written inline. */
  to(type: McpType, wit: WitType, x: string, where: string): string {
    const m = resolveMcp(this.mcp, type);
    const w = resolveWit(this.wit, wit);
    if (type.kind === 'ref' && needsFunction(m, w)) return `${this.named(type.name, wit).toName}(${x})`;
    return this.toExpr(m, w, x, where);
  }

  /** WIT -> MCP for any type. */
  from(type: McpType, wit: WitType, x: string, where: string): string {
    const m = resolveMcp(this.mcp, type);
    const w = resolveWit(this.wit, wit);
    if (type.kind === 'ref' && needsFunction(m, w)) return `${this.named(type.name, wit).fromName}(${x})`;
    return this.fromExpr(m, w, x, where);
  }

  private fresh(): string {
    return `e${this.tmp++}`;
  }

  private unsupported(where: string, m: MShape, w: WShape): string {
    const what = `${m.kind} as ${w.kind}`;
    this.diagnostics.push(warning('codec-unsupported', `${where}: no codec for MCP ${what}; values fail at run time`));
    return `R.fail('unsupported', ${lit(`${where}: MCP ${what} has no codec`)})`;
  }

  private toExpr(m: MShape, w: WShape, x: string, where: string): string {
    if (isJsonCarrier(m, w)) return `R.jsonToWit(${x})`;
    const rest = w.kind === 'option' ? nonNull(m) : undefined;
    if (w.kind === 'option' && rest) {
      // `T | null` in an option: null is none (the checker's nullable-as-option rule).
      const tagged = canBeUndefined(this.wit, w.inner);
      const inner = this.to(rest, w.inner, x, where);
      return `(${x} === null ? ${tagged ? `{ tag: 'none' as const }` : 'undefined'} : ${tagged ? `{ tag: 'some' as const, val: ${inner} }` : inner})`;
    }
    if (w.kind === 'option') {
      // A value MCP always has, in an option: wrap it (tagged when the payload can be undefined).
      const inner = this.toExpr(m, resolveWit(this.wit, w.inner), x, where);
      return canBeUndefined(this.wit, w.inner) ? `{ tag: 'some' as const, val: ${inner} }` : inner;
    }
    switch (m.kind) {
      case 'json':
        if (w.kind === 'primitive' && w.name === 'string') return `JSON.stringify(${x})`;
        return this.unsupported(where, m, w);
      case 'primitive':
        return this.primTo(m.type, w, x, where, m);
      case 'const':
        if (w.kind === 'enum' && typeof m.value === 'string') return `${lit(caseName(m.value))} as const`;
        if (w.kind === 'primitive') return this.primTo(constKind(m.value), w, x, where, m);
        return this.unsupported(where, m, w);
      case 'enum':
        if (w.kind === 'primitive' && w.name === 'string') return `R.str(${x})`;
        if (w.kind === 'enum') return `(${this.inlineEnum(m.values, w.cases)[0]})(${x})`;
        return this.unsupported(where, m, w);
      case 'array':
        if (w.kind === 'list') {
          const e = this.fresh();
          return `R.mapList(${x}, (${e}: any) => ${this.to(m.items, w.element, e, `${where}[]`)})`;
        }
        return this.unsupported(where, m, w);
      case 'map': {
        const e = this.fresh();
        if (w.kind === 'map' && isStringKey(this.wit, w)) return `R.mapToWitMap(${x}, (${e}: any) => ${this.to(m.values, w.value, e, `${where}{}`)})`;
        const v = this.mapValue(w);
        if (!v) return this.unsupported(where, m, w);
        return `R.mapToWit(${x}, (${e}: any) => ${this.to(m.values, v, e, `${where}{}`)})`;
      }
      case 'object':
      case 'union':
        return this.unsupported(where, m, w);
      default:
        return neverShape(m);
    }
  }

  private fromExpr(m: MShape, w: WShape, x: string, where: string): string {
    if (isJsonCarrier(m, w)) return `R.jsonFromWit(${x})`;
    const rest = w.kind === 'option' ? nonNull(m) : undefined;
    if (w.kind === 'option' && rest) {
      const t = this.fresh();
      if (canBeUndefined(this.wit, w.inner)) return `((${t}) => ${t}.some ? ${this.from(rest, w.inner, `${t}.val`, where)} : null)(R.taggedFromWit(${x}))`;
      return `((${t}: unknown) => R.isNone(${t}) ? null : ${this.from(rest, w.inner, t, where)})(${x})`;
    }
    if (w.kind === 'option') {
      const inner = resolveWit(this.wit, w.inner);
      if (canBeUndefined(this.wit, w.inner)) {
        const t = this.fresh();
        return `((${t}) => ${t}.some ? ${this.fromExpr(m, inner, `${t}.val`, where)} : R.fail('required', 'a value is required here'))(R.taggedFromWit(${x}))`;
      }
      const t = this.fresh();
      return `((${t}: unknown) => R.isNone(${t}) ? R.fail('required', 'a value is required here') : ${this.fromExpr(m, inner, t, where)})(${x})`;
    }
    switch (m.kind) {
      case 'json':
        if (w.kind === 'primitive' && w.name === 'string') return `R.jsonFromWit(new TextEncoder().encode(R.witStr(${x})))`;
        return this.unsupported(where, m, w);
      case 'primitive':
        return this.primFrom(m.type, w, x, where, m);
      case 'const': {
        if (w.kind === 'enum' && typeof m.value === 'string') return `R.constFromWit(${x}, ${lit(caseName(m.value))}, ${lit(m.value)})`;
        if (w.kind === 'primitive') return `R.constFromWit(${this.primFrom(constKind(m.value), w, x, where, m)}, ${lit(m.value)}, ${lit(m.value)})`;
        return this.unsupported(where, m, w);
      }
      case 'enum':
        if (w.kind === 'primitive' && w.name === 'string') return `R.witStr(${x})`;
        if (w.kind === 'enum') return `(${this.inlineEnum(m.values, w.cases)[1]})(${x})`;
        return this.unsupported(where, m, w);
      case 'array':
        if (w.kind === 'list') {
          const e = this.fresh();
          return `R.mapList(R.witList(${x}), (${e}: unknown) => ${this.from(m.items, w.element, e, `${where}[]`)})`;
        }
        return this.unsupported(where, m, w);
      case 'map': {
        const e = this.fresh();
        if (w.kind === 'map' && isStringKey(this.wit, w)) return `R.mapFromWitMap(${x}, (${e}: unknown) => ${this.from(m.values, w.value, e, `${where}{}`)})`;
        const v = this.mapValue(w);
        if (!v) return this.unsupported(where, m, w);
        return `R.mapFromWit(${x}, (${e}: unknown) => ${this.from(m.values, v, e, `${where}{}`)})`;
      }
      case 'object':
      case 'union':
        return this.unsupported(where, m, w);
      default:
        return neverShape(m);
    }
  }

  private primTo(type: string, w: WShape, x: string, where: string, m: MShape): string {
    if (w.kind !== 'primitive') return this.unsupported(where, m, w);
    switch (type) {
      case 'string':
        return w.name === 'string' ? `R.str(${x})` : w.name === 'char' ? `R.char(${x})` : this.unsupported(where, m, w);
      case 'boolean':
        return w.name === 'bool' ? `(${x} as boolean)` : this.unsupported(where, m, w);
      case 'integer':
      case 'number': {
        if (w.name === 's64') return `R.s64(${x})`;
        if (w.name === 'u64') return `R.u64(${x})`;
        const r = INT_RANGES[w.name];
        if (r) return `R.intIn(${x}, ${r[0]}, ${r[1]}, '${w.name}-range')`;
        if (w.name === 'f64' || w.name === 'f32') return type === 'integer' ? `R.s64Safe(${x})` : `(${x} as number)`;
        return this.unsupported(where, m, w);
      }
      default:
        return this.unsupported(where, m, w);
    }
  }

  private primFrom(type: string, w: WShape, x: string, where: string, m: MShape): string {
    if (w.kind !== 'primitive') return this.unsupported(where, m, w);
    switch (type) {
      case 'string':
        return w.name === 'string' || w.name === 'char' ? `R.witStr(${x})` : this.unsupported(where, m, w);
      case 'boolean':
        return w.name === 'bool' ? `R.witBool(${x})` : this.unsupported(where, m, w);
      case 'integer':
      case 'number': {
        if (w.name === 's64') return `R.witS64(${x})`;
        if (w.name === 'u64') return `R.witU64(${x})`;
        const r = INT_RANGES[w.name];
        if (r) return `R.witInt(${x}, ${r[0]}, ${r[1]}, '${w.name}-range')`;
        if (w.name === 'f64' || w.name === 'f32') return type === 'integer' ? `R.witIntegral(${x})` : `R.witF64(${x})`;
        return this.unsupported(where, m, w);
      }
      default:
        return this.unsupported(where, m, w);
    }
  }

  private mapValue(w: WShape): WitType | undefined {
    if (w.kind !== 'list') return undefined;
    const el = resolveWit(this.wit, w.element);
    if (el.kind !== 'tuple' || el.elements.length !== 2) return undefined;
    const k = resolveWit(this.wit, el.elements[0] as WitType);
    if (k.kind !== 'primitive' || k.name !== 'string') return undefined;
    return el.elements[1];
  }

  // ---- enums ---------------------------------------------------------------------------------

  private enumeration(values: string[], cases: Case[]): [string, string] {
    const [to, from] = this.inlineEnum(values, cases);
    // The arrow bodies, as the function's own body: no closure per call.
    const body = (arrow: string): string => arrow.replace(/^\(v: \w+\) => \{/, 'const v = x;').replace(/\}$/, '');
    return [body(to), body(from)];
  }

  /** Two arrow functions: value -> case label (validated input), case label -> value (checked). */
  private inlineEnum(values: string[], cases: Case[]): [string, string] {
    const labels = new Set(cases.map((c) => c.name));
    const pairs = values.map((v) => [v, caseName(v)] as const).filter(([, l]) => labels.has(l));
    const lost = values.filter((v) => !labels.has(caseName(v)));
    const to = `(v: string) => { switch (v) { ${pairs.map(([v, l]) => `case ${lit(v)}: return ${lit(l)} as const;`).join(' ')} default: return R.badEnum(v, ${lit(pairs.map(([v]) => v))}); } }`;
    const from = `(v: unknown) => { switch (v) { ${pairs.map(([v, l]) => `case ${lit(l)}: return ${lit(v)};`).join(' ')} default: return R.badEnum(v, ${lit(pairs.map(([, l]) => l))}); } }`;
    if (lost.length > 0) this.diagnostics.push(warning('codec-lossy-enum', `enum values without a case fail at run time: ${lost.join(', ')}`));
    return [to, from];
  }

  // ---- records -------------------------------------------------------------------------------

  private record(m: Extract<MShape, { kind: 'object' }>, w: Extract<WShape, { kind: 'record' }>): [string, string] {
    const fields = new Map(w.fields.map((f) => [f.name, f]));
    const used = new Set<string>();
    const toParts: string[] = [];
    const fromParts: string[] = [];
    for (const p of m.properties) {
      const f = fields.get(fieldName(p.name));
      if (!f) {
        const c = resolveMcp(this.mcp, p.type);
        if (p.required && c.kind === 'const') fromParts.push(`out[${lit(p.name)}] = ${lit(c.value)};`);
        continue; // dropped: the checker reports it as missing
      }
      used.add(f.name);
      const key = lowerCamel(f.name);
      toParts.push(`at = ${lit(p.name)}; const ${safeId(key)}_ = ${this.slotTo(p, f.type, prop('x', p.name), `${m.name}.${p.name}`)};`);
      fromParts.push(`at = ${lit(key)}; ${this.slotFrom(p, f.type, prop('r', key), `out[${lit(p.name)}]`, `${m.name}.${p.name}`)}`);
    }
    const extra = w.fields.filter((f) => !used.has(f.name));
    for (const f of extra) {
      if (!canBeUndefined(this.wit, f.type)) {
        this.diagnostics.push(warning('codec-extra-field', `${m.name}: required WIT field ${f.name} has no MCP property; toWit fails at run time`));
      }
    }
    const objectFields = w.fields.map((f) => {
      const key = lowerCamel(f.name);
      if (used.has(f.name)) return `${key}: ${safeId(key)}_`;
      return canBeUndefined(this.wit, f.type) ? `${key}: undefined` : `${key}: R.fail('unsupported', ${lit(`no MCP property for ${f.name}`)})`;
    });
    const to = `let at = ''; try { ${toParts.join(' ')} return { ${objectFields.join(', ')} }; } catch (e) { return R.rethrow(e, at); }`;
    const from = `const r = R.witRecord(x); const out: Record<string, unknown> = {}; let at = ''; try { ${fromParts.join(' ')} } catch (e) { return R.rethrow(e, at); } return out;`;
    return [to, from];
  }

  /** A property (or parameter) into its WIT slot: optional <-> option. */
  slotTo(p: Pick<Property, 'name' | 'type' | 'required'>, witType: WitType, x: string, where: string): string {
    const slot = resolveWit(this.wit, witType);
    if (slot.kind === 'option') {
      // A required property goes through the option itself, where `T | null` maps null to none.
      if (p.required) return this.to(p.type, witType, x, where);
      const tagged = canBeUndefined(this.wit, slot.inner);
      const inner = this.to(p.type, slot.inner, x, where);
      const some = tagged ? `{ tag: 'some' as const, val: ${inner} }` : inner;
      const none = tagged ? `{ tag: 'none' as const }` : 'undefined';
      return `${x} === undefined ? ${none} : ${some}`;
    }
    if (!p.required) return `${x} === undefined ? R.fail('not-representable', ${lit(`${where} is optional in MCP but required in WIT`)}) : ${this.to(p.type, witType, x, where)}`;
    return this.to(p.type, witType, x, where);
  }

  /** A WIT slot back into a property: a statement that sets `target` or leaves it out. */
  slotFrom(p: Pick<Property, 'name' | 'type' | 'required'>, witType: WitType, x: string, target: string, where: string): string {
    const slot = resolveWit(this.wit, witType);
    const t = this.fresh();
    if (slot.kind === 'option' && p.required && nonNull(resolveMcp(this.mcp, p.type))) {
      return `${target} = ${this.from(p.type, witType, x, where)};`;
    }
    if (slot.kind === 'option') {
      const missing = p.required ? ` else R.fail('required', ${lit(`${p.name} is required`)});` : '';
      if (canBeUndefined(this.wit, slot.inner)) {
        return `{ const ${t} = ${x} === undefined ? { some: false } : R.taggedFromWit(${x}); if (${t}.some) ${target} = ${this.from(p.type, slot.inner, `${t}.val`, where)};${missing} }`;
      }
      return `{ const ${t} = ${x}; if (!R.isNone(${t})) ${target} = ${this.from(p.type, slot.inner, t, where)};${missing} }`;
    }
    return `${target} = ${this.from(p.type, witType, x, where)};`;
  }

  // ---- variants ------------------------------------------------------------------------------

  private variant(m: Extract<MShape, { kind: 'union' }>, w: Extract<WShape, { kind: 'variant' }>, where: string): [string, string] {
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

function needsFunction(m: MShape, w: WShape): boolean {
  return (m.kind === 'object' && w.kind === 'record') || (m.kind === 'union' && w.kind === 'variant') || (m.kind === 'enum' && w.kind === 'enum');
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

export function neverShape(m: never): never {
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

/** Whether a WIT type carries its MCP value as JSON text: the `json` alias, or `list<u8>` for anything but an array. */
export function isJsonCarrier(m: MShape, w: WShape): boolean {
  if (w.names.includes('json')) return true;
  return w.kind === 'list' && w.element.kind === 'primitive' && w.element.name === 'u8' && m.kind !== 'array';
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
