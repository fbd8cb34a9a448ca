// The whole pipeline, stage by stage. Front ends turn inputs into models (the MCP schema into an
// McpModel; WIT, after the reference parser accepts it, into a WitModel); the mapping reads both;
// reports and generators read the mapping or the MCP model. Nothing reaches back into raw input.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CompilerError, error, hasErrors, type Diagnostic } from './diagnostics.js';
import { loadMcpModel, type SchemaInput } from './schema/index.js';
import { loadPins } from './schema/pins.js';
import type { McpModel } from './schema/model.js';
import { parseWitPath } from './wit/index.js';
import type { WitModel } from './wit/model.js';
import { validateWithJco } from './wit/oracle.js';
import { buildMapping, manifestBeside, relPath, type Manifest, type Mapping } from './map/index.js';
import { buildReport, type CoverageReport } from './report/coverage.js';
import { generateWitTree, type Variant } from './emit/wit/index.js';
import { diffModels, type SpecDiff } from './diff/diff.js';

import type { OutputFile } from './write.js';
import { repoRoot } from './paths.js';

// The library's helpers: the shipped proposal, the per-user cache, the jco workers, downloads.
export { proposalWitDir, cacheRoot } from './paths.js';
export { closeJco } from './wit/oracle.js';
export { allowDownloads, type DownloadPolicy } from './schema/pins.js';
export { CompilerError, type Diagnostic } from './diagnostics.js';
export type { SchemaInput } from './schema/index.js';
export type { McpModel } from './schema/model.js';
export type { WitModel } from './wit/model.js';
export type { CoverageReport } from './report/coverage.js';

/** The MCP version commands use when given none: the pins' `default`, the version the proposal targets. */
export const DEFAULT_SPEC = loadPins().default;

export interface CheckInputs {
  mcp: McpModel;
  wit: WitModel;
  manifest?: Manifest;
  /** Warnings from the front ends. */
  diagnostics: Diagnostic[];
  /** How reports name the schema: a pinned one by version (where it lives varies by machine). */
  schemaLabel?: string;
}

/** The MCP model of `--spec`/`--schema` (default: the pinned default version). */
export async function mcpModel(input: SchemaInput): Promise<{ model: McpModel; diagnostics: Diagnostic[] }> {
  const spec = input.spec ?? (input.schema === undefined ? DEFAULT_SPEC : undefined);
  return loadMcpModel({ ...input, ...(spec !== undefined ? { spec } : {}) });
}

/**
 * A WIT directory package: the reference parser (jco) must accept it first, then our front end
 * resolves it. A rejection names the reference's message and the best location known.
 */
export async function witModel(witDir: string, baseDir: string = process.cwd()): Promise<{ model: WitModel; diagnostics: Diagnostic[] }> {
  if (!existsSync(witDir)) throw new CompilerError(error('wit-not-found', `no WIT at ${witDir}`, { file: witDir }));
  // jco resolves paths against its own preopens: give it an absolute path.
  const verdict = await validateWithJco(resolve(witDir));
  const wit = parseWitPath(witDir);
  if (!verdict.ok) {
    // jco's message often has no location: take it from the reference's text, else from our parser's first error.
    const at = /-->\s+(.+?):(\d+):(\d+)/.exec(verdict.detail ?? '');
    const ours = wit.diagnostics.find((d) => d.severity === 'error' && d.line !== undefined);
    const where: Partial<Diagnostic> = at
      ? { file: relPath(at[1] as string, baseDir), line: Number(at[2]), column: Number(at[3]) }
      : ours
        ? { file: ours.file ? relPath(ours.file, baseDir) : witDir, line: ours.line as number, column: ours.column ?? 1, length: ours.length ?? 1 }
        : { file: witDir };
    throw new CompilerError(error('wit-invalid', `the reference WIT parser (jco) rejects ${witDir}: ${verdict.message ?? 'invalid'}`, where));
  }
  if (!wit.model || hasErrors(wit.diagnostics)) throw new CompilerError(wit.diagnostics.filter((d) => d.severity === 'error'));
  return { model: wit.model, diagnostics: wit.diagnostics };
}

/** Both front ends and the manifest: everything `check` reads. Throws CompilerError on bad input. */
export async function checkInputs(opts: SchemaInput & { wit: string; manifest?: string; baseDir?: string }): Promise<CheckInputs> {
  const wit = await witModel(opts.wit, opts.baseDir);
  const manifest = manifestBeside(opts.wit, opts.manifest);
  const mcp = await mcpModel(opts);
  const diagnostics = [...wit.diagnostics.filter((d) => d.severity !== 'error'), ...mcp.diagnostics];
  return {
    mcp: mcp.model,
    wit: wit.model,
    ...(manifest ? { manifest } : {}),
    diagnostics,
    ...(opts.schema === undefined ? { schemaLabel: `pinned:${mcp.model.version}` } : {}),
  };
}

/** The mapping and its coverage report. */
export function check(inputs: CheckInputs, baseDir: string = process.cwd()): { mapping: Mapping; report: CoverageReport } {
  const mapping = buildMapping(inputs.mcp, inputs.wit, { ...(inputs.manifest ? { manifest: inputs.manifest } : {}), baseDir });
  if (inputs.schemaLabel) mapping.schema = inputs.schemaLabel;
  return { mapping, report: buildReport(mapping) };
}

/** A complete WIT package (both variants by default) and its manifest, as files under `dir`. */
export function generateWit(mcp: McpModel, dir: string, variants: Variant[] = ['p3', 'p2'], manifest?: Manifest): { files: OutputFile[]; diagnostics: Diagnostic[] } {
  return generateWitTree(mcp, dir, variants, manifest);
}

/** What changed from one MCP version to another. */
export function diffSpecs(from: McpModel, to: McpModel): SpecDiff {
  return diffModels(from, to);
}

type CodecModule = typeof import('./emit/codecs/index.js');
// The codec generator is loaded on use: its dependencies (prettier, ajv, jco types) are heavy.
const codecModule = (): Promise<CodecModule> => import('./emit/codecs/index.js');

/**
 * What the codecs are generated from, through the same stages as `check`: the MCP model, the WIT
 * package (accepted by jco first; by default the one written for the MCP version), the manifest
 * beside it, the mapping `check` builds, and the schema document the validators compile from.
 */
export async function codecInputs(opts: import('./emit/codecs/index.js').GenerateCodecsOptions = {}): Promise<import('./emit/codecs/index.js').CodecInputs> {
  const codecs = await codecModule();
  const mcp = await mcpModel({ ...(opts.spec ? { spec: opts.spec } : {}), ...(opts.schema ? { schema: opts.schema } : {}) });
  const diagnostics = [...mcp.diagnostics];
  const witDir = resolve(opts.wit ?? codecs.defaultWitDir(mcp.model.version, diagnostics));
  const wit = await witModel(witDir);
  const manifest = manifestBeside(witDir);
  const inputs: CheckInputs = { mcp: mcp.model, wit: wit.model, ...(manifest ? { manifest } : {}), diagnostics: [...diagnostics, ...wit.diagnostics.filter((d) => d.severity !== 'error')] };
  const { mapping } = check(inputs, repoRoot());
  const schema = JSON.parse(readFileSync(mcp.model.file, 'utf8')) as Record<string, unknown>;
  return { mcp: mcp.model, wit: wit.model, mapping, witDir, schema, diagnostics: inputs.diagnostics };
}

/** The codec library for a WIT package, under `opts.out` (default: generated/<version>/codecs); `inputs` when already built. */
export async function generateCodecs(
  opts: import('./emit/codecs/index.js').GenerateCodecsOptions = {},
  inputs?: import('./emit/codecs/index.js').CodecInputs,
): Promise<import('./emit/codecs/index.js').GenerateCodecsResult> {
  const codecs = await codecModule();
  const built = inputs ?? (await codecInputs(opts));
  return codecs.generateCodecs(built, resolve(opts.out ?? join(repoRoot(), 'generated', built.mcp.version, 'codecs')));
}
