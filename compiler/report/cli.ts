// `wasi-mcp check`: the WIT is validated by the reference (jco) first, then parsed, mapped against
// the MCP schema and reported. Exit 0: nothing lossy or missing (with --golden: nothing
// regressed); 1: findings (or regressions); 2: bad input. Diagnostics go to stderr.
import { existsSync, statSync } from 'node:fs';
import { type Command, Option } from 'commander';
import { action, EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK, printDiagnostics, writeOut } from '../cli-support.js';
import { CompilerError, type Diagnostic, error, hasErrors } from '../diagnostics.js';
import { relPath } from '../map/map.js';
import { CheckerError } from '../map/shapes.js';
import type { Mapping } from '../map/types.js';
import { closeJco, useJcoInProcess } from '../wit/oracle.js';
import { writeFilesAtomically } from '../write.js';
import { defaultWitDir } from '../paths.js';
import { check, checkInputs, DEFAULT_SPEC } from '../pipeline.js';
import { isWasiPackage, wasiFindings } from '../proposal/wasi-rules.js';
import { type CoverageReport, hasFindings, renderJson } from './coverage.js';
import { diffCoverage, goldenFiles, readGolden, renderDiff } from './golden.js';
import { renderMarkdown, renderText } from './render.js';

export { DEFAULT_SPEC };
export type ReportFormat = 'text' | 'json' | 'markdown';

export interface CheckOptions {
  spec?: string;
  schema?: string;
  wit?: string;
  manifest?: string;
  format?: ReportFormat;
  golden?: string;
  updateGolden?: boolean;
  out?: string;
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
}

export function renderReport(report: CoverageReport, format: ReportFormat): string {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'markdown':
      return renderMarkdown(report);
    case 'text':
      return renderText(report);
    default: {
      const never: never = format;
      throw new Error(`unknown format ${String(never)}`);
    }
  }
}

/** Validates with jco, then checks. Does not print, and leaves the jco workers running. */
export async function runCheck(opts: CheckOptions = {}): Promise<CheckResult> {
  const diagnostics: Diagnostic[] = [];
  const bad = (d: Diagnostic[]): CheckResult => ({ exitCode: EXIT_BAD_INPUT, diagnostics: [...diagnostics, ...d] });
  const base = opts.baseDir ?? process.cwd();
  const witDir = opts.wit ?? defaultWitDir();
  let mapping: Mapping;
  let report: CoverageReport;
  let wasi: Diagnostic[] = [];
  try {
    const inputs = await checkInputs({ ...(opts.spec !== undefined ? { spec: opts.spec } : {}), ...(opts.schema !== undefined ? { schema: opts.schema } : {}), wit: witDir, ...(opts.manifest !== undefined ? { manifest: opts.manifest } : {}), baseDir: base });
    diagnostics.push(...inputs.diagnostics);
    ({ mapping, report } = check(inputs, base));
    // A WASI proposal also answers to WASI's own checks (gates on every item, the gate policy).
    if (isWasiPackage(inputs.wit)) wasi = wasiFindings(witDir, inputs.wit);
  } catch (e) {
    if (e instanceof CompilerError) return bad(e.diagnostics);
    if (e instanceof CheckerError) {
      const at = /^(.*):(\d+):(\d+)$/.exec(e.location ?? '');
      const where: Partial<Diagnostic> = at ? { file: at[1] as string, line: Number(at[2]), column: Number(at[3]) } : { file: witDir };
      return bad([error(`checker-${e.code}`, `${e.message}${e.schema ? ` (schema ${e.schema})` : ''}`, where)]);
    }
    throw e;
  }
  // A pinned schema lives outside the repo (a cache or a mirror): name it by version, so reports do not depend on where.
  diagnostics.push(...mapping.diagnostics, ...wasi);

  const output = renderReport(report, opts.format ?? 'text');
  const result: CheckResult = { exitCode: hasFindings(report) || hasErrors(wasi) ? EXIT_FINDINGS : EXIT_OK, diagnostics, output, report, mapping };

  if (opts.updateGolden) {
    const dir = opts.golden ?? 'golden';
    const files = goldenFiles(dir, report.spec);
    const written = writeFilesAtomically([
      { path: files.json, content: renderJson(report) },
      { path: files.markdown, content: renderMarkdown(report) },
    ]);
    result.golden = `${written.written.length ? `updated ${written.written.map((f) => relPath(f, base)).join(', ')}` : `${relPath(files.json, base)} already up to date`}\n`;
    result.exitCode = EXIT_OK;
  } else if (opts.golden !== undefined) {
    const golden = readGolden(opts.golden, report.spec);
    const file = relPath(goldenFiles(opts.golden, report.spec).json, base);
    if (!golden) return bad([error('golden-missing', `no golden coverage at ${file}: create it with --update-golden`, { file })]);
    const diff = diffCoverage(golden, report);
    result.golden = renderDiff(diff, file);
    result.exitCode = diff.regressions.length > 0 ? EXIT_FINDINGS : EXIT_OK;
  }
  return result;
}

export function registerCheckCommand(program: Command): void {
  program
    .command('check')
    .description('check the proposal WIT against the MCP schema: coverage, faithfulness, golden diff')
    .option('--spec <version>', `MCP version (pinned; default ${DEFAULT_SPEC}), or the label for --schema`)
    .option('--schema <file>', 'read this MCP schema file instead of a pinned version')
    .option('--wit <dir>', "the proposal WIT directory (default: ./wit, else the package's own proposal)")
    .option('--manifest <file>', 'the mapping manifest (default: <wit>/mcp-mapping.json if present)')
    .addOption(new Option('--format <format>', 'report format').choices(['text', 'json', 'markdown']).default('text'))
    .option('--golden <dir>', 'compare with <dir>/<version>/coverage.json: exit 1 only on regressions')
    .option('--update-golden', 'rewrite <golden>/<version>/coverage.json and coverage.md (default dir: golden)')
    .option('--out <file>', 'write the report here instead of stdout')
    .action(
      action(async (opts: CheckOptions) => {
        try {
          if (opts.wit && existsSync(opts.wit) && !statSync(opts.wit).isDirectory() && !opts.wit.endsWith('.wit')) {
            throw new CompilerError(error('wit-not-found', `${opts.wit} is neither a WIT directory nor a .wit file`, { file: opts.wit }));
          }
          // One validation per command: jco in this process starts faster than its workers.
          useJcoInProcess();
          const r = await runCheck(opts);
          printDiagnostics(r.diagnostics);
          if (r.output !== undefined) {
            if (opts.out) writeFilesAtomically([{ path: opts.out, content: r.output }]);
            else await writeOut(r.output);
          }
          if (r.golden) process.stderr.write(r.golden);
          return r.exitCode;
        } finally {
          closeJco();
        }
      }),
    );
}
