// WIT syntax tree: what the parser produces and the printer consumes. Every node carries a span.
// Generators may build these nodes in code (see builder.ts for helpers); spans are then optional.

import type { Span } from './model.js';

export type { Span };

export interface Ident {
  /** The name without any `%` escape. */
  name: string;
  span?: Span;
}

export type GateNode =
  | { kind: 'since'; version: string; span?: Span }
  | { kind: 'unstable'; feature: string; span?: Span }
  | { kind: 'deprecated'; version: string; span?: Span };

/** Documentation and attributes that precede an item. */
export interface Attrs {
  docs?: string;
  gates: GateNode[];
  /** `@external-id("...")`, kept verbatim (with quotes) for printing. */
  externalId?: string;
}

export interface PackageName {
  namespace: string;
  name: string;
  version?: string;
  span?: Span;
}

/** `iface` (in this package or a top-level `use` alias) or `ns:pkg/iface@ver`. */
export type UsePath =
  | { kind: 'local'; name: Ident; span?: Span }
  | { kind: 'package'; package: PackageName; interface: Ident; span?: Span };

export type TypeExpr =
  | { kind: 'primitive'; name: PrimitiveTypeName; span?: Span }
  | { kind: 'list'; element: TypeExpr; length?: number; span?: Span }
  | { kind: 'map'; key: TypeExpr; value: TypeExpr; span?: Span }
  | { kind: 'option'; inner: TypeExpr; span?: Span }
  | { kind: 'result'; ok?: TypeExpr; err?: TypeExpr; span?: Span }
  | { kind: 'tuple'; elements: TypeExpr[]; span?: Span }
  | { kind: 'future'; inner?: TypeExpr; span?: Span }
  | { kind: 'stream'; inner?: TypeExpr; span?: Span }
  | { kind: 'own'; resource: Ident; span?: Span }
  | { kind: 'borrow'; resource: Ident; span?: Span }
  | { kind: 'name'; name: Ident; span?: Span };

export type PrimitiveTypeName =
  | 'bool' | 's8' | 's16' | 's32' | 's64' | 'u8' | 'u16' | 'u32' | 'u64'
  | 'f32' | 'f64' | 'char' | 'string' | 'error-context';

export interface ParamNode {
  name: Ident;
  type: TypeExpr;
  span?: Span;
}

export interface FuncType {
  async: boolean;
  params: ParamNode[];
  result?: TypeExpr;
  span?: Span;
}

export interface FieldNode extends Attrs {
  name: Ident;
  type: TypeExpr;
  span?: Span;
}

export interface CaseNode extends Attrs {
  name: Ident;
  type?: TypeExpr;
  span?: Span;
}

export type ResourceMember =
  | (Attrs & { kind: 'method'; name: Ident; func: FuncType; span?: Span })
  | (Attrs & { kind: 'static'; name: Ident; func: FuncType; span?: Span })
  | (Attrs & { kind: 'constructor'; func: FuncType; span?: Span });

export type TypeDefNode = Attrs & { name: Ident; span?: Span } & (
    | { kind: 'record'; fields: FieldNode[] }
    | { kind: 'variant'; cases: CaseNode[] }
    | { kind: 'enum'; cases: CaseNode[] }
    | { kind: 'flags'; flags: CaseNode[] }
    /** `members` undefined means the `resource r;` form. */
    | { kind: 'resource'; members?: ResourceMember[] }
    | { kind: 'alias'; target: TypeExpr }
  );

export interface UseName {
  name: Ident;
  as?: Ident;
  span?: Span;
}

export interface UseNode extends Attrs {
  kind: 'use';
  path: UsePath;
  names: UseName[];
  span?: Span;
}

export interface FuncNode extends Attrs {
  kind: 'func';
  name: Ident;
  func: FuncType;
  span?: Span;
}

export type InterfaceItem = UseNode | TypeDefNode | FuncNode;

export interface InterfaceNode extends Attrs {
  kind: 'interface';
  name: Ident;
  items: InterfaceItem[];
  span?: Span;
}

/** What an `import`/`export` brings in. */
export type ExternTarget = (
  | { kind: 'path'; path: UsePath }
  | { kind: 'named-path'; name: Ident; path: UsePath }
  | { kind: 'func'; name: Ident; func: FuncType }
  | { kind: 'interface'; name: Ident; items: InterfaceItem[] }
) & { span?: Span };

export interface ExternNode extends Attrs {
  kind: 'import' | 'export';
  target: ExternTarget;
  span?: Span;
}

export interface IncludeName {
  from: Ident;
  to: Ident;
  span?: Span;
}

export interface IncludeNode extends Attrs {
  kind: 'include';
  path: UsePath;
  with: IncludeName[];
  span?: Span;
}

export type WorldItemNode = ExternNode | IncludeNode | UseNode | TypeDefNode;

export interface WorldNode extends Attrs {
  kind: 'world';
  name: Ident;
  items: WorldItemNode[];
  span?: Span;
}

export interface TopUseNode extends Attrs {
  kind: 'top-use';
  path: UsePath;
  as?: Ident;
  span?: Span;
}

/** `package ns:name@ver { ... }` inside a file. */
export interface NestedPackageNode extends Attrs {
  kind: 'package';
  name: PackageName;
  items: PackageItem[];
  span?: Span;
}

export type PackageItem = InterfaceNode | WorldNode | TopUseNode;

export interface WitFile {
  /** File name as given (used in spans and diagnostics). */
  file: string;
  /** Docs attached to the `package` declaration. */
  docs?: string;
  package?: PackageName;
  items: (PackageItem | NestedPackageNode)[];
}
