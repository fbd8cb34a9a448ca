// Canonical WIT text in the style of wasm-tools' printer: 2-space indent, one blank line between
// items, in interfaces `use` lines first (then types, then functions; worlds keep source order),
// trailing commas in multi-line bodies,
// `///` docs then gates, `%` for keywords. Prints a syntax tree, so it serves both `wit fmt`
// (per file, items stay in their file) and generators that build a tree in code.

import type * as A from './ast.js';
import { KEYWORDS } from './lexer.js';

const INDENT = '  ';

/** Print a whole file. */
export function printWitFile(file: A.WitFile): string {
  const out: string[] = [];
  if (file.package) {
    out.push(...docLines(file.docs, ''));
    out.push(`package ${packageName(file.package)};`);
  }
  const blocks = packageItems(file.items, '');
  if (file.package && blocks.length > 0) out.push('');
  out.push(...blocks);
  return out.join('\n') + '\n';
}

/** Print one interface, world or nested package (for generators emitting fragments). */
export function printItem(item: A.PackageItem | A.NestedPackageNode, indent = ''): string {
  return packageItems([item], indent).join('\n') + '\n';
}

function packageItems(items: (A.PackageItem | A.NestedPackageNode)[], indent: string): string[] {
  const uses = items.filter((i): i is A.TopUseNode => i.kind === 'top-use');
  const rest = items.filter((i) => i.kind !== 'top-use');
  const blocks: string[][] = [];
  if (uses.length > 0) blocks.push(uses.flatMap((u) => topUse(u, indent)));
  for (const item of rest) {
    switch (item.kind) {
      case 'interface':
        blocks.push(interfaceItem(item, indent));
        break;
      case 'world':
        blocks.push(worldItem(item, indent));
        break;
      case 'package':
        blocks.push(nestedPackage(item, indent));
        break;
      default: {
        const _: never = item;
        return _;
      }
    }
  }
  return joinBlocks(blocks);
}

function joinBlocks(blocks: string[][]): string[] {
  const out: string[] = [];
  blocks.forEach((b, i) => {
    if (i > 0) out.push('');
    out.push(...b);
  });
  return out;
}

function nestedPackage(p: A.NestedPackageNode, indent: string): string[] {
  const body = packageItems(p.items, indent + INDENT);
  return [...attrLines(p, indent), `${indent}package ${packageName(p.name)} {`, ...body, `${indent}}`];
}

function topUse(u: A.TopUseNode, indent: string): string[] {
  const as = u.as ? ` as ${id(u.as)}` : '';
  return [...attrLines(u, indent), `${indent}use ${usePath(u.path)}${as};`];
}

function interfaceItem(i: A.InterfaceNode, indent: string): string[] {
  const body = interfaceBody(i.items, indent + INDENT);
  return [...attrLines(i, indent), `${indent}interface ${id(i.name)} ${braced(body, indent)}`];
}

function braced(body: string[], indent: string): string {
  return body.length === 0 ? '{}' : `{\n${body.join('\n')}\n${indent}}`;
}

/** Interface bodies: uses first (no blank lines between them), then types, then functions. */
export function interfaceBody(items: A.InterfaceItem[], indent: string): string[] {
  const uses = items.filter((i): i is A.UseNode => i.kind === 'use');
  const types = items.filter((i): i is A.TypeDefNode => i.kind !== 'use' && i.kind !== 'func');
  const funcs = items.filter((i): i is A.FuncNode => i.kind === 'func');
  const blocks: string[][] = [];
  if (uses.length > 0) blocks.push(uses.flatMap((u) => useItem(u, indent)));
  for (const t of types) blocks.push(typeDef(t, indent));
  for (const f of funcs) blocks.push([...attrLines(f, indent), `${indent}${id(f.name)}: ${funcType(f.func)};`]);
  return joinBlocks(blocks);
}

function useItem(u: A.UseNode, indent: string): string[] {
  const names = u.names.map((n) => (n.as ? `${id(n.name)} as ${id(n.as)}` : id(n.name))).join(', ');
  return [...attrLines(u, indent), `${indent}use ${usePath(u.path)}.{${names}};`];
}

/** World items stay in source order: it is the order of the world's imports in the model. */
function worldItem(w: A.WorldNode, indent: string): string[] {
  const inner = indent + INDENT;
  const blocks: string[][] = [];
  for (const item of w.items) {
    switch (item.kind) {
      case 'use':
        blocks.push(useItem(item, inner));
        break;
      case 'import':
      case 'export':
        blocks.push(externItem(item, inner));
        break;
      case 'include': {
        const withs = item.with.map((x) => `${id(x.from)} as ${id(x.to)}`).join(', ');
        const tail = item.with.length > 0 ? ` with { ${withs} }` : ';';
        blocks.push([...attrLines(item, inner), `${inner}include ${usePath(item.path)}${tail}`]);
        break;
      }
      default:
        blocks.push(typeDef(item, inner));
    }
  }
  return [...attrLines(w, indent), `${indent}world ${id(w.name)} ${braced(joinBlocks(blocks), indent)}`];
}

function externItem(e: A.ExternNode, indent: string): string[] {
  const head = [...attrLines(e, indent)];
  const t = e.target;
  switch (t.kind) {
    case 'path':
      return [...head, `${indent}${e.kind} ${usePath(t.path)};`];
    case 'named-path':
      return [...head, `${indent}${e.kind} ${id(t.name)}: ${usePath(t.path)};`];
    case 'func':
      return [...head, `${indent}${e.kind} ${id(t.name)}: ${funcType(t.func)};`];
    case 'interface': {
      const body = interfaceBody(t.items, indent + INDENT);
      return [...head, `${indent}${e.kind} ${id(t.name)}: interface ${braced(body, indent)}`];
    }
    default: {
      const _: never = t;
      return _;
    }
  }
}

function typeDef(t: A.TypeDefNode, indent: string): string[] {
  const head = attrLines(t, indent);
  const inner = indent + INDENT;
  const name = id(t.name);
  switch (t.kind) {
    case 'alias':
      return [...head, `${indent}type ${name} = ${typeExpr(t.target)};`];
    case 'record':
      return [...head, `${indent}record ${name} ${listBody(t.fields.map((f) => [f.docs, `${id(f.name)}: ${typeExpr(f.type)}`]), indent)}`];
    case 'variant':
      return [
        ...head,
        `${indent}variant ${name} ${listBody(t.cases.map((c) => [c.docs, c.type ? `${id(c.name)}(${typeExpr(c.type)})` : id(c.name)]), indent)}`,
      ];
    case 'enum':
      return [...head, `${indent}enum ${name} ${listBody(t.cases.map((c) => [c.docs, id(c.name)]), indent)}`];
    case 'flags':
      return [...head, `${indent}flags ${name} ${listBody(t.flags.map((c) => [c.docs, id(c.name)]), indent)}`];
    case 'resource': {
      const members = t.members ?? [];
      if (members.length === 0) return [...head, `${indent}resource ${name};`];
      const lines = members.flatMap((m) => [...attrLines(m, inner), `${inner}${resourceMember(m)};`]);
      return [...head, `${indent}resource ${name} {`, ...lines, `${indent}}`];
    }
    default: {
      const _: never = t;
      return _;
    }
  }
}

function resourceMember(m: A.ResourceMember): string {
  switch (m.kind) {
    case 'constructor': {
      const result = m.func.result ? ` -> ${typeExpr(m.func.result)}` : '';
      return `constructor(${params(m.func.params)})${result}`;
    }
    case 'method':
      return `${id(m.name)}: ${funcType(m.func)}`;
    case 'static':
      return `${id(m.name)}: static ${funcType(m.func)}`;
    default: {
      const _: never = m;
      return _;
    }
  }
}

function listBody(entries: [string | undefined, string][], indent: string): string {
  if (entries.length === 0) return '{}';
  const inner = indent + INDENT;
  const lines = entries.flatMap(([docs, text]) => [...docLines(docs, inner), `${inner}${text},`]);
  return `{\n${lines.join('\n')}\n${indent}}`;
}

export function funcType(f: A.FuncType): string {
  const result = f.result ? ` -> ${typeExpr(f.result)}` : '';
  return `${f.async ? 'async ' : ''}func(${params(f.params)})${result}`;
}

function params(ps: A.ParamNode[]): string {
  return ps.map((p) => `${id(p.name)}: ${typeExpr(p.type)}`).join(', ');
}

export function typeExpr(t: A.TypeExpr): string {
  switch (t.kind) {
    case 'primitive':
      return t.name;
    case 'list':
      return t.length === undefined ? `list<${typeExpr(t.element)}>` : `list<${typeExpr(t.element)}, ${t.length}>`;
    case 'map':
      return `map<${typeExpr(t.key)}, ${typeExpr(t.value)}>`;
    case 'option':
      return `option<${typeExpr(t.inner)}>`;
    case 'result':
      if (!t.ok && !t.err) return 'result';
      if (!t.err) return `result<${typeExpr(t.ok!)}>`;
      return `result<${t.ok ? typeExpr(t.ok) : '_'}, ${typeExpr(t.err)}>`;
    case 'tuple':
      return `tuple<${t.elements.map(typeExpr).join(', ')}>`;
    case 'future':
    case 'stream':
      return t.inner ? `${t.kind}<${typeExpr(t.inner)}>` : t.kind;
    case 'own':
    case 'borrow':
      return `${t.kind}<${id(t.resource)}>`;
    case 'name':
      return id(t.name);
    default: {
      const _: never = t;
      return _;
    }
  }
}

export function packageName(p: A.PackageName): string {
  return `${escape(p.namespace)}:${escape(p.name)}${p.version ? `@${p.version}` : ''}`;
}

export function usePath(p: A.UsePath): string {
  if (p.kind === 'local') return id(p.name);
  const v = p.package.version ? `@${p.package.version}` : '';
  return `${escape(p.package.namespace)}:${escape(p.package.name)}/${id(p.interface)}${v}`;
}

function id(i: A.Ident): string {
  return escape(i.name);
}

/** `%`-escape names that collide with keywords. */
export function escape(name: string): string {
  return KEYWORDS.has(name) ? `%${name}` : name;
}

function attrLines(a: A.Attrs, indent: string): string[] {
  const out = docLines(a.docs, indent);
  // Canonical gate order: @since / @unstable before @deprecated.
  const gates = [...a.gates].sort((x, y) => Number(x.kind === 'deprecated') - Number(y.kind === 'deprecated'));
  for (const g of gates) out.push(`${indent}${gate(g)}`);
  if (a.externalId !== undefined) out.push(`${indent}@external-id(${a.externalId})`);
  return out;
}

function gate(g: A.GateNode): string {
  switch (g.kind) {
    case 'since':
      return `@since(version = ${g.version})`;
    case 'unstable':
      return `@unstable(feature = ${escape(g.feature)})`;
    case 'deprecated':
      return `@deprecated(version = ${g.version})`;
    default: {
      const _: never = g;
      return _;
    }
  }
}

/**
 * `///` lines, except for docs whose non-empty lines all keep leading whitespace (typically from
 * a `/** ... *\/` block): `///` would lose that indentation on re-parse, a block keeps it.
 */
function docLines(docs: string | undefined, indent: string): string[] {
  if (docs === undefined) return [];
  const lines = docs.split('\n');
  const nonEmpty = lines.filter((l) => l.trim() !== '');
  if (docs.startsWith('\n') || (nonEmpty.length > 0 && nonEmpty.every((l) => /^\s/.test(l)))) {
    return [`${indent}/**${docs.replace(/\*\//g, '* /')}`, `${indent} */`];
  }
  return lines.map((l) => (l === '' ? `${indent}///` : `${indent}/// ${l}`));
}
