// How alike two type structures are, for rename suggestions (`diff` between MCP versions, `check`
// between a missing MCP type and an unmapped WIT type). A structure is a map from key (a property
// or field name, an enum value, a union member or variant case) to a signature (its type, coarse).
// Pure and deterministic: the same inputs always give the same pairs.
import { words } from './names.js';

/** A suggestion needs at least this score: more than half of the keys, alike. */
export const MIN_RENAME_SCORE = 0.6;

/** And at least this many keys alike on both sides: one shared `_meta` is no evidence. */
export const MIN_SHARED_KEYS = 2;

/** Keys both structures have with the same signature. */
export function sharedKeys(a: Structure, b: Structure): number {
  let n = 0;
  for (const [k, x] of a) if (b.get(k) === x) n++;
  return n;
}

export type Structure = Map<string, string>;

/**
 * Keys in both count 1 when their signatures are equal and 1/2 otherwise (the key matches, the
 * type changed); the sum is divided by the number of distinct keys of both (a weighted Jaccard
 * index). 1 is the same structure. Two empty structures score 0 (nothing to go by), and so do two
 * that hold different constants under one key: a type tag or an error code names what a thing is.
 */
export function similarity(a: Structure, b: Structure): number {
  const keys = new Set([...a.keys(), ...b.keys()]);
  if (keys.size === 0) return 0;
  let same = 0;
  for (const k of keys) {
    const x = a.get(k);
    const y = b.get(k);
    if (x === undefined || y === undefined) continue;
    // Two different constants under one key (a type tag, an error code) tell two things apart.
    if (x !== y && x.startsWith('const ') && y.startsWith('const ')) return 0;
    same += x === y ? 1 : 0.5;
  }
  return same / keys.size;
}

/** Shared words of two names (kebab or Pascal case), as a Jaccard index: the tie-breaker. */
export function nameSimilarity(a: string, b: string): number {
  const x = new Set(words(a).map((w) => w.toLowerCase()));
  const y = new Set(words(b).map((w) => w.toLowerCase()));
  const all = new Set([...x, ...y]);
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return all.size === 0 ? 0 : common / all.size;
}

export interface Pair {
  from: string;
  to: string;
  score: number;
}

/**
 * One-to-one pairs of `from` and `to` items whose structures score at least MIN_RENAME_SCORE,
 * with at least MIN_SHARED_KEYS keys alike:
 * the best score first, then the more alike names, then by name; each item is used once.
 */
export function pairByStructure(from: Map<string, Structure>, to: Map<string, Structure>): Pair[] {
  const candidates: (Pair & { names: number })[] = [];
  for (const [f, a] of from) {
    for (const [t, b] of to) {
      const score = similarity(a, b);
      if (score >= MIN_RENAME_SCORE && sharedKeys(a, b) >= MIN_SHARED_KEYS) candidates.push({ from: f, to: t, score, names: nameSimilarity(f, t) });
    }
  }
  candidates.sort((p, q) => q.score - p.score || q.names - p.names || (p.from < q.from ? -1 : p.from > q.from ? 1 : p.to < q.to ? -1 : p.to > q.to ? 1 : 0));
  const usedFrom = new Set<string>();
  const usedTo = new Set<string>();
  const out: Pair[] = [];
  for (const c of candidates) {
    if (usedFrom.has(c.from) || usedTo.has(c.to)) continue;
    usedFrom.add(c.from);
    usedTo.add(c.to);
    out.push({ from: c.from, to: c.to, score: Math.round(c.score * 100) / 100 });
  }
  return out.sort((p, q) => (p.from < q.from ? -1 : p.from > q.from ? 1 : 0));
}
