// Checks the reference only makes when it encodes a world into a component type: they apply to
// every type of every interface a root world reaches (including interfaces reached through `use`),
// or to every root interface when the root package has no worlds (what `wit validate` encodes).

import { Abort } from './errors.js';
import { typeId, typeOwner, type Func, type Interface, type Span, type TypeDef, type TypeId, type WitModel, type WitType, type World, type WorldItem } from './model.js';
import { externalFuncName } from './resolve.js';
import { typeDefTypes, typeSpans } from './types.js';

export function checkEncodable(model: WitModel): void {
  const { types, funcs, ifaces, worlds } = reachable(model);
  const depth = typeDepth(model);
  for (const id of [...types].sort()) {
    checkTypeDef(model.types[id]!);
    if (depth.ofDef(id) > MAX_TYPE_DEPTH) Abort.at('wit-invalid', 'type nesting is too deep', model.types[id]!.span);
  }
  for (const f of funcs) {
    checkFunc(f);
    for (const t of [...f.params.map((p) => p.type), ...(f.result ? [f.result] : [])]) {
      if (depth.of(t) > MAX_TYPE_DEPTH) Abort.at('wit-invalid', 'type nesting is too deep', f.span);
    }
  }
  for (const id of ifaces) checkInterfaceNames(model, model.interfaces[id]!);
  for (const w of worlds) {
    checkUnique(w.imports.filter(plain), 'import', '');
    checkUnique(w.exports.filter(plain), 'export', '');
    checkInterfaceKeys(w.imports, 'import');
    checkInterfaceKeys(w.exports, 'export');
  }
}

/**
 * wasmparser refuses a component type nested more than 100 deep. Counted as observed through jco:
 * a leaf (primitive, enum, flags, handle) is 1, a list, option, record... is one more than its
 * deepest part, and a named type or alias counts as what it names.
 */
const MAX_TYPE_DEPTH = 100;

function typeDepth(model: WitModel): { of: (t: WitType) => number; ofDef: (id: TypeId) => number } {
  const memo = new Map<TypeId, number>();
  const ofDef = (id: TypeId): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    memo.set(id, 1); // cycles were rejected earlier; this only guards the recursion
    const def = model.types[id];
    let d = 1;
    if (def && def.kind !== 'resource') {
      const parts = typeDefTypes(def).map(of);
      d = def.kind === 'alias' ? parts[0]! : 1 + Math.max(0, ...parts);
    }
    memo.set(id, d);
    return d;
  };
  const of = (t: WitType): number => {
    switch (t.kind) {
      case 'primitive':
      case 'own':
      case 'borrow':
        return 1;
      case 'named':
        return ofDef(t.id);
      case 'list':
        return 1 + of(t.element);
      case 'map':
        return 1 + Math.max(of(t.key), of(t.value));
      case 'option':
        return 1 + of(t.inner);
      case 'result':
        return 1 + Math.max(0, ...[t.ok, t.err].flatMap((x) => (x ? [of(x)] : [])));
      case 'tuple':
        return 1 + Math.max(0, ...t.elements.map(of));
      case 'future':
      case 'stream':
        return 1 + (t.inner ? of(t.inner) : 0);
      default: {
        const _: never = t;
        return _;
      }
    }
  };
  return { of, ofDef };
}

/** Interface names in a component (`ns:pkg/iface`) need a lowercase namespace and package. */
function checkInterfaceKeys(items: WorldItem[], dir: 'import' | 'export'): void {
  for (const it of items) {
    if (it.kind !== 'interface' || plain(it)) continue;
    const pkgPart = it.name.slice(0, it.name.indexOf('/'));
    const upper = /[A-Z]/.exec(pkgPart);
    if (upper) {
      Abort.at(
        'wit-invalid',
        `${dir} name \`${it.name}\` is not a valid extern name\ncharacter \`${upper[0]}\` is not lowercase in package name/namespace`,
        it.span,
      );
    }
  }
}

/** World items named by a plain name (not by an interface's `ns:pkg/iface` key). */
function plain(item: WorldItem): boolean {
  return item.kind !== 'interface' || !item.name.includes(':');
}

/** An interface's instance exports: its types, functions and desugared resource functions. */
function checkInterfaceNames(model: WitModel, iface: Interface): void {
  const names: { name: string; span: Span }[] = [];
  for (const [name, id] of Object.entries(iface.types)) {
    const def = model.types[id];
    names.push({ name, span: def?.span ?? iface.span });
    if (def?.kind === 'resource' && def.id === typeId(iface.id, name)) {
      for (const f of def.functions) {
        const full = externalFuncName(f, name);
        // Observed in wasmparser: `[method]r.r` (a method named like its resource) clashes with `r`.
        const key = (x: string) => x.toLowerCase().replace(/-/g, '');
        if (f.kind !== 'constructor' && key(f.name) === key(name)) {
          Abort.at('wit-duplicate-name', `export name \`${full}\` conflicts with previous name \`${name}\``, f.span);
        }
        names.push({ name: full, span: f.span });
      }
    }
  }
  for (const f of iface.functions) names.push({ name: f.name, span: f.span });
  checkUnique(names, 'export', '');
}

function reachable(model: WitModel): { types: Set<TypeId>; funcs: Func[]; ifaces: Set<string>; worlds: World[] } {
  const root = model.packages[model.root];
  const ifaces = new Set<string>();
  const types = new Set<TypeId>();
  const funcs: Func[] = [];
  const addType = (id: TypeId) => {
    if (types.has(id)) return;
    types.add(id);
    const def = model.types[id];
    if (!def) return;
    if (def.owner.interface !== undefined && def.owner.world === undefined) {
      const owner = typeOwner(id);
      if (model.interfaces[owner]) addIface(owner);
    }
    for (const t of typeDefTypes(def)) walkNamed(t, addType);
    if (def.kind === 'resource') for (const f of def.functions) addFunc(f);
  };
  const addFunc = (f: Func) => {
    funcs.push(f);
    for (const p of f.params) walkNamed(p.type, addType);
    if (f.result) walkNamed(f.result, addType);
  };
  const addIface = (id: string) => {
    if (ifaces.has(id)) return;
    ifaces.add(id);
    const iface: Interface = model.interfaces[id]!;
    for (const tid of Object.values(iface.types)) addType(tid);
    for (const f of iface.functions) addFunc(f);
  };
  const worlds: World[] = [];
  if (!root) return { types, funcs, ifaces, worlds };
  if (root.worlds.length === 0) for (const id of root.interfaces) addIface(id);
  for (const wid of root.worlds) {
    const w = model.worlds[wid]!;
    worlds.push(w);
    for (const item of [...w.imports, ...w.exports]) {
      if (item.kind === 'interface') addIface(item.interface);
      else if (item.kind === 'function') addFunc(item.func);
      else addType(item.type);
    }
  }
  return { types, funcs, ifaces, worlds };
}


function walk(t: WitType, visit: (t: WitType) => void): void {
  visit(t);
  switch (t.kind) {
    case 'list':
      walk(t.element, visit);
      break;
    case 'map':
      walk(t.key, visit);
      walk(t.value, visit);
      break;
    case 'option':
      walk(t.inner, visit);
      break;
    case 'result':
      if (t.ok) walk(t.ok, visit);
      if (t.err) walk(t.err, visit);
      break;
    case 'tuple':
      for (const e of t.elements) walk(e, visit);
      break;
    case 'future':
    case 'stream':
      if (t.inner) walk(t.inner, visit);
      break;
    case 'primitive':
    case 'own':
    case 'borrow':
    case 'named':
      break;
    default: {
      const _: never = t;
      return _;
    }
  }
}

function walkNamed(t: WitType, add: (id: TypeId) => void): void {
  walk(t, (x) => {
    if (x.kind === 'named') add(x.id);
    else if (x.kind === 'own' || x.kind === 'borrow') add(x.resource);
  });
}

function checkTypes(t: WitType, fallback: Span): void {
  walk(t, (x) => {
    if (x.kind === 'tuple' && x.elements.length === 0) {
      Abort.at('wit-empty', 'tuple type must have at least one type', typeSpans.get(x) ?? fallback);
    }
  });
}

/** Component-level names conflict when equal ignoring case and dashes (`a-b` ~ `AB`). */
function checkUnique(items: { name: string; span: Span }[], what: string, prev: string): void {
  const seen = new Map<string, string>();
  for (const it of items) {
    const key = it.name.toLowerCase().replace(/-/g, '');
    const before = seen.get(key);
    if (before !== undefined) {
      const previous = prev ? `previous ${prev} name` : 'previous name';
      Abort.at('wit-duplicate-name', `${what} name \`${it.name}\` conflicts with ${previous} \`${before}\``, it.span);
    }
    seen.set(key, it.name);
  }
}

function checkTypeDef(def: TypeDef): void {
  switch (def.kind) {
    case 'record':
      if (def.fields.length === 0) Abort.at('wit-empty', 'record type must have at least one field', def.span);
      checkUnique(def.fields, 'record field', 'field');
      break;
    case 'variant':
      checkUnique(def.cases, 'variant case', 'case');
      break;
    case 'enum':
      checkUnique(def.cases, 'enum tag', 'tag');
      break;
    case 'flags':
      if (def.flags.length === 0) Abort.at('wit-empty', 'flags must have at least one entry', def.span);
      if (def.flags.length > 32) Abort.at('wit-too-many-flags', 'cannot have more than 32 flags', def.span);
      checkUnique(def.flags, 'flag', 'flag');
      break;
    case 'resource':
    case 'alias':
      break;
    default: {
      const _: never = def;
      return _;
    }
  }
  for (const t of typeDefTypes(def)) checkTypes(t, def.span);
}

function checkFunc(f: Func): void {
  checkUnique(f.params, 'function parameter', 'parameter');
  for (const p of f.params) checkTypes(p.type, p.span);
  if (f.result) checkTypes(f.result, f.span);
}
