// Shared helpers for the WIT tests: fixture discovery and jco's bundled WASI corpus laid out as
// package directories with deps/ (jco ships one combined package.wit per package).

import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TEST_DIR = 'test/wit';

export interface Entry {
  name: string;
  /** Relative to the repo root (golden files and diagnostics mention it). */
  path: string;
}

/** `*.wit` files and package directories directly under a fixture folder. */
export function fixtures(kind: 'ok' | 'fail'): Entry[] {
  const dir = join(TEST_DIR, kind);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.wit') || statSync(join(dir, f)).isDirectory())
    .sort()
    .map((f) => ({ name: f.replace(/\.wit$/, ''), path: join(dir, f) }));
}

/** Fixtures whose first line is `// oracle: skip (...)` are not sent to jco. */
export function oracleSkipped(path: string): boolean {
  if (statSync(path).isDirectory()) return false;
  return /^\/\/ oracle: skip/.test(readFileSync(path, 'utf8'));
}

export { builtinCorpus } from '../../compiler/wit/corpus.js';

/** Every .wit file under a path (a file, or a directory searched recursively, deps included). */
export function witFilesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((f) => {
      const p = join(path, f);
      return statSync(p).isDirectory() ? witFilesUnder(p) : f.endsWith('.wit') ? [p] : [];
    });
}

/** Copy a file or package directory to a temp dir and rewrite every .wit file with `format`. */
export function printedCopy(path: string, format: (text: string, file: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'wit-printed-'));
  const isDir = statSync(path).isDirectory();
  const target = isDir ? dir : join(dir, path.split('/').pop()!);
  cpSync(path, target, { recursive: true });
  for (const f of witFilesUnder(target)) writeFileSync(f, format(readFileSync(f, 'utf8'), f));
  return target;
}
