// JSON-RPC errors the bridge raises itself, as values the SDK's Protocol sends unchanged: it
// reads `code`, `message` and `data` off whatever a request handler throws (an McpError would
// prefix "MCP error <code>:" to the message, which would alter the core's messages).

export const INVALID_REQUEST = -32600;
export const METHOD_NOT_FOUND = -32601;
export const INVALID_PARAMS = -32602;
export const INTERNAL_ERROR = -32603;
/** Implementation-defined (-32000..-32019): a bounded queue is full; the same code as the host's. */
export const SERVER_BUSY = -32010;
/** MCP 2026-07-28: a request needs a client capability the client did not declare. */
export const MISSING_REQUIRED_CLIENT_CAPABILITY = -32021;
/** MCP 2025-06-18 and 2025-11-25: resource not found (2026-07-28 uses -32602). */
export const LEGACY_RESOURCE_NOT_FOUND = -32002;

export class RpcError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly data?: unknown,
  ) {
    super(message);
  }
}

/** An error the SDK reports for a server-to-client request, as the code and message the client sent. */
export function fromClientError(e: unknown, method: string): RpcError {
  const code = typeof (e as { code?: unknown }).code === 'number' ? (e as { code: number }).code : INTERNAL_ERROR;
  const raw = e instanceof Error ? e.message : String(e);
  const message = raw.replace(/^MCP error -?\d+: /, '');
  const data = (e as { data?: unknown }).data;
  return new RpcError(Number.isSafeInteger(code) ? code : INTERNAL_ERROR, `${method} to the client failed: ${message}`, data);
}
