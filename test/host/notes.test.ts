// The 2026-07-28 wire through the notes example, over stateless HTTP and over a message
// connection (stdio's rules, in memory): discovery, per-request versions and client context,
// lists with cache hints and host cursors, log messages only when the request asked (at or above
// its level), progress on the request's own stream, multi round-trip requests with a sealed
// requestState (tampered, stale, wrong-method and wrong-name states refused), subscriptions/listen
// (acknowledgement first, subscription ids, only the opted-in kinds, watches refcounted across
// streams), resource-not-found as -32602.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../compiler/host/index.js';
import { StateSealer } from '../../compiler/host/wire/seal.js';
import { BUILD_TIMEOUT, exampleWasm, inProcessHost, until } from './helpers.js';
import { listen, memoryClient, ModernClient, post, withMeta } from './modern.js';

const PAGE_SIZE = 2;
const ELICIT = { 'io.modelcontextprotocol/clientCapabilities': { elicitation: {} } };
const YES = { confirm: { action: 'accept', content: { confirm: true } } };

describe('the notes example over stateless HTTP', () => {
  let host: RunningHost;
  let c: ModernClient;
  beforeAll(async () => {
    host = await inProcessHost(await exampleWasm('notes'), { pageSize: PAGE_SIZE, stateTtlMs: 60_000 });
    c = new ModernClient(host.url!);
  }, BUILD_TIMEOUT);
  afterAll(async () => host?.close());

  it('answers server/discover from the registration, with serverInfo and cache hints', async () => {
    const r = await c.request('server/discover');
    expect(r).toMatchObject({
      resultType: 'complete',
      supportedVersions: ['2026-07-28'],
      capabilities: { tools: {}, resources: { subscribe: true, listChanged: true }, logging: {}, completions: {} },
      ttlMs: 60000,
      cacheScope: 'public',
      _meta: { 'io.modelcontextprotocol/serverInfo': { name: 'wasi-mcp-notes', version: '0.2.0' } },
    });
  });

  it('pages the lists with host cursors, each page with the registered cache hints', async () => {
    const first = await c.request('tools/list');
    expect((first['tools'] as unknown[]).length).toBe(PAGE_SIZE);
    expect(first).toMatchObject({ resultType: 'complete', ttlMs: 60000, cacheScope: 'public' });
    const second = await c.request('tools/list', { cursor: first['nextCursor'] });
    expect(second).toMatchObject({ ttlMs: 60000, cacheScope: 'public' });
    await expect(c.request('tools/list', { cursor: 'bogus' })).rejects.toMatchObject({ code: -32602 });
    expect(await c.request('resources/templates/list')).toMatchObject({ resourceTemplates: [{ uriTemplate: 'note://{id}' }] });
  });

  it('sends log messages only to a request that set a log level, at or above it', async () => {
    const quiet = new ModernClient(host.url!);
    await quiet.callTool({ name: 'analyze-notes', arguments: { delayMs: 0 } });
    expect(quiet.notifications.filter((n) => n['method'] === 'notifications/message')).toEqual([]);
    const info = new ModernClient(host.url!, { logLevel: 'info' });
    await info.callTool({ name: 'analyze-notes', arguments: { delayMs: 0 } });
    const levels = info.notifications.filter((n) => n['method'] === 'notifications/message').map((n) => (n['params'] as { level: string }).level);
    expect(levels).toEqual(['info', 'info']); // the debug ones are below the level
    const debug = new ModernClient(host.url!, { logLevel: 'debug' });
    await debug.callTool({ name: 'analyze-notes', arguments: { delayMs: 0 } });
    expect(debug.notifications.filter((n) => (n['params'] as { level?: string })['level'] === 'debug').length).toBeGreaterThan(0);
  });

  it('sends progress on the request stream, with its token', async () => {
    const p = new ModernClient(host.url!);
    await p.callTool({ name: 'analyze-notes', arguments: { delayMs: 0 } }, { progressToken: 'tok' });
    const progress = p.notifications.filter((n) => n['method'] === 'notifications/progress');
    expect(progress.length).toBeGreaterThan(0);
    for (const n of progress) expect(n['params']).toMatchObject({ progressToken: 'tok' });
  });

  it('turns an input-required outcome into resultType input_required, and the retry reaches the handler', async () => {
    const added = await c.callTool({ name: 'add-note', arguments: { title: 'to delete', body: 'x' } });
    const id = /Added note (\d+)/.exec(JSON.stringify(added))![1]!;
    const asked = await c.callTool({ name: 'delete-note', arguments: { id } }, ELICIT);
    expect(asked).toMatchObject({ resultType: 'input_required', inputRequests: { confirm: { method: 'elicitation/create' } } });
    const state = asked['requestState'] as string;
    // The component's own state is inside, authenticated: the client sees an envelope.
    expect(state).toMatch(/^v1\./);
    const done = await c.callTool({ name: 'delete-note', arguments: { id }, inputResponses: YES, requestState: state }, ELICIT);
    expect(JSON.stringify(done)).toContain(`Deleted note ${id}.`);
  });

  it('refuses a tampered, stale, wrong-method or wrong-name state before any handler runs (-32602)', async () => {
    const added = await c.callTool({ name: 'add-note', arguments: { title: 'kept', body: 'x' } });
    const id = /Added note (\d+)/.exec(JSON.stringify(added))![1]!;
    const asked = await c.callTool({ name: 'delete-note', arguments: { id } }, ELICIT);
    const state = asked['requestState'] as string;
    const calls = (): number => host.stats().calls['callTool'] ?? 0;
    const retry = (p: Record<string, unknown>, method = 'tools/call') => post(host.url!, method, withMeta({ arguments: { id }, inputResponses: YES, ...p }, ELICIT));
    const before = calls();
    const [head, payload, mac] = state.split('.') as [string, string, string];
    // The payload re-encoded with another note id: the MAC no longer matches.
    const forged = Buffer.from(Buffer.from(payload, 'base64url').toString().replace(`\\"id\\":\\"${id}\\"`, '\\"id\\":\\"1\\"')).toString('base64url');
    for (const bad of [`${state}-TAMPERED`, `${head}.${forged}.${mac}`, 'not-a-state']) {
      const r = await retry({ name: 'delete-note', requestState: bad });
      expect(r.status).toBe(400);
      expect(r.reply).toMatchObject({ error: { code: -32602, data: { path: '/params/requestState' } } });
    }
    // Another tool's name: the state is bound to delete-note.
    expect((await retry({ name: 'edit-note', requestState: state })).reply).toMatchObject({ error: { code: -32602, message: /belongs to another request/ } });
    // Another method: prompts/get with the same name.
    const p = await post(host.url!, 'prompts/get', withMeta({ name: 'summarize-notes', requestState: state }));
    expect(p.reply).toMatchObject({ error: { code: -32602, message: /belongs to another request/ } });
    expect(calls()).toBe(before);
    // A state of another host (another key) is refused too.
    const foreign = new StateSealer(60_000).seal({ method: 'tools/call', key: 'delete-note' }, JSON.stringify({ id }));
    expect((await retry({ name: 'delete-note', requestState: foreign })).reply).toMatchObject({ error: { code: -32602, message: /integrity/ } });
    expect(calls()).toBe(before);
  });

  it('refuses input requests the client did not declare (-32021), and reads a missing resource as -32602', async () => {
    const r = await post(host.url!, 'tools/call', withMeta({ name: 'delete-note', arguments: { id: '2' } }));
    expect(r.status).toBe(400);
    expect(r.reply).toMatchObject({ error: { code: -32021, data: { requiredCapabilities: { elicitation: {} } } } });
    await expect(c.request('resources/read', { uri: 'note://nope' })).rejects.toMatchObject({ code: -32602 });
    expect(await c.request('resources/read', { uri: 'note://2' })).toMatchObject({ resultType: 'complete', ttlMs: 0, cacheScope: 'public' });
  });

  it('runs subscriptions/listen: acknowledgement first, ids on every notification, only the kinds opted in to', async () => {
    const lists = await listen(host.url!, { resourcesListChanged: true, toolsListChanged: true }, 'lists');
    const updates = await listen(host.url!, { resourceSubscriptions: ['note://2', 'other://x'] }, 7);
    await until(() => lists.messages.length >= 1 && updates.messages.length >= 1);
    expect(lists.messages[0]).toMatchObject({
      method: 'notifications/subscriptions/acknowledged',
      // tools/list_changed is not declared by the server (listChanged false): not honoured.
      params: { notifications: { resourcesListChanged: true }, _meta: { 'io.modelcontextprotocol/subscriptionId': 'lists' } },
    });
    // The component refused other://x (not a note): it is left out of the acknowledgement.
    expect(updates.messages[0]).toMatchObject({ params: { notifications: { resourceSubscriptions: ['note://2'] }, _meta: { 'io.modelcontextprotocol/subscriptionId': 7 } } });
    await c.callTool({ name: 'edit-note', arguments: { id: '2', body: 'changed' } });
    await c.callTool({ name: 'add-note', arguments: { title: 'new', body: 'x' } });
    await until(() => updates.messages.length >= 2 && lists.messages.length >= 2);
    await new Promise((r) => setTimeout(r, 100));
    expect(updates.messages.slice(1)).toEqual([
      { jsonrpc: '2.0', method: 'notifications/resources/updated', params: { uri: 'note://2', _meta: { 'io.modelcontextprotocol/subscriptionId': 7 } } },
    ]);
    expect(lists.messages.slice(1).map((m) => m['method'])).toEqual(['notifications/resources/list_changed']);
    for (const m of lists.messages) expect((m['params'] as { _meta: Record<string, unknown> })._meta['io.modelcontextprotocol/subscriptionId']).toBe('lists');
    lists.close();
    updates.close();
    await until(() => host.stats().streams === 0);
  });

  it('watches a URI once for all streams and unwatches it when the last one closes', async () => {
    const watch = (): number => host.stats().calls['watchResource'] ?? 0;
    const unwatch = (): number => host.stats().calls['unwatchResource'] ?? 0;
    const [w0, u0] = [watch(), unwatch()];
    const a = await listen(host.url!, { resourceSubscriptions: ['note://3'] });
    const b = await listen(host.url!, { resourceSubscriptions: ['note://3'] });
    await until(() => a.messages.length >= 1 && b.messages.length >= 1);
    expect(watch()).toBe(w0 + 1);
    a.close();
    await until(() => host.stats().streams === 1);
    expect(unwatch()).toBe(u0);
    b.close();
    await until(() => unwatch() === u0 + 1);
  });
});

describe('the notes example on a message connection (stdio rules)', () => {
  let host: RunningHost;
  beforeAll(async () => {
    host = await inProcessHost(await exampleWasm('notes'), { transport: 'none' });
  }, BUILD_TIMEOUT);
  afterAll(async () => host?.close());

  it('serves requests with their notifications before the response, and cancels a listen stream by notifications/cancelled', async () => {
    const conn = await memoryClient(host);
    const r = await conn.request('tools/call', withMeta({ name: 'analyze-notes', arguments: { delayMs: 0 } }, { progressToken: 1, 'io.modelcontextprotocol/logLevel': 'info' }), 'a');
    expect(r).toMatchObject({ id: 'a', result: { resultType: 'complete' } });
    const before = conn.received.slice(0, conn.received.indexOf(r)).map((m) => m['method']);
    expect(before).toContain('notifications/progress');
    expect(before).toContain('notifications/message');
    const ended = conn.request('subscriptions/listen', withMeta({ notifications: { resourcesListChanged: true } }), 'sub');
    await until(() => conn.received.some((m) => m['method'] === 'notifications/subscriptions/acknowledged'));
    await conn.request('tools/call', withMeta({ name: 'add-note', arguments: { title: 't', body: 'b' } }), 'b');
    await until(() => conn.received.some((m) => m['method'] === 'notifications/resources/list_changed'));
    await conn.notify('notifications/cancelled', { requestId: 'sub' });
    await until(() => host.stats().streams === 0);
    let settled = false;
    void ended.then(() => (settled = true));
    await new Promise((r2) => setTimeout(r2, 50));
    expect(settled).toBe(false); // a cancelled request gets no response
    const err = await conn.request('resources/read', withMeta({ uri: 'note://404' }), 'c');
    expect(err).toMatchObject({ id: 'c', error: { code: -32602 } });
    await conn.close();
  });

  it('leaves nothing behind on the host when listen streams end (no listener per ended stream)', async () => {
    const conn = await memoryClient(host);
    const warnings: string[] = [];
    const onWarning = (w: Error): void => void warnings.push(w.name);
    process.on('warning', onWarning);
    try {
      // More streams than an EventTarget's listener warning allows (10), one after another.
      for (let i = 0; i < 12; i++) {
        void conn.request('subscriptions/listen', withMeta({ notifications: { toolsListChanged: true } }), `l${i}`);
        await until(() => host.stats().streams === 1);
        await conn.notify('notifications/cancelled', { requestId: `l${i}` });
        await until(() => host.stats().streams === 0);
      }
      await new Promise((r) => setImmediate(r));
      expect(warnings).not.toContain('MaxListenersExceededWarning');
    } finally {
      process.off('warning', onWarning);
      await conn.close();
    }
  });
});

describe('a stale requestState', () => {
  let host: RunningHost;
  beforeAll(async () => {
    host = await inProcessHost(await exampleWasm('notes'), { stateTtlMs: 200 });
  }, BUILD_TIMEOUT);
  afterAll(async () => host?.close());

  it('is refused after its expiry, before any handler runs (-32602)', async () => {
    const c = new ModernClient(host.url!);
    const asked = await c.callTool({ name: 'delete-note', arguments: { id: '1' } }, ELICIT);
    const calls = host.stats().calls['callTool'];
    await new Promise((r) => setTimeout(r, 300));
    const r = await post(host.url!, 'tools/call', withMeta({ name: 'delete-note', arguments: { id: '1' }, inputResponses: YES, requestState: asked['requestState'] }, ELICIT));
    expect(r.status).toBe(400);
    expect(r.reply).toMatchObject({ error: { code: -32602, message: 'Invalid params: requestState has expired' } });
    expect(host.stats().calls['callTool']).toBe(calls);
  });
});
