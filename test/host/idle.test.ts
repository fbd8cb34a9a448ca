// Streamable HTTP sessions whose client went away without a DELETE are closed after
// `--session-idle-timeout`; a session with a request open (a GET stream) is not idle.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idleSessions } from '../../compiler/host/http.js';
import type { RunningHost } from '../../compiler/host/index.js';
import { BUILD_TIMEOUT, exampleWasm, inProcessHost } from './helpers.js';

describe('idleSessions', () => {
  it('are the sessions with no request open and none for the idle time', () => {
    const activity = new Map([
      ['quiet', { last: 0, open: 0 }],
      ['streaming', { last: 0, open: 1 }],
      ['recent', { last: 900, open: 0 }],
    ]);
    expect(idleSessions(activity, 1000, 500)).toEqual(['quiet']);
    expect(idleSessions(activity, 1000, 2000)).toEqual([]);
  });
});

const IDLE_MS = 300;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('an HTTP session', () => {
  let host: RunningHost;
  beforeAll(async () => {
    host = await inProcessHost(await exampleWasm('notes'), { sessionIdleMs: IDLE_MS });
  }, BUILD_TIMEOUT);
  afterAll(async () => host?.close());

  const post = (body: unknown, sid?: string): Promise<Response> =>
    fetch(host.url!, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        ...(sid ? { 'mcp-session-id': sid, 'mcp-protocol-version': '2025-06-18' } : {}),
      },
      body: JSON.stringify(body),
    });

  async function open(): Promise<string> {
    const init = await post({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'idle-test', version: '1' } } });
    expect(init.status).toBe(200);
    await init.text();
    const sid = init.headers.get('mcp-session-id');
    expect(sid).toBeTruthy();
    const ack = await post({ jsonrpc: '2.0', method: 'notifications/initialized' }, sid!);
    expect(ack.status).toBe(202);
    await ack.text();
    return sid!;
  }

  async function listTools(sid: string): Promise<number> {
    const r = await post({ jsonrpc: '2.0', id: 2, method: 'tools/list' }, sid);
    await r.text();
    return r.status;
  }

  it('is closed when no request of it is open for the idle time', async () => {
    const sid = await open();
    expect(await listTools(sid)).toBe(200);
    await sleep(IDLE_MS * 3);
    expect(await listTools(sid)).toBe(404);
    expect(host.stats().sessions).toBe(0);
  });

  it('stays open while its client listens on the GET stream, and is closed after that ends', async () => {
    const sid = await open();
    const listening = new AbortController();
    const stream = await fetch(host.url!, { headers: { accept: 'text/event-stream', 'mcp-session-id': sid, 'mcp-protocol-version': '2025-06-18' }, signal: listening.signal });
    expect(stream.status).toBe(200);
    await sleep(IDLE_MS * 3);
    expect(await listTools(sid)).toBe(200);
    listening.abort();
    await sleep(IDLE_MS * 3);
    expect(await listTools(sid)).toBe(404);
  });
});
