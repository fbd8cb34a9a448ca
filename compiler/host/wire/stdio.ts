// MCP 2026-07-28 on a message transport (stdio's newline-delimited JSON-RPC, or any SDK
// transport): every request is served by the stateless core on its own, concurrently; its
// notifications are written before its response; `notifications/cancelled` aborts it (on stdio
// that is how a request, or a `subscriptions/listen` stream, is cancelled). When the first
// message is `initialize` and a LegacyEndpoint is given, the whole connection is a session-based
// client's: it is handed to the endpoint, that first message included.

import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { messageOf } from '../errors.js';
import type { LegacyEndpoint, RequestId, StatelessServer, JsonObject } from './contract.js';

/** Messages written and not yet taken by the client, beyond which notifications are dropped. */
const MAX_PENDING_WRITES = 4096;

export interface MessageLimits {
  /** Requests of this connection open at once (listen streams included); more are refused. */
  maxOpen: number;
  log: (line: string) => void;
}

type Core = StatelessServer & { handle(r: Parameters<StatelessServer['handle']>[0], s: Parameters<StatelessServer['handle']>[1], a: AbortSignal, o?: { lane?: string }): ReturnType<StatelessServer['handle']> };

/** A transport the LegacyEndpoint connects to: the real one, with the first message replayed. */
class Handover implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;
  constructor(private readonly inner: Transport) {}
  async start(): Promise<void> {}
  send(message: JSONRPCMessage): Promise<void> {
    return this.inner.send(message);
  }
  close(): Promise<void> {
    return this.inner.close();
  }
  get sessionId(): string | undefined {
    return this.inner.sessionId;
  }
}

let connections = 0;

/** Serves one connection; resolves when it has started. */
export async function serveMessages(core: Core, transport: Transport, legacy: LegacyEndpoint | undefined, limits: MessageLimits): Promise<void> {
  const lane = `conn-${++connections}`;
  const open = new Map<RequestId, AbortController>();
  let mode: 'undecided' | 'modern' | 'legacy' = 'undecided';
  let handover: Handover | undefined;
  // A client that does not read its input must not make the host buffer without bound: past
  // the limit, notifications are dropped (responses still go, one per request, bounded by maxOpen).
  let pending = 0;
  let warned = false;
  const send = (m: unknown): void => {
    if (pending >= MAX_PENDING_WRITES && (m as { id?: unknown }).id === undefined) {
      if (!warned) limits.log(`stdio: the client is not reading; notifications are dropped while ${MAX_PENDING_WRITES} messages wait`);
      warned = true;
      return;
    }
    pending++;
    transport
      .send(m as JSONRPCMessage)
      .catch((e: unknown) => limits.log(`stdio: write failed: ${messageOf(e)}`))
      .finally(() => {
        pending--;
        if (pending === 0) warned = false;
      });
  };

  const serveRequest = async (id: RequestId, method: string, params: JsonObject): Promise<void> => {
    if (open.has(id)) return send({ jsonrpc: '2.0', id, error: { code: -32600, message: `Invalid Request: request id ${JSON.stringify(id)} is already in use` } });
    if (open.size >= limits.maxOpen) return send({ jsonrpc: '2.0', id, error: { code: -32010, message: `Server busy: ${limits.maxOpen} requests of this connection are open` } });
    const abort = new AbortController();
    open.set(id, abort);
    const stream = {
      send: (n: { method: string; params?: JsonObject }): void => {
        if (!abort.signal.aborted) send({ jsonrpc: '2.0', ...n });
      },
    };
    try {
      const reply = await core.handle({ id, method, params }, stream, abort.signal, { lane });
      // A cancelled request gets no response (cancellation.mdx).
      if (!abort.signal.aborted) send({ jsonrpc: '2.0', id, ...reply });
    } finally {
      open.delete(id);
    }
  };

  transport.onmessage = (m: JSONRPCMessage): void => {
    if (mode === 'legacy') return handover?.onmessage?.(m);
    const msg = m as { id?: RequestId; method?: string; params?: JsonObject };
    if (mode === 'undecided') {
      if (legacy && msg.method === 'initialize' && msg.id !== undefined) {
        mode = 'legacy';
        handover = new Handover(transport);
        legacy
          .connect(handover)
          .then(() => handover?.onmessage?.(m))
          .catch((e: unknown) => limits.log(`stdio: the legacy session could not start: ${messageOf(e)}`));
        return;
      }
      mode = 'modern';
    }
    if (msg.method === undefined) return; // a response: the server sends no requests in 2026-07-28
    if (msg.id === undefined) {
      if (msg.method === 'notifications/cancelled') {
        const id = (msg.params as { requestId?: RequestId } | undefined)?.requestId;
        if (id !== undefined) open.get(id)?.abort();
      }
      return;
    }
    void serveRequest(msg.id, msg.method, msg.params ?? {}).catch((e: unknown) => limits.log(`stdio: ${messageOf(e)}`));
  };
  transport.onclose = () => {
    if (mode === 'legacy') return handover?.onclose?.();
    for (const a of open.values()) a.abort();
    open.clear();
  };
  await transport.start();
}
