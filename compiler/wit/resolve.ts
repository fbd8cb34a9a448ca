// Resolver: parsed packages -> WitModel. Follows wit-parser: packages are resolved in dependency
// order, interfaces and worlds within a package in `use`/`include` order, and the first error
// aborts. Items gated `@unstable` on a feature that is not enabled are left out, as the reference does.

import type * as A from './ast.js';
import { Abort } from './errors.js';
import { pkgKey, type PackageSource } from './loader.js';
import { NO_PACKAGE, interfaceId, packageOf, typeId, worldId, type Case, type Field, type Func, type Interface, type InterfaceId, type Package, type PackageId, type TypeDef, type TypeId, type UseSource, type WitModel } from './model.js';
import { checkPackageGates } from './gates.js';
import { Scope, TypeResolver, containsBorrow, gatesOf, nowhere, typeDefRefs } from './types.js';
import { toposort, type DepRef } from './toposort.js';
import { finishWorld, resolveWorld } from './world.js';
import type { FileAliases, ItemId, PackageCtx, ResolveMode, WorldHost } from './package-ctx.js';

export interface ResolveOptions {
  /** `@unstable` features to keep; 'all' keeps every gated item. Default: none, like jco. */
  features?: string[] | 'all';
}

export class Resolver implements WorldHost {
  readonly model: WitModel = { root: NO_PACKAGE, packages: {}, interfaces: {}, worlds: {}, types: {} };
  private readonly sources = new Map<PackageId, PackageSource>();
  private readonly done = new Set<string>();
  private readonly active: (attrs: A.Attrs) => boolean;

  constructor(
    sources: PackageSource[],
    options: ResolveOptions = {},
    readonly mode: ResolveMode = 'final',
  ) {
    const features = mode === 'names' ? 'all' : options.features;
    this.active = (attrs) =>
      attrs.gates.every((g) => g.kind !== 'unstable' || features === 'all' || (features ?? []).includes(g.feature));
    for (const s of sources) {
      const key = pkgKey(s.name);
      if (this.sources.has(key)) Abort.at('wit-duplicate-name', `package \`${key}\` is defined in two different locations`, s.name.span);
      this.sources.set(key, s);
    }
  }

  resolve(): WitModel {
    const roots = [...this.sources.values()].filter((s) => s.root);
    const root = roots[roots.length - 1];
    // The names pass may run on the dependencies alone (the root failed to parse).
    if (!root && this.mode !== 'names') return Abort.plain('wit-package', 'no root package');
    // Every loaded package is resolved, used or not: jco rejects a broken unused dependency too.
    // The names pass takes packages alone, in load order, like wit-parser's per-package phase.
    const order = this.mode === 'names' ? [...this.sources.keys()] : [...this.sources.keys()].sort();
    for (const key of order) this.resolvePackage(key, []);
    if (root) this.model.root = pkgKey(root.name);
    return this.model;
  }

  isActive(attrs: A.Attrs): boolean {
    return this.active(attrs);
  }

  newScope(): Scope {
    return new Scope(this.model, this.mode === 'final' ? excludedMessage('type') : undefined);
  }

  /** wit-parser checks this after dropping disabled items, so only in the final pass. */
  checkBorrow(f: Func, name: A.Ident, resource?: string): void {
    if (this.mode !== 'names') checkResultBorrow(this.model, f, name, resource);
  }

  // ---- packages ------------------------------------------------------------------------------

  private resolvePackage(key: PackageId, stack: PackageId[]): void {
    if (this.done.has(key)) return;
    const src = this.sources.get(key)!;

    // Dependencies first, so foreign `use`s find resolved interfaces (not in the names pass:
    // there foreign references stay opaque, as in wit-parser before packages are sorted).
    // Gated references count too: wit-parser orders packages before it drops disabled items.
    for (const path of this.mode === 'names' ? [] : foreignPaths(src, () => true)) {
      const dep = pkgKey(path.package);
      // wit-parser: naming your own package by its full name is a dependency on itself.
      if (dep === key) Abort.at('wit-cycle', `package \`${key}\` creates a dependency cycle`, path.package.span);
      if (!this.sources.has(dep)) {
        const known = [...this.sources.keys()].sort().map((k) => `\n    ${k}`).join('');
        Abort.at('wit-undefined-name', `package '${dep}' not found. known packages:${known}`, path.package.span);
      }
      // Like wit-parser, name the package whose dependency closes the cycle.
      if (stack.includes(dep)) Abort.at('wit-cycle', `package \`${key}\` creates a dependency cycle`, path.package.span);
      this.resolvePackage(dep, [...stack, key]);
    }
    this.done.add(key);
    const ctx = this.packageCtx(key, src);
    if (this.mode !== 'names') checkPackageGates(src, this.active);
    const pkg: Package = { id: key, namespace: src.name.namespace, name: src.name.name, interfaces: [], worlds: [] };
    if (src.name.version) pkg.version = src.name.version;
    if (src.docs !== undefined) pkg.docs = src.docs;
    this.model.packages[key] = pkg;
    // Like wit-parser: interfaces (here in dependency order, which `use` needs), then worlds in
    // source order, then their includes in dependency order. Listed in source order.
    const order = this.itemOrder(ctx);
    for (const name of order) {
      const { node, file } = ctx.items.get(name)!;
      if (node.kind === 'interface') this.resolveInterface(ctx, file, node, interfaceId(key, name), { package: key, interface: name });
    }
    // wit-parser maps type owners after its interfaces and before its worlds.
    if (this.mode !== 'names') {
      this.checkWorldUses(src, ctx);
      this.checkGatedOwners(src);
    }
    const worlds = this.worldOrder(ctx);
    for (const name of worlds) {
      const { node, file } = ctx.items.get(name)!;
      if (node.kind === 'world') resolveWorld(this, ctx, file, node);
    }
    for (const name of worlds) {
      const { node, file } = ctx.items.get(name)!;
      if (node.kind === 'world') finishWorld(this, ctx, file, node);
    }
    for (const [name, { node }] of ctx.items) {
      if (node.kind === 'interface') pkg.interfaces.push(interfaceId(key, name));
      else pkg.worlds.push(worldId(key, name));
    }
  }

  /**
   * The types that `use`s create in worlds (their own and their inline interfaces') and in
   * disabled interfaces are mapped with every other type, before type owners and worlds: one
   * naming a disabled type fails there.
   */
  private checkWorldUses(src: PackageSource, ctx: PackageCtx): void {
    const check = (u: A.UseNode) => {
      if (!this.active(u) || u.path.kind !== 'local') return;
      for (const n of u.names) if (this.disabledType(ctx, u.path.name.name, n.name.name)) Abort.at('wit-gate', excludedMessage('type'), n.name.span);
    };
    for (const f of src.files) {
      for (const w of f.items) {
        // A disabled interface's own types are still mapped (see checkGatedOwners).
        if (w.kind === 'interface' && !this.active(w)) for (const u of w.items) if (u.kind === 'use') check(u);
        if (w.kind !== 'world' || !this.active(w)) continue;
        for (const i of w.items) {
          if (!this.active(i)) continue;
          if (i.kind === 'use') check(i);
          if ((i.kind === 'import' || i.kind === 'export') && i.target.kind === 'interface') {
            for (const u of i.target.items) if (u.kind === 'use') check(u);
          }
        }
      }
    }
  }

  /** Whether the package's interface `iface` (gated or not) defines `name` in a disabled item. */
  private disabledType(ctx: PackageCtx, iface: string, name: string): boolean {
    for (const f of ctx.source.files) {
      for (const i of f.items) {
        if (i.kind !== 'interface' || i.name.name !== iface) continue;
        const def = i.items.find((x) => x.kind !== 'use' && x.kind !== 'func' && x.name.name === name);
        return def !== undefined && !this.active(def);
      }
    }
    return false;
  }

  /**
   * wit-parser keeps a type whose own gates are active, then (once interfaces are mapped) maps
   * its owner: an interface or world left out by its feature is then an error, even if nothing
   * refers to the type.
   */
  private checkGatedOwners(src: PackageSource): void {
    for (const f of src.files) {
      for (const item of f.items) {
        if (item.kind === 'top-use' || this.active(item)) continue;
        for (const i of item.items) {
          if (!this.active(i)) continue;
          const names = i.kind === 'use' ? i.names.map((n) => n.as ?? n.name) : isTypeDefNode(i) ? [i.name] : [];
          const first = names[0];
          if (first) {
            const suffix = `; this type is not gated by a feature but its ${item.kind} is`;
            Abort.at('wit-gate', excludedMessage(item.kind) + suffix, first.span);
          }
        }
      }
    }
  }

  private packageCtx(key: PackageId, src: PackageSource): PackageCtx {
    const ctx: PackageCtx = { id: key, source: src, items: new Map(), aliases: new Map() };
    for (const f of src.files) {
      for (const item of f.items) {
        if (!this.active(item) || item.kind === 'top-use') continue;
        if (ctx.items.has(item.name.name)) Abort.at('wit-duplicate-name', `duplicate item named \`${item.name.name}\``, item.name.span);
        ctx.items.set(item.name.name, { node: item, file: f.file });
      }
    }
    // wit-parser: a file's top-level `use` names share one namespace with the interfaces and
    // worlds that file declares (gated or not); other files of the package do not clash.
    const declared = new Set(src.files.flatMap((f) => f.items.flatMap((i) => (i.kind === 'top-use' ? [] : [i.name.name]))));
    for (const f of src.files) {
      const aliases: FileAliases = new Map();
      const names = new Set(f.items.flatMap((i) => (i.kind === 'top-use' ? [] : [i.name.name])));
      for (const item of f.items) {
        if (item.kind !== 'top-use' || !this.active(item)) continue;
        const name = item.as ?? (item.path.kind === 'local' ? item.path.name : item.path.interface);
        if (item.path.kind === 'local' && !declared.has(item.path.name.name)) {
          Abort.at('wit-undefined-name', `interface or world \`${item.path.name.name}\` does not exist`, item.path.name.span);
        }
        if (names.has(name.name)) Abort.at('wit-duplicate-name', `duplicate name \`${name.name}\` in this file`, name.span);
        names.add(name.name);
        aliases.set(name.name, item.path);
      }
      ctx.aliases.set(f.file, aliases);
    }
    return ctx;
  }

  /** Interfaces and worlds of a package, dependencies first; cycles are errors. */
  private itemOrder(ctx: PackageCtx): string[] {
    // wit-parser's toposort: dependencies checked in definition order (unknown names, wrong
    // kinds), then Kahn's algorithm; the order found is the resolution order.
    const deps = new Map<string, DepRef<A.Ident>[]>();
    for (const [name, { node, file }] of ctx.items) {
      const refs: DepRef<A.Ident>[] = [];
      for (const { path: p, ordering } of pathsOf(node, this.active)) {
        // World imports/exports are checked when the world is resolved (after all interfaces).
        if (ordering === false) continue;
        const via = p.kind === 'local' ? p.name : p.interface;
        const target = this.localTarget(ctx, file, p);
        if (target === undefined) {
          const aliased = p.kind === 'local' && ctx.aliases.get(file)?.has(p.name.name);
          if (p.kind === 'local' && !aliased) {
            // In the final pass the names pass found it: it is an item of a disabled feature,
            // reported where the reference is resolved (wit-parser maps them after sorting).
            if (this.mode === 'final') continue;
            Abort.at('wit-undefined-name', `interface or world \`${via.name}\` does not exist`, via.span);
          }
          continue;
        }
        // A name of the wrong kind is still an edge here; wit-parser reports it only when the
        // item that names it is resolved (lookupPath), after earlier items' errors.
        refs.push({ name: target, at: via });
      }
      deps.set(name, refs);
    }
    const sorted = toposort(deps);
    if ('cycle' in sorted) Abort.at('wit-cycle', `interface or world \`${sorted.cycle.name}\` depends on itself`, sorted.cycle.at.span);
    return sorted.order;
  }

  /** Worlds ordered by their local includes only (source order otherwise), as wit-parser does. */
  private worldOrder(ctx: PackageCtx): string[] {
    const deps = new Map<string, DepRef<A.Ident>[]>();
    for (const [name, { node, file }] of ctx.items) {
      if (node.kind !== 'world') continue;
      const refs: DepRef<A.Ident>[] = [];
      for (const { path, want } of pathsOf(node, this.active)) {
        const target = want === 'world' ? this.localTarget(ctx, file, path) : undefined;
        if (target !== undefined && ctx.items.get(target)!.node.kind === 'world') refs.push({ name: target, at: path.kind === 'local' ? path.name : path.interface });
      }
      deps.set(name, refs);
    }
    const sorted = toposort(deps);
    return 'order' in sorted ? sorted.order : [...deps.keys()];
  }

  /** The same-package item a path names (through file aliases), if any. */
  private localTarget(ctx: PackageCtx, file: string, path: A.UsePath): string | undefined {
    let p = path;
    if (p.kind === 'local') {
      const alias = ctx.aliases.get(file)?.get(p.name.name);
      if (alias) p = alias;
    }
    // A full `ns:pkg/x` path is foreign even when it names this package (then it is a cycle).
    if (p.kind === 'local') return ctx.items.has(p.name.name) ? p.name.name : undefined;
    return undefined;
  }

  /** Resolve a path naming an interface or world; returns its id. */
  /** `fromUse`: the path of a `use` statement (only changes the wording for disabled items). */
  lookupPath<Want extends 'interface' | 'world'>(ctx: PackageCtx, file: string, path: A.UsePath, want: Want, fromUse = false): ItemId<Want> {
    let p = path;
    if (p.kind === 'local') {
      const written = p.name;
      const alias = ctx.aliases.get(file)?.get(p.name.name);
      if (alias) p = alias;
      // Same package: the syntax tree knows the kind before the item is resolved. A top-level
      // `use` of another package names an interface.
      const kind = p.kind === 'local' ? ctx.items.get(p.name.name)?.node.kind : 'interface';
      if (kind !== undefined && kind !== want) {
        const msg = want === 'interface' ? 'defined as a world, not an interface' : 'defined as an interface, not a world';
        Abort.at('wit-undefined-name', `name \`${written.name}\` is ${msg}`, written.span);
      }
    }
    const name = p.kind === 'local' ? p.name : p.interface;
    const pkgId = p.kind === 'local' ? ctx.id : pkgKey(p.package);
    const table = want === 'interface' ? this.model.interfaces : this.model.worlds;
    const id = (want === 'interface' ? interfaceId(pkgId, name.name) : worldId(pkgId, name.name)) as ItemId<Want>;
    if (this.mode === 'names' && p.kind === 'package') return id; // opaque until the final pass
    if (table[id]) return id;
    const pkg = this.model.packages[pkgId];
    const other = want === 'interface' ? this.model.worlds[id] : this.model.interfaces[id];
    // A foreign package's items are looked up by kind: a world where an interface is wanted is
    // simply not found there (wit-parser's wording below), only a local one is "defined as".
    if (other && pkgId === ctx.id) {
      const msg = want === 'interface' ? 'defined as a world, not an interface' : 'defined as an interface, not a world';
      return Abort.at('wit-undefined-name', `name \`${name.name}\` is ${msg}`, name.span);
    }
    if (this.mode === 'final' && pkgId === ctx.id) {
      // The names pass found it, so it is an item of a disabled feature.
      const suffix = fromUse ? '; this type is not gated by a feature but its interface is' : '';
      return Abort.at('wit-gate', excludedMessage(want) + suffix, name.span);
    }
    if (pkgId === ctx.id || !pkg) {
      return Abort.at('wit-undefined-name', `interface or world \`${name.name}\` does not exist`, name.span);
    }
    return Abort.at('wit-undefined-name', `${want} '${name.name}' not found in package '${pkgId}'`, name.span);
  }

  // ---- interfaces ----------------------------------------------------------------------------

  resolveInterface(
    ctx: PackageCtx,
    file: string,
    node: { name: A.Ident; items: A.InterfaceItem[]; docs?: string; gates: A.GateNode[]; span?: A.Span },
    id: InterfaceId,
    owner: TypeDef['owner'],
  ): Interface {
    const scope = this.newScope();
    const iface: Interface = {
      id,
      name: node.name.name,
      package: ctx.id,
      gates: gatesOf(node),
      types: {},
      functions: [],
      span: node.span ?? nowhere(),
    };
    if (node.docs !== undefined) iface.docs = node.docs;
    const items = node.items.filter((i) => this.active(i));
    const uses: Record<string, UseSource> = {};
    for (const u of items) if (u.kind === 'use') this.resolveUse(ctx, file, u, scope, iface.types, uses);
    if (Object.keys(uses).length > 0) iface.uses = uses;
    const defs: [A.TypeDefNode, TypeId][] = [];
    for (const d of items) {
      if (d.kind === 'use' || d.kind === 'func') continue;
      const tid = typeId(id, d.name.name);
      scope.define(d.name, { kind: 'type', id: tid, span: d.name.span });
      iface.types[d.name.name] = tid;
      defs.push([d, tid]);
    }
    this.model.interfaces[id] = iface;
    const tr = new TypeResolver(scope, this.model);
    this.defineTypes(tr, defs, owner, scope);
    for (const f of items) {
      if (f.kind === 'resource') this.fillResource(tr, f, iface.types[f.name.name]!);
      if (f.kind !== 'func') continue;
      // Function names join the namespace one by one, after the types (wit-parser's order).
      scope.define(f.name, { kind: 'func', span: f.name.span });
      const func = tr.func(f.name.name, 'freestanding', f.func, f, f.span);
      this.checkBorrow(func, f.name);
      iface.functions.push(func);
    }
    tr.checkHandles((tid) => this.model.types[tid]?.owner.package === ctx.id);
    return iface;
  }

  resolveUse(
    ctx: PackageCtx,
    file: string,
    u: A.UseNode,
    scope: Scope,
    types: Record<string, TypeId>,
    uses: Record<string, UseSource>,
  ): void {
    if (this.mode === 'final' && u.path.kind === 'local' && !ctx.aliases.get(file)?.has(u.path.name.name)) {
      // A disabled type is reported before its disabled interface (wit-parser maps types first).
      for (const n of u.names) if (this.disabledType(ctx, u.path.name.name, n.name.name)) Abort.at('wit-gate', excludedMessage('type'), n.name.span);
    }
    const ifaceId = this.lookupPath(ctx, file, u.path, 'interface', true);
    const alias = u.path.kind === 'local' ? ctx.aliases.get(file)?.get(u.path.name.name) : undefined;
    const viaPackage = (alias ?? u.path).kind === 'package';
    const foreign = viaPackage || packageOf(ifaceId) !== ctx.id;
    const target = this.mode === 'names' && foreign ? undefined : this.model.interfaces[ifaceId];
    for (const n of u.names) {
      // Names pass: a foreign interface is opaque; its names get placeholder ids.
      const tid = target ? target.types[n.name.name] : typeId(ifaceId, n.name.name);
      if (tid === undefined) {
        if (foreign) Abort.at('wit-undefined-name', `type \`${n.name.name}\` not defined in interface`, n.name.span);
        if (target!.functions.some((f) => f.name === n.name.name)) {
          Abort.at('wit-undefined-name', `cannot import function \`${n.name.name}\``, n.name.span);
        }
        if (this.mode === 'final') Abort.at('wit-gate', excludedMessage('type'), n.name.span);
        Abort.at('wit-undefined-name', `name \`${n.name.name}\` does not exist`, n.name.span);
      }
      const local = n.as ?? n.name;
      // Names pass: a foreign `use` is only a placeholder; clashes with it surface in the final
      // pass, as wit-parser only checks them when packages are put together.
      if (this.mode === 'names' && foreign) scope.defineSoft(local, { kind: 'type', id: tid, span: local.span });
      else scope.define(local, { kind: 'type', id: tid, span: local.span });
      types[local.name] = tid;
      uses[local.name] = { interface: ifaceId, name: n.name.name };
    }
  }

  /**
   * Build TypeDefs for a scope's definitions like wit-parser: names used in the bodies checked in
   * definition order, a toposort (cycles are errors), then the bodies in that order.
   */
  defineTypes(tr: TypeResolver, defs: [A.TypeDefNode, TypeId][], owner: TypeDef['owner'], scope: Scope): void {
    const byName = new Map(defs.map((e) => [e[0].name.name, e] as const));
    const deps = new Map<string, DepRef<A.Ident>[]>();
    for (const [d] of defs) {
      const refs: A.Ident[] = [];
      typeDefRefs(d, refs);
      for (const r of refs) scope.typeId(r, 'type'); // unknown names fail here, in order
      deps.set(d.name.name, refs.filter((r) => byName.has(r.name)).map((r) => ({ name: r.name, at: r })));
    }
    const sorted = toposort(deps);
    if ('cycle' in sorted) Abort.at('wit-cycle', `type \`${sorted.cycle.name}\` depends on itself`, sorted.cycle.at.span);
    for (const name of sorted.order) {
      const [d, tid] = byName.get(name)!;
      tr.context = d.kind === 'resource' ? 'name' : 'type';
      this.model.types[tid] = this.typeDef(tr, d, tid, owner);
    }
    tr.context = 'name';
  }

  private typeDef(tr: TypeResolver, d: A.TypeDefNode, id: TypeId, owner: TypeDef['owner']): TypeDef {
    const base = { id, name: d.name.name, owner, gates: gatesOf(d), span: d.span ?? nowhere() };
    const withDocs = <T extends object>(x: T): T => (d.docs !== undefined ? { ...x, docs: d.docs } : x);
    switch (d.kind) {
      case 'record': {
        const fields = d.fields.map((f) => {
          const field: Field = { name: f.name.name, type: tr.type(f.type), span: f.span ?? nowhere() };
          return withDocsOf(field, f.docs);
        });
        return withDocs({ ...base, kind: 'record', fields });
      }
      case 'variant':
        if (d.cases.length === 0) Abort.at('wit-empty', 'empty variant', d.name.span);
        return withDocs({ ...base, kind: 'variant', cases: d.cases.map((c) => this.caseOf(tr, c)) });
      case 'enum':
        if (d.cases.length === 0) Abort.at('wit-empty', 'empty enum', d.name.span);
        return withDocs({ ...base, kind: 'enum', cases: d.cases.map((c) => this.caseOf(tr, c)) });
      case 'flags':
        return withDocs({ ...base, kind: 'flags', flags: d.flags.map((c) => this.caseOf(tr, c)) });
      case 'resource':
        // Its functions are resolved with the scope's functions, in source order (fillResource).
        return withDocs({ ...base, kind: 'resource', functions: [] });
      case 'alias':
        return withDocs({ ...base, kind: 'alias', target: tr.type(d.target) });
      default: {
        const _: never = d;
        return _;
      }
    }
  }

  /** Resolve a resource's constructor, methods and static functions into its TypeDef. */
  fillResource(tr: TypeResolver, d: A.TypeDefNode & { kind: 'resource' }, id: TypeId): void {
    const def = this.model.types[id];
    if (def?.kind === 'resource') def.functions = this.resourceFuncs(tr, d, id);
  }

  private caseOf(tr: TypeResolver, c: A.CaseNode): Case {
    const out: Case = { name: c.name.name, span: c.span ?? nowhere() };
    if (c.type) out.type = tr.type(c.type);
    return withDocsOf(out, c.docs);
  }

  private resourceFuncs(tr: TypeResolver, d: A.TypeDefNode & { kind: 'resource' }, id: TypeId): Func[] {
    const out: Func[] = [];
    const names = new Set<string>();
    let ctor = false;
    for (const m of (d.members ?? []).filter((x) => this.active(x))) {
      if (m.kind === 'constructor') {
        if (ctor) Abort.at('wit-duplicate-name', 'duplicate constructors', m.span);
        ctor = true;
        const f = tr.func('constructor', 'constructor', m.func, m, m.span);
        if (f.result) {
          const r = f.result;
          if (r.kind !== 'result') {
            Abort.at('wit-constructor', 'if a constructor return type is declared it must be a `result`', m.func.result?.span ?? m.span);
          }
          if (!r.ok || r.ok.kind !== 'named' || r.ok.id !== id) {
            const okSpan = m.func.result?.kind === 'result' ? (m.func.result.ok?.span ?? m.func.result.span) : m.span;
            Abort.at('wit-constructor', 'the `ok` type must be the resource being constructed', okSpan);
          }
        } else {
          // As in wit-parser, an implicit constructor result is the resource itself (an owned handle).
          f.result = { kind: 'named', id };
        }
        out.push(f);
        continue;
      }
      if (names.has(m.name.name)) Abort.at('wit-duplicate-name', `duplicate function name \`${m.name.name}\``, m.name.span);
      names.add(m.name.name);
      const f = tr.func(m.name.name, m.kind, m.func, m, m.span);
      this.checkBorrow(f, m.name, d.name.name);
      out.push(f);
    }
    return out;
  }
}

function isTypeDefNode(i: A.InterfaceItem | A.WorldItemNode): i is A.TypeDefNode {
  return i.kind !== 'use' && i.kind !== 'func' && i.kind !== 'import' && i.kind !== 'export' && i.kind !== 'include';
}

function withDocsOf<T extends { docs?: string }>(x: T, docs: string | undefined): T {
  if (docs !== undefined) x.docs = docs;
  return x;
}

function excludedMessage(what: 'type' | 'interface' | 'world'): string {
  return `found a reference to a ${what} which is excluded due to its feature not being activated`;
}

/** The component-level name of a function: resource functions are `[method]r.name` etc. */
export function externalFuncName(f: Func, resource?: string): string {
  if (resource === undefined || f.kind === 'freestanding') return f.name;
  return f.kind === 'constructor' ? `[constructor]${resource}` : `[${f.kind}]${resource}.${f.name}`;
}

export function checkResultBorrow(model: WitModel, f: Func, name: A.Ident, resource?: string): void {
  if (f.result && containsBorrow(model, f.result)) {
    const fname = externalFuncName(f, resource);
    Abort.at('wit-borrow', `function \`${fname}\` returns a type which contains a \`borrow<T>\` which is not supported`, name.span);
  }
}

// ---- walking paths in the syntax tree --------------------------------------------------------

/** `ordering`: whether wit-parser's toposort sees this reference (world imports/exports it does not). */
type PathRef = { path: A.UsePath; want: 'interface' | 'world'; fromUse?: boolean; ordering?: false };

function pathsOfItems(items: A.InterfaceItem[], active: (a: A.Attrs) => boolean, out: PathRef[]): void {
  for (const i of items) if (i.kind === 'use' && active(i)) out.push({ path: i.path, want: 'interface', fromUse: true });
}

/** The interface/world paths an item refers to, with what each must name. */
function pathsOf(node: A.InterfaceNode | A.WorldNode, active: (a: A.Attrs) => boolean): PathRef[] {
  const out: PathRef[] = [];
  if (node.kind === 'interface') {
    pathsOfItems(node.items, active, out);
    return out;
  }
  for (const i of node.items) {
    if (!active(i)) continue;
    switch (i.kind) {
      case 'use':
        out.push({ path: i.path, want: 'interface', fromUse: true });
        break;
      case 'include':
        out.push({ path: i.path, want: 'world' });
        break;
      case 'import':
      case 'export':
        if (i.target.kind === 'path' || i.target.kind === 'named-path') out.push({ path: i.target.path, want: 'interface', ordering: false });
        else if (i.target.kind === 'interface') pathsOfItems(i.target.items, active, out);
        break;
      default:
        break;
    }
  }
  return out;
}

function foreignPaths(src: PackageSource, active: (a: A.Attrs) => boolean): (A.UsePath & { kind: 'package' })[] {
  const out: (A.UsePath & { kind: 'package' })[] = [];
  for (const f of src.files) {
    for (const item of f.items) {
      if (!active(item)) continue;
      const paths = item.kind === 'top-use' ? [item.path] : pathsOf(item, active).map((r) => r.path);
      for (const p of paths) if (p.kind === 'package') out.push(p);
    }
  }
  return out;
}

