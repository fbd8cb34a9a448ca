// Sending to sessions: notifications and requests from the component to clients. A message
// sent while handling a request of the same session is sent as related to that request, so
// Streamable HTTP carries it on the request's own SSE stream.

import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import type { Notification, Request, Result } from '@modelcontextprotocol/sdk/types.js';
import { RpcError } from './errors.js';
import type { CallContext, HostState, Session } from './state.js';

export async function notify(ctx: CallContext | undefined, session: Session, n: Notification): Promise<void> {
  if (!session.initialized) return;
  if (ctx?.session === session && ctx.extra && !ctx.extra.signal.aborted) await ctx.extra.sendNotification(n as never);
  else await session.server.notification(n as never);
}

/** Every initialized session, or the ones `which` selects. */
export async function broadcast(
  host: HostState,
  ctx: CallContext | undefined,
  n: Notification,
  which: (s: Session) => boolean = () => true,
): Promise<void> {
  const targets = [...host.sessions].filter((s) => s.initialized && which(s));
  await Promise.all(targets.map((s) => notify(ctx, s, n).catch((e: unknown) => host.settings.log(`notification to ${s.id} failed: ${String(e)}`))));
}

/**
 * The session a request to the client goes to: the one whose message the component is handling,
 * else the only open one (runtime docs: `invalid-request` when ambiguous).
 */
export function targetSession(host: HostState, ctx: CallContext | undefined): Session {
  const session = ctx?.session ?? soleSession(host);
  if (session) return session;
  const open = [...host.sessions].filter((s) => s.initialized).length;
  throw RpcError.of('invalid-request', open === 0 ? 'no client session is open' : 'called outside a handler while more than one session is open');
}

/** The only initialized session, if exactly one is open. */
export function soleSession(host: HostState): Session | undefined {
  const open = [...host.sessions].filter((s) => s.initialized);
  return open.length === 1 ? open[0] : undefined;
}

export async function request(
  host: HostState,
  ctx: CallContext | undefined,
  session: Session,
  r: Request,
  schema: Parameters<Server['request']>[1],
): Promise<Result> {
  const options = { timeout: host.settings.requestTimeoutMs };
  if (ctx?.session === session && ctx.extra) return (await ctx.extra.sendRequest(r as never, schema as never, options)) as Result;
  return (await session.server.request(r as never, schema as never, options)) as Result;
}
