// Issue 18, points 4, 5 and 7: faults. The transpile cache is verified before it runs; a
// handler timeout by default; requests of a client that went away leave the queue; clients
// take turns; the queue is bounded per client and in total; a stale lock is taken over at once.

import { spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_HANDLER_TIMEOUT_MS } from '../../compiler/host/defaults.js';
import { registerServeCommand, type RunningHost } from '../../compiler/host/index.js';
import { withLock } from '../../compiler/host/lock.js';
import { defaultCacheDir, readVerified, signingKey, transpileCached, userCacheBase } from '../../compiler/host/transpile.js';
import { cacheRoot } from '../../compiler/paths.js';
import { BUILD_TIMEOUT, hostileWasm, inProcessHost, textOf } from './helpers.js';
import { ModernClient, post as modernPost, withMeta } from './modern.js';

const tmp = mkdtempSync(join(tmpdir(), 'wasi-mcp-faults-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the transpile cache', () => {
  const cacheDir = join(tmp, 'cache');
  const keyFile = join(tmp, 'key', 'cache.key');
  let wasm: string;
  beforeAll(async () => {
    wasm = await hostileWasm();
  }, BUILD_TIMEOUT);

  it('lives in the per-user cache directory by default', () => {
    // the package's one per-user cache directory (paths.ts cacheRoot, tested in the CLI tests)
    expect(userCacheBase()).toBe(cacheRoot());
    expect(defaultCacheDir()).toBe(join(cacheRoot(), 'transpiled'));
  });

  it('is verified before it runs: tampered code is never run, the component is transpiled again', async () => {
    const first = await transpileCached(wasm, { cacheDir, keyFile });
    expect(first.transpiled).toBe(true);
    expect((await transpileCached(wasm, { cacheDir, keyFile })).transpiled).toBe(false);
    const key = signingKey(keyFile);
    // Any change to a file, or to the manifest, is found.
    const copy = join(tmp, 'copy');
    cpSync(first.dir, copy, { recursive: true });
    appendFileSync(join(copy, 'component.js'), '\n// changed\n');
    expect(readVerified(copy, first.sha256, key)).toBe('component.js does not match its hash');
    const manifest = join(copy, 'manifest.json');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/"component\.js": "[0-9a-f]+"/, '"component.js": "00"'));
    expect(readVerified(copy, first.sha256, key)).toBe('the manifest signature does not match');
    expect(readVerified(copy, first.sha256, Buffer.alloc(32, 1))).toBe('the manifest signature does not match');

    // The attack of the issue: code appended to the cached entry, which would run with the host's rights.
    const marker = join(tmp, 'marker');
    appendFileSync(join(first.dir, 'component.js'), `\nawait import('node:fs').then((fs) => fs.writeFileSync(${JSON.stringify(marker)}, 'ran'));\n`);
    const log: string[] = [];
    const host = await inProcessHost(wasm, { cacheDir, cacheKeyFile: keyFile, log: (l) => void log.push(l) });
    try {
      expect(textOf(await new ModernClient(host.url!).callTool({ name: 'fetch_result', arguments: {} }))).toBe('none');
    } finally {
      await host.close();
    }
    expect(existsSync(marker)).toBe(false);
    expect(log.some((l) => /failed verification \(component\.js does not match its hash\); transpiling again/.test(l))).toBe(true);
    expect((await transpileCached(wasm, { cacheDir, keyFile })).transpiled).toBe(false);
  }, BUILD_TIMEOUT);

  it('refuses a signing key others can read or write', () => {
    const loose = join(tmp, 'loose.key');
    signingKey(loose);
    chmodSync(loose, 0o644);
    expect(() => signingKey(loose)).toThrow(/readable or writable by others/);
  });
});

describe('the transpile lock', () => {
  const dir = join(tmp, 'locks');
  mkdirSync(dir, { recursive: true });

  /** A pid no process has any more: a child that has exited. */
  function deadPid(): number {
    return spawnSync(process.execPath, ['-e', '0']).pid!;
  }

  it('is taken over at once when its owner process is gone', async () => {
    const lock = join(dir, 'dead.lock');
    mkdirSync(lock);
    const pid = deadPid();
    writeFileSync(join(lock, 'owner'), JSON.stringify({ pid, host: hostname() }));
    const log: string[] = [];
    let built = false;
    const r = await withLock(lock, () => built, async () => ((built = true), 'built'), () => 'cached', (l) => void log.push(l));
    expect(r).toBe('built');
    expect(log).toEqual([`taking over the stale lock ${lock}: its owner (pid ${pid}) is gone`]);
    expect(existsSync(lock)).toBe(false);
  });

  it('is taken over when it has no owner and is not new', async () => {
    const lock = join(dir, 'orphan.lock');
    mkdirSync(lock);
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    const log: string[] = [];
    expect(await withLock(lock, () => false, async () => 'built', () => 'cached', (l) => void log.push(l))).toBe('built');
    expect(log[0]).toMatch(/it has no owner/);
  });

  it('is waited for while its owner lives, and the wait is reported', async () => {
    const lock = join(dir, 'live.lock');
    mkdirSync(lock);
    writeFileSync(join(lock, 'owner'), JSON.stringify({ pid: process.pid, host: hostname() }));
    let done = false;
    setTimeout(() => {
      done = true;
      rmSync(lock, { recursive: true, force: true });
    }, 300);
    const log: string[] = [];
    expect(await withLock(lock, () => done, async () => 'built', () => 'cached', (l) => void log.push(l))).toBe('cached');
    expect(log).toEqual([`waiting for pid ${process.pid} on ${hostname()}, which holds ${lock}`]);
  });
});

describe('handler calls', () => {
  let host: RunningHost;
  const HANDLER_MS = 1500;
  beforeAll(async () => {
    host = await inProcessHost(await hostileWasm(), { handlerTimeoutMs: HANDLER_MS, queue: { perLane: 4, total: 6 } });
  }, BUILD_TIMEOUT);
  afterAll(async () => host?.close());

  it('have a timeout by default', () => {
    const p = new Command('wasi-mcp');
    registerServeCommand(p);
    const serve = p.commands.find((c) => c.name() === 'serve')!;
    expect(DEFAULT_HANDLER_TIMEOUT_MS).toBeGreaterThan(0);
    expect(serve.options.find((o) => o.long === '--handler-timeout')?.defaultValue).toBe(DEFAULT_HANDLER_TIMEOUT_MS);
  });

  // With no sessions, a client is its address and the name it gives: each "session" here is a client name.
  let clients = 0;
  async function session(): Promise<string> {
    return `faults-${++clients}`;
  }
  /** A tool call; resolves with the JSON-RPC answer. */
  async function call(client: string, name: string, signal?: AbortSignal): Promise<{ result?: unknown; error?: { code: number; message: string } }> {
    const r = await modernPost(host.url!, 'tools/call', withMeta({ name, arguments: {} }, { 'io.modelcontextprotocol/clientInfo': { name: client, version: '1' } }), signal ? { signal } : {});
    return r.reply as { result?: unknown };
  }
  const calls = (): number => host.stats().calls['callTool'] ?? 0;
  async function until(pred: () => boolean): Promise<void> {
    for (let i = 0; !pred(); i++) {
      if (i > 1000) throw new Error('timed out waiting');
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  it('of a client that went away leave the queue and never run', async () => {
    const a = await session();
    const before = calls();
    const spin = call(a, 'spin');
    await until(() => calls() === before + 1);
    const gone = new AbortController();
    const abandoned = [1, 2, 3].map(() => call(a, 'fetch_result', gone.signal).catch(() => 'aborted'));
    await until(() => host.stats().waiting === 3);
    gone.abort();
    await Promise.all(abandoned);
    await until(() => host.stats().waiting === 0);
    expect((await spin).error?.message).toMatch(`did not return within ${HANDLER_MS} ms`);
    await call(a, 'fetch_result');
    expect(calls()).toBe(before + 2); // the spin and the last call: none of the abandoned three
  });

  it('take turns between clients, and each queue is bounded', async () => {
    const a = await session();
    const b = await session();
    const before = calls();
    const spin = call(a, 'spin');
    await until(() => calls() === before + 1);
    const order: string[] = [];
    const busy: string[] = [];
    const track = (who: string) => (r: Awaited<ReturnType<typeof call>>) => {
      if (r.error?.code === -32010) busy.push(`${who}: ${r.error.message}`);
      else if (r.result) order.push(who);
      return r;
    };
    const aCalls = Array.from({ length: 5 }, () => call(a, 'fetch_result').then(track('a')));
    await until(() => host.stats().waiting === 4 && busy.length === 1);
    expect(busy[0]).toMatch(/^a: .*4 calls of this client are already waiting \(limit 4\)/);
    const bCalls = Array.from({ length: 3 }, () => call(b, 'fetch_result').then(track('b')));
    await until(() => host.stats().waiting === 6 && busy.length === 2);
    expect(busy[1]).toMatch(/^b: .*6 calls are already waiting \(limit 6\)/);
    await spin;
    await Promise.all([...aCalls, ...bCalls]);
    expect(order.filter((w) => w === 'a')).toHaveLength(4);
    expect(order.filter((w) => w === 'b')).toHaveLength(2);
    // First come, first served would run a's four before b's two; taking turns, b's are done first.
    expect(order.lastIndexOf('b')).toBeLessThan(order.lastIndexOf('a'));
  });
});
