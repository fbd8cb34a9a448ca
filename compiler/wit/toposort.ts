// wit-parser's topological sort as observed through jco: of the items whose dependencies are all
// sorted, the first defined goes next (the smallest topological order by definition position), so
// an item that needs a later one waits for it, then goes before the later items. For a cycle it
// blames the first not-yet-sorted dependency of the first node, in definition order, that has one.

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
  const position = new Map([...deps.keys()].map((k, i) => [k, i] as const));
  const ready = [...deps.keys()].filter((k) => remaining.get(k) === 0);
  while (ready.length > 0) {
    // Few items per package: a linear scan for the earliest defined one is enough.
    let at = 0;
    for (let i = 1; i < ready.length; i++) if (position.get(ready[i]!)! < position.get(ready[at]!)!) at = i;
    const node = ready.splice(at, 1)[0]!;
    order.push(node);
    for (const dep of reverse.get(node) ?? []) {
      const n = remaining.get(dep)! - 1;
      remaining.set(dep, n);
      if (n === 0) ready.push(dep);
    }
  }
  if (order.length === deps.size) return { order };
  for (const v of deps.values()) {
    for (const d of v) if ((remaining.get(d.name) ?? 0) > 0) return { cycle: d };
  }
  return { order }; // unreachable: a cycle always leaves a node with an unsorted dependency
}
