// A minimal MCP 2026-07-28 client for the host tests (no SDK speaks it yet): raw POSTs with the
// request metadata headers, SSE response streams read to their end, and an in-memory connection
// on the host's `connect` (stdio's rules).

import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import type { RunningHost } from '../../compiler/host/index.js';

export const VERSION = '2026-07-28';

export function meta(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    'io.modelcontextprotocol/protocolVersion': VERSION,
    'io.modelcontextprotocol/clientInfo': { name: 'host-test', version: '1.0.0' },
    'io.modelcontextprotocol/clientCapabilities': {},
    ...extra,
  };
}

/** Params with the request `_meta`; `m` adds to (or overrides) its fields. */
export function withMeta(params: Record<string, unknown> = {}, m: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...params, _meta: meta(m) };
}

export interface Posted {
  status: number;
  headers: Headers;
  /** Every message of an SSE stream, or the one JSON body. */
  messages: Record<string, unknown>[];
  /** The response (the message with the request's id). */
  reply: Record<string, unknown> | undefined;
}

let nextId = 1;

/** The standard headers a conforming client sends for this request. */
export function standardHeaders(method: string, params: Record<string, unknown>): Record<string, string> {
  const h: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/json, text/event-stream',
    'mcp-protocol-version': VERSION,
    'mcp-method': method,
  };
  const name = method === 'resources/read' ? params['uri'] : method === 'tools/call' || method === 'prompts/get' ? params['name'] : undefined;
  if (typeof name === 'string') h['mcp-name'] = /^[\x21-\x7e]([\x20-\x7e]*[\x21-\x7e])?$/.test(name) ? name : `=?base64?${Buffer.from(name).toString('base64')}?=`;
  return h;
}

export async function post(
  url: string,
  method: string,
  params: Record<string, unknown>,
  opts: { headers?: Record<string, string | undefined>; id?: string | number; signal?: AbortSignal } = {},
): Promise<Posted> {
  const id = opts.id ?? nextId++;
  const headers: Record<string, string> = standardHeaders(method, params);
  for (const [k, v] of Object.entries(opts.headers ?? {})) {
    if (v === undefined) delete headers[k.toLowerCase()];
    else headers[k.toLowerCase()] = v;
  }
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ jsonrpc: '2.0', id, method, params }), ...(opts.signal ? { signal: opts.signal } : {}) });
  const text = await res.text();
  let messages: Record<string, unknown>[] = [];
  if ((res.headers.get('content-type') ?? '').includes('text/event-stream')) {
    messages = text
      .split('\n')
      .filter((l) => l.startsWith('data: '))
      .map((l) => JSON.parse(l.slice(6)) as Record<string, unknown>);
  } else if (text) messages = [JSON.parse(text) as Record<string, unknown>];
  return { status: res.status, headers: res.headers, messages, reply: messages.find((m) => m['id'] === id) };
}

/** Opens a `subscriptions/listen` stream; messages arrive in `messages` until `close()`. */
export async function listen(url: string, filter: Record<string, unknown>, id: string | number = `sub-${nextId++}`): Promise<{ messages: Record<string, unknown>[]; close(): void; ended: Promise<void> }> {
  const params = withMeta({ notifications: filter });
  const abort = new AbortController();
  const res = await fetch(url, { method: 'POST', headers: standardHeaders('subscriptions/listen', params), body: JSON.stringify({ jsonrpc: '2.0', id, method: 'subscriptions/listen', params }), signal: abort.signal });
  const messages: Record<string, unknown>[] = [];
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buf = '';
  const ended = (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buf += decoder.decode(value, { stream: true });
        const lines = buf.split('\n');
        buf = lines.pop() ?? '';
        for (const l of lines) if (l.startsWith('data: ')) messages.push(JSON.parse(l.slice(6)) as Record<string, unknown>);
      }
    } catch {
      // aborted
    }
  })();
  return { messages, close: () => abort.abort(), ended };
}

/** A connection on the host's `connect` (stdio's rules), in memory. */
export async function memoryClient(host: RunningHost): Promise<{
  request(method: string, params: Record<string, unknown>, id?: string | number): Promise<Record<string, unknown>>;
  notify(method: string, params: Record<string, unknown>): Promise<void>;
  received: Record<string, unknown>[];
  send(m: unknown): Promise<void>;
  close(): Promise<void>;
}> {
  const [client, server] = InMemoryTransport.createLinkedPair();
  const received: Record<string, unknown>[] = [];
  const waiting = new Map<string | number, (m: Record<string, unknown>) => void>();
  client.onmessage = (m: JSONRPCMessage) => {
    const msg = m as Record<string, unknown>;
    received.push(msg);
    const id = msg['id'] as string | number | undefined;
    if (id !== undefined && msg['method'] === undefined) waiting.get(id)?.(msg);
  };
  await client.start();
  await host.connect(server);
  return {
    received,
    request(method, params, id = nextId++) {
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        void client.send({ jsonrpc: '2.0', id, method, params } as JSONRPCMessage);
      });
    },
    notify: (method, params) => client.send({ jsonrpc: '2.0', method, params } as JSONRPCMessage),
    send: (m) => client.send(m as JSONRPCMessage),
    close: () => client.close(),
  };
}

/** A 2026-07-28 client over HTTP with the SDK Client's shape for what the tests use. */
export class ModernClient {
  /** Every notification received on this client's response streams, in order. */
  readonly notifications: Record<string, unknown>[] = [];
  constructor(
    readonly url: string,
    readonly opts: { name?: string; logLevel?: string; capabilities?: Record<string, unknown> } = {},
  ) {}

  private meta(extra: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      'io.modelcontextprotocol/clientInfo': { name: this.opts.name ?? 'host-test', version: '1.0.0' },
      'io.modelcontextprotocol/clientCapabilities': this.opts.capabilities ?? {},
      ...(this.opts.logLevel ? { 'io.modelcontextprotocol/logLevel': this.opts.logLevel } : {}),
      ...extra,
    };
  }

  /** Sends a request; resolves with its result, throws its error (`code`, `message`, `data`). */
  async request(method: string, params: Record<string, unknown> = {}, metaExtra: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    const r = await post(this.url, method, withMeta(params, this.meta(metaExtra)));
    for (const m of r.messages) if (m['method'] !== undefined) this.notifications.push(m);
    const reply = r.reply;
    if (!reply) throw new Error(`no reply (HTTP ${r.status})`);
    if (reply['error']) throw Object.assign(new Error(String((reply['error'] as { message: string }).message)), reply['error']);
    return reply['result'] as Record<string, unknown>;
  }

  callTool(p: { name: string; arguments?: Record<string, unknown>; inputResponses?: unknown; requestState?: string }, metaExtra: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    return this.request('tools/call', { arguments: {}, ...p }, metaExtra);
  }
}
