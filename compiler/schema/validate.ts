// Whether a JSON-RPC message is valid MCP of a version, by the official schema itself (ajv), not by
// anything generated from it: the referee `codec roundtrip` judges the codecs against (a codec that
// refuses an invalid message is right; one that accepts it is not).
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readJsonFile } from './json.js';
import { loadMcpModel } from './index.js';
import { normalizedDocument } from './normalized.js';

export type Validity = { valid: true } | { valid: false; pointer: string; reason: string };

export interface MessageReferee {
  version: string;
  /**
   * The message's validity: its JSON-RPC envelope (`JSONRPCMessage`), then its body: a request's or
   * notification's own definition (method and params), a result's definition for the method it
   * answers (`method`, given for responses). Error responses are judged by the envelope alone.
   */
  validate(message: unknown, method?: string): Validity;
}

function first(errors: ErrorObject[] | null | undefined, base: string): Validity {
  const e = errors?.[0];
  if (!e) return { valid: false, pointer: base, reason: 'invalid' };
  const missing = e.keyword === 'required' ? `/${String((e.params as { missingProperty?: string }).missingProperty)}` : '';
  return { valid: false, pointer: `${base}${e.instancePath}${missing}`, reason: e.keyword === 'required' ? 'missing required member' : (e.message ?? e.keyword) };
}

/** The referee of a pinned version (or of a schema file, labelled `spec`). */
export async function messageReferee(spec: string, schema?: string): Promise<MessageReferee> {
  const { model } = await loadMcpModel(schema ? { spec, schema } : { spec });
  // With MCP's own semantics restored (normalized.ts): the request -> result link of task-form
  // results exists only there, and `_meta` is an object on every message, as the codecs check it.
  const doc = normalizedDocument(readJsonFile(model.file).value).doc;
  const ajv = new (model.dialect === '2020-12' ? Ajv2020 : Ajv)({ strict: false, validateFormats: false });
  ajv.addSchema({ ...doc, $id: 'mcp' });
  const cache = new Map<string, ValidateFunction>();
  const at = (name: string): ValidateFunction => {
    let f = cache.get(name);
    // A derived inline type (a result's `result` member) is where its pointer says.
    if (!f) cache.set(name, (f = ajv.compile({ $ref: `mcp${model.types[name]?.pointer ?? `#/${model.definitionsKey}/${name}`}` })));
    return f;
  };
  const byMethod = new Map(model.methods.map((m) => [m.method, m]));
  return {
    version: model.version,
    validate(message, method) {
      if (model.types['JSONRPCMessage'] && !at('JSONRPCMessage')(message)) {
        // The envelope's anyOf says little ("must match a schema in anyOf"): name what is wrong.
        const m = (message ?? {}) as Record<string, unknown>;
        if (typeof message !== 'object' || message === null || Array.isArray(message)) return { valid: false, pointer: '', reason: 'a JSON-RPC message is an object' };
        if (m['jsonrpc'] !== '2.0') return { valid: false, pointer: '/jsonrpc', reason: 'must be "2.0"' };
        const request = typeof m['method'] === 'string' && byMethod.get(m['method'])?.kind === 'request';
        if ((request || 'result' in m || 'error' in m) && m['id'] === undefined) return { valid: false, pointer: '/id', reason: 'missing required member' };
        return first(at('JSONRPCMessage').errors, '');
      }
      const m = message as Record<string, unknown>;
      if (typeof m['method'] === 'string') {
        const def = byMethod.get(m['method']);
        if (!def) return { valid: false, pointer: '/method', reason: `${m['method']} is not a method of MCP ${model.version}` };
        if (def.kind === 'request' && m['id'] === undefined) return { valid: false, pointer: '/id', reason: 'missing required member (a request has an id)' };
        return at(def.definition)(message) ? { valid: true } : first(at(def.definition).errors, '');
      }
      if ('result' in m && method !== undefined) {
        const result = byMethod.get(method)?.result;
        if (!result) return { valid: true };
        return at(result)(m['result']) ? { valid: true } : first(at(result).errors, '/result');
      }
      return { valid: true };
    },
  };
}
