// The bridge over Streamable HTTP, with both SDK generations' HTTP client transports: sessions
// behind Mcp-Session-Id, server-to-client requests on a POST's stream, notifications on the GET
// stream, isolation between two sessions, and the limits (sessions, idle, origin, unknown ids).

import { afterEach, describe, expect, it } from 'vitest';
import { Client as Client1 } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport as Http1 } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ElicitRequestSchema, LoggingMessageNotificationSchema, ResourceUpdatedNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import { Client as Client2, StreamableHTTPClientTransport as Http2 } from '@modelcontextprotocol/client';
import { fixture, httpServer, textOf, type Fixture } from './helpers.js';

let f: Fixture;
let server: { url: string; close(): Promise<void> } | undefined;
const clients: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) await c.close().catch(() => undefined);
  await server?.close();
  await f?.bridge.close();
});

async function client1(url: string, name: string): Promise<{ client: Client1; elicited: string[]; logs: string[]; updated: string[] }> {
  const client = new Client1({ name, version: '1' }, { capabilities: { elicitation: {} } });
  const elicited: string[] = [];
  const logs: string[] = [];
  const updated: string[] = [];
  client.setRequestHandler(ElicitRequestSchema, async (r) => {
    elicited.push(r.params.message);
    return { action: 'accept', content: { name } };
  });
  client.setNotificationHandler(LoggingMessageNotificationSchema, (n) => void logs.push(String(n.params.data)));
  client.setNotificationHandler(ResourceUpdatedNotificationSchema, (n) => void updated.push(n.params.uri));
  await client.connect(new Http1(new URL(url)));
  clients.push(client);
  return { client, elicited, logs, updated };
}

async function client2(url: string, name: string): Promise<{ client: Client2; elicited: string[]; logs: string[]; updated: string[] }> {
  const client = new Client2({ name, version: '2' }, { capabilities: { elicitation: {} }, supportedProtocolVersions: ['2025-06-18'] });
  const elicited: string[] = [];
  const logs: string[] = [];
  const updated: string[] = [];
  client.setRequestHandler('elicitation/create', async (r) => {
    elicited.push(r.params.message);
    return { action: 'accept', content: { name } };
  });
  client.setNotificationHandler('notifications/message', (n) => void logs.push(String(n.params.data)));
  client.setNotificationHandler('notifications/resources/updated', (n) => void updated.push(n.params.uri));
  await client.connect(new Http2(new URL(url)));
  clients.push(client);
  return { client, elicited, logs, updated };
}

/** Emits until `done` holds: the client's GET stream opens after initialize, on its own time. */
async function until(done: () => boolean, emit: () => void): Promise<void> {
  for (let i = 0; i < 200 && !done(); i++) {
    emit();
    await new Promise((r) => setTimeout(r, 25));
  }
}

function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers }, body: JSON.stringify(body) });
}

const INIT = { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '0' } } };

describe('bridge over Streamable HTTP', () => {
  it('serves an SDK 1.x and an SDK 2.x client, each in its own version', async () => {
    f = fixture();
    server = await httpServer(f.bridge);
    const a = await client1(server.url, 'A');
    const b = await client2(server.url, 'B');
    expect(b.client.getNegotiatedProtocolVersion()).toBe('2025-06-18');
    expect(f.bridge.sessions()).toBe(2);
    expect(textOf(await a.client.callTool({ name: 'echo', arguments: { text: 'one' } }))).toBe('one');
    expect(textOf(await b.client.callTool({ name: 'echo', arguments: { text: 'two' } }))).toBe('two');
    // an elicitation travels on the tools/call POST's stream
    expect(textOf(await a.client.callTool({ name: 'ask-name', arguments: {} }))).toBe('accept: {"name":"A"}');
    expect(textOf(await b.client.callTool({ name: 'ask-name', arguments: {} }))).toBe('accept: {"name":"B"}');
  });

  it('keeps sessions apart: notifications, log messages, requests to the client and client identity', async () => {
    f = fixture();
    server = await httpServer(f.bridge);
    const a = await client1(server.url, 'A');
    const b = await client2(server.url, 'B');
    await a.client.subscribeResource({ uri: 'note://a' });
    await b.client.subscribeResource({ uri: 'note://b' });
    await until(
      () => a.updated.length > 0 && b.updated.length > 0,
      () => {
        f.core.emit('notifications/resources/updated', { uri: 'note://a' });
        f.core.emit('notifications/resources/updated', { uri: 'note://b' });
      },
    );
    expect(new Set(a.updated)).toEqual(new Set(['note://a']));
    expect(new Set(b.updated)).toEqual(new Set(['note://b']));
    await Promise.all([a.client.callTool({ name: 'logs', arguments: { who: 'A' } }), b.client.callTool({ name: 'logs', arguments: { who: 'B' } })]);
    expect(a.logs.length).toBeGreaterThan(0);
    expect(a.logs.every((l) => l.endsWith('for A'))).toBe(true);
    expect(b.logs.every((l) => l.endsWith('for B'))).toBe(true);
    await Promise.all([a.client.callTool({ name: 'ask-name', arguments: {} }), b.client.callTool({ name: 'ask-name', arguments: {} })]);
    expect(a.elicited).toEqual(['Your name?']);
    expect(b.elicited).toEqual(['Your name?']);
    const who = async (c: { callTool: Client1['callTool'] }): Promise<unknown> => JSON.parse(textOf(await c.callTool({ name: 'whoami', arguments: {} }))).info;
    expect(await who(a.client)).toEqual({ name: 'A', version: '1' });
    expect(await who(b.client as unknown as Client1)).toEqual({ name: 'B', version: '2' });
  });

  it('bounds sessions (503 with Retry-After), and refuses unknown sessions (404), foreign origins (403) and batches (400) without a session', async () => {
    f = fixture({ maxSessions: 1 });
    server = await httpServer(f.bridge);
    const first = await post(server.url, INIT);
    expect(first.status).toBe(200);
    await first.text();
    const second = await post(server.url, INIT);
    expect(second.status).toBe(503);
    expect(second.headers.get('retry-after')).toBe('5');
    expect(f.bridge.sessions()).toBe(1);
    const unknown = await post(server.url, { jsonrpc: '2.0', id: 2, method: 'tools/list' }, { 'mcp-session-id': 'nope' });
    expect(unknown.status).toBe(404);
    const foreign = await post(server.url, INIT, { origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    const sid = first.headers.get('mcp-session-id')!;
    const batch = await post(server.url, [{ jsonrpc: '2.0', id: 3, method: 'ping' }], { 'mcp-session-id': sid });
    expect(batch.status).toBe(400);
    expect(f.bridge.sessions()).toBe(1);
  });

  it('closes a session on DELETE and an idle session, and ends their listen streams', async () => {
    f = fixture({ sessionIdleMs: 150 });
    server = await httpServer(f.bridge);
    const a = await client1(server.url, 'A');
    await f.core.untilListens(1);
    await (a.client.transport as Http1).terminateSession();
    await f.core.untilListens(0);
    expect(f.bridge.sessions()).toBe(0);
    // a raw client that opens no GET stream goes idle
    const init = await post(server.url, INIT);
    const sid = init.headers.get('mcp-session-id')!;
    await init.text();
    expect(f.bridge.sessions()).toBe(1);
    const notified = await post(server.url, { jsonrpc: '2.0', method: 'notifications/initialized' }, { 'mcp-session-id': sid, 'mcp-protocol-version': '2025-06-18' });
    expect(notified.status).toBe(202);
    await f.core.untilListens(1);
    await new Promise((r) => setTimeout(r, 400));
    expect(f.bridge.sessions()).toBe(0);
    await f.core.untilListens(0);
    expect((await post(server.url, { jsonrpc: '2.0', id: 2, method: 'ping' }, { 'mcp-session-id': sid })).status).toBe(404);
    expect(f.logs.some((l) => l.includes('idle'))).toBe(true);
  });

  it('a client that goes away cancels its request on the core', async () => {
    f = fixture();
    server = await httpServer(f.bridge);
    const init = await post(server.url, INIT);
    const sid = init.headers.get('mcp-session-id')!;
    await init.text();
    const controller = new AbortController();
    const call = fetch(server.url, {
      method: 'POST',
      signal: controller.signal,
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', 'mcp-session-id': sid, 'mcp-protocol-version': '2025-06-18' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 9, method: 'tools/call', params: { name: 'slow', arguments: { wait: true } } }),
    });
    const res = await call;
    expect(res.status).toBe(200);
    while (!f.core.requests.some((r) => r.params.name === 'slow')) await new Promise((r) => setTimeout(r, 10));
    controller.abort();
    while (f.core.aborted.length === 0) await new Promise((r) => setTimeout(r, 10));
    expect(f.core.aborted).toEqual(['slow']);
  });
});
