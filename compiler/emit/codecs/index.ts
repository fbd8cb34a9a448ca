// `generateCodecs`: McpModel + WitModel + the checker's Mapping (as `check` built them, see
// compiler/pipeline.ts) -> a self-contained TypeScript codec library in generated/<version>/codecs/.
// Deterministic: the same inputs give byte-identical files.
import { join } from 'node:path';
import prettier from 'prettier';
import { CompilerError, type Diagnostic, error } from '../../diagnostics.js';
import type { Mapping } from '../../map/types.js';
import type { McpModel, McpType } from '../../schema/model.js';
import { resolveMcp } from '../../map/shapes.js';
import type { TypeDef, WitModel } from '../../wit/model.js';
import { _, join as joinCode, lit } from './code.js';
import { ConverterPlanner } from './converters.js';
import { Decisions } from './decisions.js';
import { TextPlanner } from './text.js';
import { TreePlanner } from './tree.js';
import { jsonTypes } from './jsontypes.js';
import { errorCode, findFunc, planMethods, returnParts, carriers, type MethodPlan } from './methods.js';
import { validatorsModule } from './validators.js';
import { witTypeFiles } from './jco-declarations.js';
import { interfaceAlias, interfaceModule } from './jco-type-names.js';
import { HEADER, runtimeSource, templateRegion } from './sources.js';

export { defaultWitDir } from './wit-package.js';

export interface GenerateCodecsOptions {
  /** MCP version (a pinned one, or the label for `schema`). */
  spec?: string;
  /** A schema file to read instead of the pinned one. */
  schema?: string;
  /** The WIT package directory (default: `defaultWitDir(version)`). */
  wit?: string;
  /** Output directory (default: generated/<version>/codecs). */
  out?: string;
}

export interface GeneratedFile {
  path: string;
  content: string;
}

export interface GenerateCodecsResult {
  files: GeneratedFile[];
  diagnostics: Diagnostic[];
}

/** What the codecs are generated from: both models, the checker's mapping of one to the other, and the schema document the validators are compiled from. */
export interface CodecInputs {
  mcp: McpModel;
  wit: WitModel;
  mapping: Mapping;
  witDir: string;
  /** The JSON schema document the MCP model was built from (ajv compiles the validators from it). */
  schema: Record<string, unknown>;
  /** Warnings from the front ends. */
  diagnostics: Diagnostic[];
}

/** The MCP types with a public codec, and the WIT type each is carried by. */
export function publicCodecTypes(inputs: Pick<CodecInputs, 'wit' | 'mapping'>): { name: string; def: TypeDef }[] {
  const out: { name: string; def: TypeDef }[] = [];
  for (const t of inputs.mapping.types) {
    if (t.realization !== 'type' || !t.wit) continue;
    const def = witDefOf(inputs.wit, t.wit);
    if (def) out.push({ name: t.name, def });
  }
  return out;
}

/** The codec library's files under `out`, from the inputs `check` built (compiler/pipeline.ts `codecInputs`). */
export async function generateCodecs(inputs: CodecInputs, out: string): Promise<GenerateCodecsResult> {
  const diagnostics = [...inputs.diagnostics];
  const files = await emit(inputs, diagnostics);
  return { files: files.map((f) => ({ path: join(out, f.path), content: f.content })), diagnostics: [...diagnostics, ...inputs.mapping.diagnostics.filter((d) => d.severity !== 'note')] };
}

/** The WIT type a mapping type item names (`interface.name`). */
function witDefOf(wit: WitModel, ref: string): TypeDef | undefined {
  const dot = ref.lastIndexOf('.');
  const iface = ref.slice(0, dot);
  const name = ref.slice(dot + 1);
  return Object.values(wit.types).find((d) => d.owner.package === wit.root && (d.owner.interface ?? d.owner.world) === iface && d.name === name);
}

/**
 * The JSON-side TS type of a named MCP type: a json-schema-to-typescript declaration (`declared`
 * holds the names it emitted; a definition that is only a `$ref`, like `EmptyResult`, is merged
 * into its target), or an indexed access into its parent. A type found inside a union member has
 * no index path into the union's TS type: it is `unknown` on the JSON side (the WIT side is exact).
 */
function jsonTs(mcp: McpModel, name: string, declared: Set<string>): string {
  const t = mcp.types[name];
  if (!t) return 'unknown';
  if (t.origin === 'definition' || !t.parent) {
    if (declared.has(name)) return `J.${name}`;
    return t.body.kind === 'type' && t.body.type.kind === 'ref' ? jsonTs(mcp, t.body.type.name, declared) : 'unknown';
  }
  let expr = jsonTs(mcp, t.parent.name, declared);
  if (expr === 'unknown') return expr;
  const parent = mcp.types[t.parent.name];
  let cur: McpType | undefined = parent?.body.kind === 'type' ? parent.body.type : undefined;
  let props = parent?.body.kind === 'object' ? parent.body.properties : undefined;
  for (const seg of t.parent.path) {
    if (cur) {
      const s = resolveMcp(mcp, cur);
      props = s.kind === 'object' ? s.properties : undefined;
      if (s.kind === 'union') return 'unknown';
      if (seg === 'Item' && s.kind === 'array') {
        expr = `NonNullable<${expr}>[number]`;
        cur = s.items;
        continue;
      }
      if (seg === 'Value' && s.kind === 'map') {
        expr = `NonNullable<${expr}>[string]`;
        cur = s.values;
        continue;
      }
    }
    const p = props?.find((q) => q.name === seg);
    if (!p) return 'unknown';
    expr = `NonNullable<${expr}>[${lit(seg)}]`;
    cur = p.type;
    props = undefined;
  }
  return `NonNullable<${expr}>`;
}

/** The three planners of one generation: value (converters), text (fused) and tree paths. */
interface Planners {
  value: ConverterPlanner;
  text: TextPlanner;
  tree: TreePlanner;
}

/** The ajv validators the library needs: a name per MCP type, and the schema pointer each compiles. */
class ValidatorSet {
  readonly names = new Map<string, string>();
  readonly pointers: Record<string, string> = {};
  constructor(private readonly mcp: McpModel) {}
  add(typeName: string): void {
    const t = this.mcp.types[typeName];
    if (!t || this.names.has(typeName)) return;
    const v = `v_${typeName.replace(/[^A-Za-z0-9_]/g, '_')}`;
    this.names.set(typeName, v);
    this.pointers[v] = t.pointer;
  }
}

async function emit(inputs: CodecInputs, diagnostics: Diagnostic[]): Promise<GeneratedFile[]> {
  const { mcp, wit, mapping, schema } = inputs;
  const value = new ConverterPlanner(mcp, wit, new Decisions(mcp, wit, mapping.pairs, mapping.rest));
  const text = new TextPlanner(value, schema);
  const planners: Planners = { value, text, tree: new TreePlanner(text) };
  // Every type the checker placed as a WIT type gets a public codec.
  const publicTypes = publicCodecTypes(inputs);
  for (const { name, def } of publicTypes) value.named(name, { kind: 'named', id: def.id });
  // Validators: every public type, every params and result type, and the JSON-RPC error object.
  const validators = new ValidatorSet(mcp);
  for (const { name } of publicTypes) validators.add(name);
  for (const m of mcp.methods) {
    if (m.params) validators.add(m.params);
    if (m.result) validators.add(m.result);
  }
  validators.pointers['v_JSONRPCErrorObject'] = errorObjectPointer(mcp, schema);
  const methods = planMethods(value, text, planners.tree, mapping, validators.names, diagnostics);
  const errorSection = errorCodecs(value, mapping, diagnostics);
  planTextAndTree(planners);
  for (const name of value.memberValidators) validators.add(name);
  for (const [v, ptr] of text.fallbackValidators) validators.pointers[v] = ptr;
  diagnostics.push(...value.diagnostics, ...text.diagnostics);
  const jsonTypesTs = await jsonTypes(schema, mcp);
  const declared = new Set([...jsonTypesTs.matchAll(/^export (?:interface|type) (\w+)/gm)].map((m) => m[1] as string));
  const validatorModule = validatorsModule(schema, mcp, validators.pointers);
  const files: GeneratedFile[] = [
    { path: 'runtime.ts', content: HEADER + runtimeSource('runtime.ts') },
    { path: 'scanner.ts', content: HEADER + runtimeSource('scanner.ts') },
    { path: 'fused.ts', content: fusedModule(planners) },
    { path: 'tree.ts', content: treeModule(planners) },
    { path: 'validators.js', content: validatorModule.js },
    { path: 'validators.d.ts', content: HEADER + validatorModule.dts },
    { path: 'json-types.ts', content: jsonTypesTs },
    { path: 'codecs.ts', content: codecsModule(planners, publicTypes, validators.names, mcp, declared) },
    { path: 'methods.ts', content: methodsModule(planners, methods, errorSection, mcp, schema) },
    { path: 'index.ts', content: indexModule(mcp, wit) },
    ...(await witTypeFiles(inputs.witDir, wit)).map((f) => ({ path: `wit/${f.path}`, content: f.content })),
  ];
  const formatted: GeneratedFile[] = [];
  for (const f of files) {
    const content = f.path.endsWith('.ts') && !f.path.startsWith('wit/') ? await format(f.content) : f.content;
    formatted.push({ path: f.path, content });
  }
  return formatted.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The error codecs, for the `err` of the first request function's result (empty when there is none). */
function errorCodecs(value: ConverterPlanner, mapping: Mapping, diagnostics: Diagnostic[]): string {
  for (const item of mapping.messages) {
    const f = carriers(item).map((r) => findFunc(value, r)).find((fn) => fn && returnParts(value, fn).err);
    const err = f ? returnParts(value, f).err : undefined;
    if (err) return errorCode(value, err, diagnostics);
  }
  return '';
}

/** Text and tree codecs for every converter pair, until no new pair appears. */
function planTextAndTree({ value, text, tree }: Planners): void {
  for (let n = -1; n !== value.fns.size; ) {
    n = value.fns.size;
    for (const f of [...value.fns.values()]) {
      text.named(f.mcp, f.wit);
      tree.named(f.mcp, f.wit);
    }
  }
}

/** Whether the schema's error response requires `id` (`JSONRPCErrorResponse` from 2025-11-25 on does not; `JSONRPCError` before did). */
function errorResponseIdRequired(mcp: McpModel, schema: Record<string, unknown>): boolean {
  const defs = (schema[mcp.definitionsKey] ?? {}) as Record<string, { required?: unknown } | undefined>;
  const response = defs['JSONRPCErrorResponse'] ?? defs['JSONRPCError'];
  if (response === undefined) throw new CompilerError(error('codec-error-object', 'the schema defines no JSON-RPC error response (JSONRPCErrorResponse or JSONRPCError)'));
  return Array.isArray(response.required) && response.required.includes('id');
}

/** Where the JSON-RPC error object is defined: `Error` (2025-11-25 on), else `JSONRPCError.error`. */
function errorObjectPointer(mcp: McpModel, schema: Record<string, unknown>): string {
  const defs = (schema[mcp.definitionsKey] ?? {}) as Record<string, unknown>;
  if (defs['Error']) return `#/${mcp.definitionsKey}/Error`;
  for (const name of ['JSONRPCError', 'JSONRPCErrorResponse']) {
    const error = ((defs[name] as { properties?: Record<string, unknown> } | undefined)?.properties ?? {})['error'] as { $ref?: string } | undefined;
    if (error?.$ref) return error.$ref;
    if (error) return `#/${mcp.definitionsKey}/${name}/properties/error`;
  }
  throw new CompilerError(error('codec-error-object', 'the schema defines no JSON-RPC error object (JSONRPCError.error or Error)'));
}

export async function format(code: string): Promise<string> {
  return prettier.format(code, { parser: 'typescript', printWidth: 120, singleQuote: true, trailingComma: 'all' });
}

function witImports(value: ConverterPlanner): string {
  const mods = new Map<string, string>();
  for (const id of value.usedWit) {
    const def = value.wit.types[id];
    if (!def) continue;
    mods.set(interfaceAlias(def.owner.interface ?? def.owner.world ?? 'world'), interfaceModule(value.wit, def));
  }
  return [...mods.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([alias, mod]) => `import type * as ${alias} from '${mod}';`)
    .join('\n');
}

function codecsModule({ value, text }: Planners, publicTypes: { name: string; def: TypeDef }[], validators: Map<string, string>, mcp: McpModel, declared: Set<string>): string {
  const fns = [...value.fns.values()];
  const body: string[] = [];
  for (const f of fns) {
    body.push(`/** ${f.mcp} -> ${value.describe(f.wit)}. Input already validated against the schema. */`);
    body.push(`export function ${f.toName}(x: any): ${f.witType} { ${f.toBody} }`);
    body.push(`/** ${value.describe(f.wit)} -> ${f.mcp}, checking the WIT value (tags, ranges, strings, JSON text). */`);
    body.push(`export function ${f.fromName}(x: unknown): unknown { ${f.fromBody} }`);
  }
  const entries = publicTypes.map(({ name }) => {
    const fn = fns.find((f) => f.mcp === name && f.wit.kind === 'named');
    const validator = validators.get(name);
    if (!fn || !validator) return '';
    const textFn = text.fns.get(fn.key);
    if (!textFn) return '';
    return `${name}: typeCodec<${jsonTs(mcp, name, declared)}, ${fn.witType}>(V.${validator}, ${fn.toName}, ${fn.fromName}, F.${textFn.parseName}, F.${textFn.encodeName}),`;
  });
  return `${HEADER}/* eslint-disable */
// Converters between MCP JSON (validated) and WIT values as jco represents them.
import * as R from './runtime.js';
import * as V from './validators.js';
import type * as J from './json-types.js';
import * as F from './fused.js';
import * as S from './scanner.js';
${witImports(value)}

${body.join('\n')}

${templateRegion('codecs.ts', 'type-codec')}

/** Per-type codecs for every MCP type the proposal carries as a WIT type. */
export const types = {
${entries.join('\n')}
};
`;
}

function treeModule({ value, text, tree }: Planners): string {
  // Only the checks the json locators call are imported from fused.ts.
  const helpers = tree.allHelpers();
  const checks = [...text.checks.values()].map((c) => c.name).filter((n) => new RegExp(`\\b${n}\\(`).test(helpers)).sort();
  return `${HEADER}/* eslint-disable */
// Tree codecs: a value JSON.parse produced -> the WIT value, checking as they convert, for small
// messages with little \`json\` in them. Each returns what the text path (fused.ts) returns for
// the same text, or throws, and then the text path decides. \`json\` values are found in the text
// (scanner.ts, treeJson) and checked and copied there, as the text path does.
import * as R from './runtime.js';
import * as S from './scanner.js';
${checks.length > 0 ? `import { ${checks.join(', ')} } from './fused.js';` : ''}
${witImports(value)}

${helpers}

${tree.allFunctions()}

${tree.entries.map((e) => e.code).join('\n')}
`;
}

function methodsModule({ value, text, tree }: Planners, methods: MethodPlan[], errorSection: string, mcp: McpModel, schema: Record<string, unknown>): string {
  const registry = joinCode(methods.map((m) => _`${m.method.method}: ${m.ident},`), '\n');
  const fusedNames = [
    ...[...text.fns.values()].flatMap((f) => [f.parseName, f.encodeName]),
    ...[...text.checks.values()].map((c) => c.name),
    ...[...text.loops.values()].map((l) => l.name),
  ].sort();
  return `${HEADER}/* eslint-disable */
// Codecs per request and notification: params <-> arguments, result <-> ok value, error object <-> error.
import * as R from './runtime.js';
import * as V from './validators.js';
${witImports(value)}
import * as S from './scanner.js';
import { ${[...value.fns.values()].flatMap((f) => [f.toName, f.fromName]).sort().join(', ')} } from './codecs.js';
import { ${fusedNames.join(', ')} } from './fused.js';
${tree.entries.length > 0 ? `import { ${tree.entries.map((e) => e.name).sort().join(', ')} } from './tree.js';` : ''}

${methods.map((m) => m.code).join('\n\n')}

/** Every message the proposal carries through a function, by JSON-RPC method. */
export const methods = {
${registry}
} as const;

${_`/** Whether the schema requires the id of an error response. */
export const ERROR_RESPONSE_ID_REQUIRED = ${errorResponseIdRequired(mcp, schema)};`}

${templateRegion('envelope.ts', 'requests')}

${errorSection}

${templateRegion('envelope.ts', 'error-response')}
`;
}

function fusedModule({ value, text }: Planners): string {
  const body: string[] = [];
  for (const f of value.fns.values()) {
    const t = text.fns.get(f.key);
    if (!t) continue;
    body.push(`/** ${f.mcp} from JSON text -> ${value.describe(f.wit)}, validating as it reads. */`);
    body.push(`export function ${t.parseName}(s: S.Scanner): ${t.witType} { ${t.parseBody} }`);
    body.push(`/** ${value.describe(f.wit)} -> ${f.mcp} as JSON text, checking as it writes. */`);
    body.push(`export function ${t.encodeName}(x: unknown): string { ${t.encodeBody} }`);
  }
  return `${HEADER}/* eslint-disable */
// Fused codecs: JSON text <-> WIT values in one pass, validating as they go; \`json\` values are
// checked on the text and copied as slices, never parsed into objects and re-serialized.
import * as R from './runtime.js';
import * as S from './scanner.js';
import * as V from './validators.js';
${witImports(value)}

${text.allChecks()}
${text.allLoops()}

${body.join('\n')}
`;
}

function indexModule(mcp: McpModel, wit: WitModel): string {
  return `${HEADER}// Codecs between MCP ${mcp.version} JSON and ${wit.root} WIT values as jco represents them.
export { CodecError, unknownMembers, type DecodeOptions } from './runtime.js';
export { types, type TypeCodec } from './codecs.js';
export * from './methods.js';
${_`export const MCP_VERSION = ${mcp.version};
export const WIT_PACKAGE = ${wit.root};`}
`;
}
