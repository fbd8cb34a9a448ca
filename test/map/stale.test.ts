// What a spec bump removes must show up: WIT functions no message of the schema maps to, and
// manifest entries whose keys the schema does not define, each a finding with its place.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../compiler/map/manifest.js';
import { buildMapping } from '../../compiler/map/map.js';
import { staleLocation } from '../../compiler/map/stale.js';
import { buildReport, hasFindings } from '../../compiler/report/coverage.js';
import { runCheck } from '../../compiler/pipeline.js';
import { diffCoverage } from '../../compiler/report/golden.js';
import { renderMarkdown, renderText } from '../../compiler/report/render.js';
import { closeJco } from '../../compiler/wit/oracle.js';
import { MINI_SCHEMA, miniModel, PROPOSALS, ROOT, witModel } from './helpers.js';

afterAll(() => closeJco());

const WIT = `package t:p@1.0.0;

interface handlers {
  start: func();
  call-tool: func(name: string);
  subscribe: func(uri: string);
  tools-changed: func();
}

interface runtime {
  register-tools: func(names: list<string>);
  serve: func();
  set-level: func(level: string);
}

world backend {
  import runtime;
  export handlers;
}

world bystander {
  import runtime;
}
`;

const manifest: Manifest = {
  file: join(ROOT, 'stale-manifest.json'),
  worlds: { backend: ['server'], bystander: [] },
  messages: {
    'tools/list': { server: { realization: 'host-served', from: ['runtime.register-tools'], reason: 'the host pages' } },
    'resources/subscribe': { server: { realization: 'handler', function: 'handlers.subscribe' } },
    'notifications/tools/list_changed': { 'server:receive': { realization: 'handler', function: 'handlers.tools-changed' }, 'server:send': { realization: 'excluded', reason: 'x' } },
  },
  types: { SubscribeRequest: { type: 'subscribe-request' } },
  functions: {
    'handlers.start': { realization: 'not-a-message', reason: 'the entry point' },
    'runtime.gone': { realization: 'not-a-message', reason: 'was a helper' },
  },
};

describe('stale WIT and manifest entries', () => {
  const mapping = buildMapping(miniModel(), witModel(WIT), { manifest, baseDir: ROOT });
  it('lists every function nothing accounts for, and every manifest key the schema lacks, with its place', () => {
    expect(mapping.stale.map((s) => `${s.kind} ${s.name} [${s.rule}] ${staleLocation(s)}${s.method ? ` (${s.method})` : ''}`)).toEqual([
      'function handlers.subscribe [stale-function] test.wit:6:3 (resources/subscribe)',
      'function handlers.tools-changed [stale-function] test.wit:7:3 (notifications/tools/list_changed)',
      'function runtime.serve [function-unaccounted] test.wit:12:3',
      'function runtime.set-level [function-unaccounted] test.wit:13:3',
      'manifest-message notifications/tools/list_changed server:receive [stale-manifest-message] stale-manifest.json#/messages/notifications~1tools~1list_changed/server:receive (notifications/tools/list_changed)',
      'manifest-message resources/subscribe [stale-manifest-message] stale-manifest.json#/messages/resources~1subscribe (resources/subscribe)',
      'manifest-type SubscribeRequest [stale-manifest-type] stale-manifest.json#/types/SubscribeRequest',
      'manifest-function runtime.gone [stale-manifest-function] stale-manifest.json#/functions/runtime.gone',
    ]);
    // declared helpers, registrations named in `from`, and functions that realize a message are not stale
    const names = mapping.stale.map((s) => s.name);
    for (const ok of ['handlers.start', 'runtime.register-tools', 'handlers.call-tool']) expect(names).not.toContain(ok);
    expect(mapping.stale.find((s) => s.name === 'handlers.subscribe')?.reason).toBe(
      'realizes resources/subscribe by the manifest (#/messages/resources~1subscribe/server), which is not a method of MCP mini: remove the function, or map the method that replaced it to it',
    );
    expect(mapping.stale.find((s) => s.name === 'runtime.serve')?.worlds).toEqual(['backend']);
  });
  it('fails the check and shows in every report format', () => {
    const report = buildReport(mapping);
    expect(hasFindings(report)).toBe(true);
    expect(report.stale).toHaveLength(8);
    const md = renderMarkdown(report);
    expect(md).toContain('Stale (WIT functions and manifest entries MCP mini has no message or type for): 4 functions, 2 manifest message entries, 1 manifest type entry, 1 manifest function entry.');
    expect(md).toContain('- **function** `handlers.subscribe` [stale-function]: realizes resources/subscribe');
    const text = renderText(report);
    expect(text).toContain('  stale: 4 functions, 2 manifest message entries, 1 manifest type entry, 1 manifest function entry');
    expect(text).toMatch(/^ {2}stale {4}function runtime\.serve: realizes no message of MCP mini.* \[backend\] test\.wit:12:3$/m);
  });
  it('is a regression against a golden without it, an improvement once gone', () => {
    const report = buildReport(mapping);
    const clean = { ...report, stale: [] };
    const worse = diffCoverage(clean, report);
    expect(worse.regressions.filter((l) => l.startsWith('new stale '))).toHaveLength(8);
    expect(worse.regressions[0]).toMatch(/^new stale function handlers\.subscribe: realizes resources\/subscribe .* test\.wit:6:3$/);
    expect(diffCoverage(report, clean).improvements).toContain('no longer stale manifest-type SubscribeRequest');
  });
});

describe('check on a proposal with a function no message maps to', () => {
  it('exits 1 and names the function, until the manifest declares it not a message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stale-'));
    cpSync(join(PROPOSALS, 'styled'), dir, { recursive: true });
    const api = join(dir, 'api.wit');
    writeFileSync(api, readFileSync(api, 'utf8').replace('  tools-changed: func', '  flush: func() -> result<_, failure>;\n\n  tools-changed: func'));
    const mini = { schema: MINI_SCHEMA, spec: 'mini', wit: dir, baseDir: dir };
    const r = await runCheck(mini);
    expect(r.exitCode).toBe(1);
    expect(r.report?.stale.map((s) => `${s.name} ${staleLocation(s)}`)).toEqual(['host.flush api.wit:22:3']);
    const file = join(dir, 'mcp-mapping.json');
    const m = JSON.parse(readFileSync(file, 'utf8')) as { functions: Record<string, unknown> };
    m.functions['host.flush'] = { realization: 'not-a-message', reason: 'flushes queued notifications' };
    writeFileSync(file, JSON.stringify(m));
    const fixed = await runCheck(mini);
    expect(fixed.report?.stale).toEqual([]);
    expect(fixed.exitCode).toBe(0);
  });
  it('rejects a functions entry without a reason (the manifest schema)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stale-'));
    cpSync(join(PROPOSALS, 'styled'), dir, { recursive: true });
    const file = join(dir, 'mcp-mapping.json');
    const m = JSON.parse(readFileSync(file, 'utf8')) as { functions: Record<string, unknown> };
    m.functions['host.tools-changed'] = { realization: 'not-a-message' };
    writeFileSync(file, JSON.stringify(m));
    const r = await runCheck({ schema: MINI_SCHEMA, spec: 'mini', wit: dir, baseDir: dir });
    expect(r.exitCode).toBe(2);
    expect(r.diagnostics.map((d) => `${d.code} ${d.jsonPath} ${d.message}`)).toEqual(["manifest-schema #/functions/host.tools-changed /functions/host.tools-changed must have required property 'reason'"]);
  });
});
