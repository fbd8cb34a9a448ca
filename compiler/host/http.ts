// Streamable HTTP on one path (/mcp): a transport and a session per client, created by the
// initialize POST, found by the Mcp-Session-Id header afterwards. Loopback by default.
//
// Every request is checked here before any session exists for it: Origin (the transport spec:
// MUST validate; allowed are the server's own origins and those the operator lists), Host on
// loopback (DNS rebinding), content type, Accept, the body size (one limit on every path), and
// the body itself (jsonrpc.ts: -32700, -32600 with the id when it can be read). A refusal never
// allocates a session, and the number of sessions is bounded. When a client goes away before a
// POST is answered, the requests in it are cancelled. A session none of whose requests is open
// (no POST in flight, no GET stream) for `idleMs` is closed. Session ids are never logged.

import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { isInitializeRequest, isJSONRPCRequest, type JSONRPCMessage, type RequestId } from '@modelcontextprotocol/sdk/types.js';
import { classifyText, errorReply, INVALID_REQUEST, tooLarge, type ErrorReply } from './jsonrpc.js';

export const MCP_PATH = '/mcp';

export interface HttpListener {
  url: string;
  close(): Promise<void>;
}

export interface HttpLimits {
  /** Largest request body, on every path. */
  maxBodyBytes: number;
  /** Sessions open at once (initialize refused with 503 beyond). */
  maxSessions: number;
  /** A session with no request open for this long is closed (0: never). */
  idleMs: number;
  /** Origins allowed besides the server's own (e.g. a browser client's). */
  allowedOrigins: string[];
}

/** Connects a new transport to a new session (the host's `connect`). */
export type Connect = (transport: StreamableHTTPServerTransport) => Promise<void>;

function send(res: ServerResponse, status: number, reply: ErrorReply, headers: Record<string, string> = {}): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(reply));
}

/** Reads the body up to `limit` bytes; undefined (after answering 413) when it is larger. */
function readBody(req: IncomingMessage, res: ServerResponse, limit: number): Promise<Buffer | undefined> {
  const tooBig = (): undefined => {
    // Answer at once and drop the connection: the rest of the body is never read.
    send(res, 413, tooLarge(limit), { connection: 'close' });
    res.once('finish', () => req.destroy());
    return undefined;
  };
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve(tooBig());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer): void => {
      size += c.length;
      if (size > limit) {
        req.off('data', onData);
        req.pause();
        resolve(tooBig());
      } else chunks.push(c);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks, size)));
    req.on('error', reject);
  });
}

export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '::1' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/** When each session last had a request, and how many of its requests are open. */
interface Activity {
  last: number;
  open: number;
}

/** Sessions idle for `idleMs` (no request open, none for that long) at time `now`. */
export function idleSessions<K>(activity: ReadonlyMap<K, Activity>, now: number, idleMs: number): K[] {
  const out: K[] = [];
  for (const [sid, a] of activity) if (a.open === 0 && now - a.last >= idleMs) out.push(sid);
  return out;
}

/** The header's media types, without parameters, lower case. */
function mediaTypes(header: string | undefined): string[] {
  return (header ?? '').split(',').map((t) => t.split(';')[0]!.trim().toLowerCase());
}

/** The ids of the requests in a message (what to cancel when its client goes away). */
function requestIds(m: JSONRPCMessage): RequestId[] {
  return isJSONRPCRequest(m) ? [m.id] : [];
}

export async function listenHttp(port: number, hostname: string, connect: Connect, log: (l: string) => void, limits: HttpLimits): Promise<HttpListener> {
  const transports = new Map<string, StreamableHTTPServerTransport>();
  /** Transports not yet closed, initialized or not: what the session limit counts. */
  const live = new Set<StreamableHTTPServerTransport>();
  const activity = new Map<StreamableHTTPServerTransport, Activity>();
  /** Counts a request of a session as open until its response closes. */
  const track = (t: StreamableHTTPServerTransport, res: ServerResponse): void => {
    const a = activity.get(t);
    if (!a) return;
    a.open++;
    a.last = Date.now();
    res.once('close', () => {
      a.open--;
      a.last = Date.now();
    });
  };
  const sweep =
    limits.idleMs > 0
      ? setInterval(() => {
          for (const t of idleSessions(activity, Date.now(), limits.idleMs)) {
            log(`http: a session idle for ${limits.idleMs} ms was closed`);
            activity.delete(t);
            void t.close().catch(() => undefined);
          }
        }, Math.max(10, Math.min(limits.idleMs / 4, 60_000)))
      : undefined;
  sweep?.unref();
  let allowedHosts: string[] = [];
  let allowedOrigins: string[] = [];
  const loopback = isLoopback(hostname);
  if (!loopback) log(`serving on ${hostname}, not loopback: anyone who can reach it can use the component`);

  /** Origin and Host checks; true if refused (answered 403). */
  function refusedOrigin(req: IncomingMessage, res: ServerResponse): boolean {
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins.includes(origin)) {
      send(res, 403, errorReply(INVALID_REQUEST, 'Forbidden: origin not allowed (serve --allow-origin)'));
      return true;
    }
    // On loopback the Host must be the server's own name: a page on another site that resolves
    // to 127.0.0.1 (DNS rebinding) sends its own. On another interface the host cannot know
    // the names clients use, so it does not check (serve warns).
    if (loopback && !allowedHosts.includes(req.headers.host ?? '')) {
      send(res, 403, errorReply(INVALID_REQUEST, 'Forbidden: Host header not allowed'));
      return true;
    }
    return false;
  }

  /** The POST body as one JSON-RPC message, or undefined after answering the refusal. */
  async function postedMessage(req: IncomingMessage, res: ServerResponse): Promise<JSONRPCMessage | undefined> {
    if (!mediaTypes(req.headers['content-type']).includes('application/json')) {
      send(res, 415, errorReply(INVALID_REQUEST, 'Unsupported Media Type: Content-Type must be application/json'));
      return undefined;
    }
    const accept = mediaTypes(req.headers.accept);
    if (!accept.includes('application/json') || !accept.includes('text/event-stream')) {
      send(res, 406, errorReply(INVALID_REQUEST, 'Not Acceptable: Accept must list application/json and text/event-stream'));
      return undefined;
    }
    const body = await readBody(req, res, limits.maxBodyBytes);
    if (!body) return undefined;
    const c = classifyText(body.toString('utf8'));
    if (!c.ok) return void send(res, 400, c.reply);
    return c.message;
  }

  /** If the client goes away before its POST is answered, the requests in it are cancelled. */
  function cancelOnDisconnect(t: StreamableHTTPServerTransport, m: JSONRPCMessage, res: ServerResponse): void {
    const ids = requestIds(m);
    if (ids.length === 0) return;
    res.once('close', () => {
      if (res.writableFinished) return;
      for (const requestId of ids)
        t.onmessage?.({ jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId, reason: 'the client went away' } });
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== MCP_PATH) return void res.writeHead(404).end();
    if (refusedOrigin(req, res)) return;
    const sid = req.headers['mcp-session-id'];
    const existing = typeof sid === 'string' ? transports.get(sid) : undefined;
    if (sid !== undefined && !existing) return send(res, 404, errorReply(-32001, 'Session not found'));
    if (existing) {
      track(existing, res);
      if (req.method !== 'POST') return existing.handleRequest(req, res);
      const m = await postedMessage(req, res);
      if (!m) return;
      cancelOnDisconnect(existing, m, res);
      return existing.handleRequest(req, res, m);
    }
    if (req.method !== 'POST') return send(res, 400, errorReply(-32000, 'Bad Request: no session'));
    const m = await postedMessage(req, res);
    if (!m) return;
    if (!isInitializeRequest(m)) return send(res, 400, errorReply(-32000, 'Bad Request: no valid session ID provided', isJSONRPCRequest(m) ? m.id : null));
    if (live.size >= limits.maxSessions)
      return send(res, 503, errorReply(-32000, `Service Unavailable: ${limits.maxSessions} sessions are open (serve --max-sessions)`, isJSONRPCRequest(m) ? m.id : null), { 'retry-after': '5' });
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => {
        transports.set(id, transport);
        activity.set(transport, { last: Date.now(), open: 0 });
      },
      // Checked above, for every request, before the SDK sees it.
      enableDnsRebindingProtection: false,
    });
    live.add(transport);
    transport.onclose = () => {
      live.delete(transport);
      activity.delete(transport);
      if (transport.sessionId) transports.delete(transport.sessionId);
    };
    try {
      await connect(transport);
      await transport.handleRequest(req, res, m);
    } finally {
      // The SDK refused it after all (e.g. a protocol header): the session never began, drop it.
      if (!transport.sessionId) await transport.close().catch(() => undefined);
    }
  }

  const server: HttpServer = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      log(`http: ${e instanceof Error ? e.message : String(e)}`);
      if (!res.headersSent) send(res, 500, errorReply(-32603, 'Internal server error'));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  const host = hostname.includes(':') ? `[${hostname}]` : hostname;
  const names = loopback ? [host, 'localhost', '127.0.0.1', '[::1]'] : [host];
  allowedHosts = names.map((n) => `${n}:${actual}`);
  allowedOrigins = [...names.map((n) => `http://${n}:${actual}`), ...limits.allowedOrigins];
  return {
    url: `http://${host}:${actual}${MCP_PATH}`,
    async close() {
      if (sweep) clearInterval(sweep);
      await Promise.all([...live].map((t) => t.close().catch(() => undefined)));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
