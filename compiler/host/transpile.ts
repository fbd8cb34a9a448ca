// Transpiles a component with jco once per distinct wasm: the output goes to
// <cacheDir>/<sha256 of the wasm and the jco version>/, written privately and renamed into
// place so that concurrent hosts never see a half-written directory; a lock makes them
// transpile once.
//
// The cache holds code the host will run with its own rights, so it is verified before every
// use: `manifest.json` lists each file's sha256 and carries an HMAC under a per-user key that
// lives outside any cache directory (`<user cache>/wasi-mcp/cache.key`, 0600). The host reads
// the files once, checks them against the manifest, and hands the checked bytes to the worker
// (it never imports from the cache directory). An entry that fails the check is transpiled again.

import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { cacheRoot } from '../paths.js';
import { withLock } from './lock.js';

/** The per-user cache base (the package's `cacheRoot`: WASI_MCP_CACHE_DIR, XDG_CACHE_HOME or the platform's). */
export function userCacheBase(): string {
  return cacheRoot();
}

/** Where transpiled components are kept unless `--cache-dir` says otherwise. */
export function defaultCacheDir(): string {
  return join(userCacheBase(), 'transpiled');
}

/** The key the manifests are signed with: per user, never inside a cache directory a project could ship. */
export function defaultKeyFile(): string {
  return join(userCacheBase(), 'cache.key');
}

const NAME = 'component';
const MANIFEST = 'manifest.json';

export interface Transpiled {
  /** The entry module's source (jco `instantiation: 'async'`: it imports nothing). */
  source: string;
  /** The core modules the entry asks for, by file name. */
  cores: Record<string, Uint8Array>;
  /** The WASI interfaces the component imports (versionless, as jco lists them). */
  imports: string[];
  dir: string;
  sha256: string;
  /** false when served from the cache. */
  transpiled: boolean;
}

interface Manifest {
  key: string;
  imports: string[];
  files: Record<string, string>;
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

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

/**
 * The signing key, created on first use (0600 in a 0700 directory). A key file another user
 * could read or write is refused: whoever can write it can make the host run their code.
 */
export function signingKey(file = defaultKeyFile()): Buffer {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  if (!existsSync(file)) {
    try {
      writeFileSync(file, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e; // another host created it meanwhile
    }
  }
  if (process.platform !== 'win32') {
    const st = statSync(file);
    if (process.getuid && st.uid !== process.getuid()) throw new Error(`${file} belongs to another user: the transpile cache cannot be trusted`);
    if (st.mode & 0o077) throw new Error(`${file} is readable or writable by others (mode ${(st.mode & 0o777).toString(8)}): chmod 600 it`);
  }
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  if (key.length < 32) throw new Error(`${file} is not a signing key: remove it and a new one is made`);
  return key;
}

const sign = (key: Buffer, text: string): string => createHmac('sha256', key).update(text).digest('hex');

/** Reads a cache entry and checks every byte against its signed manifest; a string says what is off. */
export function readVerified(dir: string, expectedKey: string, key: Buffer): { manifest: Manifest; files: Map<string, Buffer> } | string {
  let text: string;
  let signature: string;
  try {
    text = readFileSync(join(dir, MANIFEST), 'utf8');
    signature = readFileSync(join(dir, `${MANIFEST}.hmac`), 'utf8').trim();
  } catch {
    return 'no signed manifest';
  }
  const expected = Buffer.from(sign(key, text), 'hex');
  const given = Buffer.from(signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'the manifest signature does not match';
  const manifest = JSON.parse(text) as Manifest; // signed by this user: well-formed
  if (manifest.key !== expectedKey) return 'the manifest is for another component';
  const files = new Map<string, Buffer>();
  for (const [name, hash] of Object.entries(manifest.files)) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(dir, name));
    } catch {
      return `${name} is missing`;
    }
    if (sha256(bytes) !== hash) return `${name} does not match its hash`;
    files.set(name, bytes);
  }
  return { manifest, files };
}

export interface TranspileOptions {
  cacheDir?: string;
  keyFile?: string;
  log?: (line: string) => void;
}

export async function transpileCached(wasmPath: string, options: TranspileOptions = {}): Promise<Transpiled> {
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  const log = options.log ?? (() => undefined);
  const wasm = readFileSync(wasmPath);
  const key = cacheKey(wasm);
  const secret = signingKey(options.keyFile);
  const dir = join(cacheDir, key.slice(0, 32));
  let verified: ReturnType<typeof readVerified> | undefined;
  let reported = false;
  const ready = (): boolean => {
    if (!existsSync(dir)) return false;
    verified = readVerified(dir, key, secret);
    if (typeof verified !== 'string') return true;
    // Never run it: transpile again (under the lock), replacing the entry.
    if (!reported) log(`the cached transpilation ${dir} failed verification (${verified}); transpiling again`);
    reported = true;
    return false;
  };
  const fromVerified = (transpiled: boolean): Transpiled => {
    const v = verified as Exclude<ReturnType<typeof readVerified>, string>;
    const cores = Object.fromEntries([...v.files].filter(([n]) => n.endsWith('.wasm')).map(([n, b]) => [n, new Uint8Array(b)]));
    return { source: v.files.get(`${NAME}.js`)!.toString('utf8'), cores, imports: v.manifest.imports, dir, sha256: key, transpiled };
  };
  return withLock(
    `${dir}.lock`,
    ready,
    async () => {
      await transpileInto(wasm, dir, cacheDir, key, secret);
      verified = readVerified(dir, key, secret);
      if (typeof verified === 'string') throw new Error(`the transpiled component in ${dir} does not verify: ${verified}`);
      return fromVerified(true);
    },
    () => fromVerified(false),
    log,
  );
}

async function transpileInto(wasm: Buffer, dir: string, cacheDir: string, key: string, secret: Buffer): Promise<void> {
  const { transpile } = await import('@bytecodealliance/jco');
  // `instantiation: 'async'` lets the host pass every import (wasi:* and wasi:mcp/runtime) as
  // an object and instantiate again after a trap, which plain ESM output cannot.
  const out = await transpile(wasm, { name: NAME, instantiation: 'async', noTypescript: true, quiet: true });
  const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true, mode: 0o700 });
  const files: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(out.files as Record<string, Uint8Array>)) {
    if (name !== `${NAME}.js` && !name.endsWith('.wasm')) continue; // type declarations: not needed
    writeFileSync(join(tmp, name), bytes);
    files[name] = sha256(bytes);
  }
  const manifest: Manifest = { key, imports: (out.imports as string[]).slice().sort(), files };
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  writeFileSync(join(tmp, MANIFEST), text);
  writeFileSync(join(tmp, `${MANIFEST}.hmac`), sign(secret, text));
  mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
  // A failed verification left the old entry: set it aside first (rename cannot replace a directory).
  if (existsSync(dir)) {
    const aside = `${dir}.bad-${process.pid}-${Date.now()}`;
    renameSync(dir, aside);
    rmSync(aside, { recursive: true, force: true });
  }
  renameSync(tmp, dir);
}
