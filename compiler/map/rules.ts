// The rule table: every decision the checker makes about how faithfully a WIT type carries an MCP
// type is one named rule here, tried in order. A rule looks at one pair (two types, or two slots:
// a property and a field, a property and a parameter, a union member and a variant case) and
// either does not apply or gives a verdict, a reason and the sub-pairs to compare next. The
// engine (compare.ts) recurses and memoizes; it decides nothing itself. A pair no rule covers is
// a CheckerError (`no-rule`), never a silent pass.
import type { McpModel, McpType } from '../schema/model.js';
import type { Field, WitModel, WitType } from '../wit/model.js';
import { caseName, fieldName, kebab } from './names.js';
import {
  CheckerError,
  describeWit,
  type McpSlot,
  type MShape,
  nonNull,
  resolveMcp,
  resolveWit,
  type WitSlot,
  type WShape,
} from './shapes.js';
import type { Verdict } from './verdicts.js';

export interface RuleContext {
  mcp: McpModel;
  wit: WitModel;
  /**
   * Per MCP object type, the field of its record that carries the members beyond the declared
   * properties (the manifest's `rest`, as JSON object text). Absent: no record has one.
   */
  rest?: Readonly<Record<string, string>>;
}

export type Child =
  | { level: 'type'; path: string; mcp: McpType; wit: WitType }
  | { level: 'slot'; path: string; mcp?: McpSlot; wit?: WitSlot };

export interface Outcome {
  verdict: Verdict;
  reason: string;
  children?: Child[];
  /** Remarks that are not losses (an object open on purpose). */
  notes?: string[];
}

export interface TypeRule<Id extends string = string> {
  id: Id;
  level: 'type';
  description: string;
  applies(mcp: MShape, wit: WShape, ctx: RuleContext): Outcome | undefined;
}

export interface SlotRule<Id extends string = string> {
  id: Id;
  level: 'slot';
  description: string;
  applies(mcp: McpSlot | undefined, wit: WitSlot | undefined, ctx: RuleContext): Outcome | undefined;
}

export type Rule = TypeRule | SlotRule;

const INTEGERS_NARROWER = new Set(['u64', 'u32', 'u16', 'u8', 's32', 's16', 's8']);
const INTEGERS = new Set([...INTEGERS_NARROWER, 's64']);
/** WIT kinds that hold plain data: anything else in a data position has no rule. */
const DATA_KINDS = new Set<WShape['kind']>(['primitive', 'list', 'option', 'result', 'tuple', 'record', 'variant', 'enum', 'flags', 'unit']);

function isJsonCarrier(m: MShape, w: WShape): boolean {
  if (w.names.includes('json')) return true;
  return w.kind === 'list' && w.element.kind === 'primitive' && w.element.name === 'u8' && m.kind !== 'array';
}

/** The JSON carrier a rest field must be: `json` or `option<json>` (none: no member beyond the declared ones). */
function isRestCarrier(ctx: RuleContext, type: WitType): boolean {
  const w = resolveWit(ctx.wit, type);
  const inner = w.kind === 'option' ? resolveWit(ctx.wit, w.inner) : w;
  return inner.names.includes('json') || (inner.kind === 'list' && inner.element.kind === 'primitive' && inner.element.name === 'u8');
}

/**
 * The field of record `w` that carries the members of the open object `m` beyond its declared
 * properties: the one the manifest names (`rest`), when the record has it as `json` or
 * `option<json>` and no property maps to it. Every codec path asks this too.
 */
export function restField(ctx: RuleContext, m: Extract<MShape, { kind: 'object' }>, w: Extract<WShape, { kind: 'record' }>): Field | undefined {
  const name = m.open ? ctx.rest?.[m.name] : undefined;
  if (name === undefined || m.properties.some((p) => fieldName(p.name) === name)) return undefined;
  const f = w.fields.find((x) => x.name === name);
  return f && isRestCarrier(ctx, f.type) ? f : undefined;
}

/** Fields of `w` that no property of `m` maps to and that could be its rest field (json or option<json>), for a hint. */
function restCandidates(ctx: RuleContext, m: Extract<MShape, { kind: 'object' }>, w: Extract<WShape, { kind: 'record' }>): string[] {
  const labels = new Set(m.properties.map((p) => fieldName(p.name)));
  return w.fields.filter((f) => !labels.has(f.name) && isRestCarrier(ctx, f.type)).map((f) => f.name);
}

/** An object's properties against a record's fields, by kebab-case name: one slot pair each (either side may be absent); the rest field, if any, carries the members beyond them. */
function recordChildren(m: Extract<MShape, { kind: 'object' }>, w: Extract<WShape, { kind: 'record' }>, rest?: Field): Child[] {
  const byName = new Map(w.fields.filter((f) => f !== rest).map((f) => [f.name, f]));
  const children: Child[] = [];
  const used = new Set<string>();
  for (const p of m.properties) {
    const label = fieldName(p.name);
    const f = byName.get(label);
    const slot: McpSlot = { kind: 'property', name: p.name, label, type: p.type, required: p.required, pointer: p.pointer };
    if (f) {
      used.add(f.name);
      children.push({ level: 'slot', path: `.${p.name}`, mcp: slot, wit: { kind: 'field', name: f.name, type: f.type, span: f.span } });
    } else {
      children.push({ level: 'slot', path: `.${p.name}`, mcp: slot });
    }
  }
  for (const f of w.fields) {
    if (f === rest || used.has(f.name)) continue;
    children.push({ level: 'slot', path: `.${f.name}`, wit: { kind: 'field', name: f.name, type: f.type, span: f.span } });
  }
  if (rest) {
    const slot: McpSlot = { kind: 'rest', name: '*', label: rest.name, type: { kind: 'json' }, required: false };
    children.push({ level: 'slot', path: `.${rest.name}`, mcp: slot, wit: { kind: 'field', name: rest.name, type: rest.type, span: rest.span } });
  }
  return children;
}

function isPrim(w: WShape, ...names: string[]): boolean {
  return w.kind === 'primitive' && names.includes(w.name);
}

function mcpName(m: MShape): string {
  if (m.names.length > 0) return m.names[0] as string;
  switch (m.kind) {
    case 'primitive':
      return m.type;
    case 'object':
      return m.name;
    default:
      return m.kind;
  }
}

function witName(w: WShape): string {
  if (w.names.length > 0) return w.names[0] as string;
  return w.kind === 'primitive' ? w.name : w.kind;
}

/** The labels a union member may appear under as a variant case: its const value, then its type. */
export function memberLabels(ctx: RuleContext, member: McpType, discriminator: string | undefined): string[] {
  const labels: string[] = [];
  if (member.kind === 'ref' && discriminator !== undefined) {
    const shape = resolveMcp(ctx.mcp, member);
    if (shape.kind === 'object') {
      const prop = shape.properties.find((p) => p.name === discriminator);
      if (prop) {
        const c = resolveMcp(ctx.mcp, prop.type);
        if (c.kind === 'const' && typeof c.value === 'string') labels.push(caseName(c.value));
      }
    }
  }
  switch (member.kind) {
    case 'ref':
      labels.push(kebab(member.name));
      break;
    case 'primitive':
      labels.push(member.type);
      break;
    case 'const':
      labels.push(caseName(String(member.value)));
      break;
    case 'enum':
    case 'array':
    case 'map':
    case 'json':
    case 'union':
      labels.push(member.kind);
      break;
    default:
      labels.push(String((member as { kind: string }).kind));
  }
  return [...new Set(labels)];
}

/** `T | null` (or `A | B | null`): the members other than null, when the union has a null member. */
export function nullable(ctx: RuleContext, type: McpType): McpType | undefined {
  const shape = resolveMcp(ctx.mcp, type);
  return nonNull(shape);
}


/**
 * A union without a declared discriminator (one member is an array, say) whose object members
 * all have a required const string property: that property still names their cases. `type` first.
 */
export function implicitDiscriminator(ctx: RuleContext, members: McpType[]): string | undefined {
  let common: Set<string> | undefined;
  for (const member of members) {
    if (member.kind !== 'ref') continue;
    const shape = resolveMcp(ctx.mcp, member);
    if (shape.kind !== 'object') continue;
    const names = new Set(
      shape.properties
        .filter((p) => {
          const c = resolveMcp(ctx.mcp, p.type);
          return p.required && c.kind === 'const' && typeof c.value === 'string';
        })
        .map((p) => p.name),
    );
    common = common ? new Set([...common].filter((n) => names.has(n))) : names;
  }
  if (!common || common.size === 0) return undefined;
  return common.has('type') ? 'type' : [...common].sort()[0];
}

function isConstType(ctx: RuleContext, type: McpType): boolean {
  return resolveMcp(ctx.mcp, type).kind === 'const';
}

function optionOf(ctx: RuleContext, type: WitType | undefined): WitType | undefined {
  if (type === undefined) return undefined;
  const s = resolveWit(ctx.wit, type);
  return s.kind === 'option' ? s.inner : undefined;
}

function typeChild(mcp: McpSlot, wit: WitType): Child[] {
  return [{ level: 'type', path: '', mcp: mcp.type, wit }];
}

const noun = (m: McpSlot): string =>
  m.kind === 'case' ? 'union member' : m.kind === 'param' ? 'params property' : m.kind === 'params' ? 'params' : m.kind === 'rest' ? 'members beyond the declared ones' : 'property';

/**
 * What schema.ts says of `resultType` and the JSON schema loses (there it is any string, since
 * `ResultType = "complete" | "input_required" | string`): `"input_required"` marks an
 * `InputRequiredResult`, `"complete"` every other result, and an absent `resultType` (a server of
 * an earlier version) means `"complete"`. A codec carries these values by the WIT variant case or
 * by the result's type, and refuses any other value with an error naming it: never dropped.
 */
export const RESULT_TYPE = {
  property: 'resultType',
  /** The result definitions with a value of their own; every other result is `otherwise`. */
  values: { InputRequiredResult: 'input_required' } as Readonly<Record<string, string>>,
  otherwise: 'complete',
  absent: 'complete',
} as const;

/** The `resultType` a result type stands for (`RESULT_TYPE`): its own value, else "complete". */
export function resultTypeOf(result: string | undefined): string {
  return result === undefined ? RESULT_TYPE.otherwise : (RESULT_TYPE.values[result] ?? RESULT_TYPE.otherwise);
}

/** For a union of results: the `resultType` value each member stands for, or undefined when it is not one. */
export function resultTypeCases(model: McpModel, members: McpType[]): { member: McpType; value: string }[] | undefined {
  if (members.length < 2) return undefined;
  const cases = members.map((member) => {
    if (member.kind !== 'ref') return undefined;
    const shape = resolveMcp(model, member);
    if (shape.kind !== 'object' || !shape.properties.some((p) => p.name === RESULT_TYPE.property)) return undefined;
    return { member, value: resultTypeOf(member.name) };
  });
  if (cases.some((c) => c === undefined)) return undefined;
  const values = cases.map((c) => c!.value);
  return new Set(values).size === values.length ? (cases as { member: McpType; value: string }[]) : undefined;
}

/**
 * A variant that encodes an integer (an error code): every case but one has no payload and a doc
 * that starts with its integer (`/// -32602: invalid params`); the one `other(s64)` case carries
 * any other integer. Undefined when the variant is not one.
 */
export function codeVariant(cases: readonly { name: string; type?: WitType; docs?: string }[], wit: WitModel): { known: [string, number][]; other: string } | undefined {
  const known: [string, number][] = [];
  let other: string | undefined;
  for (const c of cases) {
    if (c.type !== undefined) {
      const payload = resolveWit(wit, c.type);
      if (other !== undefined || payload.kind !== 'primitive' || payload.name !== 's64') return undefined;
      other = c.name;
      continue;
    }
    const m = /^\s*(-?\d+)\s*:/.exec(c.docs ?? '');
    if (!m) return undefined;
    known.push([c.name, Number(m[1])]);
  }
  if (other === undefined || new Set(known.map(([, n]) => n)).size !== known.length) return undefined;
  return { known, other };
}

export const RULES = ruleTable([
  // ---- slots: presence, optionality, const ------------------------------------------------
  {
    id: 'rest-members',
    level: 'slot',
    description:
      'The members of an open object beyond its declared properties, in the record field the manifest names `rest` (`option<json>`, none when there ' +
      'are none, or `json`): one JSON object text holding each such member as sent; a codec refuses a key in it that is a declared property. Encoded.',
    applies: (m, w) =>
      m?.kind === 'rest' && w?.type
        ? { verdict: 'encoded', reason: `the members beyond the declared properties as one JSON object text in ${w.name}` }
        : undefined,
  },
  {
    id: 'result-type-implied',
    level: 'slot',
    description:
      'A result\'s `resultType` needs no field: `"complete"` for a result, or the case of a union decoded by `resultType` ' +
      '(`result-type-union`); absent means `"complete"`, and a codec refuses any other value rather than drop it.',
    applies: (m, w) =>
      m && !w && (m.kind === 'property' || m.kind === 'param') && m.name === RESULT_TYPE.property
        ? { verdict: 'exact', reason: `${RESULT_TYPE.property}: implied by the result type or its variant case` }
        : undefined,
  },
  {
    id: 'const-implied',
    level: 'slot',
    description: 'A required `const` property needs no field: the WIT type implies its value.',
    applies: (m, w, ctx) =>
      m && !w && m.required && m.kind !== 'case' && isConstType(ctx, m.type)
        ? { verdict: 'exact', reason: `required const ${m.name}: implied by the type` }
        : undefined,
  },
  {
    id: 'params-absent',
    level: 'slot',
    description: 'Optional params whose properties are all optional: an absent params object and `{}` are the same.',
    applies: (m, w, ctx) => {
      if (!m || !w?.type || m.kind !== 'params' || m.required || optionOf(ctx, w.type)) return undefined;
      const shape = resolveMcp(ctx.mcp, m.type);
      if (shape.kind !== 'object' || shape.properties.some((p) => p.required)) return undefined;
      return { verdict: 'exact', reason: 'optional params with only optional properties', children: typeChild(m, w.type) };
    },
  },
  {
    id: 'slot-missing',
    level: 'slot',
    description: 'An MCP property (or union member) with no WIT field (or case) is not carried.',
    applies: (m, w) =>
      m && !w
        ? { verdict: 'missing', reason: `${noun(m)} ${m.name} has no WIT ${m.kind === 'case' ? 'case' : m.kind === 'property' ? 'field' : 'parameter'} ${m.label}` }
        : undefined,
  },
  {
    id: 'slot-extra',
    level: 'slot',
    description: 'A WIT field, parameter or case with no MCP counterpart: values are kept, the extra is noted.',
    applies: (m, w, ctx) =>
      !m && w
        ? {
            verdict: 'extra',
            reason:
              w.kind === 'case'
                ? `WIT case ${w.name} matches no MCP union member`
                : optionOf(ctx, w.type)
                  ? `optional WIT ${w.kind} ${w.name} has no MCP property`
                  : `required WIT ${w.kind} ${w.name} has no MCP property: a decoder has nothing to fill it with`,
          }
        : undefined,
  },
  {
    id: 'case-without-payload',
    level: 'slot',
    description: 'A variant case without a payload carries a union member only when the member is a const.',
    applies: (m, w, ctx) =>
      m && w && w.type === undefined
        ? isConstType(ctx, m.type)
          ? { verdict: 'exact', reason: `const member ${m.name} as a case without payload` }
          : { verdict: 'lossy', reason: `case ${w.name} has no payload for member ${m.name}` }
        : undefined,
  },
  {
    id: 'nullable-as-option',
    level: 'slot',
    description: 'A required property whose type admits `null` (`T | null`) carried by `option<T>`: none is null (exact). Optional and nullable in one `option<T>`: absent and null are conflated (lossy).',
    applies: (m, w, ctx) => {
      if (!m || !w?.type || m.kind === 'case' || !optionOf(ctx, w.type) || !nullable(ctx, m.type)) return undefined;
      const children: Child[] = [{ level: 'type', path: '', mcp: m.type, wit: w.type }];
      return m.required
        ? { verdict: 'exact', reason: 'nullable as option', children }
        : { verdict: 'lossy', reason: `optional and nullable ${noun(m)} ${m.name}: absent and null are one none`, children };
    },
  },
  {
    id: 'required-as-option',
    level: 'slot',
    description: 'A required MCP property carried by `option<T>`: the WIT type admits its absence (lossy).',
    applies: (m, w, ctx) => {
      const inner = optionOf(ctx, w?.type);
      return m && w && m.required && m.kind !== 'case' && inner
        ? { verdict: 'lossy', reason: `required ${noun(m)} ${m.name} is optional in WIT`, children: typeChild(m, inner) }
        : undefined;
    },
  },
  {
    id: 'optional-as-option',
    level: 'slot',
    description: 'An optional MCP property carried by `option<T>`.',
    applies: (m, w, ctx) => {
      const inner = optionOf(ctx, w?.type);
      return m && w && !m.required && inner
        ? { verdict: 'exact', reason: 'optional as option', children: typeChild(m, inner) }
        : undefined;
    },
  },
  {
    id: 'optional-as-required',
    level: 'slot',
    description: 'An optional MCP property carried by a plain T: absence cannot be expressed (lossy).',
    applies: (m, w) =>
      m && w?.type && !m.required
        ? { verdict: 'lossy', reason: `optional ${noun(m)} ${m.name} is required in WIT`, children: typeChild(m, w.type) }
        : undefined,
  },
  {
    id: 'required',
    level: 'slot',
    description: 'A required MCP property (or a union member) carried by a plain T.',
    applies: (m, w) =>
      m && w?.type && m.required ? { verdict: 'exact', reason: 'present on both sides', children: typeChild(m, w.type) } : undefined,
  },

  // ---- types: JSON carriers ----------------------------------------------------------------
  {
    id: 'json-carrier',
    level: 'type',
    description: 'Any MCP value carried as JSON text in `json` (`type json = list<u8>`) or `list<u8>`: encoded.',
    applies: (m, w) =>
      isJsonCarrier(m, w)
        ? {
            verdict: 'encoded',
            reason: m.kind === 'json' ? 'arbitrary JSON as JSON text' : `${mcpName(m)} as JSON text: its structure is not in the WIT type`,
          }
        : undefined,
  },
  {
    id: 'json-as-string',
    level: 'type',
    description: 'Arbitrary MCP JSON carried as JSON text in a `string`: encoded.',
    applies: (m, w) => (m.kind === 'json' && isPrim(w, 'string') ? { verdict: 'encoded', reason: 'arbitrary JSON as JSON text in a string' } : undefined),
  },
  {
    id: 'json-into-typed',
    level: 'type',
    description: 'Arbitrary MCP JSON carried by a typed WIT value: most values have no representation (lossy).',
    applies: (m, w) =>
      m.kind === 'json' && DATA_KINDS.has(w.kind)
        ? { verdict: 'lossy', reason: `arbitrary JSON carried by ${witName(w)}` }
        : undefined,
  },

  // ---- types: primitives -------------------------------------------------------------------
  {
    id: 'string',
    level: 'type',
    description: '`string` as `string`: exact; as `char`: lossy.',
    applies: (m, w) => {
      if (m.kind !== 'primitive' || m.type !== 'string' || w.kind !== 'primitive') return undefined;
      if (w.name === 'string') return { verdict: 'exact', reason: 'string' };
      if (w.name === 'char') return { verdict: 'lossy', reason: 'string as a single char' };
      return undefined;
    },
  },
  {
    id: 'boolean',
    level: 'type',
    description: '`boolean` as `bool`: exact.',
    applies: (m, w) => (m.kind === 'primitive' && m.type === 'boolean' && isPrim(w, 'bool') ? { verdict: 'exact', reason: 'boolean' } : undefined),
  },
  {
    id: 'integer',
    level: 'type',
    description:
      '`integer` as `s64`: exact. As `u64`, `u32`, `s32` (or smaller): narrowed (range). As `f64`: narrowed ' +
      '(every integer up to 2^53, all a JSON peer exchanges reliably, round-trips; the type no longer says integer). As `f32`: lossy.',
    applies: (m, w) => {
      if (m.kind !== 'primitive' || m.type !== 'integer' || w.kind !== 'primitive') return undefined;
      if (w.name === 's64') return { verdict: 'exact', reason: 'integer as s64' };
      if (INTEGERS_NARROWER.has(w.name)) return { verdict: 'narrowed', reason: `integer as ${w.name}: values outside its range are lost` };
      if (w.name === 'f64') return { verdict: 'narrowed', reason: 'integer as f64: exact up to 2^53, integrality not in the type' };
      if (w.name === 'f32') return { verdict: 'lossy', reason: 'integer as f32: precision lost above 2^24' };
      return undefined;
    },
  },
  {
    id: 'integer-as-code-variant',
    level: 'type',
    description:
      'An integer (an error code) as a variant whose payload-free cases each document their integer (`/// -32602: ...`) and whose one ' +
      '`other(s64)` case carries any other: encoded, every integer has exactly one WIT value.',
    applies: (m, w, ctx) => {
      if (m.kind !== 'primitive' || m.type !== 'integer' || w.kind !== 'variant') return undefined;
      const code = codeVariant(w.cases, ctx.wit);
      return code ? { verdict: 'encoded', reason: `integer as a code variant (${code.known.length} documented codes, any other as ${code.other})` } : undefined;
    },
  },
  {
    id: 'number',
    level: 'type',
    description: '`number` as `f64`: exact. As `f32`: lossy (precision). As an integer type: lossy (fractions).',
    applies: (m, w) => {
      if (m.kind !== 'primitive' || m.type !== 'number' || w.kind !== 'primitive') return undefined;
      if (w.name === 'f64') return { verdict: 'exact', reason: 'number as f64' };
      if (w.name === 'f32') return { verdict: 'lossy', reason: 'number as f32: precision lost' };
      if (INTEGERS.has(w.name)) return { verdict: 'lossy', reason: `number as ${w.name}: fractions lost` };
      return undefined;
    },
  },
  {
    id: 'const',
    level: 'type',
    description: 'A `const` carried as a value: by its primitive type, or an enum with its case (exact).',
    applies: (m, w) => {
      if (m.kind !== 'const') return undefined;
      const v = m.value;
      if (w.kind === 'unit') return { verdict: 'exact', reason: 'const as a case without payload' };
      if (w.kind === 'enum') {
        if (typeof v === 'string' && w.cases.some((c) => c.name === caseName(v))) return { verdict: 'exact', reason: `const ${JSON.stringify(v)} as enum case` };
        return { verdict: 'lossy', reason: `const ${JSON.stringify(v)} has no case in ${witName(w)}` };
      }
      if (w.kind !== 'primitive') return undefined;
      if (typeof v === 'string' && w.name === 'string') return { verdict: 'exact', reason: 'const string as string' };
      if (typeof v === 'boolean' && w.name === 'bool') return { verdict: 'exact', reason: 'const boolean as bool' };
      if (typeof v === 'number' && (INTEGERS.has(w.name) || w.name === 'f64' || w.name === 'f32')) {
        return { verdict: 'exact', reason: `const ${v} as ${w.name}` };
      }
      return undefined;
    },
  },
  {
    id: 'enum',
    level: 'type',
    description: 'A string enum as a WIT `enum`, cases by kebab-case value: exact; values without a case: lossy; extra cases: extra.',
    applies: (m, w) => {
      if (m.kind !== 'enum' || w.kind !== 'enum') return undefined;
      const cases = new Set(w.cases.map((c) => c.name));
      const labels = new Set(m.values.map(caseName));
      const absent = m.values.filter((v) => !cases.has(caseName(v)));
      const extra = [...cases].filter((c) => !labels.has(c));
      if (absent.length > 0) return { verdict: 'lossy', reason: `values without a case: ${absent.map((v) => JSON.stringify(v)).join(', ')}` };
      if (extra.length > 0) return { verdict: 'extra', reason: `cases without a value: ${extra.join(', ')}` };
      return { verdict: 'exact', reason: 'enum cases match' };
    },
  },
  {
    id: 'enum-as-string',
    level: 'type',
    description: 'A string enum as `string`: the allowed values are not in the type (lossy).',
    applies: (m, w) => (m.kind === 'enum' && isPrim(w, 'string') ? { verdict: 'lossy', reason: 'enum as string: allowed values not in the type' } : undefined),
  },

  // ---- types: containers -------------------------------------------------------------------
  {
    id: 'array',
    level: 'type',
    description: '`array` of T as `list<T>`: exact (elements compared).',
    applies: (m, w) =>
      m.kind === 'array' && w.kind === 'list'
        ? { verdict: 'exact', reason: 'array as list', children: [{ level: 'type', path: '[]', mcp: m.items, wit: w.element }] }
        : undefined,
  },
  {
    id: 'map',
    level: 'type',
    description: 'A string-keyed map (`additionalProperties: T`, no properties) as `list<tuple<string, T>>`: exact.',
    applies: (m, w, ctx) => {
      if (m.kind !== 'map' || w.kind !== 'list') return undefined;
      const el = resolveWit(ctx.wit, w.element);
      if (el.kind !== 'tuple' || el.elements.length !== 2) return undefined;
      const [k, v] = el.elements as [WitType, WitType];
      const key = resolveWit(ctx.wit, k);
      if (key.kind !== 'primitive' || key.name !== 'string') return undefined;
      return { verdict: 'exact', reason: 'map as list<tuple<string, T>>', children: [{ level: 'type', path: '{}', mcp: m.values, wit: v }] };
    },
  },
  {
    id: 'map-as-wit-map',
    level: 'type',
    description: 'A string-keyed map (`additionalProperties: T`, no properties) as `map<string, T>`: exact.',
    applies: (m, w, ctx) => {
      if (m.kind !== 'map' || w.kind !== 'map') return undefined;
      const key = resolveWit(ctx.wit, w.key);
      if (key.kind !== 'primitive' || key.name !== 'string') return { verdict: 'lossy', reason: `JSON object keys are strings; these are ${describeWit(ctx.wit, w.key)}` };
      return { verdict: 'exact', reason: 'map as map<string, T>', children: [{ level: 'type', path: '{}', mcp: m.values, wit: w.value }] };
    },
  },
  {
    id: 'open-object-with-rest',
    level: 'type',
    description:
      'An open object (see `open-object-as-record`) as a record with a rest field (the manifest\'s `rest`: `json` or `option<json>`) that carries ' +
      'every member beyond the declared fields as one JSON object text: nothing is lost.',
    applies: (m, w, ctx) => {
      if (m.kind !== 'object' || !m.open || w.kind !== 'record') return undefined;
      const rest = restField(ctx, m, w);
      return rest
        ? { verdict: 'exact', reason: `open ${m.name}: declared fields by name, every other member in ${rest.name}`, children: recordChildren(m, w, rest) }
        : undefined;
    },
  },
  {
    id: 'open-object-as-record',
    level: 'type',
    description:
      'An open object as a record without a rest field: members beyond the declared fields have no place (lossy). Open: the JSON schema ' +
      'states `additionalProperties`, or the object is a `_meta` (MCP\'s extension point: the specification reserves `_meta` for additional ' +
      'metadata, and schema.ts declares every meta object a `Record<string, unknown>`). Carry it as `json`, or give the record a rest field.',
    applies: (m, w, ctx) =>
      m.kind === 'object' && m.open && w.kind === 'record'
        ? {
            verdict: 'lossy',
            reason:
              `${m.name} is open (${m.openBy === 'meta' ? 'a _meta object' : 'additionalProperties'}): a record keeps only the declared fields, so any other member is lost` +
              (ctx.rest?.[m.name] !== undefined
                ? ` (the manifest's rest field ${ctx.rest[m.name]} is not a json or option<json> field of it)`
                : restCandidates(ctx, m, w).map((f) => ` (its field ${f} could carry them: name it as the type's "rest" in the manifest)`).join('')),
            children: recordChildren(m, w),
          }
        : undefined,
  },
  {
    id: 'object-as-record',
    level: 'type',
    description: 'An object with properties as a record: fields by kebab-case name, any order (`_meta` -> `meta`).',
    applies: (m, w) => (m.kind === 'object' && w.kind === 'record' ? { verdict: 'exact', reason: 'object as record', children: recordChildren(m, w) } : undefined),
  },
  {
    id: 'nullable-union',
    level: 'type',
    description: 'A union with a `null` member as `option<T>`: null is none, the other members compare with T.',
    applies: (m, w) => {
      if (m.kind !== 'union' || w.kind !== 'option') return undefined;
      const rest = nonNull(m);
      return rest ? { verdict: 'exact', reason: 'null as none', children: [{ level: 'type', path: '?', mcp: rest, wit: w.inner }] } : undefined;
    },
  },
  {
    id: 'result-type-union',
    level: 'type',
    description:
      'A union of results (`CallToolResult | InputRequiredResult`, the JSON schema cannot tell them apart) as a variant whose cases are named by ' +
      'the `resultType` value each member stands for (`complete`, `input-required`): decoded by `resultType`, absent meaning `complete`.',
    applies: (m, w, ctx) => {
      if (m.kind !== 'union' || w.kind !== 'variant') return undefined;
      const cases = resultTypeCases(ctx.mcp, m.members);
      if (!cases) return undefined;
      const byName = new Map(w.cases.map((c) => [c.name, c]));
      const children: Child[] = cases.map(({ member, value }) => {
        const name = caseName(value);
        const slot: McpSlot = { kind: 'case', name, label: name, type: member, required: true };
        const c = byName.get(name);
        if (!c) return { level: 'slot', path: `|${name}`, mcp: slot };
        const ws: WitSlot = { kind: 'case', name: c.name, span: c.span };
        if (c.type) ws.type = c.type;
        return { level: 'slot', path: `|${name}`, mcp: slot, wit: ws };
      });
      const named = new Set(cases.map((c) => caseName(c.value)));
      for (const c of w.cases) {
        if (named.has(c.name)) continue;
        const ws: WitSlot = { kind: 'case', name: c.name, span: c.span };
        if (c.type) ws.type = c.type;
        children.push({ level: 'slot', path: `|${c.name}`, wit: ws });
      }
      return { verdict: 'exact', reason: `union decoded by ${RESULT_TYPE.property}`, children };
    },
  },
  {
    id: 'union-as-variant',
    level: 'type',
    description:
      'A union as a variant: cases by the const discriminator value (declared, or a required const string property every object member has), ' +
      'else by member type name (`string`, `integer`, `array`, kebab type name); a member that is itself a union may be flattened into the cases. ' +
      'Members without a case: missing; cases without a member: extra.',
    applies: (m, w, ctx) => {
      if (m.kind !== 'union' || w.kind !== 'variant') return undefined;
      const byName = new Map(w.cases.map((c) => [c.name, c]));
      const used = new Set<string>();
      const children: Child[] = [];
      const discriminator = m.discriminator ?? implicitDiscriminator(ctx, m.members);
      const place = (member: McpType, depth: number): void => {
        const labels = memberLabels(ctx, member, discriminator);
        const label = labels.find((l) => byName.has(l) && !used.has(l));
        // a member that is itself a union without a case of its own may be flattened into this variant
        const inner = label === undefined && depth < 4 ? resolveMcp(ctx.mcp, member) : undefined;
        if (inner?.kind === 'union') {
          for (const x of inner.members) place(x, depth + 1);
          return;
        }
        const name = label ?? (labels[0] as string);
        const slot: McpSlot = { kind: 'case', name, label: name, type: member, required: true };
        const c = label === undefined ? undefined : byName.get(label);
        if (c) {
          used.add(c.name);
          const ws: WitSlot = { kind: 'case', name: c.name, span: c.span };
          if (c.type) ws.type = c.type;
          children.push({ level: 'slot', path: `|${name}`, mcp: slot, wit: ws });
        } else {
          children.push({ level: 'slot', path: `|${name}`, mcp: slot });
        }
      };
      for (const member of m.members) place(member, 0);
      for (const c of w.cases) {
        if (used.has(c.name)) continue;
        const ws: WitSlot = { kind: 'case', name: c.name, span: c.span };
        if (c.type) ws.type = c.type;
        children.push({ level: 'slot', path: `|${c.name}`, wit: ws });
      }
      return { verdict: 'exact', reason: 'union as variant', children };
    },
  },
  {
    id: 'union-as-string',
    level: 'type',
    description: 'A union carried by `string` (e.g. `string | integer` as string): lossy.',
    applies: (m, w) => (m.kind === 'union' && isPrim(w, 'string') ? { verdict: 'lossy', reason: 'union as string: members are not told apart' } : undefined),
  },
  {
    id: 'value-as-option',
    level: 'type',
    description: 'An `option<T>` where MCP always has a value (not a property slot): lossy.',
    applies: (m, w) =>
      w.kind === 'option'
        ? { verdict: 'lossy', reason: `${mcpName(m)} is never absent, the WIT type is optional`, children: [{ level: 'type', path: '?', mcp: typeOfShape(m), wit: w.inner }] }
        : undefined,
  },
  {
    id: 'handle',
    level: 'type',
    description: 'A resource handle where MCP has a value: opaque, nothing comparable (lossy).',
    applies: (m, w) => (w.kind === 'handle' ? { verdict: 'lossy', reason: `${mcpName(m)} as an opaque resource handle` } : undefined),
  },
  {
    id: 'kind-mismatch',
    level: 'type',
    description: 'An MCP value in a WIT data type of another kind (a string in a record, an object in a u32): lossy.',
    applies: (m, w) => (DATA_KINDS.has(w.kind) ? { verdict: 'lossy', reason: `${mcpName(m)} (${m.kind}) carried by ${witName(w)} (${w.kind})` } : undefined),
  },
]);

/** Keeps each rule's id as a literal type, so `RuleId` lists them and tables keyed by it are checked. */
function ruleTable<const T extends readonly Rule[]>(rules: T): T {
  return rules;
}

type AnyRule = (typeof RULES)[number];
/** The id of every rule in the table. */
export type RuleId = AnyRule['id'];
/** The ids of the type-level rules: every codec path has an emitter for each (`satisfies Record<TypeRuleId, ...>`). */
export type TypeRuleId = Extract<AnyRule, { level: 'type' }>['id'];
/** The ids of the slot-level rules (a property and a field, a member and a case). */
export type SlotRuleId = Extract<AnyRule, { level: 'slot' }>['id'];

/** The shape back as a type, for rules that re-compare it against an inner WIT type. */
function typeOfShape(m: MShape): McpType {
  if (m.names.length > 0) return { kind: 'ref', name: m.names[m.names.length - 1] as string };
  switch (m.kind) {
    case 'primitive':
      return { kind: 'primitive', type: m.type };
    case 'const':
      return { kind: 'const', value: m.value };
    case 'enum':
      return { kind: 'enum', values: m.values };
    case 'array':
      return { kind: 'array', items: m.items };
    case 'map':
      return { kind: 'map', values: m.values };
    case 'json':
      return { kind: 'json' };
    case 'union':
      return m.discriminator === undefined ? { kind: 'union', members: m.members } : { kind: 'union', members: m.members, discriminator: m.discriminator };
    case 'object':
      return { kind: 'ref', name: m.name };
    default:
      throw new CheckerError('unknown-kind', `unknown MCP shape ${JSON.stringify(m)}`);
  }
}

export const TYPE_RULES: readonly TypeRule<TypeRuleId>[] = RULES.filter((r): r is Extract<AnyRule, { level: 'type' }> => r.level === 'type');
export const SLOT_RULES: readonly SlotRule<SlotRuleId>[] = RULES.filter((r): r is Extract<AnyRule, { level: 'slot' }> => r.level === 'slot');

export interface Decision<Id extends RuleId = RuleId> extends Outcome {
  rule: Id;
}

/** Applies the first type rule that covers the pair; throws `no-rule` when none does. */
export function decideType(m: MShape, w: WShape, ctx: RuleContext): Decision<TypeRuleId> {
  for (const rule of TYPE_RULES) {
    const out = rule.applies(m, w, ctx);
    if (out) return { ...out, rule: rule.id };
  }
  throw new CheckerError('no-rule', `no rule covers MCP ${m.kind} (${mcpName(m)}) against WIT ${w.kind} (${witName(w)})`);
}

/** Applies the first slot rule that covers the pair; throws `no-rule` when none does. */
export function decideSlot(m: McpSlot | undefined, w: WitSlot | undefined, ctx: RuleContext): Decision<SlotRuleId> {
  for (const rule of SLOT_RULES) {
    const out = rule.applies(m, w, ctx);
    if (out) return { ...out, rule: rule.id };
  }
  throw new CheckerError('no-rule', `no rule covers MCP slot ${m ? m.name : '(none)'} against WIT slot ${w ? w.name : '(none)'}`);
}

/**
 * Checks of realizations and placement, outside the type table: their ids appear as a finding's
 * `rule` like the table's, so every finding names what decided it.
 */
export const REALIZATION_CHECKS: Readonly<Record<string, string>> = {
  'function-missing': 'The function that should carry the message (by the manifest or by convention) is not in the world.',
  'registration-missing': 'A `host-served` message names a registration function the world does not import.',
  'registration-unmatched': 'A `host-served` request none of whose result properties is a parameter (by kebab-case name) of its registration functions.',
  'result-missing': 'A request whose function returns nothing: the result is not carried.',
  'result-dropped': 'A request whose function returns `result<_, E>` although the MCP result has fields.',
  'empty-result-dropped': 'A request whose function returns `result<_, E>` for a result that declares only `_meta` (EmptyResult): its `_meta`, and every member when the result is open, are lost (lossy).',
  'no-error-channel': 'A request whose function cannot return an error (no `result`, or a `result` without an error type): lossy.',
  'notification-result': 'A notification whose function returns a value: the value has nowhere to go (extra).',
  'via-type': 'A field or result whose named type is lossy or missing somewhere inside (the finding is on that type).',
  'manifest-type-unknown': 'The manifest names a WIT type that the package does not define.',
  unplaced: 'An MCP type with no WIT type by name, no manifest entry, and no comparison that reaches it.',
};
