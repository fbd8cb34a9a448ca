// Normalized views of both sides for the rule table: references and aliases are followed, and
// the names passed through are kept so rules can see `type json = list<u8>` and reports can name
// things. Pure functions of the two models.
import type { McpModel, McpType, NamedType, PrimitiveKind, Property } from '../schema/model.js';
import type { Case, Field, PrimitiveName, Span, TypeDef, TypeId, WitModel, WitType } from '../wit/model.js';

/** The MCP side of a type comparison, after following references and aliases. */
export type MShape = (
  | { kind: 'primitive'; type: PrimitiveKind }
  | { kind: 'const'; value: string | number | boolean | null }
  | { kind: 'enum'; values: string[] }
  | { kind: 'array'; items: McpType }
  | { kind: 'map'; values: McpType }
  | { kind: 'json' }
  | { kind: 'union'; members: McpType[]; discriminator?: string }
  /**
   * `open`: members beyond the declared properties belong to the value; `openBy` says why: the
   * JSON schema's `additionalProperties`, or MCP's semantics of `_meta` (schema/model.ts `meta`).
   */
  | { kind: 'object'; name: string; properties: Property[]; open: boolean; openBy?: 'additional-properties' | 'meta' }
) & { names: string[] };

/** The WIT side of a type comparison, after following aliases. */
export type WShape = (
  | { kind: 'primitive'; name: PrimitiveName }
  | { kind: 'list'; element: WitType; length?: number }
  | { kind: 'map'; key: WitType; value: WitType }
  | { kind: 'option'; inner: WitType }
  | { kind: 'result'; ok?: WitType; err?: WitType }
  | { kind: 'tuple'; elements: WitType[] }
  | { kind: 'future'; inner?: WitType }
  | { kind: 'stream'; inner?: WitType }
  | { kind: 'handle'; resource: TypeId }
  | { kind: 'record'; fields: Field[] }
  | { kind: 'variant'; cases: Case[] }
  | { kind: 'enum'; cases: Case[] }
  | { kind: 'flags'; flags: Case[] }
  /** A variant case without a payload. */
  | { kind: 'unit' }
) & { names: string[] };

/** One side of a slot comparison: a record field, a function parameter or a variant case. */
export interface McpSlot {
  /** `rest`: the members of an open object beyond its declared properties (rule `rest-members`). */
  kind: 'property' | 'param' | 'params' | 'case' | 'rest';
  /** The MCP name (property name, or the case label for union members). */
  name: string;
  /** The WIT name it is expected under. */
  label: string;
  type: McpType;
  required: boolean;
  pointer?: string;
}

export interface WitSlot {
  kind: 'field' | 'param' | 'case';
  name: string;
  /** Undefined for a variant case without a payload. */
  type?: WitType;
  span?: Span;
}

export class CheckerError extends Error {
  /** Where the comparison was when it failed: WIT `file:line:col` and schema pointer, when known. */
  location?: string;
  schema?: string;
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'CheckerError';
  }
}

export function resolveMcp(model: McpModel, type: McpType, names: string[] = []): MShape {
  switch (type.kind) {
    case 'primitive':
      return { kind: 'primitive', type: type.type, names };
    case 'const':
      return { kind: 'const', value: type.value, names };
    case 'enum':
      return { kind: 'enum', values: type.values, names };
    case 'array':
      return { kind: 'array', items: type.items, names };
    case 'map':
      return { kind: 'map', values: type.values, names };
    case 'json':
      return { kind: 'json', names };
    case 'union':
      return type.discriminator === undefined
        ? { kind: 'union', members: type.members, names }
        : { kind: 'union', members: type.members, discriminator: type.discriminator, names };
    case 'ref': {
      const named = model.types[type.name];
      if (!named) throw new CheckerError('dangling-mcp-ref', `MCP type ${type.name} is not in the model`);
      if (names.includes(type.name)) {
        throw new CheckerError('alias-cycle', `MCP alias cycle through ${[...names, type.name].join(' -> ')}`);
      }
      return resolveNamed(model, named, [...names, type.name]);
    }
    default:
      return unreachable(type, 'MCP type');
  }
}

function resolveNamed(model: McpModel, named: NamedType, names: string[]): MShape {
  const body = named.body;
  switch (body.kind) {
    case 'type':
      return resolveMcp(model, body.type, names);
    case 'object': {
      const extra = body.additionalProperties;
      if (body.properties.length === 0) {
        if (extra === undefined || extra === false || extra.kind === 'json') return { kind: 'json', names };
        return { kind: 'map', values: extra, names };
      }
      // A `_meta` object is open unless its schema closes it outright (`additionalProperties: false`).
      const openBy = extra !== undefined && extra !== false ? 'additional-properties' : body.meta && extra !== false ? 'meta' : undefined;
      const shape: Extract<MShape, { kind: 'object' }> = { kind: 'object', name: named.name, properties: body.properties, open: openBy !== undefined, names };
      if (openBy) shape.openBy = openBy;
      return shape;
    }
    default:
      return unreachable(body, 'MCP type body');
  }
}

export function resolveWit(model: WitModel, type: WitType, names: string[] = [], ids: string[] = []): WShape {
  switch (type.kind) {
    case 'primitive':
      return { kind: 'primitive', name: type.name, names };
    case 'list':
      return type.length === undefined
        ? { kind: 'list', element: type.element, names }
        : { kind: 'list', element: type.element, length: type.length, names };
    case 'map':
      return { kind: 'map', key: type.key, value: type.value, names };
    case 'option':
      return { kind: 'option', inner: type.inner, names };
    case 'result': {
      const out: WShape = { kind: 'result', names };
      if (type.ok) out.ok = type.ok;
      if (type.err) out.err = type.err;
      return out;
    }
    case 'tuple':
      return { kind: 'tuple', elements: type.elements, names };
    case 'future':
      return type.inner ? { kind: 'future', inner: type.inner, names } : { kind: 'future', names };
    case 'stream':
      return type.inner ? { kind: 'stream', inner: type.inner, names } : { kind: 'stream', names };
    case 'own':
    case 'borrow':
      return { kind: 'handle', resource: type.resource, names };
    case 'named': {
      const def = model.types[type.id];
      if (!def) throw new CheckerError('dangling-wit-ref', `WIT type ${type.id} is not in the model`);
      if (ids.includes(def.id)) throw new CheckerError('alias-cycle', `WIT alias cycle through ${def.id}`);
      return resolveDef(model, def, [...names, def.name], [...ids, def.id]);
    }
    default:
      return unreachable(type, 'WIT type');
  }
}

function resolveDef(model: WitModel, def: TypeDef, names: string[], ids: string[]): WShape {
  switch (def.kind) {
    case 'alias':
      return resolveWit(model, def.target, names, ids);
    case 'record':
      return { kind: 'record', fields: def.fields, names };
    case 'variant':
      return { kind: 'variant', cases: def.cases, names };
    case 'enum':
      return { kind: 'enum', cases: def.cases, names };
    case 'flags':
      return { kind: 'flags', flags: def.flags, names };
    case 'resource':
      return { kind: 'handle', resource: def.id, names };
    default:
      return unreachable(def, 'WIT type definition');
  }
}

export function unreachable(x: never, what: string): never {
  throw new CheckerError('unknown-kind', `unknown ${what}: ${JSON.stringify(x)}`);
}

/** The MCP type as a report shows it. */
export function describeMcp(type: McpType): string {
  switch (type.kind) {
    case 'primitive':
      return type.type;
    case 'const':
      return `const ${JSON.stringify(type.value)}`;
    case 'enum':
      return `enum(${type.values.map((v) => JSON.stringify(v)).join(', ')})`;
    case 'array':
      return `array<${describeMcp(type.items)}>`;
    case 'map':
      return `map<string, ${describeMcp(type.values)}>`;
    case 'json':
      return 'json';
    case 'union':
      return type.members.map(describeMcp).join(' | ');
    case 'ref':
      return type.name;
    default:
      return unreachable(type, 'MCP type');
  }
}

/** The WIT type as written in WIT (named types by their local name). */
export function describeWit(model: WitModel, type: WitType | undefined): string {
  if (type === undefined) return '_';
  switch (type.kind) {
    case 'primitive':
      return type.name;
    case 'map':
      return `map<${describeWit(model, type.key)}, ${describeWit(model, type.value)}>`;
    case 'list':
      return type.length === undefined
        ? `list<${describeWit(model, type.element)}>`
        : `list<${describeWit(model, type.element)}, ${type.length}>`;
    case 'option':
      return `option<${describeWit(model, type.inner)}>`;
    case 'result':
      if (!type.ok && !type.err) return 'result';
      if (!type.err) return `result<${describeWit(model, type.ok)}>`;
      return `result<${describeWit(model, type.ok)}, ${describeWit(model, type.err)}>`;
    case 'tuple':
      return `tuple<${type.elements.map((e) => describeWit(model, e)).join(', ')}>`;
    case 'future':
      return type.inner ? `future<${describeWit(model, type.inner)}>` : 'future';
    case 'stream':
      return type.inner ? `stream<${describeWit(model, type.inner)}>` : 'stream';
    case 'own':
      return model.types[type.resource]?.name ?? type.resource;
    case 'borrow':
      return `borrow<${model.types[type.resource]?.name ?? type.resource}>`;
    case 'named':
      return model.types[type.id]?.name ?? type.id;
    default:
      return unreachable(type, 'WIT type');
  }
}

/** A stable key for a WIT type expression, for memoizing comparisons. */
export function witKey(type: WitType | undefined): string {
  if (type === undefined) return '_';
  switch (type.kind) {
    case 'primitive':
      return type.name;
    case 'list':
      return `list<${witKey(type.element)}${type.length === undefined ? '' : `,${type.length}`}>`;
    case 'map':
      return `map<${witKey(type.key)},${witKey(type.value)}>`;
    case 'option':
      return `option<${witKey(type.inner)}>`;
    case 'result':
      return `result<${witKey(type.ok)},${witKey(type.err)}>`;
    case 'tuple':
      return `tuple<${type.elements.map(witKey).join(',')}>`;
    case 'future':
      return `future<${witKey(type.inner)}>`;
    case 'stream':
      return `stream<${witKey(type.inner)}>`;
    case 'own':
      return `own<${type.resource}>`;
    case 'borrow':
      return `borrow<${type.resource}>`;
    case 'named':
      return type.id;
    default:
      return unreachable(type, 'WIT type');
  }
}

/** The non-null part of `T | null` (or `A | B | null`), when the shape is such a union. */
export function nonNull(m: MShape): McpType | undefined {
  if (m.kind !== 'union') return undefined;
  const isNull = (x: McpType): boolean => x.kind === 'primitive' && x.type === 'null';
  if (!m.members.some(isNull)) return undefined;
  const rest = m.members.filter((x) => !isNull(x));
  if (rest.length === 1) return rest[0];
  return m.discriminator === undefined ? { kind: 'union', members: rest } : { kind: 'union', members: rest, discriminator: m.discriminator };
}
