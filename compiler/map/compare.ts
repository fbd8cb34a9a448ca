// The comparison engine: walks an MCP type and a WIT type together, asking the rule table at
// every step. Each (named MCP type, WIT type) pair is compared once and memoized, so recursive
// types terminate; a pair's own findings stay with it, and a verdict that reaches through other
// pairs ("deep") is computed afterwards over the pair graph (strongly connected components), so
// it does not depend on the order things were compared in.
import type { McpType, TypeName } from '../schema/model.js';
import type { Span, WitType } from '../wit/model.js';
import { decideSlot, decideType, type Child, type Decision, type RuleContext, type TypeRuleId } from './rules.js';
import { CheckerError, describeMcp, describeWit, type McpSlot, resolveMcp, resolveWit, type WitSlot, witKey } from './shapes.js';
import { emptyCounts, type Finding, isFaithful, type Verdict, type VerdictCounts, worst } from './types.js';

/** Whatever collects findings: a type pair, or a message realization. */
export interface Unit {
  local: Verdict;
  findings: Finding[];
  fields: VerdictCounts;
  /** Named pairs this unit refers to, with where. */
  edges: { path: string; key: string }[];
}

export interface Pair extends Unit {
  key: string;
  mcp: TypeName;
  wit: WitType;
  /** The WIT side, described. */
  witName: string;
  /** The WIT type's location when it is a named type. */
  location?: string;
  /** The rule table's decision at the pair's top (set once the pair is compared). */
  decision?: Decision<TypeRuleId>;
}

export interface Where {
  schema?: string;
  location?: string;
}

export function newUnit(): Unit {
  return { local: 'exact', findings: [], fields: emptyCounts(), edges: [] };
}

export function pairKey(mcp: TypeName, wit: WitType): string {
  return `${mcp}=>${witKey(wit)}`;
}

export class Comparer {
  /** Every pair, in the order first compared. */
  readonly pairs = new Map<string, Pair>();
  private deepCache: Map<string, Verdict> | undefined;

  constructor(
    private readonly ctx: RuleContext,
    private readonly locate: (span: Span) => string,
  ) {}

  /** Compares a named MCP type with a WIT type as one memoized unit. */
  pair(mcp: TypeName, wit: WitType): Pair {
    const key = pairKey(mcp, wit);
    const known = this.pairs.get(key);
    if (known) return known;
    this.deepCache = undefined;
    const named = this.ctx.mcp.types[mcp];
    const def = wit.kind === 'named' ? this.ctx.wit.types[wit.id] : undefined;
    const pair: Pair = { ...newUnit(), key, mcp, wit, witName: describeWit(this.ctx.wit, wit) };
    if (def) pair.location = this.locate(def.span);
    this.pairs.set(key, pair); // before recursing: a cycle back here finds it
    const where: Where = {};
    if (named) where.schema = named.pointer;
    if (pair.location) where.location = pair.location;
    this.compareShape(pair, '', { kind: 'ref', name: mcp }, wit, where, pair);
    return pair;
  }

  /** Compares a type within a unit; a named MCP type becomes an edge to its pair. */
  type(unit: Unit, path: string, mcp: McpType, wit: WitType, where: Where): Verdict {
    if (mcp.kind === 'ref') {
      const pair = this.pair(mcp.name, wit);
      if (!unit.edges.some((e) => e.path === path && e.key === pair.key)) unit.edges.push({ path, key: pair.key });
      return 'exact';
    }
    return this.compareShape(unit, path, mcp, wit, where);
  }

  /** Compares two slots (property/field, property/parameter, member/case) within a unit. */
  slot(unit: Unit, path: string, mcp: McpSlot | undefined, wit: WitSlot | undefined, where: Where): Verdict {
    const here: Where = { ...where };
    if (mcp?.pointer) here.schema = mcp.pointer;
    if (wit?.span) here.location = this.locate(wit.span);
    const d = decideSlot(mcp, wit, this.ctx);
    const v = worst(d.verdict, ...this.children(unit, path, d.children, here));
    this.record(unit, path, d, here, mcp ? describeMcp(mcp.type) : undefined, wit ? describeWit(this.ctx.wit, wit.type) : undefined);
    const isField = (mcp ?? wit)?.kind !== 'case';
    if (isField) unit.fields[v]++;
    return v;
  }

  /** Compares two types by the rule table; `top` is the pair whose top this is, to keep the decision. */
  private compareShape(unit: Unit, path: string, mcp: McpType, wit: WitType, where: Where, top?: Pair): Verdict {
    const m = resolveMcp(this.ctx.mcp, mcp);
    const w = resolveWit(this.ctx.wit, wit);
    let d: Decision<TypeRuleId>;
    try {
      d = decideType(m, w, this.ctx);
    } catch (e) {
      if (e instanceof CheckerError && e.location === undefined && e.schema === undefined) {
        if (where.location) e.location = where.location;
        if (where.schema) e.schema = where.schema;
      }
      throw e;
    }
    if (top) top.decision = d;
    this.record(unit, path, d, where, describeMcp(mcp), describeWit(this.ctx.wit, wit));
    return worst(d.verdict, ...this.children(unit, path, d.children, where));
  }

  private children(unit: Unit, path: string, children: Child[] | undefined, where: Where): Verdict[] {
    return (children ?? []).map((c) =>
      c.level === 'type'
        ? this.type(unit, path + c.path, c.mcp, c.wit, where)
        : this.slot(unit, path + c.path, c.mcp, c.wit, where),
    );
  }

  private record(unit: Unit, path: string, d: Decision, where: Where, mcp: string | undefined, wit: string | undefined): void {
    unit.local = worst(unit.local, d.verdict);
    const base = { path: displayPath(path), rule: d.rule, ...(mcp ? { mcp } : {}), ...(wit ? { wit } : {}), ...where };
    if (d.verdict !== 'exact') unit.findings.push({ ...base, verdict: d.verdict, reason: d.reason });
    for (const note of d.notes ?? []) unit.findings.push({ ...base, verdict: 'exact', reason: note });
  }

  /** The worst verdict reachable from a pair, through every pair it refers to. */
  deep(key: string): Verdict {
    if (!this.deepCache) this.deepCache = this.computeDeep();
    return this.deepCache.get(key) ?? 'exact';
  }

  /** A unit's verdict including the pairs it refers to. */
  unitVerdict(unit: Unit): Verdict {
    return worst(unit.local, ...unit.edges.map((e) => this.deep(e.key)));
  }

  /** Findings that point at referred pairs that lose values (lossy, missing), for readers of one item. */
  viaFindings(unit: Unit): Finding[] {
    const out: Finding[] = [];
    for (const e of unit.edges) {
      const v = this.deep(e.key);
      const p = this.pairs.get(e.key);
      if (isFaithful(v) || !p) continue;
      const f: Finding = {
        path: displayPath(e.path),
        verdict: v,
        rule: 'via-type',
        reason: `${p.mcp} as ${p.witName} is ${v} (see ${p.mcp})`,
        mcp: p.mcp,
        wit: p.witName,
      };
      if (p.location) f.location = p.location;
      out.push(f);
    }
    return out;
  }

  /** Tarjan's strongly connected components: every pair in a cycle shares the cycle's worst. */
  private computeDeep(): Map<string, Verdict> {
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const onStack = new Set<string>();
    const stack: string[] = [];
    const result = new Map<string, Verdict>();
    let counter = 0;
    const visit = (key: string): void => {
      index.set(key, counter);
      low.set(key, counter);
      counter++;
      stack.push(key);
      onStack.add(key);
      const pair = this.pairs.get(key) as Pair;
      for (const e of pair.edges) {
        if (!index.has(e.key)) {
          visit(e.key);
          low.set(key, Math.min(low.get(key) as number, low.get(e.key) as number));
        } else if (onStack.has(e.key)) {
          low.set(key, Math.min(low.get(key) as number, index.get(e.key) as number));
        }
      }
      if (low.get(key) === index.get(key)) {
        const members: string[] = [];
        let k: string;
        do {
          k = stack.pop() as string;
          onStack.delete(k);
          members.push(k);
        } while (k !== key);
        const inComponent = new Set(members);
        let v: Verdict = 'exact';
        for (const m of members) {
          const p = this.pairs.get(m) as Pair;
          v = worst(v, p.local);
          for (const e of p.edges) if (!inComponent.has(e.key)) v = worst(v, result.get(e.key) ?? 'exact');
        }
        for (const m of members) result.set(m, v);
      }
    };
    for (const key of this.pairs.keys()) if (!index.has(key)) visit(key);
    return result;
  }
}

/** `.content[]` -> `content[]`, `.params.x` -> `params.x`. */
export function displayPath(path: string): string {
  return path.startsWith('.') ? path.slice(1) : path;
}
