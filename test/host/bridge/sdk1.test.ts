// The bridge driven by the MCP TypeScript SDK 1.x client (it offers 2025-11-25) over an
// in-memory transport: every MCP feature a session-based client uses, through a 2026-07-28 core.

import { afterEach, describe, expect, it } from 'vitest';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import {
  CreateMessageRequestSchema,
  ElicitationCompleteNotificationSchema,
  ElicitRequestSchema,
  ListRootsRequestSchema,
  LoggingMessageNotificationSchema,
  ResourceUpdatedNotificationSchema,
  ToolListChangedNotificationSchema,
  type LoggingMessageNotification,
} from '@modelcontextprotocol/sdk/types.js';
import { fixture, textOf, type Fixture, type Tap } from './helpers.js';

const CAPS = { elicitation: { form: {}, url: {} }, sampling: {}, roots: { listChanged: true } };

async function connect(f: Fixture, capabilities: object = CAPS): Promise<{ client: Client; tap: Tap }> {
  const { client: transport, tap } = await f.pair();
  const client = new Client({ name: 'sdk1-client', version: '1.0.0' }, { capabilities });
  // The SDK refuses a handler for a capability the client does not declare.
  if ('elicitation' in capabilities)
    client.setRequestHandler(ElicitRequestSchema, async (r) =>
      r.params.mode === 'url' ? { action: 'accept' } : { action: 'accept', content: { name: 'Ada', color: 'g', pin: '1234', a: 'first' } },
    );
  if ('sampling' in capabilities)
    client.setRequestHandler(CreateMessageRequestSchema, async () => ({ role: 'assistant', content: { type: 'text', text: 'Paris' }, model: 'm' }));
  if ('roots' in capabilities)
    client.setRequestHandler(ListRootsRequestSchema, async () => ({ roots: [{ uri: 'file:///a', name: 'a' }, { uri: 'file:///b' }] }));
  await client.connect(transport);
  return { client, tap };
}

let f: Fixture;
afterEach(async () => {
  await f?.bridge.close();
});

describe('SDK 1.x client (2025-11-25) through the bridge', () => {
  it('initializes from server/discover, with the negotiated version and the core\'s identity', async () => {
    f = fixture();
    const { client, tap } = await connect(f);
    expect(client.getServerVersion()).toEqual({ name: 'fake-core', version: '1.2.3', title: 'Fake', websiteUrl: 'https://example.com' });
    expect(client.getInstructions()).toBe('Fake core for the bridge tests.');
    // extensions (2026 only) dropped; tasks never offered
    expect(client.getServerCapabilities()).toEqual({
      tools: { listChanged: true },
      resources: { subscribe: true, listChanged: true },
      prompts: { listChanged: true },
      completions: {},
      logging: {},
    });
    const discover = f.core.requests.find((r) => r.method === 'server/discover')!;
    expect(discover.params._meta).toEqual({
      'io.modelcontextprotocol/protocolVersion': '2026-07-28',
      'io.modelcontextprotocol/clientCapabilities': { elicitation: { form: {}, url: {} }, sampling: {}, roots: {} },
      'io.modelcontextprotocol/clientInfo': { name: 'sdk1-client', version: '1.0.0' },
    });
    const init = tap.sent.find((m) => 'result' in m && tap.methods.get(m.id) === 'initialize') as unknown as { result: { protocolVersion: string } };
    expect(init.result.protocolVersion).toBe('2025-11-25');
    expect(await client.ping()).toEqual({});
    expect(tap.problems('2025-11-25')).toEqual([]);
  });

  it('lists and calls tools, reads resources, gets prompts, completes; 2026-only members are gone', async () => {
    f = fixture();
    const { client, tap } = await connect(f);
    const tools = await client.listTools();
    expect(tools.tools.map((t) => t.name)).toContain('echo');
    expect(tools.tools[0]!.icons).toEqual([{ src: 'https://example.com/i.png' }]);
    // outputSchema with a root other than object: legacy versions cannot carry it
    expect(tools.tools.find((t) => t.name === 'numbers')!.outputSchema).toBeUndefined();
    expect(textOf(await client.callTool({ name: 'echo', arguments: { text: 'hi' } }))).toBe('hi');
    const numbers = await client.callTool({ name: 'numbers', arguments: {} });
    expect(numbers.structuredContent).toBeUndefined();
    expect(textOf(numbers)).toBe('[1,2,3]');
    expect((await client.listResources()).resources.map((r) => r.uri)).toEqual(['note://a', 'note://b']);
    expect((await client.listResourceTemplates()).resourceTemplates[0]!.uriTemplate).toBe('note://{name}');
    expect((await client.readResource({ uri: 'note://a' })).contents[0]).toEqual({ uri: 'note://a', mimeType: 'text/plain', text: 'contents of note://a' });
    expect((await client.listPrompts()).prompts[0]!.name).toBe('greet');
    expect((await client.getPrompt({ name: 'greet', arguments: { who: 'Ada' } })).messages[0]!.content).toEqual({ type: 'text', text: 'Hello Ada' });
    const c = await client.complete({ ref: { type: 'ref/prompt', name: 'greet' }, argument: { name: 'who', value: 'alp' } });
    expect(c.completion.values).toEqual(['alpha', 'alpine']);
    expect(tap.problems('2025-11-25')).toEqual([]);
    // every core request carried the 2026-07-28 meta
    for (const r of f.core.requests) expect(r.params._meta).toMatchObject({ 'io.modelcontextprotocol/protocolVersion': '2026-07-28' });
  });

  it('answers a missing resource with the legacy code -32002', async () => {
    f = fixture();
    const { client } = await connect(f);
    await expect(client.readResource({ uri: 'note://zzz' })).rejects.toMatchObject({ code: -32002, data: { uri: 'note://zzz' } });
  });

  it('turns input-required outcomes into elicitation, sampling and roots requests to the client', async () => {
    f = fixture();
    const { client, tap } = await connect(f);
    expect(textOf(await client.callTool({ name: 'ask-name', arguments: {} }))).toBe('accept: {"name":"Ada","color":"g","pin":"1234","a":"first"}');
    expect(textOf(await client.callTool({ name: 'sample', arguments: {} }))).toBe('model said: {"type":"text","text":"Paris"}');
    expect(textOf(await client.callTool({ name: 'roots', arguments: {} }))).toBe('[{"uri":"file:///a","name":"a"},{"uri":"file:///b"}]');
    // two rounds, the second with two requests at once; the state carries round one
    expect(textOf(await client.callTool({ name: 'multi', arguments: {} }))).toBe('first Paris 2');
    // resources/read can ask too
    expect((await client.readResource({ uri: 'note://secret' })).contents[0]).toMatchObject({ text: 'secret for 1234' });
    // the retry carried the answers and the state, with a new id
    const retries = f.core.requests.filter((r) => r.params.name === 'ask-name');
    expect(retries).toHaveLength(2);
    expect(retries[1]!.params.requestState).toBe('ask-name');
    expect(retries[1]!.params.inputResponses).toEqual({ name: { action: 'accept', content: { name: 'Ada', color: 'g', pin: '1234', a: 'first' } } });
    expect(retries[0]!.id).not.toBe(retries[1]!.id);
    // the elicitation went out in 2025-11-25 form (mode and defaults kept)
    const elicit = tap.sent.find((m) => 'method' in m && m.method === 'elicitation/create') as unknown as { params: { mode: string; requestedSchema: { properties: { name: { default: string } } } } };
    expect(elicit.params.mode).toBe('form');
    expect(elicit.params.requestedSchema.properties.name.default).toBe('anon');
    expect(tap.problems('2025-11-25')).toEqual([]);
  });

  it('gives URL elicitations an id and tells the client when the request completed', async () => {
    f = fixture();
    const { client, tap } = await connect(f);
    const completed: string[] = [];
    client.setNotificationHandler(ElicitationCompleteNotificationSchema, (n) => void completed.push(n.params.elicitationId));
    expect(textOf(await client.callTool({ name: 'ask-url', arguments: {} }))).toBe('url: accept');
    const sent = tap.sent.find((m) => 'method' in m && m.method === 'elicitation/create') as unknown as { params: { elicitationId: string; url: string } };
    expect(sent.params.url).toBe('https://example.com/login');
    expect(completed).toEqual([sent.params.elicitationId]);
  });

  it('refuses input the client declared no capability for, with -32021 and no message to the client', async () => {
    f = fixture();
    const { client, tap } = await connect(f, { elicitation: {} });
    await expect(client.callTool({ name: 'sample', arguments: {} })).rejects.toMatchObject({ code: -32021, data: { requiredCapabilities: { sampling: {} } } });
    await expect(client.callTool({ name: 'roots', arguments: {} })).rejects.toMatchObject({ code: -32021 });
    // an empty elicitation capability is form mode only
    await expect(client.callTool({ name: 'ask-url', arguments: {} })).rejects.toMatchObject({ code: -32021 });
    expect(tap.sent.filter((m) => 'method' in m && !m.method.startsWith('notifications/'))).toEqual([]);
  });

  it('bounds the rounds of input and the requests of one round', async () => {
    f = fixture({ maxRounds: 3, maxClientRequests: 4 });
    const { client } = await connect(f);
    await expect(client.callTool({ name: 'endless', arguments: {} })).rejects.toMatchObject({ code: -32603, message: expect.stringContaining('after 3 rounds') });
    expect(f.core.requests.filter((r) => r.params.name === 'endless')).toHaveLength(4);
    expect(textOf(await client.callTool({ name: 'wide', arguments: { n: 4 } }))).toBe('4 answers');
    await expect(client.callTool({ name: 'wide', arguments: { n: 5 } })).rejects.toMatchObject({ code: -32603, message: expect.stringContaining('5 inputs at once') });
  });

  it('fails the request with the client\'s error when an answer fails', async () => {
    f = fixture();
    const { client } = await connect(f);
    client.setRequestHandler(CreateMessageRequestSchema, async () => {
      throw new Error('user said no');
    });
    await expect(client.callTool({ name: 'sample', arguments: {} })).rejects.toMatchObject({ message: expect.stringContaining('sampling/createMessage to the client failed: user said no') });
  });

  it('sends log messages at the level the session set, on the request they belong to', async () => {
    f = fixture();
    const { client, tap } = await connect(f);
    const got: LoggingMessageNotification['params'][] = [];
    client.setNotificationHandler(LoggingMessageNotificationSchema, (n) => void got.push(n.params));
    await client.callTool({ name: 'logs', arguments: { who: 'x' } });
    // no level set: everything, as a legacy server sends it
    expect(got.map((g) => g.level)).toEqual(['debug', 'info', 'warning', 'error']);
    await client.setLoggingLevel('warning');
    got.length = 0;
    await client.callTool({ name: 'logs', arguments: { who: 'x' } });
    expect(got.map((g) => g.level)).toEqual(['warning', 'error']);
    const last = f.core.requests.filter((r) => r.params.name === 'logs').at(-1)!;
    expect(last.params._meta).toMatchObject({ 'io.modelcontextprotocol/logLevel': 'warning' });
    await expect(client.request({ method: 'logging/setLevel', params: { level: 'loud' } }, (await import('@modelcontextprotocol/sdk/types.js')).EmptyResultSchema)).rejects.toMatchObject({ code: -32602 });
    expect(tap.problems('2025-11-25')).toEqual([]);
  });

  it('forwards the request\'s own progress, increasing, and nothing for other tokens', async () => {
    f = fixture();
    const { client } = await connect(f);
    const progress: number[] = [];
    const r = await client.callTool({ name: 'slow', arguments: {} }, undefined, { onprogress: (p) => void progress.push(p.progress) });
    expect(textOf(r)).toBe('done');
    expect(progress).toEqual([1, 2]);
    expect(f.logs.some((l) => l.includes('token the request did not send'))).toBe(true);
  });

  it('cancellation aborts the core\'s request', async () => {
    f = fixture();
    const { client } = await connect(f);
    const controller = new AbortController();
    const call = client.callTool({ name: 'slow', arguments: { wait: true } }, undefined, { signal: controller.signal });
    await new Promise((r) => setTimeout(r, 50));
    controller.abort();
    await expect(call).rejects.toThrow();
    await new Promise((r) => setTimeout(r, 20));
    expect(f.core.aborted).toEqual(['slow']);
  });

  it('maps resources/subscribe onto one listen stream, and delivers only subscribed updates and list changes', async () => {
    f = fixture();
    const { client, tap } = await connect(f);
    await f.core.untilListens(1);
    const updated: string[] = [];
    let toolsChanged = 0;
    client.setNotificationHandler(ResourceUpdatedNotificationSchema, (n) => void updated.push(n.params.uri));
    client.setNotificationHandler(ToolListChangedNotificationSchema, () => void toolsChanged++);
    f.core.emit('notifications/tools/list_changed');
    await client.subscribeResource({ uri: 'note://a' });
    expect(f.core.listens.size).toBe(1);
    expect([...f.core.listens][0]!.filter.resourceSubscriptions).toEqual(['note://a']);
    f.core.emit('notifications/resources/updated', { uri: 'note://a' });
    f.core.emit('notifications/resources/updated', { uri: 'note://b' });
    f.core.emit('notifications/resources/updated', { uri: 'note://a/part' });
    await client.ping();
    expect(updated).toEqual(['note://a', 'note://a/part']);
    expect(toolsChanged).toBe(1);
    await client.unsubscribeResource({ uri: 'note://a' });
    f.core.emit('notifications/resources/updated', { uri: 'note://a' });
    await client.ping();
    expect(updated).toHaveLength(2);
    expect(f.core.listens.size).toBe(1);
    // a URI the server does not acknowledge is refused
    await expect(client.subscribeResource({ uri: 'note://unwatchable' })).rejects.toMatchObject({ code: -32602 });
    // the subscription ids of the core's stream do not leak to the client
    for (const m of tap.sent) if ('method' in m && m.params?._meta) expect(m.params._meta).not.toHaveProperty('io.modelcontextprotocol/subscriptionId');
    expect(tap.problems('2025-11-25')).toEqual([]);
  });

  it('reopens a listen stream the core ended on its own', async () => {
    f = fixture();
    const { client } = await connect(f);
    await client.subscribeResource({ uri: 'note://a' });
    f.core.endListens();
    await f.core.untilListens(0);
    await f.core.untilListens(1);
    expect([...f.core.listens][0]!.filter.resourceSubscriptions).toEqual(['note://a']);
    expect(f.logs.some((l) => l.includes('reopening'))).toBe(true);
  });

  it('closing the session ends its listen stream and frees its place', async () => {
    f = fixture({ maxSessions: 1 });
    const { client } = await connect(f);
    await f.core.untilListens(1);
    expect(f.bridge.sessions()).toBe(1);
    await expect(f.pair()).rejects.toThrow(/1 sessions are open/);
    await client.close();
    await f.core.untilListens(0);
    expect(f.bridge.sessions()).toBe(0);
    await connect(f);
    expect(f.bridge.sessions()).toBe(1);
  });

  it('refuses requests before initialize, a second initialize, and methods a legacy client has no business sending', async () => {
    f = fixture();
    const { client: transport } = await f.pair();
    const replies: unknown[] = [];
    transport.onmessage = (m) => void replies.push(m);
    await transport.start();
    const send = (id: number, method: string, params: Record<string, unknown> = {}) => transport.send({ jsonrpc: '2.0', id, method, params });
    await send(1, 'tools/list');
    await send(2, 'initialize', { protocolVersion: '2026-07-28', capabilities: {}, clientInfo: { name: 'raw', version: '0' } });
    await send(3, 'initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '0' } });
    await send(4, 'subscriptions/listen', { notifications: {} });
    await send(5, 'server/discover');
    await send(6, 'tasks/list');
    await new Promise((r) => setTimeout(r, 50));
    const byId = new Map(replies.map((m) => [(m as { id: number }).id, m as { result?: { protocolVersion: string }; error?: { code: number } }]));
    expect(byId.get(1)!.error!.code).toBe(-32600);
    // 2026-07-28 cannot be negotiated through initialize: the latest legacy version is the answer
    expect(byId.get(2)!.result!.protocolVersion).toBe('2025-11-25');
    expect(byId.get(3)!.error!.code).toBe(-32600);
    for (const id of [4, 5, 6]) expect(byId.get(id)!.error!.code).toBe(-32601);
  });
});
