// Every message kind, hand-written: JSON-RPC text -> WIT values -> JSON-RPC text gives the same
// message, and the value path (ajv + converters) and the text path (one pass) agree.
import { describe, expect, it } from 'vitest';
import { comparable } from './arbitrary.js';
import { ERRORS, EXAMPLES } from './examples.js';
import { C } from './setup.js';

type Codec = {
  kind: 'request' | 'notification';
  decodeParams(p: unknown): unknown[];
  encodeParams(...a: unknown[]): unknown;
  decodeResult?(r: unknown): unknown;
  encodeResult?(v: unknown): unknown;
};
const codecs = C.methods as unknown as Record<string, Codec>;
const decodeRequest = C.decodeRequest as (t: string) => { id?: string | number; method: string; args: unknown[] };
const encodeRequest = C.encodeRequest as (m: string, id: string | number | undefined, ...a: unknown[]) => string;
const decodeResponse = C.decodeResponse as (t: string, m: string) => { id?: string | number; result?: unknown; error?: unknown };
const encodeResponse = C.encodeResponse as (m: string, id: string | number, v: unknown) => string;

describe('every carried method has examples', () => {
  it('covers all methods of the generated registry', () => {
    const covered = new Set(EXAMPLES.map((e) => e.method));
    expect(Object.keys(C.methods).filter((m) => !covered.has(m))).toEqual([]);
  });
});

describe('requests and notifications', () => {
  EXAMPLES.forEach((ex, i) => {
    it(`${ex.method} #${i} params`, () => {
      const codec = codecs[ex.method] as Codec;
      const msg = { jsonrpc: '2.0', ...(codec.kind === 'request' ? { id: i } : {}), method: ex.method, ...(ex.params ? { params: ex.params } : {}) };
      const text = JSON.stringify(msg);
      const decoded = decodeRequest(text);
      expect(decoded.method).toBe(ex.method);
      const back = JSON.parse(encodeRequest(ex.method, decoded.id, ...decoded.args)) as Record<string, unknown>;
      expect({ ...back, params: back['params'] ?? {} }).toEqual({ ...msg, params: ex.params ?? {} });
      // The value path agrees with the text path.
      const args = codec.decodeParams(ex.params);
      expect(comparable(args)).toEqual(comparable(decoded.args));
      expect(codec.encodeParams(...args) ?? {}).toEqual(ex.params ?? {});
    });
    if (ex.result) {
      it(`${ex.method} #${i} result`, () => {
        const codec = codecs[ex.method] as Codec;
        const text = JSON.stringify({ jsonrpc: '2.0', id: 'r1', result: ex.result });
        const decoded = decodeResponse(text, ex.method);
        expect(decoded.id).toBe('r1');
        expect(JSON.parse(encodeResponse(ex.method, 'r1', decoded.result))).toEqual({ jsonrpc: '2.0', id: 'r1', result: ex.result });
        const ok = codec.decodeResult?.(ex.result);
        expect(comparable(ok)).toEqual(comparable(decoded.result));
        expect(codec.encodeResult?.(ok)).toEqual(ex.result);
      });
    }
  });
});

describe('errors', () => {
  for (const e of ERRORS) {
    it(`code ${String(e['code'])}`, () => {
      const w = C.decodeError(e);
      expect(C.encodeError(w)).toEqual(e);
      const text = JSON.stringify({ jsonrpc: '2.0', id: 3, error: e });
      const r = decodeResponse(text, 'tools/call');
      expect(comparable(r.error)).toEqual(comparable(w));
      expect(JSON.parse(C.encodeErrorResponse(3, w))).toEqual({ jsonrpc: '2.0', id: 3, error: e });
    });
  }
  it('maps known codes to their cases and others to `other`', () => {
    expect(C.decodeError({ code: -32602, message: 'm' }).code).toEqual({ tag: 'invalid-params' });
    expect(C.decodeError({ code: -1, message: 'm' }).code).toEqual({ tag: 'other', val: -1n });
  });
  it('refuses `other` with a code that has its own case', () => {
    expect(() => C.encodeError({ code: { tag: 'other', val: -32602n }, message: 'm' })).toThrow(C.CodecError);
  });
  it('turns what a jco function throws into an error object', () => {
    const payload = { code: { tag: 'resource-not-found' as const }, message: 'gone', data: undefined };
    expect(C.encodeThrown(Object.assign(new Error('gone'), { payload }))).toEqual({ code: -32002, message: 'gone' });
    expect(C.encodeThrown(new TypeError('trap'))).toEqual({ code: -32603, message: 'internal error' });
    expect(C.throwable({ code: -32601, message: 'nope' }).payload.code).toEqual({ tag: 'method-not-found' });
  });
});

describe('messages the proposal does not carry through a function', () => {
  for (const method of ['ping', 'notifications/cancelled', 'notifications/initialized']) {
    it(method, () => {
      try {
        decodeRequest(JSON.stringify({ jsonrpc: '2.0', id: 1, method }));
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(C.CodecError);
        expect((e as InstanceType<typeof C.CodecError>).rule).toBe('method');
      }
    });
  }
});

describe('envelopes', () => {
  it('reads params that come before the method', () => {
    const text = '{"params":{"name":"x"},"id":1,"method":"tools/call","jsonrpc":"2.0"}';
    expect(decodeRequest(text).args[0]).toBe('x');
  });
  it('reads keys written with escapes or spaced from their colon', () => {
    const text = '{ "jsonrpc" : "2.0" , "id" : 1 , "method" : "tools/call" , "params" : { "na\\u006de" : "x" , "arguments" :{"a" : [ 1 , {"b":null} ] } } }';
    const { args } = decodeRequest(text);
    expect(args[0]).toBe('x');
    expect(JSON.parse(new TextDecoder().decode(args[1] as Uint8Array))).toEqual({ a: [1, { b: null }] });
  });
  it('refuses a message without jsonrpc 2.0', () => {
    expect(() => decodeRequest('{"id":1,"method":"tools/call","params":{"name":"x"}}')).toThrow(/jsonrpc/);
    expect(() => decodeRequest('{"jsonrpc":"1.0","id":1,"method":"tools/call","params":{"name":"x"}}')).toThrow(C.CodecError);
  });
  it('refuses text after the message', () => {
    expect(() => decodeRequest('{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"x"}} x')).toThrow(C.CodecError);
  });
});

describe('repeated keys', () => {
  // JSON.parse semantics on every path: the last occurrence counts; an earlier one only has to be
  // well-formed JSON. Short messages take the text path, padded ones (past 512 characters) may take the tree path.
  const long = (text: string): string => text.replace('"jsonrpc":"2.0"', `"jsonrpc":"2.0","_pad":"${'p'.repeat(600)}"`);
  const sameOnEveryPath = (text: string, value: () => unknown, decode: (t: string) => unknown): unknown => {
    const a = comparable(decode(text));
    expect(comparable(decode(long(text)))).toEqual(a);
    expect(comparable(value())).toEqual(comparable((a as { args?: unknown; result?: unknown }).args ?? (a as { result?: unknown }).result));
    return a;
  };

  it('an invalid earlier property value is void when a later one is valid', () => {
    const text = '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":5,"arguments":{},"name":"x"}}';
    const r = sameOnEveryPath(text, () => codecs['tools/call']!.decodeParams({ name: 'x', arguments: {} }), decodeRequest) as { args: unknown[] };
    expect(r.args[0]).toBe('x');
    expect(() => decodeRequest('{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"x","name":5}}')).toThrow(C.CodecError);
  });

  it('a map keeps a key at its first place with its last value', () => {
    const text = '{"jsonrpc":"2.0","id":1,"result":{"action":"accept","content":{"a":{},"b":true,"a":"ok"}}}';
    const r = sameOnEveryPath(text, () => codecs['elicitation/create']!.decodeResult!({ action: 'accept', content: { a: 'ok', b: true } }), (t) => decodeResponse(t, 'elicitation/create')) as { result: { content: unknown } };
    expect(r.result.content).toEqual([['a', { tag: 'string', val: 'ok' }], ['b', { tag: 'boolean', val: true }]].map(([k, v]) => [k, v]));
  });

  it('in the envelope: jsonrpc, id, params, and a method that comes after the params', () => {
    const a = decodeRequest('{"jsonrpc":"1.0","jsonrpc":"2.0","id":null,"id":3,"method":"tools/call","params":{"name":5},"params":{"name":"x"}}');
    expect(a).toEqual({ id: 3, method: 'tools/call', args: ['x', undefined] });
    const b = decodeRequest('{"jsonrpc":"2.0","id":1,"method":"ping","params":{"name":"x"},"method":"tools/call"}');
    expect(b).toEqual({ id: 1, method: 'tools/call', args: ['x', undefined] });
    expect(() => decodeRequest('{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"x"},"result":{}}')).toThrow(/one of params, result, error/);
  });

  it('inside json values too: a tool schema whose earlier "type" is not "object"', () => {
    const text = '{"jsonrpc":"2.0","id":1,"result":{"tools":[{"name":"t","inputSchema":{"type":"string","type":"object"}}]}}';
    const r = decodeResponse(text, 'tools/list') as { result: { tools: { inputSchema: Uint8Array }[] } };
    expect(new TextDecoder().decode(r.result.tools[0]?.inputSchema)).toBe('{"type":"string","type":"object"}');
    expect(() => decodeResponse(text.replace('"type":"string","type":"object"', '"type":"object","type":"string"'), 'tools/list')).toThrow(C.CodecError);
  });

  it('the last discriminator counts, as in JSON.parse', () => {
    const text = '{"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"image","type":"text","text":"x"}]}}';
    const r = decodeResponse(text, 'tools/call') as { result: { content: { tag: string }[] } };
    expect(r.result.content[0]?.tag).toBe('text');
    const v = codecs['tools/call']?.decodeResult?.(JSON.parse(text).result) as { content: { tag: string }[] };
    expect(v.content[0]?.tag).toBe('text');
  });
});
