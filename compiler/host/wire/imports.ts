// The host's side of the `wasi:mcp/runtime@0.2.0-preview2` imports: each takes the WIT arguments
// the component passed (lifted by jco in the worker) and answers with a WIT value or a WIT error.
// Every conversion to and from MCP JSON is the generated 2026-07-28 codecs'.
//
// Where notifications go (runtime.wit): progress and log messages on the response stream of the
// request being handled, only while it is open (and log messages only if it asked for them, at
// or above its level); change notifications to the open `subscriptions/listen` streams that
// opted in to them, each tagged with its subscription id. Nothing goes to another request.

import {
  CodecError,
  notificationMessage,
  notificationProgress,
  notificationPromptsListChanged,
  notificationResourcesListChanged,
  notificationResourcesUpdated,
  notificationToolsListChanged,
  types,
} from '../../../generated/2026-07-28/codecs/index.js';
import { messageOf, RpcError, toComponentError, witError } from '../errors.js';
import { firstDuplicate } from '../registry.js';
import { isWithin } from './subscriptions.js';
import type { ImportReply, RuntimeImport } from '../worker-protocol.js';
import { admits, META, type CacheHints, type CacheScope, type CallContext, type Json, type ListenStream, type ListKind, type WireState } from './state.js';

type Args = unknown[];
const ok = (value?: unknown): ImportReply => ({ value });

/** A value the component passed that the codecs reject: `invalid-params` (runtime docs). */
function convert<T>(what: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof CodecError) throw RpcError.of('invalid-params', `${what}: ${e.message}`);
    throw e;
  }
}

function hints(ttl: unknown, scope: unknown): CacheHints {
  if (typeof ttl !== 'bigint' || ttl < 0n || ttl > BigInt(Number.MAX_SAFE_INTEGER)) throw RpcError.of('invalid-params', `ttl-ms must be within 0..2^53-1, got ${String(ttl)}`);
  if (scope !== 'public' && scope !== 'private') throw RpcError.of('invalid-params', `cache-scope must be public or private, got ${String(scope)}`);
  return { ttlMs: Number(ttl), cacheScope: scope as CacheScope };
}

const KEY: Record<ListKind, (x: Json) => string> = {
  tools: (x) => String(x['name']),
  prompts: (x) => String(x['name']),
  resources: (x) => String(x['uri']),
  resourceTemplates: (x) => String(x['uriTemplate']),
};

function register(state: WireState, kind: ListKind, [items, ttl, scope]: Args, toJson: (v: never) => unknown): ImportReply {
  const list = (items as never[]).map((v, i) => convert(`${kind}[${i}]`, () => toJson(v) as Json));
  const dup = firstDuplicate(list.map(KEY[kind]));
  if (dup !== undefined) throw RpcError.of('invalid-params', `duplicate ${kind === 'resourceTemplates' ? 'URI template' : kind === 'resources' ? 'URI' : 'name'}: ${dup}`);
  state.registrations = { ...state.registrations, [kind]: { items: list, ...hints(ttl, scope) } };
  return ok();
}

/** The notification `_meta` the component passed: `subscription-id` is the host's to set. */
function checkMeta(meta: unknown): void {
  if (meta !== undefined && (meta as { subscriptionId?: unknown }).subscriptionId !== undefined)
    throw RpcError.of('invalid-params', 'the host sets subscription-id itself: leave it none');
}

/** Sends a change notification to every stream `which` selects, tagged with the stream's id. */
function toStreams(state: WireState, method: string, params: Json | undefined, which: (s: ListenStream) => boolean): void {
  for (const s of state.streams) {
    if (!which(s)) continue;
    const meta = { ...((params?.['_meta'] as Json | undefined) ?? {}), [META.subscriptionId]: s.id };
    try {
      s.stream.send({ method, params: { ...(params ?? {}), _meta: meta } });
    } catch (e) {
      state.settings.log(`a ${method} notification could not be sent: ${messageOf(e)}`);
    }
  }
}

/** What is per instance: whether it called `serve` since its `start` began. */
export interface InstanceFlags {
  served: boolean;
}

type Impl = (state: WireState, args: Args, ctx: CallContext | undefined, instance: InstanceFlags) => ImportReply;

/** The same JSON value (progress tokens are strings or integers). */
const sameToken = (a: unknown, b: unknown): boolean => a !== undefined && a === b;

const IMPORTS: Record<RuntimeImport, Impl> = {
  registerServer(state, [info, caps, instructions, versions, ttl, scope]) {
    const serverInfo = convert('server-info', () => types.Implementation.fromWit(info as never)) as Json;
    const capabilities = convert('capabilities', () => types.ServerCapabilities.fromWit(caps as never)) as Json;
    if (!Array.isArray(versions) || versions.length === 0) throw RpcError.of('invalid-params', 'supported-versions is empty');
    state.registrations.server = {
      serverInfo,
      capabilities,
      ...(instructions !== undefined ? { instructions: instructions as string } : {}),
      supportedVersions: (versions as string[]).slice(),
      ...hints(ttl, scope),
    };
    return ok();
  },
  registerTools: (state, args) => register(state, 'tools', args, (v) => types.Tool.fromWit(v)),
  registerResources: (state, args) => register(state, 'resources', args, (v) => types.Resource.fromWit(v)),
  registerResourceTemplates: (state, args) => register(state, 'resourceTemplates', args, (v) => types.ResourceTemplate.fromWit(v)),
  registerPrompts: (state, args) => register(state, 'prompts', args, (v) => types.Prompt.fromWit(v)),
  serve(state, _args, _ctx, instance) {
    if (!state.registrations.server) throw RpcError.of('invalid-request', 'register-server was never called');
    if (instance.served) throw RpcError.of('invalid-request', 'serve was already called');
    instance.served = true;
    return ok();
  },
  progress(state, args, ctx) {
    checkMeta(args[4]);
    const params = convert('progress', () => notificationProgress.encodeParams(...(args as Parameters<typeof notificationProgress.encodeParams>)))!;
    // Progress belongs to the request being handled and goes on its stream only, with its token.
    if (!ctx) throw RpcError.of('invalid-params', 'progress outside a handler call: no request to report on');
    if (!sameToken(params['progressToken'], ctx.progressToken)) throw RpcError.of('invalid-params', 'progress-token is not the token of the request being handled');
    // A request cancelled (or whose client went away) gets nothing more.
    if (!ctx.signal.aborted) ctx.stream.send({ method: 'notifications/progress', params });
    return ok();
  },
  loggingMessage(state, args, ctx) {
    checkMeta(args[3]);
    const params = convert('log', () => notificationMessage.encodeParams(...(args as Parameters<typeof notificationMessage.encodeParams>)))!;
    const level = String(params['level']);
    // A log message tells what the component does for one request: it goes on that request's
    // stream, only if the request asked for logs at this level (MUST NOT otherwise); outside a
    // handler call (start, watch) it goes to the host's log, never to a client.
    if (!ctx) state.settings.log(`component log (${level}): ${JSON.stringify(params['data'])}`);
    else if (!ctx.signal.aborted && admits(level, ctx.logLevel)) ctx.stream.send({ method: 'notifications/message', params });
    return ok();
  },
  resourceListChanged(state, [meta]) {
    checkMeta(meta);
    const params = convert('meta', () => notificationResourcesListChanged.encodeParams(meta as never));
    toStreams(state, 'notifications/resources/list_changed', params, (s) => s.resourcesListChanged);
    return ok();
  },
  resourceUpdated(state, [uri, meta]) {
    checkMeta(meta);
    const params = convert('uri', () => notificationResourcesUpdated.encodeParams(uri as string, meta as never))!;
    const updated = String(params['uri']);
    toStreams(state, 'notifications/resources/updated', params, (s) => s.resourceSubscriptions.some((sub) => isWithin(updated, sub)));
    return ok();
  },
  promptListChanged(state, [meta]) {
    checkMeta(meta);
    const params = convert('meta', () => notificationPromptsListChanged.encodeParams(meta as never));
    toStreams(state, 'notifications/prompts/list_changed', params, (s) => s.promptsListChanged);
    return ok();
  },
  toolListChanged(state, [meta]) {
    checkMeta(meta);
    const params = convert('meta', () => notificationToolsListChanged.encodeParams(meta as never));
    toStreams(state, 'notifications/tools/list_changed', params, (s) => s.toolsListChanged);
    return ok();
  },
};

/**
 * Answers one import call from the component. `instance`: the calling instance's own flags (with
 * a pool, each instance runs `start` and calls `serve`; registrations are shared, last one wins).
 */
export function answerImport(state: WireState, name: RuntimeImport, args: Args, ctx: CallContext | undefined, instance: InstanceFlags = state): ImportReply {
  try {
    return IMPORTS[name](state, args, ctx, instance);
  } catch (e) {
    if (e instanceof RpcError) return { error: toComponentError(e.toJson()) };
    state.settings.log(`runtime.${name} failed: ${messageOf(e)}`);
    return { error: witError('internal-error', messageOf(e)) };
  }
}
