// What envelope.ts sees of a generated methods.ts: the names the generator writes before the
// envelope regions, declared only (this module is never run or copied). Each generated library
// declares them with exact types per method; these are the widest types all of them satisfy.
import type * as S from '../scanner.js';

/** The codecs of one message (`methods[...]` in a generated methods.ts). */
export interface MethodCodec {
  method: string;
  kind: 'request' | 'notification';
  functions: readonly string[];
  /** The schema requires params (absent params are refused). */
  paramsRequired: boolean;
  decodeParams(params: unknown): unknown[];
  encodeParams(...args: never[]): Record<string, unknown> | undefined;
  parseParams(s: S.Scanner): unknown[];
  stringifyParams(...args: never[]): string | undefined;
  treeParams: ((x: unknown) => unknown[]) | undefined;
  decodeResult?(result: unknown): unknown;
  treeResult?: ((x: unknown) => unknown) | undefined;
  parseResult?(s: S.Scanner): unknown;
  stringifyResult?(value: never): string;
  encodeResult?(value: never): Record<string, unknown>;
}

export declare const methods: Readonly<Record<string, MethodCodec>>;

/** Whether the schema requires the id of an error response (from 2025-11-25 on it may be absent). */
export declare const ERROR_RESPONSE_ID_REQUIRED: boolean;

/** The JSON-RPC error object. */
export interface JsonRpcErrorObject {
  code: number;
  message: string;
  data?: unknown;
}

/** A JSON-RPC error object -> the WIT `error` (its exact type is the generated library's). */
export declare function decodeError(value: unknown): { code: unknown; message: string; data?: unknown };
/** The WIT `error` -> a JSON-RPC error object. */
export declare function encodeError(value: { code: unknown; message: string; data?: unknown }): JsonRpcErrorObject;
