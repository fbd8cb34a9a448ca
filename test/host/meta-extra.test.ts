// The request `_meta` beyond MCP's reserved keys reaches the component (the meta record's
// `extra`, JSON object text), and the component's result-meta `extra` reaches the client's result
// `_meta`: nothing a client or a component puts in `_meta` is lost by the host. A reserved key can
// only travel in its own field: in `extra` it is refused (a component cannot write the serverInfo
// or a subscription id through it; a client's reserved keys are decoded into their fields).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../compiler/host/index.js';
import { BUILD_TIMEOUT, exampleWasm, inProcessHost } from './helpers.js';
import { post, withMeta } from './modern.js';
import { methods } from '../../generated/2026-07-28/codecs/index.js';
import type { CallOutcome } from '../../compiler/host/instance.js';
import { WireCore } from '../../compiler/host/wire/core.js';
import { answerImport } from '../../compiler/host/wire/imports.js';
import { emptyRegistrations, type WireState } from '../../compiler/host/wire/state.js';
import { modernParams } from '../../compiler/host/bridge/translate.js';

const utf8 = (v: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(v));
const json = (b: unknown): unknown => (b === undefined ? undefined : JSON.parse(new TextDecoder().decode(b as Uint8Array)));
const META = {
  'io.modelcontextprotocol/protocolVersion': '2026-07-28',
  'io.modelcontextprotocol/clientCapabilities': {},
  'io.modelcontextprotocol/logLevel': 'info',
  progressToken: 'p1',
};

/** A core over a fake backend whose tools/call answers `reply` and keeps the arguments it got. */
function core(reply: () => unknown): { core: WireCore; calls: unknown[][] } {
  const state: WireState = { settings: { pageSize: 10, log: () => undefined }, registrations: emptyRegistrations(), served: false, streams: new Set() };
  const info = { name: 's', version: '1', title: undefined, description: undefined, icons: undefined, websiteUrl: undefined };
  const caps = { tools: { listChanged: undefined }, completions: undefined, experimental: undefined, extensions: undefined, logging: undefined, prompts: undefined, resources: undefined };
  expect(answerImport(state, 'registerServer', [info, caps, undefined, ['2026-07-28'], 0n, 'public'], undefined)).toEqual({ value: undefined });
  const tool = { name: 't', inputSchema: utf8({ type: 'object' }), annotations: undefined, description: undefined, execution: undefined, icons: undefined, meta: undefined, outputSchema: undefined, title: undefined };
  expect(answerImport(state, 'registerTools', [[tool], 0n, 'public'], undefined)).toEqual({ value: undefined });
  const calls: unknown[][] = [];
  const backend = {
    call: (_fn: string, args: unknown[]): Promise<CallOutcome> => {
      calls.push(args);
      return Promise.resolve({ kind: 'ok', value: reply() });
    },
  };
  return { core: new WireCore(state, backend, { maxStreams: 4 }), calls };
}

const callTool = (meta: Record<string, unknown>) => ({ id: 1, method: 'tools/call', params: { _meta: meta, name: 't', arguments: {} } });
const complete = (resultMeta: Record<string, unknown>) => methods['tools/call'].decodeResult({ resultType: 'complete', content: [], _meta: resultMeta });
const signal = new AbortController().signal;

describe('the host carries every _meta key (2026-07-28 core)', () => {
  it('the request _meta beyond the reserved keys reaches the component in meta.extra; the reserved ones in their fields', async () => {
    const { core: c, calls } = core(() => complete({}));
    const reply = await c.handle(callTool({ ...META, 'com.example/trace': 'x', traceparent: '00-abc-01', nested: { a: [1, 2] } }), { send: () => undefined }, signal);
    expect(reply).toMatchObject({ result: { resultType: 'complete' } });
    const meta = calls[0]![0] as { extra?: Uint8Array; logLevel?: string; progressToken?: unknown };
    expect(json(meta.extra)).toEqual({ 'com.example/trace': 'x', traceparent: '00-abc-01', nested: { a: [1, 2] } });
    expect(meta.logLevel).toBe('info');
    expect(meta.progressToken).toEqual({ tag: 'string', val: 'p1' });
    // Nothing beyond the reserved keys: no extra at all.
    await c.handle(callTool(META), { send: () => undefined }, signal);
    expect((calls[1]![0] as { extra?: unknown }).extra).toBeUndefined();
  });

  it("the component's result-meta extra reaches the client's result _meta, beside the host's serverInfo", async () => {
    const { core: c } = core(() => complete({ 'com.example/cost': 3, 'io.example/tag': ['a'] }));
    const reply = (await c.handle(callTool(META), { send: () => undefined }, signal)) as { result: { _meta: Record<string, unknown> } };
    expect(reply.result._meta).toEqual({ 'com.example/cost': 3, 'io.example/tag': ['a'], 'io.modelcontextprotocol/serverInfo': { name: 's', version: '1' } });
  });

  it('a reserved key in the extra the component returns is refused (internal error naming it), never sent', async () => {
    const spoof = () => {
      const v = complete({}) as { tag: string; val: { meta?: Record<string, unknown> } };
      v.val.meta = { serverInfo: undefined, extra: utf8({ 'io.modelcontextprotocol/serverInfo': { name: 'evil', version: '0' } }) };
      return v;
    };
    const { core: c } = core(spoof);
    const reply = (await c.handle(callTool(META), { send: () => undefined }, signal)) as { error?: { code: number; message: string } };
    expect(reply.error?.code).toBe(-32603);
    expect(reply.error?.message).toMatch(/\/result\/val\/meta\/extra\/io\.modelcontextprotocol~1serverInfo.*declared property.*\(rest-declared\)/);
  });

  it('a 2025 client (the bridge): its own _meta keys reach the core, its reserved ones are replaced by the session\'s', () => {
    const session = { 'io.modelcontextprotocol/protocolVersion': '2026-07-28', 'io.modelcontextprotocol/clientCapabilities': {} };
    const params = modernParams({ name: 't', _meta: { progressToken: 1, 'com.example/trace': 'x', 'io.modelcontextprotocol/clientCapabilities': { sampling: {} } } }, session);
    expect(params['_meta']).toEqual({ progressToken: 1, 'com.example/trace': 'x', ...session });
    const [meta] = methods['tools/call'].decodeParams(params) as unknown as [{ extra?: Uint8Array }];
    expect(json(meta.extra)).toEqual({ 'com.example/trace': 'x' });
  });
});

describe('end to end through the notes example component', () => {
  let host: RunningHost;
  beforeAll(async () => {
    host = await inProcessHost(await exampleWasm('notes'), { log: () => undefined });
  }, BUILD_TIMEOUT);
  afterAll(async () => host?.close());

  it("a request's trace context (_meta beyond the reserved keys) reaches the component, which hands it on in its result's _meta", async () => {
    const trace = { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', tracestate: 'v=1' };
    const r = await post(host.url!, 'tools/call', withMeta({ name: 'search-notes', arguments: { query: 'wasm' } }, { ...trace, 'com.example/other': { a: 1 } }));
    expect(r.status).toBe(200);
    const result = (r.reply as { result: { _meta: Record<string, unknown>; isError?: boolean } }).result;
    expect(result.isError).toBeUndefined();
    expect(result._meta).toEqual({ ...trace, 'io.modelcontextprotocol/serverInfo': expect.objectContaining({ name: 'wasi-mcp-notes' }) });
    // Without any: the result's _meta is the host's serverInfo alone.
    const plain = await post(host.url!, 'tools/call', withMeta({ name: 'search-notes', arguments: { query: 'wasm' } }));
    expect(Object.keys((plain.reply as { result: { _meta: object } }).result._meta)).toEqual(['io.modelcontextprotocol/serverInfo']);
  });
});
