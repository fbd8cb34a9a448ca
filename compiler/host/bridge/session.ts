// One session of a session-based client (2025-06-18 or 2025-11-25). The SDK's low-level
// `Server` is its JSON-RPC engine (framing, ids, ping, cancellation, related-request routing on
// Streamable HTTP); every MCP method reaches `handle` through the SDK's fallback handler, and
// becomes requests to the 2026-07-28 core: initialize from server/discover; the MCP requests
// with the session's version, capabilities, client info and log level in `_meta`; an
// input-required outcome as real requests to the client, answered back in a retry.

import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import type { RequestHandlerExtra } from '@modelcontextprotocol/sdk/shared/protocol.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import {
  ResultSchema,
  type JSONRPCRequest,
  type Result,
  type ServerNotification,
  type ServerRequest,
} from '@modelcontextprotocol/sdk/types.js';
import type { JsonObject, LegacyOptions, ResponseStream, StatelessServer } from '../wire/contract.js';
import { implementationFor, initializeResult, isObject, modernClientCapabilities } from './capabilities.js';
import { fromClientError, INTERNAL_ERROR, INVALID_PARAMS, INVALID_REQUEST, METHOD_NOT_FOUND, RpcError, SERVER_BUSY } from './errors.js';
import { legacyInputRequest, modernInputResponse } from './input.js';
import { Listener, type ListenFilter } from './listen.js';
import { META } from '../wire/contract.js';
import { legacyError, legacyResult, modernParams } from './translate.js';
import { admits, isLogLevel, MODERN_VERSION, negotiateVersion, type LegacyVersion, type LogLevel } from './versions.js';

export interface BridgeSettings extends LegacyOptions {
  /** Rounds of input one request may take (an input-required outcome each). */
  maxRounds: number;
  /** Requests to the client open at once in one session (also the most one round may ask for). */
  maxClientRequests: number;
  /** Resources one session may subscribe to. */
  maxSubscriptions: number;
}

export interface SessionDeps {
  core: StatelessServer;
  settings: BridgeSettings;
  /** A fresh id for a request to the core (unique in the endpoint). */
  nextId: () => string;
  onClose: (s: BridgeSession) => void;
}

/** What the SDK Server believes it offers: only gates the SDK's asserts on outgoing notifications. */
const SDK_CAPABILITIES = {
  tools: { listChanged: true },
  resources: { subscribe: true, listChanged: true },
  prompts: { listChanged: true },
  logging: {},
  completions: {},
};

/** serverInfo when the core's discover result has none (it SHOULD have one; initialize MUST). */
const FALLBACK_SERVER_INFO = { name: 'wasi-mcp serve', version: '0.1.0' };

/** The MCP requests forwarded to the core, and the server capability each needs. */
const FORWARDED: Record<string, string> = {
  'tools/list': 'tools',
  'tools/call': 'tools',
  'resources/list': 'resources',
  'resources/templates/list': 'resources',
  'resources/read': 'resources',
  'prompts/list': 'prompts',
  'prompts/get': 'prompts',
  'completion/complete': 'completions',
};

/** The requests 2026-07-28 lets answer with input_required. */
const MULTI_ROUND = new Set(['tools/call', 'resources/read', 'prompts/get']);

type Extra = RequestHandlerExtra<ServerRequest, ServerNotification>;

/** `uri` is `base` or a part of it (the resources/updated docs allow a sub-resource). */
export function isWithin(uri: string, base: string): boolean {
  if (uri === base) return true;
  if (base.endsWith('/')) return uri.startsWith(base);
  return uri.startsWith(base) && /^[/#?]/.test(uri.slice(base.length));
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export class BridgeSession {
  readonly server: Server;
  private version: LegacyVersion | undefined;
  private clientCaps: JsonObject = {};
  private modernCaps: JsonObject = {};
  private clientInfo: JsonObject | undefined;
  private serverCaps: JsonObject = {};
  private level: LogLevel | undefined;
  private readonly subscriptions = new Set<string>();
  private readonly listener: Listener;
  private clientRequests = 0;
  private closed = false;

  constructor(private readonly deps: SessionDeps) {
    const server = new Server({ name: 'wasi-mcp-bridge', version: '0.1.0' }, { capabilities: SDK_CAPABILITIES });
    // The SDK's own initialize and setLevel give way to the bridge's; ping and cancellation stay the SDK's.
    server.removeRequestHandler('initialize');
    server.removeRequestHandler('logging/setLevel');
    server.fallbackRequestHandler = (request, extra) => this.handle(request, extra) as Promise<Result & never>;
    server.fallbackNotificationHandler = (n) => this.onClientNotification(n);
    server.oninitialized = () => this.listen();
    server.onclose = () => this.close();
    server.onerror = (e) => deps.settings.log(`bridge: session: ${e.message}`);
    this.server = server;
    this.listener = new Listener({
      core: deps.core,
      nextId: deps.nextId,
      meta: () => this.meta(false),
      deliver: (n) => this.deliver(n),
      log: deps.settings.log,
      ackTimeoutMs: deps.settings.requestTimeoutMs,
    });
  }

  connect(transport: Transport): Promise<void> {
    return this.server.connect(transport);
  }

  /** The protocol version this session negotiated (undefined before initialize). */
  get protocolVersion(): LegacyVersion | undefined {
    return this.version;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.listener.close();
    this.deps.onClose(this);
  }

  /** The `_meta` of this session's requests to the core. */
  private meta(withLevel: boolean): JsonObject {
    const meta: JsonObject = { [META.protocolVersion]: MODERN_VERSION, [META.clientCapabilities]: this.modernCaps };
    if (this.clientInfo) meta[META.clientInfo] = this.clientInfo;
    // A legacy session that never set a level gets every message, as a legacy server sends them.
    if (withLevel && isObject(this.serverCaps.logging)) meta[META.logLevel] = this.level ?? 'debug';
    return meta;
  }

  private async handle(request: JSONRPCRequest, extra: Extra): Promise<JsonObject> {
    const { method } = request;
    const params = isObject(request.params) ? request.params : {};
    if (method === 'initialize') return this.initialize(params, extra.signal);
    if (!this.version) throw new RpcError(INVALID_REQUEST, `Invalid Request: ${method} before initialize`);
    if (method === 'logging/setLevel') return this.setLevel(params);
    if (method === 'resources/subscribe') return this.subscribe(params, true);
    if (method === 'resources/unsubscribe') return this.subscribe(params, false);
    const capability = FORWARDED[method];
    if (!capability) throw new RpcError(METHOD_NOT_FOUND, 'Method not found');
    if (!isObject(this.serverCaps[capability])) throw new RpcError(METHOD_NOT_FOUND, `Method not found: the server does not offer ${capability}`);
    return this.forward(this.version, method, params, extra);
  }

  private async initialize(params: JsonObject, signal: AbortSignal): Promise<JsonObject> {
    if (this.version) throw new RpcError(INVALID_REQUEST, 'Invalid Request: the session is already initialized');
    const version = negotiateVersion(params.protocolVersion);
    this.clientCaps = isObject(params.capabilities) ? params.capabilities : {};
    this.modernCaps = modernClientCapabilities(version, this.clientCaps);
    // 2026-07-28's Implementation has 2025-11-25's members; one without a name and a version is not sent.
    const info = params.clientInfo;
    this.clientInfo = isObject(info) && typeof info.name === 'string' && typeof info.version === 'string' ? implementationFor('2025-11-25', info) : undefined;
    const reply = await this.deps.core.handle({ id: this.deps.nextId(), method: 'server/discover', params: { _meta: this.meta(false) } }, { send: () => undefined }, signal);
    if ('error' in reply) throw new RpcError(reply.error.code, reply.error.message, reply.error.data);
    this.serverCaps = isObject(reply.result.capabilities) ? reply.result.capabilities : {};
    this.version = version;
    return initializeResult(version, reply.result, FALLBACK_SERVER_INFO);
  }

  private setLevel(params: JsonObject): JsonObject {
    if (!isObject(this.serverCaps.logging)) throw new RpcError(METHOD_NOT_FOUND, 'Method not found: the server does not offer logging');
    if (!isLogLevel(params.level)) throw new RpcError(INVALID_PARAMS, `Invalid params: level must be one of debug, info, notice, warning, error, critical, alert, emergency`);
    this.level = params.level;
    return {};
  }

  private filter(): ListenFilter {
    const c = this.serverCaps;
    const filter: ListenFilter = {};
    if (isObject(c.tools) && c.tools.listChanged === true) filter.toolsListChanged = true;
    if (isObject(c.prompts) && c.prompts.listChanged === true) filter.promptsListChanged = true;
    if (isObject(c.resources) && c.resources.listChanged === true) filter.resourcesListChanged = true;
    if (this.subscriptions.size > 0) filter.resourceSubscriptions = [...this.subscriptions];
    return filter;
  }

  /** After notifications/initialized: the session's subscription stream (list changes). */
  private listen(): void {
    this.listener.apply(this.filter()).catch((e: unknown) => this.deps.settings.log(`bridge: opening a session's subscription stream failed: ${message(e)}`));
  }

  private async subscribe(params: JsonObject, on: boolean): Promise<JsonObject> {
    const r = this.serverCaps.resources;
    if (!isObject(r) || r.subscribe !== true) throw new RpcError(METHOD_NOT_FOUND, 'Method not found: the server does not offer resource subscriptions');
    const uri = params.uri;
    if (typeof uri !== 'string') throw new RpcError(INVALID_PARAMS, 'Invalid params: uri must be a string');
    if (on === this.subscriptions.has(uri)) return {};
    if (on && this.subscriptions.size >= this.deps.settings.maxSubscriptions)
      throw new RpcError(SERVER_BUSY, `Server busy: a session may subscribe to ${this.deps.settings.maxSubscriptions} resources`);
    if (on) this.subscriptions.add(uri);
    else this.subscriptions.delete(uri);
    try {
      const ack = await this.listener.apply(this.filter());
      const honored = Array.isArray(ack.resourceSubscriptions) ? ack.resourceSubscriptions : [];
      if (on && !honored.includes(uri)) throw new RpcError(INVALID_PARAMS, `Invalid params: the server offers no updates of ${uri}`);
    } catch (e) {
      if (on && this.subscriptions.delete(uri)) void this.listener.apply(this.filter()).catch(() => undefined);
      throw e;
    }
    return {};
  }

  /** A notification of the session's subscription stream, to the client if it concerns it. */
  private deliver(n: { method: string; params?: JsonObject }): void {
    if (this.closed) return;
    const f = this.filter();
    const wanted =
      n.method === 'notifications/resources/updated'
        ? typeof n.params?.uri === 'string' && [...this.subscriptions].some((s) => isWithin(n.params!.uri as string, s))
        : (n.method === 'notifications/tools/list_changed' && f.toolsListChanged) ||
          (n.method === 'notifications/prompts/list_changed' && f.promptsListChanged) ||
          (n.method === 'notifications/resources/list_changed' && f.resourcesListChanged);
    if (!wanted) return this.deps.settings.log(`bridge: dropped ${n.method} from a subscription stream: the session did not ask for it`);
    this.server.notification(n as ServerNotification).catch((e: unknown) => this.deps.settings.log(`bridge: sending ${n.method}: ${message(e)}`));
  }

  private async onClientNotification(n: { method: string }): Promise<void> {
    // 2026-07-28 has no roots/list_changed (the next input request lists roots afresh) and no
    // client progress for server requests: nothing in the core could hear them.
    if (n.method === 'notifications/roots/list_changed' || n.method === 'notifications/progress') return;
    this.deps.settings.log(`bridge: ignored a client notification ${n.method}`);
  }

  /** A request-scoped notification from the core, to this request's client stream. */
  private requestStream(token: unknown, extra: Extra): ResponseStream {
    let last = -Infinity;
    const log = this.deps.settings.log;
    const send = (n: { method: string; params?: JsonObject }): void => {
      extra.sendNotification(n as ServerNotification).catch((e: unknown) => log(`bridge: sending ${n.method}: ${message(e)}`));
    };
    return {
      send: (n) => {
        const p = n.params ?? {};
        if (n.method === 'notifications/progress') {
          if (token === undefined || p.progressToken !== token) return log('bridge: dropped a progress notification with a token the request did not send');
          // Progress must increase across the whole request, retries included.
          if (typeof p.progress !== 'number' || p.progress <= last) return log('bridge: dropped a progress notification that did not increase');
          last = p.progress;
          return send(n);
        }
        if (n.method === 'notifications/message') {
          if (!isObject(this.serverCaps.logging)) return log('bridge: dropped a log message: the server does not declare logging');
          if (admits(p.level, this.level ?? 'debug')) send(n);
          return;
        }
        log(`bridge: dropped ${n.method} on a request's stream: it is not request-scoped`);
      },
    };
  }

  private async forward(version: LegacyVersion, method: string, params: JsonObject, extra: Extra): Promise<JsonObject> {
    const { core, settings } = this.deps;
    const token = isObject(params._meta) ? params._meta.progressToken : undefined;
    const stream = this.requestStream(token, extra);
    const base = modernParams(params, this.meta(true));
    const urlElicitations: string[] = [];
    let retry: JsonObject = {};
    for (let round = 0; ; round++) {
      const request = { id: this.deps.nextId(), method, params: { ...base, ...retry } };
      if (round > 0) this.checkSize(request);
      const reply = await core.handle(request, stream, extra.signal);
      if ('error' in reply) {
        const e = legacyError(method, reply.error, params);
        throw new RpcError(e.code, e.message, e.data);
      }
      const result = reply.result;
      const type = result.resultType ?? 'complete';
      if (type === 'complete') {
        this.completeUrlElicitations(urlElicitations, extra);
        return legacyResult(version, method, result);
      }
      if (type !== 'input_required') throw new RpcError(INTERNAL_ERROR, `The server answered with a result of type ${JSON.stringify(type)}, which a ${version} client cannot receive`);
      if (!MULTI_ROUND.has(method)) throw new RpcError(INTERNAL_ERROR, `The server asked for input on ${method}, which takes none`);
      if (round + 1 > settings.maxRounds) throw new RpcError(INTERNAL_ERROR, `The server still asked for input after ${settings.maxRounds} rounds`);
      retry = {};
      const responses = await this.ask(version, result.inputRequests, extra, urlElicitations);
      if (responses) retry.inputResponses = responses;
      if (typeof result.requestState === 'string') retry.requestState = result.requestState;
    }
  }

  /** A retry carries the client's answers: bounded like any message. */
  private checkSize(request: object): void {
    const size = Buffer.byteLength(JSON.stringify(request));
    const max = this.deps.settings.maxMessageBytes;
    if (size > max) throw new RpcError(INVALID_REQUEST, `Invalid Request: the client's answers make a request of ${size} bytes, over the limit of ${max}`);
  }

  /** The input requests of one round as requests to the client, at once; their results by key. */
  private async ask(version: LegacyVersion, inputRequests: unknown, extra: Extra, urlElicitations: string[]): Promise<JsonObject | undefined> {
    if (inputRequests === undefined) return undefined;
    if (!isObject(inputRequests)) throw new RpcError(INTERNAL_ERROR, 'The server sent inputRequests that is not an object');
    const max = this.deps.settings.maxClientRequests;
    const entries = Object.entries(inputRequests);
    if (entries.length > max) throw new RpcError(INTERNAL_ERROR, `The server asked for ${entries.length} inputs at once; a session sends at most ${max} requests to its client at a time`);
    const requests = entries.map(([key, r]) => [key, legacyInputRequest(version, this.clientCaps, r)] as const);
    if (this.clientRequests + requests.length > max)
      throw new RpcError(SERVER_BUSY, `Server busy: ${this.clientRequests} requests to the client are open in this session (at most ${max})`);
    this.clientRequests += requests.length;
    const failed = new AbortController();
    const signal = AbortSignal.any([extra.signal, failed.signal]);
    try {
      const answers = await Promise.all(
        requests.map(async ([key, r]) => {
          try {
            const sent = { method: r.method, ...(r.params ? { params: r.params } : {}) } as ServerRequest;
            const result = (await extra.sendRequest(sent, ResultSchema, { timeout: this.deps.settings.requestTimeoutMs, signal })) as JsonObject;
            if (r.elicitationId && result.action === 'accept') urlElicitations.push(r.elicitationId);
            return [key, modernInputResponse(r.method, result)] as const;
          } catch (e) {
            // One failed answer fails the request: the others are cancelled.
            failed.abort();
            throw fromClientError(e, r.method);
          }
        }),
      );
      return Object.fromEntries(answers);
    } finally {
      this.clientRequests -= requests.length;
    }
  }

  /**
   * 2025-11-25 URL elicitations: the server tells the client when the out-of-band interaction is
   * over. The core has no such signal; its completing the request is the end of the interaction.
   */
  private completeUrlElicitations(ids: string[], extra: Extra): void {
    const transport = this.server.transport;
    if (!transport) return;
    for (const elicitationId of ids)
      // Sent on the transport: the SDK's assert wants client capabilities from its own initialize, which the bridge replaces.
      transport
        .send({ jsonrpc: '2.0', method: 'notifications/elicitation/complete', params: { elicitationId } }, { relatedRequestId: extra.requestId })
        .catch((e: unknown) => this.deps.settings.log(`bridge: sending notifications/elicitation/complete: ${message(e)}`));
  }
}
