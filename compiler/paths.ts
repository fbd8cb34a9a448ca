// Where the package's own files are, whether it runs from source (tsx) or from dist/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

/**
 * The proposal's WIT packages, newest first: `wit/` (the version under work) and every released
 * version kept under `released/<version>/wit`, each a WASI 0.3 package with its WASI 0.2 variant
 * in `preview2/`.
 */
export function proposalDirs(variant: 'p3' | 'p2', root: string = repoRoot()): string[] {
  const released = join(root, 'released');
  const versions = existsSync(released)
    ? readdirSync(released, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(join(released, d.name, 'wit')))
        .map((d) => d.name)
        .sort(compareVersions)
        .reverse()
    : [];
  const p3 = [join(root, 'wit'), ...versions.map((v) => join(released, v, 'wit'))];
  return variant === 'p3' ? p3 : p3.map((d) => join(d, 'preview2'));
}

/** The proposal package written for an MCP version (the `spec` its manifest states), if any. */
export function proposalFor(spec: string, variant: 'p3' | 'p2', root: string = repoRoot()): string | undefined {
  return proposalDirs(variant, root).find((d) => manifestSpec(d) === spec);
}

/**
 * The WIT package of an MCP version: the proposal written for it (current or released), else the
 * package `generate wit` made for it (`generated/<version>/wit`, `preview2/` for WASI 0.2).
 */
export function witPackageFor(spec: string, variant: 'p3' | 'p2', root: string = repoRoot()): string | undefined {
  const proposal = proposalFor(spec, variant, root);
  if (proposal) return proposal;
  const generated = join(root, 'generated', spec, 'wit', ...(variant === 'p2' ? ['preview2'] : []));
  return existsSync(join(generated, 'world.wit')) ? generated : undefined;
}

/** The `spec` a WIT package's manifest states (undefined when it has none, or no manifest). */
export function manifestSpec(witDir: string): string | undefined {
  const file = join(witDir, 'mcp-mapping.json');
  if (!existsSync(file)) return undefined;
  try {
    const spec = (JSON.parse(readFileSync(file, 'utf8')) as { spec?: unknown }).spec;
    return typeof spec === 'string' ? spec : undefined;
  } catch {
    return undefined; // a broken manifest is reported where it is read for the mapping
  }
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/).map((x) => (/^\d+$/.test(x) ? Number(x) : x));
  const pb = b.split(/[.-]/).map((x) => (/^\d+$/.test(x) ? Number(x) : x));
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? -1;
    const y = pb[i] ?? -1;
    if (x === y) continue;
    return typeof x === 'number' && typeof y === 'number' ? x - y : String(x) < String(y) ? -1 : 1;
  }
  return 0;
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
