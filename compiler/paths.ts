// Where the package's own files are, whether it runs from source (tsx) or from dist/.
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
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

/** The proposal this package ships: `wit/` (WASI 0.3) or `wit/preview2/` (WASI 0.2). */
export function proposalWitDir(variant: 'p3' | 'p2' = 'p3'): string {
  return variant === 'p3' ? join(repoRoot(), 'wit') : join(repoRoot(), 'wit', 'preview2');
}

/**
 * The WIT a command reads when `--wit` is not given: `wit/` (or `wit/preview2/`) of the working
 * directory when it has one (a checkout of the proposal), else the package's own proposal, so the
 * installed CLI works from any directory.
 */
export function defaultWitDir(variant: 'p3' | 'p2' = 'p3', cwd: string = process.cwd()): string {
  const local = variant === 'p3' ? 'wit' : join('wit', 'preview2');
  return existsSync(join(cwd, local)) ? local : proposalWitDir(variant);
}

/**
 * The per-user cache directory of every cache the package writes (pinned schemas, transpiled and
 * built components): `$WASI_MCP_CACHE_DIR` when set, else the platform's user cache directory
 * (`$XDG_CACHE_HOME` or `~/.cache` on Linux, `~/Library/Caches` on macOS, `%LOCALAPPDATA%` on
 * Windows) + `wasi-mcp`. Never inside the installed package, which may be read-only or shared.
 */
export function cacheRoot(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  if (env.WASI_MCP_CACHE_DIR) return resolve(env.WASI_MCP_CACHE_DIR);
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'wasi-mcp', 'Cache');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'wasi-mcp');
  // XDG: a relative XDG_CACHE_HOME is invalid and must be ignored.
  const xdg = env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : join(home, '.cache');
  return join(xdg, 'wasi-mcp');
}
