// What changed between two MCP models: types (definitions and derived inline types), their
// fields, and the messages. Reads the two models only; rendering is render.ts's.
import type { McpModel, McpType, Method, NamedType, Property, TypeBody, TypeName } from '../schema/model.js';

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
  };
}
