// Every version from one component: `serve`'s transports route session-based clients (an
// `initialize`, a session) to the bridge and everything else to the 2026-07-28 core, on HTTP and
// on a message connection; a request that declares 2026-07-28 is never the bridge's.

import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLegacyEndpoint } from '../../compiler/host/bridge/index.js';
import type { RunningHost } from '../../compiler/host/index.js';
import { BUILD_TIMEOUT, exampleWasm, inProcessHost, newClient, textOf } from './helpers.js';
import { ElicitRequestSchema } from './sdk.js';
import { memoryClient, post, withMeta } from './modern.js';

describe('one host, clients of every version', () => {
  let host: RunningHost;
  beforeAll(async () => {
    host = await inProcessHost(await exampleWasm('conformance'), { legacy: createLegacyEndpoint });
  }, BUILD_TIMEOUT);
  afterAll(async () => host?.close());

  it('announces the bridged versions in discovery and in version errors', async () => {
    const d = await post(host.url!, 'server/discover', withMeta());
    expect(d.reply).toMatchObject({ result: { supportedVersions: ['2026-07-28', '2025-11-25', '2025-06-18'] } });
    const v = await post(host.url!, 'tools/list', withMeta({}, { 'io.modelcontextprotocol/protocolVersion': '2025-11-25' }), { headers: { 'mcp-protocol-version': '2025-11-25' } });
    expect(v.reply).toMatchObject({ error: { code: -32022, data: { supported: ['2026-07-28', '2025-11-25', '2025-06-18'] } } });
  });

  it('serves a 2025 SDK client over HTTP (initialize, a session, an elicitation made a real request) beside 2026 requests', async () => {
    const { client } = newClient({ elicitation: {} });
    client.setRequestHandler(ElicitRequestSchema, async () => ({ action: 'accept', content: { username: 'ann', email: 'a@example.com' } }));
    const transport = new StreamableHTTPClientTransport(new URL(host.url!));
    await client.connect(transport);
    expect(transport.sessionId).toBeDefined();
    expect(client.getServerVersion()).toMatchObject({ name: 'wasi-mcp-conformance' });
    expect(textOf(await client.callTool({ name: 'test_simple_text', arguments: {} }))).toContain('simple text');
    expect(textOf(await client.callTool({ name: 'test_elicitation', arguments: { message: 'who?' } }))).toContain('ann');
    // A 2026-07-28 request meanwhile, on the same endpoint, without a session.
    const modern = await post(host.url!, 'tools/call', withMeta({ name: 'test_simple_text', arguments: {} }));
    expect(modern.reply).toMatchObject({ result: { resultType: 'complete' } });
    expect(modern.headers.get('mcp-session-id')).toBeNull();
    expect(host.stats().sessions).toBe(1);
    await transport.terminateSession();
    await client.close();
  });

  it('answers an initialize that declares 2026-07-28 as the core does: -32601, HTTP 404', async () => {
    const r = await post(host.url!, 'initialize', withMeta(), { id: 'i' });
    expect(r.status).toBe(404);
    expect(r.reply).toMatchObject({ id: 'i', error: { code: -32601 } });
  });

  it('hands a message connection whose first message is initialize to the bridge, and serves others as 2026-07-28', async () => {
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    const { client } = newClient();
    await host.connect(serverSide);
    await client.connect(clientSide);
    expect(client.getServerCapabilities()).toHaveProperty('tools');
    expect(textOf(await client.callTool({ name: 'test_simple_text', arguments: {} }))).toContain('simple text');
    await client.close();
    const conn = await memoryClient(host);
    expect(await conn.request('server/discover', withMeta(), 'd')).toMatchObject({ id: 'd', result: { resultType: 'complete' } });
    expect(await conn.request('initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'x', version: '1' } }, 'late')).toMatchObject({ error: { code: -32601 } });
    await conn.close();
  });
});
