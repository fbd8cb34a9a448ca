// The runtime imports against a fake host state: no component, no transport. Each import gets
// the WIT arguments jco would lift and must answer with a WIT value or a WIT error.

import { describe, expect, it } from 'vitest';
import { answerImport } from '../../compiler/host/runtime-imports.js';
import { emptyRegistrations } from '../../compiler/host/registry.js';
import { SubscriptionTable } from '../../compiler/host/sessions.js';
import type { CallContext, HostState, Session } from '../../compiler/host/state.js';

const bytes = (s: string) => new TextEncoder().encode(s);

interface Sent {
  session: string;
  method: string;
  params?: unknown;
}

function fakeHost(sessionCount = 1): { host: HostState; sent: Sent[]; sessions: Session[] } {
  const sent: Sent[] = [];
  const sessions: Session[] = Array.from({ length: sessionCount }, (_, i) => {
    const id = `s${i}`;
    const server = {
      notification: async (n: { method: string; params?: unknown }) => void sent.push({ session: id, ...n }),
      request: async (r: { method: string; params?: unknown }) => {
        sent.push({ session: id, ...r });
        if (r.method === 'roots/list') return { roots: [{ uri: 'file:///r' }] };
        throw Object.assign(new Error(`MCP error -1: refused ${r.method}`), { code: -1 });
      },
    };
    return { id, server, initialized: true, capabilities: { logging: {} }, clientCapabilities: { roots: {} } } as unknown as Session;
  });
  const host: HostState = {
    settings: { pageSize: 10, requestTimeoutMs: 1000, log: () => undefined },
    registrations: emptyRegistrations(),
    served: false,
    sessions: new Set(sessions),
    subscriptions: new SubscriptionTable<Session>(),
    instance: undefined as never,
  };
  return { host, sent, sessions };
}

const tool = (name: string) => ({ name, inputSchema: bytes('{"type":"object","properties":{}}') });

describe('registration imports', () => {
  it('stores registrations as MCP JSON and refuses duplicates', async () => {
    const { host } = fakeHost();
    expect(await answerImport(host, 'registerTools', [[tool('a'), tool('b')]], undefined)).toEqual({ value: undefined });
    expect(host.registrations.tools).toEqual([
      { name: 'a', inputSchema: { type: 'object', properties: {} } },
      { name: 'b', inputSchema: { type: 'object', properties: {} } },
    ]);
    const dup = await answerImport(host, 'registerTools', [[tool('a'), tool('a')]], undefined);
    expect(dup).toMatchObject({ error: { code: { tag: 'invalid-params' }, message: 'duplicate name: a' } });
    expect(host.registrations.tools.map((t) => t.name)).toEqual(['a', 'b']);
    const uris = await answerImport(host, 'registerResources', [[{ uri: 'x:1', name: 'p' }, { uri: 'x:1', name: 'q' }]], undefined);
    expect(uris).toMatchObject({ error: { code: { tag: 'invalid-params' }, message: 'duplicate URI: x:1' } });
  });

  it("keeps a tool's schemas whole, and refuses one whose type is not object", async () => {
    const { host } = fakeHost();
    const input = { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', properties: { a: { $ref: '#/$defs/a' } }, $defs: { a: { type: 'string' } }, additionalProperties: false };
    const output = { type: 'object', description: 'the result', additionalProperties: false };
    const strict = { name: 's', inputSchema: bytes(JSON.stringify(input)), outputSchema: bytes(JSON.stringify(output)) };
    expect(await answerImport(host, 'registerTools', [[strict]], undefined)).toEqual({ value: undefined });
    expect(host.registrations.tools).toEqual([{ name: 's', inputSchema: input, outputSchema: output }]);
    for (const bad of ['{"type":"string"}', '{"properties":{}}', '[]', '{']) {
      const r = await answerImport(host, 'registerTools', [[{ name: 'b', inputSchema: bytes(bad) }]], undefined);
      expect(r, bad).toMatchObject({ error: { code: { tag: 'invalid-params' } } });
    }
    expect(host.registrations.tools.map((t) => t.name)).toEqual(['s']);
  });

  it('refuses malformed JSON in capabilities with invalid-params', async () => {
    const { host } = fakeHost();
    const r = await answerImport(host, 'registerServer', [{ name: 'n', version: '1' }, { logging: bytes('{') }, undefined], undefined);
    expect(r).toMatchObject({ error: { code: { tag: 'invalid-params' } } });
    expect(host.registrations.server).toBeUndefined();
  });

  it('serves only after register-server, and once', async () => {
    const { host } = fakeHost();
    expect(await answerImport(host, 'serve', [], undefined)).toMatchObject({ error: { code: { tag: 'invalid-request' } } });
    await answerImport(host, 'registerServer', [{ name: 'n', version: '1' }, { tools: { listChanged: true } }, 'hi'], undefined);
    expect(host.registrations.server).toEqual({ serverInfo: { name: 'n', version: '1' }, capabilities: { tools: { listChanged: true } }, instructions: 'hi' });
    expect(await answerImport(host, 'serve', [], undefined)).toEqual({ value: undefined });
    expect(await answerImport(host, 'serve', [], undefined)).toMatchObject({ error: { message: 'serve was already called' } });
  });
});

describe('notifications and requests', () => {
  it('returns the progress token of the request being handled, as WIT', async () => {
    const { host } = fakeHost();
    expect(await answerImport(host, 'currentProgressToken', [], { progressToken: 7 })).toEqual({ value: { tag: 'integer', val: 7n } });
    expect(await answerImport(host, 'currentProgressToken', [], { progressToken: 't' })).toEqual({ value: { tag: 'string', val: 't' } });
    expect(await answerImport(host, 'currentProgressToken', [], undefined)).toEqual({ value: undefined });
  });

  it("sends a log message only to the session whose message is handled, if its level admits it", async () => {
    const { host, sent, sessions } = fakeHost(2);
    sessions[0]!.logLevel = 'error';
    await answerImport(host, 'loggingMessage', [bytes('{"n":1}'), 'info', 'lg'], { session: sessions[0]! });
    expect(sent).toEqual([]);
    await answerImport(host, 'loggingMessage', [bytes('{"n":2}'), 'info', 'lg'], { session: sessions[1]! });
    expect(sent).toEqual([{ session: 's1', method: 'notifications/message', params: { level: 'info', logger: 'lg', data: { n: 2 } } }]);
    // Outside any session's message (start, say) it is the host's log, no client's.
    await answerImport(host, 'loggingMessage', [bytes('{"n":3}'), 'info', 'lg'], undefined);
    expect(sent).toHaveLength(1);
    const bad = await answerImport(host, 'loggingMessage', [bytes('not json'), 'error', undefined], undefined);
    expect(bad).toMatchObject({ error: { code: { tag: 'invalid-params' } } });
  });

  it('sends log messages and progress without looking at other sessions (no fan-out)', async () => {
    const { host, sent, sessions } = fakeHost(1);
    // Many other sessions, which a log message or progress must not even iterate over.
    const others = new Set(sessions);
    for (let i = 0; i < 2000; i++) others.add({ id: `o${i}`, initialized: true, capabilities: { logging: {} } } as unknown as Session);
    others[Symbol.iterator] = () => {
      throw new Error('iterated over every session');
    };
    (host as { sessions: Set<Session> }).sessions = others;
    const extra = { signal: new AbortController().signal, sendNotification: async (n: { method: string }) => void sent.push({ session: 's0', ...n }) };
    const ctx = { session: sessions[0]!, extra, progressToken: 1 } as unknown as CallContext;
    await answerImport(host, 'loggingMessage', [bytes('"x"'), 'info', undefined], ctx);
    await answerImport(host, 'progress', [{ tag: 'integer', val: 1n }, 1, undefined, undefined], ctx);
    // Another request's token (another client's, perhaps) is not this request's to use.
    await answerImport(host, 'progress', [{ tag: 'integer', val: 2n }, 1, undefined, undefined], ctx);
    expect(sent.map((s) => `${s.session} ${s.method}`)).toEqual(['s0 notifications/message', 's0 notifications/progress']);
  });

  it('routes resource-updated to subscribers and list-changed to everyone', async () => {
    const { host, sent, sessions } = fakeHost(2);
    host.subscriptions.add(sessions[1]!, 'note://1');
    await answerImport(host, 'resourceUpdated', ['note://1'], undefined);
    await answerImport(host, 'toolListChanged', [undefined], undefined);
    expect(sent.map((s) => `${s.session} ${s.method}`)).toEqual([
      's1 notifications/resources/updated',
      's0 notifications/tools/list_changed',
      's1 notifications/tools/list_changed',
    ]);
  });

  it('sends a request to the only session outside a handler, and refuses when ambiguous', async () => {
    const one = fakeHost(1);
    expect(await answerImport(one.host, 'listRoots', [undefined], undefined)).toEqual({ value: { roots: [{ uri: 'file:///r', meta: undefined, name: undefined }], meta: undefined } });
    const two = fakeHost(2);
    expect(await answerImport(two.host, 'listRoots', [undefined], undefined)).toMatchObject({ error: { code: { tag: 'invalid-request' } } });
    const ctx: CallContext = { session: two.sessions[1]! };
    expect(await answerImport(two.host, 'listRoots', [undefined], ctx)).toMatchObject({ value: { roots: [{ uri: 'file:///r' }] } });
    expect(two.sent.map((s) => s.session)).toEqual(['s1']);
  });

  it("checks the client's capability and passes its error response on", async () => {
    const { host, sent } = fakeHost();
    const params = { messages: [], maxTokens: 5n };
    expect(await answerImport(host, 'createMessage', [params], undefined)).toMatchObject({ error: { code: { tag: 'method-not-found' } } });
    expect(sent).toEqual([]);
    [...host.sessions][0]!.clientCapabilities = { sampling: {} };
    expect(await answerImport(host, 'createMessage', [params], undefined)).toEqual({
      error: { code: { tag: 'other', val: -1n }, message: 'refused sampling/createMessage', data: undefined },
    });
  });
});
