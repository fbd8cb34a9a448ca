// The host's side of the `runtime` imports: each takes the WIT arguments the component passed
// (lifted by jco in the worker) and answers with a WIT value or a WIT error. Conversions to
// and from MCP JSON are the generated codecs'.

import {
  CreateMessageResultSchema,
  ElicitResultSchema,
  ListRootsResultSchema,
  type ClientCapabilities,
  type Implementation,
  type Prompt,
  type Resource,
  type ResourceTemplate,
  type ServerCapabilities,
  type Tool,
} from '@modelcontextprotocol/sdk/types.js';
import {
  CodecError,
  elicitationCreate,
  notificationMessage,
  notificationProgress,
  notificationPromptsListChanged,
  notificationResourcesListChanged,
  notificationResourcesUpdated,
  notificationToolsListChanged,
  rootsList,
  samplingCreateMessage,
  types,
} from '../../generated/2025-06-18/codecs/index.js';
import { fromSdkError, messageOf, RpcError, toComponentError, witError } from './errors.js';
import { broadcast, notify, request, targetSession } from './outbound.js';
import { firstDuplicate, keyOf, type ListKind } from './registry.js';
import { admits } from './sessions.js';
import type { CallContext, HostState } from './state.js';
import type { ImportReply, RuntimeImport } from './worker-protocol.js';

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

function register(host: HostState, kind: ListKind, items: unknown, toJson: (v: never) => unknown): ImportReply {
  const list = convert(kind, () => (items as never[]).map((v, i) => convert(`${kind}[${i}]`, () => toJson(v))));
  const dup = firstDuplicate(list.map((x) => keyOf(kind, x as Tool)));
  if (dup !== undefined) throw RpcError.of('invalid-params', `duplicate ${kind === 'resourceTemplates' ? 'URI template' : kind === 'resources' ? 'URI' : 'name'}: ${dup}`);
  host.registrations = { ...host.registrations, [kind]: list };
  return ok();
}

/** A request to the client: capability checked by the host, params and result by the codecs. */
async function toClient(
  host: HostState,
  ctx: CallContext | undefined,
  capability: keyof ClientCapabilities,
  method: string,
  params: Record<string, unknown> | undefined,
  schema: Parameters<typeof request>[4],
  decode: (result: unknown) => unknown,
): Promise<ImportReply> {
  const session = targetSession(host, ctx);
  if (!session.clientCapabilities?.[capability])
    throw RpcError.of('method-not-found', `the client did not declare the ${capability} capability (needed for ${method})`);
  let result: unknown;
  try {
    result = await request(host, ctx, session, { method, ...(params !== undefined ? { params } : {}) }, schema);
  } catch (e) {
    return { error: toComponentError(fromSdkError(e)) };
  }
  try {
    return ok(decode(result));
  } catch (e) {
    throw RpcError.of('internal-error', `the client's ${method} result is malformed: ${messageOf(e)}`);
  }
}

type Impl = (host: HostState, args: Args, ctx: CallContext | undefined) => ImportReply | Promise<ImportReply>;

const IMPORTS: Record<RuntimeImport, Impl> = {
  registerServer(host, [info, caps, instructions]) {
    const serverInfo = convert('server-info', () => types.Implementation.fromWit(info as never)) as Implementation;
    const capabilities = convert('capabilities', () => types.ServerCapabilities.fromWit(caps as never)) as ServerCapabilities;
    host.registrations.server = { serverInfo, capabilities, ...(instructions !== undefined ? { instructions: instructions as string } : {}) };
    return ok();
  },
  registerTools: (host, [items]) => register(host, 'tools', items, (v) => types.Tool.fromWit(v) as Tool),
  registerResources: (host, [items]) => register(host, 'resources', items, (v) => types.Resource.fromWit(v) as Resource),
  registerResourceTemplates: (host, [items]) =>
    register(host, 'resourceTemplates', items, (v) => types.ResourceTemplate.fromWit(v) as ResourceTemplate),
  registerPrompts: (host, [items]) => register(host, 'prompts', items, (v) => types.Prompt.fromWit(v) as Prompt),
  serve(host) {
    if (!host.registrations.server) throw RpcError.of('invalid-request', 'register-server was never called');
    if (host.served) throw RpcError.of('invalid-request', 'serve was already called');
    host.served = true;
    return ok();
  },
  currentProgressToken(_host, _args, ctx) {
    return ok(ctx?.progressToken === undefined ? undefined : types.ProgressToken.toWit(ctx.progressToken as never));
  },
  createMessage: (host, args, ctx) =>
    toClient(
      host,
      ctx,
      'sampling',
      'sampling/createMessage',
      convert('params', () => samplingCreateMessage.encodeParams(...(args as Parameters<typeof samplingCreateMessage.encodeParams>))),
      CreateMessageResultSchema,
      (r) => samplingCreateMessage.decodeResult(r),
    ),
  elicit: (host, args, ctx) =>
    toClient(
      host,
      ctx,
      'elicitation',
      'elicitation/create',
      convert('params', () => elicitationCreate.encodeParams(...(args as Parameters<typeof elicitationCreate.encodeParams>))),
      ElicitResultSchema,
      (r) => elicitationCreate.decodeResult(r),
    ),
  listRoots: (host, args, ctx) =>
    toClient(
      host,
      ctx,
      'roots',
      'roots/list',
      convert('meta', () => rootsList.encodeParams(...(args as Parameters<typeof rootsList.encodeParams>))),
      ListRootsResultSchema,
      (r) => rootsList.decodeResult(r),
    ),
  async progress(host, args, ctx) {
    const params = convert('progress', () => notificationProgress.encodeParams(...(args as Parameters<typeof notificationProgress.encodeParams>)));
    // Progress belongs to the request being handled, and goes to its session only. Outside a
    // request there is no token the host gave out: nobody gets it. A cancelled request gets no
    // more progress: the client has forgotten its token.
    // Only the token of that request is valid there (the progress spec: tokens of active requests).
    const session = ctx?.session;
    if (!session || !ctx.extra) host.settings.log('dropped a progress notification sent outside a request');
    else if (params?.['progressToken'] !== ctx.progressToken) host.settings.log('dropped a progress notification for a token not of the request being handled');
    else if (!ctx.extra.signal.aborted) await notify(ctx, session, { method: 'notifications/progress', params });
    return ok();
  },
  async resourceListChanged(host, args, ctx) {
    const params = convert('meta', () => notificationResourcesListChanged.encodeParams(...(args as [never])));
    await broadcast(host, ctx, { method: 'notifications/resources/list_changed', ...(params ? { params } : {}) });
    return ok();
  },
  async resourceUpdated(host, args, ctx) {
    const params = convert('uri', () => notificationResourcesUpdated.encodeParams(...(args as [string])));
    const subscribers = host.subscriptions.subscribers(String(params?.['uri']));
    await broadcast(host, ctx, { method: 'notifications/resources/updated', ...(params ? { params } : {}) }, (s) => subscribers.has(s));
    return ok();
  },
  async promptListChanged(host, args, ctx) {
    const params = convert('meta', () => notificationPromptsListChanged.encodeParams(...(args as [never])));
    await broadcast(host, ctx, { method: 'notifications/prompts/list_changed', ...(params ? { params } : {}) });
    return ok();
  },
  async toolListChanged(host, args, ctx) {
    const params = convert('meta', () => notificationToolsListChanged.encodeParams(...(args as [never])));
    await broadcast(host, ctx, { method: 'notifications/tools/list_changed', ...(params ? { params } : {}) });
    return ok();
  },
  async loggingMessage(host, args, ctx) {
    const params = convert('log', () => notificationMessage.encodeParams(...(args as Parameters<typeof notificationMessage.encodeParams>)))!;
    const level = params['level'] as Parameters<typeof admits>[0];
    // A log message is about what the component is doing for one client: it goes to that
    // client's session only (if its level admits it), never to the others. Outside any session's
    // message (start, or unsubscribe for a closed session) it goes to the host's log.
    const session = ctx?.session;
    if (!session) {
      host.settings.log(`component log (${level}): ${JSON.stringify(params['data'])}`);
      return ok();
    }
    if (session.capabilities?.logging !== undefined && admits(level, session.logLevel))
      await notify(ctx, session, { method: 'notifications/message', params }).catch((e: unknown) => host.settings.log(`log message to ${session.id} failed: ${String(e)}`));
    return ok();
  },
};

/** Answers one import call from the component. */
export async function answerImport(host: HostState, name: RuntimeImport, args: Args, ctx: CallContext | undefined): Promise<ImportReply> {
  try {
    return await IMPORTS[name](host, args, ctx);
  } catch (e) {
    if (e instanceof RpcError) return { error: toComponentError(e.toJson()) };
    host.settings.log(`runtime.${name} failed: ${messageOf(e)}`);
    return { error: witError('internal-error', messageOf(e)) };
  }
}
