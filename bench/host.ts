// The reference host under load: tools/call throughput and p50/p99 latency over Streamable HTTP
// against `wasi-mcp serve --http` (a child process, the built CLI) hosting the conformance
// component, at 1 and 2 instances (`--instances`) with 1, 8 and 32 concurrent clients. Each
// client sends one call after another for a fixed time. The baseline is one instance with the
// same number of clients, measured in the same run. Prints; never asserts.
//
// The wire is the one the host announces: MCP 2026-07-28 stateless requests when
// `server/discover` lists 2026-07-28, else a 2025-06-18 session per client (the SDK's client).
// A host without `--instances` is measured at one instance only, and says so.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { buildExample } from '../compiler/host/build-example.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(REPO, 'dist/compiler/cli.js');
const CACHE_DIR = join(REPO, '.cache/transpiled');
/** A tool that does nothing but answer: the host's own cost dominates. */
const TOOL = 'test_simple_text';
const CLIENTS = [1, 8, 32];
const INSTANCES = [1, 2];
/** Per measurement: calls before timing starts, and the timed window. */
const WARMUP_MS = 1_000;
const WINDOW_MS = Number(process.env.BENCH_HOST_WINDOW_MS ?? 5_000);

interface Served {
  url: string;
  child: ChildProcess;
}

function serve(wasm: string, instances: number | undefined): Promise<Served> {
  const args = [CLI, 'serve', wasm, '--http', '0', '--cache-dir', CACHE_DIR, ...(instances === undefined ? [] : ['--instances', String(instances)])];
  const child = spawn(process.execPath, args, { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((ok, fail) => {
    let err = '';
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(err);
      if (m) ok({ url: m[1]!, child });
    });
    child.once('exit', (code) => fail(new Error(`serve exited (${code}): ${err.slice(-2000)}`)));
  });
}

async function stop(s: Served): Promise<void> {
  if (s.child.exitCode !== null) return;
  await new Promise<void>((done) => {
    s.child.once('exit', () => done());
    s.child.kill('SIGTERM');
  });
}

/** One client's way of calling the tool: resolves when the call's result arrived. */
type Caller = { call(): Promise<void>; close(): Promise<void> };

const META = {
  'io.modelcontextprotocol/protocolVersion': '2026-07-28',
  'io.modelcontextprotocol/clientCapabilities': {},
  'io.modelcontextprotocol/clientInfo': { name: 'bench', version: '0' },
};

async function post(url: string, method: string, params: object, name?: string): Promise<{ result?: Record<string, unknown>; error?: { message: string } }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json, text/event-stream',
      'MCP-Protocol-Version': '2026-07-28',
      'Mcp-Method': method,
      ...(name === undefined ? {} : { 'Mcp-Name': name }),
    },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params: { ...params, _meta: META } }),
  });
  const text = await res.text();
  // A JSON body, or an SSE stream whose last data line is the response.
  const data = res.headers.get('content-type')?.includes('text/event-stream') ? [...text.matchAll(/^data: (.+)$/gm)].pop()?.[1] : text;
  return JSON.parse(data ?? 'null') as { result?: Record<string, unknown>; error?: { message: string } };
}

/** Whether the host speaks the 2026-07-28 wire (server/discover lists it). */
async function stateless(url: string): Promise<boolean> {
  try {
    const r = await post(url, 'server/discover', {});
    return Array.isArray(r.result?.supportedVersions) && (r.result.supportedVersions as unknown[]).includes('2026-07-28');
  } catch {
    return false;
  }
}

async function caller(url: string, wire: 'stateless' | 'session'): Promise<Caller> {
  if (wire === 'stateless') {
    return {
      call: async () => {
        const r = await post(url, 'tools/call', { name: TOOL, arguments: {} }, TOOL);
        if (!r.result) throw new Error(`tools/call failed: ${r.error?.message ?? 'no result'}`);
      },
      close: async () => undefined,
    };
  }
  const client = new Client({ name: 'bench', version: '0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(url)));
  return {
    call: async () => void (await client.callTool({ name: TOOL, arguments: {} })),
    close: () => client.close(),
  };
}

interface Cell {
  instances: number;
  clients: number;
  callsPerSecond: number;
  p50: number;
  p99: number;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/** `clients` callers, each calling in a loop; latencies of the calls that started in the window. */
async function measure(url: string, wire: 'stateless' | 'session', instances: number, clients: number): Promise<Cell> {
  const callers = await Promise.all(Array.from({ length: clients }, () => caller(url, wire)));
  const latencies: number[] = [];
  const t0 = performance.now();
  const windowStart = t0 + WARMUP_MS;
  const end = windowStart + WINDOW_MS;
  let counted = 0;
  await Promise.all(
    callers.map(async (c) => {
      while (performance.now() < end) {
        const s = performance.now();
        await c.call();
        const e = performance.now();
        if (s >= windowStart && e <= end) {
          latencies.push(e - s);
          counted++;
        }
      }
    }),
  );
  await Promise.all(callers.map((c) => c.close()));
  latencies.sort((a, b) => a - b);
  return { instances, clients, callsPerSecond: (counted / WINDOW_MS) * 1000, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99) };
}

function supportsInstances(): boolean {
  const r = spawnSync(process.execPath, [CLI, 'serve', '--help'], { encoding: 'utf8' });
  return `${r.stdout}${r.stderr}`.includes('--instances');
}

export async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: npm run build (npm run bench builds first)`);
  const wasm = (await buildExample('conformance')).wasm;
  const pool = supportsInstances();
  const counts = pool ? INSTANCES : [1];
  const cells: Cell[] = [];
  let wire: 'stateless' | 'session' = 'session';
  for (const instances of counts) {
    const served = await serve(wasm, pool ? instances : undefined);
    try {
      wire = (await stateless(served.url)) ? 'stateless' : 'session';
      for (const clients of CLIENTS) cells.push(await measure(served.url, wire, instances, clients));
    } finally {
      await stop(served);
    }
  }
  console.log(`\n## host: ${TOOL} over HTTP (${wire === 'stateless' ? 'MCP 2026-07-28 stateless requests' : 'MCP 2025-06-18 sessions'}), ${WINDOW_MS / 1000} s per cell`);
  console.log(`  ${'instances'.padEnd(10)}${'clients'.padStart(8)}${'calls/s'.padStart(10)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}   vs 1 instance (throughput, p50, p99)`);
  for (const c of cells) {
    const base = cells.find((b) => b.instances === 1 && b.clients === c.clients)!;
    const ratio = c === base ? 'baseline' : `${(c.callsPerSecond / base.callsPerSecond).toFixed(2)}x, ${(c.p50 / base.p50).toFixed(2)}x, ${(c.p99 / base.p99).toFixed(2)}x`;
    console.log(`  ${String(c.instances).padEnd(10)}${String(c.clients).padStart(8)}${c.callsPerSecond.toFixed(0).padStart(10)}${c.p50.toFixed(1).padStart(9)}${c.p99.toFixed(1).padStart(9)}   ${ratio}`);
  }
  if (!pool) console.log('  this host has no --instances: one instance only');
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
