// The 2026-07-28 core's state, as the modules acting on it see it: what the component registered
// (as MCP JSON, converted once by the codecs), the open `subscriptions/listen` streams, and the
// context of each handler call (the request it serves and that request's response stream).

import type { ResponseStream, RequestId } from './contract.js';

/** MCP logging levels, least to most severe (RFC 5424 reversed). */
export const LOG_LEVELS = ['debug', 'info', 'notice', 'warning', 'error', 'critical', 'alert', 'emergency'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Whether a message at `level` goes to a request that asked for `threshold` (none asked: nothing goes). */
export function admits(level: string, threshold: LogLevel | undefined): boolean {
  if (threshold === undefined) return false;
  return LOG_LEVELS.indexOf(level as LogLevel) >= LOG_LEVELS.indexOf(threshold);
}

export type CacheScope = 'public' | 'private';
export type Json = Record<string, unknown>;

export interface CacheHints {
  ttlMs: number;
  cacheScope: CacheScope;
}

export interface ServerRegistration extends CacheHints {
  serverInfo: Json;
  capabilities: Json;
  instructions?: string;
  /** The MCP versions the component is written for, newest first. */
  supportedVersions: string[];
}

export interface ListRegistration extends CacheHints {
  items: Json[];
}

export type ListKind = 'tools' | 'resources' | 'resourceTemplates' | 'prompts';

export interface Registrations {
  server?: ServerRegistration;
  tools: ListRegistration;
  resources: ListRegistration;
  resourceTemplates: ListRegistration;
  prompts: ListRegistration;
}

export function emptyRegistrations(): Registrations {
  const none = (): ListRegistration => ({ items: [], ttlMs: 0, cacheScope: 'private' });
  return { tools: none(), resources: none(), resourceTemplates: none(), prompts: none() };
}

/** What the imports made during a handler call see: the request being served and its stream. */
export interface CallContext {
  requestId: RequestId;
  method: string;
  stream: ResponseStream;
  signal: AbortSignal;
  /** The request's `_meta.progressToken`, as JSON. */
  progressToken?: string | number;
  /** The request's `io.modelcontextprotocol/logLevel`: none, no log messages. */
  logLevel?: LogLevel;
  /** The queue lane: requests of different clients take turns. */
  lane: string;
}

/** One open `subscriptions/listen` stream: what it acknowledged, and where it goes. */
export interface ListenStream {
  id: RequestId;
  toolsListChanged: boolean;
  promptsListChanged: boolean;
  resourcesListChanged: boolean;
  resourceSubscriptions: string[];
  stream: ResponseStream;
}

export interface WireSettings {
  pageSize: number;
  log: (line: string) => void;
}

export interface WireState {
  readonly settings: WireSettings;
  registrations: Registrations;
  /** Whether the current instance called `serve` (reset on each `start`). */
  served: boolean;
  readonly streams: Set<ListenStream>;
}

export { META } from './contract.js';

/** The MCP version this core speaks. */
export const MODERN_VERSION = '2026-07-28';
