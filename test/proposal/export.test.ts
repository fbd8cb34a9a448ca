// `wasi-mcp proposal export`: the WASI proposal repository generated from this one. Whole outputs
// are golden files (golden/proposal/, rewritten by UPDATE_GOLDEN=1 npm test); the WIT is copied
// byte for byte; the README has the template's sections in order; nothing is written when a WASI
// rule fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { ExportResult } from '../../compiler/proposal/export.js';
import { exportProposal } from '../../compiler/pipeline.js';
import { closeJco } from '../../compiler/wit/oracle.js';
import { witFiles } from '../../compiler/proposal/wasi-rules.js';
import { runCli } from '../cli.js';
import { expectGolden } from '../golden.js';

const GOLDEN = join('golden', 'proposal');
let result: ExportResult;

beforeAll(async () => {
  result = await exportProposal();
}, 120_000);
afterAll(() => closeJco());

const file = (path: string) => result.files.find((f) => f.path === path)?.content;

describe('proposal export of this repository', () => {
  it('passes WASI checks and has the coverage the check reports', () => {
    expect(result.blocking).toEqual([]);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.coverageFindings).toBe(false);
  });

  it('lays the WIT out as WASI proposals do: wit/ for WASI 0.2, wit-0.3.0-draft/ for WASI 0.3, byte for byte', () => {
    for (const [src, dir] of [
      [join('wit', 'preview2'), 'wit'],
      ['wit', 'wit-0.3.0-draft'],
    ] as const) {
      for (const f of witFiles(src)) expect(file(join(dir, basename(f))), f).toBe(readFileSync(f, 'utf8'));
      const manifest = JSON.parse(file(join(dir, 'mcp-mapping.json'))!) as Record<string, unknown>;
      const source = JSON.parse(readFileSync(join(src, 'mcp-mapping.json'), 'utf8')) as Record<string, unknown>;
      expect({ ...manifest, $schema: null }).toEqual({ ...source, $schema: null });
      expect(manifest.$schema).toBe('../mcp-mapping.schema.json');
    }
    expect(file('mcp-mapping.schema.json')).toBe(readFileSync(join('wit', 'mcp-mapping.schema.json'), 'utf8'));
  });

  it('writes one page per world of the WASI 0.2 package, and the rest of the repository', () => {
    const pages = result.files.filter((f) => /^[^/]+\.md$/.test(f.path) && !['README.md', 'LICENSE.md', 'coverage.md'].includes(f.path)).map((f) => f.path);
    expect(pages).toEqual(['mcp-backend.md', 'mcp-client.md', 'mcp-proxy.md']);
    for (const p of ['README.md', 'LICENSE.md', 'coverage.md', 'test/README.md', '.github/workflows/ci.yml']) expect(file(p), p).toBeDefined();
    expect(file('.github/workflows/ci.yml')).toContain('for world in mcp-backend mcp-client mcp-proxy; do');
  });

  it('has the template README sections, in order', () => {
    const headings = file('README.md')!
      .split('\n')
      .filter((l) => /^#{1,3} /.test(l))
      .map((l) => l.replace(/^#+ /, ''));
    expect(headings).toEqual([
      'wasi-mcp',
      'Current Phase',
      'Champions',
      'Portability Criteria',
      'Table of Contents',
      'Introduction',
      'Goals',
      'Non-goals',
      'API walk-through',
      'Detailed design discussion',
      'Considered alternatives',
      'Stakeholder Interest & Feedback',
      'References & acknowledgements',
    ]);
    // What only people can write is marked, never filled in.
    for (const s of ['Champions', 'Portability criteria', 'Considered alternatives', 'Stakeholder interest & feedback']) {
      expect(file('README.md')).toContain(`from a \`## ${s}\` section of docs/proposal.md; there is none yet`);
    }
  });

  it('reads its inputs, not constants: spec, package and design sections come from the repository', () => {
    const manifest = JSON.parse(readFileSync(join('wit', 'mcp-mapping.json'), 'utf8')) as { spec: string };
    const readme = file('README.md')!;
    expect(readme).toContain(`#### Coverage of MCP ${manifest.spec}`);
    const doc = readFileSync(join('docs', 'proposal.md'), 'utf8');
    for (const h of doc.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3))) expect(readme.toLowerCase(), h).toContain(h.toLowerCase());
    // A relative link of the design notes goes along with the file it names.
    expect(readme).toContain('](docs/mapping.md)');
    expect(file(join('docs', 'mapping.md'))).toBe(readFileSync(join('docs', 'mapping.md'), 'utf8'));
  });

  it('matches the reviewed golden files (generated files; the WIT is checked byte for byte above)', () => {
    const generated = result.files.filter((f) => !/^wit(-0\.3\.0-draft)?\//.test(f.path) && f.path !== 'mcp-mapping.schema.json' && !f.path.startsWith('docs/'));
    for (const f of generated) expectGolden(join(GOLDEN, f.path), f.content);
    // No stale golden file: every one is still generated.
    const listed = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listed(join(dir, e.name)) : [join(dir, e.name)]));
    if (existsSync(GOLDEN)) expect(listed(GOLDEN).map((p) => p.slice(GOLDEN.length + 1)).sort()).toEqual(generated.map((f) => f.path).sort());
  });

  it('is the same on every run', async () => {
    const again = await exportProposal();
    expect(again.files).toEqual(result.files);
  }, 120_000);
});

describe('wasi-mcp proposal export (CLI)', () => {
  it('writes the repository and exits 0', () => {
    const out = mkdtempSync(join(tmpdir(), 'proposal-out-'));
    const r = runCli(['proposal', 'export', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toBe(file('README.md'));
    expect(readFileSync(join(out, 'wit', 'world.wit'), 'utf8')).toBe(readFileSync(join('wit', 'preview2', 'world.wit'), 'utf8'));
  });

  it('writes nothing and exits 1 when a WASI rule fails, naming the source file and line', () => {
    const src = mkdtempSync(join(tmpdir(), 'proposal-src-'));
    cpSync('wit', join(src, 'wit'), { recursive: true });
    const world = join(src, 'wit', 'preview2', 'world.wit');
    const text = readFileSync(world, 'utf8');
    const broken = text.replace(/@since\(version = [^)]+\)\n(world mcp-client)/, '$1');
    expect(broken).not.toBe(text);
    writeFileSync(world, broken);
    const out = join(mkdtempSync(join(tmpdir(), 'proposal-out-')), 'repo');
    const r = runCli(['proposal', 'export', '--out', out, '--wit', join(src, 'wit')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`${world.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:1: error\\[wasi-since-missing\\]: missing @since annotation for world 'mcp-client'`));
    expect(r.stderr).toContain('nothing written');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 on bad input, without a stack trace', () => {
    const r = runCli(['proposal', 'export', '--out', mkdtempSync(join(tmpdir(), 'proposal-out-')), '--doc', 'no/such.md']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no/such.md: error[proposal-input]: no/such.md does not exist');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(runCli(['proposal', 'export']).status).toBe(2);
  });
});
