// The schema document every stage reads: the official one with MCP's own semantics restored by
// named normalizations (docs/mapping.md, "Schema normalizations"), applied in this order.
import { withBaseMeta } from './base-meta.js';
import { withTaskResults } from './task-results.js';

export interface NormalizedDocument {
  doc: Record<string, unknown>;
  /** `base-meta`: pointers of the `_meta` properties added. */
  baseMeta: string[];
  /** `task-results`: requests whose result is their own or `CreateTaskResult`. */
  taskResults: string[];
}

export function normalizedDocument(raw: unknown): NormalizedDocument {
  const { doc, added } = withBaseMeta(raw);
  const taskResults = withTaskResults(doc);
  return { doc, baseMeta: added, taskResults };
}
