// One `subscriptions/listen` stream on the core per session, carrying what the session's
// notifications need: the list-changed kinds the server declared and the URIs the session
// subscribed to. When the set of URIs changes the bridge opens a new stream with the new filter,
// waits for its acknowledgement, then switches to it and ends the old one; notifications of a
// stream that is no longer current are dropped (the new stream carries them), so none is
// delivered twice and none is missed. Changes are applied one at a time. A stream the core ends
// on its own is reopened, a bounded number of times in a row, each with a line in the log.

import type { JsonObject, StatelessReply, StatelessRequest, StatelessServer } from '../wire/contract.js';
import { isObject } from './capabilities.js';
import { INTERNAL_ERROR, RpcError } from './errors.js';
import { META } from '../wire/contract.js';

export interface ListenFilter {
  toolsListChanged?: boolean;
  promptsListChanged?: boolean;
  resourcesListChanged?: boolean;
  resourceSubscriptions?: string[];
}

export interface ListenDeps {
  core: StatelessServer;
  /** A fresh request id for the core. */
  nextId: () => string;
  /** The session's request `_meta` (protocol version, capabilities, client info). */
  meta: () => JsonObject;
  /** A notification of the current stream, its subscription id removed. */
  deliver: (n: { method: string; params?: JsonObject }) => void;
  log: (line: string) => void;
  /** How long the core may take to acknowledge a stream. */
  ackTimeoutMs: number;
  /** Reopen attempts after the core ends a stream on its own, in a row. */
  maxReopens?: number;
}

interface Stream {
  id: string;
  controller: AbortController;
  acknowledged: JsonObject;
  ended: Promise<StatelessReply | undefined>;
}

export function isEmptyFilter(f: ListenFilter): boolean {
  return !f.toolsListChanged && !f.promptsListChanged && !f.resourcesListChanged && (f.resourceSubscriptions ?? []).length === 0;
}

export class Listener {
  private current: Stream | undefined;
  private chain: Promise<unknown> = Promise.resolve();
  private closed = false;
  private reopens = 0;
  private lastFilter: ListenFilter = {};

  constructor(private readonly deps: ListenDeps) {}

  /** Makes `filter` the current one; resolves with what the core acknowledged (empty when no stream is needed). */
  apply(filter: ListenFilter): Promise<JsonObject> {
    this.reopens = 0;
    return this.enqueue(filter);
  }

  private enqueue(filter: ListenFilter): Promise<JsonObject> {
    const run = this.chain.then(() => this.switchTo(filter));
    this.chain = run.catch(() => undefined);
    return run;
  }

  close(): void {
    this.closed = true;
    this.current?.controller.abort();
    this.current = undefined;
  }

  private async switchTo(filter: ListenFilter): Promise<JsonObject> {
    if (this.closed) return {};
    this.lastFilter = filter;
    const old = this.current;
    if (isEmptyFilter(filter)) {
      this.current = undefined;
      old?.controller.abort();
      return {};
    }
    const next = await this.open(filter);
    this.current = next;
    old?.controller.abort();
    return next.acknowledged;
  }

  private open(filter: ListenFilter): Promise<Stream> {
    const { core, nextId, meta, deliver, log, ackTimeoutMs } = this.deps;
    const id = nextId();
    const controller = new AbortController();
    const request: StatelessRequest = { id, method: 'subscriptions/listen', params: { _meta: meta(), notifications: { ...filter } } };
    return new Promise<Stream>((resolve, reject) => {
      // The core may acknowledge before `handle` returns: the stream exists before it is called.
      const stream: Stream = { id, controller, acknowledged: {}, ended: Promise.resolve(undefined) };
      let acknowledged = false;
      const timer = setTimeout(() => {
        controller.abort();
        reject(new RpcError(INTERNAL_ERROR, `the server did not acknowledge a subscription within ${ackTimeoutMs} ms`));
      }, ackTimeoutMs);
      const sink = {
        send: (n: { method: string; params?: JsonObject }): void => {
          if (n.method === 'notifications/subscriptions/acknowledged') {
            if (acknowledged) return;
            acknowledged = true;
            clearTimeout(timer);
            stream.acknowledged = isObject(n.params?.notifications) ? n.params.notifications : {};
            resolve(stream);
            return;
          }
          // Before its acknowledgement a stream carries nothing (the spec forbids it); after a switch, the new stream carries it.
          if (!acknowledged || this.current !== stream) return;
          deliver(withoutSubscriptionId(n));
        },
      };
      stream.ended = core.handle(request, sink, controller.signal).then(
        (reply) => reply,
        (e: unknown) => {
          log(`bridge: a subscription stream failed: ${e instanceof Error ? e.message : String(e)}`);
          return undefined;
        },
      );
      void stream.ended.then((reply) => {
        clearTimeout(timer);
        if (!acknowledged) {
          const why = reply && 'error' in reply ? reply.error.message : 'it ended before its acknowledgement';
          reject(new RpcError(reply && 'error' in reply ? reply.error.code : INTERNAL_ERROR, `the server refused the subscription: ${why}`));
          return;
        }
        if (controller.signal.aborted || this.closed || this.current !== stream) return;
        this.onLost(stream);
      });
    });
  }

  /** The core ended the current stream on its own (e.g. restarting): reopen, a bounded number of times. */
  private onLost(stream: Stream): void {
    const max = this.deps.maxReopens ?? 3;
    if (this.current === stream) this.current = undefined;
    if (this.reopens >= max) {
      this.deps.log(`bridge: the server ended a session's subscription stream ${this.reopens + 1} times in a row; its notifications stop until the next subscribe`);
      return;
    }
    this.reopens++;
    this.deps.log('bridge: the server ended a session\'s subscription stream; reopening it');
    const retry = setTimeout(() => {
      if (this.closed || this.current) return;
      this.enqueue(this.lastFilter).catch((e: unknown) => this.deps.log(`bridge: reopening a subscription stream failed: ${e instanceof Error ? e.message : String(e)}`));
    }, 100 * 2 ** this.reopens);
    retry.unref();
  }
}

function withoutSubscriptionId(n: { method: string; params?: JsonObject }): { method: string; params?: JsonObject } {
  if (!n.params || !isObject(n.params._meta)) return n;
  const { [META.subscriptionId]: _id, ...meta } = n.params._meta;
  const params: JsonObject = { ...n.params };
  if (Object.keys(meta).length > 0) params._meta = meta;
  else delete params._meta;
  return { method: n.method, params };
}
