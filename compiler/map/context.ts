// What the mapping stage shares while it runs: the two models, the manifest, the comparison
// engine (with its memoized pairs), and where paths are relative to.
import { relative, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import type { McpModel, TypeName } from '../schema/model.js';
import type { Span, TypeDef, WitModel } from '../wit/model.js';
import { Comparer } from './compare.js';
import { type Manifest, restFields } from './manifest.js';
import { cmp, splitRef } from './worlds.js';

export interface MapOptions {
  manifest?: Manifest;
  /** Paths in the mapping are made relative to this directory (default: the working directory). */
  baseDir?: string;
}

export interface MapContext {
  readonly mcp: McpModel;
  readonly wit: WitModel;
  readonly manifest: Manifest | undefined;
  readonly baseDir: string;
  readonly comparer: Comparer;
  /** Types realized by a function signature rather than a WIT type (spread params, `result<_, E>`), with the first such function. */
  readonly realizedBy: Map<TypeName, string>;
  /** The root package's type definitions by local name, in id order. */
  readonly typesByName: Map<string, TypeDef[]>;
  readonly diagnostics: Diagnostic[];
  locate(span: Span): string;
}

/** Repo-relative, forward-slash path; a path outside the base is kept as given. */
export function relPath(file: string, baseDir: string): string {
  const rel = relative(baseDir, file);
  if (rel === '' || rel.startsWith('..') || rel.includes(':')) return file.split(sep).join('/');
  return rel.split(sep).join('/');
}

export function newContext(mcp: McpModel, wit: WitModel, opts: MapOptions): MapContext {
  const baseDir = opts.baseDir ?? process.cwd();
  const locate = (span: Span): string => `${relPath(span.file, baseDir)}:${span.line}:${span.column}`;
  const typesByName = new Map<string, TypeDef[]>();
  for (const def of Object.values(wit.types).sort((a, b) => cmp(a.id, b.id))) {
    if (def.owner.package !== wit.root) continue;
    const list = typesByName.get(def.name) ?? [];
    list.push(def);
    typesByName.set(def.name, list);
  }
  return {
    mcp,
    wit,
    manifest: opts.manifest,
    baseDir,
    comparer: new Comparer({ mcp, wit, rest: restFields(opts.manifest) }, locate),
    realizedBy: new Map(),
    typesByName,
    diagnostics: [],
    locate,
  };
}

/** A WIT type of the root package by `name` or `interface.name`. */
export function findType(ctx: MapContext, ref: string): TypeDef | undefined {
  const { interface: iface, name } = splitRef(ref);
  const defs = ctx.typesByName.get(name.replace(/^%/, '')) ?? [];
  return iface ? defs.find((d) => d.owner.interface === iface || d.owner.world === iface) : defs[0];
}
