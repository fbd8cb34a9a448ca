// MCP named types -> WIT type definitions (syntax tree), by the rules of docs/mapping.md.
// Analysis first (which types, which names, where recursion must be cut), then emission.
import type { CaseNode, FieldNode, TypeDefNode, TypeExpr } from '../../wit/ast.js';
import type { McpModel, McpType, NamedType, Property, TypeBody, TypeName } from '../../schema/model.js';
import { caseName, fieldName, typeName } from '../../map/names.js';
import { RESULT_TYPE, resultTypeCases } from '../../map/rules.js';
import type { Diagnostic } from '../../diagnostics.js';
import { warning } from '../../diagnostics.js';

/** The alias every arbitrary JSON value uses: UTF-8 JSON text. */
export const JSON_TYPE = 'json';

export interface TypeEmitContext {
  model: McpModel;
  /** MCP type name -> WIT type name, for every type that gets a WIT definition. */
  names: Map<TypeName, string>;
  /** Edges (from, to) whose reference must be cut to `json`: WIT types cannot be recursive. */
  cut: Set<string>;
  diagnostics: Diagnostic[];
}

const prim = (name: Extract<TypeExpr, { kind: 'primitive' }>['name']): TypeExpr => ({ kind: 'primitive', name });
const named = (name: string): TypeExpr => ({ kind: 'name', name: { name } });
const option = (inner: TypeExpr): TypeExpr => ({ kind: 'option', inner });

/** Properties that become fields: a required `const` is implied by the type and has none. */
export function fieldProperties(body: Extract<TypeBody, { kind: 'object' }>): Property[] {
  // A required const is implied by the type; a result's `resultType` by the result type or its
  // variant case (rules `const-implied`, `result-type-implied`).
  return body.properties.filter((p) => !(p.required && p.type.kind === 'const') && p.name !== RESULT_TYPE.property);
}

function isNull(t: McpType): boolean {
  return t.kind === 'primitive' && t.type === 'null';
}

/** The WIT type expression for an MCP type, seen from inside `owner`. */
export function witTypeOf(t: McpType, owner: TypeName, ctx: TypeEmitContext): TypeExpr {
  switch (t.kind) {
    case 'primitive':
      switch (t.type) {
        case 'string':
          return prim('string');
        case 'integer':
          return prim('s64');
        case 'number':
          return prim('f64');
        case 'boolean':
          return prim('bool');
        case 'null':
          // A lone null carries nothing; only seen inside unions, where it makes an option.
          return option(prim('bool'));
        default: {
          const never: never = t.type;
          throw new Error(`unhandled primitive ${String(never)}`);
        }
      }
    case 'const':
      // A const that is not an implied required field: its type, the value checked by the codec.
      return t.value === null ? option(prim('bool')) : prim(typeof t.value === 'string' ? 'string' : typeof t.value === 'boolean' ? 'bool' : Number.isInteger(t.value) ? 's64' : 'f64');
    case 'enum':
      // Anonymous enums are named by the schema front end; one here is a definition's own body.
      return prim('string');
    case 'array':
      return { kind: 'list', element: witTypeOf(t.items, owner, ctx) };
    case 'map':
      return { kind: 'list', element: { kind: 'tuple', elements: [prim('string'), witTypeOf(t.values, owner, ctx)] } };
    case 'json':
      return named(JSON_TYPE);
    case 'union': {
      const members = t.members.filter((m) => !isNull(m));
      if (members.length === 1 && members.length < t.members.length) return option(witTypeOf(members[0]!, owner, ctx));
      // Named by the front end when nested; a bare one here is a definition body, emitted as variant.
      return named(JSON_TYPE);
    }
    case 'ref': {
      if (ctx.cut.has(`${owner}\u0000${t.name}`)) return named(JSON_TYPE);
      const name = ctx.names.get(t.name);
      return name ? named(name) : named(JSON_TYPE);
    }
    default: {
      const never: never = t;
      throw new Error(`unhandled MCP type ${JSON.stringify(never)}`);
    }
  }
}

/** The variant case name for each union member. */
export function unionCases(t: Extract<McpType, { kind: 'union' }>, model: McpModel): { name: string; member: McpType }[] {
  const members = t.members.filter((m) => !isNull(m));
  const byResultType = resultTypeCases(model, members);
  if (byResultType) return byResultType.map(({ member, value }) => ({ name: caseName(value), member }));
  const taken = new Set<string>();
  return members.map((member) => {
    let base: string;
    if (t.discriminator && member.kind === 'ref') {
      const body = model.types[member.name]?.body;
      const disc = body?.kind === 'object' ? body.properties.find((p) => p.name === t.discriminator) : undefined;
      base = disc && disc.type.kind === 'const' ? caseName(String(disc.type.value)) : typeName(member.name);
    } else {
      base = memberCaseName(member);
    }
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
    taken.add(name);
    return { name, member };
  });
}

function memberCaseName(m: McpType): string {
  switch (m.kind) {
    case 'ref':
      return typeName(m.name);
    case 'primitive':
      return m.type;
    case 'const':
      return caseName(String(m.value));
    case 'array':
      return 'array';
    case 'map':
      return 'map';
    case 'json':
      return JSON_TYPE;
    case 'enum':
      return 'enum-value';
    case 'union':
      return 'union';
    default: {
      const never: never = m;
      throw new Error(`unhandled member ${JSON.stringify(never)}`);
    }
  }
}

/** The WIT type definition for one MCP named type, or undefined when it has no WIT form of its own. */
export function typeDefOf(t: NamedType, ctx: TypeEmitContext): TypeDefNode | undefined {
  const name = ctx.names.get(t.name);
  if (!name) return undefined;
  const attrs = { name: { name }, gates: [], ...(t.description ? { docs: t.description } : {}) };
  const body = t.body;
  if (body.kind === 'object') {
    if (body.additionalProperties !== undefined && body.additionalProperties !== false) {
      // The JSON schema declares the object open (`additionalProperties`):
      // members beyond the declared ones belong to the value, and a record would drop them
      // (the checker's open-object-as-record). The whole object is carried as JSON.
      return { ...attrs, kind: 'alias', target: named(JSON_TYPE) };
    }
    const fields: FieldNode[] = fieldProperties(body).map((p) => {
      const type = witTypeOf(p.type, t.name, ctx);
      const field: FieldNode = { name: { name: fieldName(p.name) }, type: p.required ? type : option(type), gates: [] };
      if (p.description) field.docs = p.description;
      return field;
    });
    if (fields.length === 0) {
      // WIT has no empty records; a value with nothing to say is carried as JSON.
      ctx.diagnostics.push(warning('empty-record', `${t.name} has no fields to map: carried as json`, { jsonPath: t.pointer }));
      return { ...attrs, kind: 'alias', target: named(JSON_TYPE) };
    }
    const rest = restFieldOf(body);
    if (rest !== undefined) {
      // A `_meta` object: open by MCP's semantics (the checker's open-object-as-record), its
      // declared keys typed, every other member in the rest field (the manifest's `rest`).
      fields.push({
        name: { name: rest },
        type: option(named(JSON_TYPE)),
        docs: 'Every other member of the `_meta` object (MCP\u2019s extension point), as one JSON object text\nholding each as sent; none when there is none. A declared key is refused here.',
        gates: [],
      });
    }
    return { ...attrs, kind: 'record', fields };
  }
  const inner = body.type;
  switch (inner.kind) {
    case 'enum':
      return { ...attrs, kind: 'enum', cases: inner.values.map((v) => ({ name: { name: caseName(v) }, gates: [] })) };
    case 'union': {
      const nonNull = inner.members.filter((m) => !isNull(m));
      if (nonNull.length < 2) return { ...attrs, kind: 'alias', target: witTypeOf(inner, t.name, ctx) };
      const cases: CaseNode[] = unionCases(inner, ctx.model).map(({ name: c, member }) => ({
        name: { name: c },
        type: witTypeOf(member, t.name, ctx),
        gates: [],
      }));
      if (nonNull.length < inner.members.length) {
        // `T | U | null`: a variant inside an option where it is used would lose the name; add a case.
        cases.push({ name: { name: 'null' }, gates: [] });
      }
      return { ...attrs, kind: 'variant', cases };
    }
    default:
      return { ...attrs, kind: 'alias', target: witTypeOf(inner, t.name, ctx) };
  }
}

/**
 * The rest field a generated record gets: for a `_meta` object (open by MCP's semantics) whose
 * schema states no `additionalProperties` (an object that does is carried whole as `json`), the
 * field `extra` (`extra2`... when a declared property takes the name). Undefined for any other.
 */
export function restFieldOf(body: TypeBody): string | undefined {
  if (body.kind !== 'object' || !body.meta || body.additionalProperties !== undefined) return undefined;
  const taken = new Set(fieldProperties(body).map((p) => fieldName(p.name)));
  let name = 'extra';
  for (let n = 2; taken.has(name); n++) name = `extra${n}`;
  return name;
}

/** References from one named type to others, for the recursion analysis. */
export function refsOf(t: McpType, out: TypeName[] = []): TypeName[] {
  switch (t.kind) {
    case 'ref':
      out.push(t.name);
      break;
    case 'array':
      refsOf(t.items, out);
      break;
    case 'map':
      refsOf(t.values, out);
      break;
    case 'union':
      for (const m of t.members) refsOf(m, out);
      break;
    case 'primitive':
    case 'const':
    case 'enum':
    case 'json':
      break;
    default: {
      const never: never = t;
      throw new Error(`unhandled MCP type ${JSON.stringify(never)}`);
    }
  }
  return out;
}

export function bodyRefs(body: TypeBody): TypeName[] {
  if (body.kind === 'type') return refsOf(body.type);
  const out: TypeName[] = [];
  for (const p of fieldProperties(body)) refsOf(p.type, out);
  return out;
}

/**
 * WIT types cannot refer to themselves, directly or through others. Find the back edges of a
 * depth-first walk in name order; each is cut to `json` (with a warning) so the rest stays typed.
 */
export function recursionCuts(model: McpModel, emitted: ReadonlySet<TypeName>): { cut: Set<string>; diagnostics: Diagnostic[] } {
  const cut = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const state = new Map<TypeName, 'active' | 'done'>();
  const visit = (name: TypeName): void => {
    state.set(name, 'active');
    const t = model.types[name];
    for (const to of t ? [...new Set(bodyRefs(t.body))].sort() : []) {
      if (!emitted.has(to)) continue;
      const s = state.get(to);
      if (s === 'active') {
        cut.add(`${name}\u0000${to}`);
        diagnostics.push(warning('recursive-type', `${name} refers back to ${to}: WIT types cannot be recursive, so that reference is carried as json`, { jsonPath: t!.pointer }));
      } else if (s === undefined) visit(to);
    }
    state.set(name, 'done');
  };
  for (const name of [...emitted].sort()) if (!state.has(name)) visit(name);
  return { cut, diagnostics };
}
