// What issue 15 found dropped is now carried (both paths, every version whose library's WIT has a
// place for it): EmptyResult's `_meta`, the whole payload of 2025-11-25's `tasks/result`, and the
// `_meta` MCP gives every request's params (the `base-meta` normalization). Where the WIT is frozen
// without a place for it (the released 0.1.0 package behind the 2025-06-18 library) it stays
// reported, never silent.
import { describe, expect, it } from 'vitest';
import * as V1105 from '../../generated/2024-11-05/codecs/index.js';
import * as V0326 from '../../generated/2025-03-26/codecs/index.js';
import * as V0618 from '../../generated/2025-06-18/codecs/index.js';
import * as V1125 from '../../generated/2025-11-25/codecs/index.js';

/** What these tests call of a library, whatever its version. */
interface Lib {
  decodeRequest(text: string, opts?: V0618.DecodeOptions): { id?: string | number; method: string; args: unknown[] };
  decodeResponse(text: string, method: string, opts?: V0618.DecodeOptions): { id?: string | number; result?: unknown; error?: unknown };
  encodeRequest(method: string, id: string | number | undefined, ...args: unknown[]): string;
  encodeResponse(method: string, id: string | number, value: unknown): string;
  methods: Record<string, { decodeParams(params: unknown): unknown[]; encodeParams(...args: unknown[]): unknown; decodeResult(result: unknown): unknown; encodeResult(value: unknown): unknown }>;
}
const lib = (l: unknown): Lib => l as Lib;
/** The libraries generated against a package `generate wit` wrote (they carry what MCP sends). */
const CARRYING: [string, Lib][] = [
  ['2024-11-05', lib(V1105)],
  ['2025-03-26', lib(V0326)],
  ['2025-11-25', lib(V1125)],
];

/** Long enough for the tree path (512 characters on), where a kind has one: tests pass both sizes. */
const LONG = 'x'.repeat(600);
const layouts = (message: Record<string, unknown>): string[] => [JSON.stringify(message)];

/** Decodes on the text path (reporting what is not carried) and encodes back: the same message, nothing reported. */
function responseRoundTrip(l: Lib, method: string, result: Record<string, unknown>): void {
  for (const text of layouts({ jsonrpc: '2.0', id: 3, result })) {
    const unknown: string[] = [];
    const r = l.decodeResponse(text, method, { onUnknown: (p) => unknown.push(p) });
    expect(unknown, `${method}: nothing unreported, nothing dropped`).toEqual([]);
    expect(JSON.parse(l.encodeResponse(method, 3, r.result))).toEqual({ jsonrpc: '2.0', id: 3, result });
  }
  // the value path: ajv, then the converter, and back
  const codec = l.methods[method]!;
  expect(codec.encodeResult(codec.decodeResult(result))).toEqual(result);
}

function requestRoundTrip(l: Lib, method: string, params: Record<string, unknown>): void {
  for (const text of layouts({ jsonrpc: '2.0', id: 4, method, params })) {
    const unknown: string[] = [];
    const r = l.decodeRequest(text, { onUnknown: (p) => unknown.push(p) });
    expect(unknown, `${method}: nothing unreported, nothing dropped`).toEqual([]);
    expect(JSON.parse(l.encodeRequest(method, 4, ...r.args))).toEqual({ jsonrpc: '2.0', id: 4, method, params });
  }
  const codec = l.methods[method]!;
  expect(codec.encodeParams(...codec.decodeParams(params))).toEqual(params);
}

describe.each(CARRYING)('MCP %s: EmptyResult is carried whole (json), its `_meta` included', (_v, l) => {
  it.each(['ping', 'logging/setLevel', 'resources/subscribe', 'resources/unsubscribe'])('%s', (method) => {
    responseRoundTrip(l, method, { _meta: { progressToken: 'p', 'example.com/k': [1, { a: null }] } });
    responseRoundTrip(l, method, {});
    responseRoundTrip(l, method, { _meta: { long: LONG } });
    // the ok value is the result's JSON text
    const r = l.decodeResponse('{"jsonrpc":"2.0","id":1,"result":{"_meta":{"k":1}}}', method);
    expect(new TextDecoder().decode(r.result as Uint8Array)).toBe('{"_meta":{"k":1}}');
  });

  it('a result that is not an object is refused, on both paths', () => {
    expect(() => l.decodeResponse('{"jsonrpc":"2.0","id":1,"result":[]}', 'ping')).toThrow(/object/);
    expect(() => l.methods['ping']!.decodeResult([])).toThrow();
  });
});

describe('MCP 2025-11-25: tasks/result carries the original request’s result', () => {
  const l = lib(V1125);
  it('a tools/call result, with its `_meta` and every member, both ways on both paths', () => {
    responseRoundTrip(l, 'tasks/result', {
      _meta: { 'io.modelcontextprotocol/related-task': { taskId: 't' }, k: 1 },
      content: [{ type: 'text', text: 'a', x: 1 }],
      structuredContent: { n: 1 },
      isError: false,
    });
    responseRoundTrip(l, 'tasks/result', { messages: [], x: null, long: LONG });
  });
});

describe('base-meta: every request and notification carries the `_meta` of the base Request/Notification', () => {
  it('2025-11-25 tasks requests, and elicitation/complete', () => {
    const l = lib(V1125);
    requestRoundTrip(l, 'tasks/get', { _meta: { progressToken: 'p', k: 1 }, taskId: 't' });
    requestRoundTrip(l, 'tasks/result', { _meta: { progressToken: 7 }, taskId: 't' });
    requestRoundTrip(l, 'tasks/cancel', { _meta: { 'example.com/x': [true] }, taskId: 't' });
    requestRoundTrip(l, 'tasks/get', { _meta: { progressToken: LONG }, taskId: LONG });
    const text = '{"jsonrpc":"2.0","method":"notifications/elicitation/complete","params":{"_meta":{"k":1},"elicitationId":"e"}}';
    expect(JSON.parse(l.encodeRequest('notifications/elicitation/complete', undefined, ...l.decodeRequest(text).args))).toEqual(JSON.parse(text));
  });

  it.each([
    ['2024-11-05', lib(V1105)],
    ['2025-03-26', lib(V0326)],
  ])('%s tools/call and resources/read: the progress token (the only `_meta` member those versions declare)', (_v, l) => {
    requestRoundTrip(l, 'tools/call', { _meta: { progressToken: 'p' }, name: 't', arguments: { a: 1 } });
    requestRoundTrip(l, 'resources/read', { _meta: { progressToken: 3 }, uri: 'file:///a' });
    requestRoundTrip(l, 'tools/call', { _meta: { progressToken: LONG }, name: LONG });
    // A `_meta` that is not an object is refused, on both paths (schema.ts: `_meta` is an object).
    expect(() => l.decodeRequest('{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"_meta":5,"name":"t"}}')).toThrow();
    expect(() => l.methods['tools/call']!.decodeParams({ _meta: 5, name: 't' })).toThrow();
  });
});

describe('MCP 2025-06-18 (the released 0.1.0 WIT, frozen): what it has no place for stays reported', () => {
  it('the issue’s tools/call `_meta` is reported at its pointer, both paths', () => {
    const text = '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"t","_meta":{"progressToken":"p","k":1}}}';
    const seen: string[] = [];
    const { args } = V0618.decodeRequest(text, { onUnknown: (p) => seen.push(p) });
    expect(seen).toEqual(['/params/_meta']);
    const params = JSON.parse(text).params as Record<string, unknown>;
    expect(V0618.unknownMembers(params, V0618.methods['tools/call'].encodeParams(...(args as V0618.ArgsOf<'tools/call'>)), '/params')).toEqual(['/params/_meta']);
    // `_meta` is an object (schema.ts), carried or not
    expect(() => V0618.decodeRequest(text.replace('{"progressToken":"p","k":1}', '5'))).toThrow();
  });

  it('EmptyResult `_meta` (`result<_, error>` in 0.1.0) is reported', () => {
    const seen: string[] = [];
    V0618.decodeResponse('{"jsonrpc":"2.0","id":1,"result":{"_meta":{"k":1}}}', 'logging/setLevel', { onUnknown: (p) => seen.push(p) });
    expect(seen).toEqual(['/result/_meta']);
  });
});

describe('task-results: a task-augmented request answers its result or CreateTaskResult (MCP 2025-11-25)', () => {
  const l = lib(V1125);
  const task = { taskId: 't1', status: 'working', createdAt: '2025-11-25T00:00:00Z', lastUpdatedAt: '2025-11-25T00:00:01Z', ttl: null, pollInterval: 500 };
  it.each([
    ['tools/call', { content: [{ type: 'text', text: 'a' }] }, 'call-tool-result'],
    ['sampling/createMessage', { role: 'assistant', content: { type: 'text', text: 'a' }, model: 'm' }, 'create-message-result'],
    ['elicitation/create', { action: 'decline' }, 'elicit-result'],
  ])('%s: both forms, both ways, on both paths', (method, normal, tag) => {
    responseRoundTrip(l, method, normal);
    responseRoundTrip(l, method, { task });
    responseRoundTrip(l, method, { _meta: { 'io.modelcontextprotocol/model-immediate-response': 'soon', long: LONG }, task: { ...task, statusMessage: 'queued', ttl: 60000 } });
    expect((l.decodeResponse(JSON.stringify({ jsonrpc: '2.0', id: 1, result: normal }), method).result as { tag: string }).tag).toBe(tag);
    expect(l.decodeResponse(JSON.stringify({ jsonrpc: '2.0', id: 1, result: { task } }), method).result).toMatchObject({ tag: 'create-task-result', val: { task: { taskId: 't1', ttl: undefined } } });
    // neither form: refused on both paths
    expect(() => l.decodeResponse('{"jsonrpc":"2.0","id":1,"result":{"task":{"taskId":"t"}}}', method)).toThrow();
    expect(() => l.methods[method]!.decodeResult({ task: { taskId: 't' } })).toThrow();
  });
});
