// One MCP session: an SDK `Server` used as the JSON-RPC engine (framing, ids, ping,
// cancellation, related-request routing), with every MCP method routed to the host's own
// dispatch. The host, not the SDK, negotiates capabilities and the protocol version.

import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import type { Result } from '@modelcontextprotocol/sdk/types.js';
import { handleNotification, handleRequest } from './dispatch.js';
import type { HostState, Session } from './state.js';

/**
 * What the SDK Server itself believes the server offers. It only gates the SDK's own asserts on
 * outgoing notifications; the client sees the component's registered capabilities, which the
 * host checks itself.
 */
const SDK_CAPABILITIES = {
  tools: { listChanged: true },
  resources: { subscribe: true, listChanged: true },
  prompts: { listChanged: true },
  logging: {},
  completions: {},
};

let sessions = 0;

export function createSession(host: HostState, onClose: (s: Session) => void): Session {
  const server = new Server({ name: 'wasi-mcp-host', version: '0.1.0' }, { capabilities: SDK_CAPABILITIES });
  // The SDK's own initialize (it would negotiate 2025-11-25) and setLevel (its level map) give
  // way to the host's; ping and notifications/cancelled stay the SDK's.
  server.removeRequestHandler('initialize');
  server.removeRequestHandler('logging/setLevel');
  // Progress from the client is for requests the component sent: the component's handler.
  server.removeNotificationHandler('notifications/progress');
  const session: Session = { id: `s${++sessions}`, server, initialized: false };
  server.fallbackRequestHandler = (request, extra) => handleRequest(host, session, request, extra) as Promise<Result & never>;
  server.fallbackNotificationHandler = (n) => handleNotification(host, session, n);
  server.onclose = () => onClose(session);
  server.onerror = (e) => host.settings.log(`session ${session.id}: ${e.message}`);
  return session;
}
