// What the generated package must contain, decided before any syntax is built: which MCP types get
// a WIT type and under which name, which are carried by functions or excluded (and why), and how
// each message is realized by each role.
import type { Direction, McpModel, McpType, Method, NamedType, TypeName } from '../../schema/model.js';
import type { Manifest, ManifestRealization } from '../../map/manifest.js';
import type { MessageRealizationKind, Role, Side } from '../../map/types.js';
import { functionName, typeName } from '../../map/names.js';
import { bodyRefs } from './types.js';

/** The interfaces of the generated package, by role and side. */
export const INTERFACES = {
  types: 'types',
  server: { send: 'runtime', receive: 'handlers' },
  client: { send: 'client', receive: 'client-handlers' },
} as const;

export interface PlannedRealization {
  method: Method;
  role: Role;
  side: Side;
  direction: Direction;
  realization: MessageRealizationKind;
  /** `interface.function` for handler and import. */
  function?: string;
  from?: string[];
  reason?: string;
}

export interface TypeDecision {
  name: TypeName;
  realization: 'type' | 'realized-as-function' | 'excluded';
  wit?: string;
  reason?: string;
}

export interface WitPlan {
  model: McpModel;
  /** Every definition and every reached inline type, sorted by name. */
  types: TypeDecision[];
  realizations: PlannedRealization[];
}

const ROLES: readonly Role[] = ['server', 'client'];

/** Which side a role is on for a message travelling in a direction. */
export function sideOf(role: Role, direction: Direction): Side {
  return (role === 'server') === (direction === 'client-to-server') ? 'receive' : 'send';
}

function manifestEntry(manifest: Manifest | undefined, method: string, role: Role, side: Side): ManifestRealization | undefined {
  const entry = manifest?.messages?.[method];
  return entry?.[`${role}:${side}`] ?? entry?.[role];
}

/** A message is JSON-RPC plumbing when it carries a required `jsonrpc` member: a non-goal. */
function isEnvelope(t: NamedType, model: McpModel, active = new Set<TypeName>()): boolean {
  if (active.has(t.name)) return false; // a cycle proves nothing
  active.add(t.name);
  try {
    if (t.body.kind === 'object') return t.body.properties.some((p) => p.name === 'jsonrpc' && p.required);
    const envelopeType = (m: McpType): boolean =>
      m.kind === 'array' ? envelopeType(m.items) : m.kind === 'ref' && model.types[m.name] !== undefined && isEnvelope(model.types[m.name]!, model, active);
    const inner = t.body.type;
    // A union or batch (array) of envelopes is an envelope too (JSONRPCMessage, batches in 2025-03-26).
    if (inner.kind === 'union') return inner.members.length > 0 && inner.members.every(envelopeType);
    return envelopeType(inner);
  } finally {
    active.delete(t.name);
  }
}

export function planWit(model: McpModel, manifest?: Manifest): WitPlan {
  const messageDefs = new Set(model.methods.map((m) => m.definition));
  const paramsTypes = new Set(model.methods.flatMap((m) => (m.params ? [m.params] : [])));
  const directionUnions = new Set(Object.keys(model.unions));
  const decisions = new Map<TypeName, TypeDecision>();
  for (const name of model.definitions) {
    const t = model.types[name]!;
    const given = manifest?.types?.[name];
    if (given?.realization) {
      decisions.set(name, { name, realization: given.realization, reason: given.reason ?? 'stated by the manifest' });
    } else if (messageDefs.has(name)) {
      decisions.set(name, { name, realization: 'realized-as-function', reason: 'a message: carried by the functions that send and handle it' });
    } else if (directionUnions.has(name)) {
      decisions.set(name, { name, realization: 'realized-as-function', reason: 'a union of messages: each member is carried by its own functions' });
    } else if (isEnvelope(t, model)) {
      decisions.set(name, { name, realization: 'excluded', reason: 'JSON-RPC envelope: the transport layer is the host\u2019s (a non-goal of the proposal)' });
    } else if (isResultUnion(t, model)) {
      decisions.set(name, { name, realization: 'realized-as-function', reason: 'a union of results: each member is the result of its own function' });
    }
  }
  // Types a function carries field by field (spread params) need no WIT type of their own.
  for (const p of paramsTypes) {
    if (!decisions.has(p) && model.types[p]?.body.kind === 'object') {
      decisions.set(p, { name: p, realization: 'realized-as-function', reason: 'message params: spread into the function parameters' });
    }
  }

  // Definitions not decided above get a type; inline types only when something emitted reaches them.
  const emitted = new Set<TypeName>(model.definitions.filter((n) => !decisions.has(n)));
  const roots = new Set<TypeName>(emitted);
  for (const m of model.methods) {
    if (m.params) roots.add(m.params);
    if (m.result) roots.add(m.result);
    // A result stated inline by its response (`CallToolResultResponse.result`) needs a type of its own.
    if (m.result && model.types[m.result]?.origin === 'inline' && !decisions.has(m.result)) emitted.add(m.result);
  }
  const queue = [...roots];
  while (queue.length > 0) {
    const name = queue.pop()!;
    const t = model.types[name];
    if (!t) continue;
    for (const to of bodyRefs(t.body)) {
      if (decisions.get(to)?.realization === 'excluded' || emitted.has(to)) continue;
      if (decisions.has(to) && !paramsTypes.has(to)) continue;
      emitted.add(to);
      decisions.delete(to);
      queue.push(to);
    }
  }
  // A manifest may name the WIT type with its interface (`types.tool`): the package is one interface here.
  for (const name of emitted) decisions.set(name, { name, realization: 'type', wit: manifest?.types?.[name]?.type?.split('.').pop() ?? typeName(name) });
  const types = [...decisions.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const witTypeNames = new Set(types.flatMap((t) => (t.wit ? [t.wit] : [])));
  const realizations: PlannedRealization[] = [];
  for (const method of model.methods) {
    for (const direction of method.directions) {
      for (const role of ROLES) {
        const side = sideOf(role, direction);
        const given = manifestEntry(manifest, method.method, role, side);
        const iface = INTERFACES[role][side];
        const r: PlannedRealization = { method, role, side, direction, realization: given?.realization ?? (side === 'receive' ? 'handler' : 'import') };
        if (r.realization === 'handler' || r.realization === 'import') r.function = given?.function ?? `${iface}.${conventionalFunction(method.definition, witTypeNames)}`;
        if (given?.from) r.from = given.from;
        if (given?.reason) r.reason = given.reason;
        realizations.push(r);
      }
    }
  }

  return { model, types, realizations };
}

/**
 * `CallToolRequest` -> `call-tool`; but an interface's functions and the types it uses share one
 * namespace, so where that name is a type's (`TaskStatusNotification` vs `TaskStatus`) the
 * function keeps the whole definition name (`task-status-notification`).
 */
function conventionalFunction(definition: TypeName, witTypeNames: ReadonlySet<string>): string {
  const short = functionName(definition);
  return witTypeNames.has(short) ? typeName(definition) : short;
}

function isResultUnion(t: NamedType, model: McpModel): boolean {
  if (t.body.kind !== 'type' || t.body.type.kind !== 'union') return false;
  const results = new Set(model.methods.flatMap((m) => (m.result ? [m.result] : [])));
  // A result that is itself a union (`CallToolResult | InputRequiredResult`) contributes its members.
  for (const r of [...results]) {
    const body = model.types[r]?.body;
    if (body?.kind === 'type' && body.type.kind === 'union') for (const m of body.type.members) if (m.kind === 'ref') results.add(m.name);
  }
  return t.body.type.members.every((m) => m.kind === 'ref' && (results.has(m.name) || m.name === 'Result'));
}
