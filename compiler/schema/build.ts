// Schema document -> McpModel: definitions normalized, then methods found from the direction unions.
import { error, hasErrors, warning, type Diagnostic } from '../diagnostics.js';
import { pointerFrom } from './json.js';
import type { Direction, McpModel, McpType, Method, NamedType, TypeName } from './model.js';
import { buildDefinition, normalize, type NormalizeContext } from './normalize.js';
import { normalizedDocument } from './normalized.js';
import { RESULTS_KEY } from './task-results.js';

export interface BuildResult {
  model?: McpModel;
  diagnostics: Diagnostic[];
}

/** The unions that list every message, and what they say about it. */
const DIRECTION_UNIONS: Record<string, { kind: Method['kind']; direction: Direction }> = {
  ClientRequest: { kind: 'request', direction: 'client-to-server' },
  ServerRequest: { kind: 'request', direction: 'server-to-client' },
  ClientNotification: { kind: 'notification', direction: 'client-to-server' },
  ServerNotification: { kind: 'notification', direction: 'server-to-client' },
};

/**
 * Result pairing. Since 2026-07-28 the schema states it: `XResultResponse.result` is what
 * `XRequest` answers (a union where a request may also answer `InputRequiredResult`). Before, the
 * schema has no request -> result link, so: (1) these methods answer an empty result (the spec
 * says so in prose); (2) `XRequest` pairs with `XResult` when defined; (3) any other request
 * answers an empty result, with a warning so a new version's unpaired request is seen.
 */
export const EMPTY_RESULT_METHODS: readonly string[] = ['logging/setLevel', 'ping', 'resources/subscribe', 'resources/unsubscribe'];

/** MCP's name for its extension point: an object under it is open by MCP's semantics. */
export const META_PROPERTY = '_meta';

/**
 * Marks every object type that is the value of a `_meta` property (`meta: true`): members beyond
 * its declared (reserved) keys belong to the value, whether or not the JSON schema says
 * `additionalProperties` there (2026-07-28's `RequestMetaObject` does not; its schema.ts does).
 */
function markMetaObjects(types: Map<TypeName, NamedType>): void {
  const targets = (t: McpType): TypeName[] =>
    t.kind === 'ref' ? [t.name] : t.kind === 'union' ? t.members.flatMap(targets) : [];
  for (const named of types.values()) {
    if (named.body.kind !== 'object') continue;
    for (const p of named.body.properties) {
      if (p.name !== META_PROPERTY) continue;
      for (const name of targets(p.type)) {
        // follow aliases to the object itself
        let target = types.get(name);
        for (let hops = 0; target && target.body.kind === 'type' && target.body.type.kind === 'ref' && hops < 8; hops++) target = types.get(target.body.type.name);
        if (target?.body.kind === 'object') target.body.meta = true;
      }
    }
  }
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function dialectOf(schemaUri: unknown): string | undefined {
  if (typeof schemaUri !== 'string') return undefined;
  if (schemaUri.includes('draft-07')) return 'draft-07';
  if (schemaUri.includes('2020-12')) return '2020-12';
  if (schemaUri.includes('2019-09')) return '2019-09';
  if (schemaUri.includes('draft-04')) return 'draft-04';
  return schemaUri;
}

export function buildMcpModel(raw: unknown, opts: { file: string; version: string }): BuildResult {
  const { file } = opts;
  // MCP's own semantics first (normalized.ts): `_meta` on every message, task-form results.
  const doc = normalizedDocument(raw).doc;
  const diagnostics: Diagnostic[] = [];
  if (!isRecord(doc)) {
    return { diagnostics: [error('not-a-schema', 'not a JSON Schema document: expected an object at the top level', { file, jsonPath: '#' })] };
  }
  const definitionsKey = isRecord(doc.$defs) ? '$defs' : isRecord(doc.definitions) ? 'definitions' : undefined;
  if (!definitionsKey) {
    return { diagnostics: [error('not-a-schema', 'not an MCP schema: it has neither "definitions" nor "$defs"', { file, jsonPath: '#' })] };
  }
  const dialect = dialectOf(doc.$schema);
  if (dialect === undefined) diagnostics.push(warning('no-dialect', 'no "$schema": the JSON Schema dialect is unknown', { file, jsonPath: '#' }));
  const definitions = doc[definitionsKey] as Record<string, unknown>;
  const names = Object.keys(definitions).sort();
  const ctx: NormalizeContext = {
    file,
    definitionsKey,
    definitions,
    root: doc,
    types: new Map(),
    taken: new Set(names),
    diagnostics,
    building: new Set(),
  };
  for (const name of names) buildDefinition(name, ctx);
  markMetaObjects(ctx.types);

  const unions: Record<string, TypeName[]> = {};
  const byKey = new Map<string, Method>();
  for (const [unionName, what] of Object.entries(DIRECTION_UNIONS)) {
    const members = unionMembers(ctx.types.get(unionName));
    if (!members) continue;
    unions[unionName] = members;
    for (const def of members) {
      const method = methodOf(def, what.kind, ctx);
      if (!method) continue;
      const key = `${method.method}\u0000${method.kind}`;
      const seen = byKey.get(key);
      if (seen) {
        if (!seen.directions.includes(what.direction)) seen.directions = [...seen.directions, what.direction].sort();
      } else {
        byKey.set(key, { ...method, directions: [what.direction] });
      }
    }
  }
  if (Object.keys(unions).length === 0) {
    diagnostics.push(error('no-messages', 'none of ClientRequest, ServerRequest, ClientNotification, ServerNotification is defined', { file, jsonPath: '#' }));
  }
  for (const m of byKey.values()) if (m.definition in DIRECTION_UNIONS) adoptMessageDefinition(m, ctx);
  const methods = [...byKey.values()].sort((a, b) => (a.method === b.method ? a.kind.localeCompare(b.kind) : a.method < b.method ? -1 : 1));
  for (const m of methods) if (m.kind === 'request') pairResult(m, ctx);

  if (hasErrors(diagnostics)) return { diagnostics };
  const types: Record<TypeName, NamedType> = {};
  for (const name of [...ctx.types.keys()].sort()) types[name] = ctx.types.get(name)!;
  return {
    model: {
      version: opts.version,
      dialect: dialect ?? 'unknown',
      definitionsKey,
      file,
      types,
      definitions: names,
      methods,
      unions,
    },
    diagnostics,
  };
}

function unionMembers(t: NamedType | undefined): TypeName[] | undefined {
  if (!t) return undefined;
  // A direction with a single message: schema.ts's one-member union is written out as that
  // message's object itself (2026-07-28's ClientNotification is notifications/cancelled).
  if (t.body.kind === 'object') return [t.name];
  const u = t.body.type;
  if (u.kind === 'ref') return [u.name];
  if (u.kind !== 'union') return undefined;
  return u.members.flatMap((m) => (m.kind === 'ref' ? [m.name] : []));
}

/**
 * A method found through a direction union written as one message's object takes the name of the
 * definition that states the same message (`CancelledNotification`), when exactly one does, so
 * its WIT function name and report entries do not depend on how the direction was spelled.
 */
function adoptMessageDefinition(m: Method, ctx: NormalizeContext): void {
  const same = [...ctx.types.values()].filter(
    (t) => t.origin === 'definition' && !(t.name in DIRECTION_UNIONS) && methodConst(t) === m.method && (t.body.kind !== 'object' || t.body.properties.some((p) => p.name === 'id') === (m.kind === 'request')),
  );
  if (same.length !== 1) return;
  const def = same[0]!;
  const found = methodOf(def.name, m.kind, ctx);
  if (!found) return;
  delete m.description;
  delete m.params;
  Object.assign(m, found);
}

function methodConst(t: NamedType): string | undefined {
  if (t.body.kind !== 'object') return undefined;
  const p = t.body.properties.find((q) => q.name === 'method');
  return p && p.type.kind === 'const' && typeof p.type.value === 'string' ? p.type.value : undefined;
}

function methodOf(def: TypeName, kind: Method['kind'], ctx: NormalizeContext): Omit<Method, 'directions'> | undefined {
  const t = ctx.types.get(def);
  const at = { file: ctx.file, jsonPath: pointerFrom([ctx.definitionsKey, def]) };
  if (!t || t.body.kind !== 'object') {
    ctx.diagnostics.push(warning('not-a-message', `${def} is listed as a message but is not an object`, at));
    return undefined;
  }
  const methodProp = t.body.properties.find((p) => p.name === 'method');
  if (!methodProp || methodProp.type.kind !== 'const' || typeof methodProp.type.value !== 'string') {
    ctx.diagnostics.push(warning('not-a-message', `${def} has no constant "method"`, at));
    return undefined;
  }
  const params = t.body.properties.find((p) => p.name === 'params');
  const m: Omit<Method, 'directions'> = {
    method: methodProp.type.value,
    kind,
    definition: def,
    paramsRequired: params?.required ?? false,
    pointer: t.pointer,
  };
  if (params && params.type.kind === 'ref') m.params = params.type.name;
  if (t.description !== undefined) m.description = t.description;
  return m;
}

/** The named type of a `XResultResponse`'s `result` property (a definition or a derived union). */
function responseResult(t: NamedType | undefined): TypeName | undefined {
  if (!t || t.body.kind !== 'object') return undefined;
  const result = t.body.properties.find((p) => p.name === 'result');
  return result?.type.kind === 'ref' ? result.type.name : undefined;
}

function pairResult(m: Method, ctx: NormalizeContext): void {
  const empty = ctx.types.has('EmptyResult') ? 'EmptyResult' : 'Result';
  if (EMPTY_RESULT_METHODS.includes(m.method)) {
    m.result = empty;
    m.resultRule = 'exception';
    return;
  }
  const byName = m.definition.replace(/Request$/, 'Result');
  const taskForm = (ctx.root as Record<string, unknown>)[RESULTS_KEY] as Record<string, unknown> | undefined;
  if (taskForm?.[m.definition] !== undefined) {
    // task-results (task-results.ts): `XResult | CreateTaskResult`, named `XRequestResult`.
    const t = normalize(taskForm[m.definition], { owner: m.definition, path: ['Result'], pointer: [RESULTS_KEY, m.definition] }, ctx);
    if (t.kind === 'ref') {
      m.result = t.name;
      m.resultRule = 'task-augmented';
      return;
    }
  }
  const stated = responseResult(ctx.types.get(`${byName}Response`));
  if (byName !== m.definition && stated !== undefined) {
    m.result = stated;
    m.resultRule = 'response';
    return;
  }
  if (byName !== m.definition && ctx.types.has(byName)) {
    m.result = byName;
    m.resultRule = 'by-name';
    return;
  }
  m.result = empty;
  m.resultRule = 'empty-result';
  ctx.diagnostics.push(
    warning('unpaired-result', `no ${byName} is defined: ${m.method} is taken to answer ${empty}`, { file: ctx.file, jsonPath: m.pointer }),
  );
}
