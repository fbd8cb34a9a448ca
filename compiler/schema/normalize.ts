// JSON Schema -> normalized McpType. Every nested object with properties becomes a named type with
// a derived name (owner + PascalCase property path), registered before anything refers to it, so
// names are stable and independent of traversal by later stages.
import { error, warning, type Diagnostic } from '../diagnostics.js';
import { pointerFrom, pointerSegments } from './json.js';
import type { McpType, NamedType, Property, TypeBody, TypeName } from './model.js';

type Schema = Record<string, unknown> | boolean;

/** Keywords the normalizer interprets. */
const INTERPRETED = new Set([
  'type', 'properties', 'required', 'additionalProperties', 'items', '$ref', 'const', 'enum',
  'anyOf', 'oneOf', 'allOf', 'format', 'minimum', 'maximum', 'description',
]);
/** Keywords that carry no type information the mapping needs (annotations, validation limits). */
const IGNORED = new Set([
  'title', 'default', 'examples', '$comment', 'deprecated', 'readOnly', 'writeOnly', '$schema', '$id',
  'minLength', 'maxLength', 'pattern', 'minItems', 'maxItems', 'uniqueItems', 'exclusiveMinimum',
  'exclusiveMaximum', 'multipleOf', 'minProperties', 'maxProperties', 'contentMediaType',
  'contentEncoding', 'definitions', '$defs',
]);

export interface NormalizeContext {
  file: string;
  definitionsKey: 'definitions' | '$defs';
  definitions: Record<string, unknown>;
  root: unknown;
  types: Map<TypeName, NamedType>;
  /** Names taken by definitions or derived types, to keep derived names unique. */
  taken: Set<TypeName>;
  diagnostics: Diagnostic[];
  /** Definitions being built right now: a cycle through allOf or a discriminator probe stops here. */
  building: Set<TypeName>;
}

interface Site {
  /** The named type this schema sits in. */
  owner: TypeName;
  /** Property path inside the owner, for derived names. */
  path: string[];
  /** JSON pointer segments of this schema. */
  pointer: (string | number)[];
}

export function pascal(segment: string): string {
  return segment
    .split(/[^A-Za-z0-9]+/)
    .filter((p) => p.length > 0)
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join('');
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function checkKeywords(schema: Record<string, unknown>, site: Site, ctx: NormalizeContext): void {
  for (const key of Object.keys(schema)) {
    if (INTERPRETED.has(key) || IGNORED.has(key)) continue;
    ctx.diagnostics.push(
      warning('unknown-keyword', `unknown JSON Schema keyword "${key}" ignored`, {
        file: ctx.file,
        jsonPath: pointerFrom([...site.pointer, key]),
      }),
    );
  }
}

function description(schema: Schema): string | undefined {
  return isRecord(schema) && typeof schema.description === 'string' ? schema.description : undefined;
}

function hasProperties(schema: Record<string, unknown>): boolean {
  return isRecord(schema.properties) && Object.keys(schema.properties).length > 0;
}

/** Is this schema an object type that deserves a name (it has properties, or merges some)? */
export function isNamedObject(schema: unknown): boolean {
  if (!isRecord(schema)) return false;
  if (Array.isArray(schema.allOf)) return true;
  const typed = schema.type === undefined || schema.type === 'object';
  return typed && hasProperties(schema) && schema.$ref === undefined;
}

function uniqueName(base: TypeName, ctx: NormalizeContext): TypeName {
  let name = base;
  for (let n = 2; ctx.taken.has(name); n++) name = `${base}${n}`;
  ctx.taken.add(name);
  return name;
}

/** Resolve a local `$ref`: a definition name, or the raw schema it points to. */
function resolveRef(
  ref: string,
  site: Site,
  ctx: NormalizeContext,
): { definition: TypeName } | { schema: unknown; pointer: (string | number)[] } | undefined {
  const at = pointerFrom([...site.pointer, '$ref']);
  if (!ref.startsWith('#')) {
    ctx.diagnostics.push(error('external-ref', `only local $refs are supported, found "${ref}"`, { file: ctx.file, jsonPath: at }));
    return undefined;
  }
  const segments = pointerSegments(ref);
  if (segments.length === 2 && segments[0] === ctx.definitionsKey) {
    const name = segments[1]!;
    if (Object.prototype.hasOwnProperty.call(ctx.definitions, name)) return { definition: name };
  } else {
    let node: unknown = ctx.root;
    for (const s of segments) node = isRecord(node) ? node[s] : Array.isArray(node) ? node[Number(s)] : undefined;
    if (node !== undefined) return { schema: node, pointer: segments };
  }
  ctx.diagnostics.push(error('dangling-ref', `$ref "${ref}" points to nothing in this document`, { file: ctx.file, jsonPath: at }));
  return undefined;
}

/** Normalize a schema found at `site` into a type expression. */
export function normalize(schema: unknown, site: Site, ctx: NormalizeContext): McpType {
  if (schema === true || (isRecord(schema) && Object.keys(schema).every((k) => k === 'description' || IGNORED.has(k)))) {
    return { kind: 'json' };
  }
  if (!isRecord(schema)) {
    ctx.diagnostics.push(error('bad-schema', 'expected a schema object or boolean', { file: ctx.file, jsonPath: pointerFrom(site.pointer) }));
    return { kind: 'json' };
  }
  checkKeywords(schema, site, ctx);

  if (typeof schema.$ref === 'string') {
    const target = resolveRef(schema.$ref, site, ctx);
    if (!target) return { kind: 'json' };
    if ('definition' in target) return { kind: 'ref', name: target.definition };
    return normalize(target.schema, { ...site, pointer: target.pointer }, ctx);
  }
  if ('const' in schema) {
    const v = schema.const;
    if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) return { kind: 'const', value: v as string | number | boolean | null };
    ctx.diagnostics.push(warning('unsupported-const', 'a non-scalar const is treated as arbitrary JSON', { file: ctx.file, jsonPath: pointerFrom([...site.pointer, 'const']) }));
    return { kind: 'json' };
  }
  if (Array.isArray(schema.enum)) {
    const values = schema.enum as unknown[];
    if (values.every((v) => typeof v === 'string')) return nameIfNested({ kind: 'enum', values: [...(values as string[])] }, schema, site, ctx);
    return nameIfNested(
      { kind: 'union', members: values.map((v) => normalize({ const: v }, { ...site, pointer: [...site.pointer, 'enum'] }, ctx)) },
      schema,
      site,
      ctx,
    );
  }
  const union = Array.isArray(schema.anyOf) ? 'anyOf' : Array.isArray(schema.oneOf) ? 'oneOf' : undefined;
  if (union) return nameIfNested(normalizeUnion(schema[union] as unknown[], union, site, ctx), schema, site, ctx);
  if (isNamedObject(schema)) {
    const name = uniqueName(site.owner + site.path.map(pascal).join(''), ctx);
    registerNamed(name, schema, { origin: 'inline', parent: { name: site.owner, path: site.path }, pointer: site.pointer }, ctx);
    return { kind: 'ref', name };
  }
  if (Array.isArray(schema.type)) {
    const members = (schema.type as unknown[]).map((t) => normalize({ ...schema, type: t, description: undefined }, site, ctx));
    return nameIfNested({ kind: 'union', members }, schema, site, ctx);
  }
  switch (schema.type) {
    case 'string':
    case 'integer':
    case 'number':
    case 'boolean':
    case 'null': {
      const t: McpType = { kind: 'primitive', type: schema.type };
      if (typeof schema.format === 'string') t.format = schema.format;
      if (typeof schema.minimum === 'number') t.minimum = schema.minimum;
      if (typeof schema.maximum === 'number') t.maximum = schema.maximum;
      return t;
    }
    case 'array':
      if (schema.items === undefined) return { kind: 'array', items: { kind: 'json' } };
      return { kind: 'array', items: normalize(schema.items, { ...site, path: [...site.path, 'Item'], pointer: [...site.pointer, 'items'] }, ctx) };
    case 'object':
    case undefined:
      return normalizeOpenObject(schema, site, ctx);
    default:
      ctx.diagnostics.push(error('bad-type', `unknown type "${String(schema.type)}"`, { file: ctx.file, jsonPath: pointerFrom([...site.pointer, 'type']) }));
      return { kind: 'json' };
  }
}

/**
 * Enums and unions nested inside a named type need a name of their own in WIT (there are no
 * anonymous enums or variants), so they get a derived name here, like inline objects. A union of
 * one type and null is an optional value, not a variant, and stays anonymous.
 */
function nameIfNested(t: McpType, schema: Record<string, unknown>, site: Site, ctx: NormalizeContext): McpType {
  if (site.path.length === 0) return t;
  if (t.kind === 'union' && t.members.filter((m) => !(m.kind === 'primitive' && m.type === 'null')).length < 2) return t;
  const name = uniqueName(site.owner + site.path.map(pascal).join(''), ctx);
  const named: NamedType = { name, origin: 'inline', parent: { name: site.owner, path: site.path }, body: { kind: 'type', type: t }, pointer: pointerFrom(site.pointer) };
  const d = description(schema);
  if (d !== undefined) named.description = d;
  ctx.types.set(name, named);
  return { kind: 'ref', name };
}

/** An object without properties: a string-keyed map when extra properties have a schema, else JSON. */
function normalizeOpenObject(schema: Record<string, unknown>, site: Site, ctx: NormalizeContext): McpType {
  const extra = schema.additionalProperties;
  if (isRecord(extra) && Object.keys(extra).some((k) => k !== 'description')) {
    const values = normalize(extra, { ...site, path: [...site.path, 'Value'], pointer: [...site.pointer, 'additionalProperties'] }, ctx);
    if (values.kind !== 'json') return { kind: 'map', values };
  }
  return { kind: 'json' };
}

function normalizeUnion(members: unknown[], keyword: string, site: Site, ctx: NormalizeContext): McpType {
  const normalized = members.map((m, i) => {
    const disc = inlineConstDiscriminator(m);
    const label = disc ?? `Case${i + 1}`;
    return normalize(m, { ...site, path: [...site.path, label], pointer: [...site.pointer, keyword, i] }, ctx);
  });
  const t: McpType = { kind: 'union', members: normalized };
  const discriminator = findDiscriminator(normalized, ctx);
  if (discriminator) t.discriminator = discriminator;
  return t;
}

/** For naming an inline union member: the value of its `type` const, if it has one. */
function inlineConstDiscriminator(member: unknown): string | undefined {
  if (!isRecord(member) || !isRecord(member.properties)) return undefined;
  const t = member.properties.type;
  return isRecord(t) && typeof t.const === 'string' ? t.const : undefined;
}

/**
 * The property every member carries as a required `const` with distinct values: that is what tells
 * the members apart, and what a WIT variant's case names come from.
 */
function findDiscriminator(members: McpType[], ctx: NormalizeContext): string | undefined {
  const bodies = members.map((m) => (m.kind === 'ref' ? objectBody(m.name, ctx) : undefined));
  if (bodies.length < 2 || bodies.some((b) => b === undefined)) return undefined;
  const constsOf = (b: Extract<TypeBody, { kind: 'object' }>) =>
    new Map(b.properties.filter((p) => p.required && p.type.kind === 'const').map((p) => [p.name, (p.type as { value: unknown }).value]));
  const maps = bodies.map((b) => constsOf(b!));
  const candidates = [...maps[0]!.keys()].sort();
  for (const c of candidates) {
    const values = maps.map((m) => m.get(c));
    if (values.some((v) => v === undefined)) continue;
    if (new Set(values).size === values.length) return c;
  }
  return undefined;
}

/** The object body of a named type, building a definition on demand. */
export function objectBody(name: TypeName, ctx: NormalizeContext): Extract<TypeBody, { kind: 'object' }> | undefined {
  const t = ctx.types.get(name) ?? buildDefinition(name, ctx);
  if (!t) return undefined;
  if (t.body.kind === 'object') return t.body;
  if (t.body.type.kind === 'ref' && t.body.type.name !== name) return objectBody(t.body.type.name, ctx);
  return undefined;
}

/** Build (once) the named type for a schema definition. */
export function buildDefinition(name: TypeName, ctx: NormalizeContext): NamedType | undefined {
  const done = ctx.types.get(name);
  if (done) return done;
  const active = ctx.building;
  if (active.has(name)) return undefined;
  active.add(name);
  try {
    const schema = ctx.definitions[name];
    return registerNamed(name, schema, { origin: 'definition', pointer: [ctx.definitionsKey, name] }, ctx);
  } finally {
    active.delete(name);
  }
}

function registerNamed(
  name: TypeName,
  schema: unknown,
  where: { origin: NamedType['origin']; parent?: NamedType['parent']; pointer: (string | number)[] },
  ctx: NormalizeContext,
): NamedType {
  const site: Site = { owner: name, path: [], pointer: where.pointer };
  // Reserve the entry first so recursive references find it.
  const named: NamedType = { name, origin: where.origin, body: { kind: 'type', type: { kind: 'json' } }, pointer: pointerFrom(where.pointer) };
  if (where.parent) named.parent = where.parent;
  const desc = description(schema as Schema);
  if (desc !== undefined) named.description = desc;
  ctx.types.set(name, named);
  named.body = isNamedObject(schema) ? objectFromSchema(schema as Record<string, unknown>, site, ctx) : { kind: 'type', type: normalize(schema, site, ctx) };
  return named;
}

function objectFromSchema(schema: Record<string, unknown>, site: Site, ctx: NormalizeContext): TypeBody {
  checkKeywords(schema, site, ctx);
  if (Array.isArray(schema.allOf)) return mergeAllOf(schema, site, ctx);
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  const props = isRecord(schema.properties) ? schema.properties : {};
  const properties: Property[] = Object.entries(props).map(([pname, pschema]) => {
    const pointer = [...site.pointer, 'properties', pname];
    const p: Property = {
      name: pname,
      type: normalize(pschema, { owner: site.owner, path: [...site.path, pname], pointer }, ctx),
      required: required.has(pname),
      pointer: pointerFrom(pointer),
    };
    const d = description(pschema as Schema);
    if (d !== undefined) p.description = d;
    return p;
  });
  for (const r of required) {
    if (!(r in props)) {
      ctx.diagnostics.push(warning('required-unknown', `"${r}" is required but not declared in properties`, { file: ctx.file, jsonPath: pointerFrom([...site.pointer, 'required']) }));
    }
  }
  const body: Extract<TypeBody, { kind: 'object' }> = { kind: 'object', properties };
  const extra = schema.additionalProperties;
  if (extra === false) body.additionalProperties = false;
  else if (extra === true || (isRecord(extra) && Object.keys(extra).length === 0)) body.additionalProperties = { kind: 'json' };
  else if (extra !== undefined) {
    body.additionalProperties = normalize(extra, { ...site, path: [...site.path, 'Value'], pointer: [...site.pointer, 'additionalProperties'] }, ctx);
  }
  return body;
}

/** `allOf` of object schemas is their intersection: properties merged, later ones refining earlier. */
function mergeAllOf(schema: Record<string, unknown>, site: Site, ctx: NormalizeContext): TypeBody {
  const merged = new Map<string, Property>();
  let additional: false | McpType | undefined;
  (schema.allOf as unknown[]).forEach((member, i) => {
    const pointer = [...site.pointer, 'allOf', i];
    let body: Extract<TypeBody, { kind: 'object' }> | undefined;
    if (isRecord(member) && typeof member.$ref === 'string') {
      const target = resolveRef(member.$ref, { ...site, pointer }, ctx);
      if (target && 'definition' in target) body = objectBody(target.definition, ctx);
      else if (target && isRecord(target.schema)) body = asObject(objectFromSchema(target.schema, { ...site, pointer: target.pointer }, ctx));
    } else if (isRecord(member)) {
      body = asObject(objectFromSchema(member, { ...site, pointer }, ctx));
    }
    if (!body) {
      ctx.diagnostics.push(warning('allof-non-object', 'an allOf member that is not an object is ignored', { file: ctx.file, jsonPath: pointerFrom(pointer) }));
      return;
    }
    for (const p of body.properties) {
      const prev = merged.get(p.name);
      merged.set(p.name, { ...p, required: p.required || (prev?.required ?? false), description: p.description ?? prev?.description });
      if (merged.get(p.name)!.description === undefined) delete merged.get(p.name)!.description;
    }
    if (body.additionalProperties !== undefined) additional = body.additionalProperties;
  });
  const ownRequired = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  for (const r of ownRequired) {
    const p = merged.get(r);
    if (p) p.required = true;
  }
  const body: Extract<TypeBody, { kind: 'object' }> = { kind: 'object', properties: [...merged.values()] };
  if (additional !== undefined) body.additionalProperties = additional;
  return body;
}

function asObject(body: TypeBody): Extract<TypeBody, { kind: 'object' }> | undefined {
  return body.kind === 'object' ? body : undefined;
}
