// `generate wit --missing-only`: add to an existing WIT package only what the checker reports
// missing, inside marked regions at the end of the interfaces and worlds that must hold it. Text
// outside the regions — every hand-written declaration — is never touched; a region is replaced
// whole when the command runs again.
import type { FuncNode, InterfaceItem, TypeDefNode, TypeExpr } from '../../wit/ast.js';
import type { Interface, WitModel } from '../../wit/model.js';
import type { McpModel, TypeName } from '../../schema/model.js';
import type { Mapping, MessageRealization } from '../../map/types.js';
import { typeName } from '../../map/names.js';
import { interfaceBody } from '../../wit/printer.js';
import { error, type Diagnostic } from '../../diagnostics.js';
import { functionOf, type Variant } from './functions.js';
import { planWit } from './plan.js';
import { bodyRefs, recursionCuts, typeDefOf, type TypeEmitContext } from './types.js';
import { namesIn } from './package.js';
import { describeAddition, memberAddition, type MemberAddition, planMembers, planRefs } from './members.js';

export const REGION_BEGIN = '// wasi-mcp generated: begin';
export const REGION_END = '// wasi-mcp generated: end';
const REGION_NOTE = '// Added by `wasi-mcp generate wit --missing-only`; edits here are replaced when it runs again.';

/** Remove every generated region from a WIT text (the lines from begin to end, inclusive). */
export function stripRegions(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let inside = false;
  for (const line of lines) {
    const t = line.trim();
    if (t === REGION_BEGIN) {
      inside = true;
      // The blank line that separates a region from what precedes it belongs to the region.
      if (out.length > 0 && out[out.length - 1]!.trim() === '') out.pop();
    }
    else if (t === REGION_END) inside = false;
    else if (!inside) out.push(line);
  }
  return out.join('\n');
}

export interface MissingAdditions {
  /** Interface local name -> what goes into its region. */
  interfaces: Map<string, { types: TypeDefNode[]; functions: FuncNode[]; uses: Map<string, Set<string>> }>;
  /** World name -> `import x;` / `export x;` lines for interfaces it lacks. */
  worlds: Map<string, string[]>;
  /** Fields and cases missing from types the package already has. */
  members: MemberAddition[];
  added: { types: TypeName[]; functions: string[]; members: string[] };
  diagnostics: Diagnostic[];
}

function rootInterfaces(wit: WitModel): Interface[] {
  return Object.values(wit.interfaces).filter((i) => i.package === wit.root && i.name);
}

/** Decide what to add: the missing types (with the unmapped types they reach) and functions. */
export function planMissing(model: McpModel, wit: WitModel, mapping: Mapping): MissingAdditions {
  const diagnostics: Diagnostic[] = [];
  const variant: Variant = Object.values(wit.interfaces).some((i) => i.package === wit.root && i.functions.some((f) => f.async)) ? 'p3' : 'p2';
  // Gate the additions only where the package gates its own items (WASI style), with its version.
  const gated = rootInterfaces(wit).some((i) => i.gates.length > 0);
  const since = gated ? wit.packages[wit.root]?.version : undefined;
  const ifaces = new Map(rootInterfaces(wit).map((i) => [i.name, i]));

  // Where each mapped MCP type lives in WIT: interface and local name.
  const home = new Map<TypeName, { iface: string; name: string }>();
  for (const t of mapping.types) {
    if (t.realization === 'type' && t.wit?.includes('.')) {
      const [iface, name] = t.wit.split('.') as [string, string];
      home.set(t.name, { iface, name });
    }
  }
  // Missing types go to the interface that already holds most MCP types.
  const counts = new Map<string, number>();
  for (const h of home.values()) counts.set(h.iface, (counts.get(h.iface) ?? 0) + 1);
  const typesIface = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? 'types';

  // The missing types, closed over the unmapped types they refer to.
  const decisions = new Map(planWit(model).types.map((d) => [d.name, d]));
  const adding = new Set<TypeName>();
  const queue = mapping.types.filter((t) => t.realization === 'missing').map((t) => t.name);
  // Members missing from existing types; the types they refer to need a home as well.
  const memberPlans = planMembers(model, wit, mapping, diagnostics);
  for (const plan of memberPlans) queue.push(...planRefs(plan).filter((to) => decisions.get(to)?.realization !== 'excluded'));
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (adding.has(name) || home.has(name) || !model.types[name]) continue;
    adding.add(name);
    for (const to of bodyRefs(model.types[name]!.body)) if (!home.has(to) && decisions.get(to)?.realization !== 'excluded') queue.push(to);
  }
  // Each added type goes to the default interface unless it refers to a type of an interface that
  // (transitively) uses that one: then to the latest such interface in dependency order, so the
  // `use`s the addition needs never close a cycle (2026-07-28 types refer to `capabilities`,
  // which uses `types`).
  const order = dependencyOrder(wit, rootInterfaces(wit));
  const rank = (iface: string) => order.get(iface) ?? -1;
  const placed = new Set<TypeName>();
  const placeType = (name: TypeName, active: Set<TypeName>): string => {
    const known = home.get(name);
    if (known) return known.iface;
    let iface = typesIface;
    if (!active.has(name)) {
      active.add(name);
      for (const to of bodyRefs(model.types[name]!.body)) {
        if (!home.has(to) && !adding.has(to)) continue;
        const dep = placeType(to, active);
        if (rank(dep) > rank(iface)) iface = dep;
      }
      active.delete(name);
    }
    if (!placed.has(name)) {
      placed.add(name);
      const local = typeName(name);
      if (ifaces.get(iface)?.types[local]) diagnostics.push(error('name-taken', `cannot add ${name}: ${iface} already has a type named ${local}`));
      home.set(name, { iface, name: local });
    }
    return iface;
  };
  for (const name of [...adding].sort()) placeType(name, new Set());

  const { cut, diagnostics: cutDiags } = recursionCuts(model, new Set(home.keys()));
  diagnostics.push(...cutDiags);
  const ctx: TypeEmitContext = { model, names: new Map([...home].map(([k, v]) => [k, v.name])), cut, diagnostics };
  const gates = since ? [{ kind: 'since' as const, version: since }] : [];
  const additions: MissingAdditions = { interfaces: new Map(), worlds: new Map(), members: [], added: { types: [], functions: [], members: [] }, diagnostics };
  const region = (iface: string) => {
    let r = additions.interfaces.get(iface);
    if (!r) additions.interfaces.set(iface, (r = { types: [], functions: [], uses: new Map() }));
    return r;
  };
  // A name used in `iface` must be in scope there: `use` it from its home unless it already is.
  const localHomes = new Map([...home.values()].map((h) => [h.name, h.iface]));
  const need = (iface: string, t: TypeExpr) => {
    for (const n of namesIn(t)) {
      const from = localHomes.get(n);
      if (!from || from === iface || ifaces.get(iface)?.types[n]) continue;
      const uses = region(iface).uses;
      uses.set(from, (uses.get(from) ?? new Set()).add(n));
    }
  };

  for (const name of [...adding].sort()) {
    const def = typeDefOf(model.types[name]!, ctx);
    if (!def) continue;
    def.gates = gates;
    const iface = home.get(name)!.iface;
    region(iface).types.push(def);
    additions.added.types.push(name);
    const inner: TypeExpr[] = def.kind === 'record' ? def.fields.map((f) => f.type) : def.kind === 'variant' ? def.cases.flatMap((c) => (c.type ? [c.type] : [])) : def.kind === 'alias' ? [def.target] : [];
    for (const t of inner) need(iface, t);
  }

  for (const plan of memberPlans) {
    const a = memberAddition(plan, ctx);
    additions.members.push(a);
    additions.added.members.push(...describeAddition(a));
    const iface = plan.def.owner.interface;
    if (iface) for (const x of [...a.fields.map((f) => f.type), ...a.cases.flatMap((c) => (c.type ? [c.type] : []))]) need(iface, x);
  }

  const done = new Set<string>();
  for (const item of mapping.messages) {
    const method = model.methods.find((m) => m.method === item.method && m.kind === item.kind);
    if (!method) continue;
    for (const r of item.realizations) {
      if (r.status !== 'missing' || !r.function || !r.findings.some((f) => f.rule === 'function-missing')) continue;
      const [iface, fname] = r.function.includes('.') ? (r.function.split('.') as [string, string]) : [defaultInterface(r), r.function];
      const key = `${iface}.${fname}`;
      if (!ifaces.has(iface)) addWorldItem(additions, r, iface);
      if (done.has(key)) continue;
      done.add(key);
      const f = functionOf({ method, role: r.role, side: r.side, direction: r.direction, realization: r.realization, function: key }, variant, since ?? '', ctx);
      f.gates = gates;
      region(iface).functions.push(f);
      additions.added.functions.push(key);
      for (const p of f.func.params) need(iface, p.type);
      if (f.func.result) need(iface, f.func.result);
    }
  }
  return additions;
}

/**
 * The package's interfaces in dependency order (an interface after every interface it `use`s
 * from), as a rank by name; interfaces in a cycle (which jco rejects anyway) keep the order found.
 */
function dependencyOrder(wit: WitModel, interfaces: Interface[]): Map<string, number> {
  const byId = new Map(interfaces.map((i) => [i.id, i]));
  const rank = new Map<string, number>();
  const visiting = new Set<string>();
  const visit = (i: Interface): void => {
    if (rank.has(i.name) || visiting.has(i.id)) return;
    visiting.add(i.id);
    for (const u of Object.values(i.uses ?? {})) {
      const dep = byId.get(u.interface);
      if (dep && wit.interfaces[dep.id]) visit(dep);
    }
    visiting.delete(i.id);
    rank.set(i.name, rank.size);
  };
  for (const i of [...interfaces].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) visit(i);
  return rank;
}

function defaultInterface(r: MessageRealization): string {
  return r.role === 'server' ? (r.side === 'send' ? 'runtime' : 'handlers') : r.side === 'send' ? 'client' : 'client-handlers';
}

function addWorldItem(additions: MissingAdditions, r: MessageRealization, iface: string): void {
  const line = `${r.realization === 'handler' ? 'export' : 'import'} ${iface};`;
  const lines = additions.worlds.get(r.world) ?? [];
  if (!lines.includes(line)) lines.push(line);
  additions.worlds.set(r.world, lines);
}

/** The region's text for an interface, indented one level. */
export function regionText(r: { types: TypeDefNode[]; functions: FuncNode[]; uses: Map<string, Set<string>> }): string {
  const items: InterfaceItem[] = [];
  for (const [from, names] of [...r.uses].sort()) {
    items.push({ kind: 'use', path: { kind: 'local', name: { name: from } }, names: [...names].sort().map((n) => ({ name: { name: n } })), gates: [] });
  }
  items.push(...[...r.types].sort((a, b) => (a.name.name < b.name.name ? -1 : 1)), ...r.functions);
  return ['', `  ${REGION_BEGIN}`, `  ${REGION_NOTE}`, ...interfaceBody(items, '  '), `  ${REGION_END}`].join('\n');
}

/**
 * Insert each region before the closing brace of its interface or world. `texts` are the files'
 * texts with old regions already stripped, and `wit` must have been parsed from exactly them.
 */
export function spliceRegions(texts: Map<string, string>, wit: WitModel, additions: MissingAdditions): { texts: Map<string, string>; newInterfaces: string[] } {
  const inserts: { file: string; at: number; text: string }[] = [];
  const newInterfaces: string[] = [];
  const byName = new Map(rootInterfaces(wit).map((i) => [i.name, i]));
  for (const [iface, r] of additions.interfaces) {
    const target = byName.get(iface);
    if (!target) {
      newInterfaces.push(`interface ${iface} {${regionText(r)}\n}\n`);
      continue;
    }
    inserts.push({ file: target.span.file, at: target.span.offset + target.span.length - 1, text: regionText(r) + '\n' });
  }
  for (const [world, lines] of additions.worlds) {
    const w = Object.values(wit.worlds).find((x) => x.package === wit.root && x.name === world);
    if (!w) continue;
    inserts.push({ file: w.span.file, at: w.span.offset + w.span.length - 1, text: ['', `  ${REGION_BEGIN}`, `  ${REGION_NOTE}`, ...lines.map((l) => `  ${l}`), `  ${REGION_END}`, ''].join('\n') });
  }
  for (const m of additions.members) {
    const text = texts.get(m.def.span.file);
    if (text !== undefined) inserts.push(...memberInserts(text, m));
  }
  const out = new Map(texts);
  // Later offsets first, so earlier ones stay valid.
  for (const ins of inserts.sort((a, b) => b.at - a.at)) {
    const text = out.get(ins.file);
    if (text === undefined) continue;
    out.set(ins.file, text.slice(0, ins.at) + ins.text + text.slice(ins.at));
  }
  return { texts: out, newInterfaces };
}

/**
 * The region for members added to an existing record, variant or enum: before its closing
 * brace, indented as its members are, marked like the interface regions. A last member without
 * its trailing comma gets one (the only byte outside a region this writes; canonical WIT has it).
 */
function memberInserts(text: string, m: MemberAddition): { file: string; at: number; text: string }[] {
  const def = m.def;
  const close = def.span.offset + def.span.length - 1;
  if (text[close] !== '}') return [];
  const existing = def.kind === 'record' ? def.fields : def.kind === 'variant' || def.kind === 'enum' ? def.cases : [];
  const last = existing[existing.length - 1];
  const lineStart = text.lastIndexOf('\n', def.span.offset - 1) + 1;
  const outer = /^[ \t]*/.exec(text.slice(lineStart, def.span.offset))?.[0] ?? '';
  const inner = last ? ' '.repeat(last.span.column - 1) : `${outer}  `;
  // Print the new members as the printer would inside a type of that kind, then keep the body lines.
  const node: TypeDefNode =
    m.kind === 'record'
      ? { kind: 'record', name: { name: def.name }, gates: [], fields: m.fields }
      : { kind: m.kind, name: { name: def.name }, gates: [], cases: m.cases } as TypeDefNode;
  const printed = interfaceBody([node], '').join('\n').split('\n');
  const body = printed.slice(1, -1).map((l) => `${inner}${l.replace(/^ {2}/, '')}`);
  const region = [`${inner}${REGION_BEGIN}`, `${inner}${REGION_NOTE}`, ...body, `${inner}${REGION_END}`];
  const out: { file: string; at: number; text: string }[] = [];
  if (last) {
    const end = last.span.offset + last.span.length;
    const between = text.slice(end, close).replace(/\/\/[^\n]*/g, '');
    if (!between.includes(',')) out.push({ file: def.span.file, at: end, text: ',' });
  }
  const closeLine = text.lastIndexOf('\n', close - 1) + 1;
  if (text.slice(closeLine, close).trim() === '') {
    out.push({ file: def.span.file, at: closeLine, text: `${last ? '\n' : ''}${region.join('\n')}\n` });
  } else {
    out.push({ file: def.span.file, at: close, text: `\n${last ? '\n' : ''}${region.join('\n')}\n${outer}` });
  }
  return out;
}
