// The whole pipeline, stage by stage. Front ends turn inputs into models (the MCP schema into an
// McpModel; WIT, after the reference parser accepts it, into a WitModel); the mapping reads both;
// reports and generators read the mapping or the MCP model. Nothing reaches back into raw input.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CompilerError, error, EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK, hasErrors, type Diagnostic } from './diagnostics.js';
import { loadMcpModel, normalizedDocument, type SchemaInput } from './schema/index.js';
import { loadPins } from './schema/pins.js';
import type { McpModel } from './schema/model.js';
import { parseWitPath } from './wit/index.js';
import type { WitModel } from './wit/model.js';
import { validateWithJco } from './wit/oracle.js';
import { buildMapping, CheckerError, manifestBeside, relPath, type Manifest, type Mapping } from './map/index.js';
import { buildReport, hasFindings, renderJson, type CoverageReport } from './report/coverage.js';
import { diffCoverage, goldenFiles, readGolden, renderDiff } from './report/golden.js';
import { renderMarkdown, renderReport, type ReportFormat } from './report/render.js';
import { isWasiPackage, wasiFindings } from './proposal/wasi-rules.js';
import { buildProposal, type ExportOptions, type ExportResult } from './proposal/export.js';
import { generateWitTree, type Variant } from './emit/wit/index.js';
import { spliceAdditions, strippedCopy, type AddMissingResult } from './emit/wit/add-missing.js';
import { diffModels, type SpecDiff } from './diff/diff.js';
import type { Impact } from './diff/render.js';
import { defaultWitDir, repoRoot } from './paths.js';
import { writeFilesAtomically, type OutputFile } from './write.js';

// The library's helpers: the shipped proposal, the per-user cache, the jco workers, downloads.
export { proposalWitDir, cacheRoot } from './paths.js';
export { closeJco } from './wit/oracle.js';
export { allowDownloads, type DownloadPolicy } from './schema/pins.js';
export { CompilerError, type Diagnostic } from './diagnostics.js';
export type { SchemaInput } from './schema/index.js';
export type { McpModel } from './schema/model.js';
export type { WitModel } from './wit/model.js';
export type { CoverageReport } from './report/coverage.js';
export type { ReportFormat } from './report/render.js';
export type { ExportOptions, ExportResult } from './proposal/export.js';
export { renderReport };

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
  // A pinned schema lives outside the repo (a cache or a mirror): name it by version, so reports do not depend on where.
  if (inputs.schemaLabel) mapping.schema = inputs.schemaLabel;
  return { mapping, report: buildReport(mapping) };
}

export interface CheckOptions {
  spec?: string;
  schema?: string;
  wit?: string;
  manifest?: string;
  format?: ReportFormat;
  /** Compare with `<golden>/<version>/coverage.json`: exit 1 only on regressions. */
  golden?: string;
  /** Rewrite `<golden>/<version>/coverage.json` and `coverage.md` (default dir: `golden`). */
  updateGolden?: boolean;
  /** Paths in the report are relative to this directory (default: the working directory). */
  baseDir?: string;
}

export interface CheckResult {
  exitCode: number;
  /** Diagnostics for stderr (warnings, or the errors that made it exit 2). */
  diagnostics: Diagnostic[];
  /** The formatted report (what goes to stdout or --out). */
  output?: string;
  /** The golden diff or update message, for stderr. */
  golden?: string;
  report?: CoverageReport;
  mapping?: Mapping;
  /** The WIT model the report is about. */
  wit?: WitModel;
}

/**
 * `wasi-mcp check` without the printing: validate the WIT with jco, map it against the schema,
 * report, then diff against (or rewrite) the golden coverage. Leaves the jco workers running.
 */
export async function runCheck(opts: CheckOptions = {}): Promise<CheckResult> {
  const base = opts.baseDir ?? process.cwd();
  const witDir = opts.wit ?? defaultWitDir();
  const checked = await checkWitDir(opts, witDir, base);
  if ('bad' in checked) return { exitCode: EXIT_BAD_INPUT, diagnostics: checked.bad };
  const { wit, report, mapping, diagnostics, wasi } = checked;
  const result: CheckResult = {
    exitCode: hasFindings(report) || hasErrors(wasi) ? EXIT_FINDINGS : EXIT_OK,
    diagnostics,
    output: renderReport(report, opts.format ?? 'text'),
    report,
    mapping,
    wit,
  };
  if (opts.updateGolden) return { ...result, golden: updateGolden(opts.golden ?? 'golden', report, base), exitCode: EXIT_OK };
  if (opts.golden === undefined) return result;
  const compared = compareGolden(opts.golden, report, base);
  if ('bad' in compared) return { exitCode: EXIT_BAD_INPUT, diagnostics: [...diagnostics, ...compared.bad] };
  return { ...result, golden: compared.text, exitCode: compared.regressed ? EXIT_FINDINGS : EXIT_OK };
}

type Checked = { wit: WitModel; mapping: Mapping; report: CoverageReport; diagnostics: Diagnostic[]; wasi: Diagnostic[] };

/** Front ends, mapping, report and WASI's rules for one WIT directory; bad input as diagnostics. */
async function checkWitDir(opts: CheckOptions, witDir: string, base: string): Promise<Checked | { bad: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  try {
    const inputs = await checkInputs({ ...schemaInput(opts), wit: witDir, ...(opts.manifest !== undefined ? { manifest: opts.manifest } : {}), baseDir: base });
    diagnostics.push(...inputs.diagnostics);
    const { mapping, report } = check(inputs, base);
    // A WASI proposal also answers to WASI's own checks (gates on every item, the gate policy).
    const wasi = isWasiPackage(inputs.wit) ? wasiFindings(witDir, inputs.wit) : [];
    return { wit: inputs.wit, mapping, report, diagnostics: [...diagnostics, ...mapping.diagnostics, ...wasi], wasi };
  } catch (e) {
    if (e instanceof CompilerError) return { bad: [...diagnostics, ...e.diagnostics] };
    if (e instanceof CheckerError) return { bad: [...diagnostics, checkerDiagnostic(e, witDir)] };
    throw e;
  }
}

/** A comparison the checker could not finish, as a diagnostic at the WIT location it had reached. */
function checkerDiagnostic(e: CheckerError, witDir: string): Diagnostic {
  const at = /^(.*):(\d+):(\d+)$/.exec(e.location ?? '');
  const where: Partial<Diagnostic> = at ? { file: at[1] as string, line: Number(at[2]), column: Number(at[3]) } : { file: witDir };
  return error(`checker-${e.code}`, `${e.message}${e.schema ? ` (schema ${e.schema})` : ''}`, where);
}

function schemaInput(opts: { spec?: string; schema?: string }): SchemaInput {
  return { ...(opts.spec !== undefined ? { spec: opts.spec } : {}), ...(opts.schema !== undefined ? { schema: opts.schema } : {}) };
}

/** Rewrites the golden coverage (JSON and Markdown) of the report's version; says what changed. */
function updateGolden(dir: string, report: CoverageReport, base: string): string {
  const files = goldenFiles(dir, report.spec);
  const written = writeFilesAtomically([
    { path: files.json, content: renderJson(report) },
    { path: files.markdown, content: renderMarkdown(report) },
  ]);
  return `${written.written.length ? `updated ${written.written.map((f) => relPath(f, base)).join(', ')}` : `${relPath(files.json, base)} already up to date`}\n`;
}

/** The report against the golden coverage of its version: the diff's text, and whether anything regressed. */
function compareGolden(dir: string, report: CoverageReport, base: string): { text: string; regressed: boolean } | { bad: Diagnostic[] } {
  const golden = readGolden(dir, report.spec);
  const file = relPath(goldenFiles(dir, report.spec).json, base);
  if (!golden) return { bad: [error('golden-missing', `no golden coverage at ${file}: create it with --update-golden`, { file })] };
  const diff = diffCoverage(golden, report);
  return { text: renderDiff(diff, file), regressed: diff.regressions.length > 0 };
}

/** A complete WIT package (both variants by default) and its manifest, as files under `dir`. */
export function generateWit(mcp: McpModel, dir: string, variants: Variant[] = ['p3', 'p2'], manifest?: Manifest): { files: OutputFile[]; diagnostics: Diagnostic[] } {
  return generateWitTree(mcp, dir, variants, manifest);
}

/**
 * `generate wit --missing-only` for one package: what the check reports missing, added in marked
 * regions (existing regions regenerated). Nothing is returned unless the result is valid WIT for
 * our front end and for jco; nothing is written.
 */
export async function addMissing(mcp: McpModel, witDir: string, manifestFile?: string): Promise<AddMissingResult> {
  const copy = strippedCopy(witDir);
  try {
    const wit = parseWitPath(copy.work);
    if (!wit.model || hasErrors(wit.diagnostics)) throw new CompilerError(wit.diagnostics.filter((d) => d.severity === 'error'));
    const manifest = manifestBeside(copy.dir, manifestFile);
    const mapping = buildMapping(mcp, wit.model, { ...(manifest ? { manifest } : {}), baseDir: copy.work });
    const result = spliceAdditions(copy, mcp, wit.model, mapping);
    await validateAdditions(copy.work);
    return result;
  } finally {
    rmSync(copy.work, { recursive: true, force: true });
  }
}

/** The package with the additions must resolve for us and for the reference (jco). */
async function validateAdditions(dir: string): Promise<void> {
  const ours = parseWitPath(dir);
  if (!ours.model || hasErrors(ours.diagnostics)) {
    throw new CompilerError([error('generated-invalid', 'the WIT with the generated additions does not resolve; nothing was written'), ...ours.diagnostics]);
  }
  const verdict = await validateWithJco(dir);
  if (!verdict.ok) throw new CompilerError(error('generated-invalid', `jco rejects the WIT with the generated additions (${verdict.message ?? 'invalid'}); nothing was written`));
}

/** What changed from one MCP version to another. */
export function diffSpecs(from: McpModel, to: McpModel): SpecDiff {
  return diffModels(from, to);
}

export interface SpecDiffRun {
  diff: SpecDiff;
  /** Warnings from loading both schemas. */
  diagnostics: Diagnostic[];
  /** What `check` reports for the WIT against the newer version (when a WIT was given). */
  impact?: Impact;
  /** The check of the WIT when it could not run (bad input): its diagnostics and exit code. */
  failedCheck?: { diagnostics: Diagnostic[]; exitCode: number };
}

/** `wasi-mcp diff`: both front ends, the spec diff, and the check of `wit` against the newer version. */
export async function runSpecDiff(from: SchemaInput, to: SchemaInput, wit?: string): Promise<SpecDiffRun> {
  const a = await loadMcpModel(from);
  const b = await loadMcpModel(to);
  const run: SpecDiffRun = { diff: diffModels(a.model, b.model), diagnostics: [...a.diagnostics, ...b.diagnostics] };
  if (wit === undefined) return run;
  const checked = await runCheck({ ...schemaInput(to), wit });
  if (!checked.report) return { ...run, failedCheck: { diagnostics: checked.diagnostics, exitCode: checked.exitCode } };
  return { ...run, impact: { wit, text: renderReport(checked.report, 'text'), exitCode: checked.exitCode, stale: checked.report.stale } };
}

/** The WASI proposal repository (`proposal export`), its WIT checked where it lands. */
export function exportProposal(opts: ExportOptions = {}): Promise<ExportResult> {
  return buildProposal(runCheck, opts);
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
  // The document the model was built from: the official one, normalized the same way (normalized.ts).
  const schema = normalizedDocument(JSON.parse(readFileSync(mcp.model.file, 'utf8'))).doc;
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
