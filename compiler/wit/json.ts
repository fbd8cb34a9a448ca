// Deterministic JSON for the resolved model: object keys sorted (array order is semantic and
// kept), spans optional so golden files don't churn on whitespace edits.

import type { WitModel } from './model.js';

export function modelToJson(model: WitModel, options: { spans?: boolean } = {}): string {
  const spans = options.spans ?? true;
  return JSON.stringify(sortKeys(model, spans), null, 2) + '\n';
}

function sortKeys(value: unknown, spans: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => sortKeys(v, spans));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined || (!spans && key === 'span')) continue;
    out[key] = sortKeys(v, spans);
  }
  return out;
}
