// The plan -> a whole WIT package (syntax trees, one per file) and the manifest that states its
// mapping, so `wasi-mcp check` reads the generated package exactly as it reads the proposal.
import type { FuncNode, InterfaceItem, InterfaceNode, PackageName, TypeDefNode, TypeExpr, WitFile, WorldNode } from '../../wit/ast.js';
import type { McpModel } from '../../schema/model.js';
import type { Manifest } from '../../map/manifest.js';
import type { Role } from '../../map/types.js';
import { warning, type Diagnostic } from '../../diagnostics.js';
import { ERROR_TYPE, functionOf, registrationOf, type Variant } from './functions.js';
import { INTERFACES, planWit, type PlannedRealization, type WitPlan } from './plan.js';
import { JSON_TYPE, recursionCuts, restFieldOf, typeDefOf, type TypeEmitContext } from './types.js';

export interface GenerateWitOptions {
  variant: Variant;
  /** `namespace:name`, default `wasi:mcp`. */
  package?: string;
  /** Default `0.1.0` (WASI 0.3) and `0.1.0-preview2` (WASI 0.2). */
  version?: string;
  manifest?: Manifest;
}

export interface GeneratedPackage {
  files: WitFile[];
  /** The manifest of the generated package (the document, without `file`). */
  manifest: Omit<Manifest, 'file'>;
  plan: WitPlan;
  diagnostics: Diagnostic[];
}

export const WORLDS: Record<string, Role[]> = { 'mcp-backend': ['server'], 'mcp-client': ['client'], 'mcp-proxy': ['server', 'client'] };

const since = (version: string) => [{ kind: 'since' as const, version }];

export const ERROR_CODE_TYPE = 'error-code';

/**
 * Error codes are not in the schema (it has no constants): the JSON-RPC 2.0 codes, the one MCP
 * assigns, and the two the MCP SDKs use. Each case's doc starts with its integer, which is how
 * the codecs map a code to its case.
 */
export const ERROR_CODES: readonly { name: string; code: number; doc: string }[] = [
  { name: 'parse-error', code: -32700, doc: 'invalid JSON was received.' },
  { name: 'invalid-request', code: -32600, doc: 'the JSON sent is not a valid request object.' },
  { name: 'method-not-found', code: -32601, doc: 'the method does not exist or is not available.' },
  { name: 'invalid-params', code: -32602, doc: 'invalid method parameters.' },
  { name: 'internal-error', code: -32603, doc: 'internal error.' },
  { name: 'resource-not-found', code: -32002, doc: 'MCP\u2019s code for a resource that does not exist.' },
  { name: 'connection-closed', code: -32000, doc: 'the connection closed before the response arrived (the MCP SDKs\u2019 code).' },
  { name: 'request-timeout', code: -32001, doc: 'no response arrived in time (the MCP SDKs\u2019 code).' },
];

function errorCodeType(version: string): TypeDefNode {
  return {
    kind: 'variant',
    name: { name: ERROR_CODE_TYPE },
    docs: 'The code of an `error`: the JSON-RPC 2.0 codes, the codes MCP assigns, and any other. On the wire a\ncode is an integer, given in each case\u2019s documentation; any other integer is `other`.',
    gates: since(version),
    cases: [
      ...ERROR_CODES.map((c) => ({ name: { name: c.name }, docs: `${c.code}: ${c.doc}`, gates: [] })),
      { name: { name: 'other' }, type: { kind: 'primitive', name: 's64' }, docs: 'Any other code.', gates: [] },
    ],
  };
}

function errorType(version: string): TypeDefNode {
  return {
    kind: 'record',
    name: { name: ERROR_TYPE },
    docs: 'An MCP error: the `error` object of a JSON-RPC error response.',
    gates: since(version),
    fields: [
      { name: { name: 'code' }, type: { kind: 'name', name: { name: ERROR_CODE_TYPE } }, docs: 'The error type that occurred.', gates: [] },
      { name: { name: 'message' }, type: { kind: 'primitive', name: 'string' }, docs: 'A short description of the error.', gates: [] },
      { name: { name: 'data' }, type: { kind: 'option', inner: { kind: 'name', name: { name: JSON_TYPE } } }, docs: 'Additional information about the error.', gates: [] },
    ],
  };
}

export function defaultVersion(variant: Variant): string {
  return variant === 'p3' ? '0.1.0' : '0.1.0-preview2';
}

export function generateWitPackage(model: McpModel, opts: GenerateWitOptions): GeneratedPackage {
  const [namespace = 'wasi', name = 'mcp'] = (opts.package ?? 'wasi:mcp').split(':');
  const version = opts.version ?? defaultVersion(opts.variant);
  const pkg: PackageName = { namespace, name, version };
  const plan = planWit(model, opts.manifest);
  // A type the manifest carries as `json` gets no definition: every reference to it is `json`.
  // MCP types the manifest gives one WIT type (the inline `cacheScope` enums of every cacheable
  // result as one `cache-scope`) get one definition, from the first of them by name.
  const seen = new Set<string>();
  const defined = plan.types.filter((t) => t.realization === 'type' && t.wit !== JSON_TYPE && !seen.has(t.wit!) && seen.add(t.wit!));
  const emitted = new Set(defined.map((t) => t.name));
  const { cut, diagnostics } = recursionCuts(model, emitted);
  const ctx: TypeEmitContext = {
    model,
    names: new Map(plan.types.filter((t) => t.realization === 'type').map((t) => [t.name, t.wit!])),
    cut,
    diagnostics,
  };

  // Types, sorted by WIT name; `json` and `error` first unless the schema defines them itself.
  const typeDefs = defined
    .map((t) => typeDefOf(model.types[t.name]!, ctx))
    .filter((d): d is TypeDefNode => d !== undefined)
    .sort((a, b) => (a.name.name < b.name.name ? -1 : 1));
  const taken = new Set(typeDefs.map((d) => d.name.name));
  const prelude: TypeDefNode[] = [];
  if (!taken.has(JSON_TYPE)) {
    prelude.push({
      kind: 'alias',
      name: { name: JSON_TYPE },
      docs: 'A JSON value, as UTF-8 JSON text. Carries what MCP leaves open: tool arguments, input and output\nschemas, structured content, `_meta`, experimental capabilities.',
      gates: since(version),
      target: { kind: 'list', element: { kind: 'primitive', name: 'u8' } },
    });
  } else {
    diagnostics.push(warning('json-name-taken', 'the schema defines a type named json; arbitrary JSON uses it'));
  }
  if (!taken.has(ERROR_TYPE) && !taken.has(ERROR_CODE_TYPE)) {
    prelude.push(errorCodeType(version), errorType(version));
  }
  const typesIface: InterfaceNode = {
    kind: 'interface',
    name: { name: INTERFACES.types },
    docs: `Every MCP ${model.version} type the protocol's messages carry, mapped by the rules of docs/mapping.md.`,
    gates: since(version),
    items: [...prelude, ...typeDefs].map((d) => ({ ...d, gates: since(version) })),
  };

  const functions = new Map<string, FuncNode[]>();
  const add = (iface: string, f: FuncNode) => {
    const list = functions.get(iface) ?? [];
    if (!list.some((g) => g.name.name === f.name.name)) list.push(f);
    functions.set(iface, list);
  };
  const served = new Map<string, PlannedRealization[]>();
  for (const r of plan.realizations) {
    if ((r.realization === 'handler' || r.realization === 'import') && r.function) {
      add(r.function.split('.')[0]!, functionOf(r, opts.variant, version, ctx));
    } else if (r.realization === 'host-served') {
      for (const from of r.from ?? []) served.set(from, [...(served.get(from) ?? []), r]);
    }
  }
  for (const [from, rs] of [...served].sort()) {
    const [iface = INTERFACES.server.send, fname = from] = from.includes('.') ? from.split('.') : [INTERFACES.server.send, from];
    add(iface, registrationOf(fname, rs, opts.variant, version, ctx));
  }

  const ifaceDocs: Record<string, string> = {
    [INTERFACES.server.send]: 'The server role\u2019s imports: what a server component sends to the client, and what it registers for the host to serve.',
    [INTERFACES.server.receive]: 'The server role\u2019s exports: the component\u2019s handlers for what the client sends.',
    [INTERFACES.client.send]: 'The client role\u2019s imports: what a client component sends to the server.',
    [INTERFACES.client.receive]: 'The client role\u2019s exports: the component\u2019s handlers for what the server sends.',
  };
  const ifaceNames = [INTERFACES.server.send, INTERFACES.server.receive, INTERFACES.client.send, INTERFACES.client.receive];
  const ifaces = ifaceNames.map((iname) => {
    const funcs = (functions.get(iname) ?? []).sort((a, b) => (a.name.name < b.name.name ? -1 : 1));
    const used = [...new Set(funcs.flatMap((f) => [...f.func.params.map((p) => p.type), ...(f.func.result ? [f.func.result] : [])].flatMap(namesIn)))].sort();
    const items: InterfaceItem[] = [];
    if (used.length > 0) items.push({ kind: 'use', path: { kind: 'local', name: { name: INTERFACES.types } }, names: used.map((n) => ({ name: { name: n } })), gates: [] });
    items.push(...funcs);
    const node: InterfaceNode = { kind: 'interface', name: { name: iname }, docs: ifaceDocs[iname]!, gates: since(version), items };
    return node;
  });

  const worldOf = (wname: string, roles: Role[]): WorldNode => ({
    kind: 'world',
    name: { name: wname },
    docs: roles.length === 2 ? 'A component that is both: an MCP server to its clients and a client of other servers.' : roles[0] === 'server' ? 'An MCP server component: the host speaks MCP, the component supplies the domain logic.' : 'An MCP client component.',
    gates: since(version),
    items: roles.flatMap((role) => [
      { kind: 'import' as const, target: { kind: 'path' as const, path: { kind: 'local' as const, name: { name: INTERFACES[role].send } } }, gates: [] },
      { kind: 'export' as const, target: { kind: 'path' as const, path: { kind: 'local' as const, name: { name: INTERFACES[role].receive } } }, gates: [] },
    ]),
  });
  const worlds = Object.entries(WORLDS).map(([w, roles]) => worldOf(w, roles));

  const file = (fname: string, items: WitFile['items'], docs?: string): WitFile => ({ file: fname, package: pkg, items, ...(docs ? { docs } : {}) });
  const files: WitFile[] = [
    file('types.wit', [typesIface], `The Model Context Protocol (MCP ${model.version}) for WebAssembly components. Generated by wasi-mcp from the MCP schema.`),
    file('server.wit', [ifaces[0]!, ifaces[1]!]),
    file('client.wit', [ifaces[2]!, ifaces[3]!]),
    file('world.wit', worlds),
  ];
  return { files, manifest: manifestOf(plan, model), plan, diagnostics };
}

export function namesIn(t: TypeExpr): string[] {
  switch (t.kind) {
    case 'name':
      return [t.name.name];
    case 'list':
    case 'option':
      return namesIn(t.kind === 'list' ? t.element : t.inner);
    case 'result':
      return [...(t.ok ? namesIn(t.ok) : []), ...(t.err ? namesIn(t.err) : [])];
    case 'tuple':
      return t.elements.flatMap(namesIn);
    case 'map':
      return [...namesIn(t.key), ...namesIn(t.value)];
    case 'future':
    case 'stream':
      return t.inner ? namesIn(t.inner) : [];
    case 'own':
    case 'borrow':
      return [t.resource.name];
    case 'primitive':
      return [];
    default: {
      const never: never = t;
      throw new Error(`unhandled type expression ${JSON.stringify(never)}`);
    }
  }
}

function manifestOf(plan: WitPlan, model: McpModel): Omit<Manifest, 'file'> {
  const messages: NonNullable<Manifest['messages']> = {};
  for (const r of plan.realizations) {
    const entry = (messages[r.method.method] ??= {});
    const value: NonNullable<Manifest['messages']>[string][string] = { realization: r.realization };
    if (r.function) value.function = r.function;
    if (r.from) value.from = r.from;
    if (r.reason) value.reason = r.reason;
    entry[`${r.role}:${r.side}`] = value;
  }
  const types: NonNullable<Manifest['types']> = {};
  for (const t of plan.types) {
    if (t.realization === 'type') {
      const rest = t.wit === JSON_TYPE ? undefined : restFieldOf(model.types[t.name]!.body);
      types[t.name] = rest === undefined ? { type: t.wit! } : { type: t.wit!, rest };
    }
    else types[t.name] = { realization: t.realization, reason: t.reason! };
  }
  return { spec: model.version, worlds: WORLDS, messages, types };
}
