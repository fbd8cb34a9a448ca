// Transpiles a component with jco once per distinct wasm: the output goes to
// <cacheDir>/<sha256 of the wasm and the jco version>/ (default <user cache>/transpiled), written
// privately and renamed into place so that concurrent hosts never see a half-written directory;
// a lock makes them transpile once.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { cacheRoot } from '../paths.js';
import { withLock } from './lock.js';

/** The per-user cache (XDG_CACHE_HOME or the platform's; WASI_MCP_CACHE_DIR overrides it). */
export function defaultCacheDir(): string {
  return join(cacheRoot(), 'transpiled');
}
const NAME = 'component';

export interface Transpiled {
  /** The entry module: `instantiate(getCoreModule, imports)` (jco `instantiation: 'async'`). */
  entry: string;
  dir: string;
  sha256: string;
  /** false when served from the cache. */
  transpiled: boolean;
}

/** jco's version, from the package.json above its resolved entry (jco does not export package.json). */
function jcoVersion(): string {
  let dir = dirname(createRequire(import.meta.url).resolve('@bytecodealliance/jco'));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === '@bytecodealliance/jco') return pkg.version ?? '?';
    }
    const up = dirname(dir);
    if (up === dir) return '?';
    dir = up;
  }
}

/** The cache key: the component's bytes and the bindgen that reads them. */
export function cacheKey(wasm: Uint8Array): string {
  return createHash('sha256').update(`jco ${jcoVersion()}\0`).update(wasm).digest('hex');
}

export async function transpileCached(wasmPath: string, cacheDir = defaultCacheDir()): Promise<Transpiled> {
  const wasm = readFileSync(wasmPath);
  const sha256 = cacheKey(wasm);
  const dir = join(cacheDir, sha256.slice(0, 32));
  const entry = join(dir, `${NAME}.js`);
  const ready = (): boolean => existsSync(join(dir, 'complete'));
  const cached = (): Transpiled => ({ entry, dir, sha256, transpiled: false });
  return withLock(`${dir}.lock`, ready, () => transpileInto(wasm, dir, cacheDir, entry, sha256), cached);
}

async function transpileInto(wasm: Buffer, dir: string, cacheDir: string, entry: string, sha256: string): Promise<Transpiled> {
  const { transpile } = await import('@bytecodealliance/jco');
  // `instantiation: 'async'` lets the host pass every import (wasi:* and wasi:mcp/runtime) as
  // an object and instantiate again after a trap, which plain ESM output cannot.
  const out = await transpile(wasm, { name: NAME, instantiation: 'async', noTypescript: true, quiet: true });
  const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
  rmSync(tmp, { recursive: true, force: true });
  for (const [name, bytes] of Object.entries(out.files as Record<string, Uint8Array>)) {
    mkdirSync(dirname(join(tmp, name)), { recursive: true });
    writeFileSync(join(tmp, name), bytes);
  }
  // A package.json makes the entry an ES module wherever the cache lives.
  writeFileSync(join(tmp, 'package.json'), '{"type":"module"}\n');
  writeFileSync(join(tmp, 'complete'), sha256);
  mkdirSync(cacheDir, { recursive: true });
  renameSync(tmp, dir);
  return { entry, dir, sha256, transpiled: true };
}
