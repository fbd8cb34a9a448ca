// What world resolution (world.ts) needs of the package resolver (resolve.ts): the per-package
// context and the resolver's services, as types. Both modules import this one, so neither imports
// the other's module back (resolve.ts calls into world.ts; world.ts calls back through `WorldHost`).
import type * as A from './ast.js';
import type { PackageSource } from './loader.js';
import type { Func, Interface, InterfaceId, PackageId, TypeDef, TypeId, UseSource, WitModel, WorldId } from './model.js';
import type { Scope, TypeResolver } from './types.js';

/**
 * wit-parser resolves names in every item, gated or not, then drops disabled `@unstable` items and
 * runs its remaining checks on what is left. We mirror that with two passes: 'names' (every item
 * active, only the syntax-tree-level checks) and 'final' (the enabled features, every check; an
 * unknown name of the package itself there must be a disabled one).
 */
export type ResolveMode = 'names' | 'final';

/** Per-file naming context: top-level `use` aliases. */
export type FileAliases = Map<string, A.UsePath>;

/** The id a path names: an interface's or a world's. */
export type ItemId<Want extends 'interface' | 'world'> = Want extends 'interface' ? InterfaceId : WorldId;

export interface PackageCtx {
  id: PackageId;
  source: PackageSource;
  /** Interface and world declarations by name, with the file they come from. */
  items: Map<string, { node: A.InterfaceNode | A.WorldNode; file: string }>;
  aliases: Map<string, FileAliases>;
}

/** The package resolver's services that resolving a world calls back into. */
export interface WorldHost {
  readonly model: WitModel;
  readonly mode: ResolveMode;
  isActive(attrs: A.Attrs): boolean;
  newScope(): Scope;
  checkBorrow(f: Func, name: A.Ident, resource?: string): void;
  lookupPath<Want extends 'interface' | 'world'>(ctx: PackageCtx, file: string, path: A.UsePath, want: Want, fromUse?: boolean): ItemId<Want>;
  resolveInterface(ctx: PackageCtx, file: string, node: { name: A.Ident; items: A.InterfaceItem[]; docs?: string; gates: A.GateNode[]; span?: A.Span }, id: InterfaceId, owner: TypeDef['owner']): Interface;
  resolveUse(ctx: PackageCtx, file: string, u: A.UseNode, scope: Scope, types: Record<string, TypeId>, uses: Record<string, UseSource>): void;
  defineTypes(tr: TypeResolver, defs: [A.TypeDefNode, TypeId][], owner: TypeDef['owner'], scope: Scope): void;
  fillResource(tr: TypeResolver, d: A.TypeDefNode & { kind: 'resource' }, id: TypeId): void;
}
