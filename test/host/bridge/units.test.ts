// The bridge's pure parts (version selection, capability, shape and error translation, input
// requests per version, origins) and its bounds (message size on a transport, the size of a
// retry, subscriptions per session).

import { describe, expect, it } from 'vitest';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { ElicitRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { legacyServerCapabilities, modernClientCapabilities } from '../../../compiler/host/bridge/capabilities.js';
import { isOwnOrigin } from '../../../compiler/host/bridge/http.js';
import { legacyInputRequest } from '../../../compiler/host/bridge/input.js';
import { isWithin } from '../../../compiler/host/bridge/session.js';
import { legacyError, legacyResult, modernParams } from '../../../compiler/host/bridge/translate.js';
import { negotiateVersion } from '../../../compiler/host/bridge/versions.js';
import { fixture } from './helpers.js';

describe('version selection', () => {
  it('answers a supported version with itself, anything else with the latest legacy version', () => {
    expect(negotiateVersion('2025-06-18')).toBe('2025-06-18');
    expect(negotiateVersion('2025-11-25')).toBe('2025-11-25');
    expect(negotiateVersion('2026-07-28')).toBe('2025-11-25');
    expect(negotiateVersion('2024-11-05')).toBe('2025-11-25');
    expect(negotiateVersion(undefined)).toBe('2025-11-25');
  });
});

describe('capabilities', () => {
  it('client capabilities keep what the bridge can carry out for the version', () => {
    const caps = { roots: { listChanged: true }, sampling: { tools: {}, context: {} }, elicitation: { url: {} }, tasks: { requests: {} }, experimental: { x: {} } };
    expect(modernClientCapabilities('2025-11-25', caps)).toEqual({ experimental: { x: {} }, roots: {}, sampling: { tools: {}, context: {} }, elicitation: { url: {} } });
    expect(modernClientCapabilities('2025-06-18', caps)).toEqual({ experimental: { x: {} }, roots: {}, sampling: {}, elicitation: { form: {} } });
    expect(modernClientCapabilities('2025-11-25', { elicitation: {} })).toEqual({ elicitation: { form: {} } });
    expect(modernClientCapabilities('2025-11-25', 'nonsense')).toEqual({});
    expect(modernClientCapabilities('2025-11-25', { experimental: { ok: {}, bad: 1 } })).toEqual({ experimental: { ok: {} } });
  });

  it('server capabilities lose extensions and unknown members', () => {
    expect(legacyServerCapabilities({ tools: { listChanged: true, x: 1 }, extensions: { a: {} }, logging: {} })).toEqual({ tools: { listChanged: true }, logging: {} });
  });
});

describe('shapes', () => {
  it('request params: reserved meta keys and bridge-only members are replaced', () => {
    const p = modernParams(
      { name: 't', arguments: {}, requestState: 'forged', inputResponses: {}, task: { ttl: 1 }, _meta: { progressToken: 7, 'io.modelcontextprotocol/clientCapabilities': { sampling: {} }, 'com.example/x': 1 } },
      { 'io.modelcontextprotocol/protocolVersion': '2026-07-28', 'io.modelcontextprotocol/clientCapabilities': {} },
    );
    expect(p).toEqual({
      name: 't',
      arguments: {},
      _meta: { progressToken: 7, 'com.example/x': 1, 'io.modelcontextprotocol/protocolVersion': '2026-07-28', 'io.modelcontextprotocol/clientCapabilities': {} },
    });
  });

  it('results lose 2026-only members and keep the rest of _meta', () => {
    const r = legacyResult('2025-06-18', 'resources/list', {
      resultType: 'complete',
      ttlMs: 5,
      cacheScope: 'public',
      resources: [{ uri: 'a', name: 'a', icons: [] }],
      _meta: { 'io.modelcontextprotocol/serverInfo': { name: 's', version: '1' }, 'com.example/k': 1 },
    });
    expect(r).toEqual({ resources: [{ uri: 'a', name: 'a' }], _meta: { 'com.example/k': 1 } });
    expect(legacyResult('2025-11-25', 'tools/call', { resultType: 'complete', content: [], structuredContent: 'text' })).toEqual({ content: [] });
    expect(legacyResult('2025-11-25', 'tools/call', { resultType: 'complete', content: [], structuredContent: { a: 1 } })).toEqual({ content: [], structuredContent: { a: 1 } });
  });

  it('resource-not-found goes back to -32002 (with the URI); a refusal of the params\' shape and other errors are unchanged', () => {
    expect(legacyError('resources/read', { code: -32602, message: 'Resource not found', data: { uri: 'x' } }).code).toBe(-32002);
    expect(legacyError('resources/read', { code: -32602, message: 'no note' }, { uri: 'note://9' })).toEqual({ code: -32002, message: 'no note', data: { uri: 'note://9' } });
    expect(legacyError('resources/read', { code: -32602, message: 'bad', data: { path: '/params/uri', rule: 'type' } }).code).toBe(-32602);
    expect(legacyError('tools/call', { code: -32602, message: 'x', data: { uri: 'x' } }).code).toBe(-32602);
  });
});

describe('input requests per version', () => {
  const all = { elicitation: {}, sampling: {}, roots: {} };
  it('2025-06-18: enums as enumNames; multi-select, URL mode and tools are refused', () => {
    const r = legacyInputRequest('2025-06-18', all, {
      method: 'elicitation/create',
      params: { mode: 'form', message: 'm', requestedSchema: { $schema: 'x', type: 'object', properties: { e: { type: 'string', enum: ['a'], default: 'a' }, n: { type: 'number', default: 1 } } } },
    });
    expect(r.params).toEqual({ message: 'm', requestedSchema: { type: 'object', properties: { e: { type: 'string', enum: ['a'] }, n: { type: 'number' } } } });
    expect(() => legacyInputRequest('2025-06-18', all, { method: 'elicitation/create', params: { mode: 'url', message: 'm', url: 'https://x' } })).toThrow(
      expect.objectContaining({ code: -32021 }),
    );
    expect(() => legacyInputRequest('2025-06-18', all, { method: 'sampling/createMessage', params: { messages: [], maxTokens: 1, tools: [] } })).toThrow(expect.objectContaining({ code: -32021 }));
    expect(() =>
      legacyInputRequest('2025-06-18', all, { method: 'sampling/createMessage', params: { messages: [{ role: 'user', content: [{ type: 'text', text: 'a' }, { type: 'text', text: 'b' }] }], maxTokens: 1 } }),
    ).toThrow(expect.objectContaining({ code: -32603 }));
  });

  it('2025-11-25: URL elicitations get an id; form mode needs form (or an empty capability)', () => {
    const r = legacyInputRequest('2025-11-25', { elicitation: { url: {} } }, { method: 'elicitation/create', params: { mode: 'url', message: 'm', url: 'https://x' } });
    expect(r.elicitationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.params).toMatchObject({ mode: 'url', elicitationId: r.elicitationId });
    expect(() => legacyInputRequest('2025-11-25', { elicitation: { url: {} } }, { method: 'elicitation/create', params: { message: 'm', requestedSchema: { type: 'object', properties: {} } } })).toThrow(
      expect.objectContaining({ code: -32021 }),
    );
    expect(legacyInputRequest('2025-11-25', { sampling: { tools: {} } }, { method: 'sampling/createMessage', params: { messages: [], maxTokens: 1, tools: [] } }).method).toBe('sampling/createMessage');
  });

  it('a method that is no input request is the server\'s error', () => {
    expect(() => legacyInputRequest('2025-11-25', all, { method: 'tools/call', params: {} })).toThrow(expect.objectContaining({ code: -32603 }));
    expect(() => legacyInputRequest('2025-11-25', all, 'x')).toThrow(expect.objectContaining({ code: -32603 }));
  });
});

describe('origins and URIs', () => {
  it('the server\'s own origin is its Host, or loopback at the same port', () => {
    expect(isOwnOrigin('http://127.0.0.1:3000', '127.0.0.1:3000')).toBe(true);
    expect(isOwnOrigin('http://localhost:3000', '127.0.0.1:3000')).toBe(true);
    expect(isOwnOrigin('http://localhost:3001', '127.0.0.1:3000')).toBe(false);
    expect(isOwnOrigin('http://evil.example:3000', '127.0.0.1:3000')).toBe(false);
    expect(isOwnOrigin('null', '127.0.0.1:3000')).toBe(false);
  });

  it('a resource update concerns subscribers of the resource or of what it is part of', () => {
    expect(isWithin('a/b', 'a')).toBe(true);
    expect(isWithin('a#x', 'a')).toBe(true);
    expect(isWithin('ab', 'a')).toBe(false);
    expect(isWithin('dir/x', 'dir/')).toBe(true);
  });
});

describe('initialize', () => {
  it('a clientInfo without a name and a version is not passed on', async () => {
    const f = fixture();
    const { client } = await f.pair();
    await client.start();
    await client.send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 5 } } });
    while (!f.core.requests.some((r) => r.method === 'server/discover')) await new Promise((r) => setTimeout(r, 5));
    expect(f.core.requests[0]!.params._meta).not.toHaveProperty('io.modelcontextprotocol/clientInfo');
    await f.bridge.close();
  });
});

describe('bounds', () => {
  it('a message over the size limit on a transport is refused with -32600 before the session sees it', async () => {
    const f = fixture({ maxMessageBytes: 300 });
    const { client } = await f.pair();
    const replies: { id?: number; error?: { code: number }; result?: unknown }[] = [];
    client.onmessage = (m) => void replies.push(m as never);
    await client.start();
    await client.send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'x'.repeat(400), version: '0' } } });
    await client.send({ jsonrpc: '2.0', id: 2, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'x', version: '0' } } });
    await new Promise((r) => setTimeout(r, 50));
    expect(replies.find((r) => r.id === 1)!.error!.code).toBe(-32600);
    expect(replies.find((r) => r.id === 2)!.result).toBeDefined();
    expect(f.core.requests.filter((r) => r.method === 'server/discover')).toHaveLength(1);
    await f.bridge.close();
  });

  it('a retry made too large by the client\'s answers is refused, and so is a subscription over the limit', async () => {
    const f = fixture({ maxMessageBytes: 3200, maxSubscriptions: 1 });
    const { client: transport } = await f.pair();
    const client = new Client({ name: 'c', version: '1' }, { capabilities: { elicitation: {} } });
    client.setRequestHandler(ElicitRequestSchema, async () => ({ action: 'accept', content: { name: 'y'.repeat(3000) } }));
    await client.connect(transport);
    await expect(client.callTool({ name: 'ask-name', arguments: {} })).rejects.toMatchObject({ code: -32600, message: expect.stringContaining('over the limit of 3200') });
    await client.subscribeResource({ uri: 'note://a' });
    await expect(client.subscribeResource({ uri: 'note://b' })).rejects.toMatchObject({ code: -32010 });
    await f.bridge.close();
  });
});
