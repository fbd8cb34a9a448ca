// World resolution: imports/exports, world-level types, and `include` (applied after the world's
// own items, with `with { a as b }` renames), with wit-parser's name-conflict rules.

import type * as A from './ast.js';
import { Abort } from './errors.js';
import { inlineInterfaceId, typeId, worldId, type InterfaceId, type TypeDef, type TypeId, type UseSource, type World, type WorldItem } from './model.js';
import type { PackageCtx, WorldHost } from './package-ctx.js';
import { TypeResolver, gatesOf, nowhere } from './types.js';

/** The key a world uses for an interface import: `ns:pkg/iface@ver`. */
export function interfaceKey(r: WorldHost, ifaceId: InterfaceId): string {
  const iface = r.model.interfaces[ifaceId];
  const pkg = iface && r.model.packages[iface.package];
  if (!iface || !pkg) return ifaceId; // opaque foreign interface (names pass)
  return `${pkg.namespace}:${pkg.name}/${iface.name}${pkg.version ? `@${pkg.version}` : ''}`;
}

export function resolveWorld(r: WorldHost, ctx: PackageCtx, file: string, node: A.WorldNode): World {
  const id = worldId(ctx.id, node.name.name);
  const world: World = {
    id,
    name: node.name.name,
    package: ctx.id,
    gates: gatesOf(node),
    imports: [],
    exports: [],
    span: node.span ?? nowhere(),
  };
  if (node.docs !== undefined) world.docs = node.docs;
  const items = node.items.filter((i) => r.isActive(i));
  const scope = r.newScope();
  const owner: TypeDef['owner'] = { package: ctx.id, world: node.name.name };
  const add = (list: WorldItem[], item: WorldItem, dir: 'import' | 'export', at: A.Ident | undefined) => {
    const prior = list.find((x) => x.name === item.name);
    if (prior) {
      if (item.kind === 'interface' && prior.kind === 'interface' && item.name === interfaceKey(r, item.interface)) {
        Abort.at('wit-duplicate-name', `interface cannot be ${dir}ed more than once`, at?.span ?? item.span);
      }
      Abort.at('wit-duplicate-name', `${dir} \`${item.name}\` conflicts with prior ${describeItem(prior)} of same name`, at?.span ?? item.span);
    }
    list.push(item);
  };

  // Types are resolved first (imports and exports may use them), but every item joins the
  // world's lists in source order, as in wit-parser.
  type TypeItem = { name: string; id: TypeId; span: A.Span; at: A.Ident; from?: UseSource };
  const typeItems = new Map<A.WorldItemNode, TypeItem[]>();
  for (const u of items) {
    if (u.kind !== 'use') continue;
    const list: TypeItem[] = [];
    typeItems.set(u, list);
    const types: Record<string, TypeId> = {};
    const uses: Record<string, UseSource> = {};
    r.resolveUse(ctx, file, u, scope, types, uses);
    for (const n of u.names) {
      const local = n.as ?? n.name;
      list.push({ name: local.name, id: types[local.name]!, span: u.span ?? world.span, at: local, from: uses[local.name] });
    }
  }
  const defs: [A.TypeDefNode, TypeId][] = [];
  for (const d of items) {
    if (!isTypeDef(d)) continue;
    const tid = typeId(id, d.name.name);
    scope.define(d.name, { kind: 'type', id: tid, span: d.name.span });
    defs.push([d, tid]);
    typeItems.set(d, [{ name: d.name.name, id: tid, span: d.span ?? world.span, at: d.name }]);
  }
  r.model.worlds[id] = world;
  const tr = new TypeResolver(scope, r.model);
  r.defineTypes(tr, defs, owner, scope);
  for (const [d, tid] of defs) if (d.kind === 'resource') r.fillResource(tr, d, tid);

  // wit-parser resolves include paths after the world's `use`s and types and before its imports
  // and exports (observed through jco); they are applied later, in finishWorld. Only the names
  // pass can fail here: a disabled world is a later, final-pass error.
  if (r.mode === 'names') for (const inc of items) if (inc.kind === 'include') r.lookupPath(ctx, file, inc.path, 'world');
  for (const item of items) {
    for (const t of typeItems.get(item) ?? []) {
      const entry: WorldItem = t.from
        ? { kind: 'type', name: t.name, type: t.id, span: t.span, from: t.from }
        : { kind: 'type', name: t.name, type: t.id, span: t.span };
      add(world.imports, entry, 'import', t.at);
    }
    if (item.kind !== 'import' && item.kind !== 'export') continue;
    const list = item.kind === 'import' ? world.imports : world.exports;
    const span = item.span ?? world.span;
    const t = item.target;
    switch (t.kind) {
      case 'path': {
        const ifaceId = r.lookupPath(ctx, file, t.path, 'interface');
        const key = interfaceKey(r, ifaceId);
        add(list, { kind: 'interface', name: key, interface: ifaceId, span }, item.kind, t.path.kind === 'local' ? t.path.name : t.path.interface);
        break;
      }
      case 'named-path': {
        const ifaceId = r.lookupPath(ctx, file, t.path, 'interface');
        add(list, { kind: 'interface', name: t.name.name, interface: ifaceId, span }, item.kind, t.name);
        break;
      }
      case 'func': {
        const func = tr.func(t.name.name, 'freestanding', t.func, item, span);
        r.checkBorrow(func, t.name);
        add(list, { kind: 'function', name: t.name.name, func, span }, item.kind, t.name);
        break;
      }
      case 'interface': {
        const inlineId = inlineInterfaceId(id, item.kind, t.name.name);
        const iface = r.resolveInterface(ctx, file, { ...item, name: t.name, items: t.items }, inlineId, {
          package: ctx.id,
          interface: t.name.name,
        });
        add(list, { kind: 'interface', name: t.name.name, interface: iface.id, span }, item.kind, t.name);
        break;
      }
      default: {
        const _: never = t;
        return _;
      }
    }
  }
  tr.checkHandles((tid) => r.model.types[tid]?.owner.package === ctx.id);
  return world;
}

/**
 * Second step for a world, once every world of the package has its own items (wit-parser applies
 * includes after resolving all worlds): `include`s, then elaboration.
 */
export function finishWorld(r: WorldHost, ctx: PackageCtx, file: string, node: A.WorldNode): World {
  const world = r.model.worlds[worldId(ctx.id, node.name.name)]!;
  const items = node.items.filter((i) => r.isActive(i));
  for (const inc of items) {
    if (inc.kind !== 'include') continue;
    const otherId = r.lookupPath(ctx, file, inc.path, 'world');
    const other = r.mode === 'names' && inc.path.kind === 'package' ? undefined : r.model.worlds[otherId];
    if (!other) continue; // opaque foreign world (names pass)
    const renames = new Map(inc.with.map((w) => [w.from.name, w.to.name]));
    if (r.mode !== 'names') {
      // Only plain-named items can be renamed (wit-parser checks this when applying includes).
      const plainNames = new Set([...other.imports, ...other.exports].filter((it) => !isInterfaceKey(r, it)).map((it) => it.name));
      for (const w of inc.with) {
        if (!plainNames.has(w.from.name)) {
          Abort.at('wit-undefined-name', `no import or export kebab-name \`${w.from.name}\`. Note that an ID does not support renaming`, w.from.span);
        }
      }
    }
    const include = (src: WorldItem[], dst: WorldItem[], dir: 'import' | 'export') => {
      // Observed through jco: conflicts are found interfaces first, then types, then functions.
      const rank = (it: WorldItem) => (it.kind === 'interface' ? 0 : it.kind === 'type' ? 1 : 2);
      const ordered = r.mode === 'names' ? src : [...src].sort((a, b) => rank(a) - rank(b));
      const conflict = ordered.find((it) => !isInterfaceKey(r, it) && dst.some((x) => x.name === (renames.get(it.name) ?? it.name)));
      if (conflict && r.mode !== 'names') {
        const name = renames.get(conflict.name) ?? conflict.name;
        Abort.at('wit-duplicate-name', `${dir} of \`${name}\` shadows previously ${dir}ed items`, inc.path.span ?? inc.span);
      }
      for (const it of src) {
        const isKeyed = isInterfaceKey(r, it);
        const name = isKeyed ? it.name : (renames.get(it.name) ?? it.name);
        const prior = dst.find((x) => x.name === name);
        if (prior) {
          // The same interface included twice is merged, as in wit-parser.
          if (isKeyed && prior.kind === 'interface') continue;
          // Include conflicts are a resolve-level check in wit-parser: final pass only.
          if (r.mode === 'names') continue;
          Abort.at('wit-duplicate-name', `${dir} of \`${name}\` shadows previously ${dir}ed items`, inc.path.span ?? inc.span);
        }
        // A renamed function is renamed inside too, so the item and its Func agree.
        dst.push(it.kind === 'function' && name !== it.name ? { ...it, name, func: { ...it.func, name } } : { ...it, name });
      }
    };
    include(other.imports, world.imports, 'import');
    include(other.exports, world.exports, 'export');
  }
  const implicit = implicitImports(r, world);
  if (implicit.length > 0) world.implicitImports = implicit;
  return world;
}

/**
 * wit-parser's elaboration: every interface an imported or exported interface `use`s from
 * (transitively), or a world-level `use` names, is imported too, dependencies first; exported
 * interfaces satisfy their exported dependencies.
 */
function implicitImports(r: WorldHost, world: World): WorldItem[] {
  const imported = new Set(world.imports.flatMap((it) => (it.kind === 'interface' ? [it.interface] : [])));
  const out: WorldItem[] = [];
  const added = new Set<InterfaceId>();
  const deps = (id: InterfaceId): InterfaceId[] => {
    const uses = r.model.interfaces[id]?.uses ?? {};
    return [...new Set(Object.values(uses).map((u) => u.interface))];
  };
  const need = (id: InterfaceId, stack: Set<InterfaceId>) => {
    if (imported.has(id) || added.has(id) || stack.has(id)) return;
    stack.add(id);
    for (const d of deps(id)) need(d, stack);
    added.add(id);
    out.push({ kind: 'interface', name: interfaceKey(r, id), interface: id, span: world.span });
  };
  for (const it of world.imports) {
    if (it.kind === 'interface') for (const d of deps(it.interface)) need(d, new Set());
    else if (it.kind === 'type' && it.from) need(it.from.interface, new Set());
  }
  // Exports, as wit-parser's `add_world_export`: every exported interface (keyed, named or
  // inline) in order; a dependency is exported when the world exports it too, else
  // imported, and an interface cannot end up both imported and exported. Keys are WorldKeys.
  const keyOf = (it: WorldItem): string => (isInterfaceKey(r, it) && it.kind === 'interface' ? `id:${it.interface}` : `name:${it.name}`);
  const exportKeys = new Set<string>(world.exports.filter((it) => it.kind !== 'interface').map(keyOf));
  // Observed through jco: a dependency counts as exported only when the world exports it by its
  // own `ns:pkg/iface` key (`export e: iface` under a plain name does not).
  const exportedByKey = new Set(world.exports.flatMap((it) => (it.kind === 'interface' && isInterfaceKey(r, it) ? [it.interface] : [])));
  const required = new Set<InterfaceId>();
  const addExport = (id: InterfaceId, key: string, asExport: boolean): boolean => {
    if (exportKeys.has(key)) return asExport;
    if (!asExport && required.has(id)) return true;
    for (const d of deps(id)) if (!addExport(d, `id:${d}`, asExport && exportedByKey.has(d))) return false;
    if (asExport) {
      if (required.has(id)) return false;
      exportKeys.add(key);
    } else {
      required.add(id);
      need(id, new Set());
    }
    return true;
  };
  const seen = new Set<string>();
  for (const it of world.exports) {
    if (it.kind !== 'interface' || seen.has(it.interface)) continue;
    const id = it.interface;
    seen.add(id);
    if (!addExport(id, keyOf(it), true) && r.mode !== 'names') {
      Abort.at('wit-invalid', `interface \`${it.name}\` transitively depends on an interface in incompatible ways`, it.span);
    }
  }
  return out;
}

/** An item keyed by its interface's `ns:pkg/iface` name rather than a plain name. */
function isInterfaceKey(r: WorldHost, it: WorldItem): boolean {
  return it.kind === 'interface' && it.name === interfaceKey(r, it.interface);
}

function isTypeDef(i: A.WorldItemNode): i is A.TypeDefNode {
  return i.kind !== 'use' && i.kind !== 'import' && i.kind !== 'export' && i.kind !== 'include';
}

function describeItem(item: WorldItem): string {
  switch (item.kind) {
    case 'interface':
      return 'interface';
    case 'function':
      return 'func';
    case 'type':
      return 'type';
    default: {
      const _: never = item;
      return _;
    }
  }
}
