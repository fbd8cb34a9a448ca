// Records real MCP traffic: @modelcontextprotocol/server-everything over stdio, driven by the
// official SDK Client at protocol version 2025-06-18, every JSON-RPC message in both directions.
// Output: test/fixtures/traffic/server-everything-2025-06-18.json (see the README beside it).
//
//   npx tsx scripts/record-traffic.ts [--out FILE]
//
// Determinism: each step waits for the messages it causes before the next starts, the server
// runs with a fixed clock, a seeded Math.random, TZ=UTC and an empty environment (a preload
// module, below), so re-recording reproduces the same file. The run is bounded (RUN_LIMIT_MS)
// and the process exits by itself.

import { writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { Transport, TransportSendOptions } from '@modelcontextprotocol/sdk/shared/transport.js';
import {
  CreateMessageRequestSchema,
  ElicitRequestSchema,
  ListRootsRequestSchema,
  type JSONRPCMessage,
} from '@modelcontextprotocol/sdk/types.js';

const PROTOCOL_VERSION = '2025-06-18';
const RUN_LIMIT_MS = 60_000;
const STEP_LIMIT_MS = 10_000;
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const OUT = outArg > 0 ? resolve(process.argv[outArg + 1]!) : join(repo, 'test/fixtures/traffic/server-everything-2025-06-18.json');

// Runs in the server process before its code: a fixed clock (resources embed the time of day),
// a seeded PRNG (simulated logging picks a random level). Timers are untouched.
const PRELOAD = `
const FIXED = Date.UTC(2025, 5, 18, 12, 0, 0);
const RealDate = Date;
class FixedDate extends RealDate {
  constructor(...a) { if (a.length === 0) super(FIXED); else super(...a); }
  static now() { return FIXED; }
}
globalThis.Date = FixedDate;
let s = 0x9e3779b9;
Math.random = () => { s ^= s << 13; s ^= s >>> 17; s ^= s << 5; return (s >>> 0) / 4294967296; };
`;

export type Direction = 'client-to-server' | 'server-to-client';
export interface Recorded {
  direction: Direction;
  method: string;
  kind: 'request' | 'notification' | 'result' | 'error';
  message: JSONRPCMessage;
}

/** Taps a transport: records every message sent and received, with the method it answers. */
class Tap implements Transport {
  readonly log: Recorded[] = [];
  private readonly pending = new Map<string, string>();
  /** Each returns true once satisfied (and is then dropped). */
  private readonly waiters: (() => boolean)[] = [];
  onmessage?: Transport['onmessage'];
  onclose?: () => void;
  onerror?: (e: Error) => void;

  constructor(private readonly inner: Transport) {}

  async start(): Promise<void> {
    this.inner.onmessage = (m, extra) => {
      this.record('server-to-client', m);
      this.onmessage?.(m, extra);
    };
    this.inner.onclose = () => this.onclose?.();
    this.inner.onerror = (e) => this.onerror?.(e);
    await this.inner.start();
  }

  async send(m: JSONRPCMessage, options?: TransportSendOptions): Promise<void> {
    // The SDK always offers its latest version; the recording is of the 2025-06-18 protocol, which
    // the server accepts and the SDK client supports, so the tap asks for it instead.
    if ('method' in m && m.method === 'initialize' && m.params) m = { ...m, params: { ...m.params, protocolVersion: PROTOCOL_VERSION } };
    this.record('client-to-server', m);
    await this.inner.send(m, options);
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  setProtocolVersion(v: string): void {
    this.inner.setProtocolVersion?.(v);
  }

  /** Resolves once `pred` holds on the log (checked at every message), or fails after STEP_LIMIT_MS. */
  until(what: string, pred: (log: Recorded[]) => boolean): Promise<void> {
    if (pred(this.log)) return Promise.resolve();
    return new Promise((resolveWait, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), STEP_LIMIT_MS);
      const check = () => {
        if (!pred(this.log)) return false;
        clearTimeout(timer);
        resolveWait();
        return true;
      };
      this.waiters.push(check);
    });
  }

  private record(direction: Direction, message: JSONRPCMessage): void {
    const key = (dir: Direction, id: string | number) => `${dir}:${typeof id}:${id}`;
    let entry: Recorded;
    if ('method' in message) {
      const isRequest = 'id' in message && message.id !== undefined;
      if (isRequest) this.pending.set(key(direction, message.id), message.method);
      entry = { direction, method: message.method, kind: isRequest ? 'request' : 'notification', message };
    } else {
      // A response answers a request that went the other way.
      const other: Direction = direction === 'client-to-server' ? 'server-to-client' : 'client-to-server';
      const id = 'id' in message ? message.id : undefined;
      const method = id === undefined || id === null ? '?' : (this.pending.get(key(other, id)) ?? '?');
      entry = { direction, method, kind: 'error' in message ? 'error' : 'result', message };
    }
    // Deep copy: the SDK may mutate objects after sending them.
    this.log.push(JSON.parse(JSON.stringify(entry)) as Recorded);
    for (let i = this.waiters.length - 1; i >= 0; i--) if (this.waiters[i]!()) this.waiters.splice(i, 1);
  }
}

const count = (log: Recorded[], p: (r: Recorded) => boolean) => log.filter(p).length;
const isMethod = (method: string, kind?: Recorded['kind']) => (r: Recorded) => r.method === method && (kind === undefined || r.kind === kind);

async function record(): Promise<Recorded[]> {
  const require = createRequire(import.meta.url);
  const pkgDir = dirname(require.resolve('@modelcontextprotocol/server-everything/package.json'));
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  const bin = join(pkgDir, Object.values(pkg.bin)[0]!);
  const inner = new StdioClientTransport({
    command: process.execPath,
    args: ['--import', `data:text/javascript,${encodeURIComponent(PRELOAD)}`, bin, 'stdio'],
    // `get-env` returns the server's environment verbatim, and the SDK lays the variables it
    // always inherits (HOME, PATH, SHELL, TERM, ...) under these: fix every one of them.
    env: { HOME: '/home/recorder', LOGNAME: 'recorder', PATH: '/usr/bin:/bin', SHELL: '/bin/sh', TERM: 'dumb', USER: 'recorder', TZ: 'UTC' },
    stderr: 'ignore',
  });
  const tap = new Tap(inner);
  let roots = [{ uri: 'file:///workspace/project', name: 'project' }];
  const client = new Client(
    { name: 'wasi-mcp-traffic-recorder', title: 'wasi-mcp traffic recorder', version: '1.0.0' },
    { capabilities: { roots: { listChanged: true }, sampling: {}, elicitation: {} } },
  );
  client.setRequestHandler(ListRootsRequestSchema, async () => ({ roots }));
  client.setRequestHandler(CreateMessageRequestSchema, async (req) => {
    // Content may be a block or (in later versions) a list of blocks: echo the first text.
    const content = req.params.messages[0]?.content;
    const first = Array.isArray(content) ? content[0] : content;
    const text = first && first.type === 'text' ? first.text : '';
    return { model: 'recorder-stub-model', role: 'assistant', stopReason: 'endTurn', content: { type: 'text', text: `Stub completion for: ${text}` } };
  });
  client.setRequestHandler(ElicitRequestSchema, async () => ({
    action: 'accept',
    // 2025-06-18 elicitation values are strings, integers and booleans only.
    content: { name: 'Ada Lovelace', check: true, email: 'ada@example.com', integer: 42, untitledSingleSelectEnum: 'Monica' },
  }));

  await client.connect(tap);
  // The server asks for the roots 350 ms after `initialized`, then logs how many it got.
  await tap.until('initial roots/list and its log', (log) => count(log, isMethod('notifications/message')) >= 1 && count(log, isMethod('roots/list', 'result')) >= 1);

  await client.ping();
  await client.setLoggingLevel('debug');

  // Tools: every page, then every tool the server offers (the conditional ones included).
  let cursor: string | undefined;
  do {
    const page = await client.listTools(cursor ? { cursor } : {});
    cursor = page.nextCursor;
  } while (cursor);
  const call = (name: string, args: Record<string, unknown> = {}) => client.callTool({ name, arguments: args });
  await call('echo', { message: 'Hello, MCP! ünïcödé ✓ 𝄞' });
  await call('get-sum', { a: 2, b: 40.5 });
  await call('get-env');
  await call('get-tiny-image');
  await call('get-annotated-message', { messageType: 'error' });
  await call('get-annotated-message', { messageType: 'success', includeImage: true });
  await call('get-annotated-message', { messageType: 'debug' });
  await call('get-resource-links', { count: 3 });
  await call('get-resource-reference', { resourceType: 'Text', resourceId: 1 });
  await call('get-resource-reference', { resourceType: 'Blob', resourceId: 2 });
  await call('get-structured-content', { location: 'Chicago' });
  await call('get-roots-list');
  await call('trigger-sampling-request', { prompt: 'Write a haiku about canonical ABIs', maxTokens: 64 });
  await call('trigger-elicitation-request');
  const gz = 'data:text/plain;base64,' + Buffer.from('wasi:mcp traffic recording\n'.repeat(4)).toString('base64');
  await call('gzip-file-as-resource', { name: 'note.txt.gz', data: gz, outputType: 'resource' });
  await call('gzip-file-as-resource', { name: 'link.txt.gz', data: gz, outputType: 'resourceLink' });
  await call('get-sum', { a: 'two', b: 3 }); // invalid arguments: an isError result
  await client.callTool({ name: 'no-such-tool', arguments: {} }).catch(() => undefined); // an error or isError
  // Long-running with a progress token: the SDK attaches one when onprogress is given.
  await client.callTool({ name: 'trigger-long-running-operation', arguments: { duration: 0.3, steps: 3 } }, undefined, { onprogress: () => {} });

  // Simulated logging: on sends one message at once (then one per 5 s); off at once.
  const logs = count(tap.log, isMethod('notifications/message'));
  await call('toggle-simulated-logging');
  await tap.until('simulated log message', (log) => count(log, isMethod('notifications/message')) > logs);
  await call('toggle-simulated-logging');

  // Resources: every page, each listed resource, the templates, template reads, an unknown URI.
  const uris: string[] = [];
  cursor = undefined;
  do {
    const page = await client.listResources(cursor ? { cursor } : {});
    uris.push(...page.resources.map((r) => r.uri));
    cursor = page.nextCursor;
  } while (cursor);
  for (const uri of uris) await client.readResource({ uri });
  cursor = undefined;
  do {
    const page = await client.listResourceTemplates(cursor ? { cursor } : {});
    cursor = page.nextCursor;
  } while (cursor);
  await client.readResource({ uri: 'demo://resource/dynamic/text/7' });
  await client.readResource({ uri: 'demo://resource/dynamic/blob/8' });
  await client.readResource({ uri: 'demo://resource/dynamic/text/not-a-number' }).catch(() => undefined);

  // Subscriptions: subscribe, let the simulated updater fire once, stop it, unsubscribe.
  const subscribed = 'demo://resource/dynamic/text/1';
  await client.subscribeResource({ uri: subscribed });
  const updates = count(tap.log, isMethod('notifications/resources/updated'));
  await call('toggle-subscriber-updates');
  await tap.until('resources/updated', (log) => count(log, isMethod('notifications/resources/updated')) > updates);
  await call('toggle-subscriber-updates');
  await client.unsubscribeResource({ uri: subscribed });

  // Prompts: every page, each prompt with arguments for its declared parameters.
  cursor = undefined;
  do {
    const page = await client.listPrompts(cursor ? { cursor } : {});
    cursor = page.nextCursor;
  } while (cursor);
  await client.getPrompt({ name: 'simple-prompt' });
  await client.getPrompt({ name: 'args-prompt', arguments: { city: 'Lisbon', state: 'Lisboa' } });
  await client.getPrompt({ name: 'args-prompt', arguments: { city: 'Porto' } });
  await client.getPrompt({ name: 'completable-prompt', arguments: { department: 'Engineering', name: 'Alice' } });
  await client.getPrompt({ name: 'resource-prompt', arguments: { resourceType: 'Text', resourceId: '3' } });
  await client.getPrompt({ name: 'resource-prompt', arguments: { resourceType: 'Blob', resourceId: '4' } });

  // Completions: a prompt argument, one that depends on context, a resource template variable.
  await client.complete({ ref: { type: 'ref/prompt', name: 'completable-prompt' }, argument: { name: 'department', value: 'S' } });
  await client.complete({
    ref: { type: 'ref/prompt', name: 'completable-prompt' },
    argument: { name: 'name', value: '' },
    context: { arguments: { department: 'Sales' } },
  });
  await client.complete({ ref: { type: 'ref/resource', uri: 'demo://resource/dynamic/text/{resourceId}' }, argument: { name: 'resourceId', value: '12' } });

  // Roots changed: the server asks for them again and logs the count.
  roots = [...roots, { uri: 'file:///workspace/docs', name: 'docs' }];
  const rootsAnswered = count(tap.log, isMethod('roots/list', 'result'));
  const logsBefore = count(tap.log, isMethod('notifications/message'));
  await client.sendRootsListChanged();
  await tap.until('roots/list after list_changed', (log) => count(log, isMethod('roots/list', 'result')) > rootsAnswered && count(log, isMethod('notifications/message')) > logsBefore);

  // Cancellation: abort a long-running call after its first progress notification. The server
  // keeps running the handler, so wait for its remaining progress before going on.
  const abort = new AbortController();
  const progressBefore = count(tap.log, isMethod('notifications/progress'));
  const cancelled = client
    .callTool({ name: 'trigger-long-running-operation', arguments: { duration: 0.6, steps: 3 } }, undefined, {
      onprogress: () => abort.abort('recorder cancels after the first progress update'),
      signal: abort.signal,
    })
    .catch(() => undefined);
  await cancelled;
  await tap.until('the cancelled call to finish', (log) => count(log, isMethod('notifications/progress')) >= progressBefore + 3);
  await new Promise((r) => setTimeout(r, 300)); // its (suppressed or late) response, if any

  await client.ping();
  await client.close();
  return tap.log;
}

async function main(): Promise<void> {
  const limit = setTimeout(() => {
    console.error(`record-traffic: still running after ${RUN_LIMIT_MS} ms, giving up`);
    process.exit(2);
  }, RUN_LIMIT_MS);
  const log = await record();
  clearTimeout(limit);
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, JSON.stringify(log, null, 2) + '\n');
  const byKind = Object.entries(
    log.reduce<Record<string, number>>((a, r) => ((a[`${r.direction} ${r.kind}`] = (a[`${r.direction} ${r.kind}`] ?? 0) + 1), a), {}),
  );
  console.log(`recorded ${log.length} messages to ${OUT}`);
  for (const [k, n] of byKind) console.log(`  ${k}: ${n}`);
  process.exit(0);
}

main().catch((e: unknown) => {
  console.error('record-traffic failed:', e);
  process.exit(1);
});
