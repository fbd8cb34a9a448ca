// What arrives on a transport, before the SDK sees it: text that is not JSON is a parse error
// (-32700), JSON that is not one JSON-RPC message is an invalid request (-32600), each answered
// with the request's id when it can be read exactly (a string, or an integer JavaScript holds
// without loss), else with null. MCP 2025-06-18 has no batches: an array is an invalid request.
// The same rules on stdio and Streamable HTTP.

import { JSONRPCMessageSchema, type JSONRPCMessage, type RequestId } from '@modelcontextprotocol/sdk/types.js';

export const PARSE_ERROR = -32700;
export const INVALID_REQUEST = -32600;

export interface ErrorReply {
  jsonrpc: '2.0';
  id: RequestId | null;
  error: { code: number; message: string };
}

export type Classified = { ok: true; message: JSONRPCMessage } | { ok: false; reply: ErrorReply };

export function errorReply(code: number, message: string, id: RequestId | null = null): ErrorReply {
  return { jsonrpc: '2.0', id, error: { code, message } };
}

/** The id of a message-like value, when it can be read exactly. */
export function readableId(value: unknown): RequestId | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const id = (value as { id?: unknown }).id;
  if (typeof id === 'string') return id;
  if (typeof id === 'number' && Number.isSafeInteger(id)) return id;
  return null;
}

/** A parsed JSON value as one JSON-RPC message, or the error reply it gets. */
export function classifyValue(value: unknown): Classified {
  if (Array.isArray(value)) return { ok: false, reply: errorReply(INVALID_REQUEST, 'Invalid Request: batches are not supported (MCP 2025-06-18)') };
  const id = readableId(value);
  if (typeof value === 'object' && value !== null) {
    const raw = (value as { id?: unknown }).id;
    // JSON.parse has already rounded an id beyond 2^53: answering with it would name another request.
    if (typeof raw === 'number' && !Number.isSafeInteger(raw))
      return { ok: false, reply: errorReply(INVALID_REQUEST, 'Invalid Request: the id is not a string or an integer within ±(2^53-1)') };
  }
  const parsed = JSONRPCMessageSchema.safeParse(value);
  if (!parsed.success) return { ok: false, reply: errorReply(INVALID_REQUEST, 'Invalid Request: not a JSON-RPC 2.0 request, notification or response', id) };
  return { ok: true, message: parsed.data as JSONRPCMessage };
}

/** UTF-8 text as one JSON-RPC message, or the error reply it gets. */
export function classifyText(text: string): Classified {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reply: errorReply(PARSE_ERROR, 'Parse error: not JSON') };
  }
  return classifyValue(value);
}

/** The reply to a message over the size limit (it is never parsed, so its id is unknown). */
export function tooLarge(limit: number): ErrorReply {
  return errorReply(INVALID_REQUEST, `Invalid Request: message larger than ${limit} bytes`);
}
