// Errors between the three parties: the component's WIT `error`, the JSON-RPC error object on
// the wire, and what the SDK throws. Every conversion of an error value goes through the codecs
// (`encodeError`, `decodeError`, `ERROR_CODES`).

import { CodecError, decodeError, encodeError, ERROR_CODES, type JsonRpcErrorObject } from '../../generated/2026-07-28/codecs/index.js';
import type { WitError } from './worker-protocol.js';

export type ErrorCase = keyof typeof ERROR_CODES;

/** A request refused because the component's queue is full (a JSON-RPC server error code). */
export const SERVER_BUSY = -32010;

/**
 * An error the host answers a request with. The SDK's Protocol sends `code`, `message` and
 * `data` of whatever a handler throws as they are (McpError would prefix the message).
 */
export class RpcError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly data?: unknown,
  ) {
    super(message);
    this.name = 'RpcError';
  }

  static of(kind: ErrorCase, message: string, data?: unknown): RpcError {
    return new RpcError(ERROR_CODES[kind], message, data);
  }

  toJson(): JsonRpcErrorObject {
    return { code: this.code, message: this.message, ...(this.data !== undefined ? { data: this.data } : {}) };
  }
}

/** A component's `err` as the JSON-RPC error; a malformed one (bad `data` JSON) is an internal error. */
export function fromComponentError(error: WitError): RpcError {
  try {
    const o = encodeError(error as never);
    return new RpcError(o.code, o.message, o.data);
  } catch (e) {
    return RpcError.of('internal-error', `the component returned a malformed error: ${messageOf(e)}`);
  }
}

/** A WIT error for an import's `err`, built from a JSON-RPC error object by the codec. */
export function toComponentError(o: JsonRpcErrorObject): WitError {
  try {
    return decodeError(o) as WitError;
  } catch {
    return decodeError({ code: ERROR_CODES['internal-error'], message: o.message || 'internal error' }) as WitError;
  }
}

export function witError(kind: ErrorCase, message: string): WitError {
  return toComponentError({ code: ERROR_CODES[kind], message });
}

/** A params value the codecs rejected: the request never reaches the component. */
export function invalidParams(e: unknown): RpcError {
  if (e instanceof CodecError) return RpcError.of('invalid-params', `Invalid params: ${e.message}`, { path: e.path, rule: e.rule });
  return RpcError.of('invalid-params', `Invalid params: ${messageOf(e)}`);
}

export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
