// One page per world in the format `wit-bindgen markdown --html-in-md` writes (wit-bindgen's
// crates/markdown, imitated from its source; wit-bindgen is not on npm, so no oracle runs here):
// the world's table of contents, then each imported interface (its docs, types, functions), the
// world's own types and functions, then each exported interface (without its docs, as
// wit-bindgen does). The markdown is turned into HTML the way wit-bindgen finishes it (html.ts).
//
// Read from the resolved WIT model only. What wit-bindgen would panic on (`map`, fixed-length
// lists, `future`/`stream`/handle type definitions) is an error here, never a guess.
import { CompilerError, error } from '../diagnostics.js';
import { typeId, typeLocalName, type Func, type Interface, type InterfaceId, type TypeDef, type TypeId, type WitModel, type WitType, type World, type WorldItem } from '../wit/model.js';
import { toposort } from '../wit/toposort.js';
import { markdownToHtml } from './html.js';
import { snakeCase } from './snake.js';
import { rustLines, rustTrim, Source } from './source.js';

export interface WorldPage {
  /** `<world>.md`, as wit-bindgen names it. */
  file: string;
  world: string;
  /** What wit-bindgen's markdown generator writes before rendering (its `.md` without --html-in-md). */
  markdown: string;
  /** The page (`--html-in-md`). */
  html: string;
}

/** Pages for every world of the root package, in source order. */
export function worldPages(model: WitModel): WorldPage[] {
  const root = model.packages[model.root];
  if (!root) return [];
  return root.worlds.map((id) => worldPage(model, model.worlds[id]!));
}

export function worldPage(model: WitModel, world: World): WorldPage {
  const g = new Generator(model);
  g.world(world);
  return { file: `${world.name}.md`, world: world.name, markdown: g.src.text(), html: markdownToHtml(g.src.text(), g.hrefs) };
}

/** A world item after wit-parser's elaboration: what wit-bindgen iterates. */
type Elaborated =
  | { kind: 'interface'; key: string; iface: Interface }
  | { kind: 'function'; key: string; func: Func }
  | { kind: 'type'; key: string; type: TypeId; from?: { interface: string; name: string } };

class Generator {
  readonly src = new Source();
  readonly hrefs = new Map<string, string>();
  private typesHeader = false;
  /** Local names of `use`d types in the interface being written (original id -> local name). */
  private localNames = new Map<TypeId, string>();

  constructor(private readonly model: WitModel) {}

  world(w: World): void {
    const { imports, exports } = elaborate(this.model, w);
    this.src.push(`# <a id="${snakeCase(w.name)}"></a>World ${w.name}\n\n`);
    this.href(w.name);
    this.docs(w.docs);
    this.src.push('\n');
    this.toc(' - Imports:\n', imports);
    this.toc(' - Exports:\n', exports);
    this.src.push('\n');

    const funcs: Func[] = [];
    const types: Elaborated[] = [];
    for (const it of imports) {
      if (it.kind === 'interface') this.importInterface(it.key, it.iface);
      else if (it.kind === 'function') funcs.push(it.func);
      else types.push(it);
    }
    if (types.length > 0) {
      this.src.push(`## Exported types from world \`${w.name}\`\n\n`);
      this.fresh();
      for (const t of types) if (t.kind === 'type') this.defineWorldType(t);
    }
    if (funcs.length > 0) {
      this.src.push(`## Imported functions to world \`${w.name}\`\n\n`);
      this.fresh();
      for (const f of funcs) this.func(f, f.name);
    }
    const exportFuncs = exports.flatMap((e) => (e.kind === 'function' ? [e.func] : []));
    if (exportFuncs.length > 0) {
      this.src.push(`## Exported functions from world \`${w.name}\`\n\n`);
      this.fresh();
      for (const f of exportFuncs) this.func(f, f.name);
    }
    for (const e of exports) if (e.kind === 'interface') this.exportInterface(e.key, e.iface);
  }

  private toc(title: string, items: Elaborated[]): void {
    items.forEach((it, i) => {
      if (i === 0) this.src.push(title);
      this.src.push(`    - ${it.kind} \`${it.key}\`\n`);
    });
  }

  private href(name: string, dst = `#${snakeCase(name)}`): void {
    this.hrefs.set(name, dst);
  }

  private fresh(iface?: Interface): void {
    this.typesHeader = false;
    this.localNames = new Map();
    for (const [local, src] of Object.entries(iface?.uses ?? {})) {
      const id = iface!.types[local];
      if (id !== undefined && src) this.localNames.set(id, local);
    }
  }

  private importInterface(key: string, iface: Interface): void {
    this.src.push(`## <a id="${snakeCase(key)}"></a>Import interface ${key}\n\n`);
    this.href(key);
    this.fresh(iface);
    this.docs(iface.docs);
    this.src.push('\n');
    this.types(iface);
    this.funcs(iface);
  }

  private exportInterface(key: string, iface: Interface): void {
    this.src.push(`## <a id="${snakeCase(key)}"></a>Export interface ${key}\n\n`);
    this.href(key);
    this.fresh(iface);
    this.types(iface);
    this.funcs(iface);
  }

  private docs(docs: string | undefined): void {
    for (const line of rustLines(docs ?? '\n')) {
      this.src.push(rustTrim(line));
      this.src.push('\n');
    }
  }

  /** wit-parser's `interface.types`: `use`d names first, then definitions in toposort order. */
  private types(iface: Interface): void {
    const used = Object.keys(iface.uses ?? {});
    for (const local of used) {
      const src = iface.uses![local]!;
      this.header('type', local);
      // A `use` is an alias whose target is the type as named in the interface it came from.
      this.src.push(`[\`${src.name}\`](#${snakeCase(src.name)})`);
      this.src.push('\n<p>');
      this.docs(undefined);
      this.src.push('\n');
    }
    for (const id of definitionOrder(this.model, iface)) this.defineType(this.model.types[id]!);
  }

  private funcs(iface: Interface): void {
    const all = interfaceFunctions(this.model, iface);
    if (all.length === 0) return;
    this.src.push('----\n\n');
    this.src.push('### Functions\n\n');
    for (const { func, name, resource } of all) this.func(func, name, resource);
  }

  private header(kind: string, name: string): void {
    if (!this.typesHeader) {
      this.src.push('----\n\n');
      this.src.push('### Types\n\n');
      this.typesHeader = true;
    }
    this.src.push(`#### <a id="${snakeCase(name)}"></a>\`${kind} ${name}\`\n`);
    this.href(name);
  }

  private defineWorldType(t: Elaborated & { kind: 'type' }): void {
    if (t.from) {
      this.header('type', t.key);
      this.src.push(`[\`${t.from.name}\`](#${snakeCase(t.from.name)})`);
      this.src.push('\n<p>');
      this.docs(undefined);
      this.src.push('\n');
      return;
    }
    this.defineType(this.model.types[t.type]!, t.key);
  }

  private defineType(def: TypeDef, name = def.name): void {
    switch (def.kind) {
      case 'record':
        this.header('record', name);
        this.src.push('\n');
        this.docs(def.docs);
        this.src.push('\n##### Record Fields\n\n');
        for (const f of def.fields) {
          this.src.push(`- <a id="${snakeCase(name)}.${snakeCase(f.name)}"></a>\`${f.name}\`: `);
          this.hrefs.set(`${name}::${f.name}`, `#${snakeCase(name)}.${snakeCase(f.name)}`);
          this.ty(f.type);
          this.memberDocs(f.docs);
          this.src.push('\n');
        }
        this.src.push('\n');
        return;
      case 'variant':
      case 'enum':
      case 'flags': {
        const [title, members] =
          def.kind === 'variant' ? ['Variant Cases', def.cases] : def.kind === 'enum' ? ['Enum Cases', def.cases] : ['Flags members', def.flags];
        this.header(def.kind, name);
        this.src.push('\n');
        this.docs(def.docs);
        this.src.push(`\n##### ${title}\n\n`);
        for (const c of members) {
          this.src.push(`- <a id="${snakeCase(name)}.${snakeCase(c.name)}"></a>\`${c.name}\``);
          this.hrefs.set(`${name}::${c.name}`, `#${snakeCase(name)}.${snakeCase(c.name)}`);
          // Flags print a `: ` with nothing after it (wit-bindgen's format string).
          if (def.kind === 'flags') this.src.push(': ');
          if (c.type) {
            this.src.push(': ');
            this.ty(c.type);
          }
          this.memberDocs(c.docs);
          this.src.push('\n');
        }
        this.src.push('\n');
        return;
      }
      case 'resource':
        this.header('resource', name);
        this.src.push('\n');
        this.docs(def.docs);
        return;
      case 'alias':
        this.alias(def, name);
        return;
      default: {
        const _: never = def;
        return _;
      }
    }
  }

  /** `type x = ...`: wit-parser gives list, option, result and tuple bodies their own kinds. */
  private alias(def: TypeDef & { kind: 'alias' }, name: string): void {
    const t = def.target;
    switch (t.kind) {
      case 'option':
        this.header('type', name);
        this.src.push('option<');
        this.ty(t.inner);
        this.src.push('>');
        this.src.push('\n');
        this.docs(def.docs);
        return;
      case 'result':
        this.header('type', name);
        this.resultTy(t);
        this.src.push('\n');
        this.docs(def.docs);
        return;
      case 'tuple':
        this.header('tuple', name);
        this.src.push('\n');
        this.docs(def.docs);
        this.src.push('\n##### Tuple Fields\n\n');
        t.elements.forEach((e, i) => {
          this.src.push(`- <a id="${snakeCase(name)}.${i}"></a>\`${i}\`: `);
          this.hrefs.set(`${name}::${i}`, `#${snakeCase(name)}.${i}`);
          this.ty(e);
          this.src.push('\n');
        });
        this.src.push('\n');
        return;
      case 'list':
        if (t.length !== undefined) unsupported(`the fixed-length list type \`${name}\``, def);
        // A list definition prints itself: a link to its own anchor.
        this.header('type', name);
        this.src.push(`[\`${name}\`](#${snakeCase(name)})`);
        this.src.push('\n<p>');
        this.docs(def.docs);
        this.src.push('\n');
        return;
      case 'primitive':
      case 'named':
        this.header('type', name);
        this.ty(t);
        this.src.push('\n<p>');
        this.docs(def.docs);
        this.src.push('\n');
        return;
      case 'map':
      case 'future':
      case 'stream':
      case 'own':
      case 'borrow':
        return unsupported(`the ${t.kind} type definition \`${name}\``, def);
      default: {
        const _: never = t;
        return _;
      }
    }
  }

  /** Docs of a field, case or flag: indented one level, after a `<p>` on the next line. */
  private memberDocs(docs: string | undefined): void {
    if (docs === undefined) return;
    this.src.indent(1);
    this.src.push('\n<p>');
    this.docs(docs);
    this.src.deindent(1);
  }

  private func(f: Func, name: string, resource?: { id: TypeId; name: string }): void {
    const fs = snakeCase(name);
    this.src.push(`#### <a id="${fs}"></a>\``);
    this.href(name);
    this.src.push(name);
    this.src.push(': func`');
    this.src.push('\n\n');
    this.docs(f.docs);
    const params: { name: string; type: WitType }[] = [...f.params];
    if (f.kind === 'method' && resource) params.unshift({ name: 'self', type: { kind: 'borrow', resource: resource.id } });
    if (params.length > 0) {
      this.src.push('\n');
      this.src.push('##### Params\n\n');
      for (const p of params) {
        this.src.push(`- <a id="${fs}.${snakeCase(p.name)}"></a>\`${p.name}\`: `);
        this.ty(p.type);
        this.src.push('\n');
      }
    }
    // wit-parser's constructor result is an owned handle.
    const result: WitType | undefined = f.kind === 'constructor' && resource ? { kind: 'own', resource: resource.id } : f.result;
    if (result) {
      this.src.push('\n##### Return values\n\n');
      this.src.push(`- <a id="${fs}.0"></a> `);
      this.ty(result);
      this.src.push('\n');
    }
    this.src.push('\n');
  }

  private named(id: TypeId): string {
    return this.localNames.get(id) ?? this.model.types[id]?.name ?? typeLocalName(id);
  }

  private ty(t: WitType): void {
    switch (t.kind) {
      case 'primitive':
        this.src.push(`\`${t.name}\``);
        return;
      case 'named': {
        const name = this.named(t.id);
        // wit-parser reads a bare resource name in a type as `own<r>`.
        const own = dealiasedKind(this.model, t.id) === 'resource';
        if (own) this.src.push('own<');
        this.src.push(`[\`${name}\`](#${snakeCase(name)})`);
        if (own) this.src.push('>');
        return;
      }
      case 'list':
        if (t.length !== undefined) throw new CompilerError(error('proposal-markdown-unsupported', 'wit-bindgen markdown cannot print a fixed-length list (it panics)'));
        this.src.push('list<');
        this.ty(t.element);
        this.src.push('>');
        return;
      case 'option':
        this.src.push('option<');
        this.ty(t.inner);
        this.src.push('>');
        return;
      case 'result':
        this.resultTy(t);
        return;
      case 'tuple':
        this.src.push('(');
        t.elements.forEach((e, i) => {
          if (i > 0) this.src.push(', ');
          this.ty(e);
        });
        this.src.push(')');
        return;
      case 'future':
      case 'stream':
        this.src.push(t.inner ? `${t.kind}<` : t.kind);
        if (t.inner) {
          this.ty(t.inner);
          this.src.push('>');
        }
        return;
      case 'own':
      case 'borrow': {
        const name = this.named(t.resource);
        this.src.push(`${t.kind}<[\`${name}\`](#${snakeCase(name)})>`);
        return;
      }
      case 'map':
        throw new CompilerError(error('proposal-markdown-unsupported', 'wit-bindgen markdown cannot print a map type (it panics)'));
      default: {
        const _: never = t;
        return _;
      }
    }
  }

  private resultTy(t: WitType & { kind: 'result' }): void {
    if (t.ok && t.err) {
      this.src.push('result<');
      this.ty(t.ok);
      this.src.push(', ');
      this.ty(t.err);
      this.src.push('>');
    } else if (t.err) {
      this.src.push('result<_, ');
      this.ty(t.err);
      this.src.push('>');
    } else if (t.ok) {
      this.src.push('result<');
      this.ty(t.ok);
      this.src.push('>');
    } else {
      this.src.push('result');
    }
  }
}

function dealiasedKind(model: WitModel, id: TypeId): TypeDef['kind'] | undefined {
  let def = model.types[id];
  for (let i = 0; def?.kind === 'alias' && def.target.kind === 'named' && i < 100; i++) def = model.types[def.target.id];
  return def?.kind;
}

function unsupported(what: string, def: TypeDef): never {
  throw new CompilerError(
    error('proposal-markdown-unsupported', `wit-bindgen markdown cannot print ${what} (it panics), so no page is written`, {
      file: def.span.file,
      line: def.span.line,
      column: def.span.column,
    }),
  );
}

/** Definitions of an interface (not its `use`s) in wit-parser's order: dependencies first. */
function definitionOrder(model: WitModel, iface: Interface): TypeId[] {
  const uses = iface.uses ?? {};
  const local = Object.keys(iface.types).filter((n) => !(n in uses));
  const ids = new Map(local.map((n) => [iface.types[n]!, n] as const));
  const deps = new Map<string, { name: string; at: null }[]>();
  for (const n of local) {
    const def = model.types[iface.types[n]!]!;
    const refs: TypeId[] = [];
    if (def.kind !== 'resource') for (const t of typeOf(def)) handleAndNamedRefs(t, refs);
    deps.set(
      n,
      refs.flatMap((r) => (ids.has(r) ? [{ name: ids.get(r)!, at: null }] : [])),
    );
  }
  const sorted = toposort(deps);
  const order = 'order' in sorted ? sorted.order : local; // the parser already refused cycles
  return order.map((n) => iface.types[n]!);
}

function typeOf(def: TypeDef): WitType[] {
  switch (def.kind) {
    case 'record':
      return def.fields.map((f) => f.type);
    case 'variant':
      return def.cases.flatMap((c) => (c.type ? [c.type] : []));
    case 'alias':
      return [def.target];
    default:
      return [];
  }
}

function handleAndNamedRefs(t: WitType, out: TypeId[]): void {
  switch (t.kind) {
    case 'named':
      out.push(t.id);
      return;
    case 'own':
    case 'borrow':
      out.push(t.resource);
      return;
    case 'list':
      handleAndNamedRefs(t.element, out);
      return;
    case 'map':
      handleAndNamedRefs(t.key, out);
      handleAndNamedRefs(t.value, out);
      return;
    case 'option':
      handleAndNamedRefs(t.inner, out);
      return;
    case 'result':
      if (t.ok) handleAndNamedRefs(t.ok, out);
      if (t.err) handleAndNamedRefs(t.err, out);
      return;
    case 'tuple':
      for (const e of t.elements) handleAndNamedRefs(e, out);
      return;
    case 'future':
    case 'stream':
      if (t.inner) handleAndNamedRefs(t.inner, out);
      return;
    case 'primitive':
      return;
    default: {
      const _: never = t;
      return _;
    }
  }
}

/** Freestanding functions and resource functions in source order, named as wit-parser names them. */
function interfaceFunctions(model: WitModel, iface: Interface): { func: Func; name: string; resource?: { id: TypeId; name: string } }[] {
  const out: { func: Func; name: string; resource?: { id: TypeId; name: string }; at: number }[] = iface.functions.map((f) => ({ func: f, name: f.name, at: f.span.offset }));
  for (const [local, id] of Object.entries(iface.types)) {
    const def = model.types[id];
    if (!def || def.kind !== 'resource' || id !== typeId(iface.id, local)) continue;
    for (const f of def.functions) {
      const name = f.kind === 'constructor' ? `[constructor]${local}` : `[${f.kind}]${local}.${f.name}`;
      out.push({ func: f, name, resource: { id, name: local }, at: f.span.offset });
    }
  }
  // One interface lives in one file, so offsets order its items as written.
  return out.sort((a, b) => a.at - b.at);
}

/**
 * wit-parser's world elaboration: each named import preceded by the interfaces it depends on
 * (through `use`), then the interfaces exports depend on that are not exported themselves.
 */
export function elaborate(model: WitModel, w: World): { imports: Elaborated[]; exports: Elaborated[] } {
  const imports = new Map<string, Elaborated>();
  const keyOf = (item: WorldItem & { kind: 'interface' }) => item.name;
  const ifaceKey = (id: InterfaceId) => {
    const i = model.interfaces[id]!;
    const pkg = model.packages[i.package];
    return pkg ? `${pkg.namespace}:${pkg.name}/${i.name}${pkg.version ? `@${pkg.version}` : ''}` : id;
  };
  const deps = (id: InterfaceId): InterfaceId[] => {
    const i = model.interfaces[id]!;
    const out: InterfaceId[] = [];
    for (const u of Object.values(i.uses ?? {})) if (u.interface !== id) out.push(u.interface);
    return out;
  };
  const addImport = (key: string, id: InterfaceId) => {
    if (imports.has(key)) return;
    for (const d of deps(id)) addImport(ifaceKey(d), d);
    imports.set(key, { kind: 'interface', key, iface: model.interfaces[id]! });
  };
  // wit-parser puts a world's types (its `use`s and definitions) before its other imports.
  const ordered = [...w.imports.filter((i) => i.kind === 'type'), ...w.imports.filter((i) => i.kind !== 'type')];
  for (const it of ordered) {
    if (it.kind === 'interface') addImport(keyOf(it), it.interface);
    else if (it.kind === 'function') imports.set(it.name, { kind: 'function', key: it.name, func: it.func });
    else {
      if (it.from) addImport(ifaceKey(it.from.interface), it.from.interface);
      imports.set(it.name, { kind: 'type', key: it.name, type: it.type, ...(it.from ? { from: it.from } : {}) });
    }
  }
  const exports = new Map<string, Elaborated>();
  const exported = new Map(w.exports.flatMap((e) => (e.kind === 'interface' ? [[e.interface, keyOf(e)] as const] : [])));
  const required = new Set<InterfaceId>();
  const addExport = (id: InterfaceId, key: string, asExport: boolean): void => {
    if (exports.has(key)) return;
    if (!asExport && required.has(id)) return;
    for (const d of deps(id)) addExport(d, ifaceKey(d), asExport && exported.has(d));
    const item: Elaborated = { kind: 'interface', key, iface: model.interfaces[id]! };
    if (asExport) exports.set(key, item);
    else {
      required.add(id);
      if (!imports.has(key)) imports.set(key, item);
    }
  };
  for (const e of w.exports) {
    if (e.kind === 'interface') addExport(e.interface, keyOf(e), true);
    else if (e.kind === 'function') exports.set(e.name, { kind: 'function', key: e.name, func: e.func });
  }
  return { imports: [...imports.values()], exports: [...exports.values()] };
}
