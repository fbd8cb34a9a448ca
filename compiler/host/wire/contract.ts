// compiler/host/wire/contract.ts — the contract between the 2026-07-28 stateless core (branch
// `wire`) and the bridge for session-based clients (branch `bridge`). Both branches add this file
// byte-identical; changing it needs the lead (write to /work/notes/contract-change-request.md).
// Everything here is MCP JSON as on the 2026-07-28 wire: the bridge translates earlier versions'
// messages to and from it, so it never sees the component.

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';

/** The reserved `_meta` keys both sides of the contract read and write (2026-07-28). */
export const META = {
  protocolVersion: 'io.modelcontextprotocol/protocolVersion',
  clientCapabilities: 'io.modelcontextprotocol/clientCapabilities',
  clientInfo: 'io.modelcontextprotocol/clientInfo',
  logLevel: 'io.modelcontextprotocol/logLevel',
  serverInfo: 'io.modelcontextprotocol/serverInfo',
  subscriptionId: 'io.modelcontextprotocol/subscriptionId',
} as const;

export type JsonObject = Record<string, unknown>;
export type RequestId = string | number;

/**
 * One 2026-07-28 client request. `params._meta` carries `io.modelcontextprotocol/protocolVersion`,
 * `io.modelcontextprotocol/clientCapabilities`, `io.modelcontextprotocol/clientInfo` and, when the
 * client wants log messages, `io.modelcontextprotocol/logLevel`.
 */
export interface StatelessRequest {
  id: RequestId;
  method: string;
  params: JsonObject;
}

/** What the server sends on one request's response stream before (or instead of) its reply. */
export interface ResponseStream {
  /** notifications/progress and notifications/message of this request; for subscriptions/listen, the acknowledgement and every notification, with `io.modelcontextprotocol/subscriptionId`. */
  send(notification: { method: string; params?: JsonObject }): void;
}

export type StatelessReply =
  | { result: JsonObject }
  | { error: { code: number; message: string; data?: unknown } };

/** The host's 2026-07-28 server: one component (or a pool of instances) behind MCP JSON. */
export interface StatelessServer {
  /**
   * Serves one request and resolves with its reply (an input-required outcome is a result with
   * `resultType: "input_required"`). `signal` aborts it (cancellation, disconnect). For
   * `subscriptions/listen` it resolves when the stream ends (signal aborted or host closing).
   */
  handle(request: StatelessRequest, stream: ResponseStream, signal: AbortSignal): Promise<StatelessReply>;
}

/** Serves clients of the session-based versions (2025-06-18, 2025-11-25) through a StatelessServer. */
export interface LegacyEndpoint {
  /** HTTP: whether this request belongs to a session-based client (an `initialize` request, or an `Mcp-Session-Id` header). */
  claims(req: IncomingMessage, body: unknown): boolean;
  /** HTTP: serves a request `claims` accepted (the body already read and size-checked, or undefined for GET/DELETE). */
  handleHttp(req: IncomingMessage, res: ServerResponse, body: unknown): Promise<void>;
  /** stdio (or any SDK transport): serves one session on it, the first message being `initialize`. */
  connect(transport: Transport): Promise<void>;
  /** Sessions open now (for stats and limits). */
  sessions(): number;
  close(): Promise<void>;
}

export interface LegacyOptions {
  /** The largest message (bytes). */
  maxMessageBytes: number;
  /** Sessions open at once. */
  maxSessions: number;
  /** A session with no request open for this long is closed (0: never). */
  sessionIdleMs: number;
  /** How long a server-to-client request (elicitation, sampling, roots) may take. */
  requestTimeoutMs: number;
  /** HTTP origins allowed besides the server's own. */
  allowedOrigins: string[];
  log: (line: string) => void;
}

export type LegacyEndpointFactory = (server: StatelessServer, options: LegacyOptions) => LegacyEndpoint;
