import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadManifest } from '../../compiler/map/manifest.js';
import { buildMapping } from '../../compiler/map/map.js';
import { buildReport, type CoverageReport, hasFindings, renderJson } from '../../compiler/report/coverage.js';
import { diffCoverage, renderDiff } from '../../compiler/report/golden.js';
import { renderMarkdown, renderText } from '../../compiler/report/render.js';
import { runCheck } from '../../compiler/pipeline.js';
import { closeJco } from '../../compiler/wit/oracle.js';
import { runCli } from '../cli.js';
import { expectGolden } from '../golden.js';
import { MINI_SCHEMA, miniModel, PROPOSALS, ROOT, witDir } from '../map/helpers.js';

afterAll(() => closeJco());

function report(name: string): CoverageReport {
  const dir = `${PROPOSALS}/${name}`;
  const file = `${dir}/mcp-mapping.json`;
  const manifest = existsSync(file) ? loadManifest(file).manifest : undefined;
  return buildReport(buildMapping(miniModel(), witDir(dir), { ...(manifest ? { manifest } : {}), baseDir: ROOT }));
}

const clone = (r: CoverageReport): CoverageReport => JSON.parse(JSON.stringify(r)) as CoverageReport;

describe('the JSON report', () => {
  it('is deterministic, in a stable key order, with repo-relative paths', () => {
    const a = renderJson(report('wrong-types'));
    const b = renderJson(report('wrong-types'));
    expect(a).toBe(b);
    const r = JSON.parse(a) as CoverageReport;
    expect(Object.keys(r)).toEqual(['format', 'spec', 'schema', 'package', 'manifest', 'worlds', 'summary', 'items', 'stale']);
    expect(Object.keys(r.summary)).toEqual(['methods', 'notifications', 'types', 'fields']);
    expect(a).not.toContain(ROOT);
    expect(r.schema).toBe('test/fixtures/proposals/mini-schema.json');
    expect(r.items.slice(0, 2).map((i) => `${i.kind} ${i.name}`)).toEqual(['notification notifications/progress', 'notification notifications/tools/list_changed']);
  });
  it('knows when there is something lossy or missing', () => {
    expect(hasFindings(report('styled'))).toBe(false);
    expect(hasFindings(report('wrong-types'))).toBe(true);
    expect(hasFindings(report('incomplete'))).toBe(true);
  });
  it('renders the wrong-types fixture as JSON, markdown and text', () => {
    const r = report('wrong-types');
    expectGolden(join(ROOT, 'test/report/golden/wrong-types.json'), renderJson(r));
    expectGolden(join(ROOT, 'test/report/golden/wrong-types.md'), renderMarkdown(r));
    expectGolden(join(ROOT, 'test/report/golden/wrong-types.txt'), renderText(r));
  });
  it('renders the styled fixture as markdown', () => {
    expectGolden(join(ROOT, 'test/report/golden/styled.md'), renderMarkdown(report('styled')));
  });
});

describe('the golden diff', () => {
  const base = report('wrong-types');
  it('finds nothing when nothing changed', () => {
    const d = diffCoverage(base, clone(base));
    expect(d).toEqual({ regressions: [], improvements: [], changes: [] });
    expect(renderDiff(d, 'g.json')).toBe('coverage matches g.json\n');
  });
  it('reports a verdict that got worse as a regression, a better one as an improvement', () => {
    const worse = clone(base);
    const resource = worse.items.find((i) => i.name === 'Resource');
    if (resource?.kind !== 'type') throw new Error('no Resource');
    resource.verdict = 'lossy';
    resource.findings.push({ path: 'uri', verdict: 'lossy', rule: 'string', reason: 'string as a single char' });
    const call = worse.items.find((i) => i.name === 'tools/call');
    if (!call || call.kind === 'type') throw new Error('no tools/call');
    const r0 = call.realizations[0]!;
    r0.status = 'covered';
    r0.verdict = 'encoded';
    const d = diffCoverage(base, worse);
    expect(d.regressions).toEqual(['type Resource: narrowed (type) -> lossy (type)', '      lossy uri: string as a single char']);
    expect(d.improvements).toEqual(['request tools/call [server server client-to-server]: partial/lossy (handler handlers.call-tool) -> covered/encoded (handler handlers.call-tool)']);
    expect(renderDiff(d, 'g.json')).toBe(
      [
        'coverage regressions against g.json:',
        '  - type Resource: narrowed (type) -> lossy (type)',
        '      lossy uri: string as a single char',
        'improvements against g.json (run with --update-golden to record them):',
        '  + request tools/call [server server client-to-server]: partial/lossy (handler handlers.call-tool) -> covered/encoded (handler handlers.call-tool)',
        '',
      ].join('\n'),
    );
  });
  it('reports a new missing item as a regression, a removed one as a change', () => {
    const golden = clone(base);
    const gone = golden.items.findIndex((i) => i.name === 'Result');
    const [result] = golden.items.splice(gone, 1);
    golden.items.push({ ...result!, name: 'OldType' } as (typeof golden.items)[number]);
    const d = diffCoverage(golden, base);
    expect(d.regressions).toEqual(['new type Result: missing/missing']);
    expect(d.changes).toEqual(['removed type OldType']);
  });
  it('compares realizations per world, role and direction', () => {
    const golden = clone(base);
    const ping = golden.items.find((i) => i.name === 'ping');
    if (!ping || ping.kind === 'type') throw new Error('no ping');
    ping.realizations = ping.realizations.slice(0, 1);
    const d = diffCoverage(golden, base);
    expect(d.changes).toEqual(['new request ping [server server server-to-client]: covered/encoded']);
    expect(d.regressions).toEqual([]);
  });
});

describe('runCheck', () => {
  const mini = { schema: MINI_SCHEMA, spec: 'mini', baseDir: ROOT };
  it('exit 0 for a faithful proposal, 1 for findings', async () => {
    const ok = await runCheck({ ...mini, wit: `${PROPOSALS}/styled` });
    expect(ok.exitCode).toBe(0);
    expect(ok.output).toContain('no narrowed, extra, lossy or missing findings');
    expect(ok.report?.manifest).toBe('test/fixtures/proposals/styled/mcp-mapping.json');
    const bad = await runCheck({ ...mini, wit: `${PROPOSALS}/incomplete`, format: 'json' });
    expect(bad.exitCode).toBe(1);
    expect((JSON.parse(bad.output!) as CoverageReport).manifest).toBeNull();
  });
  it('exit 2 when the reference rejects the WIT, with its message and location', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-bad-wit-'));
    writeFileSync(join(dir, 'a.wit'), 'package test:bad@0.1.0;\n\ninterface i {\n  f: func() -> nope;\n}\n');
    const r = await runCheck({ ...mini, wit: dir });
    expect(r.exitCode).toBe(2);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', code: 'wit-invalid', line: 4 });
    expect(r.diagnostics[0]?.message).toMatch(/jco.*nope/);
  });
  it('exit 2 for a manifest that breaks its schema, a missing WIT directory or schema', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-bad-manifest-'));
    cpSync(`${PROPOSALS}/styled`, dir, { recursive: true });
    writeFileSync(join(dir, 'mcp-mapping.json'), JSON.stringify({ messages: { ping: { server: { realization: 'handler' } } } }));
    const r = await runCheck({ ...mini, wit: dir });
    expect(r.exitCode).toBe(2);
    expect(r.diagnostics.map((d) => `${d.code} ${d.jsonPath}`)).toEqual(['manifest-schema #/messages/ping/server']);
    expect((await runCheck({ ...mini, wit: join(dir, 'nope') })).diagnostics[0]?.code).toBe('wit-not-found');
    const noSchema = await runCheck({ schema: join(dir, 'absent.json'), wit: `${PROPOSALS}/styled`, baseDir: ROOT });
    expect(noSchema.exitCode).toBe(2);
  });
  it('exit 2 with a location when no rule covers a pair (a stream where MCP has a string)', async () => {
    const wit = mkdtempSync(join(tmpdir(), 'check-no-rule-'));
    cpSync(`${PROPOSALS}/styled`, wit, { recursive: true });
    const model = join(wit, 'model.wit');
    writeFileSync(model, readFileSync(model, 'utf8').replace('record text-part {\n    text: string,', 'record text-part {\n    text: stream<u8>,'));
    const r = await runCheck({ ...mini, wit });
    expect(r.exitCode).toBe(2);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: 'checker-no-rule', line: 25, column: 5 });
    expect(r.diagnostics[0]?.message).toBe('no rule covers MCP primitive (string) against WIT stream (stream) (schema #/definitions/TextContent/properties/text)');
  });
  it('--update-golden writes coverage.json and coverage.md; --golden exits 1 only on regressions', async () => {
    const golden = mkdtempSync(join(tmpdir(), 'check-golden-'));
    const wit = mkdtempSync(join(tmpdir(), 'check-wit-'));
    cpSync(`${PROPOSALS}/styled`, wit, { recursive: true });
    const up = await runCheck({ ...mini, wit, golden, updateGolden: true });
    expect(up.exitCode).toBe(0);
    expect(existsSync(join(golden, 'mini', 'coverage.json'))).toBe(true);
    expect(readFileSync(join(golden, 'mini', 'coverage.md'), 'utf8')).toContain('## MCP mini coverage');
    const same = await runCheck({ ...mini, wit, golden });
    expect(same.exitCode).toBe(0);
    expect(same.golden).toMatch(/^coverage matches /);
    // make `is-error` required: CallToolResult and tools/call regress
    const model = join(wit, 'model.wit');
    writeFileSync(model, readFileSync(model, 'utf8').replace('is-error: option<bool>,', 'is-error: bool,'));
    const worse = await runCheck({ ...mini, wit, golden });
    expect(worse.exitCode).toBe(1);
    expect(worse.golden?.split('\n').filter((l) => l.startsWith('  - '))).toEqual([
      '  - request tools/call [service server client-to-server]: covered/encoded (handler server-api.invoke-tool) -> partial/lossy (handler server-api.invoke-tool)',
      '  - type CallToolRequest: encoded (function) -> lossy (function)',
      '  - type CallToolResult: encoded (type) -> lossy (type)',
    ]);
  });
});

describe('wasi-mcp check (the registered command, in a child process)', () => {
  function run(args: string[]) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'test/report/run-check.ts'), 'check', ...args], { cwd: ROOT, encoding: 'utf8' });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }
  it('prints the report and exits by its findings', () => {
    const r = run(['--schema', MINI_SCHEMA, '--spec', 'mini', '--wit', 'test/fixtures/proposals/incomplete', '--format', 'markdown']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('| `backend` | server | 1/4 (3 missing) | 0/1 (1 missing) | 0/1 (1 missing) | 1/2 (1 missing) |');
    expect(r.stderr).toBe('');
  });
  it('bad input: exit 2, a diagnostic, no stack trace', () => {
    const r = run(['--spec', '1999-01-01', '--wit', 'test/fixtures/proposals/styled']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/error\[/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const f = run(['--format', 'yaml']);
    expect(f.status).toBe(2);
  });
  it('--out writes the report to a file', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'check-out-')), 'r.json');
    const r = run(['--schema', MINI_SCHEMA, '--spec', 'mini', '--wit', 'test/fixtures/proposals/styled', '--format', 'json', '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect((JSON.parse(readFileSync(out, 'utf8')) as CoverageReport).package).toBe('acme:mcp@1.0.0');
  });
});

describe('wasi-mcp check through compiler/cli.ts', () => {
  it('is wired into the CLI', () => {
    const r = runCli(['check', '--schema', MINI_SCHEMA, '--spec', 'mini', '--wit', 'test/fixtures/proposals/styled', '--format', 'text']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('MCP mini vs acme:mcp@1.0.0 (manifest test/fixtures/proposals/styled/mcp-mapping.json)');
    const help = runCli(['check', '--help']);
    for (const o of ['--spec', '--schema', '--wit', '--manifest', '--format', '--golden', '--update-golden', '--out']) expect(help.stdout).toContain(o);
  });
});
