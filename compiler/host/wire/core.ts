// The 2026-07-28 stateless core (`StatelessServer`): one request in, its reply out, with the
// request's notifications on its own response stream. Host-served methods (`server/discover`,
// the lists, `subscriptions/listen`) are answered from the component's registrations; the rest
// are decoded by the generated codecs and passed to the component's handlers. Checks, in order:
// the method exists (-32601), the protocol version is one the host serves (-32022 with the
// supported versions), the codecs accept the params (-32602 with the codec's message; `_meta`
// with its required fields is part of that), the server declared the capability (-32601), the
// name is registered, a `requestState` is the host's own seal for this request (-32602).

import {
  CodecError,
  completionComplete,
  notificationSubscriptionsAcknowledged,
  promptsGet,
  promptsList,
  resourcesList,
  resourcesRead,
  resourcesTemplatesList,
  serverDiscover,
  subscriptionsListen,
  toolsCall,
  toolsList,
} from '../../../generated/2026-07-28/codecs/index.js';
import { fromComponentError, invalidParams, messageOf, RpcError, SERVER_BUSY } from '../errors.js';
import type { CallOutcome } from '../instance.js';
import { InvalidCursor, page } from '../registry.js';
import type { HandlerName } from '../worker-protocol.js';
import type { JsonObject, RequestId, ResponseStream, StatelessReply, StatelessRequest, StatelessServer } from './contract.js';
import { StateSealer } from './seal.js';
import { DEFAULT_STATE_TTL_MS } from '../defaults.js';
import { LOG_LEVELS, META, MODERN_VERSION, type CallContext, type Json, type ListenStream, type ListKind, type LogLevel, type WireState } from './state.js';
import { WatchTable } from './subscriptions.js';

/** What runs the component's handlers: one instance, or a pool with the same API. */
export interface Backend {
  call(fn: HandlerName, args: unknown[], ctx?: CallContext, signal?: AbortSignal): Promise<CallOutcome>;
}

export interface CoreOptions {
  /** Versions served besides 2026-07-28, by a LegacyEndpoint (listed in discovery and errors). */
  legacyVersions?: string[];
  /** How long a sealed requestState is accepted (default 10 minutes). */
  stateTtlMs?: number;
  /** `subscriptions/listen` streams open at once. */
  maxStreams: number;
}

/** Where a request came from: its queue lane (requests of different clients take turns). */
export interface RequestOrigin {
  lane?: string;
}



/** Errors the host decided before any handler ran: transports answer them with HTTP 4xx. */
const refusals = new WeakSet<object>();
export function isRefusal(reply: StatelessReply): boolean {
  return refusals.has(reply);
}

function refuse(e: RpcError): StatelessReply {
  const reply = { error: e.toJson() };
  refusals.add(reply);
  return reply;
}

/** Methods this core serves, with the server capability each needs (none: always served). */
const METHODS: Record<string, ((caps: Json) => unknown) | null> = {
  'server/discover': null,
  'subscriptions/listen': null,
  'tools/list': (c) => c['tools'],
  'tools/call': (c) => c['tools'],
  'resources/list': (c) => c['resources'],
  'resources/templates/list': (c) => c['resources'],
  'resources/read': (c) => c['resources'],
  'prompts/list': (c) => c['prompts'],
  'prompts/get': (c) => c['prompts'],
  'completion/complete': (c) => c['completions'],
};

function decode<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw invalidParams(e);
  }
}

/** The capability an input request needs from the client (mrtr.mdx: MUST NOT send others). */
const INPUT_CAPABILITY: Record<string, string> = {
  'sampling-create-message': 'sampling',
  'elicitation-create': 'elicitation',
  'roots-list': 'roots',
};

export class WireCore implements StatelessServer {
  readonly sealer: StateSealer;
  readonly watches: WatchTable;
  private closing = new AbortController();

  constructor(
    readonly state: WireState,
    private readonly backend: Backend,
    private readonly options: CoreOptions,
  ) {
    this.sealer = new StateSealer(options.stateTtlMs ?? DEFAULT_STATE_TTL_MS);
    this.watches = new WatchTable(
      async (uri) => {
        const o = await this.backend.call('watchResource', [uri]);
        if (o.kind === 'ok') return true;
        this.state.settings.log(`watch-resource ${JSON.stringify(uri)}: ${o.kind === 'err' ? o.error.message : o.kind === 'trap' || o.kind === 'busy' ? o.message : o.kind}`);
        return false;
      },
      async (uri) => {
        const o = await this.backend.call('unwatchResource', [uri]);
        if (o.kind === 'trap' || o.kind === 'busy') this.state.settings.log(`unwatch-resource ${JSON.stringify(uri)}: ${o.message}`);
      },
    );
  }

  /** The versions served: 2026-07-28 if the component is written for it, then the legacy ones. */
  supportedVersions(): string[] {
    const own = this.state.registrations.server?.supportedVersions ?? [];
    return [...(own.includes(MODERN_VERSION) ? [MODERN_VERSION] : []), ...(this.options.legacyVersions ?? [])];
  }

  /** The tool's registered input schema (for the HTTP transport's `x-mcp-header` checks). */
  toolInputSchema(name: string): unknown {
    return this.state.registrations.tools.items.find((t) => t['name'] === name)?.['inputSchema'];
  }

  async handle(request: StatelessRequest, stream: ResponseStream, signal: AbortSignal, origin: RequestOrigin = {}): Promise<StatelessReply> {
    try {
      return { result: await this.dispatch(request, stream, signal, origin.lane ?? '') };
    } catch (e) {
      if (e instanceof Refused) return refuse(e.error);
      if (e instanceof RpcError) return { error: e.toJson() };
      this.state.settings.log(`${request.method} failed: ${messageOf(e)}`);
      return { error: RpcError.of('internal-error', 'Internal error').toJson() };
    }
  }

  /** Ends every open subscriptions/listen stream (host shutting down). */
  close(): void {
    this.closing.abort();
  }

  private async dispatch(req: StatelessRequest, stream: ResponseStream, signal: AbortSignal, lane: string): Promise<JsonObject> {
    const needs = METHODS[req.method];
    if (needs === undefined) throw new Refused(RpcError.of('method-not-found', `Method not found: ${req.method}`));
    const reg = this.state.registrations.server;
    if (!reg) throw RpcError.of('internal-error', 'the component has not registered its server');
    const params = req.params;
    const meta = params['_meta'];
    const requested = typeof meta === 'object' && meta !== null ? (meta as Json)[META.protocolVersion] : undefined;
    // This core speaks 2026-07-28 only; older versions reach the LegacyEndpoint by `initialize`.
    if (typeof requested === 'string' && (requested !== MODERN_VERSION || !reg.supportedVersions.includes(MODERN_VERSION))) {
      const supported = this.supportedVersions();
      throw new Refused(RpcError.of('unsupported-protocol-version', 'Unsupported protocol version', { supported, requested }));
    }
    const refusedDecode = <T>(f: () => T): T => {
      try {
        return decode(f);
      } catch (e) {
        throw e instanceof RpcError ? new Refused(e) : e;
      }
    };
    // The params, `_meta` included, as the codecs read them: anything they reject never reaches the component.
    const codec = CODECS[req.method as keyof typeof CODECS];
    const args = refusedDecode(() => codec.decodeParams(params)) as unknown[];
    if (needs && !needs(reg.capabilities)) throw new Refused(RpcError.of('method-not-found', `Method not found: the server did not declare the capability ${req.method} needs`));
    const m = (meta ?? {}) as Json;
    const ctx: CallContext = {
      requestId: req.id,
      method: req.method,
      stream,
      signal,
      lane,
      ...(isToken(getToken(m)) ? { progressToken: getToken(m) as string | number } : {}),
      ...(LOG_LEVELS.includes(m[META.logLevel] as LogLevel) ? { logLevel: m[META.logLevel] as LogLevel } : {}),
    };
    const caps = (m[META.clientCapabilities] ?? {}) as Json;
    switch (req.method) {
      case 'server/discover':
        return this.withServerInfo({
          resultType: 'complete',
          supportedVersions: this.supportedVersions(),
          capabilities: reg.capabilities,
          ...(reg.instructions !== undefined ? { instructions: reg.instructions } : {}),
          ttlMs: reg.ttlMs,
          cacheScope: reg.cacheScope,
        }, serverDiscover.decodeResult);
      case 'tools/list':
        return this.list('tools', args[1] as string | undefined, 'tools');
      case 'resources/list':
        return this.list('resources', args[1] as string | undefined, 'resources');
      case 'resources/templates/list':
        return this.list('resourceTemplates', args[1] as string | undefined, 'resourceTemplates');
      case 'prompts/list':
        return this.list('prompts', args[1] as string | undefined, 'prompts');
      case 'tools/call': {
        const name = args[1] as string;
        if (!this.state.registrations.tools.items.some((t) => t['name'] === name)) throw new Refused(RpcError.of('invalid-params', `Unknown tool: ${name}`));
        return this.roundTrip(ctx, caps, 'callTool', args, name, (v) => toolsCall.encodeResult(v as never));
      }
      case 'resources/read':
        return this.roundTrip(ctx, caps, 'readResource', args, args[1] as string, (v) => resourcesRead.encodeResult(v as never));
      case 'prompts/get': {
        const name = args[1] as string;
        if (!this.state.registrations.prompts.items.some((p) => p['name'] === name)) throw new Refused(RpcError.of('invalid-params', `Unknown prompt: ${name}`));
        return this.roundTrip(ctx, caps, 'getPrompt', args, name, (v) => promptsGet.encodeResult(v as never));
      }
      case 'completion/complete':
        return this.withServerInfo(await this.invoke(ctx, 'complete', args, (v) => completionComplete.encodeResult(v as never)));
      case 'subscriptions/listen':
        return this.listen(req.id, args[1] as never, reg.capabilities, stream, signal);
      default:
        throw new Refused(RpcError.of('method-not-found', `Method not found: ${req.method}`));
    }
  }

  /** `_meta.io.modelcontextprotocol/serverInfo` on a result (runtime docs), checked by the codec when given. */
  private withServerInfo(result: Json, check?: (r: unknown) => unknown): Json {
    const info = this.state.registrations.server?.serverInfo;
    const meta = (result['_meta'] ?? {}) as Json;
    const out = info && meta[META.serverInfo] === undefined ? { ...result, _meta: { ...meta, [META.serverInfo]: info } } : result;
    check?.(out);
    return out;
  }

  /** One page of a registered list, with its cache hints (registrations were converted by the codecs already). */
  private list(kind: ListKind, cursor: string | undefined, field: string): Json {
    const reg = this.state.registrations[kind];
    let p;
    try {
      p = page(kind, reg.items, cursor, this.state.settings.pageSize);
    } catch (e) {
      if (e instanceof InvalidCursor) throw new Refused(RpcError.of('invalid-params', e.message));
      throw e;
    }
    return this.withServerInfo(
      { resultType: 'complete', [field]: p.items, ...(p.nextCursor !== undefined ? { nextCursor: p.nextCursor } : {}), ttlMs: reg.ttlMs, cacheScope: reg.cacheScope },
    );
  }

  /**
   * A handler that may answer `input-required`: the retry's sealed state is opened first (a
   * state altered, of another request, or expired is refused before any handler runs); an
   * outcome's state is sealed before it leaves, bound to the method and the name or URI.
   */
  private async roundTrip(ctx: CallContext, caps: Json, fn: HandlerName, args: unknown[], key: string, encode: (v: unknown) => Json): Promise<Json> {
    const binding = { method: ctx.method, key };
    const last = args.length - 1;
    const sealed = args[last] as string | undefined;
    if (sealed !== undefined) {
      const opened = this.sealer.unseal(binding, sealed);
      if (!opened.ok) throw new Refused(RpcError.of('invalid-params', `Invalid params: ${opened.reason}`, { path: '/params/requestState', rule: 'request-state' }));
      args = [...args.slice(0, last), opened.state];
    }
    const result = await this.invoke(ctx, fn, args, (v) => {
      const outcome = v as { tag: string; val: { inputRequests?: [string, { tag: string }][]; requestState?: string } };
      if (outcome.tag === 'input-required') {
        const missing: Json = {};
        for (const [, r] of outcome.val.inputRequests ?? []) {
          const cap = INPUT_CAPABILITY[r.tag];
          if (cap && caps[cap] === undefined) missing[cap] = {};
        }
        // The component asked for input the client cannot give: the client must not see the request.
        if (Object.keys(missing).length > 0)
          throw RpcError.of('missing-required-client-capability', `Missing required client capability: ${Object.keys(missing).join(', ')}`, { requiredCapabilities: missing });
        if (outcome.val.requestState !== undefined) outcome.val.requestState = this.sealer.seal(binding, outcome.val.requestState);
      }
      return encode(v);
    });
    return this.withServerInfo(result);
  }

  /** Calls a handler and encodes its ok value; err, trap and bad values become errors. */
  private async invoke(ctx: CallContext, fn: HandlerName, args: unknown[], encode: (v: unknown) => Json): Promise<Json> {
    const outcome = await this.backend.call(fn, args, ctx, ctx.signal);
    switch (outcome.kind) {
      case 'ok':
        try {
          return encode(outcome.value);
        } catch (e) {
          if (e instanceof RpcError) throw e;
          throw RpcError.of('internal-error', `the component's result is invalid: ${e instanceof CodecError ? e.message : messageOf(e)}`);
        }
      case 'err':
        throw fromComponentError(outcome.error);
      case 'trap':
        throw RpcError.of('internal-error', `the component trapped (${outcome.message}); it was instantiated again`);
      case 'skipped':
        throw RpcError.of('request-timeout', 'request cancelled');
      case 'busy':
        throw new RpcError(SERVER_BUSY, `Server busy: ${outcome.message}`);
    }
  }

  /**
   * `subscriptions/listen`: the acknowledgement first (what the server honours: list-changed
   * kinds it declared, the URIs the component accepted to watch), then every notification the
   * stream opted in to, each with its subscription id, until the client closes the stream or
   * the host closes. Watches are released when the stream ends.
   */
  private async listen(
    id: RequestId,
    filter: { toolsListChanged?: boolean; promptsListChanged?: boolean; resourcesListChanged?: boolean; resourceSubscriptions?: string[] },
    caps: Json,
    stream: ResponseStream,
    signal: AbortSignal,
  ): Promise<Json> {
    if (this.state.streams.size >= this.options.maxStreams)
      throw new RpcError(SERVER_BUSY, `Server busy: ${this.options.maxStreams} subscription streams are open`);
    const declared = (kind: string, flag: string): boolean => (caps[kind] as Json | undefined)?.[flag] === true;
    const wanted = declared('resources', 'subscribe') ? (filter.resourceSubscriptions ?? []) : [];
    const watched = wanted.length > 0 ? await this.watches.acquire(wanted) : [];
    const entry: ListenStream = {
      id,
      toolsListChanged: filter.toolsListChanged === true && declared('tools', 'listChanged'),
      promptsListChanged: filter.promptsListChanged === true && declared('prompts', 'listChanged'),
      resourcesListChanged: filter.resourcesListChanged === true && declared('resources', 'listChanged'),
      resourceSubscriptions: watched,
      stream,
    };
    try {
      if (signal.aborted || this.closing.signal.aborted) return this.endOf(id);
      const ack = notificationSubscriptionsAcknowledged.encodeParams(
        {
          toolsListChanged: entry.toolsListChanged || undefined,
          promptsListChanged: entry.promptsListChanged || undefined,
          resourcesListChanged: entry.resourcesListChanged || undefined,
          resourceSubscriptions: filter.resourceSubscriptions !== undefined && declared('resources', 'subscribe') ? watched : undefined,
        },
        undefined,
      )!;
      stream.send({ method: 'notifications/subscriptions/acknowledged', params: { ...ack, _meta: { [META.subscriptionId]: id } } });
      this.state.streams.add(entry);
      // Both listeners go when the stream ends: the host's closing signal outlives every stream.
      const ended = new AbortController();
      await new Promise<void>((resolve) => {
        if (signal.aborted || this.closing.signal.aborted) return resolve();
        signal.addEventListener('abort', () => resolve(), { once: true, signal: ended.signal });
        this.closing.signal.addEventListener('abort', () => resolve(), { once: true, signal: ended.signal });
      });
      ended.abort();
      return this.endOf(id);
    } finally {
      this.state.streams.delete(entry);
      this.watches.release(watched);
    }
  }

  /** The graceful end of a subscription (subscriptions.mdx). */
  private endOf(id: RequestId): Json {
    return { resultType: 'complete', _meta: { [META.subscriptionId]: id } };
  }

  /** After a (re-)instantiation: the component hears the URIs streams still watch. */
  async rewatch(call: (fn: HandlerName, args: unknown[]) => Promise<CallOutcome>): Promise<void> {
    for (const uri of this.watches.uris()) await call('watchResource', [uri]);
  }
}

/** An error the host raised before running a handler. */
class Refused extends Error {
  constructor(readonly error: RpcError) {
    super(error.message);
  }
}

function getToken(meta: Json): unknown {
  return meta['progressToken'];
}

function isToken(t: unknown): boolean {
  return typeof t === 'string' || (typeof t === 'number' && Number.isSafeInteger(t));
}

const CODECS = {
  'server/discover': serverDiscover,
  'subscriptions/listen': subscriptionsListen,
  'tools/list': toolsList,
  'tools/call': toolsCall,
  'resources/list': resourcesList,
  'resources/templates/list': resourcesTemplatesList,
  'resources/read': resourcesRead,
  'prompts/list': promptsList,
  'prompts/get': promptsGet,
  'completion/complete': completionComplete,
};

