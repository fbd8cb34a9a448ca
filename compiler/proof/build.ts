// Builds the harness components with componentize-js and transpiles them with jco, cached by
// the sha256 of every input (proposal WIT, generated harness WIT and guest source, tool
// versions, the build options) under <user cache>/components/<hash>/, so only the first run pays
// the ~35 s build, whether the CLI (dist/) or the tests (tsx) asked first. componentize-js is
// imported only when a build is needed.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadComponentizeJs } from '../optional.js';
import { cacheRoot, proposalFor, repoRoot, witPackageFor } from '../paths.js';
import { generateHarnessWit, HARNESS_WORLDS, loadProposal, type HarnessWit, type HarnessWorld } from './harness-wit.js';
import { guestSource } from './guest.js';

export const REPO = repoRoot();
/**
 * The WASI 0.2 package the harness is built from by default: the proposal for MCP 2025-06-18
 * (the released 0.1.0-preview2), whose codecs hosts import and the recorded traffic exercises.
 */
export const PROPOSAL_DIR = proposalFor('2025-06-18', 'p2') ?? join(REPO, 'wit/preview2');

/** The WASI 0.2 package of an MCP version for the harness (the proposal's, or the generated one). */
export function harnessPackageFor(version: string): string | undefined {
  return witPackageFor(version, 'p2');
}
export const CACHE_ROOT = join(cacheRoot(), 'components');

/**
 * Everything about the build that is not an input file: the options passed to componentize-js
 * and jco, and a layout number bumped when the cache's files change. Part of the cache key in
 * place of this module's source, which differs between the tsx and the dist run.
 */
const COMPONENTIZE = { disableFeatures: ['random', 'clocks', 'http', 'fetch-event'] as ('random' | 'clocks' | 'http' | 'fetch-event')[] };
const TRANSPILE = { instantiation: 'async' as const, noTypescript: false, quiet: true };
const RECIPE = JSON.stringify({ layout: 1, componentize: COMPONENTIZE, transpile: TRANSPILE });

export interface BuiltWorld {
  world: HarnessWorld;
  /** The transpiled component's entry module (an `instantiate(getCoreModule, imports)`). */
  entry: string;
  /** Directory holding the transpiled files (core wasm modules beside the entry). */
  dir: string;
  wasmBytes: number;
}

export interface Build {
  harness: HarnessWit;
  dir: string;
  worlds: Record<string, BuiltWorld>;
  /** Whether this call built (false: served from the cache). */
  built: boolean;
  ms: number;
}

function toolVersion(pkg: string): string {
  // Read from node_modules directly (not every package exports its package.json), looking up
  // the directories as Node does, for an installed package whose dependencies were hoisted.
  for (let dir = REPO; ; dir = dirname(dir)) {
    const file = join(dir, 'node_modules', pkg, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
    if (dirname(dir) === dir) return 'not installed';
  }
}

function proposalFiles(dir: string): { name: string; text: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.wit'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

export interface BuildOptions {
  /** The WASI 0.2 package to build from (default `PROPOSAL_DIR`). */
  proposalDir?: string;
  /** Called when the cache misses, before building (or waiting for a concurrent build), with the cache directory. */
  onBuild?: (dir: string) => void;
}

/** The build's inputs and the cache directory their hash names. */
function harnessInputs(proposalDir: string = PROPOSAL_DIR): { harness: HarnessWit; files: { name: string; text: string }[]; guests: { w: HarnessWorld; source: string }[]; dir: string } {
  const harness = generateHarnessWit(loadProposal(proposalDir));
  const files = proposalFiles(proposalDir);
  const guests = HARNESS_WORLDS.map((w) => ({ w, source: guestSource(harness, w) }));
  const hash = createHash('sha256');
  for (const part of [
    `componentize-js ${toolVersion('@bytecodealliance/componentize-js')}`,
    `jco ${toolVersion('@bytecodealliance/jco')}`,
    RECIPE,
    harness.text,
    ...files.flatMap((f) => [f.name, f.text]),
    ...guests.map((g) => g.source),
  ]) hash.update(part).update('\0');
  return { harness, files, guests, dir: join(CACHE_ROOT, hash.digest('hex').slice(0, 32)) };
}

/** Where the harness build lives in the cache: the same from source (tsx) and from dist/. */
export function harnessCacheDir(proposalDir: string = PROPOSAL_DIR): string {
  return harnessInputs(proposalDir).dir;
}

/** Build (or reuse) both harness components. Safe to call from concurrent processes. */
export async function buildHarness(opts: BuildOptions = {}): Promise<Build> {
  const t0 = performance.now();
  const { harness, files, guests, dir } = harnessInputs(opts.proposalDir);
  const worlds = (): Record<string, BuiltWorld> =>
    Object.fromEntries(
      HARNESS_WORLDS.map((w) => [
        w.name,
        { world: w, dir: join(dir, w.name), entry: join(dir, w.name, `${w.name}.js`), wasmBytes: readFileSync(join(dir, `${w.name}.wasm`)).byteLength },
      ]),
    );
  if (existsSync(join(dir, 'complete'))) return { harness, dir, worlds: worlds(), built: false, ms: performance.now() - t0 };

  // One builder at a time: vitest runs test files in parallel workers, and two cold builds
  // would double a CPU-bound minute. The others wait for the winner's `complete` marker.
  const lock = `${dir}.lock`;
  opts.onBuild?.(dir);
  mkdirSync(CACHE_ROOT, { recursive: true });
  if (!tryLock(lock)) {
    await waitFor(() => existsSync(join(dir, 'complete')) || tryLock(lock));
    if (existsSync(join(dir, 'complete'))) return { harness, dir, worlds: worlds(), built: false, ms: performance.now() - t0 };
  }
  try {
    await buildInto(dir, harness, files, guests);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  prune(dir);
  return { harness, dir, worlds: worlds(), built: true, ms: performance.now() - t0 };
}

/** Keeps the cache small (each build is ~90 MB): drops finished builds but the newest few. */
function prune(keep: string): void {
  const KEEP = 3;
  const builds = readdirSync(CACHE_ROOT)
    .map((name) => join(CACHE_ROOT, name))
    .filter((d) => d !== keep && existsSync(join(d, 'complete')))
    .sort((a, b) => statSync(join(b, 'complete')).mtimeMs - statSync(join(a, 'complete')).mtimeMs);
  for (const d of builds.slice(KEEP - 1)) rmSync(d, { recursive: true, force: true });
}

/** A lock directory; one left behind by a crashed run is taken over after ten minutes. */
function tryLock(lock: string): boolean {
  try {
    mkdirSync(lock);
    return true;
  } catch {
    try {
      if (Date.now() - statSync(lock).mtimeMs > 600_000) {
        rmSync(lock, { recursive: true, force: true });
        mkdirSync(lock);
        return true;
      }
    } catch {
      // Lost a race for the stale lock: keep waiting.
    }
    return false;
  }
}

async function waitFor(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((r) => setTimeout(r, 250));
}

async function buildInto(
  dir: string,
  harness: HarnessWit,
  files: { name: string; text: string }[],
  guests: { w: HarnessWorld; source: string }[],
): Promise<void> {
  // Build in a private directory, then rename, so a half-written build is never seen as done.
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(join(tmp, 'wit/deps/mcp'), { recursive: true });
  writeFileSync(join(tmp, 'wit/harness.wit'), harness.text);
  for (const f of files) writeFileSync(join(tmp, 'wit/deps/mcp', f.name), f.text);
  const { componentize } = await loadComponentizeJs('building the canonical-ABI harness (--through-component)');
  const { transpile } = await import('@bytecodealliance/jco');
  await Promise.all(
    guests.map(async ({ w, source }) => {
      const sourcePath = join(tmp, `${w.name}.guest.js`);
      writeFileSync(sourcePath, source);
      // No stdio/random/clocks/http: the guest only forwards, and fewer WASI imports keep
      // the host side small.
      const { component } = await componentize({
        sourcePath,
        witPath: join(tmp, 'wit'),
        worldName: w.name,
        ...COMPONENTIZE,
      });
      writeFileSync(join(tmp, `${w.name}.wasm`), component);
      const out = await transpile(component, { name: w.name, ...TRANSPILE });
      mkdirSync(join(tmp, w.name), { recursive: true });
      for (const [name, bytes] of Object.entries(out.files)) {
        mkdirSync(dirname(join(tmp, w.name, name)), { recursive: true });
        writeFileSync(join(tmp, w.name, name), bytes);
      }
    }),
  );
  writeFileSync(join(tmp, 'complete'), '');
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
}
