// The bridge inside the real host: `startHost({ legacy: createLegacyEndpoint })` with the notes
// example and the conformance component (wasi:mcp 0.2.0, written for MCP 2026-07-28), driven by
// SDK clients of both generations over Streamable HTTP and over a message connection (stdio's
// rules): one component serves 2025-06-18 and 2025-11-25 clients.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client as Client1 } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport as Http1 } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import {
  CreateMessageRequestSchema,
  ElicitRequestSchema,
  ListRootsRequestSchema,
  LoggingMessageNotificationSchema,
  ResourceUpdatedNotificationSchema,
} from '@modelcontextprotocol/sdk/types.js';
import { Client as Client2, StreamableHTTPClientTransport as Http2 } from '@modelcontextprotocol/client';
import { createLegacyEndpoint } from '../../../compiler/host/bridge/index.js';
import type { RunningHost } from '../../../compiler/host/index.js';
import { BUILD_TIMEOUT, exampleWasm, inProcessHost } from '../helpers.js';
import { textOf } from './helpers.js';

function notesClient1(): { client: Client1; logs: string[]; updated: string[]; progress: number[] } {
  const client = new Client1({ name: 'notes-sdk1', version: '1' }, { capabilities: { elicitation: {} } });
  const logs: string[] = [];
  const updated: string[] = [];
  client.setRequestHandler(ElicitRequestSchema, async () => ({ action: 'accept', content: { confirm: true } }));
  client.setNotificationHandler(LoggingMessageNotificationSchema, (n) => void logs.push(n.params.level));
  client.setNotificationHandler(ResourceUpdatedNotificationSchema, (n) => void updated.push(n.params.uri));
  return { client, logs, updated, progress: [] };
}

async function until(done: () => boolean, step: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 100 && !done(); i++) {
    await step();
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the notes example through the bridge', () => {
  let host: RunningHost;
  beforeAll(async () => {
    host = await inProcessHost(await exampleWasm('notes'), { legacy: createLegacyEndpoint });
  }, BUILD_TIMEOUT);
  afterAll(async () => host?.close());

  it('SDK 1.x (2025-11-25) over HTTP: tools, resources, subscriptions, prompts, completion, elicitation, logging, progress', async () => {
    const { client, logs, updated } = notesClient1();
    await client.connect(new Http1(new URL(host.url!)));
    try {
      expect(client.getServerVersion()).toMatchObject({ name: 'wasi-mcp-notes', version: '0.2.0' });
      expect(client.getServerCapabilities()).toMatchObject({ tools: {}, resources: { subscribe: true, listChanged: true }, logging: {}, completions: {} });
      const tools = await client.listTools();
      expect(tools.tools.map((t) => t.name)).toContain('delete-note');
      expect(tools).not.toHaveProperty('ttlMs');
      const added = textOf(await client.callTool({ name: 'add-note', arguments: { title: 'bridge', body: 'hello from 2025', tags: ['legacy'] } }));
      const id = /Added note (\d+)/.exec(added)![1]!;
      const uri = `note://${id}`;
      expect((await client.readResource({ uri })).contents[0]).toMatchObject({ uri });
      await expect(client.readResource({ uri: 'note://999999' })).rejects.toMatchObject({ code: -32002 });
      expect((await client.listResourceTemplates()).resourceTemplates[0]!.uriTemplate).toBe('note://{id}');
      const prompt = await client.getPrompt({ name: 'summarize-notes', arguments: {} });
      expect(prompt.messages.length).toBeGreaterThan(0);
      const completion = await client.complete({ ref: { type: 'ref/prompt', name: 'summarize-notes' }, argument: { name: 'tag', value: 'leg' } });
      expect(completion.completion.values).toContain('legacy');
      await client.subscribeResource({ uri });
      await until(
        () => updated.includes(uri),
        () => client.callTool({ name: 'edit-note', arguments: { id, body: `edited ${Date.now()}` } }),
      );
      expect(updated).toContain(uri);
      await client.setLoggingLevel('info');
      const progress: number[] = [];
      await client.callTool({ name: 'analyze-notes', arguments: { delayMs: 0 } }, undefined, { onprogress: (p) => void progress.push(p.progress) });
      expect(logs.length).toBeGreaterThan(0);
      expect(logs.every((l) => l !== 'debug')).toBe(true);
      expect(progress.length).toBeGreaterThan(0);
      // delete-note asks through an elicitation: a real request to this client, then the retry
      expect(textOf(await client.callTool({ name: 'delete-note', arguments: { id } }))).toContain(`Deleted note ${id}.`);
    } finally {
      await client.close();
    }
  });

  it('SDK 2.x (2025-06-18) over HTTP, and SDK 1.x over a message connection, against the same component', async () => {
    const c2 = new Client2({ name: 'notes-sdk2', version: '2' }, { capabilities: { elicitation: {} }, supportedProtocolVersions: ['2025-06-18'] });
    c2.setRequestHandler('elicitation/create', async () => ({ action: 'accept', content: { confirm: true } }));
    await c2.connect(new Http2(new URL(host.url!)));
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    const { client: c1 } = notesClient1();
    void host.connect(serverSide);
    await c1.connect(clientSide);
    try {
      expect(c2.getNegotiatedProtocolVersion()).toBe('2025-06-18');
      const id = /Added note (\d+)/.exec(textOf(await c2.callTool({ name: 'add-note', arguments: { title: 'old', body: 'b' } })))![1]!;
      // one component: the note added by one client is there for the other
      expect((await c1.readResource({ uri: `note://${id}` })).contents[0]).toMatchObject({ uri: `note://${id}` });
      expect(textOf(await c1.callTool({ name: 'search-notes', arguments: { query: 'old' } }))).toContain('old');
      expect(textOf(await c2.callTool({ name: 'delete-note', arguments: { id } }))).toContain(`Deleted note ${id}.`);
    } finally {
      await c2.close();
      await c1.close();
    }
  });
});

describe('the conformance component through the bridge: sampling, roots, elicitation', () => {
  let host: RunningHost;
  beforeAll(async () => {
    host = await inProcessHost(await exampleWasm('conformance'), { legacy: createLegacyEndpoint });
  }, BUILD_TIMEOUT);
  afterAll(async () => host?.close());

  it('SDK 1.x (2025-11-25) answers the input requests as real requests', async () => {
    const client = new Client1({ name: 'conf-sdk1', version: '1' }, { capabilities: { elicitation: {}, sampling: {}, roots: {} } });
    client.setRequestHandler(ElicitRequestSchema, async () => ({ action: 'accept', content: { name: 'Ada', username: 'ada', email: 'a@example.com' } }));
    client.setRequestHandler(CreateMessageRequestSchema, async () => ({ role: 'assistant', content: { type: 'text', text: 'Paris' }, model: 'm' }));
    client.setRequestHandler(ListRootsRequestSchema, async () => ({ roots: [{ uri: 'file:///project', name: 'project' }] }));
    await client.connect(new Http1(new URL(host.url!)));
    try {
      const sampled = await client.callTool({ name: 'test_input_required_result_sampling', arguments: {} });
      expect(sampled.isError ?? false).toBe(false);
      expect(JSON.stringify(sampled)).toContain('Paris');
      const roots = await client.callTool({ name: 'test_input_required_result_list_roots', arguments: {} });
      expect(JSON.stringify(roots)).toContain('file:///project');
      const elicited = await client.callTool({ name: 'test_input_required_result_elicitation', arguments: {} });
      expect(elicited.isError ?? false).toBe(false);
      const all = await client.callTool({ name: 'test_input_required_result_multiple_inputs', arguments: {} });
      expect(all.isError ?? false).toBe(false);
      const rounds = await client.callTool({ name: 'test_input_required_result_multi_round', arguments: {} });
      expect(rounds.isError ?? false).toBe(false);
    } finally {
      await client.close();
    }
  });

  it('SDK 2.x (2025-06-18) answers them too', async () => {
    const client = new Client2({ name: 'conf-sdk2', version: '2' }, { capabilities: { elicitation: {}, sampling: {}, roots: {} }, supportedProtocolVersions: ['2025-06-18'] });
    client.setRequestHandler('elicitation/create', async () => ({ action: 'accept', content: { name: 'Ada', username: 'ada', email: 'a@example.com' } }));
    client.setRequestHandler('sampling/createMessage', async () => ({ role: 'assistant', content: { type: 'text', text: 'Paris' }, model: 'm' }));
    client.setRequestHandler('roots/list', async () => ({ roots: [{ uri: 'file:///project' }] }));
    await client.connect(new Http2(new URL(host.url!)));
    try {
      expect(JSON.stringify(await client.callTool({ name: 'test_input_required_result_sampling', arguments: {} }))).toContain('Paris');
      expect(JSON.stringify(await client.callTool({ name: 'test_input_required_result_list_roots', arguments: {} }))).toContain('file:///project');
      expect((await client.callTool({ name: 'test_input_required_result_elicitation', arguments: {} })).isError ?? false).toBe(false);
    } finally {
      await client.close();
    }
  });
});
