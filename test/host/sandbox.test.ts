// Issue 18, point 1: the sandbox. A hostile component (built as componentize-js builds by
// default, so it imports wasi:http/outgoing-handler) gets no network unless the operator
// grants an origin; the WASI imports show it no environment, no directories, no working
// directory and no stdin unless granted.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { denyAll, parseDir, parseEnv, parseOrigin, type CapabilityPolicy } from '../../compiler/host/policy.js';
import { sandboxedImports } from '../../compiler/host/sandbox.js';
import type { RunningHost } from '../../compiler/host/index.js';
import { BUILD_TIMEOUT, hostileWasm, inProcessHost, textOf, until } from './helpers.js';
import { ModernClient } from './modern.js';

type Fn = (...args: unknown[]) => unknown;
const iface = (imports: Record<string, Record<string, unknown>>, name: string) => imports[name]! as Record<string, Fn> & Record<string, unknown>;

/** What an import throws: jco lowers a thrown object's `payload` (or the object) as the err. */
function errOf(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return (e as { payload?: unknown }).payload ?? e;
  }
  return 'no error';
}

describe('the capability policy as WASI imports', () => {
  it('shows nothing by default: no variables, no directories, no working directory, an empty stdin', () => {
    const w = sandboxedImports(denyAll()) as Record<string, Record<string, unknown>>;
    const env = iface(w, 'wasi:cli/environment');
    expect(env.getEnvironment!()).toEqual([]);
    expect(env.getArguments!()).toEqual(['component']);
    expect(env.initialCwd!()).toBeUndefined();
    expect(iface(w, 'wasi:filesystem/preopens').getDirectories!()).toEqual([]);
    const stdin = iface(w, 'wasi:cli/stdin').getStdin!() as { read(n: bigint): unknown; blockingRead(n: bigint): unknown };
    expect(stdin).toBeInstanceOf(w['wasi:io/streams']!['InputStream'] as new () => object);
    expect(errOf(() => stdin.blockingRead(10n))).toEqual({ tag: 'closed' });
  });

  it('refuses HTTP to any origin not granted with HTTP-request-denied, before anything is sent', () => {
    const w = sandboxedImports({ ...denyAll(), allowHttp: ['http://127.0.0.1:9'] }) as Record<string, Record<string, unknown>>;
    const types = w['wasi:http/types']!;
    const Fields = types['Fields'] as new () => object;
    const OutgoingRequest = types['OutgoingRequest'] as new (f: object) => { setScheme(s: unknown): void; setAuthority(a: string): void; setPathWithQuery(p: string): void };
    const request = (authority: string, scheme = 'HTTP') => {
      const r = new OutgoingRequest(new Fields());
      r.setScheme({ tag: scheme });
      r.setAuthority(authority);
      r.setPathWithQuery('/');
      return r;
    };
    const handle = iface(w, 'wasi:http/outgoing-handler').handle!;
    expect(errOf(() => handle(request('127.0.0.1:8'), undefined))).toEqual({ tag: 'HTTP-request-denied' });
    expect(errOf(() => handle(request('127.0.0.1:9', 'HTTPS'), undefined))).toEqual({ tag: 'HTTP-request-denied' });
    expect(errOf(() => handle(request('example.com'), undefined))).toEqual({ tag: 'HTTP-request-denied' });
  });

  it('refuses sockets: TCP and UDP are access-denied, name lookup fails', () => {
    const w = sandboxedImports(denyAll()) as Record<string, Record<string, unknown>>;
    const network = iface(w, 'wasi:sockets/instance-network').instanceNetwork!();
    // preview2-shim answers a denied lookup with permanent-resolver-failure.
    expect(errOf(() => iface(w, 'wasi:sockets/ip-name-lookup').resolveAddresses!(network, 'localhost'))).toBe('permanent-resolver-failure');
    const udp = iface(w, 'wasi:sockets/udp-create-socket').createUdpSocket!('ipv4') as { startBind(n: unknown, a: unknown): void };
    expect(errOf(() => udp.startBind(network, { tag: 'ipv4', val: { port: 0, address: [127, 0, 0, 1] } }))).toBe('access-denied');
    const tcp = iface(w, 'wasi:sockets/tcp-create-socket').createTcpSocket!('ipv4') as { startConnect(n: unknown, a: unknown): void };
    expect(errOf(() => tcp.startConnect(network, { tag: 'ipv4', val: { port: 9, address: [127, 0, 0, 1] } }))).toBe('access-denied');
  });

  it('gives exactly what is granted: variables and directories', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wasi-mcp-dir-'));
    try {
      writeFileSync(join(dir, 'f.txt'), 'x');
      const policy: CapabilityPolicy = { allowHttp: [], dirs: [parseDir(`${dir}::/data`)], env: Object.fromEntries([parseEnv('A=1'), parseEnv('HOME_COPY', { HOME_COPY: '/h' })]) };
      const w = sandboxedImports(policy) as Record<string, Record<string, unknown>>;
      expect(iface(w, 'wasi:cli/environment').getEnvironment!()).toEqual([['A', '1'], ['HOME_COPY', '/h']]);
      const dirs = iface(w, 'wasi:filesystem/preopens').getDirectories!() as [unknown, string][];
      expect(dirs.map(([, guest]) => guest)).toEqual(['/data']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the policy flags', () => {
  it('reads origins, directories and variables as wasmtime does, and refuses the rest', () => {
    expect(parseOrigin('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
    expect(parseOrigin('https://api.example.com/')).toBe('https://api.example.com');
    expect(() => parseOrigin('https://api.example.com/v1')).toThrow(/not an origin/);
    expect(() => parseOrigin('ftp://x')).toThrow(/only http and https/);
    expect(() => parseOrigin('nonsense')).toThrow(/not an origin/);
    expect(parseDir('/srv/data::/data')).toEqual({ host: '/srv/data', guest: '/data' });
    expect(parseDir('rel', '/base')).toEqual({ host: '/base/rel', guest: 'rel' });
    expect(() => parseDir('/x::')).toThrow(/HOST_DIR/);
    expect(parseEnv('A=b=c')).toEqual(['A', 'b=c']);
    expect(() => parseEnv('UNSET_FOR_SURE', {})).toThrow(/not set/);
    expect(() => parseEnv('1A=x')).toThrow(/not a variable name/);
  });
});

describe('a hostile component', () => {
  let target: Server;
  let origin: string;
  const hits: string[] = [];
  beforeAll(async () => {
    target = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end('secret');
    });
    await new Promise<void>((r) => target.listen(0, '127.0.0.1', () => r()));
    origin = `http://127.0.0.1:${(target.address() as AddressInfo).port}`;
    await hostileWasm();
  }, BUILD_TIMEOUT);
  afterAll(async () => {
    target.closeAllConnections();
    await new Promise((r) => target.close(r));
  });

  async function serve(policy?: CapabilityPolicy): Promise<{ host: RunningHost; c: { client: ModernClient; close(): Promise<void> }; log: string[] }> {
    const log: string[] = [];
    const host = await inProcessHost(await hostileWasm(), { log: (l) => void log.push(l), ...(policy ? { policy } : {}) });
    return { host, c: { client: new ModernClient(host.url!), close: async () => undefined }, log };
  }

  it('cannot reach the network by default, and the operator is told at start-up', async () => {
    const { host, c, log } = await serve();
    try {
      expect(log).toContain('wasi:http/outgoing-handler: denied (HTTP-request-denied; grant with --allow-http ORIGIN)');
      await c.client.callTool({ name: 'fetch', arguments: { url: `${origin}/denied` } });
      await until(async () => !/pending/.test(textOf(await c.client.callTool({ name: 'fetch_result', arguments: {} }))), 5000);
      expect(textOf(await c.client.callTool({ name: 'fetch_result', arguments: {} }))).toMatch(/rejected|threw/);
      expect(hits).not.toContain('/denied');
    } finally {
      await c.close();
      await host.close();
    }
  });

  it('reaches exactly the origin granted with --allow-http', async () => {
    const { host, c } = await serve({ ...denyAll(), allowHttp: [origin] });
    try {
      await c.client.callTool({ name: 'fetch', arguments: { url: `${origin}/granted` } });
      await until(() => hits.includes('/granted'), 10_000);
      // Another port of the same machine is another origin.
      await c.client.callTool({ name: 'fetch', arguments: { url: 'http://127.0.0.1:9/other' } });
      await until(async () => /rejected|threw/.test(textOf(await c.client.callTool({ name: 'fetch_result', arguments: {} }))), 5000);
    } finally {
      await c.close();
      await host.close();
    }
  });
});
