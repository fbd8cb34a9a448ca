// The host's pure parts: paging and cursors, duplicate detection, log-level filtering,
// subscription bookkeeping, and the error mappings.

import { describe, expect, it } from 'vitest';
import { fromComponentError, fromSdkError, invalidParams, RpcError, toComponentError, witError } from '../../compiler/host/errors.js';
import { decodeCursor, encodeCursor, firstDuplicate, InvalidCursor, keyOf, page } from '../../compiler/host/registry.js';
import { admits, isWithin, LOG_LEVELS, SubscriptionTable } from '../../compiler/host/sessions.js';
import { CodecError } from '../../generated/2025-06-18/codecs/index.js';

describe('paging', () => {
  const items = ['a', 'b', 'c', 'd', 'e'];

  it('walks every item once, in order, page by page', () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const p = page('tools', items, cursor, 2);
      seen.push(...p.items);
      cursor = p.nextCursor;
      pages++;
    } while (cursor !== undefined);
    expect(seen).toEqual(items);
    expect(pages).toBe(3);
  });

  it('has no nextCursor when everything fits, and an empty list is one empty page', () => {
    expect(page('tools', items, undefined, 10)).toEqual({ items });
    expect(page('prompts', [], undefined, 10)).toEqual({ items: [] });
  });

  it('rejects foreign, malformed and expired cursors', () => {
    expect(() => page('tools', items, encodeCursor('prompts', 2), 2)).toThrow(InvalidCursor);
    expect(() => page('tools', items, 'garbage!', 2)).toThrow(InvalidCursor);
    expect(() => decodeCursor('tools', encodeCursor('tools', 9), 5)).toThrow(/expired/);
    expect(() => decodeCursor('tools', encodeCursor('tools', 0), 5)).toThrow(InvalidCursor);
    expect(decodeCursor('tools', encodeCursor('tools', 5), 5)).toBe(5);
  });

  it('keys each list by what must be unique in it', () => {
    expect(keyOf('tools', { name: 't', inputSchema: { type: 'object' } })).toBe('t');
    expect(keyOf('resources', { uri: 'x://1', name: 'n' })).toBe('x://1');
    expect(keyOf('resourceTemplates', { uriTemplate: 'x://{id}', name: 'n' })).toBe('x://{id}');
    expect(firstDuplicate(['a', 'b', 'a'])).toBe('a');
    expect(firstDuplicate(['a', 'b'])).toBeUndefined();
  });
});

describe('log levels', () => {
  it('admits a message at or above the threshold, and everything without one', () => {
    expect(admits('error', 'warning')).toBe(true);
    expect(admits('warning', 'warning')).toBe(true);
    expect(admits('info', 'warning')).toBe(false);
    for (const l of LOG_LEVELS) expect(admits(l, undefined)).toBe(true);
    expect(admits('debug', 'emergency')).toBe(false);
  });
});

describe('subscriptions', () => {
  it('reports the first subscriber and the last unsubscriber of a URI', () => {
    const t = new SubscriptionTable<string>();
    expect(t.wouldBeFirst('u')).toBe(true);
    expect(t.add('a', 'u')).toBe(true);
    expect(t.add('b', 'u')).toBe(false);
    expect(t.wouldBeLast('a', 'u')).toBe(false);
    expect(t.remove('a', 'u')).toBe(false);
    expect(t.wouldBeLast('b', 'u')).toBe(true);
    expect(t.remove('b', 'u')).toBe(true);
    expect(t.remove('b', 'u')).toBe(false);
  });

  it('drops a closed session and returns the URIs it left without subscribers', () => {
    const t = new SubscriptionTable<string>();
    t.add('a', 'u1');
    t.add('a', 'u2');
    t.add('b', 'u2');
    expect(t.drop('a')).toEqual(['u1']);
    expect(t.uris()).toEqual(['u2']);
  });

  it('notifies subscribers of a resource and of what contains it', () => {
    const t = new SubscriptionTable<string>();
    t.add('a', 'file:///dir');
    t.add('b', 'file:///dir/x');
    t.add('c', 'file:///dirt');
    expect([...t.subscribers('file:///dir/x')].sort()).toEqual(['a', 'b']);
    expect(isWithin('file:///dir#frag', 'file:///dir')).toBe(true);
    expect(isWithin('file:///dirt', 'file:///dir')).toBe(false);
    expect(isWithin('note://1/a', 'note://1/')).toBe(true);
  });
});

describe('errors', () => {
  it('maps a component error case to its JSON-RPC code, and other(n) to n', () => {
    expect(fromComponentError({ code: { tag: 'resource-not-found' }, message: 'gone' }).toJson()).toEqual({ code: -32002, message: 'gone' });
    expect(fromComponentError({ code: { tag: 'other', val: -1n }, message: 'no' }).code).toBe(-1);
    const data = new TextEncoder().encode('{"why":1}');
    expect(fromComponentError({ code: { tag: 'invalid-params' }, message: 'm', data }).data).toEqual({ why: 1 });
  });

  it('turns a malformed component error into an internal error', () => {
    const bad = fromComponentError({ code: { tag: 'invalid-params' }, message: 'm', data: new TextEncoder().encode('{') });
    expect(bad.code).toBe(-32603);
    expect(fromComponentError({ code: { tag: 'other', val: -32602n }, message: 'm' }).code).toBe(-32603);
  });

  it('builds WIT errors through the codec, known codes as their case', () => {
    expect(witError('method-not-found', 'x')).toEqual({ code: { tag: 'method-not-found' }, message: 'x', data: undefined });
    expect(toComponentError({ code: -7, message: 'y' })).toEqual({ code: { tag: 'other', val: -7n }, message: 'y', data: undefined });
  });

  it("strips the SDK's McpError prefix, keeps the peer's code and data", () => {
    const e = Object.assign(new Error('MCP error -32001: Request timed out'), { code: -32001, data: { timeout: 5 } });
    expect(fromSdkError(e)).toEqual({ code: -32001, message: 'Request timed out', data: { timeout: 5 } });
    expect(fromSdkError(new Error('boom'))).toEqual({ code: -32603, message: 'boom' });
  });

  it('reports a codec rejection as invalid params with its JSON pointer', () => {
    const e = invalidParams(new CodecError('/params/name', 'type', 'must be string'));
    expect(e).toBeInstanceOf(RpcError);
    expect(e.toJson()).toMatchObject({ code: -32602, data: { path: '/params/name', rule: 'type' } });
  });
});
