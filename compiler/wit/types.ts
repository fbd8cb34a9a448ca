// Resolution of one scope's (interface's or world's) type definitions, type expressions and
// functions into model form. Names are looked up in a `Scope`; errors abort (see errors.ts).

import type * as A from './ast.js';
import { Abort } from './errors.js';
import type { Func, Gate, Param, Span, TypeDef, TypeId, WitModel, WitType } from './model.js';

export type ScopeEntry = { kind: 'type'; id: TypeId; span?: Span } | { kind: 'func'; span?: Span };

/**
 * Where an empty tuple came from, so the encode check can point at it. Only those are recorded:
 * a WeakMap entry per type node made resolution several times slower (ephemeron GC cost).
 */
export const typeSpans = new WeakMap<object, Span>();

/** The primitive types a `map` key may be. */
const MAP_KEYS: ReadonlySet<string> = new Set(['bool', 'u8', 'u16', 'u32', 'u64', 's8', 's16', 's32', 's64', 'char', 'string']);

export class Scope {
  readonly names = new Map<string, ScopeEntry>();
  /** `missing`: the message for an unknown name (the final pass knows it names a disabled item). */
  constructor(
    readonly model: WitModel,
    private readonly missing?: string,
  ) {}

  private readonly soft = new Set<string>();

  define(name: A.Ident, entry: ScopeEntry): void {
    if (this.names.has(name.name) && !this.soft.has(name.name)) {
      Abort.at('wit-duplicate-name', `name \`${name.name}\` is defined more than once`, name.span);
    }
    this.soft.delete(name.name);
    this.names.set(name.name, entry);
  }

  /** A name that may be redefined without error (an opaque foreign `use` in the names pass). */
  defineSoft(name: A.Ident, entry: ScopeEntry): void {
    if (this.names.has(name.name)) return;
    this.soft.add(name.name);
    this.names.set(name.name, entry);
  }

  /** `what`: wit-parser says "type `x` does not exist" inside type definitions, "name" elsewhere. */
  typeId(name: A.Ident, what: 'name' | 'type' = 'name'): TypeId {
    const e = this.names.get(name.name);
    if (!e && this.missing) return Abort.at('wit-gate', this.missing, name.span);
    if (!e) return Abort.at('wit-undefined-name', `${what} \`${name.name}\` does not exist`, name.span);
    if (e.kind !== 'type') return Abort.at('wit-undefined-name', `cannot use function \`${name.name}\` as a type`, name.span);
    return e.id;
  }
}

/** Gates in canonical order (`@since`/`@unstable` before `@deprecated`), as the printer writes them. */
export function gatesOf(attrs: A.Attrs): Gate[] {
  const sorted = [...attrs.gates].sort((x, y) => Number(x.kind === 'deprecated') - Number(y.kind === 'deprecated'));
  return sorted.map((g): Gate => {
    switch (g.kind) {
      case 'since':
        return { kind: 'since', version: g.version };
      case 'unstable':
        return { kind: 'unstable', feature: g.feature };
      case 'deprecated':
        return { kind: 'deprecated', version: g.version };
      default: {
        const _: never = g;
        return _;
      }
    }
  });
}

/** Follow aliases to the defining TypeDef; undefined on an alias cycle. */
export function dealias(model: WitModel, id: TypeId): TypeDef | undefined {
  const seen = new Set<TypeId>();
  let def = model.types[id];
  while (def && def.kind === 'alias' && def.target.kind === 'named') {
    if (seen.has(def.id)) return undefined;
    seen.add(def.id);
    def = model.types[def.target.id];
  }
  return def;
}

export class TypeResolver {
  /** Set to 'type' while resolving type definition bodies (only changes error wording). */
  context: 'name' | 'type' = 'name';

  constructor(
    private readonly scope: Scope,
    private readonly model: WitModel,
  ) {}

  type(t: A.TypeExpr): WitType {
    const out = this.build(t);
    if (t.span && out.kind === 'tuple' && out.elements.length === 0) typeSpans.set(out, t.span);
    return out;
  }

  private build(t: A.TypeExpr): WitType {
    switch (t.kind) {
      case 'primitive':
        return { kind: 'primitive', name: t.name };
      case 'list': {
        if (t.length !== undefined && t.length <= 0) {
          Abort.at('wit-invalid', 'fixed-length list must have a length greater than zero', t.span);
        }
        const element = this.type(t.element);
        return t.length === undefined ? { kind: 'list', element } : { kind: 'list', element, length: t.length };
      }
      case 'map': {
        const key = this.type(t.key);
        // wit-parser takes the key as written: an alias of string is refused too.
        if (key.kind !== 'primitive' || !MAP_KEYS.has(key.name)) {
          Abort.at('wit-invalid', 'invalid map key type: map keys must be bool, u8, u16, u32, u64, s8, s16, s32, s64, char, or string', t.key.span ?? t.span);
        }
        return { kind: 'map', key, value: this.type(t.value) };
      }
      case 'option':
        return { kind: 'option', inner: this.type(t.inner) };
      case 'result': {
        const r: WitType = { kind: 'result' };
        if (t.ok) r.ok = this.type(t.ok);
        if (t.err) r.err = this.type(t.err);
        return r;
      }
      case 'tuple':
        return { kind: 'tuple', elements: t.elements.map((e) => this.type(e)) };
      case 'future':
      case 'stream':
        return t.inner ? { kind: t.kind, inner: this.type(t.inner) } : { kind: t.kind };
      case 'own':
      case 'borrow': {
        const id = this.scope.typeId(t.resource, this.context);
        return { kind: t.kind, resource: this.resourceId(t.resource, id) };
      }
      case 'name':
        return { kind: 'named', id: this.scope.typeId(t.name, this.context) };
      default: {
        const _: never = t;
        return _;
      }
    }
  }

  /** Handles must name a resource, possibly through aliases (checked once all defs exist). */
  private resourceId(name: A.Ident, id: TypeId): TypeId {
    this.pendingHandles.push({ name, id });
    return id;
  }

  readonly pendingHandles: { name: A.Ident; id: TypeId }[] = [];

  /** `local`: whether an id belongs to the scope's own package (checked by name, with its name). */
  checkHandles(local: (id: TypeId) => boolean): void {
    for (const h of this.pendingHandles) {
      if (!this.model.types[h.id]) continue; // opaque foreign type (names pass)
      const def = dealias(this.model, h.id);
      if (def && def.kind === 'resource') continue;
      // wit-parser checks foreign handles later, and without the name.
      if (local(h.id)) Abort.at('wit-handle', `type \`${h.name.name}\` used in a handle must be a resource`, h.name.span);
      Abort.at('wit-handle', 'type used in a handle must be a resource', h.name.span);
    }
  }

  func(name: string, kind: Func['kind'], f: A.FuncType, attrs: A.Attrs, span: Span | undefined): Func {
    const seen = new Set<string>();
    const params: Param[] = f.params.map((p) => {
      if (seen.has(p.name.name)) Abort.at('wit-duplicate-name', `param \`${p.name.name}\` is defined more than once`, p.name.span);
      seen.add(p.name.name);
      return { name: p.name.name, type: this.type(p.type), span: p.span ?? span ?? nowhere() };
    });
    const out: Func = { name, kind, async: f.async, params, gates: gatesOf(attrs), span: span ?? nowhere() };
    if (f.result) out.result = this.type(f.result);
    if (attrs.docs !== undefined) out.docs = attrs.docs;
    return out;
  }
}

export function nowhere(): Span {
  return { file: '', line: 0, column: 0, offset: 0, length: 0 };
}

/** True when a type contains `borrow<T>` anywhere, looking through named definitions. */
export function containsBorrow(model: WitModel, t: WitType, seen = new Set<TypeId>()): boolean {
  switch (t.kind) {
    case 'borrow':
      return true;
    case 'primitive':
    case 'own':
      return false;
    case 'list':
      return containsBorrow(model, t.element, seen);
    case 'map':
      return containsBorrow(model, t.key, seen) || containsBorrow(model, t.value, seen);
    case 'option':
      return containsBorrow(model, t.inner, seen);
    case 'result':
      return (!!t.ok && containsBorrow(model, t.ok, seen)) || (!!t.err && containsBorrow(model, t.err, seen));
    case 'tuple':
      return t.elements.some((e) => containsBorrow(model, e, seen));
    case 'future':
    case 'stream':
      return !!t.inner && containsBorrow(model, t.inner, seen);
    case 'named': {
      if (seen.has(t.id)) return false;
      seen.add(t.id);
      const def = model.types[t.id];
      return !!def && typeDefTypes(def).some((x) => containsBorrow(model, x, seen));
    }
    default: {
      const _: never = t;
      return _;
    }
  }
}

/** The type expressions a definition holds by value (resource functions excluded). */
export function typeDefTypes(def: TypeDef): WitType[] {
  switch (def.kind) {
    case 'record':
      return def.fields.map((f) => f.type);
    case 'variant':
      return def.cases.flatMap((c) => (c.type ? [c.type] : []));
    case 'enum':
    case 'flags':
    case 'resource':
      return [];
    case 'alias':
      return [def.target];
    default: {
      const _: never = def;
      return _;
    }
  }
}

/** Named definitions a type refers to by value (handles excluded: resources never cycle). */
export function namedRefs(t: WitType, out: TypeId[] = []): TypeId[] {
  switch (t.kind) {
    case 'named':
      out.push(t.id);
      break;
    case 'list':
      namedRefs(t.element, out);
      break;
    case 'map':
      namedRefs(t.key, out);
      namedRefs(t.value, out);
      break;
    case 'option':
      namedRefs(t.inner, out);
      break;
    case 'result':
      if (t.ok) namedRefs(t.ok, out);
      if (t.err) namedRefs(t.err, out);
      break;
    case 'tuple':
      for (const e of t.elements) namedRefs(e, out);
      break;
    case 'future':
    case 'stream':
      if (t.inner) namedRefs(t.inner, out);
      break;
    case 'primitive':
    case 'own':
    case 'borrow':
      break;
    default: {
      const _: never = t;
      return _;
    }
  }
  return out;
}

/** Names a definition's body refers to, in source order (wit-parser's `collect_deps`). */
export function typeDefRefs(d: A.TypeDefNode, out: A.Ident[]): void {
  switch (d.kind) {
    case 'record':
      for (const f of d.fields) exprRefs(f.type, out);
      break;
    case 'variant':
      for (const c of d.cases) if (c.type) exprRefs(c.type, out);
      break;
    case 'alias':
      exprRefs(d.target, out);
      break;
    case 'enum':
    case 'flags':
    case 'resource':
      break;
    default: {
      const _: never = d;
      return _;
    }
  }
}

function exprRefs(t: A.TypeExpr, out: A.Ident[]): void {
  switch (t.kind) {
    case 'name':
      out.push(t.name);
      break;
    case 'own':
    case 'borrow':
      out.push(t.resource);
      break;
    case 'list':
      exprRefs(t.element, out);
      break;
    case 'map':
      exprRefs(t.key, out);
      exprRefs(t.value, out);
      break;
    case 'option':
      exprRefs(t.inner, out);
      break;
    case 'result':
      if (t.ok) exprRefs(t.ok, out);
      if (t.err) exprRefs(t.err, out);
      break;
    case 'tuple':
      for (const e of t.elements) exprRefs(e, out);
      break;
    case 'future':
    case 'stream':
      if (t.inner) exprRefs(t.inner, out);
      break;
    case 'primitive':
      break;
    default: {
      const _: never = t;
      return _;
    }
  }
}
