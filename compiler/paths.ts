// Where the package's own files are, whether it runs from source (tsx) or from dist/.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

export function repoRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'wasi-mcp-compiler') {
      return (cached = dir);
    }
    const up = dirname(dir);
    if (up === dir) throw new Error('wasi-mcp-compiler: cannot find the package root');
    dir = up;
  }
}

/** A path as reports show it: relative to the working directory, with forward slashes. */
export function displayPath(path: string, from: string = process.cwd()): string {
  const rel = relative(from, path);
  // Far outside the working directory an absolute path reads better than a run of `..`.
  const ups = rel.split(sep).filter((s) => s === '..').length;
  const shown = rel === '' ? '.' : ups > 1 ? path : rel;
  return shown.split(sep).join('/');
}
