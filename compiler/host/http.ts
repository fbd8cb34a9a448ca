// Streamable HTTP on one path (/mcp): a transport and a session per client, created by the
// initialize POST, found by the Mcp-Session-Id header afterwards. Loopback by default, with
// the SDK's Host-header check against DNS rebinding. A session none of whose requests is open
// (no POST in flight, no GET stream) for `idleMs` is closed: its client went away without a
// DELETE, and would otherwise hold its session (and subscriptions) forever.

import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';

export const MCP_PATH = '/mcp';
const MAX_BODY = 16 * 1024 * 1024;

export interface HttpListener {
  url: string;
  close(): Promise<void>;
}

/** Connects a new transport to a new session (the host's `connect`). */
export type Connect = (transport: StreamableHTTPServerTransport) => Promise<void>;

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) reject(new Error('request body too large'));
      else chunks.push(c);
    });
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        resolve(undefined);
      }
    });
    req.on('error', reject);
  });
}

function jsonRpcError(res: ServerResponse, status: number, code: number, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ jsonrpc: '2.0', error: { code, message }, id: null }));
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
export function idleSessions(activity: ReadonlyMap<string, Activity>, now: number, idleMs: number): string[] {
  const out: string[] = [];
  for (const [sid, a] of activity) if (a.open === 0 && now - a.last >= idleMs) out.push(sid);
  return out;
}

export async function listenHttp(port: number, hostname: string, connect: Connect, log: (l: string) => void, idleMs = 0): Promise<HttpListener> {
  const transports = new Map<string, StreamableHTTPServerTransport>();
  const activity = new Map<string, Activity>();
  /** Counts a request of session `sid` as open until its response closes. */
  const track = (sid: string, res: ServerResponse): void => {
    const a = activity.get(sid);
    if (!a) return;
    a.open++;
    a.last = Date.now();
    res.once('close', () => {
      a.open--;
      a.last = Date.now();
    });
  };
  const sweep =
    idleMs > 0
      ? setInterval(() => {
          for (const sid of idleSessions(activity, Date.now(), idleMs)) {
            log(`http: session ${sid} idle for ${idleMs} ms, closed`);
            activity.delete(sid);
            void transports.get(sid)?.close().catch(() => undefined);
          }
        }, Math.max(10, Math.min(idleMs / 4, 60_000)))
      : undefined;
  sweep?.unref();
  let allowedHosts: string[] = [];
  const loopback = isLoopback(hostname);
  if (!loopback) log(`serving on ${hostname}, not loopback: anyone who can reach it can use the component`);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== MCP_PATH) return void res.writeHead(404).end();
    const sid = req.headers['mcp-session-id'];
    const existing = typeof sid === 'string' ? transports.get(sid) : undefined;
    if (existing) {
      track(sid as string, res);
      return existing.handleRequest(req, res);
    }
    if (sid !== undefined) return jsonRpcError(res, 404, -32001, 'Session not found');
    if (req.method !== 'POST') return jsonRpcError(res, 400, -32000, 'Bad Request: no session');
    const body = await readBody(req);
    if (!isInitializeRequest(body)) return jsonRpcError(res, 400, -32000, 'Bad Request: no valid session ID provided');
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => {
        transports.set(id, transport);
        activity.set(id, { last: Date.now(), open: 0 });
      },
      // Host-header checking protects a loopback server from DNS rebinding; on another
      // interface the host cannot know the names clients use, so it is off (serve warns).
      enableDnsRebindingProtection: loopback,
      allowedHosts,
    });
    transport.onclose = () => {
      if (transport.sessionId) {
        transports.delete(transport.sessionId);
        activity.delete(transport.sessionId);
      }
    };
    await connect(transport);
    await transport.handleRequest(req, res, body);
  }

  const server: HttpServer = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      log(`http: ${e instanceof Error ? e.message : String(e)}`);
      if (!res.headersSent) jsonRpcError(res, 500, -32603, 'Internal server error');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  const host = hostname.includes(':') ? `[${hostname}]` : hostname;
  allowedHosts = [`${host}:${actual}`, `localhost:${actual}`, `127.0.0.1:${actual}`];
  return {
    url: `http://${host}:${actual}${MCP_PATH}`,
    async close() {
      if (sweep) clearInterval(sweep);
      await Promise.all([...transports.values()].map((t) => t.close().catch(() => undefined)));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
