// Stateless Streamable HTTP (MCP 2026-07-28) on one path (/mcp): every POST is one JSON-RPC
// message, answered on its own; no session, no GET stream, no Mcp-Session-Id. A request is
// answered with `application/json`, or with an SSE stream scoped to it as soon as it has a
// notification to carry (progress, log messages; a `subscriptions/listen` stream always), the
// response last. Closing that stream cancels the request.
//
// Checked before anything else, for every request: the path, Origin (MUST: the server's own
// origins and `--allow-origin` ones pass, none given passes) and, on loopback, Host (DNS
// rebinding). Then what a LegacyEndpoint claims (an `initialize`, an `Mcp-Session-Id`, GET and
// DELETE of session-based clients) goes to it; everything else is 2026-07-28: content type,
// Accept, body size (one limit), the body (-32700, -32600), the request metadata headers against
// the body (-32020 HeaderMismatch), then the core. Refusals the host makes before running a
// handler are HTTP 4xx (404 for an unknown method, 400 otherwise), with the request's id.

import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { messageOf } from '../errors.js';
import { classifyText, errorReply, INVALID_REQUEST, tooLarge } from '../jsonrpc.js';
import type { JsonObject, LegacyEndpoint, RequestId, StatelessReply } from './contract.js';
import { isRefusal, type WireCore } from './core.js';
import { headerMismatch } from './headers.js';
import { META, MODERN_VERSION } from './state.js';

export const MCP_PATH = '/mcp';
const HEADER_MISMATCH = -32020;
/** A listen stream's keep-alive comment (streamable-http.mdx: encouraged for long-lived streams). */
const KEEPALIVE_MS = 15_000;

export interface WireHttpLimits {
  maxBodyBytes: number;
  /** Origins allowed besides the server's own. */
  allowedOrigins: string[];
  /** Bytes a response stream may have waiting for a slow client before the request is dropped. */
  maxPendingBytes: number;
}

export interface WireHttpListener {
  url: string;
  /** Origins the server calls its own (for a LegacyEndpoint's checks). */
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

function readBody(req: IncomingMessage, res: ServerResponse, limit: number): Promise<Buffer | undefined> {
  const tooBig = (): undefined => {
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

function mediaTypes(header: string | undefined): string[] {
  return (header ?? '').split(',').map((t) => t.split(';')[0]!.trim().toLowerCase());
}

export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '::1' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/** Whether the request's MCP-Protocol-Version header names this core's version. */
function modernHeader(req: IncomingMessage): boolean {
  const v = req.headers['mcp-protocol-version'];
  return typeof v === 'string' && v.trim() === MODERN_VERSION;
}

/** The HTTP status of a JSON-RPC error reply: refusals before any handler are 4xx. */
export function statusOf(reply: StatelessReply): number {
  if (!('error' in reply)) return 200;
  const code = reply.error.code;
  if (code === -32601) return 404;
  if (code === -32020 || code === -32021 || code === -32022) return 400;
  return isRefusal(reply) ? 400 : 200;
}

export async function listenWire(
  port: number,
  hostname: string,
  core: WireCore,
  legacy: LegacyEndpoint | undefined,
  log: (l: string) => void,
  limits: WireHttpLimits,
): Promise<WireHttpListener & { allowedOrigins: string[] }> {
  let allowedHosts: string[] = [];
  let allowedOrigins: string[] = [];
  const loopback = isLoopback(hostname);
  if (!loopback) log(`serving on ${hostname}, not loopback: anyone who can reach it can use the component`);
  const open = new Set<ServerResponse>();

  function refusedOrigin(req: IncomingMessage, res: ServerResponse): boolean {
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins.includes(origin)) {
      send(res, 403, errorReply(INVALID_REQUEST, 'Forbidden: origin not allowed (serve --allow-origin)'));
      return true;
    }
    if (loopback && !allowedHosts.includes(req.headers.host ?? '')) {
      send(res, 403, errorReply(INVALID_REQUEST, 'Forbidden: Host header not allowed'));
      return true;
    }
    return false;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== MCP_PATH) return void res.writeHead(404).end();
    if (refusedOrigin(req, res)) return;
    if (req.method !== 'POST') {
      if (legacy?.claims(req, undefined)) return legacy.handleHttp(req, res, undefined);
      // 2026-07-28 has no GET stream and no session to DELETE.
      return send(res, 405, errorReply(INVALID_REQUEST, `Method Not Allowed: ${req.method ?? ''} (MCP 2026-07-28 takes POST only)`), { allow: 'POST' });
    }
    if (!mediaTypes(req.headers['content-type']).includes('application/json'))
      return send(res, 415, errorReply(INVALID_REQUEST, 'Unsupported Media Type: Content-Type must be application/json'));
    const accept = mediaTypes(req.headers.accept);
    if (!accept.includes('application/json') || !accept.includes('text/event-stream'))
      return send(res, 406, errorReply(INVALID_REQUEST, 'Not Acceptable: Accept must list application/json and text/event-stream'));
    const body = await readBody(req, res, limits.maxBodyBytes);
    if (!body) return;
    const text = body.toString('utf8');
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    // A request that says it speaks 2026-07-28 is never a session's, even an `initialize` (which
    // 2026-07-28 does not have: -32601, as a modern client expects).
    if (parsed !== undefined && !modernHeader(req) && legacy?.claims(req, parsed)) return legacy.handleHttp(req, res, parsed);
    const c = classifyText(text);
    if (!c.ok) return send(res, 400, c.reply);
    const m = c.message as { id?: RequestId; method?: string; params?: JsonObject };
    if (m.method === undefined) return send(res, 400, errorReply(INVALID_REQUEST, 'Invalid Request: a client sends no responses in MCP 2026-07-28'));
    // A notification: accepted, nothing to do (cancellation on HTTP is closing the stream).
    if (m.id === undefined) return void res.writeHead(202).end();
    const id = m.id;
    const params = m.params ?? {};
    const meta = params['_meta'];
    const version = typeof meta === 'object' && meta !== null ? (meta as JsonObject)[META.protocolVersion] : undefined;
    const mismatch = headerMismatch(req.headers, m.method, params, version, (name) => core.toolInputSchema(name));
    if (mismatch) return send(res, 400, { jsonrpc: '2.0', id, error: { code: HEADER_MISMATCH, message: `Header mismatch: ${mismatch}` } });
    await serve(req, res, id, m.method, params);
  }

  async function serve(req: IncomingMessage, res: ServerResponse, id: RequestId, method: string, params: JsonObject): Promise<void> {
    const abort = new AbortController();
    let sse = false;
    let keepalive: NodeJS.Timeout | undefined;
    const startSse = (): void => {
      if (sse) return;
      sse = true;
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', 'x-accel-buffering': 'no' });
      res.flushHeaders();
      if (method === 'subscriptions/listen') keepalive = setInterval(() => res.write(':\n\n'), KEEPALIVE_MS);
    };
    const event = (message: unknown): void => {
      res.write(`event: message\ndata: ${JSON.stringify(message)}\n\n`);
      // A client that does not read its stream must not make the host buffer without bound.
      if (res.writableLength > limits.maxPendingBytes) {
        log(`http: a response stream had more than ${limits.maxPendingBytes} bytes unread; the request was dropped`);
        abort.abort();
        res.destroy();
      }
    };
    // Closing the response before it is finished cancels the request (streamable-http.mdx).
    res.once('close', () => {
      if (!res.writableFinished) abort.abort();
    });
    open.add(res);
    const stream = {
      send: (n: { method: string; params?: JsonObject }): void => {
        if (abort.signal.aborted || res.destroyed) return;
        startSse();
        event({ jsonrpc: '2.0', ...n });
      },
    };
    if (method === 'subscriptions/listen') startSse();
    try {
      const reply = await core.handle({ id, method, params }, stream, abort.signal, { lane: laneOf(req, params) });
      if (abort.signal.aborted || res.destroyed) return;
      const message = { jsonrpc: '2.0', id, ...reply };
      if (sse) {
        event(message);
        res.end();
      } else send(res, statusOf(reply), message);
    } finally {
      if (keepalive) clearInterval(keepalive);
      open.delete(res);
    }
  }

  const server: HttpServer = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      log(`http: ${messageOf(e)}`);
      if (!res.headersSent) send(res, 500, errorReply(-32603, 'Internal server error'));
      else res.end();
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
    allowedOrigins,
    async close() {
      core.close();
      for (const res of open) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * The queue lane of a request: requests of different clients take turns at the component. With
 * no session, a client is its address and the name it gives (self-reported: this is fairness
 * between well-behaved clients, not a security boundary; the queue bounds hold regardless).
 */
function laneOf(req: IncomingMessage, params: JsonObject): string {
  const meta = params['_meta'] as JsonObject | undefined;
  const info = meta?.[META.clientInfo] as { name?: unknown } | undefined;
  return `${req.socket.remoteAddress ?? ''}|${typeof info?.name === 'string' ? info.name.slice(0, 200) : ''}`;
}

