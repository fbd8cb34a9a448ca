// `wasi-mcp proposal export`: this repository's proposal as a WASI proposal repository, in the
// shape of WebAssembly/wasi-proposal-template and the proposals that follow it:
//
//   README.md                 the template's sections (readme.ts)
//   wit/                      WASI 0.2 package (from wit/preview2/), as WASI's `proposals/<p>/wit`
//   wit-0.3.0-draft/          WASI 0.3 package (from wit/), as WASI's `proposals/<p>/wit-0.3.0-draft`
//   <world>.md                one page per world, as `wit-bindgen markdown wit --html-in-md` writes
//   coverage.md               the coverage report of both variants
//   mcp-mapping.schema.json   the schema of the manifests beside each package
//   LICENSE.md, test/README.md, .github/workflows/ci.yml
//
// The WIT is copied byte for byte, then checked where it lands (so the report's locations are the
// exported ones): the reference parser, the coverage check and WASI's rules. Nothing is written
// unless every WASI rule holds; then all files are written at once.
import { mkdtempSync, readFileSync, rmSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, normalize } from 'node:path';
import { CompilerError, error, hasErrors, type Diagnostic } from '../diagnostics.js';
import { manifestBeside, relPath } from '../map/index.js';
import { hasFindings, type CoverageReport } from '../report/coverage.js';
import { renderMarkdown } from '../report/render.js';
import type { WitModel } from '../wit/model.js';
import { writeFilesAtomically, type OutputFile } from '../write.js';
import { ciWorkflow, P2_DIR, P3_DIR, testReadme } from './files.js';
import { APACHE_2_0 } from './license.js';
import { elaborate, worldPages } from './markdown.js';
import { renderReadme, type VariantInfo, type WorldSummary } from './readme.js';
import { readSections } from './sections.js';
import { variantFindings, witFiles } from './wasi-rules.js';

export interface ExportOptions {
  /** The WASI 0.3 package (default `wit`). */
  wit?: string;
  /** The WASI 0.2 package (default `<wit>/preview2`). */
  witP2?: string;
  /** The proposal's design document (default `docs/proposal.md`). */
  doc?: string;
  /** MCP version; default: the `spec` of the manifest beside the WASI 0.3 package. */
  spec?: string;
  schema?: string;
  /** The manifest schema (default `<wit>/mcp-mapping.schema.json`). */
  manifestSchema?: string;
}

export interface ExportResult {
  /** Paths relative to the output directory, sorted. */
  files: OutputFile[];
  diagnostics: Diagnostic[];
  /** Findings that keep the export from being written (WASI rules, variants). */
  blocking: Diagnostic[];
  /** Whether the coverage reports have lossy or missing items. */
  coverageFindings: boolean;
}

/**
 * The checker, as the pipeline runs it (`runCheck`): given by the pipeline, so that this target
 * reads the check's models and report and never wires the front ends itself.
 */
export type RunCheck = (opts: { wit: string; baseDir: string; spec?: string; schema?: string }) => Promise<{ diagnostics: Diagnostic[]; report?: CoverageReport; wit?: WitModel }>;

interface Staged {
  wasi: string;
  dir: string;
  source: string;
  files: OutputFile[];
}

/** Build the proposal repository in memory. Throws CompilerError on bad input. */
export async function buildProposal(runCheck: RunCheck, opts: ExportOptions = {}): Promise<ExportResult> {
  const p3Src = opts.wit ?? 'wit';
  const p2Src = opts.witP2 ?? join(p3Src, 'preview2');
  const docPath = opts.doc ?? join('docs', 'proposal.md');
  const schemaPath = opts.manifestSchema ?? join(p3Src, 'mcp-mapping.schema.json');
  for (const p of [p3Src, p2Src, docPath]) {
    if (!existsSync(p)) throw new CompilerError(error('proposal-input', `${p} does not exist`, { file: p }));
  }
  const spec = opts.spec ?? manifestBeside(p3Src)?.spec;
  if (spec === undefined && opts.schema === undefined) {
    throw new CompilerError(error('proposal-input', `no MCP version: ${join(p3Src, 'mcp-mapping.json')} names no \`spec\`; give --spec`, { file: p3Src }));
  }

  const variants: Staged[] = [
    { wasi: 'WASI 0.2', dir: P2_DIR, source: p2Src, files: packageFiles(p2Src, P2_DIR) },
    { wasi: 'WASI 0.3', dir: P3_DIR, source: p3Src, files: packageFiles(p3Src, P3_DIR) },
  ];
  const files: OutputFile[] = variants.flatMap((v) => v.files);
  if (existsSync(schemaPath)) files.push({ path: 'mcp-mapping.schema.json', content: readFileSync(schemaPath, 'utf8') });

  // Check the package where it lands, so every location the report names is the exported one.
  const stage = mkdtempSync(join(tmpdir(), 'wasi-mcp-proposal-'));
  try {
    writeFilesAtomically(files.map((f) => ({ path: join(stage, f.path), content: f.content })));
    const diagnostics: Diagnostic[] = [];
    const blocking: Diagnostic[] = [];
    const models = new Map<string, WitModel>();
    const infos: VariantInfo[] = [];
    const reports: string[] = [];
    let coverageFindings = false;
    for (const v of variants) {
      const r = await runCheck({ wit: join(stage, v.dir), baseDir: stage, ...(spec !== undefined ? { spec } : {}), ...(opts.schema !== undefined ? { schema: opts.schema } : {}) });
      const staged = r.diagnostics.map((d) => (d.file && !d.file.startsWith('/') ? { ...d, file: join(stage, d.file) } : d));
      if (!r.report || !r.wit) throw new CompilerError(staged.map((d) => unstage(d, stage, v)));
      for (const d of staged) (d.code.startsWith('wasi-') && d.severity === 'error' ? blocking : diagnostics).push(unstage(d, stage, v));
      coverageFindings ||= hasFindings(r.report);
      const model = r.wit;
      models.set(v.dir, model);
      const md = renderMarkdown(r.report);
      reports.push(`# ${v.wasi}: \`${v.dir}/\`\n\n${md}`);
      infos.push({ wasi: v.wasi, dir: v.dir, source: relPath(v.source, process.cwd()), packageId: model.root, coverage: summaryOf(md) });
    }
    const p2 = models.get(P2_DIR)!;
    const p3 = models.get(P3_DIR)!;
    blocking.push(...variantFindings(p2, p3, p2Src, p3Src));
    const specLabel = spec ?? p3.root;

    const pages = worldPages(p2);
    for (const p of pages) files.push({ path: p.file, content: p.html });
    const worlds: WorldSummary[] = pages.map((p) => worldSummary(p2, p.world, p.file));
    const pkg = p3.packages[p3.root]!;
    const linked = linkedDocs(readFileSync(docPath, 'utf8'), dirname(docPath));
    files.push(...linked.files);
    const doc = readSections(linked.text);
    files.push(
      { path: 'README.md', content: renderReadme({ doc, packageName: `${pkg.namespace}:${pkg.name}`, spec: specLabel, variants: infos, worlds, pagesFrom: `WASI 0.2 (\`${P2_DIR}/\`)` }) },
      { path: 'coverage.md', content: `${reports.join('\n').trimEnd()}\n` },
      { path: 'LICENSE.md', content: APACHE_2_0 },
      { path: join('test', 'README.md'), content: testReadme({ spec: specLabel, packageName: `${pkg.namespace}:${pkg.name}` }) },
      { path: join('.github', 'workflows', 'ci.yml'), content: ciWorkflow(pages.map((p) => p.world)) },
    );
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files, diagnostics, blocking, coverageFindings };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/** Write the repository under `out`, all files at once; nothing when a WASI rule fails. */
export function writeProposal(out: string, result: ExportResult): string[] {
  if (hasErrors(result.blocking)) return [];
  return writeFilesAtomically(result.files.map((f) => ({ path: join(out, f.path), content: f.content }))).written;
}

/** A package folder's files as they go into `dir`: its `.wit` files, manifest and deps lock files. */
function packageFiles(src: string, dir: string): OutputFile[] {
  const out: OutputFile[] = witFiles(src).map((f) => ({ path: join(dir, basename(f)), content: readFileSync(f, 'utf8') }));
  if (out.length === 0) throw new CompilerError(error('proposal-input', `no .wit files in ${src}`, { file: src }));
  for (const name of readdirSync(src).sort()) {
    if (name === 'deps.toml' || name === 'deps.lock') out.push({ path: join(dir, name), content: readFileSync(join(src, name), 'utf8') });
    if (name === 'mcp-mapping.json') {
      // The manifest's `$schema` points at the schema, which sits at the repository root here.
      const text = readFileSync(join(src, name), 'utf8').replace(/^(\s*"\$schema"\s*:\s*)"[^"]*"/m, '$1"../mcp-mapping.schema.json"');
      out.push({ path: join(dir, name), content: text });
    }
  }
  return out;
}

/** A staged path back to the exported one (`wit/types.wit`), for messages. */
function unstage(d: Diagnostic, stage: string, v: Staged): Diagnostic {
  if (!d.file?.startsWith(stage)) return d;
  const rel = d.file.slice(stage.length + 1);
  return { ...d, file: rel.startsWith(`${v.dir}/`) ? join(v.source, rel.slice(v.dir.length + 1)) : rel };
}

/** The Summary section of a coverage report. */
function summaryOf(markdown: string): string {
  return markdown.split('### Summary\n')[1]?.split('\n### ')[0]?.trim() ?? '';
}

function worldSummary(model: WitModel, name: string, page: string): WorldSummary {
  const w = Object.values(model.worlds).find((x) => x.package === model.root && x.name === name)!;
  const { imports, exports } = elaborate(model, w);
  const named = (items: ReturnType<typeof elaborate>['imports'], declared: string[]) =>
    items.filter((i) => declared.includes(i.key)).map((i) => (i.kind === 'interface' ? i.iface.name : i.key));
  const declaredImports = w.imports.map((i) => i.name);
  const declaredExports = w.exports.map((i) => i.name);
  return {
    name,
    summary: (w.docs ?? '').split(/\n\s*\n/)[0]?.replace(/\n/g, ' ').trim() ?? '',
    imports: named(imports, declaredImports),
    exports: named(exports, declaredExports),
    page,
  };
}

/**
 * Relative links of the design document (`[x](mapping.md)`) point into this repository's docs/:
 * the files they name go along under `docs/`, and the links are rewritten to reach them there.
 */
function linkedDocs(text: string, docDir: string): { text: string; files: OutputFile[] } {
  const files = new Map<string, OutputFile>();
  const out = text.replace(/\]\(([^)\s#]+)(#[^)\s]*)?\)/g, (whole, target: string, anchor: string | undefined) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('/')) return whole;
    const rel = normalize(target);
    if (rel.startsWith('..') || !existsSync(join(docDir, rel))) return whole;
    const path = join('docs', rel);
    files.set(path, { path, content: readFileSync(join(docDir, rel), 'utf8') });
    return `](${path}${anchor ?? ''})`;
  });
  return { text: out, files: [...files.values()] };
}
