// Builds the example server components (<examples>/<name>/component.js) into WASI 0.2
// `mcp-backend` components with componentize-js, cached by the sha256 of every input (guest
// source, proposal WIT, componentize-js version and options) under .cache/examples/<hash>/, so only the
// first build pays componentize-js's ~16 s per component.
//
// Each proposal package has its examples beside its WIT: `examples/` for `wit/`, and
// `released/<version>/examples/` for a released version. The examples `serve` hosts are those of
// the package for its MCP version (2026-07-28: `examples/`, built into `.cache/examples/`); when
// that is not the current proposal's, the current proposal's are built too, into
// `.cache/examples/<package version>/`.
//
//   tsx compiler/host/build-example.ts [name...]    (no names: every example of every set)

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { proposalFor } from '../paths.js';
import { withLock } from './lock.js';
import { PROTOCOL_VERSION } from './state.js';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CACHE_ROOT = join(REPO, '.cache/examples');

/** The examples of one proposal package: where their sources are, the WIT they target, where they are cached. */
export interface ExampleSet {
  examplesDir: string;
  witDir: string;
  cacheRoot: string;
}

/** The examples of a WASI 0.2 proposal package (`<root>/wit/preview2` -> `<root>/examples`). */
function exampleSet(witDir: string, cacheRoot: string): ExampleSet {
  return { examplesDir: join(witDir, '..', '..', 'examples'), witDir, cacheRoot };
}

/** The examples `serve` hosts: those of the proposal package for its MCP version. */
export const SERVED: ExampleSet = exampleSet(proposalFor(PROTOCOL_VERSION, 'p2') ?? join(REPO, 'wit/preview2'), CACHE_ROOT);
/** The current proposal's examples (`examples/`), cached apart while `serve` hosts another package. */
export const CURRENT: ExampleSet =
  SERVED.witDir === join(REPO, 'wit', 'preview2') ? SERVED : exampleSet(join(REPO, 'wit', 'preview2'), join(CACHE_ROOT, packageDirName(join(REPO, 'wit', 'preview2'))));
export const EXAMPLES_DIR = SERVED.examplesDir;

/** `wasi-mcp-0.2.0-preview2` for the package in `witDir` (its `package` line). */
function packageDirName(witDir: string): string {
  for (const f of readdirSync(witDir).filter((x) => x.endsWith('.wit')).sort()) {
    const m = /^package\s+([a-z0-9-]+):([a-z0-9-]+)@([^;\s]+);/m.exec(readFileSync(join(witDir, f), 'utf8'));
    if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  }
  return 'current';
}
const WORLD = 'mcp-backend';
type Feature = 'http' | 'fetch-event';
/** componentize-js options beyond the paths; part of the cache key. stdio, clocks and random stay: guests log and read Date.now(). */
const BUILD_OPTIONS = { worldName: WORLD, disableFeatures: ['http', 'fetch-event'] as Feature[] };

/** The examples of a set: every directory holding a component.js. */
export function exampleNames(set: ExampleSet = SERVED): string[] {
  if (!existsSync(set.examplesDir)) return [];
  return readdirSync(set.examplesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(set.examplesDir, d.name, 'component.js')))
    .map((d) => d.name)
    .sort();
}

function packageVersion(pkg: string): string {
  // Read the installed package.json directly: componentize-js exports neither a main nor it.
  const json = JSON.parse(readFileSync(join(REPO, 'node_modules', pkg, 'package.json'), 'utf8')) as { version?: string };
  return json.version ?? '?';
}

/** The cache key of an example: everything that can change the component's bytes. */
export function inputHash(name: string, set: ExampleSet = SERVED): string {
  return sourceHash(join(set.examplesDir, name, 'component.js'), BUILD_OPTIONS, set.witDir);
}

function sourceHash(source: string, options: typeof BUILD_OPTIONS, witDir: string): string {
  const hash = createHash('sha256');
  const wit = readdirSync(witDir)
    .filter((f) => f.endsWith('.wit'))
    .sort();
  for (const part of [
    `componentize-js ${packageVersion('@bytecodealliance/componentize-js')}`,
    JSON.stringify(options),
    readFileSync(source, 'utf8'),
    ...wit.flatMap((f) => [f, readFileSync(join(witDir, f), 'utf8')]),
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
function pruneOtherBuilds(name: string, keep: string, cacheRoot: string): void {
  const pattern = new RegExp(`^${name}-[0-9a-f]{32}$`);
  for (const d of readdirSync(cacheRoot)) {
    const path = join(cacheRoot, d);
    if (pattern.test(d) && path !== keep) rmSync(path, { recursive: true, force: true });
  }
}

/** Builds (or reuses) one example component. Safe to call from concurrent processes. */
export async function buildExample(name: string, set: ExampleSet = SERVED): Promise<BuiltExample> {
  return buildComponent(name, join(set.examplesDir, name, 'component.js'), [], set);
}

/**
 * Builds (or reuses) a component from any componentize-js source for the mcp-backend world of a
 * proposal package (the served one by default), with componentize-js features beyond the
 * examples' (the host's tests build a component that imports wasi:http this way, as one built
 * with componentize-js's defaults does).
 */
export async function buildComponent(name: string, source: string, enable: Feature[] = [], set: ExampleSet = SERVED): Promise<BuiltExample> {
  const t0 = performance.now();
  const options = { ...BUILD_OPTIONS, disableFeatures: BUILD_OPTIONS.disableFeatures.filter((f) => !enable.includes(f)) };
  const dir = join(set.cacheRoot, `${name}-${sourceHash(source, options, set.witDir)}`);
  mkdirSync(set.cacheRoot, { recursive: true });
  const wasm = join(dir, `${name}.wasm`);
  const cached = (): BuiltExample => ({ name, wasm, built: false, ms: performance.now() - t0 });
  return withLock(`${dir}.lock`, () => existsSync(wasm), async () => {
    const { componentize } = await import('@bytecodealliance/componentize-js');
    const { component } = await componentize({ sourcePath: source, witPath: set.witDir, ...options });
    // Write privately, then rename: readers never see a partial directory.
    const tmp = `${dir}.tmp-${process.pid}`;
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    writeFileSync(join(tmp, `${name}.wasm`), component);
    renameSync(tmp, dir);
    pruneOtherBuilds(name, dir, set.cacheRoot);
    return { name, wasm, built: true, ms: performance.now() - t0 };
  }, cached);
}

async function main(argv: string[]): Promise<void> {
  const sets = CURRENT === SERVED ? [SERVED] : [SERVED, CURRENT];
  const jobs = sets.flatMap((set) => exampleNames(set).filter((n) => argv.length === 0 || argv.includes(n)).map((n) => [n, set] as const));
  const results = await Promise.all(jobs.map(([n, set]) => buildExample(n, set)));
  for (const r of results)
    process.stdout.write(`${r.name}: ${r.wasm} (${r.built ? `built in ${(r.ms / 1000).toFixed(1)} s` : 'cached'})\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  });
}
