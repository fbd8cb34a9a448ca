// Types: every MCP definition, and each inline type the comparisons reached, gets its WIT type
// (by the manifest, by its kebab-case name, or as reached through a compared field), or a
// realization without one (a function, excluded with a reason), or is reported unplaced.
import type { Method, TypeName } from '../schema/model.js';
import type { TypeDef } from '../wit/model.js';
import { findType, type MapContext } from './context.js';
import { typeName } from './names.js';
import { emptyCounts, type TypeItem } from './types.js';
import { cmp } from './worlds.js';

/** Places every type; call after the messages were compared (they reach types too). */
export function placeTypes(ctx: MapContext): TypeItem[] {
  const methodByDefinition = new Map(ctx.mcp.methods.map((m) => [m.definition, m]));
  const unions = new Set(Object.keys(ctx.mcp.unions));
  const pairKeys = new Map<TypeName, string>();
  const items = new Map<TypeName, TypeItem>();
  const queue = [...ctx.mcp.definitions];
  while (queue.length > 0) {
    for (const name of queue.splice(0)) {
      if (!items.has(name)) items.set(name, place(ctx, pairKeys, name, methodByDefinition.get(name), unions.has(name)));
    }
    // placing a type compares it, which may reach inline types not placed yet
    for (const p of ctx.comparer.pairs.values()) if (!items.has(p.mcp)) queue.push(p.mcp);
    for (const n of [...ctx.realizedBy.keys()].sort()) if (!items.has(n)) queue.push(n);
  }
  const firstPair = new Map<TypeName, string>();
  for (const p of ctx.comparer.pairs.values()) if (!firstPair.has(p.mcp)) firstPair.set(p.mcp, p.key);
  const out = [...items.values()].sort((a, b) => cmp(a.name, b.name));
  for (const t of out) finish(ctx, pairKeys, firstPair, t);
  return out;
}

function place(ctx: MapContext, pairKeys: Map<TypeName, string>, name: TypeName, method: Method | undefined, isUnion: boolean): TypeItem {
  const named = ctx.mcp.types[name];
  const item: TypeItem = {
    name,
    origin: named?.origin ?? 'definition',
    schema: named?.pointer ?? `#/definitions/${name}`,
    realization: 'missing',
    source: 'convention',
    verdict: 'missing',
    fields: emptyCounts(),
    findings: [],
  };
  const entry = ctx.manifest?.types?.[name];
  if (entry) {
    item.source = 'manifest';
    if (entry.reason) item.reason = entry.reason;
    if (entry.realization === 'excluded') return { ...item, realization: 'excluded', verdict: 'exact' };
    if (entry.realization === 'realized-as-function') {
      return { ...item, realization: 'function', verdict: 'exact', ...(entry.function ? { function: entry.function } : {}) };
    }
    const def = entry.type ? findType(ctx, entry.type) : undefined;
    if (!def) {
      item.findings.push({
        path: '',
        verdict: 'missing',
        rule: 'manifest-type-unknown',
        reason: `the manifest names WIT type ${entry.type}, which ${ctx.wit.root} does not define`,
        schema: item.schema,
      });
      return item;
    }
    return typed(ctx, pairKeys, item, def);
  }
  if (method) return { ...item, realization: 'function', verdict: 'exact', reason: `the ${method.kind} ${method.method}` };
  if (isUnion) return { ...item, realization: 'function', verdict: 'exact', reason: "direction union: realized by its members' functions" };
  const def = findType(ctx, typeName(name));
  return def ? typed(ctx, pairKeys, item, def) : item;
}

function typed(ctx: MapContext, pairKeys: Map<TypeName, string>, item: TypeItem, def: TypeDef): TypeItem {
  const pair = ctx.comparer.pair(item.name, { kind: 'named', id: def.id });
  pairKeys.set(item.name, pair.key);
  item.realization = 'type';
  item.wit = def.owner.package === ctx.wit.root ? `${def.owner.interface ?? def.owner.world ?? ''}.${def.name}` : def.id;
  item.location = ctx.locate(def.span);
  return item;
}

/** Once every pair is compared: reached types, unplaced ones, and verdicts through the pair graph. */
function finish(ctx: MapContext, pairKeys: Map<TypeName, string>, firstPair: Map<TypeName, string>, item: TypeItem): void {
  if (item.realization === 'missing' && item.findings.length === 0) {
    const reached = firstPair.has(item.name) ? ctx.comparer.pairs.get(firstPair.get(item.name) as string) : undefined;
    if (reached) {
      item.realization = 'type';
      item.source = 'reached';
      item.wit = reached.witName;
      if (reached.location) item.location = reached.location;
      pairKeys.set(item.name, reached.key);
    } else if (ctx.realizedBy.has(item.name)) {
      item.realization = 'function';
      item.source = 'reached';
      item.function = ctx.realizedBy.get(item.name) as string;
      item.verdict = 'exact';
      item.reason = 'carried by the function signature';
      return;
    } else {
      item.findings.push({
        path: '',
        verdict: 'missing',
        rule: 'unplaced',
        reason: `no WIT type ${typeName(item.name)}, no manifest entry, and nothing compared refers to it`,
        schema: item.schema,
      });
      return;
    }
  }
  const key = pairKeys.get(item.name);
  const pair = key ? ctx.comparer.pairs.get(key) : undefined;
  if (!pair) return;
  item.verdict = ctx.comparer.deep(pair.key);
  item.fields = { ...pair.fields };
  item.findings = [...pair.findings, ...ctx.comparer.viaFindings(pair)];
}
