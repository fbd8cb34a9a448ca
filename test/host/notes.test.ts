// The notes example served end to end, over Streamable HTTP (startHost, in process) and over
// stdio (the serve command in a child process), with the SDK Client.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallToolResultSchema, McpError } from '@modelcontextprotocol/sdk/types.js';
import type { RunningHost } from '../../compiler/host/index.js';
import { exampleWasm, httpClient, inProcessHost, stdioClient, textOf, until, type Connected, BUILD_TIMEOUT } from './helpers.js';

const PAGE_SIZE = 2;

describe.each(['http', 'stdio'] as const)('notes over %s', (transport) => {
  let host: RunningHost | undefined;
  let c: Connected;

  beforeAll(async () => {
    const wasm = await exampleWasm('notes');
    if (transport === 'http') {
      host = await inProcessHost(wasm, { pageSize: PAGE_SIZE });
      c = await httpClient(host.url!);
    } else {
      c = await stdioClient(wasm, {}, undefined, ['--page-size', String(PAGE_SIZE)]);
    }
  }, BUILD_TIMEOUT);
  afterAll(async () => {
    await c?.close();
    await host?.close();
  });

  it('initializes with the registered server info, capabilities and instructions', () => {
    expect(c.client.getServerVersion()).toMatchObject({ name: 'wasi-mcp-notes', version: '0.1.0' });
    expect(c.client.getServerCapabilities()).toEqual({
      tools: { listChanged: false },
      resources: { subscribe: true, listChanged: true },
      prompts: { listChanged: false },
      logging: {},
      completions: {},
    });
    expect(c.client.getInstructions()).toMatch(/notes/);
  });

  it('pages tools/list with host cursors and rejects a bad cursor', async () => {
    const names: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const r = await c.client.listTools(cursor ? { cursor } : {});
      expect(r.tools.length).toBeLessThanOrEqual(PAGE_SIZE);
      names.push(...r.tools.map((t) => t.name));
      cursor = r.nextCursor;
      pages++;
    } while (cursor);
    expect(names).toEqual(['add-note', 'search-notes', 'edit-note', 'delete-note', 'analyze-notes']);
    expect(pages).toBe(3);
    await expect(c.client.listTools({ cursor: 'not-a-cursor' })).rejects.toMatchObject({ code: -32602 });
  });

  it('calls tools; a tool failure is a result with isError', async () => {
    const added = await c.client.callTool({ name: 'add-note', arguments: { title: 'Groceries', body: 'milk and bread', tags: ['home'] } });
    expect(textOf(added)).toMatch(/^Added note \d+: Groceries$/);
    expect((added.content as { type: string }[]).map((x) => x.type)).toEqual(['text', 'resource_link']);
    const found = await c.client.callTool({ name: 'search-notes', arguments: { query: 'milk' } });
    expect(textOf(found)).toContain('1 note(s) match');
    const missing = await c.client.callTool({ name: 'delete-note', arguments: { id: 'nope' } });
    expect(missing.isError).toBe(true);
  });

  it('answers an unknown tool with invalid params, without the component', async () => {
    await expect(c.client.callTool({ name: 'no-such-tool' })).rejects.toMatchObject({ code: -32602 });
  });

  it('rejects a malformed request with invalid params before the component sees it', async () => {
    const before = host?.stats().calls['callTool'];
    const err = await c.client
      .request({ method: 'tools/call', params: { name: 42, arguments: [] } } as never, CallToolResultSchema)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(McpError);
    expect((err as McpError).code).toBe(-32602);
    expect((err as McpError).message).toMatch(/Invalid params: \/params\//);
    if (host) expect(host.stats().calls['callTool']).toBe(before);
  });

  it('lists and reads resources and templates', async () => {
    const all = [];
    let cursor: string | undefined;
    do {
      const r = await c.client.listResources(cursor ? { cursor } : {});
      all.push(...r.resources);
      cursor = r.nextCursor;
    } while (cursor);
    expect(all.map((r) => r.uri)).toContain('note://1');
    expect(all.find((r) => r.uri === 'note://1')).toMatchObject({ name: '1', title: 'Welcome', mimeType: 'text/markdown' });
    const templates = await c.client.listResourceTemplates();
    expect(templates.resourceTemplates).toEqual([{ uriTemplate: 'note://{id}', name: 'note', title: 'A note by id', mimeType: 'text/markdown' }]);
    const read = await c.client.readResource({ uri: 'note://2' });
    expect(read.contents[0]).toMatchObject({ uri: 'note://2', mimeType: 'text/markdown' });
    expect((read.contents[0] as { text: string }).text).toMatch(/^# WASI/);
    await expect(c.client.readResource({ uri: 'note://999' })).rejects.toMatchObject({ code: -32002 });
  });

  it('sends list-changed and, to subscribers, resource-updated notifications', async () => {
    await c.client.subscribeResource({ uri: 'note://1' });
    const n0 = c.notifications.length;
    await c.client.callTool({ name: 'edit-note', arguments: { id: '1', body: 'edited' } });
    await until(() => c.notifications.slice(n0).some((n) => n.method === 'notifications/resources/updated'));
    expect(c.notifications.slice(n0).find((n) => n.method === 'notifications/resources/updated')?.params).toEqual({ uri: 'note://1' });
    await c.client.unsubscribeResource({ uri: 'note://1' });
    const n1 = c.notifications.length;
    await c.client.callTool({ name: 'edit-note', arguments: { id: '1', body: 'edited again' } });
    await c.client.callTool({ name: 'add-note', arguments: { title: 'Later', body: 'x' } });
    await until(() => c.notifications.slice(n1).some((n) => n.method === 'notifications/resources/list_changed'));
    expect(c.notifications.slice(n1).some((n) => n.method === 'notifications/resources/updated')).toBe(false);
  });

  it('gets prompts and completes their arguments', async () => {
    const prompts = await c.client.listPrompts();
    expect(prompts.prompts.map((p) => p.name)).toEqual(['summarize-notes']);
    const p = await c.client.getPrompt({ name: 'summarize-notes', arguments: { tag: 'wasm' } });
    expect(p.description).toBe('Notes tagged wasm');
    expect(p.messages.map((m) => m.content.type)).toEqual(['text', 'resource']);
    const done = await c.client.complete({ ref: { type: 'ref/prompt', name: 'summarize-notes' }, argument: { name: 'tag', value: 'wa' } });
    expect(done.completion.values).toEqual(['wasi', 'wasm']);
    const ids = await c.client.complete({ ref: { type: 'ref/resource', uri: 'note://{id}' }, argument: { name: 'id', value: '2' } });
    expect(ids.completion.values).toEqual(['2']);
    await expect(c.client.getPrompt({ name: 'nope' })).rejects.toMatchObject({ code: -32602 });
  });

  it('reports progress and filters log messages by the level the client set', async () => {
    await c.client.setLoggingLevel('warning');
    const n0 = c.notifications.length;
    const progress: number[] = [];
    const r = await c.client.callTool({ name: 'analyze-notes', arguments: { delayMs: 5 } }, undefined, {
      onprogress: (p) => void progress.push(p.progress),
    });
    expect(r.structuredContent).toMatchObject({ notes: expect.any(Number), words: expect.any(Number) });
    const notes = (r.structuredContent as { notes: number }).notes;
    expect(progress).toEqual(Array.from({ length: notes }, (_, i) => i + 1));
    // Give stragglers a chance: nothing below warning may arrive.
    await new Promise((res) => setTimeout(res, 50));
    expect(c.notifications.slice(n0).filter((n) => n.method === 'notifications/message')).toEqual([]);

    await c.client.setLoggingLevel('debug');
    const n1 = c.notifications.length;
    await c.client.callTool({ name: 'analyze-notes', arguments: { delayMs: 0 } });
    await until(() => c.notifications.slice(n1).some((n) => n.method === 'notifications/message' && n.params.data === 'analysis complete'));
    const levels = c.notifications.slice(n1).flatMap((n) => (n.method === 'notifications/message' ? [n.params.level] : []));
    expect(levels).toContain('debug');
    expect(levels).toContain('info');
    await expect(c.client.setLoggingLevel('loud' as never)).rejects.toMatchObject({ code: -32602 });
  });

  it('answers ping', async () => {
    await expect(c.client.ping()).resolves.toEqual({});
  });
});
