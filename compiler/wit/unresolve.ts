// Resolved model -> syntax tree, so a model (parsed, or built in code) can be printed like
// wasm-tools prints a Resolve: the root package at top level, every other package as a nested
// `package x:y { ... }` block, includes already applied, `use` rebuilt from interface type tables.

import type * as A from './ast.js';
import { typeId, typeLocalName, typeOwner, type Func, type Gate, type Interface, type InterfaceId, type Package, type TypeDef, type TypeId, type UseSource, type WitModel, type WitType, type World, type WorldId, type WorldItem } from './model.js';
import { printWitFile } from './printer.js';

/** Print a whole model as one WIT file (see modelToWitFile). */
export function printModel(model: WitModel): string {
  return printWitFile(modelToWitFile(model));
}

export function modelToWitFile(model: WitModel): A.WitFile {
  const root = model.packages[model.root];
  const file: A.WitFile = { file: '<model>', items: [] };
  if (root) {
    file.package = packageName(root);
    if (root.docs !== undefined) file.docs = root.docs;
  }
  for (const pkg of Object.values(model.packages)) {
    if (pkg.id === model.root) continue;
    const nested: A.NestedPackageNode = { kind: 'package', gates: [], name: packageName(pkg), items: packageItems(model, pkg) };
    if (pkg.docs !== undefined) nested.docs = pkg.docs;
    file.items.push(nested);
  }
  if (root) file.items.push(...packageItems(model, root));
  return file;
}

function packageName(p: Package): A.PackageName {
  return p.version ? { namespace: p.namespace, name: p.name, version: p.version } : { namespace: p.namespace, name: p.name };
}

function packageItems(model: WitModel, pkg: Package): A.PackageItem[] {
  const out: A.PackageItem[] = [];
  for (const id of pkg.interfaces) {
    const iface = model.interfaces[id]!;
    out.push({ kind: 'interface', ...attrs(iface.docs, iface.gates), name: { name: iface.name }, items: interfaceItems(model, iface, pkg.id) });
  }
  for (const id of pkg.worlds) out.push(worldNode(model, model.worlds[id]!, pkg.id));
  return out;
}

function attrs(docs: string | undefined, gates: Gate[]): A.Attrs {
  const a: A.Attrs = { gates: gates.map(gateNode) };
  if (docs !== undefined) a.docs = docs;
  return a;
}

function gateNode(g: Gate): A.GateNode {
  return { ...g };
}

/** Local names of types in a scope, by TypeId (first name wins if a type is used twice). */
type Names = Map<TypeId, string>;

function interfaceItems(model: WitModel, iface: Interface, pkgId: string): A.InterfaceItem[] {
  const names: Names = new Map();
  for (const [local, id] of Object.entries(iface.types)) if (!names.has(id)) names.set(id, local);
  const items: A.InterfaceItem[] = [...usesOf(model, Object.entries(iface.types), iface.id, pkgId, iface.uses)];
  for (const [local, id] of Object.entries(iface.types)) {
    if (id === typeId(iface.id, local)) items.push(typeDefNode(model, model.types[id]!, names));
  }
  for (const f of iface.functions) items.push({ kind: 'func', ...attrs(f.docs, f.gates), name: { name: f.name }, func: funcType(f, names) });
  return items;
}

/** `use` statements for the entries of a type table that are defined elsewhere. */
function usesOf(model: WitModel, entries: [string, TypeId][], scopeId: InterfaceId | WorldId, pkgId: string, sources: Record<string, UseSource> = {}): A.UseNode[] {
  const byOwner = new Map<string, A.UseName[]>();
  for (const [local, id] of entries) {
    if (id === typeId(scopeId, local)) continue;
    const def = model.types[id];
    // The interface the `use` named (it may re-export the type), else the defining one.
    const from = sources[local] ?? (def ? { interface: typeOwner(id), name: def.name } : undefined);
    if (!from || !model.interfaces[from.interface]) continue;
    const names = byOwner.get(from.interface) ?? [];
    names.push(from.name === local ? { name: { name: local } } : { name: { name: from.name }, as: { name: local } });
    byOwner.set(from.interface, names);
  }
  return [...byOwner].map(([owner, names]) => ({ kind: 'use', gates: [], path: interfacePath(model, owner, pkgId), names }));
}

function interfacePath(model: WitModel, ifaceId: string, pkgId: string): A.UsePath {
  const iface = model.interfaces[ifaceId]!;
  if (iface.package === pkgId) return { kind: 'local', name: { name: iface.name } };
  return { kind: 'package', package: packageName(model.packages[iface.package]!), interface: { name: iface.name } };
}

function worldNode(model: WitModel, w: World, pkgId: string): A.WorldNode {
  const names: Names = new Map();
  const typeEntries: [string, TypeId][] = [];
  const sources: Record<string, UseSource> = {};
  for (const it of w.imports) {
    if (it.kind === 'type') {
      typeEntries.push([it.name, it.type]);
      if (it.from) sources[it.name] = it.from;
      if (!names.has(it.type)) names.set(it.type, it.name);
    }
  }
  // One item per import, in the world's order (a `use` per used type keeps that order exact).
  const items: A.WorldItemNode[] = [];
  for (const it of w.imports) {
    if (it.kind === 'type') {
      if (it.type === typeId(w.id, it.name)) items.push(typeDefNode(model, model.types[it.type]!, names));
      else items.push(...usesOf(model, [[it.name, it.type]], w.id, pkgId, sources));
    } else {
      items.push({ kind: 'import', gates: [], target: externTarget(model, it, pkgId, names) });
    }
  }
  for (const it of w.exports) {
    if (it.kind !== 'type') items.push({ kind: 'export', gates: [], target: externTarget(model, it, pkgId, names) });
  }
  return { kind: 'world', ...attrs(w.docs, w.gates), name: { name: w.name }, items };
}

function externTarget(model: WitModel, it: WorldItem & { kind: 'interface' | 'function' }, pkgId: string, names: Names): A.ExternTarget {
  if (it.kind === 'function') return { kind: 'func', name: { name: it.name }, func: funcType(it.func, names) };
  const iface = model.interfaces[it.interface]!;
  const declared = model.packages[iface.package]?.interfaces.includes(iface.id) ?? false;
  if (!declared) return { kind: 'interface', name: { name: it.name }, items: interfaceItems(model, iface, pkgId) };
  const path = interfacePath(model, iface.id, pkgId);
  return it.name.includes(':') ? { kind: 'path', path } : { kind: 'named-path', name: { name: it.name }, path };
}

function typeDefNode(model: WitModel, def: TypeDef, names: Names): A.TypeDefNode {
  const base = { ...attrs(def.docs, def.gates), name: { name: def.name } };
  const docsOnly = (docs: string | undefined): A.Attrs => (docs !== undefined ? { docs, gates: [] } : { gates: [] });
  switch (def.kind) {
    case 'record':
      return { ...base, kind: 'record', fields: def.fields.map((f) => ({ ...docsOnly(f.docs), name: { name: f.name }, type: typeExpr(f.type, names, model) })) };
    case 'variant':
      return {
        ...base,
        kind: 'variant',
        cases: def.cases.map((c) => ({ ...docsOnly(c.docs), name: { name: c.name }, ...(c.type ? { type: typeExpr(c.type, names, model) } : {}) })),
      };
    case 'enum':
      return { ...base, kind: 'enum', cases: def.cases.map((c) => ({ ...docsOnly(c.docs), name: { name: c.name } })) };
    case 'flags':
      return { ...base, kind: 'flags', flags: def.flags.map((c) => ({ ...docsOnly(c.docs), name: { name: c.name } })) };
    case 'resource':
      return def.functions.length === 0 ? { ...base, kind: 'resource' } : { ...base, kind: 'resource', members: def.functions.map((f) => member(f, def, names, model)) };
    case 'alias':
      return { ...base, kind: 'alias', target: typeExpr(def.target, names, model) };
    default: {
      const _: never = def;
      return _;
    }
  }
}

function member(f: Func, resource: TypeDef, names: Names, model: WitModel): A.ResourceMember {
  const a = attrs(f.docs, f.gates);
  const func = funcType(f, names, model);
  switch (f.kind) {
    case 'constructor': {
      // The implicit result (the resource itself) is not written.
      const implicit = f.result?.kind === 'named' && f.result.id === resource.id;
      return { kind: 'constructor', ...a, func: implicit ? { ...func, result: undefined } : func };
    }
    case 'method':
    case 'static':
      return { kind: f.kind, ...a, name: { name: f.name }, func };
    case 'freestanding':
      return { kind: 'method', ...a, name: { name: f.name }, func };
    default: {
      const _: never = f.kind;
      return _;
    }
  }
}

function funcType(f: Func, names: Names, model?: WitModel): A.FuncType {
  const out: A.FuncType = { async: f.async, params: f.params.map((p) => ({ name: { name: p.name }, type: typeExpr(p.type, names, model) })) };
  if (f.result) out.result = typeExpr(f.result, names, model);
  return out;
}

function nameOf(id: TypeId, names: Names, model?: WitModel): A.Ident {
  return { name: names.get(id) ?? model?.types[id]?.name ?? typeLocalName(id) };
}

export function typeExpr(t: WitType, names: Names, model?: WitModel): A.TypeExpr {
  switch (t.kind) {
    case 'primitive':
      return { kind: 'primitive', name: t.name };
    case 'list':
      return t.length === undefined ? { kind: 'list', element: typeExpr(t.element, names, model) } : { kind: 'list', element: typeExpr(t.element, names, model), length: t.length };
    case 'map':
      return { kind: 'map', key: typeExpr(t.key, names, model), value: typeExpr(t.value, names, model) };
    case 'option':
      return { kind: 'option', inner: typeExpr(t.inner, names, model) };
    case 'result': {
      const r: A.TypeExpr & { kind: 'result' } = { kind: 'result' };
      if (t.ok) r.ok = typeExpr(t.ok, names, model);
      if (t.err) r.err = typeExpr(t.err, names, model);
      return r;
    }
    case 'tuple':
      return { kind: 'tuple', elements: t.elements.map((e) => typeExpr(e, names, model)) };
    case 'future':
    case 'stream':
      return t.inner ? { kind: t.kind, inner: typeExpr(t.inner, names, model) } : { kind: t.kind };
    case 'own':
    case 'borrow':
      return { kind: t.kind, resource: nameOf(t.resource, names, model) };
    case 'named':
      return { kind: 'name', name: nameOf(t.id, names, model) };
    default: {
      const _: never = t;
      return _;
    }
  }
}
