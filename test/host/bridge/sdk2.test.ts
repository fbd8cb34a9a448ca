// The bridge driven by the MCP TypeScript SDK 2.x client package (@modelcontextprotocol/client),
// offering 2025-06-18 (its supportedProtocolVersions) and 2025-11-25 (its default legacy
// handshake): what changes between the versions reaches each client in its own version's shape.

import { afterEach, describe, expect, it } from 'vitest';
import { Client } from '@modelcontextprotocol/client';
import { fixture, textOf, type Fixture, type Tap } from './helpers.js';

type Caps = { elicitation?: Record<string, never>; sampling?: Record<string, never>; roots?: Record<string, never> };
const ALL: Caps = { elicitation: {}, sampling: {}, roots: {} };

async function connect(f: Fixture, version: '2025-06-18' | '2025-11-25', capabilities: Caps = ALL): Promise<{ client: Client; tap: Tap; seen: { elicit: unknown[]; sample: unknown[] } }> {
  const { client: transport, tap } = await f.pair();
  const client = new Client({ name: 'sdk2-client', version: '2.4.0' }, { capabilities, ...(version === '2025-06-18' ? { supportedProtocolVersions: ['2025-06-18'] } : {}) });
  const seen = { elicit: [] as unknown[], sample: [] as unknown[] };
  if (capabilities.elicitation)
    client.setRequestHandler('elicitation/create', async (r) => {
      seen.elicit.push(r.params);
      return { action: 'accept', content: { name: 'Grace', color: 'r', a: 'one' } };
    });
  if (capabilities.sampling)
    client.setRequestHandler('sampling/createMessage', async (r) => {
      seen.sample.push(r.params);
      return { role: 'assistant', content: { type: 'text', text: 'Paris' }, model: 'm2' };
    });
  if (capabilities.roots) client.setRequestHandler('roots/list', async () => ({ roots: [{ uri: 'file:///r' }] }));
  // The SDK 1.x in-memory transport carries JSON-RPC messages as the 2.x one does.
  await client.connect(transport as unknown as Parameters<Client['connect']>[0]);
  return { client, tap, seen };
}

let f: Fixture;
afterEach(async () => {
  await f?.bridge.close();
});

describe('SDK 2.x client, 2025-06-18', () => {
  it('negotiates 2025-06-18 and gets its shapes', async () => {
    f = fixture();
    const { client, tap } = await connect(f, '2025-06-18');
    expect(client.getNegotiatedProtocolVersion()).toBe('2025-06-18');
    // 2025-06-18's Implementation has name, title and version only
    expect(client.getServerVersion()).toEqual({ name: 'fake-core', version: '1.2.3', title: 'Fake' });
    const tools = await client.listTools();
    expect(tools.tools[0]).not.toHaveProperty('icons');
    expect((await client.listResources()).resources[0]).not.toHaveProperty('icons');
    expect(textOf(await client.callTool({ name: 'echo', arguments: { text: 'old' } }))).toBe('old');
    expect((await client.getPrompt({ name: 'greet', arguments: { who: 'Grace' } })).messages).toHaveLength(1);
    expect((await client.complete({ ref: { type: 'ref/prompt', name: 'greet' }, argument: { name: 'who', value: 'alpi' } })).completion.values).toEqual(['alpine']);
    expect(tap.problems('2025-06-18')).toEqual([]);
    // the core heard 2025-06-18's capabilities in 2026-07-28 form
    expect(f.core.requests.at(-1)!.params._meta).toMatchObject({
      'io.modelcontextprotocol/clientCapabilities': { elicitation: { form: {} }, sampling: {}, roots: {} },
      'io.modelcontextprotocol/clientInfo': { name: 'sdk2-client', version: '2.4.0' },
    });
  });

  it('elicitation without mode, titled enums as enumNames, defaults dropped; what 2025-06-18 cannot express is refused', async () => {
    f = fixture();
    const { client, tap, seen } = await connect(f, '2025-06-18');
    expect(textOf(await client.callTool({ name: 'ask-name', arguments: {} }))).toBe('accept: {"name":"Grace","color":"r","a":"one"}');
    expect(seen.elicit[0]).toEqual({ message: 'Your name?', requestedSchema: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] } });
    expect(textOf(await client.callTool({ name: 'ask-color', arguments: {} }))).toContain('"color":"r"');
    expect(seen.elicit[1]).toMatchObject({ requestedSchema: { properties: { color: { type: 'string', title: 'Color', enum: ['r', 'g'], enumNames: ['Red', 'Green'] } } } });
    await expect(client.callTool({ name: 'ask-color', arguments: { multi: true } })).rejects.toMatchObject({ code: -32603, message: expect.stringContaining('multi-select') });
    await expect(client.callTool({ name: 'ask-url', arguments: {} })).rejects.toMatchObject({ code: -32021 });
    expect(tap.problems('2025-06-18')).toEqual([]);
  });

  it('sampling messages as single content blocks, roots, multi-round', async () => {
    f = fixture();
    const { client, tap, seen } = await connect(f, '2025-06-18');
    expect(textOf(await client.callTool({ name: 'sample', arguments: {} }))).toBe('model said: {"type":"text","text":"Paris"}');
    expect(seen.sample[0]).toMatchObject({ messages: [{ role: 'user', content: { type: 'text', text: 'Capital of France?' } }] });
    expect(textOf(await client.callTool({ name: 'roots', arguments: {} }))).toBe('[{"uri":"file:///r"}]');
    expect(textOf(await client.callTool({ name: 'multi', arguments: {} }))).toBe('one Paris 1');
    expect(tap.problems('2025-06-18')).toEqual([]);
  });

  it('logging levels and subscriptions', async () => {
    f = fixture();
    const { client, tap } = await connect(f, '2025-06-18');
    const levels: string[] = [];
    const updated: string[] = [];
    client.setNotificationHandler('notifications/message', (n) => void levels.push(n.params.level));
    client.setNotificationHandler('notifications/resources/updated', (n) => void updated.push(n.params.uri));
    await client.setLoggingLevel('error');
    await client.callTool({ name: 'logs', arguments: {} });
    expect(levels).toEqual(['error']);
    await client.subscribeResource({ uri: 'note://b' });
    f.core.emit('notifications/resources/updated', { uri: 'note://b' });
    f.core.emit('notifications/resources/updated', { uri: 'note://a' });
    await client.ping();
    expect(updated).toEqual(['note://b']);
    expect(tap.problems('2025-06-18')).toEqual([]);
  });
});

describe('SDK 2.x client, 2025-11-25', () => {
  it('tools, resources, prompts, completion, elicitation, sampling and roots', async () => {
    f = fixture();
    const { client, tap, seen } = await connect(f, '2025-11-25');
    expect(client.getNegotiatedProtocolVersion()).toBe('2025-11-25');
    expect((await client.listTools()).tools.length).toBeGreaterThan(5);
    expect((await client.readResource({ uri: 'note://b' })).contents[0]).toMatchObject({ text: 'contents of note://b' });
    expect((await client.listPrompts()).prompts[0]!.name).toBe('greet');
    expect((await client.complete({ ref: { type: 'ref/prompt', name: 'greet' }, argument: { name: 'who', value: 'al' } })).completion.values).toEqual(['alpha', 'alpine']);
    expect(textOf(await client.callTool({ name: 'ask-color', arguments: { multi: true } }))).toContain('"color":"r"');
    // 2025-11-25 carries titled and multi-select enums as they are
    expect(seen.elicit[0]).toMatchObject({ mode: 'form', requestedSchema: { properties: { color: { oneOf: [{ const: 'r', title: 'Red' }, { const: 'g', title: 'Green' }] }, more: { type: 'array' } } } });
    expect(textOf(await client.callTool({ name: 'sample', arguments: {} }))).toContain('Paris');
    expect(seen.sample[0]).toMatchObject({ messages: [{ content: [{ type: 'text', text: 'Capital of France?' }] }] });
    expect(textOf(await client.callTool({ name: 'roots', arguments: {} }))).toBe('[{"uri":"file:///r"}]');
    expect(tap.problems('2025-11-25')).toEqual([]);
  });
});
