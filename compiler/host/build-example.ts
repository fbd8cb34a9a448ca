// Builds the example server components (examples/<name>/component.js) into WASI 0.2
// `mcp-backend` components with componentize-js, cached by the sha256 of every input (guest
// source, proposal WIT, componentize-js version and options) under .cache/examples/<hash>/, so only the
// first build pays componentize-js's ~16 s per component.
//
//   tsx compiler/host/build-example.ts [name...]    (no names: every example)

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withLock } from './lock.js';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const EXAMPLES_DIR = join(REPO, 'examples');
const WIT_DIR = join(REPO, 'wit/preview2');
const CACHE_ROOT = join(REPO, '.cache/examples');
const WORLD = 'mcp-backend';
type Feature = 'http' | 'fetch-event';
/** componentize-js options beyond the paths; part of the cache key. stdio, clocks and random stay: guests log and read Date.now(). */
const BUILD_OPTIONS = { worldName: WORLD, disableFeatures: ['http', 'fetch-event'] as Feature[] };

/** The examples: every directory of examples/ holding a component.js. */
export function exampleNames(): string[] {
  return readdirSync(EXAMPLES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(EXAMPLES_DIR, d.name, 'component.js')))
    .map((d) => d.name)
    .sort();
}

function packageVersion(pkg: string): string {
  // Read the installed package.json directly: componentize-js exports neither a main nor it.
  const json = JSON.parse(readFileSync(join(REPO, 'node_modules', pkg, 'package.json'), 'utf8')) as { version?: string };
  return json.version ?? '?';
}

/** The cache key of an example: everything that can change the component's bytes. */
export function inputHash(name: string): string {
  return sourceHash(join(EXAMPLES_DIR, name, 'component.js'), BUILD_OPTIONS);
}

function sourceHash(source: string, options: typeof BUILD_OPTIONS): string {
  const hash = createHash('sha256');
  const wit = readdirSync(WIT_DIR)
    .filter((f) => f.endsWith('.wit'))
    .sort();
  for (const part of [
    `componentize-js ${packageVersion('@bytecodealliance/componentize-js')}`,
    JSON.stringify(options),
    readFileSync(source, 'utf8'),
    ...wit.flatMap((f) => [f, readFileSync(join(WIT_DIR, f), 'utf8')]),
  ])
    hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 32);
}

export interface BuiltExample {
  name: string;
  wasm: string;
  /** false when served from the cache. */
  built: boolean;
  ms: number;
}

/** Earlier builds of the example (other input hashes) are stale once a new one exists: ~12 MB each. */
function pruneOtherBuilds(name: string, keep: string): void {
  const pattern = new RegExp(`^${name}-[0-9a-f]{32}$`);
  for (const d of readdirSync(CACHE_ROOT)) {
    const path = join(CACHE_ROOT, d);
    if (pattern.test(d) && path !== keep) rmSync(path, { recursive: true, force: true });
  }
}

/** Builds (or reuses) one example component. Safe to call from concurrent processes. */
export async function buildExample(name: string): Promise<BuiltExample> {
  return buildComponent(name, join(EXAMPLES_DIR, name, 'component.js'));
}

/**
 * Builds (or reuses) a component from any componentize-js source for the mcp-backend world, with
 * componentize-js features beyond the examples' (the host's tests build a component that
 * imports wasi:http this way, as one built with componentize-js's defaults does).
 */
export async function buildComponent(name: string, source: string, enable: Feature[] = []): Promise<BuiltExample> {
  const t0 = performance.now();
  const options = { ...BUILD_OPTIONS, disableFeatures: BUILD_OPTIONS.disableFeatures.filter((f) => !enable.includes(f)) };
  const dir = join(CACHE_ROOT, `${name}-${sourceHash(source, options)}`);
  const wasm = join(dir, `${name}.wasm`);
  const cached = (): BuiltExample => ({ name, wasm, built: false, ms: performance.now() - t0 });
  return withLock(`${dir}.lock`, () => existsSync(wasm), async () => {
    const { componentize } = await import('@bytecodealliance/componentize-js');
    const { component } = await componentize({ sourcePath: source, witPath: WIT_DIR, ...options });
    // Write privately, then rename: readers never see a partial directory.
    const tmp = `${dir}.tmp-${process.pid}`;
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    writeFileSync(join(tmp, `${name}.wasm`), component);
    renameSync(tmp, dir);
    pruneOtherBuilds(name, dir);
    return { name, wasm, built: true, ms: performance.now() - t0 };
  }, cached);
}

async function main(argv: string[]): Promise<void> {
  const names = argv.length > 0 ? argv : exampleNames();
  const results = await Promise.all(names.map((n) => buildExample(n)));
  for (const r of results)
    process.stdout.write(`${r.name}: ${r.wasm} (${r.built ? `built in ${(r.ms / 1000).toFixed(1)} s` : 'cached'})\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  });
}
