// The host's shared state, as the modules that act on it see it: registrations, sessions,
// subscriptions and the component instance. host.ts owns the one instance of it.

import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import type { RequestHandlerExtra } from '@modelcontextprotocol/sdk/shared/protocol.js';
import type {
  ClientCapabilities,
  Implementation,
  LoggingLevel,
  ServerCapabilities,
  ServerNotification,
  ServerRequest,
} from '@modelcontextprotocol/sdk/types.js';
import type { ComponentInstance } from './instance.js';
import type { Registrations } from './registry.js';
import type { SubscriptionTable } from './sessions.js';

/** The only protocol version served: the one the proposal and the codecs target. */
export const PROTOCOL_VERSION = '2025-06-18';

export type Extra = RequestHandlerExtra<ServerRequest, ServerNotification>;

export interface Session {
  /** Host-assigned, for logs: transports may have no session id (stdio). */
  readonly id: string;
  readonly server: Server;
  /** Set when the host has answered `initialize`. */
  initialized: boolean;
  clientCapabilities?: ClientCapabilities;
  clientInfo?: Implementation;
  /** The capabilities this session was initialized with (a later register-server does not change them). */
  capabilities?: ServerCapabilities;
  logLevel?: LoggingLevel;
}

/** What the imports made during a handler call see: the session and request it serves. */
export interface CallContext {
  session?: Session;
  extra?: Extra;
  progressToken?: string | number;
}

export interface HostSettings {
  /** Items per page of tools/list, resources/list, resources/templates/list, prompts/list. */
  pageSize: number;
  /** How long a request to the client (sampling, elicitation, roots) may take. */
  requestTimeoutMs: number;
  log: (line: string) => void;
}

export interface HostState {
  readonly settings: HostSettings;
  registrations: Registrations;
  /** Whether the current instance called `serve` (reset on re-instantiation). */
  served: boolean;
  readonly sessions: Set<Session>;
  readonly subscriptions: SubscriptionTable<Session>;
  readonly instance: ComponentInstance<CallContext>;
}
