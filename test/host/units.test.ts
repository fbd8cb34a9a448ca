// The 2026-07-28 core's pure parts: the requestState seal, the request metadata headers, the
// watch table, log-level gating and the runtime imports against a fake state (where each
// notification goes: its request's stream, the streams that opted in, never another request).

import { describe, expect, it } from 'vitest';
import { headerMismatch, headerValue, paramHeaders } from '../../compiler/host/wire/headers.js';
import { answerImport } from '../../compiler/host/wire/imports.js';
import { StateSealer } from '../../compiler/host/wire/seal.js';
import { admits, emptyRegistrations, type CallContext, type ListenStream, type WireState } from '../../compiler/host/wire/state.js';
import { isWithin, WatchTable } from '../../compiler/host/wire/subscriptions.js';

const utf8 = (v: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(v));

describe('the requestState seal', () => {
  const binding = { method: 'tools/call', key: 'delete-note' };

  it("gives back exactly the component's text for the request it was made for", () => {
    const s = new StateSealer(1000);
    const sealed = s.seal(binding, '{"id":"1"} é \u2028');
    expect(s.unseal(binding, sealed)).toEqual({ ok: true, state: '{"id":"1"} é \u2028' });
  });

  it('refuses a changed byte, another method or name, another key, and an expired state', () => {
    let now = 1_000_000;
    const key = Buffer.alloc(32, 7);
    const s = new StateSealer(1000, key, () => now);
    const sealed = s.seal(binding, 'state');
    const flip = sealed.slice(0, 10) + (sealed[10] === 'A' ? 'B' : 'A') + sealed.slice(11);
    expect(s.unseal(binding, flip)).toMatchObject({ ok: false });
    expect(s.unseal(binding, `${sealed}x`)).toMatchObject({ ok: false, reason: /integrity/ });
    expect(s.unseal({ method: 'prompts/get', key: 'delete-note' }, sealed)).toMatchObject({ ok: false, reason: /another request/ });
    expect(s.unseal({ method: 'tools/call', key: 'edit-note' }, sealed)).toMatchObject({ ok: false, reason: /another request/ });
    expect(new StateSealer(1000, Buffer.alloc(32, 8), () => now).unseal(binding, sealed)).toMatchObject({ ok: false, reason: /integrity/ });
    now += 1000;
    expect(s.unseal(binding, sealed)).toMatchObject({ ok: true });
    now += 1;
    expect(s.unseal(binding, sealed)).toEqual({ ok: false, reason: 'requestState has expired' });
    expect(s.unseal(binding, 'v2.a.b')).toMatchObject({ ok: false });
  });

  it('makes a different envelope each time (an expiry inside), so states of two rounds differ', () => {
    let now = 0;
    const s = new StateSealer(1000, undefined, () => now++);
    expect(s.seal(binding, 'x')).not.toBe(s.seal(binding, 'x'));
  });
});

describe('the request metadata headers', () => {
  const base = { 'mcp-protocol-version': '2026-07-28', 'mcp-method': 'tools/call', 'mcp-name': 'q' };
  const schema = { type: 'object', properties: { region: { type: 'string', 'x-mcp-header': 'Region' }, n: { type: 'integer', 'x-mcp-header': 'N' }, nested: { type: 'object', properties: { flag: { type: 'boolean', 'x-mcp-header': 'Flag' } } }, list: { type: 'array', items: { type: 'object', properties: { x: { 'x-mcp-header': 'X' } } } } } };
  const check = (headers: Record<string, string>, args: Record<string, unknown>) =>
    headerMismatch(headers, 'tools/call', { name: 'q', arguments: args }, '2026-07-28', () => schema);

  it('finds x-mcp-header designations reachable through properties only', () => {
    expect(paramHeaders(schema)).toEqual([
      { name: 'Region', path: ['region'] },
      { name: 'N', path: ['n'] },
      { name: 'Flag', path: ['nested', 'flag'] },
    ]);
  });

  it('checks each designated header against the body, decoding Base64 and comparing integers numerically', () => {
    expect(check(base, {})).toBeUndefined();
    expect(check(base, { region: 'eu' })).toMatch(/Mcp-Param-Region header is missing/);
    expect(check({ ...base, 'mcp-param-region': 'eu' }, { region: 'eu' })).toBeUndefined();
    expect(check({ ...base, 'mcp-param-region': 'us' }, { region: 'eu' })).toMatch(/does not match/);
    expect(check({ ...base, 'mcp-param-region': `=?base64?${Buffer.from('日本').toString('base64')}?=` }, { region: '日本' })).toBeUndefined();
    expect(check({ ...base, 'mcp-param-region': '=?base64?***?=' }, { region: 'eu' })).toMatch(/does not match|Base64/);
    expect(check({ ...base, 'mcp-param-n': '42.0' }, { n: 42 })).toBeUndefined();
    expect(check({ ...base, 'mcp-param-flag': 'true' }, { nested: { flag: true } })).toBeUndefined();
    expect(check({ ...base, 'mcp-param-flag': 'True' }, { nested: { flag: true } })).toMatch(/does not match/);
    // A null value expects no header.
    expect(check(base, { region: null })).toBeUndefined();
  });

  it('refuses values with characters a header cannot carry, and a repeated header', () => {
    expect(headerValue({ 'mcp-name': 'a\u0001b' }, 'Mcp-Name')).toMatchObject({ ok: false });
    expect(headerValue({ 'mcp-name': ['a', 'b'] }, 'Mcp-Name')).toMatchObject({ ok: false });
    expect(headerValue({ 'mcp-name': ' a b\t' }, 'Mcp-Name')).toEqual({ ok: true, value: 'a b' });
  });
});

describe('the watch table', () => {
  it('watches a URI once however many streams ask, even while the first watch is in flight, and unwatches after the last', async () => {
    const events: string[] = [];
    let release: (ok: boolean) => void = () => undefined;
    const t = new WatchTable(
      (uri) => {
        events.push(`watch ${uri}`);
        return uri === 'bad' ? Promise.resolve(false) : new Promise<boolean>((r) => (release = r));
      },
      async (uri) => void events.push(`unwatch ${uri}`),
    );
    const a = t.acquire(['u', 'bad']);
    const b = t.acquire(['u']);
    release(true);
    expect(await a).toEqual(['u']);
    expect(await b).toEqual(['u']);
    expect(t.count('u')).toBe(2);
    expect(t.count('bad')).toBe(0);
    t.release(['u']);
    expect(events).toEqual(['watch u', 'watch bad']);
    t.release(['u']);
    expect(events).toEqual(['watch u', 'watch bad', 'unwatch u']);
  });

  it('matches sub-resources of a watched URI', () => {
    expect(isWithin('a/b', 'a')).toBe(true);
    expect(isWithin('ab', 'a')).toBe(false);
    expect(isWithin('dir/x', 'dir/')).toBe(true);
  });
});

describe('log levels', () => {
  it('admit nothing without a level, and messages at or above it', () => {
    expect(admits('emergency', undefined)).toBe(false);
    expect(admits('info', 'info')).toBe(true);
    expect(admits('debug', 'info')).toBe(false);
    expect(admits('error', 'warning')).toBe(true);
  });
});

describe('the runtime imports', () => {
  function fixture(): { state: WireState; sent: Record<string, { method: string; params?: unknown }[]>; ctx: (name: string, extra?: Partial<CallContext>) => CallContext; stream: (id: string, f: Partial<ListenStream>) => void; log: string[] } {
    const log: string[] = [];
    const state: WireState = { settings: { pageSize: 10, log: (l) => void log.push(l) }, registrations: emptyRegistrations(), served: false, streams: new Set() };
    const sent: Record<string, { method: string; params?: unknown }[]> = {};
    const sink = (name: string) => ({ send: (n: { method: string; params?: unknown }) => void (sent[name] ??= []).push(n) });
    return {
      state,
      sent,
      log,
      ctx: (name, extra = {}) => ({ requestId: name, method: 'tools/call', stream: sink(name), signal: new AbortController().signal, lane: name, ...extra }),
      stream: (id, f) => state.streams.add({ id, toolsListChanged: false, promptsListChanged: false, resourcesListChanged: false, resourceSubscriptions: [], stream: sink(id), ...f }),
    };
  }

  it('registers the server with its versions and cache hints, and lists with theirs; refuses what the codecs or the rules reject', () => {
    const { state } = fixture();
    const info = { name: 's', version: '1', title: undefined, description: undefined, icons: undefined, websiteUrl: undefined };
    const caps = { tools: { listChanged: true }, completions: undefined, experimental: undefined, extensions: undefined, logging: undefined, prompts: undefined, resources: undefined };
    expect(answerImport(state, 'registerServer', [info, caps, undefined, [], 0n, 'public'], undefined)).toMatchObject({ error: { code: { tag: 'invalid-params' } } });
    expect(answerImport(state, 'serve', [], undefined)).toMatchObject({ error: { code: { tag: 'invalid-request' } } });
    expect(answerImport(state, 'registerServer', [info, caps, 'hi', ['2026-07-28'], 5000n, 'public'], undefined)).toEqual({ value: undefined });
    expect(state.registrations.server).toMatchObject({ supportedVersions: ['2026-07-28'], ttlMs: 5000, cacheScope: 'public', instructions: 'hi' });
    const tool = { name: 't', inputSchema: utf8({ type: 'object' }), annotations: undefined, description: undefined, execution: undefined, icons: undefined, meta: undefined, outputSchema: undefined, title: undefined };
    expect(answerImport(state, 'registerTools', [[tool, tool], 0n, 'private'], undefined)).toMatchObject({ error: { message: 'duplicate name: t' } });
    expect(answerImport(state, 'registerTools', [[tool], -1n, 'private'], undefined)).toMatchObject({ error: { code: { tag: 'invalid-params' } } });
    expect(answerImport(state, 'registerTools', [[{ ...tool, inputSchema: new Uint8Array([123]) }], 0n, 'private'], undefined)).toMatchObject({ error: { code: { tag: 'invalid-params' } } });
    expect(answerImport(state, 'registerTools', [[tool], 10n, 'private'], undefined)).toEqual({ value: undefined });
    expect(state.registrations.tools).toEqual({ items: [{ name: 't', inputSchema: { type: 'object' } }], ttlMs: 10, cacheScope: 'private' });
    expect(answerImport(state, 'serve', [], undefined)).toEqual({ value: undefined });
  });

  it('sends a log message only on its request stream, only if the request asked, at or above its level', () => {
    const { state, sent, ctx, log } = fixture();
    const args = (level: string) => [utf8('hello'), level, 'l', undefined];
    answerImport(state, 'loggingMessage', args('error'), ctx('quiet'));
    answerImport(state, 'loggingMessage', args('debug'), ctx('info', { logLevel: 'info' }));
    answerImport(state, 'loggingMessage', args('warning'), ctx('info', { logLevel: 'info' }));
    answerImport(state, 'loggingMessage', args('info'), undefined);
    expect(sent['quiet']).toBeUndefined();
    expect(sent['info']).toEqual([{ method: 'notifications/message', params: { data: 'hello', level: 'warning', logger: 'l' } }]);
    expect(log).toEqual(['component log (info): "hello"']);
  });

  it('sends progress only with the token of the request being handled, and refuses another', () => {
    const { state, sent, ctx } = fixture();
    const args = (token: string) => [{ tag: 'string', val: token }, 1, 2, undefined, undefined];
    expect(answerImport(state, 'progress', args('mine'), ctx('a', { progressToken: 'mine' }))).toEqual({ value: undefined });
    expect(answerImport(state, 'progress', args('theirs'), ctx('a', { progressToken: 'mine' }))).toMatchObject({ error: { code: { tag: 'invalid-params' } } });
    expect(answerImport(state, 'progress', args('mine'), undefined)).toMatchObject({ error: { code: { tag: 'invalid-params' } } });
    expect(answerImport(state, 'progress', [{ tag: 'string', val: 'mine' }, 1, undefined, undefined, { subscriptionId: { tag: 'integer', val: 1n } }], ctx('a', { progressToken: 'mine' }))).toMatchObject({ error: { code: { tag: 'invalid-params' } } });
    expect(sent['a']).toEqual([{ method: 'notifications/progress', params: { progressToken: 'mine', progress: 1, total: 2 } }]);
  });

  it('sends change notifications to the streams that opted in, each with its subscription id', () => {
    const { state, sent, stream } = fixture();
    stream('tools', { toolsListChanged: true });
    stream('res', { resourceSubscriptions: ['file:///a/'] });
    stream('none', {});
    answerImport(state, 'toolListChanged', [undefined], undefined);
    answerImport(state, 'promptListChanged', [undefined], undefined);
    answerImport(state, 'resourceUpdated', ['file:///a/b', undefined], undefined);
    answerImport(state, 'resourceUpdated', ['file:///z', undefined], undefined);
    expect(sent).toEqual({
      tools: [{ method: 'notifications/tools/list_changed', params: { _meta: { 'io.modelcontextprotocol/subscriptionId': 'tools' } } }],
      res: [{ method: 'notifications/resources/updated', params: { uri: 'file:///a/b', _meta: { 'io.modelcontextprotocol/subscriptionId': 'res' } } }],
    });
  });
});
