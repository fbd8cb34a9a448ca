// wit-parser's topological sort as observed through jco: the order is depth-first in definition
// order (dependencies first); for a cycle it blames the first not-yet-sorted dependency (Kahn's
// algorithm) of the first node, in definition order, that has one.

export interface DepRef<S> {
  name: string;
  /** Where the reference is written (for the error). */
  at: S;
}

export type TopoResult<S> = { order: string[] } | { cycle: DepRef<S> };

/** `deps` keys in definition order; every dependency must be a key (callers check first). */
export function toposort<S>(deps: Map<string, DepRef<S>[]>): TopoResult<S> {
  const remaining = new Map<string, number>();
  const reverse = new Map<string, string[]>();
  for (const [k, v] of deps) {
    remaining.set(k, v.length);
    reverse.set(k, reverse.get(k) ?? []);
    for (const d of v) {
      const list = reverse.get(d.name) ?? [];
      list.push(k);
      reverse.set(d.name, list);
    }
  }
  const order: string[] = [];
  // Ready nodes are taken in definition order (observed: jco resolves independent items so).
  const roots = [...deps.keys()].filter((k) => remaining.get(k) === 0);
  for (let i = 0; i < roots.length; i++) {
    const root = roots[i]!;
    order.push(root);
    for (const dep of reverse.get(root) ?? []) {
      const n = remaining.get(dep)! - 1;
      remaining.set(dep, n);
      if (n === 0) roots.push(dep);
    }
  }
  if (order.length === deps.size) return { order: depthFirst(deps) };
  for (const v of deps.values()) {
    for (const d of v) if ((remaining.get(d.name) ?? 0) > 0) return { cycle: d };
  }
  return { order }; // unreachable: a cycle always leaves a node with an unsorted dependency
}

/** Dependencies first, visiting nodes in definition order (acyclic input). */
function depthFirst<S>(deps: Map<string, DepRef<S>[]>): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (k: string) => {
    if (seen.has(k)) return;
    seen.add(k);
    for (const d of deps.get(k) ?? []) visit(d.name);
    order.push(k);
  };
  for (const k of deps.keys()) visit(k);
  return order;
}
