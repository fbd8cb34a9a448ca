// What changed between two MCP models: types (definitions and derived inline types), their
// fields, and the messages. Reads the two models only; rendering is render.ts's.
import type { McpModel, McpType, Method, NamedType, Property, TypeBody, TypeName } from '../schema/model.js';
import { typeName } from '../map/names.js';
import { pairByStructure, type Structure } from '../map/similarity.js';

export interface FieldChange {
  field: string;
  change: 'added' | 'removed' | 'type' | 'required' | 'optional';
  from?: string;
  to?: string;
}

export interface TypeChange {
  name: TypeName;
  change: 'added' | 'removed' | 'changed';
  /** `definition` or `inline`, on the side(s) where it exists; both when it moved. */
  origin: string;
  /** A body that is not an object (alias, union, enum), described, when it changed. */
  from?: string;
  to?: string;
  fields: FieldChange[];
}

export interface MessageChange {
  method: string;
  kind: Method['kind'];
  change: 'added' | 'removed' | 'changed';
  details: { what: 'directions' | 'params' | 'result' | 'definition'; from?: string; to?: string }[];
}

/** A removed definition that an added one of alike structure likely renames. */
export interface RenameSuggestion {
  from: TypeName;
  to: TypeName;
  /** `similarity` of the two structures: 1 is the same fields (or cases, or values). */
  score: number;
  /** The manifest entry that maps the new name to the WIT type the old one had by convention. */
  manifest: string;
}

export interface SpecDiff {
  from: string;
  to: string;
  summary: {
    definitions: { from: number; to: number; added: number; removed: number; changed: number };
    types: { added: number; removed: number; changed: number };
    messages: { added: number; removed: number; changed: number };
  };
  types: TypeChange[];
  messages: MessageChange[];
  /** Removed definitions paired with added ones of alike structure (messages' own definitions aside). */
  renames: RenameSuggestion[];
}

/** A type expression as text, stable enough to compare: `array<ref Tool>`, `enum(a|b)`. */
export function describe(t: McpType): string {
  switch (t.kind) {
    case 'primitive': {
      const range = t.minimum !== undefined || t.maximum !== undefined ? `[${t.minimum ?? ''}..${t.maximum ?? ''}]` : '';
      return `${t.type}${t.format ? `(${t.format})` : ''}${range}`;
    }
    case 'const':
      return `const ${JSON.stringify(t.value)}`;
    case 'enum':
      return `enum(${t.values.join('|')})`;
    case 'array':
      return `array<${describe(t.items)}>`;
    case 'map':
      return `map<string, ${describe(t.values)}>`;
    case 'json':
      return 'json';
    case 'union':
      return `${t.members.map(describe).join(' | ')}${t.discriminator ? ` (by ${t.discriminator})` : ''}`;
    case 'ref':
      return t.name;
    default: {
      const never: never = t;
      throw new Error(`unhandled type ${JSON.stringify(never)}`);
    }
  }
}

function describeBody(b: TypeBody): string {
  if (b.kind === 'type') return describe(b.type);
  const parts = b.properties.map((p) => `${p.name}${p.required ? '' : '?'}: ${describe(p.type)}`);
  if (b.additionalProperties !== undefined) parts.push(describeExtra(b.additionalProperties));
  return `object{${parts.join(', ')}}`;
}

/** What an object says of properties it does not list. */
function describeExtra(extra: false | McpType | undefined): string {
  if (extra === undefined) return 'additional properties unspecified';
  if (extra === false) return 'no additional properties';
  return `additional properties: ${describe(extra)}`;
}

function fieldChanges(a: Property[], b: Property[]): FieldChange[] {
  const before = new Map(a.map((p) => [p.name, p]));
  const after = new Map(b.map((p) => [p.name, p]));
  const out: FieldChange[] = [];
  for (const name of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const x = before.get(name);
    const y = after.get(name);
    if (!x) out.push({ field: name, change: 'added', to: `${describe(y!.type)}${y!.required ? '' : ' (optional)'}` });
    else if (!y) out.push({ field: name, change: 'removed', from: `${describe(x.type)}${x.required ? '' : ' (optional)'}` });
    else {
      if (describe(x.type) !== describe(y.type)) out.push({ field: name, change: 'type', from: describe(x.type), to: describe(y.type) });
      if (x.required !== y.required) out.push({ field: name, change: y.required ? 'required' : 'optional' });
    }
  }
  return out;
}

function typeChange(name: TypeName, a: NamedType | undefined, b: NamedType | undefined): TypeChange | undefined {
  if (!a) return { name, change: 'added', origin: b!.origin, fields: [] };
  if (!b) return { name, change: 'removed', origin: a.origin, fields: [] };
  const origin = a.origin === b.origin ? a.origin : `${a.origin} -> ${b.origin}`;
  if (a.body.kind === 'object' && b.body.kind === 'object') {
    const fields = fieldChanges(a.body.properties, b.body.properties);
    const extraA = describeExtra(a.body.additionalProperties);
    const extraB = describeExtra(b.body.additionalProperties);
    if (fields.length === 0 && extraA === extraB && a.origin === b.origin) return undefined;
    const c: TypeChange = { name, change: 'changed', origin, fields };
    if (extraA !== extraB) Object.assign(c, { from: extraA, to: extraB });
    return c;
  }
  const from = describeBody(a.body);
  const to = describeBody(b.body);
  if (from === to && a.origin === b.origin) return undefined;
  return { name, change: 'changed', origin, ...(from !== to ? { from, to } : {}), fields: [] };
}

function messageChanges(a: McpModel, b: McpModel): MessageChange[] {
  const key = (m: Method) => `${m.method}\u0000${m.kind}`;
  const before = new Map(a.methods.map((m) => [key(m), m]));
  const after = new Map(b.methods.map((m) => [key(m), m]));
  const out: MessageChange[] = [];
  for (const k of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const x = before.get(k);
    const y = after.get(k);
    const m = (x ?? y)!;
    if (!x || !y) {
      out.push({ method: m.method, kind: m.kind, change: x ? 'removed' : 'added', details: [{ what: 'directions', [x ? 'from' : 'to']: m.directions.join(', ') }] });
      continue;
    }
    const details: MessageChange['details'] = [];
    const cmp = (what: MessageChange['details'][number]['what'], p: string | undefined, q: string | undefined) => {
      if ((p ?? '') !== (q ?? '')) details.push({ what, ...(p !== undefined ? { from: p } : {}), ...(q !== undefined ? { to: q } : {}) });
    };
    cmp('directions', x.directions.join(', '), y.directions.join(', '));
    cmp('definition', x.definition, y.definition);
    cmp('params', x.params, y.params);
    cmp('result', x.result, y.result);
    if (details.length > 0) out.push({ method: m.method, kind: m.kind, change: 'changed', details });
  }
  return out;
}

/**
 * A type's structure for rename pairing. A reference counts as `ref` (its name may be renamed
 * too), and what a property refers to is expanded into `property.field` keys (two levels deep),
 * so two envelopes alike only on the outside do not look the same.
 */
export function structureOf(t: NamedType, model: McpModel, prefix = '', out: Structure = new Map(), depth = 0): Structure {
  const coarse = (x: McpType): string => {
    switch (x.kind) {
      case 'ref':
        return 'ref';
      case 'const':
        return `const ${JSON.stringify(x.value)}`;
      case 'array':
        return `array<${coarse(x.items)}>`;
      case 'map':
        return `map<${coarse(x.values)}>`;
      case 'union':
        return `union(${x.members.map(coarse).sort().join('|')})`;
      case 'primitive':
        return x.type;
      default:
        return x.kind;
    }
  };
  const body = t.body;
  if (body.kind === 'object') {
    for (const p of body.properties) {
      out.set(`${prefix}${p.name}`, `${p.required ? '' : '?'}${coarse(p.type)}`);
      const inner = p.type.kind === 'ref' ? model.types[p.type.name] : undefined;
      if (inner && depth < 2) structureOf(inner, model, `${prefix}${p.name}.`, out, depth + 1);
    }
  } else if (body.type.kind === 'enum') {
    for (const v of body.type.values) out.set(`${prefix}=${v}`, 'value');
  } else if (body.type.kind === 'union') {
    for (const m of body.type.members) out.set(`${prefix}|${m.kind === 'ref' ? m.name : describe(m)}`, coarse(m));
  } else {
    out.set(`${prefix}=`, coarse(body.type));
  }
  return out;
}

/** `"types": {"New": {"type": "old-wit-name"}}`: the manifest entry a rename needs. */
export function manifestTypeEntry(definition: TypeName, wit: string): string {
  return `"types": {${JSON.stringify(definition)}: {"type": ${JSON.stringify(wit)}}}`;
}

/** Removed definitions paired with added ones of alike structure, each with its manifest entry. */
export function renameSuggestions(a: McpModel, b: McpModel): RenameSuggestion[] {
  const messages = new Set([...a.methods, ...b.methods].map((m) => m.definition));
  const pick = (from: McpModel, other: McpModel) =>
    new Map(
      from.definitions
        .filter((d) => !other.types[d] && !messages.has(d) && from.types[d])
        .map((d) => [d, structureOf(from.types[d] as NamedType, from)] as const),
    );
  return pairByStructure(pick(a, b), pick(b, a)).map((p) => ({
    ...p,
    manifest: manifestTypeEntry(p.to, typeName(p.from)),
  }));
}

export function diffModels(a: McpModel, b: McpModel): SpecDiff {
  const names = [...new Set([...Object.keys(a.types), ...Object.keys(b.types)])].sort();
  const types = names.flatMap((n) => typeChange(n, a.types[n], b.types[n]) ?? []);
  const messages = messageChanges(a, b);
  const defsA = new Set(a.definitions);
  const defsB = new Set(b.definitions);
  const count = <T extends { change: string }>(xs: T[], c: string) => xs.filter((x) => x.change === c).length;
  return {
    from: a.version,
    to: b.version,
    summary: {
      definitions: {
        from: a.definitions.length,
        to: b.definitions.length,
        added: b.definitions.filter((d) => !defsA.has(d)).length,
        removed: a.definitions.filter((d) => !defsB.has(d)).length,
        changed: types.filter((t) => t.change === 'changed' && defsA.has(t.name) && defsB.has(t.name)).length,
      },
      types: { added: count(types, 'added'), removed: count(types, 'removed'), changed: count(types, 'changed') },
      messages: { added: count(messages, 'added'), removed: count(messages, 'removed'), changed: count(messages, 'changed') },
    },
    types,
    messages,
    renames: renameSuggestions(a, b),
  };
}
