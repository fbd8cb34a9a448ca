// The bridge: MCP 2025-06-18 and 2025-11-25 clients (initialize, sessions) served by the host's
// MCP 2026-07-28 stateless core, so that one component written for the 2026-07-28 proposal
// serves clients of every version. It never sees the component: everything is MCP JSON.
//
//   const legacy = createLegacyEndpoint(core, options);   // core: StatelessServer (wire/contract.ts)
//   // HTTP: for each request whose body the host has read and size-checked,
//   if (legacy.claims(req, body)) await legacy.handleHttp(req, res, body);   // initialize or Mcp-Session-Id
//   // stdio (or any SDK transport) whose first message is initialize:
//   await legacy.connect(transport);
//
// Per session (session.ts): initialize is answered from the core's server/discover (version
// selection in versions.ts; capabilities and identity in capabilities.ts); ping and cancellation
// are the SDK's; logging/setLevel becomes `io.modelcontextprotocol/logLevel` on the session's
// later requests; every other MCP request goes to the core with the session's `_meta`, its
// progress and log messages come back to that request's client stream, and its reply is
// translated to the session's version (translate.ts). An input-required outcome becomes real
// requests to the client (input.ts), whose answers go back in a retry, for a bounded number of
// rounds. resources/subscribe and list-changed notifications ride one subscriptions/listen
// stream per session on the core (listen.ts). HTTP sessions (http.ts) are the SDK's
// StreamableHTTPServerTransport behind Mcp-Session-Id. docs/host.md ("Clients of earlier
// versions") says what is translated and what cannot be bridged.

import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { LegacyEndpoint, LegacyEndpointFactory, LegacyOptions, StatelessServer } from '../wire/contract.js';
import { BoundedTransport } from './bounded.js';
import { HttpSessions } from './http.js';
import { BridgeSession, type BridgeSettings } from './session.js';

export type { BridgeSettings } from './session.js';

/** Limits of the bridge beyond the contract's options, with their defaults. */
export const BRIDGE_DEFAULTS = {
  /** Rounds of input one request may take. */
  maxRounds: 8,
  /** Requests to the client open at once in one session. */
  maxClientRequests: 16,
  /** Resources one session may subscribe to. */
  maxSubscriptions: 256,
} as const;

export function createBridge(core: StatelessServer, options: LegacyOptions & Partial<BridgeSettings>): LegacyEndpoint {
  const settings: BridgeSettings = { ...BRIDGE_DEFAULTS, ...options };
  let ids = 0;
  const nextId = (): string => `bridge-${++ids}`;
  const live = new Set<BridgeSession>();
  const newSession = (): BridgeSession | undefined => {
    if (live.size >= settings.maxSessions) return undefined;
    const session = new BridgeSession({ core, settings, nextId, onClose: (s) => live.delete(s) });
    live.add(session);
    return session;
  };
  const http = new HttpSessions({ options: settings, newSession });
  return {
    claims: (req, body) => http.claims(req, body),
    handleHttp: (req, res, body) => http.handle(req, res, body),
    async connect(transport: Transport): Promise<void> {
      const session = newSession();
      if (!session) {
        await transport.close().catch(() => undefined);
        throw new Error(`${settings.maxSessions} sessions are open (serve --max-sessions)`);
      }
      await session.connect(new BoundedTransport(transport, settings.maxMessageBytes, settings.log));
    },
    sessions: () => live.size,
    async close(): Promise<void> {
      await http.close();
      await Promise.all([...live].map((s) => s.server.close().catch(() => undefined)));
      live.clear();
    },
  };
}

/** The contract's factory: the bridge with its default limits. */
export const createLegacyEndpoint: LegacyEndpointFactory = (core, options) => createBridge(core, options);
