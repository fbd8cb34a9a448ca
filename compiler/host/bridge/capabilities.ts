// Capabilities and identities between the versions. Client capabilities go from the session's
// initialize to every 2026-07-28 request's `_meta`, reduced to what the bridge can carry out for
// that client (it turns input requests into the client's own requests, so a capability stands
// only where the client's version has the request); server capabilities and identity come from
// the core's server/discover, reduced to the members the client's version defines.

import type { JsonObject } from '../wire/contract.js';
import type { LegacyVersion } from './versions.js';

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A map's entries whose values are objects (capability settings), or undefined if it is no map. */
function objectsOnly(v: unknown): JsonObject | undefined {
  if (!isObject(v)) return undefined;
  return Object.fromEntries(Object.entries(v).filter(([, x]) => isObject(x)));
}

function pick(from: JsonObject, keys: readonly string[]): JsonObject {
  const out: JsonObject = {};
  for (const k of keys) if (from[k] !== undefined) out[k] = from[k];
  return out;
}

/**
 * A legacy client's capabilities as 2026-07-28 ClientCapabilities. Dropped: `roots.listChanged`
 * (2026 has no roots notification), `tasks` (2025-11-25 tasks are not bridged). 2025-06-18 knows
 * neither sampling tools nor URL elicitation, so its clients declare neither.
 */
export function modernClientCapabilities(version: LegacyVersion, caps: unknown): JsonObject {
  const c = isObject(caps) ? caps : {};
  const out: JsonObject = {};
  const experimental = objectsOnly(c.experimental);
  if (experimental) out.experimental = experimental;
  if (isObject(c.roots)) out.roots = {};
  if (isObject(c.sampling)) out.sampling = version === '2025-06-18' ? {} : pick(c.sampling, ['context', 'tools']);
  if (isObject(c.elicitation)) {
    const e = c.elicitation;
    if (version === '2025-06-18') out.elicitation = { form: {} };
    else {
      // 2025-11-25: an empty object means form mode only.
      const modes = pick(e, ['form', 'url']);
      out.elicitation = Object.keys(modes).length > 0 ? modes : { form: {} };
    }
  }
  return out;
}

/** The core's 2026-07-28 ServerCapabilities for a legacy client (no `extensions`; `tasks` never offered). */
export function legacyServerCapabilities(caps: unknown): JsonObject {
  const c = isObject(caps) ? caps : {};
  const out: JsonObject = {};
  if (isObject(c.experimental)) out.experimental = c.experimental;
  if (isObject(c.logging)) out.logging = {};
  if (isObject(c.completions)) out.completions = {};
  if (isObject(c.prompts)) out.prompts = pick(c.prompts, ['listChanged']);
  if (isObject(c.resources)) out.resources = pick(c.resources, ['subscribe', 'listChanged']);
  if (isObject(c.tools)) out.tools = pick(c.tools, ['listChanged']);
  return out;
}

const IMPLEMENTATION_KEYS: Record<LegacyVersion, readonly string[]> = {
  '2025-06-18': ['name', 'title', 'version'],
  '2025-11-25': ['name', 'title', 'version', 'icons', 'websiteUrl', 'description'],
};

/** An Implementation (serverInfo, clientInfo) with the members `version` defines. */
export function implementationFor(version: LegacyVersion, impl: JsonObject): JsonObject {
  return pick(impl, IMPLEMENTATION_KEYS[version]);
}

export const SERVER_INFO = 'io.modelcontextprotocol/serverInfo';

/** The InitializeResult of a session, from the core's DiscoverResult. */
export function initializeResult(version: LegacyVersion, discover: JsonObject, fallbackInfo: JsonObject): JsonObject {
  const meta = isObject(discover._meta) ? discover._meta : {};
  const info = isObject(meta[SERVER_INFO]) ? meta[SERVER_INFO] : fallbackInfo;
  const out: JsonObject = {
    protocolVersion: version,
    capabilities: legacyServerCapabilities(discover.capabilities),
    serverInfo: implementationFor(version, info),
  };
  if (typeof discover.instructions === 'string') out.instructions = discover.instructions;
  return out;
}
