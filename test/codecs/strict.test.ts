// Strict envelopes and values (issue 15): what the JSON-RPC envelope and the schema require is
// refused when missing, on the text, tree and value paths alike, with the pointer of the member
// that failed; and the members a WIT value has no place for are reported to the caller (or
// refused with `strict`) instead of vanishing.
import { describe, expect, it } from 'vitest';
import * as V0618 from '../../generated/2025-06-18/codecs/index.js';
import * as V1125 from '../../generated/2025-11-25/codecs/index.js';
import * as V0728 from '../../generated/2026-07-28/codecs/index.js';

/** What these tests call of a library, whatever its version. */
interface Lib {
  decodeRequest(text: string, opts?: V0618.DecodeOptions): { id?: string | number; method: string; args: unknown[] };
  decodeResponse(text: string, method: string, opts?: V0618.DecodeOptions): { id?: string | number } & ({ result: unknown } | { error: unknown });
  methods: Record<string, { decodeParams(params: unknown): unknown[] }>;
}
const LIST_RESULT = { tools: [] };
/** 2026-07-28's results say how long they may be cached, and for whom. */
const LIST_RESULT_0728 = { resultType: 'complete', tools: [], ttlMs: 0, cacheScope: 'public' };
const LIBS: [string, Lib, Record<string, unknown>][] = [
  ['2025-06-18', V0618 as unknown as Lib, LIST_RESULT],
  ['2025-11-25', V1125 as unknown as Lib, LIST_RESULT],
  ['2026-07-28', V0728 as unknown as Lib, LIST_RESULT_0728],
];
/** The versions whose tools/list request is `{}`-params (2026-07-28 requires a request `_meta`). */
const OLDER = LIBS.filter(([v]) => v !== '2026-07-28');

/** The CodecError `run` throws (path and rule), or a failure when it throws none. */
function refusal(run: () => unknown): { path: string; rule: string; detail: string } {
  try {
    run();
  } catch (e) {
    const err = e as { name?: string; path: string; rule: string; detail: string };
    expect(err.name).toBe('CodecError');
    return { path: err.path, rule: err.rule, detail: err.detail };
  }
  throw new Error('expected a CodecError');
}

/** Padded past the tree path's lower bound, so both the tree and the text path are exercised. */
function padded(message: Record<string, unknown>): string[] {
  const small = JSON.stringify(message);
  return [small, small.replace(/^\{/, `{"pad":"${'x'.repeat(600)}",`)];
}

describe.each(OLDER)('MCP %s: a request must have its id', (_v, lib) => {
  it('a request without its id is refused; a notification has none', () => {
    for (const text of padded({ jsonrpc: '2.0', method: 'tools/list', params: {} })) {
      expect(refusal(() => lib.decodeRequest(text))).toMatchObject({ path: '', rule: 'required', detail: 'missing required property "id"' });
    }
    expect(lib.decodeRequest('{"jsonrpc":"2.0","method":"notifications/roots/list_changed"}').id).toBeUndefined();
  });

  it('a wrong type is reported at the member that has it, never at a child it does not have', () => {
    const text = '{"jsonrpc":"2.0","id":7,"result":{"tools":[{"inputSchema":{"required":{},"type":"object"},"name":"t"}]}}';
    expect(refusal(() => lib.decodeResponse(text, 'tools/list'))).toMatchObject({ path: '/result/tools/0/inputSchema/required', rule: 'type' });
  });

  it('params: null is refused on the value path of a list method, as on the text path', () => {
    expect(refusal(() => lib.methods['tools/list']!.decodeParams(null))).toMatchObject({ path: '/params', rule: 'type' });
    expect(refusal(() => lib.decodeRequest('{"jsonrpc":"2.0","id":1,"method":"tools/list","params":null}')).path).toBe('/params');
    expect(lib.methods['tools/list']!.decodeParams(undefined)).toBeDefined();
  });
});

describe.each(LIBS)('MCP %s: strict envelopes', (_v, lib, listResult) => {
  it('a result without its id is refused', () => {
    for (const text of padded({ jsonrpc: '2.0', result: listResult })) {
      expect(refusal(() => lib.decodeResponse(text, 'tools/list'))).toMatchObject({ path: '', rule: 'required' });
    }
  });

  it('an id beyond 2^53 is refused at /id (it would come back as another id)', () => {
    const result = JSON.stringify(listResult);
    for (const text of [`{"jsonrpc":"2.0","id":9007199254740993,"result":${result}}`, `{"pad":"${'x'.repeat(600)}","jsonrpc":"2.0","id":9007199254740993,"result":${result}}`]) {
      expect(refusal(() => lib.decodeResponse(text, 'tools/list')).path).toBe('/id');
    }
    expect(lib.decodeResponse(`{"jsonrpc":"2.0","id":9007199254740991,"result":${result}}`, 'tools/list').id).toBe(9007199254740991);
  });

  it('a number beyond a 64-bit float (1e400) is refused at its pointer, not decoded to Infinity', () => {
    for (const text of padded({ jsonrpc: '2.0', method: 'notifications/progress', params: { progressToken: 0, progress: 0 } })) {
      const bad = text.replace('"progress":0', '"progress":1e400');
      expect(refusal(() => lib.decodeRequest(bad))).toMatchObject({ path: '/params/progress', rule: 'finite' });
    }
  });

  it('params: null is refused on the value path of a list_changed notification', () => {
    expect(refusal(() => lib.methods['notifications/tools/list_changed']!.decodeParams(null))).toMatchObject({ path: '/params', rule: 'type' });
  });
});

describe('required params and error ids follow each version', () => {
  it('2025-11-25 notifications/cancelled requires params (text and value paths)', () => {
    for (const text of padded({ jsonrpc: '2.0', method: 'notifications/cancelled' })) {
      expect(refusal(() => V1125.decodeRequest(text))).toMatchObject({ path: '', detail: 'missing required property "params"' });
    }
    expect(refusal(() => V1125.methods['notifications/cancelled'].decodeParams(undefined)).detail).toBe('missing required property "params"');
    expect(V1125.decodeRequest('{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":1}}').method).toBe('notifications/cancelled');
  });

  it('an error response may lack its id from 2025-11-25 on, not before', () => {
    const text = '{"jsonrpc":"2.0","error":{"code":-32700,"message":"parse error"}}';
    expect(V0618.ERROR_RESPONSE_ID_REQUIRED).toBe(true);
    expect(refusal(() => V0618.decodeResponse(text, 'tools/list')).detail).toBe('missing required property "id"');
    expect(V1125.ERROR_RESPONSE_ID_REQUIRED).toBe(false);
    expect('error' in V1125.decodeResponse(text, 'tools/list')).toBe(true);
  });
});

describe('members the WIT value has no place for are reported, or refused with strict', () => {
  const call = '{"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"text","text":"a","x":1}]}}';

  it('onUnknown is told the pointer of each member the decoded value does not carry', () => {
    const seen: string[] = [];
    const r = V0618.decodeResponse(call, 'tools/call', { onUnknown: (p) => seen.push(p) });
    expect('result' in r).toBe(true);
    expect(seen).toEqual(['/result/content/0/x']);
  });

  it('strict refuses the message at the first such member', () => {
    expect(refusal(() => V0618.decodeResponse(call, 'tools/call', { strict: true }))).toMatchObject({ path: '/result/content/0/x', rule: 'not-carried' });
    const request = '{"jsonrpc":"2.0","id":2,"method":"tools/list","params":{"cursor":"c","x":1}}';
    expect(refusal(() => V0618.decodeRequest(request, { strict: true }))).toMatchObject({ path: '/params/x', rule: 'not-carried' });
  });

  it('a message the WIT carries whole reports nothing; without options nothing changes', () => {
    const seen: string[] = [];
    const ok = '{"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"text","text":"a"}],"isError":false}}';
    V0618.decodeResponse(ok, 'tools/call', { onUnknown: (p) => seen.push(p), strict: true });
    V0618.decodeRequest('{"jsonrpc":"2.0","id":3,"method":"tools/list","params":{}}', { strict: true });
    expect(seen).toEqual([]);
    expect('result' in V0618.decodeResponse(call, 'tools/call')).toBe(true);
  });

  it('unknownMembers compares members only, arrays element by element', () => {
    const { unknownMembers } = V0618;
    expect(unknownMembers({ a: 1, b: { c: [{ d: 1, e: 2 }] }, 'x/y': 0 }, { a: 2, b: { c: [{ d: 1 }] } })).toEqual(['/b/c/0/e', '/x~1y']);
    expect(unknownMembers([1, { a: 1 }], [1, {}], '/result')).toEqual(['/result/1/a']);
  });

  it('params encoded away entirely are reported member by member, on both paths', () => {
    // Empty list params encode to no params at all: the members are still named one by one.
    const seen: string[] = [];
    V0618.decodeRequest('{"jsonrpc":"2.0","id":4,"method":"tools/list","params":{"x":1,"a/b":2}}', { onUnknown: (p) => seen.push(p) });
    expect(seen).toEqual(['/params/x', '/params/a~1b']);
    const codec = V0618.methods['tools/list'];
    const back = codec.encodeParams(...codec.decodeParams({ x: 1 }));
    expect(back).toBeUndefined();
    expect(V0618.unknownMembers({ x: 1 }, back, '/params')).toEqual(['/params/x']);
  });
});
