// `codec roundtrip`'s verdicts against the official schema (compiler/emit/codecs/roundtrip.ts): a
// message the schema refuses is `invalid` when the codec refuses it too and a failure when the codec
// accepts it; a valid one is left to the round trip. A library that accepts everything stands in
// for a codec with that defect.
import { describe, expect, it } from 'vitest';
import type { CodecLibrary } from '../../compiler/emit/codecs/load.js';
import { backVerdict, invalidVerdict, summaryLine, verdictOf } from '../../compiler/emit/codecs/roundtrip.js';
import { messageReferee } from '../../compiler/schema/validate.js';
import { C } from './setup.js';

const referee = await messageReferee('2025-06-18');
const real = C as unknown as CodecLibrary;
const lenient: CodecLibrary = { ...real, decodeRequest: (t) => ({ method: 'tools/call', args: [t] }), decodeResponse: () => ({ result: {} }) };

describe('codec roundtrip verdicts', () => {
  it('a valid message: no verdict here (the round trip decides)', () => {
    expect(invalidVerdict(real, referee, undefined, { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 't' } })).toBeUndefined();
    expect(invalidVerdict(real, referee, 'tools/call', { jsonrpc: '2.0', id: 1, result: { content: [] } })).toBeUndefined();
  });

  it('invalid and refused by the codec: invalid, with both pointers', () => {
    const v = invalidVerdict(real, referee, undefined, { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 5 } });
    expect(v).toEqual({ status: 'invalid', text: 'invalid: not valid MCP 2025-06-18 at /params/name: must be string; the codec refuses it too (/params/name: must be a string, is a number (type))' });
  });

  it('invalid but accepted by the codec: a failure naming what the schema says', () => {
    expect(invalidVerdict(lenient, referee, undefined, { jsonrpc: '2.0', method: 'tools/call', params: { name: 't' } })).toEqual({
      status: 'fail',
      text: 'FAIL: accepted, though not valid MCP 2025-06-18 at /id: missing required member (a request has an id)',
    });
    expect(invalidVerdict(lenient, referee, 'logging/setLevel', { jsonrpc: '2.0', result: {} })?.text).toBe('FAIL: accepted, though not valid MCP 2025-06-18 at /id: missing required member');
  });

  it('an invalid message no codec carries (ping without id): invalid, for its handler to refuse', () => {
    expect(invalidVerdict(real, referee, undefined, { jsonrpc: '2.0', method: 'ping' })?.status).toBe('invalid');
  });

  it('a round trip: reported members are not expected back; anything else missing is a failure; strict fails on reports', () => {
    const message = { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 't', x: 1, _meta: { k: 1 } } };
    const back = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 't' } });
    expect(backVerdict(message, back, ['/params/x', '/params/_meta'], false)).toBe('ok, not carried (reported): /params/x, /params/_meta');
    expect(backVerdict(message, back, ['/params/x'], false)).toBe('FAIL: /params/_meta: {"k":1} != (absent)');
    expect(backVerdict(message, back, ['/params/x', '/params/_meta'], true)).toBe('FAIL: not carried (--strict): /params/x, /params/_meta');
    expect(verdictOf(backVerdict(message, back, ['/params/x', '/params/_meta'], false)).status).toBe('ok');
  });

  it('the summary counts each status', () => {
    const vs = [verdictOf('ok'), verdictOf('host-internal: the host handles ping'), verdictOf('FAIL: x'), { status: 'invalid' as const, text: 'invalid: y' }];
    expect(vs.map((v) => v.status)).toEqual(['ok', 'host-internal', 'fail', 'invalid']);
    expect(summaryLine(vs)).toBe('4 messages: 1 ok, 1 host-internal, 1 invalid (refused, as the schema requires), 1 FAIL');
  });
});
