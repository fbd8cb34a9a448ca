// Streamable HTTP for session-based clients: an SDK StreamableHTTPServerTransport and a bridge
// session per client, created by the initialize POST, found by the Mcp-Session-Id header
// afterwards (an unknown id is 404, so the client starts a new session, as both versions say).
// The caller (the host's HTTP server) has read and size-checked the body; here, before a session
// exists for it, come the checks that must not allocate one: Origin (the server's own, i.e. the
// Host's, and the operator's list), content type, Accept, one JSON-RPC message (neither legacy
// version has batches), the session limit (503). A client that goes away before its POST is
// answered cancels the requests in it. A session none of whose requests is open (no POST in
// flight, no GET stream) for `sessionIdleMs` is closed. Session ids are never logged.

import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import type { LegacyOptions, RequestId } from '../wire/contract.js';
import { isObject } from './capabilities.js';
import { INVALID_REQUEST } from './errors.js';
import type { BridgeSession } from './session.js';

interface Entry {
  transport: StreamableHTTPServerTransport;
  session: BridgeSession;
  /** When a request last began or ended, and how many are open. */
  last: number;
  open: number;
}

export interface HttpDeps {
  options: LegacyOptions;
  /** A new session, or undefined when `maxSessions` are open. */
  newSession: () => BridgeSession | undefined;
}

function reply(res: ServerResponse, status: number, code: number, message: string, id: RequestId | null = null, headers: Record<string, string> = {}): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify({ jsonrpc: '2.0', id, error: { code, message } }));
}

function mediaTypes(header: string | undefined): string[] {
  return (header ?? '').split(',').map((t) => t.split(';')[0]!.trim().toLowerCase());
}

function idOf(body: unknown): RequestId | null {
  const id = isObject(body) ? body.id : undefined;
  return typeof id === 'string' || (typeof id === 'number' && Number.isSafeInteger(id)) ? id : null;
}

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

/** `origin` names the server the request reached: its Host, or another loopback name at the same port. */
export function isOwnOrigin(origin: string, host: string | undefined): boolean {
  if (!host) return false;
  let u: URL;
  let h: URL;
  try {
    u = new URL(origin);
    h = new URL(`http://${host}`);
  } catch {
    return false;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
  if (u.host === h.host) return true;
  return LOOPBACK.test(u.hostname) && LOOPBACK.test(h.hostname) && u.port === h.port;
}

export function isInitialize(body: unknown): boolean {
  return isObject(body) && body.method === 'initialize' && body.id !== undefined;
}

/** Sessions idle at `now`: none of their requests open, none for `idleMs`. */
export function idleEntries<K>(entries: Iterable<[K, { last: number; open: number }]>, now: number, idleMs: number): K[] {
  const out: K[] = [];
  for (const [k, a] of entries) if (a.open === 0 && now - a.last >= idleMs) out.push(k);
  return out;
}

export class HttpSessions {
  private readonly bySid = new Map<string, Entry>();
  private readonly sweep: NodeJS.Timeout | undefined;

  constructor(private readonly deps: HttpDeps) {
    const idleMs = deps.options.sessionIdleMs;
    if (idleMs > 0) {
      this.sweep = setInterval(() => this.closeIdle(), Math.max(10, Math.min(idleMs / 4, 60_000)));
      this.sweep.unref();
    }
  }

  claims(req: IncomingMessage, body: unknown): boolean {
    return typeof req.headers['mcp-session-id'] === 'string' || (req.method === 'POST' && isInitialize(body));
  }

  async handle(req: IncomingMessage, res: ServerResponse, body: unknown): Promise<void> {
    if (this.refusedOrigin(req, res)) return;
    const sid = req.headers['mcp-session-id'];
    if (typeof sid === 'string') {
      const entry = this.bySid.get(sid);
      if (!entry) return reply(res, 404, -32001, 'Session not found', idOf(body));
      this.track(entry, res);
      if (req.method !== 'POST') return entry.transport.handleRequest(req, res);
      if (!this.acceptablePost(req, res, body)) return;
      this.cancelOnDisconnect(entry, body, res);
      return entry.transport.handleRequest(req, res, body);
    }
    if (req.method !== 'POST' || !isInitialize(body)) return reply(res, 400, -32000, 'Bad Request: no valid session ID provided', idOf(body));
    if (!this.acceptablePost(req, res, body)) return;
    const session = this.deps.newSession();
    if (!session)
      return reply(res, 503, -32000, `Service Unavailable: ${this.deps.options.maxSessions} sessions are open (serve --max-sessions)`, idOf(body), { 'retry-after': '5' });
    let entry: Entry | undefined;
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => {
        entry = { transport, session, last: Date.now(), open: 0 };
        this.bySid.set(id, entry);
      },
      // The host checks Host and Origin before the SDK sees a request.
      enableDnsRebindingProtection: false,
    });
    transport.onclose = () => {
      if (transport.sessionId) this.bySid.delete(transport.sessionId);
      session.close();
    };
    try {
      await session.connect(transport);
      await transport.handleRequest(req, res, body);
    } finally {
      // Refused by the SDK, or an initialize that failed: the session never began, drop it.
      if (!transport.sessionId || !session.protocolVersion) await transport.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    if (this.sweep) clearInterval(this.sweep);
    const entries = [...this.bySid.values()];
    this.bySid.clear();
    await Promise.all(entries.map((e) => e.transport.close().catch(() => undefined)));
  }

  private closeIdle(): void {
    const idleMs = this.deps.options.sessionIdleMs;
    for (const sid of idleEntries(this.bySid.entries(), Date.now(), idleMs)) {
      const entry = this.bySid.get(sid);
      this.bySid.delete(sid);
      this.deps.options.log(`bridge: a session idle for ${idleMs} ms was closed`);
      void entry?.transport.close().catch(() => undefined);
    }
  }

  /** Origin: absent (not a browser), the server's own (the Host the request names, or loopback at its port), or one the operator allows. */
  private refusedOrigin(req: IncomingMessage, res: ServerResponse): boolean {
    const origin = req.headers.origin;
    if (origin === undefined || isOwnOrigin(origin, req.headers.host) || this.deps.options.allowedOrigins.includes(origin)) return false;
    reply(res, 403, INVALID_REQUEST, 'Forbidden: origin not allowed (serve --allow-origin)');
    return true;
  }

  private acceptablePost(req: IncomingMessage, res: ServerResponse, body: unknown): boolean {
    if (!mediaTypes(req.headers['content-type']).includes('application/json')) {
      reply(res, 415, INVALID_REQUEST, 'Unsupported Media Type: Content-Type must be application/json');
      return false;
    }
    const accept = mediaTypes(req.headers.accept);
    if (!accept.includes('application/json') || !accept.includes('text/event-stream')) {
      reply(res, 406, INVALID_REQUEST, 'Not Acceptable: Accept must list application/json and text/event-stream');
      return false;
    }
    if (!isObject(body) || body.jsonrpc !== '2.0') {
      reply(res, 400, INVALID_REQUEST, Array.isArray(body) ? 'Invalid Request: batches are not supported' : 'Invalid Request: not a JSON-RPC 2.0 message', idOf(body));
      return false;
    }
    return true;
  }

  private track(entry: Entry, res: ServerResponse): void {
    entry.open++;
    entry.last = Date.now();
    res.once('close', () => {
      entry.open--;
      entry.last = Date.now();
    });
  }

  /** If the client goes away before its POST is answered, its request is cancelled. */
  private cancelOnDisconnect(entry: Entry, body: unknown, res: ServerResponse): void {
    if (!isObject(body) || body.method === undefined || body.id === undefined) return;
    const requestId = body.id as RequestId;
    res.once('close', () => {
      if (res.writableFinished) return;
      const cancel: JSONRPCMessage = { jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId, reason: 'the client went away' } };
      entry.transport.onmessage?.(cancel);
    });
  }
}
