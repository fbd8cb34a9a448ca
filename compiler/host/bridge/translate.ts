// The shapes that differ between MCP 2026-07-28 (the core) and the session-based versions, as
// pure functions. Requests go up: the client's params keep their own members and `_meta` keys,
// except the reserved `io.modelcontextprotocol/` ones (the bridge sets those from the session, so
// a client cannot claim capabilities it did not declare) and the members only the bridge may
// send (`inputResponses`, `requestState`, which carry its own retries, and 2025-11-25's `task`,
// since tasks are not bridged). Results come down without 2026-only members (`resultType`,
// `ttlMs`, `cacheScope`, the serverInfo `_meta` key) and with the shapes of the client's version.

import type { JsonObject } from '../wire/contract.js';
import { isObject } from './capabilities.js';
import { INVALID_PARAMS, LEGACY_RESOURCE_NOT_FOUND } from './errors.js';
import type { LegacyVersion } from './versions.js';

import { META } from '../wire/contract.js';

const RESERVED_PREFIX = 'io.modelcontextprotocol/';

/** The client's `_meta` without reserved keys, with the session's. */
export function modernMeta(clientMeta: unknown, session: JsonObject): JsonObject {
  const out: JsonObject = {};
  if (isObject(clientMeta)) for (const [k, v] of Object.entries(clientMeta)) if (!k.startsWith(RESERVED_PREFIX)) out[k] = v;
  return { ...out, ...session };
}

/** A legacy request's params as 2026-07-28 params. */
export function modernParams(params: unknown, sessionMeta: JsonObject): JsonObject {
  const p = isObject(params) ? params : {};
  const { _meta, inputResponses: _ir, requestState: _rs, task: _task, ...rest } = p;
  return { ...rest, _meta: modernMeta(_meta, sessionMeta) };
}

const MODERN_ONLY_RESULT_MEMBERS = ['resultType', 'ttlMs', 'cacheScope'];

/** A result's `_meta` without the 2026 serverInfo key; undefined when nothing is left. */
function legacyResultMeta(meta: unknown): JsonObject | undefined {
  if (!isObject(meta)) return undefined;
  const { [META.serverInfo]: _s, [META.subscriptionId]: _i, ...rest } = meta;
  return Object.keys(rest).length > 0 ? rest : undefined;
}

/** `icons` and other members 2025-06-18 does not define are dropped from named items. */
function withoutIcons(version: LegacyVersion, item: unknown): unknown {
  if (version !== '2025-06-18' || !isObject(item)) return item;
  const { icons: _i, ...rest } = item;
  return rest;
}

function contentFor(version: LegacyVersion, block: unknown): unknown {
  return isObject(block) && block.type === 'resource_link' ? withoutIcons(version, block) : block;
}

/**
 * A Tool for a legacy client: 2026-07-28 lets `outputSchema` have any root type, both legacy
 * versions require `type: "object"` (their clients validate structured content against it), so
 * another root is dropped; the tool's text content still carries its output.
 */
function toolFor(version: LegacyVersion, tool: unknown): unknown {
  const t = withoutIcons(version, tool);
  if (!isObject(t) || t.outputSchema === undefined) return t;
  if (isObject(t.outputSchema) && t.outputSchema.type === 'object') return t;
  const { outputSchema: _o, ...rest } = t;
  return rest;
}

function mapArray(v: unknown, f: (x: unknown) => unknown): unknown {
  return Array.isArray(v) ? v.map(f) : v;
}

/** A 2026-07-28 complete result as the result of `method` in `version`. */
export function legacyResult(version: LegacyVersion, method: string, result: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(result)) if (!MODERN_ONLY_RESULT_MEMBERS.includes(k) && k !== '_meta') out[k] = v;
  const meta = legacyResultMeta(result._meta);
  if (meta) out._meta = meta;
  switch (method) {
    case 'tools/list':
      out.tools = mapArray(out.tools, (t) => toolFor(version, t));
      break;
    case 'resources/list':
      out.resources = mapArray(out.resources, (r) => withoutIcons(version, r));
      break;
    case 'resources/templates/list':
      out.resourceTemplates = mapArray(out.resourceTemplates, (r) => withoutIcons(version, r));
      break;
    case 'prompts/list':
      out.prompts = mapArray(out.prompts, (p) => withoutIcons(version, p));
      break;
    case 'tools/call':
      out.content = mapArray(out.content, (c) => contentFor(version, c));
      // 2026-07-28 allows any JSON value; the legacy versions an object.
      if (out.structuredContent !== undefined && !isObject(out.structuredContent)) delete out.structuredContent;
      break;
    case 'prompts/get':
      out.messages = mapArray(out.messages, (m) => (isObject(m) ? { ...m, content: contentFor(version, m.content) } : m));
      break;
  }
  return out;
}

export interface WireError {
  code: number;
  message: string;
  data?: unknown;
}

/**
 * A core error for a legacy client. 2026-07-28 answers a missing resource with -32602 (with
 * `data.uri`, or none); 2025-06-18 and 2025-11-25 with -32002. resources/read has one param, the
 * URI, so its -32602 is resource-not-found, except a refusal of the params' shape (its data names
 * a JSON `path`), which stays invalid params.
 */
export function legacyError(method: string, error: WireError, params: JsonObject = {}): WireError {
  if (method !== 'resources/read' || error.code !== INVALID_PARAMS) return error;
  if (isObject(error.data) && typeof error.data.path === 'string') return error;
  const data = error.data === undefined && typeof params.uri === 'string' ? { uri: params.uri } : error.data;
  return { ...error, code: LEGACY_RESOURCE_NOT_FOUND, ...(data === undefined ? {} : { data }) };
}
