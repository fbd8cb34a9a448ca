// Normalization `task-results` (MCP 2025-11-25 tasks): a request whose params declare `task`
// ("If specified, the caller is requesting task-augmented execution for this request. The request
// will return a CreateTaskResult immediately") answers either its own result or `CreateTaskResult`.
// The JSON schema has no request -> result link before 2026-07-28, so it cannot say so; this pass
// writes the union each such request answers into the normalized document, under `x-mcp-results`
// (keyed by the request's definition), where the model's result pairing and the codecs' validators
// find it.

import { atPointer, definitionsKeyOf, isRecord, type Json, unionMemberNames } from './document.js';

/** Where the results this pass states live in the normalized document. */
export const RESULTS_KEY = 'x-mcp-results';

/** The task form of a result, and the params member that asks for it. */
const TASK_RESULT = 'CreateTaskResult';
const TASK_MEMBER = 'task';

/** Does the params schema (following `$ref`s and union members) declare `task` anywhere? */
function declaresTask(doc: Json, schema: unknown, depth = 0): boolean {
  if (!isRecord(schema) || depth > 8) return false;
  if (isRecord(schema.properties) && TASK_MEMBER in schema.properties) return true;
  if (typeof schema.$ref === 'string' && schema.$ref.startsWith('#/')) return declaresTask(doc, atPointer(doc, schema.$ref), depth + 1);
  return ['anyOf', 'oneOf', 'allOf'].some((k) => Array.isArray(schema[k]) && (schema[k] as unknown[]).some((m) => declaresTask(doc, m, depth + 1)));
}

/**
 * `task-results` over a document (modified in place: it is the normalized copy). Returns the
 * requests given a task-form result, sorted.
 */
export function withTaskResults(doc: unknown): string[] {
  if (!isRecord(doc)) return [];
  const key = definitionsKeyOf(doc);
  const defs = doc[key];
  if (!isRecord(defs) || !isRecord(defs[TASK_RESULT])) return [];
  const out: Json = {};
  for (const name of ['ClientRequest', 'ServerRequest'].flatMap((u) => unionMemberNames(defs, u))) {
    const def = defs[name] as Json;
    const result = name.replace(/Request$/, 'Result');
    if (result === name || !isRecord(defs[result]) || !isRecord(def.properties)) continue;
    if (!declaresTask(doc, def.properties.params)) continue;
    out[name] = { anyOf: [{ $ref: `#/${key}/${result}` }, { $ref: `#/${key}/${TASK_RESULT}` }] };
  }
  const names = Object.keys(out).sort();
  if (names.length > 0) doc[RESULTS_KEY] = Object.fromEntries(names.map((n) => [n, out[n]]));
  return names;
}
