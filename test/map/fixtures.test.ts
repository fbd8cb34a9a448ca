// Three small proposals against a small MCP schema, with the exact findings each must produce.
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadManifest } from '../../compiler/map/manifest.js';
import { buildMapping } from '../../compiler/map/map.js';
import { staleLocation } from '../../compiler/map/stale.js';
import type { Mapping } from '../../compiler/map/types.js';
import { buildReport, hasFindings } from '../../compiler/report/coverage.js';
import { closeJco, validateWithJco } from '../../compiler/wit/oracle.js';
import { miniModel, PROPOSALS, ROOT, witDir } from './helpers.js';

afterAll(() => closeJco());

function mapFixture(name: string): Mapping {
  const dir = `${PROPOSALS}/${name}`;
  const file = `${dir}/mcp-mapping.json`;
  const manifest = existsSync(file) ? loadManifest(file).manifest : undefined;
  return buildMapping(miniModel(), witDir(dir), { ...(manifest ? { manifest } : {}), baseDir: ROOT });
}

/** Every finding that is not exact, one line each. */
function findings(m: Mapping): string[] {
  const out: string[] = [];
  for (const msg of m.messages) {
    for (const r of msg.realizations) {
      for (const f of r.findings) if (f.verdict !== 'exact') out.push(`${msg.method} [${r.world} ${r.role} ${r.direction}] ${f.path} ${f.verdict} ${f.rule}`);
    }
  }
  for (const t of m.types) for (const f of t.findings) if (f.verdict !== 'exact') out.push(`${t.name} ${f.path} ${f.verdict} ${f.rule}`);
  return out;
}

function statuses(m: Mapping): Record<string, string> {
  return Object.fromEntries(m.messages.map((x) => [x.method, x.status]));
}

describe('fixture proposals are valid WIT for the reference (jco)', () => {
  it.each(['incomplete', 'wrong-types', 'styled'])('%s', async (name) => {
    const v = await validateWithJco(`${PROPOSALS}/${name}`);
    expect(v.message).toBeUndefined();
    expect(v.ok).toBe(true);
  });
});

describe('incomplete: conventions only, messages and types left out', () => {
  const m = mapFixture('incomplete');
  it('finds exactly what is missing', () => {
    expect(findings(m)).toEqual([
      'notifications/progress [backend server client-to-server]  missing function-missing',
      'notifications/progress [backend server server-to-client]  missing function-missing',
      'notifications/tools/list_changed [backend server server-to-client] params._meta encoded json-carrier',
      'ping [backend server client-to-server]  missing function-missing',
      'ping [backend server server-to-client]  missing function-missing',
      'resources/list [backend server client-to-server]  missing function-missing',
      'tools/call [backend server client-to-server] params.arguments encoded json-carrier',
      'tools/list [backend server client-to-server]  missing function-missing',
      'CallToolResult _meta encoded json-carrier',
      'CallToolResult structuredContent encoded json-carrier',
      'EmptyResult  missing unplaced',
      'ImageContent _meta encoded json-carrier',
      'ListResourcesResult  missing unplaced',
      'ListToolsResult _meta encoded json-carrier',
      'ProgressToken  missing unplaced',
      'Resource  missing unplaced',
      'Result  missing unplaced',
      'TextContent _meta encoded json-carrier',
      'Tool _meta encoded json-carrier',
    ]);
  });
  it('places the world by convention and says which function it looked for', () => {
    expect(m.worlds).toEqual([{ world: 'backend', roles: ['server'], source: 'convention', location: 'test/fixtures/proposals/incomplete/api.wit:15:1' }]);
    const ping = m.messages.find((x) => x.method === 'ping');
    expect(ping?.realizations.map((r) => `${r.side} ${r.realization} ${r.function}: ${r.findings[0]?.reason}`)).toEqual([
      'receive handler handlers.ping: world backend does not export handlers.ping',
      'send import runtime.ping: world backend does not import runtime.ping',
    ]);
  });
  it('summarizes', () => {
    expect(statuses(m)).toEqual({
      'notifications/progress': 'missing',
      'notifications/tools/list_changed': 'covered',
      ping: 'missing',
      'resources/list': 'missing',
      'tools/call': 'covered',
      'tools/list': 'missing',
    });
    const r = buildReport(m);
    expect(r.summary.methods).toEqual({
      backend: {
        'client-to-server': { total: 4, covered: 1, partial: 0, missing: 3, excluded: 0 },
        'server-to-client': { total: 1, covered: 0, partial: 0, missing: 1, excluded: 0 },
      },
    });
    expect(r.summary.notifications).toEqual({
      backend: {
        'client-to-server': { total: 1, covered: 0, partial: 0, missing: 1, excluded: 0 },
        'server-to-client': { total: 2, covered: 1, partial: 0, missing: 1, excluded: 0 },
      },
    });
    expect(r.summary.types).toEqual({ total: 27, mapped: 18, excluded: 0, missing: 9 });
  });
});

describe('wrong-types: everything carried, some types wrong on purpose', () => {
  const m = mapFixture('wrong-types');
  it('finds exactly the wrong places', () => {
    expect(findings(m)).toEqual([
      'notifications/progress [server server client-to-server] params.progress lossy number',
      'notifications/progress [server server client-to-server] params.progressToken lossy via-type',
      'notifications/progress [server server server-to-client] params.progressToken lossy via-type',
      'notifications/tools/list_changed [server server server-to-client] params._meta encoded json-carrier',
      'ping [server server client-to-server] params._meta encoded json-carrier',
      // result<_, error> for EmptyResult: its `_meta` (and, Result being open, any member) is lost.
      'ping [server server client-to-server] result lossy empty-result-dropped',
      'ping [server server server-to-client] params._meta encoded json-carrier',
      'resources/list [server server client-to-server] result missing via-type',
      'tools/call [server server client-to-server] params.arguments encoded json-carrier',
      'tools/call [server server client-to-server] result lossy no-error-channel',
      'tools/call [server server client-to-server] result lossy via-type',
      'tools/list [server server client-to-server] params.cursor lossy optional-as-required',
      'tools/list [server server client-to-server] result lossy via-type',
      'Annotations priority lossy number',
      'Annotations audience[] lossy via-type',
      'CallToolResult _meta encoded json-carrier',
      'CallToolResult isError lossy optional-as-required',
      'CallToolResult structuredContent encoded json-carrier',
      'CallToolResult content[] lossy via-type',
      'ContentBlock  lossy kind-mismatch',
      'EmptyResult  encoded json-carrier',
      'ImageContent _meta encoded json-carrier',
      'ImageContent annotations lossy via-type',
      'ListResourcesResult _meta missing slot-missing',
      'ListToolsResult _meta encoded json-carrier',
      'ListToolsResult total extra slot-extra',
      'ListToolsResult tools[] lossy via-type',
      'ProgressToken  lossy union-as-string',
      'Resource _meta encoded json-carrier',
      'Resource size narrowed integer',
      'Result  missing unplaced',
      'Role  lossy enum',
      'TextContent _meta encoded json-carrier',
      'TextContent annotations lossy via-type',
      'Tool _meta encoded json-carrier',
      'Tool description lossy optional-as-required',
      'ToolInputSchema  encoded json-carrier',
    ]);
  });
  it('locates findings in the WIT and the schema', () => {
    const role = m.types.find((t) => t.name === 'Role');
    expect(role?.findings[0]).toMatchObject({ reason: 'values without a case: "assistant"', schema: '#/definitions/Role' });
    // the type's span may start at its doc comment (line 17) or at `enum role` (line 18)
    expect(role?.findings[0]?.location).toMatch(/^test\/fixtures\/proposals\/wrong-types\/types\.wit:1[78]:3$/);
    const progress = m.messages.find((x) => x.method === 'notifications/progress')?.realizations[0]?.findings[0];
    expect(progress).toMatchObject({
      path: 'params.progress',
      reason: 'number as u64: fractions lost',
      location: 'test/fixtures/proposals/wrong-types/api.wit:18:50',
      schema: '#/definitions/ProgressNotification/properties/params/properties/progress',
    });
  });
  it('types reached through a comparison are placed where they were reached', () => {
    const schema = m.types.find((t) => t.name === 'ToolInputSchema');
    expect(schema).toMatchObject({ realization: 'type', source: 'reached', wit: 'json', verdict: 'encoded' });
    const block = m.types.find((t) => t.name === 'ContentBlock');
    expect(block).toMatchObject({ realization: 'type', source: 'reached', wit: 'text-content', verdict: 'lossy' });
  });
  it('summarizes', () => {
    expect(statuses(m)).toEqual({
      'notifications/progress': 'partial',
      'notifications/tools/list_changed': 'covered',
      ping: 'partial',
      'resources/list': 'partial',
      'tools/call': 'partial',
      'tools/list': 'partial',
    });
    const r = buildReport(m);
    expect(r.summary.types).toEqual({ total: 31, mapped: 29, excluded: 0, missing: 2 });
    expect(r.summary.fields).toEqual({ exact: 27, encoded: 11, narrowed: 1, extra: 1, lossy: 5, missing: 1 });
  });
});

describe('styled: another naming style, stated by a manifest', () => {
  const m = mapFixture('styled');
  it('is faithful: only JSON values are encoded', () => {
    expect(findings(m)).toEqual([
      'notifications/tools/list_changed [service server server-to-client] params._meta encoded json-carrier',
      'tools/call [service server client-to-server] params.arguments encoded json-carrier',
      'CallToolResult _meta encoded json-carrier',
      'CallToolResult structuredContent encoded json-carrier',
      'ImageContent _meta encoded json-carrier',
      'ListResourcesResult _meta encoded json-carrier',
      'ListToolsResult _meta encoded json-carrier',
      'Resource _meta encoded json-carrier',
      'TextContent _meta encoded json-carrier',
      'Tool _meta encoded json-carrier',
    ]);
    expect(m.diagnostics).toEqual([]);
  });
  it('follows the manifest for worlds, functions and types', () => {
    expect(m.worlds.map((w) => `${w.world} ${w.roles.join(',')} ${w.source}`)).toEqual(['service server manifest']);
    const realizations = m.messages.flatMap((x) => x.realizations.map((r) => `${x.method} ${r.side} ${r.realization} ${r.function ?? '-'} ${r.params ?? '-'} ${r.status}`));
    expect(realizations).toEqual([
      'notifications/progress receive handler server-api.on-progress single covered',
      'notifications/progress send import host.report-progress single covered',
      'notifications/tools/list_changed send import host.tools-changed spread covered',
      'ping receive host-internal - - covered',
      'ping send host-internal - - covered',
      'resources/list receive handler server-api.enumerate-resources spread covered',
      'tools/call receive handler server-api.invoke-tool spread covered',
      'tools/list receive handler server-api.enumerate-tools single covered',
    ]);
    const types = Object.fromEntries(m.types.filter((t) => t.source === 'manifest').map((t) => [t.name, t.wit ?? t.realization]));
    expect(types).toMatchObject({ ContentBlock: 'model.part', ProgressToken: 'model.token', Cursor: 'model.page-token', Result: 'excluded' });
    expect(buildReport(m).summary.types).toEqual({ total: 30, mapped: 28, excluded: 2, missing: 0 });
  });
  it('reports manifest entries that name nothing', () => {
    const dir = `${PROPOSALS}/styled`;
    const manifest = loadManifest(`${dir}/mcp-mapping.json`).manifest!;
    const broken = {
      ...manifest,
      spec: 'other',
      worlds: { ...manifest.worlds, nowhere: ['client' as const] },
      messages: { ...manifest.messages, 'tools/teleport': { server: { realization: 'excluded' as const, reason: 'x' } }, 'tools/call': { server: { realization: 'handler' as const, function: 'server-api.call-tool' } } },
      types: { ...manifest.types, Tool: { type: 'no-such-type' }, Nothing: { type: 'x' } },
    };
    const mm = buildMapping(miniModel(), witDir(dir), { manifest: broken, baseDir: ROOT });
    expect(mm.diagnostics.map((d) => `${d.severity} ${d.code} ${d.jsonPath}`)).toEqual(['warning manifest-spec #/spec', 'warning manifest-unknown-world #/worlds/nowhere']);
    // keys the schema does not define are findings, with their JSON pointer
    expect(mm.stale.map((s) => `${s.kind} ${s.rule} ${staleLocation(s)}`)).toEqual([
      // tools/call now names a function that does not exist, so invoke-tool realizes nothing
      'function function-unaccounted test/fixtures/proposals/styled/api.wit:6:3',
      'manifest-message stale-manifest-message test/fixtures/proposals/styled/mcp-mapping.json#/messages/tools~1teleport',
      'manifest-type stale-manifest-type test/fixtures/proposals/styled/mcp-mapping.json#/types/Nothing',
    ]);
    expect(hasFindings(buildReport(mm))).toBe(true);
    const call = mm.messages.find((x) => x.method === 'tools/call')?.realizations[0];
    expect(call?.findings.map((f) => f.reason)).toEqual(['world service does not export server-api.call-tool']);
    expect(mm.types.find((t) => t.name === 'Tool')?.findings.map((f) => f.rule)).toEqual(['manifest-type-unknown']);
  });
});

describe('host-served requests', () => {
  const dir = `${PROPOSALS}/styled`;
  const base = loadManifest(`${dir}/mcp-mapping.json`).manifest!;
  const served = (from: string[]) => {
    const manifest = { ...base, messages: { ...base.messages, 'tools/list': { server: { realization: 'host-served' as const, from, reason: 'the host pages' } } } };
    const m = buildMapping(miniModel(), witDir(dir), { manifest, baseDir: ROOT });
    return m.messages.find((x) => x.method === 'tools/list')!.realizations[0]!;
  };
  it('compares the result properties a registration parameter carries', () => {
    const r = served(['host.register-tools']);
    expect(r).toMatchObject({ realization: 'host-served', status: 'covered', verdict: 'encoded', from: ['host.register-tools'] });
    expect(r.fields).toMatchObject({ exact: 1 });
    expect(r.findings).toEqual([]);
  });
  it('is lossy when no registration parameter matches, missing when the function is not there', () => {
    const r = served(['host.tools-changed']);
    expect(r.status).toBe('partial');
    expect(r.findings.map((f) => `${f.path} ${f.verdict} ${f.rule}`)).toEqual(['result lossy registration-unmatched']);
    const gone = served(['host.register-prompts']);
    expect(gone.status).toBe('missing');
    expect(gone.findings.map((f) => f.reason)).toEqual(['world service does not import host.register-prompts']);
  });
});

describe('every finding names a rule of the table or a realization check', () => {
  it.each(['incomplete', 'wrong-types', 'styled'])('%s', async (name) => {
    const { RULES, REALIZATION_CHECKS } = await import('../../compiler/map/rules.js');
    const known = new Set([...RULES.map((r) => r.id), ...Object.keys(REALIZATION_CHECKS)]);
    const m = mapFixture(name);
    const rules = [...m.messages.flatMap((x) => x.realizations.flatMap((r) => r.findings)), ...m.types.flatMap((t) => t.findings)].map((f) => f.rule);
    expect(rules.filter((r) => !known.has(r))).toEqual([]);
  });
});
