// McpModel + WitModel (+ manifest) -> Mapping. Reads the two models only. Every MCP definition
// (and each inline type the comparison reaches) gets a WIT type or a realization; every message
// gets, per world and role that must carry it, a realization checked field by field.
import { relative, sep } from 'node:path';
import { type Diagnostic, warning } from '../diagnostics.js';
import type { Direction, McpModel, Method, TypeName } from '../schema/model.js';
import type { Func, Span, TypeDef, WitModel, World } from '../wit/model.js';
import { Comparer, newUnit, type Unit, type Where } from './compare.js';
import { type Manifest, messageEntry } from './manifest.js';
import { fieldName, functionName, typeName } from './names.js';
import type { RuleContext } from './rules.js';
import { describeWit, type McpSlot, resolveMcp, resolveWit, type WitSlot } from './shapes.js';
import {
  type Finding,
  isFaithful,
  type Mapping,
  type MessageItem,
  type MessageRealization,
  type Role,
  type Status,
  statusRank,
  type TypeItem,
  type Verdict,
  worst,
  type WorldRoles,
  emptyCounts,
} from './types.js';
import { cmp, defaultRealization, findFunction, rootWorlds, sideOf, splitRef, worldRoles } from './worlds.js';

export interface MapOptions {
  manifest?: Manifest;
  /** Paths in the mapping are made relative to this directory (default: the working directory). */
  baseDir?: string;
}

/** Repo-relative, forward-slash path; a path outside the base is kept as given. */
export function relPath(file: string, baseDir: string): string {
  const rel = relative(baseDir, file);
  if (rel === '' || rel.startsWith('..') || rel.includes(':')) return file.split(sep).join('/');
  return rel.split(sep).join('/');
}

export function buildMapping(mcp: McpModel, wit: WitModel, opts: MapOptions = {}): Mapping {
  return new Mapper(mcp, wit, opts).run();
}

interface PendingRealization {
  out: MessageRealization;
  unit?: Unit;
}

class Mapper {
  private readonly ctx: RuleContext;
  private readonly comparer: Comparer;
  private readonly baseDir: string;
  private readonly manifest: Manifest | undefined;
  private readonly diagnostics: Diagnostic[] = [];
  private readonly typesByName = new Map<string, TypeDef[]>();
  /** Types realized by a function rather than a WIT type: spread params, `result<_, E>`. */
  private readonly realizedBy = new Map<TypeName, string>();

  constructor(
    private readonly mcp: McpModel,
    private readonly wit: WitModel,
    opts: MapOptions,
  ) {
    this.ctx = { mcp, wit };
    this.baseDir = opts.baseDir ?? process.cwd();
    this.manifest = opts.manifest;
    this.comparer = new Comparer(this.ctx, (span) => this.locate(span));
    for (const def of Object.values(wit.types).sort((a, b) => cmp(a.id, b.id))) {
      if (def.owner.package !== wit.root) continue;
      const list = this.typesByName.get(def.name) ?? [];
      list.push(def);
      this.typesByName.set(def.name, list);
    }
  }

  locate(span: Span): string {
    return `${relPath(span.file, this.baseDir)}:${span.line}:${span.column}`;
  }

  run(): Mapping {
    const worlds = worldRoles(this.wit, this.manifest, (w) => this.locate(w.span));
    this.checkManifestNames(worlds);
    const pending = this.mcp.methods.map((m) => this.message(m, worlds));
    const types = this.typeItems();
    const messages = pending.map(({ item, realizations }) => this.finishMessage(item, realizations));
    const byDefinition = new Map(messages.map((m) => [m.definition, m]));
    for (const t of types) {
      const msg = byDefinition.get(t.name);
      if (t.realization === 'function' && t.source === 'convention' && msg) {
        // Carried with a missing field is a loss, not a missing definition.
        t.verdict = msg.status === 'missing' ? 'missing' : msg.verdict === 'missing' ? 'lossy' : msg.verdict;
        const first = msg.realizations.find((r) => r.function);
        if (first?.function) t.function = first.function;
      }
    }
    const out: Mapping = {
      spec: this.mcp.version,
      schema: relPath(this.mcp.file, this.baseDir),
      package: this.wit.root,
      worlds,
      types,
      messages,
      diagnostics: this.diagnostics,
    };
    if (this.manifest) out.manifest = relPath(this.manifest.file, this.baseDir);
    return out;
  }

  // ---- manifest sanity -----------------------------------------------------------------

  private checkManifestNames(worlds: WorldRoles[]): void {
    const m = this.manifest;
    if (!m) return;
    const file = m.file;
    if (m.spec !== undefined && m.spec !== this.mcp.version) {
      this.diagnostics.push(warning('manifest-spec', `the manifest targets ${m.spec}, the schema is ${this.mcp.version}`, { file, jsonPath: '#/spec' }));
    }
    const worldNames = new Set(worlds.map((w) => w.world));
    for (const name of Object.keys(m.worlds ?? {}).sort()) {
      if (!worldNames.has(name)) this.diagnostics.push(warning('manifest-unknown-world', `no world ${name} in ${this.wit.root}`, { file, jsonPath: `#/worlds/${ptr(name)}` }));
    }
    const methods = new Set(this.mcp.methods.map((x) => x.method));
    for (const name of Object.keys(m.messages ?? {}).sort()) {
      if (!methods.has(name)) this.diagnostics.push(warning('manifest-unknown-method', `${name} is not a method of MCP ${this.mcp.version}`, { file, jsonPath: `#/messages/${ptr(name)}` }));
    }
    for (const name of Object.keys(m.types ?? {}).sort()) {
      if (!this.mcp.types[name]) this.diagnostics.push(warning('manifest-unknown-type', `${name} is not a type of MCP ${this.mcp.version}`, { file, jsonPath: `#/types/${ptr(name)}` }));
    }
    for (const w of worlds) {
      if (w.roles.length === 0) this.diagnostics.push({ severity: 'note', code: 'world-without-role', message: `world ${w.world} plays no role: it is not checked`, file: w.location?.replace(/:\d+:\d+$/, '') ?? '' });
    }
  }

  // ---- messages --------------------------------------------------------------------------

  private message(method: Method, worlds: WorldRoles[]): { item: MessageItem; realizations: PendingRealization[] } {
    const item: MessageItem = {
      kind: method.kind,
      method: method.method,
      definition: method.definition,
      directions: method.directions,
      schema: method.pointer,
      status: 'missing',
      verdict: 'missing',
      realizations: [],
    };
    if (method.params) item.params = method.params;
    if (method.result) item.result = method.result;
    const realizations: PendingRealization[] = [];
    const worldsByName = new Map(rootWorlds(this.wit).map((w) => [w.name, w]));
    for (const wr of worlds) {
      const world = worldsByName.get(wr.world) as World;
      for (const role of wr.roles) {
        for (const direction of method.directions) realizations.push(this.realize(method, world, role, direction));
      }
    }
    return { item, realizations };
  }

  private realize(method: Method, world: World, role: Role, direction: Direction): PendingRealization {
    const side = sideOf(role, direction);
    const entry = messageEntry(this.manifest, method.method, role, side);
    const dflt = defaultRealization(role, side);
    const realization = entry?.realization ?? dflt.realization;
    const out: MessageRealization = {
      world: world.name,
      role,
      direction,
      side,
      realization,
      source: entry ? 'manifest' : 'convention',
      status: 'missing',
      verdict: 'missing',
      fields: emptyCounts(),
      findings: [],
    };
    if (entry?.reason) out.reason = entry.reason;
    switch (realization) {
      case 'excluded':
        out.status = 'excluded';
        out.verdict = 'exact';
        return { out };
      case 'host-internal':
        out.status = 'covered';
        out.verdict = 'exact';
        return { out };
      case 'host-served': {
        out.from = entry?.from ?? [];
        for (const ref of out.from) {
          const { interface: iface, name } = splitRef(ref);
          const found = findFunction(this.wit, world, 'imports', name, iface ? { name: iface, explicit: true } : undefined);
          if (!found) out.findings.push({ path: '', verdict: 'missing', rule: 'registration-missing', reason: `world ${world.name} does not import ${ref}` });
        }
        out.status = out.findings.length === 0 ? 'covered' : 'missing';
        out.verdict = out.findings.length === 0 ? 'exact' : 'missing';
        return { out };
      }
      case 'handler':
      case 'import': {
        const where = realization === 'handler' ? 'exports' : 'imports';
        const ref = entry?.function ? splitRef(entry.function) : { interface: dflt.interface, name: functionName(method.definition) };
        const found = findFunction(this.wit, world, where, ref.name, ref.interface ? { name: ref.interface, explicit: !!entry?.function } : undefined);
        const wanted = ref.interface ? `${ref.interface}.${ref.name}` : ref.name;
        if (!found) {
          out.function = wanted;
          out.findings.push({
            path: '',
            verdict: 'missing',
            rule: 'function-missing',
            reason: `world ${world.name} does not ${where === 'exports' ? 'export' : 'import'} ${wanted}`,
            schema: method.pointer,
          });
          return { out };
        }
        out.function = found.ref;
        out.location = this.locate(found.func.span);
        const unit = newUnit();
        const at: Where = { schema: method.pointer, location: out.location };
        out.params = this.compareParams(unit, method, found.func, found.ref, at);
        if (method.kind === 'request') this.compareResult(unit, method, found.func, found.ref, at);
        else this.compareNotificationResult(unit, found.func, at);
        return { out, unit };
      }
      default: {
        const never: never = realization;
        throw new Error(`unknown realization ${String(never)}`);
      }
    }
  }

  private compareParams(unit: Unit, method: Method, func: Func, ref: string, at: Where): 'none' | 'single' | 'spread' {
    const params = func.params;
    const witSlot = (i: number): WitSlot => {
      const p = params[i] as Func['params'][number];
      return { kind: 'param', name: p.name, type: p.type, span: p.span };
    };
    if (!method.params) {
      params.forEach((_, i) => this.comparer.slot(unit, `params.${params[i]?.name}`, undefined, witSlot(i), at));
      return 'none';
    }
    const named = this.mcp.types[method.params];
    const whole: McpSlot = { kind: 'params', name: 'params', label: 'params', type: { kind: 'ref', name: method.params }, required: method.paramsRequired };
    if (named) whole.pointer = named.pointer;
    const shape = resolveMcp(this.mcp, whole.type);
    const props = shape.kind === 'object' ? shape.properties : [];
    const single = params.length === 1 && !props.some((p) => fieldName(p.name) === params[0]?.name);
    if (shape.kind !== 'object' || single || (params.length === 0 && props.length === 0)) {
      if (params.length === 0) {
        this.comparer.slot(unit, 'params', { ...whole, label: 'params' }, undefined, at);
      } else {
        this.comparer.slot(unit, 'params', { ...whole, label: params[0]?.name ?? 'params' }, witSlot(0), at);
        for (let i = 1; i < params.length; i++) this.comparer.slot(unit, `params.${params[i]?.name}`, undefined, witSlot(i), at);
      }
      return 'single';
    }
    if (!this.realizedBy.has(method.params)) this.realizedBy.set(method.params, ref);
    const used = new Set<string>();
    for (const p of props) {
      const label = fieldName(p.name);
      const i = params.findIndex((x) => x.name === label);
      const m: McpSlot = { kind: 'param', name: p.name, label, type: p.type, required: p.required, pointer: p.pointer };
      if (i >= 0) used.add(label);
      this.comparer.slot(unit, `params.${p.name}`, m, i >= 0 ? witSlot(i) : undefined, at);
    }
    params.forEach((p, i) => {
      if (!used.has(p.name)) this.comparer.slot(unit, `params.${p.name}`, undefined, witSlot(i), at);
    });
    return 'spread';
  }

  /** The function's return with `async`/`future<...>` taken off. */
  private returned(func: Func): Func['result'] {
    const r = func.result;
    if (!r) return undefined;
    const s = resolveWit(this.wit, r);
    return s.kind === 'future' ? s.inner : r;
  }

  private compareResult(unit: Unit, method: Method, func: Func, ref: string, at: Where): void {
    const ret = this.returned(func);
    const resultName = method.result;
    const empty = resultName === undefined || this.isEmptyResult(resultName);
    const where: Where = { ...at };
    if (resultName && this.mcp.types[resultName]) where.schema = this.mcp.types[resultName]?.pointer as string;
    const add = (verdict: Verdict, rule: string, reason: string, wit?: string): void => {
      const f: Finding = { path: 'result', verdict, rule, reason, ...(resultName ? { mcp: resultName } : {}), ...(wit ? { wit } : {}), ...where };
      unit.findings.push(f);
      unit.local = worst(unit.local, verdict);
    };
    if (!ret) {
      if (empty) add('lossy', 'no-error-channel', 'returns nothing: errors cannot be reported');
      else add('missing', 'result-missing', `returns nothing: ${resultName} is not carried`);
      return;
    }
    const shape = resolveWit(this.wit, ret);
    if (shape.kind === 'result') {
      if (!shape.err) add('lossy', 'no-error-channel', 'the result has no error type', describeWit(this.wit, ret));
      if (shape.ok && resultName) this.comparer.type(unit, 'result', { kind: 'ref', name: resultName }, shape.ok, where);
      else if (!shape.ok && !empty) add('missing', 'result-dropped', `result<_, E> drops ${resultName}`, describeWit(this.wit, ret));
      else if (!shape.ok && resultName && !this.realizedBy.has(resultName)) this.realizedBy.set(resultName, ref);
      return;
    }
    add('lossy', 'no-error-channel', 'returns a plain value: errors cannot be reported', describeWit(this.wit, ret));
    if (resultName) this.comparer.type(unit, 'result', { kind: 'ref', name: resultName }, ret, where);
  }

  private compareNotificationResult(unit: Unit, func: Func, at: Where): void {
    const ret = this.returned(func);
    if (!ret) return;
    const shape = resolveWit(this.wit, ret);
    if (shape.kind === 'result' && !shape.ok) return;
    unit.findings.push({ path: 'result', verdict: 'extra', rule: 'notification-result', reason: 'a notification has no response, the function returns one', wit: describeWit(this.wit, ret), ...at });
    unit.local = worst(unit.local, 'extra');
  }

  /** A result type with nothing but `_meta` (EmptyResult): `result<_, E>` carries it. */
  private isEmptyResult(name: TypeName): boolean {
    const shape = resolveMcp(this.mcp, { kind: 'ref', name });
    if (shape.kind === 'json') return true;
    return shape.kind === 'object' && shape.properties.every((p) => p.name === '_meta' && !p.required);
  }

  private finishMessage(item: MessageItem, pending: PendingRealization[]): MessageItem {
    item.realizations = pending.map(({ out, unit }) => {
      if (!unit) return out;
      const verdict = this.comparer.unitVerdict(unit);
      out.verdict = verdict;
      out.status = isFaithful(verdict) ? 'covered' : 'partial';
      out.fields = { ...unit.fields };
      out.findings = [...unit.findings, ...this.comparer.viaFindings(unit)];
      return out;
    });
    const carried = item.realizations.filter((r) => r.status !== 'excluded');
    if (item.realizations.length === 0) {
      item.status = 'missing';
      item.verdict = 'missing';
    } else if (carried.length === 0) {
      item.status = 'excluded';
      item.verdict = 'exact';
    } else {
      const statuses = new Set<Status>(carried.map((r) => r.status));
      item.status = statuses.size === 1 ? (carried[0]?.status as Status) : 'partial';
      item.verdict = worst(...carried.map((r) => r.verdict));
    }
    return item;
  }

  // ---- types -----------------------------------------------------------------------------

  private findType(ref: string): TypeDef | undefined {
    const { interface: iface, name } = splitRef(ref);
    const defs = this.typesByName.get(name.replace(/^%/, '')) ?? [];
    return iface ? defs.find((d) => d.owner.interface === iface || d.owner.world === iface) : defs[0];
  }

  private typeItems(): TypeItem[] {
    const methodByDefinition = new Map(this.mcp.methods.map((m) => [m.definition, m]));
    const unions = new Set(Object.keys(this.mcp.unions));
    const items = new Map<TypeName, TypeItem>();
    const queue = [...this.mcp.definitions];
    while (queue.length > 0) {
      for (const name of queue.splice(0)) {
        if (items.has(name)) continue;
        items.set(name, this.typeItem(name, methodByDefinition.get(name), unions.has(name)));
      }
      for (const p of this.comparer.pairs.values()) if (!items.has(p.mcp)) queue.push(p.mcp);
      for (const n of [...this.realizedBy.keys()].sort()) if (!items.has(n)) queue.push(n);
    }
    const out = [...items.values()].sort((a, b) => cmp(a.name, b.name));
    for (const t of out) this.finishType(t);
    return out;
  }

  private pairKeys = new Map<TypeName, string>();

  private typeItem(name: TypeName, method: Method | undefined, isUnion: boolean): TypeItem {
    const named = this.mcp.types[name];
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
    const entry = this.manifest?.types?.[name];
    if (entry) {
      item.source = 'manifest';
      if (entry.reason) item.reason = entry.reason;
      if (entry.realization === 'excluded') {
        item.realization = 'excluded';
        item.verdict = 'exact';
        return item;
      }
      if (entry.realization === 'realized-as-function') {
        item.realization = 'function';
        item.verdict = 'exact';
        if (entry.function) item.function = entry.function;
        return item;
      }
      const def = entry.type ? this.findType(entry.type) : undefined;
      if (!def) {
        item.findings.push({ path: '', verdict: 'missing', rule: 'manifest-type-unknown', reason: `the manifest names WIT type ${entry.type}, which ${this.wit.root} does not define`, schema: item.schema });
        return item;
      }
      return this.typed(item, def);
    }
    if (method) {
      item.realization = 'function';
      item.verdict = 'exact';
      item.reason = `the ${method.kind} ${method.method}`;
      return item;
    }
    if (isUnion) {
      item.realization = 'function';
      item.verdict = 'exact';
      item.reason = "direction union: realized by its members' functions";
      return item;
    }
    const def = this.findType(typeName(name));
    if (def) return this.typed(item, def);
    return item;
  }

  private typed(item: TypeItem, def: TypeDef): TypeItem {
    const pair = this.comparer.pair(item.name, { kind: 'named', id: def.id });
    this.pairKeys.set(item.name, pair.key);
    item.realization = 'type';
    item.wit = def.owner.package === this.wit.root ? `${def.owner.interface ?? def.owner.world ?? ''}.${def.name}` : def.id;
    item.location = this.locate(def.span);
    return item;
  }

  private finishType(item: TypeItem): void {
    if (item.realization === 'missing' && item.findings.length === 0) {
      const reached = [...this.comparer.pairs.values()].find((p) => p.mcp === item.name);
      if (reached) {
        item.realization = 'type';
        item.source = 'reached';
        item.wit = reached.witName;
        if (reached.location) item.location = reached.location;
        this.pairKeys.set(item.name, reached.key);
      } else if (this.realizedBy.has(item.name)) {
        item.realization = 'function';
        item.source = 'reached';
        item.function = this.realizedBy.get(item.name) as string;
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
    const key = this.pairKeys.get(item.name);
    const pair = key ? this.comparer.pairs.get(key) : undefined;
    if (!pair) return;
    item.verdict = this.comparer.deep(pair.key);
    item.fields = { ...pair.fields };
    item.findings = [...pair.findings, ...this.comparer.viaFindings(pair)];
  }
}

function ptr(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

export { statusRank };
