// Shared set-up for the host tests: the example components (built once, cached), clients over
// Streamable HTTP (in-process host) and stdio (the serve command in a child process).

import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { ClientCapabilities, ServerNotification } from '@modelcontextprotocol/sdk/types.js';
import { buildComponent, buildExample } from '../../compiler/host/build-example.js';
import { startHost, type HostOptions, type RunningHost } from '../../compiler/host/index.js';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SERVE_ENTRY = join(REPO, 'test/host/serve-entry.ts');
/** The tests keep their transpile cache in the repository's .cache/, not the user's. */
export const TEST_CACHE_DIR = join(REPO, '.cache/transpiled');

/**
 * For the set-up hooks that may build the example components: on a cold cache componentize-js
 * takes 15-50 s per component, and test files build in parallel.
 */
/**
 * The host tests count the component's calls and rely on its memory (the notes it keeps): they
 * serve one instance unless they ask for more (`--instances` later on the command line wins).
 * pool.test.ts and the conformance suites run several.
 */
export const ONE_INSTANCE = ['--instances', '1'];

export const BUILD_TIMEOUT = 300_000;

export async function exampleWasm(name: 'notes' | 'conformance'): Promise<string> {
  return (await buildExample(name)).wasm;
}

/**
 * The hostile component (test/host/fixtures/hostile): built with componentize-js's `http`
 * feature, so it imports wasi:http/outgoing-handler as a component built with the defaults does.
 */
export async function hostileWasm(): Promise<string> {
  return (await buildComponent('hostile-fixture', join(REPO, 'test/host/fixtures/hostile/component.js'), ['http'])).wasm;
}

export function newClient(capabilities: ClientCapabilities = {}): { client: Client; notifications: ServerNotification[] } {
  const client = new Client({ name: 'host-test', version: '1.0.0' }, { capabilities });
  const notifications: ServerNotification[] = [];
  client.fallbackNotificationHandler = async (n) => void notifications.push(n as ServerNotification);
  return { client, notifications };
}

export async function inProcessHost(wasm: string, options: Partial<HostOptions> = {}): Promise<RunningHost> {
  return startHost({ component: wasm, transport: 'http', port: 0, cacheDir: TEST_CACHE_DIR, instances: 1, log: () => undefined, componentOutput: () => undefined, ...options });
}

/** `wasi-mcp serve <wasm> --http 0` in a child process; resolves with its URL once it listens. */
export function serveHttpChild(wasm: string, extraArgs: string[] = []): Promise<{ url: string; child: ChildProcess; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVE_ENTRY, 'serve', wasm, '--http', '0', '--cache-dir', TEST_CACHE_DIR, ...ONE_INSTANCE, ...extraArgs], {
    cwd: REPO,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolveUrl, reject) => {
    let err = '';
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(err);
      if (m)
        resolveUrl({
          url: m[1]!,
          child,
          stop: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
    });
    child.once('exit', (code) => reject(new Error(`serve exited (${code}): ${err}`)));
  });
}

/** Waits until `pred` holds (notifications arrive asynchronously). */
export async function until(pred: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const t0 = Date.now();
  while (!(await pred())) {
    if (Date.now() - t0 > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The text blocks of a tool result (the SDK's callTool type also admits the legacy `toolResult` form). */
export const textOf = (r: object): string =>
  (((r as { content?: unknown }).content as { type: string; text?: string }[] | undefined) ?? [])
    .filter((c) => c.type === 'text')
    .map((c) => c.text)
    .join('\n');
