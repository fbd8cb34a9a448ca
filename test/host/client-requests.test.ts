// The conformance component served end to end: requests from the component to the client
// (sampling, elicitation, roots) answered by the SDK Client, traps, cancellation, and several
// sessions on one component over Streamable HTTP.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CallToolResultSchema,
  CreateMessageRequestSchema,
  ElicitRequestSchema,
  ListRootsRequestSchema,
  McpError,
  type Client,
  type CreateMessageRequest,
} from './sdk.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { startHost, type RunningHost } from '../../compiler/host/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { exampleWasm, httpClient, inProcessHost, newClient, stdioClient, textOf, until, type Connected, BUILD_TIMEOUT, TEST_CACHE_DIR } from './helpers.js';

const CAPABILITIES = { sampling: {}, elicitation: {}, roots: { listChanged: true } };

function answering(seen: CreateMessageRequest[]): (c: Client) => void {
  return (client) => {
    client.setRequestHandler(CreateMessageRequestSchema, async (req) => {
      seen.push(req);
      return { role: 'assistant', model: 'test-model', content: { type: 'text', text: 'a sampled reply' } };
    });
    client.setRequestHandler(ElicitRequestSchema, async (req) => ({
      action: 'accept',
      content: { username: `user of ${req.params.message}`, email: 'a@example.com' },
    }));
    client.setRequestHandler(ListRootsRequestSchema, async () => ({ roots: [{ uri: 'file:///work', name: 'work' }] }));
  };
}

describe.each(['http', 'stdio'] as const)('the conformance component over %s', (transport) => {
  let host: RunningHost | undefined;
  let c: Connected;
  const sampled: CreateMessageRequest[] = [];

  beforeAll(async () => {
    const wasm = await exampleWasm('conformance');
    if (transport === 'http') {
      host = await inProcessHost(wasm);
      c = await httpClient(host.url!, CAPABILITIES, answering(sampled));
    } else {
      c = await stdioClient(wasm, CAPABILITIES, answering(sampled));
    }
  }, BUILD_TIMEOUT);
  afterAll(async () => {
    await c?.close();
    await host?.close();
  });

  it('forwards sampling/createMessage from a tool call to the client and returns its answer', async () => {
    const r = await c.client.callTool({ name: 'test_sampling', arguments: { prompt: 'Say hi' } });
    expect(textOf(r)).toBe('LLM response: a sampled reply');
    expect(sampled.at(-1)?.params).toEqual({ messages: [{ role: 'user', content: { type: 'text', text: 'Say hi' } }], maxTokens: 100 });
  });

  it('forwards elicitation/create and roots/list', async () => {
    const e = await c.client.callTool({ name: 'test_elicitation', arguments: { message: 'who?' } });
    expect(textOf(e)).toBe('User response: action=accept, content={"username":"user of who?","email":"a@example.com"}');
    const roots = await c.client.callTool({ name: 'host_list_roots' });
    expect(JSON.parse(textOf(roots))).toEqual([{ uri: 'file:///work', name: 'work' }]);
  });

  it('answers a trap with an internal error and keeps serving on a fresh instance', async () => {
    await c.client.callTool({ name: 'host_call_count' });
    const err = await c.client.callTool({ name: 'host_trap' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(McpError);
    expect((err as McpError).code).toBe(-32603);
    expect((err as McpError).message).toMatch(/trapped/);
    // The new instance counts from zero: its state was lost, as docs/host.md says.
    expect(textOf(await c.client.callTool({ name: 'host_call_count' }))).toBe('1');
    expect(textOf(await c.client.callTool({ name: 'test_simple_text' }))).toMatch(/simple text/);
    await expect(c.client.readResource({ uri: 'test://static-text' })).resolves.toMatchObject({ contents: [{ uri: 'test://static-text' }] });
    if (host) expect(host.stats().instantiations).toBe(2);
  });

  it('keeps a malformed request from the component (it counts its own calls)', async () => {
    const count = async () => Number(textOf(await c.client.callTool({ name: 'host_call_count' })));
    const before = await count();
    for (const params of [{ name: 7 }, { name: 'test_simple_text', arguments: 'not an object' }, {}])
      await expect(c.client.request({ method: 'tools/call', params } as never, CallToolResultSchema)).rejects.toMatchObject({ code: -32602 });
    await expect(c.client.request({ method: 'resources/read', params: { uri: ['x'] } } as never, CallToolResultSchema)).rejects.toMatchObject({ code: -32602 });
    expect(await count()).toBe(before + 1);
  });

  it('returns a component error as the JSON-RPC error', async () => {
    await expect(c.client.readResource({ uri: 'test://missing' })).rejects.toMatchObject({ code: -32002, message: expect.stringContaining('no resource test://missing') });
  });
});

describe('several sessions on one component (Streamable HTTP)', () => {
  let host: RunningHost;
  const open: Connected[] = [];
  const connect = async (caps = {}, setup?: (c: Client) => void) => {
    const c = await httpClient(host.url!, caps, setup);
    open.push(c);
    return c;
  };

  beforeAll(async () => {
    host = await inProcessHost(await exampleWasm('conformance'));
  }, BUILD_TIMEOUT);
  afterAll(async () => {
    for (const c of open) await c.close();
    await host?.close();
  });

  it('fails a request to the client that did not declare the capability with method-not-found', async () => {
    const bare = await connect();
    const r = await bare.client.callTool({ name: 'test_sampling', arguments: { prompt: 'x' } });
    expect(r.isError).toBe(true);
    expect(textOf(r)).toMatch(/did not declare the sampling capability/);
  });

  it("passes the client's error response to the component", async () => {
    const refusing = await connect({ sampling: {} }, (client) =>
      client.setRequestHandler(CreateMessageRequestSchema, async () => {
        // A plain error with a code: McpError would prefix its message on the wire.
        throw Object.assign(new Error('user rejected sampling'), { code: -1 });
      }),
    );
    const r = await refusing.client.callTool({ name: 'test_sampling', arguments: { prompt: 'x' } });
    expect(textOf(r)).toBe('Sampling failed: user rejected sampling');
  });

  it('sends log messages and progress only to the session whose request they belong to, by its level', async () => {
    const quiet = await connect();
    const loud = await connect();
    await quiet.client.setLoggingLevel('error');
    await loud.client.setLoggingLevel('debug');
    const progress: number[] = [];
    // quiet's own log messages are below its level; loud, whose level admits them, must not see them.
    await quiet.client.callTool({ name: 'test_tool_with_logging' });
    await quiet.client.callTool({ name: 'test_tool_with_progress' }, undefined, { onprogress: (p) => void progress.push(p.progress) });
    await loud.client.callTool({ name: 'test_tool_with_logging' });
    await until(() => loud.notifications.filter((n) => n.method === 'notifications/message').length === 3);
    expect(quiet.notifications.filter((n) => n.method === 'notifications/message')).toEqual([]);
    expect(progress).toEqual([0, 50, 100]);
    expect(loud.notifications.filter((n) => n.method === 'notifications/progress')).toEqual([]);
    await loud.client.ping(); // anything else would have arrived before this answer
    expect(loud.notifications.filter((n) => n.method === 'notifications/message')).toHaveLength(3);
  });

  it('calls handlers.subscribe for the first subscriber of a URI and unsubscribe for the last', async () => {
    const a = await connect();
    const b = await connect();
    const calls = () => ({ ...host.stats().calls });
    const before = calls();
    await a.client.subscribeResource({ uri: 'test://watched-resource' });
    await b.client.subscribeResource({ uri: 'test://watched-resource' });
    expect(calls()['subscribe']).toBe((before['subscribe'] ?? 0) + 1);
    await a.client.unsubscribeResource({ uri: 'test://watched-resource' });
    expect(calls()['unsubscribe'] ?? 0).toBe(before['unsubscribe'] ?? 0);
    await b.client.unsubscribeResource({ uri: 'test://watched-resource' });
    expect(calls()['unsubscribe']).toBe((before['unsubscribe'] ?? 0) + 1);
  });

  it('unsubscribes the component when the last subscribed session ends', async () => {
    const { client, notifications } = newClient();
    const transport = new StreamableHTTPClientTransport(new URL(host.url!));
    await client.connect(transport);
    const before = host.stats();
    await client.subscribeResource({ uri: 'test://static-text' });
    expect(host.stats().calls['subscribe']).toBe((before.calls['subscribe'] ?? 0) + 1);
    await transport.terminateSession(); // DELETE /mcp
    await until(() => host.stats().calls['unsubscribe'] === (before.calls['unsubscribe'] ?? 0) + 1);
    expect(host.stats().sessions).toBe(before.sessions - 1);
    expect(notifications).toEqual([]);
    await client.close();
  });

  it('never runs a request cancelled while it waits for its turn', async () => {
    // The sampling tool waits for this client's answer, which waits for `release`: the second
    // call queues behind it for as long as the test wants, and is cancelled there.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const c = await connect({ sampling: {} }, (client) =>
      client.setRequestHandler(CreateMessageRequestSchema, async () => {
        await gate;
        return { role: 'assistant', model: 'm', content: { type: 'text', text: 'ok' } };
      }),
    );
    const before = host.stats().calls['callTool'] ?? 0;
    const slow = c.client.callTool({ name: 'test_sampling', arguments: { prompt: 'p' } });
    await until(() => host.stats().calls['callTool'] === before + 1);
    const abort = new AbortController();
    const queued = c.client.request({ method: 'tools/call', params: { name: 'host_call_count' } }, CallToolResultSchema, { signal: abort.signal });
    await until(() => host.stats().waiting === 1);
    abort.abort('changed my mind');
    await expect(queued).rejects.toBeDefined();
    await until(() => host.stats().waiting === 0);
    release();
    await slow;
    await c.client.ping();
    expect(host.stats().calls['callTool']).toBe(before + 1);
  });

  it('passes client notifications (roots list changed, progress) to the component', async () => {
    const c = await connect({ roots: { listChanged: true } });
    const count = (fn: string) => host.stats().calls[fn] ?? 0;
    const [roots, progress] = [count('rootsListChanged'), count('progress')];
    await c.client.sendRootsListChanged();
    await c.client.notification({ method: 'notifications/progress', params: { progressToken: 'r1', progress: 1, total: 2 } });
    // A malformed notification has no response to carry an error: the host drops it.
    await c.client.notification({ method: 'notifications/progress', params: { progress: 'lots' } } as never);
    await until(() => count('rootsListChanged') === roots + 1 && count('progress') === progress + 1);
    await c.client.ping();
    expect(count('progress')).toBe(progress + 1);
  });

  it('speaks 2025-06-18 whatever version the client asks for', async () => {
    const res = await fetch(host.url!, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 1,
        method: 'initialize',
        params: { protocolVersion: '2099-01-01', capabilities: {}, clientInfo: { name: 'raw', version: '0' } },
      }),
    });
    const body = await res.text();
    const data = JSON.parse(/^data: (.*)$/m.exec(body)?.[1] ?? body) as { result: { protocolVersion: string } };
    expect(data.result.protocolVersion).toBe('2025-06-18');
  });
});

describe('a hung handler', () => {
  let host: RunningHost;
  let c: Connected;
  beforeAll(async () => {
    host = await inProcessHost(await exampleWasm('conformance'), { handlerTimeoutMs: 300 });
    c = await httpClient(host.url!);
  }, BUILD_TIMEOUT);
  afterAll(async () => {
    await c?.close();
    await host?.close();
  });

  it('is an internal error after the handler timeout, and a new worker serves on', async () => {
    const err = await c.client.callTool({ name: 'host_spin' }).catch((e: unknown) => e);
    expect((err as McpError).code).toBe(-32603);
    expect((err as McpError).message).toMatch(/did not return within 300 ms/);
    expect(textOf(await c.client.callTool({ name: 'test_simple_text' }))).toMatch(/simple text/);
    expect(host.stats().instantiations).toBe(2);
  });

  it('does not count the time spent waiting for the client, and the host serves meanwhile', async () => {
    const slow = await httpClient(host.url!, { sampling: {} }, (client) =>
      client.setRequestHandler(CreateMessageRequestSchema, async () => {
        await new Promise((r) => setTimeout(r, 600));
        return { role: 'assistant', model: 'm', content: { type: 'text', text: 'late' } };
      }),
    );
    try {
      let sampled = false;
      const call = slow.client.callTool({ name: 'test_sampling', arguments: { prompt: 'p' } }).then((r) => ((sampled = true), r));
      // While the component blocks in create-message, the host still answers what it serves itself.
      await new Promise((r) => setTimeout(r, 100));
      await expect(c.client.listTools()).resolves.toMatchObject({ tools: expect.any(Array) });
      await expect(c.client.ping()).resolves.toEqual({});
      expect(sampled).toBe(false);
      expect(textOf(await call)).toBe('LLM response: late');
    } finally {
      await slow.close();
    }
  });
});

describe('startHost without a transport of its own', () => {
  it('serves a session on a transport the caller connects (an in-memory pair)', async () => {
    const host = await startHost({ component: await exampleWasm('conformance'), transport: 'none', cacheDir: TEST_CACHE_DIR, log: () => undefined });
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    try {
      await host.connect(serverSide);
      const { client } = newClient();
      await client.connect(clientSide);
      expect(host.url).toBeUndefined();
      expect(textOf(await client.callTool({ name: 'test_simple_text' }))).toMatch(/simple text/);
      await client.close();
    } finally {
      await host.close();
    }
  }, BUILD_TIMEOUT);
});
