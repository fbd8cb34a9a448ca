// Input requests of a 2026-07-28 input-required result as the server-to-client requests of a
// session-based version, and the client's answers back as input responses. A request the client
// did not declare the capability for, or that its version cannot express, is refused with the
// error a 2026-07-28 server gives for a missing capability (-32021, naming what is required), or
// -32603 when it is the core's mistake (a method that is no input request).

import { randomUUID } from 'node:crypto';
import type { JsonObject } from '../wire/contract.js';
import { isObject } from './capabilities.js';
import { INTERNAL_ERROR, MISSING_REQUIRED_CLIENT_CAPABILITY, RpcError } from './errors.js';
import type { LegacyVersion } from './versions.js';

export const INPUT_METHODS = ['elicitation/create', 'sampling/createMessage', 'roots/list'] as const;

export interface LegacyRequest {
  method: string;
  params?: JsonObject;
  /** For a URL elicitation: the id the bridge gave it (2025-11-25 requires one, 2026-07-28 has none). */
  elicitationId?: string;
}

function missing(required: JsonObject, why: string): RpcError {
  return new RpcError(MISSING_REQUIRED_CLIENT_CAPABILITY, `Missing required client capability: ${why}`, { requiredCapabilities: required });
}

function cannot(version: LegacyVersion, why: string): RpcError {
  return new RpcError(INTERNAL_ERROR, `The server asked for input a ${version} client cannot give: ${why}`);
}

/** A 2026-07-28 enum property schema as 2025-06-18's EnumSchema (`enum` + `enumNames`), or undefined if it has no 2025-06-18 form. */
function enumFor2025_06(prop: JsonObject): JsonObject | undefined {
  const common: JsonObject = { type: 'string' };
  if (typeof prop.title === 'string') common.title = prop.title;
  if (typeof prop.description === 'string') common.description = prop.description;
  if (prop.type === 'string' && Array.isArray(prop.oneOf)) {
    const options = prop.oneOf.filter(isObject);
    return { ...common, enum: options.map((o) => o.const), enumNames: options.map((o) => (typeof o.title === 'string' ? o.title : String(o.const))) };
  }
  if (prop.type === 'string' && Array.isArray(prop.enum)) {
    const out: JsonObject = { ...common, enum: prop.enum };
    if (Array.isArray(prop.enumNames)) out.enumNames = prop.enumNames;
    return out;
  }
  return undefined;
}

/** An elicitation form schema for 2025-06-18: titled enums become `enumNames`; defaults go (the version has none); multi-select cannot be expressed. */
function requestedSchemaFor2025_06(schema: unknown): JsonObject {
  if (!isObject(schema) || !isObject(schema.properties)) return isObject(schema) ? schema : {};
  const properties: JsonObject = {};
  for (const [name, prop] of Object.entries(schema.properties)) {
    if (!isObject(prop)) throw cannot('2025-06-18', `property "${name}" of the requested schema is not an object`);
    if (prop.type === 'array') throw cannot('2025-06-18', `property "${name}" is a multi-select enum`);
    const asEnum = enumFor2025_06(prop);
    const { default: _d, ...rest } = prop;
    properties[name] = asEnum ?? rest;
  }
  const { $schema: _s, ...rest } = schema;
  return { ...rest, properties };
}

function elicitationFor(version: LegacyVersion, caps: JsonObject, params: JsonObject): LegacyRequest {
  const e = caps.elicitation;
  if (!isObject(e)) throw missing({ elicitation: {} }, 'elicitation');
  const mode = params.mode ?? 'form';
  if (mode === 'url') {
    if (version === '2025-06-18') throw missing({ elicitation: { url: {} } }, 'elicitation in URL mode (2025-06-18 has none)');
    if (!isObject(e.url)) throw missing({ elicitation: { url: {} } }, 'elicitation in URL mode');
    const elicitationId = randomUUID();
    return { method: 'elicitation/create', params: { ...params, elicitationId }, elicitationId };
  }
  if (mode !== 'form') throw cannot(version, `elicitation mode ${JSON.stringify(mode)}`);
  // 2025-11-25: an empty elicitation capability means form mode.
  if (version === '2025-11-25' && Object.keys(e).length > 0 && !isObject(e.form)) throw missing({ elicitation: { form: {} } }, 'elicitation in form mode');
  if (version === '2025-06-18') {
    const { mode: _m, requestedSchema, ...rest } = params;
    return { method: 'elicitation/create', params: { ...rest, requestedSchema: requestedSchemaFor2025_06(requestedSchema) } };
  }
  return { method: 'elicitation/create', params };
}

/** One sampling message for 2025-06-18: a single text, image or audio block (later versions allow a list). */
function samplingMessageFor2025_06(m: unknown, i: number): unknown {
  if (!isObject(m)) return m;
  let content = m.content;
  if (Array.isArray(content)) {
    if (content.length !== 1) throw cannot('2025-06-18', `sampling message ${i} has ${content.length} content blocks`);
    content = content[0];
  }
  if (isObject(content) && (content.type === 'tool_use' || content.type === 'tool_result'))
    throw cannot('2025-06-18', `sampling message ${i} has ${content.type} content`);
  const { _meta: _x, ...rest } = m;
  return { ...rest, content };
}

function samplingFor(version: LegacyVersion, caps: JsonObject, params: JsonObject): LegacyRequest {
  const s = caps.sampling;
  if (!isObject(s)) throw missing({ sampling: {} }, 'sampling');
  const usesTools = params.tools !== undefined || params.toolChoice !== undefined;
  if (usesTools && (version === '2025-06-18' || !isObject(s.tools))) throw missing({ sampling: { tools: {} } }, 'sampling with tools');
  if (version === '2025-06-18') {
    const messages = Array.isArray(params.messages) ? params.messages.map(samplingMessageFor2025_06) : params.messages;
    return { method: 'sampling/createMessage', params: { ...params, messages } };
  }
  return { method: 'sampling/createMessage', params };
}

/** One input request as the request the bridge sends the client. */
export function legacyInputRequest(version: LegacyVersion, caps: JsonObject, request: unknown): LegacyRequest {
  if (!isObject(request) || typeof request.method !== 'string') throw new RpcError(INTERNAL_ERROR, 'The server sent an input request that is not a request');
  const params = isObject(request.params) ? request.params : {};
  switch (request.method) {
    case 'elicitation/create':
      return elicitationFor(version, caps, params);
    case 'sampling/createMessage':
      return samplingFor(version, caps, params);
    case 'roots/list':
      if (!isObject(caps.roots)) throw missing({ roots: {} }, 'roots');
      return { method: 'roots/list', ...(Object.keys(params).length > 0 ? { params } : {}) };
    default:
      throw new RpcError(INTERNAL_ERROR, `The server sent an input request for ${request.method}, which is none of ${INPUT_METHODS.join(', ')}`);
  }
}

/** The client's result as a 2026-07-28 input response (ElicitResult and ListRootsResult have no `_meta` there). */
export function modernInputResponse(method: string, result: JsonObject): JsonObject {
  if (method === 'sampling/createMessage') return result;
  const { _meta: _m, ...rest } = result;
  return rest;
}
