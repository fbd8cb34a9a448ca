// The resolved WIT model: the output of the WIT front end, read by the mapping stage and the
// generators. Every named type reference is resolved to the TypeDef it names (by id), so later
// stages never look at WIT text or the syntax tree.

export interface Span {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units of the line. */
  column: number;
  /** Byte-independent: character offset into the file text. */
  offset: number;
  length: number;
}

export type Gate =
  | { kind: 'since'; version: string }
  | { kind: 'unstable'; feature: string }
  | { kind: 'deprecated'; version: string };

export type PrimitiveName =
  | 'bool'
  | 's8'
  | 's16'
  | 's32'
  | 's64'
  | 'u8'
  | 'u16'
  | 'u32'
  | 'u64'
  | 'f32'
  | 'f64'
  | 'char'
  | 'string'
  | 'error-context';

/** A type expression, after resolution. */
export type WitType =
  | { kind: 'primitive'; name: PrimitiveName }
  | { kind: 'list'; element: WitType; length?: number }
  /** `map<K, V>` (keys: bool, integers, char or string). */
  | { kind: 'map'; key: WitType; value: WitType }
  | { kind: 'option'; inner: WitType }
  | { kind: 'result'; ok?: WitType; err?: WitType }
  | { kind: 'tuple'; elements: WitType[] }
  | { kind: 'future'; inner?: WitType }
  | { kind: 'stream'; inner?: WitType }
  | { kind: 'own'; resource: TypeId }
  | { kind: 'borrow'; resource: TypeId }
  /** A reference to a named type definition (record, variant, alias, resource, ...). */
  | { kind: 'named'; id: TypeId };

// Ids are strings with a brand: made and taken apart only by the helpers below, so that no other
// module depends on how an id is spelled. The model's records stay keyed by plain strings.
declare const brand: unique symbol;
type Id<Kind extends string> = string & { readonly [brand]: Kind };

/** `namespace:name@version` (version omitted when none). */
export type PackageId = Id<'package'>;
/** `<package id>/<interface name>`; an interface declared inline in a world: `<world id>/<import|export>/<name>`. */
export type InterfaceId = Id<'interface'>;
/** `<package id>/<world name>`. */
export type WorldId = Id<'world'>;
/** `<interface id>#<type name>`, or `<world id>#<type name>` for a world-level type. Unique. */
export type TypeId = Id<'type'>;

export function packageId(namespace: string, name: string, version?: string): PackageId {
  return `${namespace}:${name}${version ? `@${version}` : ''}` as PackageId;
}

/** The root of a model resolved without a root package (a names pass over dependencies alone). */
export const NO_PACKAGE = '' as PackageId;

export function interfaceId(pkg: PackageId, name: string): InterfaceId {
  return `${pkg}/${name}` as InterfaceId;
}

export function inlineInterfaceId(world: WorldId, direction: 'import' | 'export', name: string): InterfaceId {
  return `${world}/${direction}/${name}` as InterfaceId;
}

export function worldId(pkg: PackageId, name: string): WorldId {
  return `${pkg}/${name}` as WorldId;
}

export function typeId(owner: InterfaceId | WorldId, name: string): TypeId {
  return `${owner}#${name}` as TypeId;
}

/** The interface or world a type is defined in. */
export function typeOwner(id: TypeId): InterfaceId | WorldId {
  return id.slice(0, id.lastIndexOf('#')) as InterfaceId | WorldId;
}

/** A type's name where it is defined. */
export function typeLocalName(id: TypeId): string {
  return id.slice(id.lastIndexOf('#') + 1);
}

/** The package of an interface or a world. */
export function packageOf(id: InterfaceId | WorldId): PackageId {
  return id.slice(0, id.lastIndexOf('/')) as PackageId;
}

export interface Field {
  name: string;
  type: WitType;
  docs?: string;
  span: Span;
}

export interface Case {
  name: string;
  type?: WitType;
  docs?: string;
  span: Span;
}

export interface Param {
  name: string;
  type: WitType;
  span: Span;
}

export interface Func {
  name: string;
  kind: 'freestanding' | 'method' | 'static' | 'constructor';
  async: boolean;
  params: Param[];
  result?: WitType;
  docs?: string;
  gates: Gate[];
  span: Span;
}

export type TypeDefKind =
  | { kind: 'record'; fields: Field[] }
  | { kind: 'variant'; cases: Case[] }
  | { kind: 'enum'; cases: Case[] }
  | { kind: 'flags'; flags: Case[] }
  | { kind: 'resource'; functions: Func[] }
  | { kind: 'alias'; target: WitType };

export type TypeDef = TypeDefKind & {
  id: TypeId;
  name: string;
  /** Where it is defined: an interface or a world of a package. */
  owner: { package: PackageId; interface?: string; world?: string };
  docs?: string;
  gates: Gate[];
  span: Span;
};

export interface Interface {
  /** `ns:pkg@ver/name`, or undefined name for an inline (anonymous) interface in a world. */
  id: InterfaceId;
  name: string;
  package: PackageId;
  docs?: string;
  gates: Gate[];
  /** Types defined or `use`d here, by local name. `use` entries point to the original TypeDef id. */
  types: Record<string, TypeId>;
  /**
   * For `use`d entries of `types`: the interface named in the `use` and the name there. (A `use`
   * may go through an interface that itself `use`d the type; this keeps that path.)
   */
  uses?: Record<string, UseSource>;
  functions: Func[];
  span: Span;
}

export type WorldItem =
  | { kind: 'interface'; name: string; interface: InterfaceId; span: Span }
  | { kind: 'function'; name: string; func: Func; span: Span }
  | { kind: 'type'; name: string; type: TypeId; span: Span; from?: UseSource };

/** Where a `use`d type was taken from: an interface id and the type's name in it. */
export interface UseSource {
  interface: InterfaceId;
  name: string;
}

export interface World {
  id: WorldId;
  name: string;
  package: PackageId;
  docs?: string;
  gates: Gate[];
  /** After `include` is applied. */
  imports: WorldItem[];
  exports: WorldItem[];
  /**
   * Interfaces the world imports without naming them, because something it imports or exports
   * `use`s their types (wit-parser's world elaboration), dependencies first. Absent when none.
   */
  implicitImports?: WorldItem[];
  span: Span;
}

export interface Package {
  id: PackageId;
  namespace: string;
  name: string;
  version?: string;
  docs?: string;
  interfaces: InterfaceId[];
  worlds: WorldId[];
}

export interface WitModel {
  /** The root package (the directory's own), then dependencies, in a deterministic order. */
  root: PackageId;
  packages: Record<string, Package>;
  interfaces: Record<string, Interface>;
  worlds: Record<string, World>;
  types: Record<string, TypeDef>;
}
