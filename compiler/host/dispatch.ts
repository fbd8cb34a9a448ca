// Client requests and notifications: host-served ones (initialize, lists, logging/setLevel)
// answered from the host's state, the rest decoded by the codecs and passed to the component's
// handlers. A request whose params the codecs reject never reaches the component.

import type { JSONRPCRequest, Notification, Result, ServerCapabilities } from '@modelcontextprotocol/sdk/types.js';
import {
  completionComplete,
  initialize,
  loggingSetLevel,
  notificationProgress,
  notificationRootsListChanged,
  promptsGet,
  promptsList,
  resourcesList,
  resourcesRead,
  resourcesSubscribe,
  resourcesTemplatesList,
  resourcesUnsubscribe,
  toolsCall,
  toolsList,
} from '../../generated/2025-06-18/codecs/index.js';
import { fromComponentError, invalidParams, messageOf, RpcError, SERVER_BUSY } from './errors.js';
import { InvalidCursor, page, type ListKind } from './registry.js';
import { PROTOCOL_VERSION, type CallContext, type Extra, type HostState, type Session } from './state.js';
import type { HandlerName } from './worker-protocol.js';

/** Runs a codec step on the client's params: a rejection is `invalid-params`. */
function decode<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw invalidParams(e);
  }
}

function requireCapability(session: Session, has: (c: ServerCapabilities) => unknown, method: string): void {
  if (!session.capabilities || !has(session.capabilities))
    throw RpcError.of('method-not-found', `Method not found: the server did not declare the capability ${method} needs`);
}

/** Calls a handler for a request and encodes its ok value; err, trap and bad values become errors. */
async function invoke(host: HostState, session: Session, extra: Extra, fn: HandlerName, args: unknown[], encode: (v: never) => Result): Promise<Result> {
  const ctx: CallContext = { session, extra, progressToken: extra._meta?.progressToken };
  const outcome = await host.instance.call(fn, args, ctx, extra.signal);
  switch (outcome.kind) {
    case 'ok':
      try {
        return encode(outcome.value as never);
      } catch (e) {
        // The component produced a value MCP cannot carry (e.g. `json` that is not JSON).
        throw RpcError.of('internal-error', `the component's result is invalid: ${messageOf(e)}`);
      }
    case 'err':
      throw fromComponentError(outcome.error);
    case 'trap':
      throw RpcError.of('internal-error', `the component trapped (${outcome.message}); it was instantiated again`);
    case 'skipped':
      // Cancelled before its turn: the SDK sends nothing for an aborted request.
      throw RpcError.of('request-timeout', 'request cancelled');
    case 'busy':
      throw new RpcError(SERVER_BUSY, `Server busy: ${outcome.message}`);
  }
}

function list<K extends ListKind>(host: HostState, kind: K, cursor: string | undefined, field: string): Result {
  try {
    const p = page(kind, host.registrations[kind] as unknown[], cursor, host.settings.pageSize);
    return { [field]: p.items, ...(p.nextCursor !== undefined ? { nextCursor: p.nextCursor } : {}) };
  } catch (e) {
    if (e instanceof InvalidCursor) throw RpcError.of('invalid-params', e.message);
    throw e;
  }
}

function onInitialize(host: HostState, session: Session, params: unknown): Result {
  decode(() => initialize.decodeParams(params));
  const reg = host.registrations.server;
  if (!reg) throw RpcError.of('internal-error', 'the component has not registered its server');
  const p = params as { capabilities: Session['clientCapabilities']; clientInfo: Session['clientInfo'] };
  session.clientCapabilities = p.capabilities;
  session.clientInfo = p.clientInfo;
  session.capabilities = reg.capabilities;
  session.initialized = true;
  // Only 2025-06-18 is served; per the lifecycle spec the server answers with a version it
  // supports whatever the client asked for, and the client decides whether to go on.
  return {
    protocolVersion: PROTOCOL_VERSION,
    capabilities: reg.capabilities,
    serverInfo: reg.serverInfo,
    ...(reg.instructions !== undefined ? { instructions: reg.instructions } : {}),
  };
}

export async function handleRequest(host: HostState, session: Session, req: JSONRPCRequest, extra: Extra): Promise<Result> {
  const params = req.params;
  if (req.method === 'initialize') return onInitialize(host, session, params);
  if (!session.initialized) throw RpcError.of('invalid-request', `${req.method} before initialize`);
  const reg = host.registrations;
  switch (req.method) {
    case 'logging/setLevel': {
      requireCapability(session, (c) => c.logging, req.method);
      const [level] = decode(() => loggingSetLevel.decodeParams(params));
      session.logLevel = level as Session['logLevel'];
      return {};
    }
    case 'tools/list': {
      requireCapability(session, (c) => c.tools, req.method);
      const [cursor] = decode(() => toolsList.decodeParams(params));
      return list(host, 'tools', cursor, 'tools');
    }
    case 'resources/list': {
      requireCapability(session, (c) => c.resources, req.method);
      const [cursor] = decode(() => resourcesList.decodeParams(params));
      return list(host, 'resources', cursor, 'resources');
    }
    case 'resources/templates/list': {
      requireCapability(session, (c) => c.resources, req.method);
      const [cursor] = decode(() => resourcesTemplatesList.decodeParams(params));
      return list(host, 'resourceTemplates', cursor, 'resourceTemplates');
    }
    case 'prompts/list': {
      requireCapability(session, (c) => c.prompts, req.method);
      const [cursor] = decode(() => promptsList.decodeParams(params));
      return list(host, 'prompts', cursor, 'prompts');
    }
    case 'tools/call': {
      requireCapability(session, (c) => c.tools, req.method);
      const args = decode(() => toolsCall.decodeParams(params));
      if (!reg.tools.some((t) => t.name === args[0])) throw RpcError.of('invalid-params', `Unknown tool: ${args[0]}`);
      return invoke(host, session, extra, 'callTool', args, (v) => toolsCall.encodeResult(v) as Result);
    }
    case 'resources/read': {
      requireCapability(session, (c) => c.resources, req.method);
      const args = decode(() => resourcesRead.decodeParams(params));
      return invoke(host, session, extra, 'readResource', args, (v) => resourcesRead.encodeResult(v) as Result);
    }
    case 'prompts/get': {
      requireCapability(session, (c) => c.prompts, req.method);
      const args = decode(() => promptsGet.decodeParams(params));
      if (!reg.prompts.some((p) => p.name === args[0])) throw RpcError.of('invalid-params', `Unknown prompt: ${args[0]}`);
      return invoke(host, session, extra, 'getPrompt', args, (v) => promptsGet.encodeResult(v) as Result);
    }
    case 'completion/complete': {
      requireCapability(session, (c) => c.completions, req.method);
      const args = decode(() => completionComplete.decodeParams(params));
      return invoke(host, session, extra, 'complete', args, (v) => completionComplete.encodeResult(v) as Result);
    }
    case 'resources/subscribe': {
      requireCapability(session, (c) => c.resources?.subscribe, req.method);
      const args = decode(() => resourcesSubscribe.decodeParams(params));
      // The component hears only a URI's first subscription (handlers.subscribe docs).
      if (host.subscriptions.wouldBeFirst(args[0]))
        await invoke(host, session, extra, 'subscribe', args, () => resourcesSubscribe.encodeResult() as Result);
      host.subscriptions.add(session, args[0]);
      return resourcesSubscribe.encodeResult() as Result;
    }
    case 'resources/unsubscribe': {
      requireCapability(session, (c) => c.resources?.subscribe, req.method);
      const args = decode(() => resourcesUnsubscribe.decodeParams(params));
      if (host.subscriptions.wouldBeLast(session, args[0]))
        await invoke(host, session, extra, 'unsubscribe', args, () => resourcesUnsubscribe.encodeResult() as Result);
      host.subscriptions.remove(session, args[0]);
      return resourcesUnsubscribe.encodeResult() as Result;
    }
    default:
      throw RpcError.of('method-not-found', `Method not found: ${req.method}`);
  }
}

/** Client notifications the component handles; the rest (initialized, cancelled) are the SDK's. */
export async function handleNotification(host: HostState, session: Session, n: Notification): Promise<void> {
  let fn: HandlerName;
  let args: unknown[];
  try {
    if (n.method === 'notifications/roots/list_changed') {
      fn = 'rootsListChanged';
      args = notificationRootsListChanged.decodeParams(n.params);
    } else if (n.method === 'notifications/progress') {
      fn = 'progress';
      args = notificationProgress.decodeParams(n.params);
    } else return;
  } catch (e) {
    // A malformed notification has no response to carry an error: drop it.
    host.settings.log(`dropped malformed ${n.method}: ${messageOf(e)}`);
    return;
  }
  const outcome = await host.instance.call(fn, args, { session });
  if (outcome.kind === 'trap') host.settings.log(`component trapped handling ${n.method}`);
  if (outcome.kind === 'busy') host.settings.log(`dropped ${n.method}: ${outcome.message}`);
}
