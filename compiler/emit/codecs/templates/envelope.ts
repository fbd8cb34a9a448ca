// The JSON-RPC envelope of a generated methods.ts: decodeRequest, decodeResponse, encodeRequest,
// encodeResponse, encodeErrorResponse, over the per-method codecs the generator writes before it.
// Real, type-checked source: the generator copies each region (between `//#region NAME` and
// `//#endregion`) into methods.ts verbatim; the imports above the first region stand for what
// methods.ts has at that point (`./envelope-shape.ts` declares the generated names it uses).
import * as R from '../runtime.js';
import * as S from '../scanner.js';
import { decodeError, encodeError, ERROR_RESPONSE_ID_REQUIRED, methods } from './envelope-shape.js';

//#region requests
export type MethodName = keyof typeof methods;
type Codecs = typeof methods;
/** The WIT argument tuple of a message's function. */
export type ArgsOf<M extends MethodName> = ReturnType<Codecs[M]['decodeParams']>;
/** Requests (messages with a result). */
export type RequestName = {
  [K in MethodName]: Codecs[K] extends { decodeResult(r: unknown): unknown } ? K : never;
}[MethodName];
/** The ok value of a request's function. */
export type OkOf<M extends RequestName> = Codecs[M] extends { decodeResult(r: unknown): infer T } ? T : never;

function codecOf(method: string): any {
  // Own properties only: `constructor` is not a method.
  const c = Object.prototype.hasOwnProperty.call(methods, method)
    ? (methods as Record<string, unknown>)[method]
    : undefined;
  if (c === undefined)
    throw new R.CodecError(
      '/method',
      'method',
      `${JSON.stringify(method)} is not carried by a function of the proposal`,
    );
  return c;
}

function treeId(id: unknown): string | number | undefined {
  if (id === undefined) return undefined;
  if (typeof id === 'string') return R.treeStr(id);
  const n = R.treeInt(id);
  return Number.isSafeInteger(n) ? n : R.treeBail();
}

/** The tree path of decodeRequest: JSON.parse, the envelope as readEnvelope checks it, the method's tree converter. */
function treeRequest(
  text: string,
  method: string,
  codec: any,
): { id?: string | number; method: MethodName; args: unknown[] } {
  const v = JSON.parse(text) as Record<string, unknown>;
  if (!R.isObject(v) || v.jsonrpc !== '2.0' || v.result !== undefined || v.error !== undefined || v.method !== method)
    return R.treeBail();
  R.treeStr(method);
  const id = treeId(v.id);
  // A request without its id, or without the params its method requires: the text path says so.
  if ((id === undefined && codec.kind === 'request') || (v.params === undefined && codec.paramsRequired)) return R.treeBail();
  const out: { id?: string | number; method: MethodName; args: unknown[] } = {
    method: method as MethodName,
    args: codec.treeParams(v.params === undefined ? {} : v.params),
  };
  if (id !== undefined) out.id = id;
  return out;
}

/**
 * A JSON-RPC request or notification's text -> its method, id and the function's arguments. Small
 * messages with little `json` take the tree path (JSON.parse, then one generated walk); the rest,
 * and anything the tree path leaves, the text path (one pass over the text). Both give the same result.
 * A request must have its id. With `opts`, the members the arguments do not carry are reported
 * (`onUnknown`) or refused (`strict`).
 */
export function decodeRequest(
  text: string,
  opts?: R.DecodeOptions,
): { id?: string | number; method: MethodName; args: unknown[] } {
  const out =
    (text.length >= S.TREE_MIN && text.length <= S.TREE_MAX ? treeRequestOf(text) : undefined) ?? textRequest(text);
  if (opts !== undefined && (opts.strict || opts.onUnknown))
    checkCarried(text, requestText(out.method, out.id, codecOf(out.method).stringifyParams(...out.args)), opts);
  return out;
}

/** The members of a decoded message its WIT value does not carry (encoded again: `back`), reported or refused. */
function checkCarried(text: string, back: string, opts: R.DecodeOptions): void {
  const input = JSON.parse(text) as unknown;
  const again = JSON.parse(back) as Record<string, unknown>;
  // Absent params and `{}` are the same message: members of params the encoder left out are then
  // reported each by its own pointer (`/params/x`), not as `/params`.
  if (R.isObject(input) && R.isObject(input.params) && again.params === undefined) again.params = {};
  R.reportUnknown(input, again, opts);
}

/** The kinds of message the tree path can take: each method's params, by method ... */
const TREE_PARAMS = new Map<string, S.TreeKind & { codec: any }>(
  Object.entries(methods).flatMap(([m, c]: [string, any]) =>
    c.treeParams === undefined ? [] : [[m, { codec: c, misses: 0, skip: 0 }]],
  ),
);
/** ... and each request's result. */
const TREE_RESULTS = new Map<string, S.TreeKind>(
  Object.entries(methods).flatMap(([m, c]: [string, any]) =>
    c.treeResult === undefined ? [] : [[m, { misses: 0, skip: 0 }]],
  ),
);

/** decodeRequest by the tree path, when it applies to this message; undefined when the text path must decide. */
function treeRequestOf(text: string): { id?: string | number; method: MethodName; args: unknown[] } | undefined {
  const method = S.treeMethod(text);
  const kind = method === undefined ? undefined : TREE_PARAMS.get(method);
  if (kind === undefined || !S.treeTry(kind)) return undefined;
  return S.withTree(text, kind, () => treeRequest(text, method as string, kind.codec));
}

/** The method requestPayload last parsed params for, and its codec: textRequest looks it up once. */
let payloadMethod: string | undefined;
let payloadCodec: any;

/** A request's payload, for readEnvelope (one function, not a closure per message). */
function requestPayload(key: 'params' | 'result' | 'error', method: string | undefined, s: S.Scanner): { value: unknown[] } | undefined {
  if (key !== 'params') R.fail('json-rpc', `a request has params, not ${key}`);
  // Parsed in place when the method is known by then (an unknown one may still be replaced by a later "method").
  if (method === undefined || !Object.prototype.hasOwnProperty.call(methods, method)) return undefined;
  const codec = (methods as Record<string, any>)[method];
  payloadMethod = method;
  payloadCodec = codec;
  return { value: codec.parseParams(s) };
}

/** decodeRequest by the text path: one pass over the text. */
function textRequest(text: string): { id?: string | number; method: MethodName; args: unknown[] } {
  const env = S.readEnvelope<unknown[], undefined>(text, requestPayload, undefined);
  if (env.method === undefined) R.fail('required', 'missing required property "method"');
  const codec = env.method === payloadMethod ? payloadCodec : codecOf(env.method);
  if (env.id === undefined && codec.kind === 'request') R.fail('required', 'missing required property "id"');
  if (env.offset === undefined && codec.paramsRequired) R.fail('required', 'missing required property "params"');
  // Parsed in place for the method known then; again when the (last) method came after the params.
  let args = env.parsedFor === env.method ? env.value : undefined;
  if (args === undefined) {
    try {
      args =
        env.offset === undefined
          ? S.parseText('{}', (s) => codec.parseParams(s))
          : S.parseAt(text, env.offset, (s) => codec.parseParams(s));
    } catch (e) {
      return R.rethrow(e, 'params');
    }
  }
  const out: { id?: string | number; method: MethodName; args: unknown[] } = {
    method: env.method as MethodName,
    args: args as unknown[],
  };
  if (env.id !== undefined) out.id = env.id;
  return out;
}

/** The tree path of decodeResponse, for a result. */
function treeResponse(text: string, codec: any): { id?: string | number; result: unknown } {
  const v = JSON.parse(text) as Record<string, unknown>;
  if (
    !R.isObject(v) ||
    v.jsonrpc !== '2.0' ||
    v.result === undefined ||
    v.error !== undefined ||
    v.params !== undefined
  )
    return R.treeBail();
  if (v.method !== undefined) R.treeStr(v.method);
  const id = treeId(v.id);
  if (id === undefined) return R.treeBail();
  const result = codec.treeResult(v.result);
  return id === undefined ? { result } : { id, result };
}

/**
 * A JSON-RPC response's text (to a request of `method`) -> the ok value, or the WIT error. A
 * result must have its id (an error too, where the schema requires it). With `opts`, the members
 * the WIT value does not carry are reported (`onUnknown`) or refused (`strict`).
 */
export function decodeResponse<M extends RequestName>(
  text: string,
  method: M,
  opts?: R.DecodeOptions,
): { id?: string | number; result: OkOf<M> } | { id?: string | number; error: ReturnType<typeof decodeError> } {
  const out = decodeResponseOnly(text, method);
  if (opts !== undefined && (opts.strict || opts.onUnknown)) {
    const back =
      'error' in out
        ? encodeErrorResponse(out.id as string | number, out.error)
        : encodeResponse(method, out.id as string | number, out.result);
    checkCarried(text, back, opts);
  }
  return out;
}

function decodeResponseOnly<M extends RequestName>(
  text: string,
  method: M,
): { id?: string | number; result: OkOf<M> } | { id?: string | number; error: ReturnType<typeof decodeError> } {
  const codec = codecOf(method);
  const kind = text.length >= S.TREE_MIN && text.length <= S.TREE_MAX ? TREE_RESULTS.get(method) : undefined;
  if (kind !== undefined && S.treeTry(kind)) {
    const r = S.withTree(text, kind, () => treeResponse(text, codec));
    if (r !== undefined) return r as { id?: string | number; result: OkOf<M> };
  }
  // A short error response: JSON.parse once, then the same check of the error object the text
  // path makes (instead of checking its text and parsing that again); any doubt, the text path.
  if (text.length < S.TREE_MIN && looksLikeError(text)) {
    const r = treeError(text);
    if (r !== undefined) return r;
  }
  const env = S.readEnvelope<unknown, any>(text, responsePayload, codec);
  if (env.id === undefined && (env.kind === 'result' || (env.kind === 'error' && ERROR_RESPONSE_ID_REQUIRED)))
    R.fail('required', 'missing required property "id"');
  if (env.kind === 'error')
    return env.id === undefined
      ? { error: env.value as ReturnType<typeof decodeError> }
      : { id: env.id, error: env.value as ReturnType<typeof decodeError> };
  if (env.kind !== 'result') R.fail('required', 'a response has a result or an error');
  return env.id === undefined ? { result: env.value as OkOf<M> } : { id: env.id, result: env.value as OkOf<M> };
}

/**
 * True when the text starts as error responses are written (`{"jsonrpc":"2.0",` then `"error":`,
 * or an id and then `"error":`): a guess in a few comparisons, never a search of the text (a
 * wrong guess costs one JSON.parse, then the text path).
 */
function looksLikeError(text: string): boolean {
  const p = 17;
  if (!text.startsWith('{"jsonrpc":"2.0",')) return false;
  if (text.startsWith('"error":', p)) return true;
  if (!text.startsWith('"id":', p)) return false;
  const comma = text.indexOf(',', p + 5);
  return comma > 0 && comma < p + 64 && text.startsWith('"error":', comma + 1);
}

/**
 * An error response by JSON.parse: the envelope as readEnvelope checks it (JSON.parse keeps the
 * last of repeated keys, as it does), then decodeError on the error object, which is what the text
 * path gives it; undefined when anything is wrong (the text path then words the error).
 */
function treeError(text: string): { id?: string | number; error: ReturnType<typeof decodeError> } | undefined {
  let v: Record<string, unknown>;
  try {
    v = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (!R.isObject(v) || v.jsonrpc !== '2.0' || v.error === undefined || v.result !== undefined || v.params !== undefined) return undefined;
  if (v.method !== undefined && !R.isWitString(v.method)) return undefined;
  const id = v.id;
  if (id === undefined ? ERROR_RESPONSE_ID_REQUIRED : typeof id === 'string' ? !R.isWitString(id) : !Number.isSafeInteger(id)) return undefined;
  let error: ReturnType<typeof decodeError>;
  try {
    error = decodeError(v.error);
  } catch {
    return undefined;
  }
  return id === undefined ? { error } : { id: id as string | number, error };
}

/** A response's payload, for readEnvelope: the result by the codec of its request's method. */
function responsePayload(key: 'params' | 'result' | 'error', _m: string | undefined, s: S.Scanner, codec: any): { value: unknown } {
  if (key === 'result') return { value: codec.parseResult(s) };
  if (key === 'error') {
    const start = s.i;
    s.skip();
    return { value: decodeError(JSON.parse(s.s.slice(start, s.i))) };
  }
  return R.fail('json-rpc', 'a response has a result or an error, not params');
}

function idText(id: string | number | undefined): string {
  if (id === undefined) return '';
  if (typeof id === 'string') return `,"id":${R.qs(id)}`;
  if (!Number.isSafeInteger(id)) R.fail('type', 'a request id is a string or an integer');
  return `,"id":${id}`;
}

/** A request (with an id) or a notification (without) as JSON-RPC text, from the function's arguments. */
export function encodeRequest<M extends MethodName>(
  method: M,
  id: string | number | undefined,
  ...args: ArgsOf<M>
): string {
  return requestText(method, id, codecOf(method).stringifyParams(...args) as string | undefined);
}

function requestText(method: string, id: string | number | undefined, params: string | undefined): string {
  return `{"jsonrpc":"2.0"${idText(id)},"method":${JSON.stringify(method)}${params === undefined ? '' : `,"params":${params}`}}`;
}

/** A successful response's text, from the function's ok value. */
export function encodeResponse<M extends RequestName>(method: M, id: string | number, value: OkOf<M>): string {
  return `{"jsonrpc":"2.0"${idText(id)},"result":${codecOf(method).stringifyResult(value)}}`;
}
//#endregion

//#region error-response
/** An error response's text, from the WIT error. */
export function encodeErrorResponse(id: string | number, error: Parameters<typeof encodeError>[0]): string {
  return `{"jsonrpc":"2.0"${idText(id)},"error":${JSON.stringify(encodeError(error))}}`;
}
//#endregion
