// Loads WIT sources from disk (or memory) and groups parsed files into packages, following
// wit-parser's layout rules: a directory's top-level *.wit files form one package, `deps/` holds
// dependencies as directories (recursively with their own deps/) or single .wit files, and any
// file may define extra packages with nested `package x:y { ... }` blocks.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type * as A from './ast.js';
import { packageId, type PackageId } from './model.js';
import { parseFile } from './parser.js';
import { Abort } from './errors.js';

/** One file's contribution to a package. */
export interface PackageFile {
  file: string;
  items: A.PackageItem[];
}

export interface PackageSource {
  name: A.PackageName;
  docs?: string;
  files: PackageFile[];
  /** True for the package the user pointed at. */
  root: boolean;
  /** Whether any of its files mentions `@unstable` (decides if a names-only pass is needed). */
  hasUnstable: boolean;
}

export interface SourceText {
  file: string;
  text: string;
}

/** The sources of one "unit": a directory package or a single file (plus nested packages). */
export function packagesFromFiles(sources: SourceText[], root: boolean, where: string): PackageSource[] {
  const parsed: A.WitFile[] = [];
  const hasUnstable = sources.some((s) => s.text.includes('unstable'));
  for (const s of sources) {
    const r = parseFile(s.text, s.file);
    if (!r.file) throw new Abort(r.diagnostics);
    parsed.push(r.file);
  }
  let main: PackageSource | undefined;
  const nested: PackageSource[] = [];
  for (const f of parsed) {
    if (f.package) {
      if (!main) main = { name: f.package, docs: f.docs, files: [], root, hasUnstable };
      else if (pkgKey(main.name) !== pkgKey(f.package)) {
        Abort.at(
          'wit-package',
          `package identifier \`${pkgKey(f.package)}\` does not match previous package name of \`${pkgKey(main.name)}\``,
          f.package.span,
        );
      } else if (f.docs !== undefined) {
        // wit-parser keeps one package doc comment: a second is an error, not a merge.
        if (main.docs !== undefined) Abort.at('wit-package', "found doc comments on multiple 'package' items", f.package.span);
        main.docs = f.docs;
      }
    }
  }
  for (const f of parsed) {
    const own = f.items.filter((i): i is A.PackageItem => i.kind !== 'package');
    for (const item of f.items) {
      if (item.kind === 'package') nested.push({ name: item.name, docs: item.docs, files: [{ file: f.file, items: item.items }], root: false, hasUnstable });
    }
    if (own.length > 0 && !main) {
      const first = own[0]!;
      Abort.at('wit-package', 'no `package` header was found in any WIT file for this package', first.span);
    }
    if (main) main.files.push({ file: f.file, items: own });
  }
  if (!main) {
    if (nested.length === 0) {
      const file = sources[0]?.file ?? where;
      Abort.at('wit-package', `no \`package\` header was found in any WIT file for this package`, { file, line: 1, column: 1, offset: 0, length: 1 });
    }
    // A file made only of nested packages: the last one is the root, as in wit-parser.
    const last = nested[nested.length - 1]!;
    last.root = root;
    return nested;
  }
  return [...nested, main];
}

export function pkgKey(p: A.PackageName): PackageId {
  return packageId(p.namespace, p.name, p.version);
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    return Abort.plain('wit-io', `failed to read ${path}: ${(e as Error).message}`, path);
  }
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch (e) {
    return Abort.plain('wit-io', `failed to read ${path}: ${(e as Error).message}`, path);
  }
}

function listDir(path: string): string[] {
  try {
    return readdirSync(path).sort();
  } catch (e) {
    return Abort.plain('wit-io', `failed to read directory ${path}: ${(e as Error).message}`, path);
  }
}

/**
 * A unit (a directory package or a file) failed to load. wit-parser parses and name-resolves each
 * unit before it reads the next, so the units loaded before it may hold the first error.
 */
export class LoadAbort extends Abort {
  constructor(
    abort: Abort,
    readonly loaded: PackageSource[],
  ) {
    super(abort.diagnostics);
  }
}

/** Load a file or directory package with all of its dependencies, the root's own files first. */
export function loadPath(path: string): PackageSource[] {
  if (!isDir(path)) return packagesFromFiles([{ file: path, text: readText(path) }], true, path);
  const out: PackageSource[] = [];
  loadDir(path, true, out);
  return out;
}

function loadDir(dir: string, root: boolean, out: PackageSource[]): void {
  const unit = (load: () => PackageSource[]) => {
    try {
      out.push(...load());
    } catch (e) {
      if (e instanceof Abort && !(e instanceof LoadAbort)) throw new LoadAbort(e, [...out]);
      throw e;
    }
  };
  const entries = listDir(dir);
  const files = entries.filter((e) => e.endsWith('.wit') && !isDir(join(dir, e)));
  // Observed through jco: a directory's own files are read (and their names resolved) before
  // its dependencies, which follow in directory order.
  unit(() => {
    const sources = files.map((f) => ({ file: join(dir, f), text: readText(join(dir, f)) }));
    if (sources.length === 0) Abort.plain('wit-package', `no .wit files found in directory ${dir}`, dir);
    return packagesFromFiles(sources, root, dir);
  });
  if (entries.includes('deps') && isDir(join(dir, 'deps'))) {
    for (const dep of listDir(join(dir, 'deps'))) {
      const p = join(dir, 'deps', dep);
      if (isDir(p)) loadDir(p, false, out);
      else if (dep.endsWith('.wit')) unit(() => packagesFromFiles([{ file: p, text: readText(p) }], false, p));
    }
  }
}
