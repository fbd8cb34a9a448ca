// jco as the reference for "is this WIT valid": embed (dummy module) + componentNew per world.
// jco runs in child processes: a Rust panic inside jco's wasm traps and leaves that instance
// unusable ("cannot enter component instance"), so a trapped worker is replaced, never reused.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, cpSync, statSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir, cpus } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createInterface } from 'node:readline';
import { parseWitPath } from './index.js';
import { escape } from './printer.js';

export interface JcoVerdict {
  ok: boolean;
  /** The reference's root-cause message (the last "Caused by" entry), when rejected. */
  message?: string;
  /** The full message chain, as jco reported it. */
  detail?: string;
  /** Worlds that were encoded. */
  worlds: string[];
}

type Request =
  | { op: 'check'; witPath: string; world?: string }
  | { op: 'types'; witPath: string; world?: string };

interface Response {
  ok: boolean;
  error?: string;
  causes?: string;
  files?: Record<string, string>;
  poisoned?: boolean;
}

// The worker: plain ESM run with `node --input-type=module`, so it needs no TypeScript loader.
const WORKER = String.raw`
import { createInterface } from 'node:readline';
const jco = await import(process.env.JCO_API_URL);
process.stdout.write('ready\n');
const msg = (e) => String(e && e.message !== undefined ? e.message : e);
const poisoned = (s) => /wasm trap|cannot enter component instance|unreachable/.test(s);
const rl = createInterface({ input: process.stdin });
for await (const line of rl) {
  const req = JSON.parse(line);
  let res;
  try {
    if (req.op === 'types') {
      const files = await jco.types(req.witPath, { worldName: req.world, name: 'out' });
      const out = {};
      for (const [k, v] of Object.entries(files)) out[k] = Buffer.from(v).toString('utf8');
      res = { ok: true, files: out };
    } else {
      try {
        const emb = await jco.componentEmbed({ witPath: req.witPath, dummy: true, world: req.world });
        await jco.componentNew(emb);
        res = { ok: true };
      } catch (e) {
        res = { ok: false, error: msg(e) };
        // componentEmbed only says "failed to parse package"; the types path gives the cause chain.
        if (!poisoned(res.error) && !/There are multiple worlds/.test(res.error)) {
          try { await jco.types(req.witPath, { worldName: req.world, name: 'out' }); } catch (e2) { res.causes = msg(e2); }
        }
      }
    }
  } catch (e) {
    res = { ok: false, error: msg(e) };
  }
  res.poisoned = poisoned((res.error ?? '') + (res.causes ?? ''));
  process.stdout.write(JSON.stringify(res) + '\n');
  if (res.poisoned) process.exit(0);
}
`;

class Worker {
  private readonly child: ChildProcess;
  private readonly waiting: ((r: Response) => void)[] = [];
  dead = false;
  /** Loading jco takes a while under load: request timeouts start once the worker is ready. */
  private isReady = false;
  private markReady: () => void = () => {};
  private readonly ready = new Promise<void>((resolve) => (this.markReady = resolve));

  constructor() {
    const api = createRequire(import.meta.url).resolve('@bytecodealliance/jco');
    this.child = spawn(process.execPath, ['--input-type=module', '-e', WORKER], {
      env: { ...process.env, JCO_API_URL: pathToFileURL(api).href, RUST_BACKTRACE: '0' },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    // An idle worker must not keep the caller alive (a forgotten closeJco would hang a CLI);
    // while a call is pending, its timeout timer keeps the event loop running.
    this.child.unref();
    (this.child.stdin as unknown as { unref?: () => void }).unref?.();
    (this.child.stdout as unknown as { unref?: () => void }).unref?.();
    const rl = createInterface({ input: this.child.stdout! });
    rl.on('line', (line) => {
      if (!this.isReady && line === 'ready') {
        this.isReady = true;
        this.markReady();
        return;
      }
      const next = this.waiting.shift();
      try {
        next?.(JSON.parse(line) as Response);
      } catch {
        next?.({ ok: false, error: `bad worker reply: ${line}`, poisoned: true });
      }
    });
    this.child.on('exit', () => {
      this.dead = true;
      this.markReady();
      for (const w of this.waiting.splice(0)) w({ ok: false, error: 'jco worker exited', poisoned: true });
    });
  }

  async call(req: Request, timeoutMs: number): Promise<Response> {
    // Keep the process alive while the worker starts (its pipes are unref'd).
    const keepAlive = setTimeout(() => {}, 600_000);
    await this.ready;
    clearTimeout(keepAlive);
    if (this.dead) return { ok: false, error: 'jco worker exited', poisoned: true };
    return new Promise((resolve) => {
      // Some inputs make jco spin for minutes before trapping (e.g. `list<u8, 0>`): give up, kill it.
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        this.child.kill('SIGKILL');
      }, timeoutMs);
      this.waiting.push((r) => {
        clearTimeout(timer);
        resolve(timedOut ? { ok: false, error: `jco did not finish within ${timeoutMs} ms`, poisoned: true } : r);
      });
      this.child.stdin!.write(JSON.stringify(req) + '\n');
    });
  }

  close(): void {
    this.child.stdin!.end();
  }
}

/**
 * jco in this process: no worker start-up, the fastest for a one-shot command that checks a few
 * worlds. A trap would poison the instance, so a poisoned answer switches back to workers.
 */
class InProcess {
  private jco: Promise<typeof import('@bytecodealliance/jco')> | undefined;

  async run(req: Request): Promise<Response> {
    const jco = await (this.jco ??= import('@bytecodealliance/jco'));
    const msg = (e: unknown) => String(e && (e as Error).message !== undefined ? (e as Error).message : e);
    const isPoisoned = (t: string) => /wasm trap|cannot enter component instance|unreachable/.test(t);
    let res: Response;
    try {
      if (req.op === 'types') {
        const files = await jco.types(req.witPath, { worldName: req.world, name: 'out' } as never);
        res = { ok: true, files: Object.fromEntries(Object.entries(files).map(([k, v]) => [k, Buffer.from(v as Uint8Array).toString('utf8')])) };
      } else {
        try {
          const emb = await jco.componentEmbed({ witPath: req.witPath, dummy: true, world: req.world } as never);
          await jco.componentNew(emb as never);
          res = { ok: true };
        } catch (e) {
          res = { ok: false, error: msg(e) };
          if (!isPoisoned(res.error!) && !/There are multiple worlds/.test(res.error!)) {
            try {
              await jco.types(req.witPath, { worldName: req.world, name: 'out' } as never);
            } catch (e2) {
              res.causes = msg(e2);
            }
          }
        }
      }
    } catch (e) {
      res = { ok: false, error: msg(e) };
    }
    res.poisoned = isPoisoned((res.error ?? '') + (res.causes ?? ''));
    if (res.poisoned) mode = 'workers';
    return res;
  }
}

let mode: 'workers' | 'in-process' = 'workers';
let inProcess: InProcess | undefined;

/**
 * Run jco in this process from now on (a CLI command that validates once). Tests and long runs
 * keep the default, workers, which survive a trap.
 */
export function useJcoInProcess(): void {
  mode = 'in-process';
}

/** A small pool: calls run concurrently up to the CPU count. */
class Pool {
  private idle: Worker[] = [];
  private busy = 0;
  private readonly queue: (() => void)[] = [];
  private readonly size = Math.max(1, Math.min(4, cpus().length));

  async run(req: Request, timeoutMs = 30_000): Promise<Response> {
    if (this.busy >= this.size) await new Promise<void>((r) => this.queue.push(r));
    this.busy++;
    let w = this.idle.pop();
    try {
      for (let attempt = 0; ; attempt++) {
        if (!w || w.dead) w = new Worker();
        const res = await w.call(req, timeoutMs);
        if (res.poisoned) w.dead = true; // it exits after answering; never hand it another request
        // A worker poisoned by an earlier request fails everything; retry once on a fresh one.
        if (res.poisoned && /cannot enter component instance|worker exited$/.test(res.error ?? '') && attempt === 0) {
          w.close();
          w = undefined;
          continue;
        }
        return res;
      }
    } finally {
      if (w && !w.dead) this.idle.push(w);
      this.busy--;
      this.queue.shift()?.();
    }
  }

  close(): void {
    for (const w of this.idle.splice(0)) w.close();
  }
}

let pool: Pool | undefined;
function thePool(): Pool {
  pool ??= new Pool();
  return pool;
}

/** Stop the jco worker processes (call when done, e.g. in a test's afterAll). */
export function closeJco(): void {
  pool?.close();
  pool = undefined;
}

/** Reduce a jco error to its root cause: the last entry of the "Caused by" chain. */
export function rootCause(text: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.trim() === 'Caused by:');
  let chain = at < 0 ? lines : lines.slice(at + 1);
  let last = -1;
  chain.forEach((l, i) => {
    if (/^\s*\d+:\s/.test(l)) last = i;
  });
  if (last >= 0) chain = chain.slice(last);
  return chain
    .map((l) => l.replace(/^\s*\d+:\s*/, '').trim())
    .filter((l) => l !== '')
    .join('\n')
    .replace(/ \(at offset 0x[0-9a-f]+\)/g, '');
}

async function checkOne(witPath: string, world: string | undefined): Promise<Response> {
  // jco's WASI filesystem only sees absolute paths; a relative one makes it trap.
  const req: Request = { op: 'check', witPath: resolve(witPath), world };
  return mode === 'in-process' ? (inProcess ??= new InProcess()).run(req) : thePool().run(req);
}

function verdictOf(res: Response, worlds: string[]): JcoVerdict {
  if (res.ok) return { ok: true, worlds };
  const detail = res.causes ?? res.error ?? 'unknown error';
  return { ok: false, message: rootCause(detail), detail, worlds };
}

/**
 * jco's verdict on a WIT file or directory. Without `world`, every world of the root package is
 * encoded; a package without worlds gets a synthesized world exporting each of its interfaces.
 */
export async function validateWithJco(path: string, world?: string): Promise<JcoVerdict> {
  if (world !== undefined) return verdictOf(await checkOne(path, world), [world]);
  // When our resolver names the root package's worlds, encode each directly: probing jco for the
  // list costs a failed embed plus its cause-chain lookup, most of a CLI run's time.
  const known = rootWorlds(path);
  if (known && known.length > 0) {
    // A one-shot command encodes one world that includes them all: it reaches every type each
    // world reaches. Only if that fails are the worlds encoded one by one, to name the one at
    // fault. (Workers, for tests and corpora, always encode each world: the exact verdict.)
    if (mode === 'in-process' && known.length > 1 && (await checkUnion(path, known)).ok) return { ok: true, worlds: known.map((w) => w.name) };
    const results = await Promise.all(known.map((w) => checkOne(path, w.spec)));
    const bad = results.findIndex((r) => !r.ok);
    const names = known.map((w) => w.name);
    return bad < 0 ? { ok: true, worlds: names } : verdictOf(results[bad]!, names);
  }
  const first = await checkOne(path, undefined);
  const err = first.error ?? '';
  const multiple = /There are multiple worlds in `[^`]*`; one must be explicitly chosen:\n([\s\S]*)$/.exec(err);
  if (!first.ok && multiple) {
    // These are the root package's worlds: pass the bare name (a specifier is parsed as WIT, so a
    // keyword needs its `%`, and a full `ns:pkg/w` would need the package part escaped too).
    const worlds = multiple[1]!
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '')
      .map((l) => escape(l.split('/').pop()!.split('@')[0]!));
    const results = await Promise.all(worlds.map((w) => checkOne(path, w)));
    const bad = results.findIndex((r) => !r.ok);
    return bad < 0 ? { ok: true, worlds } : verdictOf(results[bad]!, worlds);
  }
  if (!first.ok && /contains no worlds/.test(err)) return validateSynthesized(path);
  return verdictOf(first, [defaultWorldName(path)]);
}

/**
 * The root package's worlds, when our resolver accepts the package: `spec` is what jco gets (the
 * bare name, `%`-escaped: a specifier is parsed as WIT, and a full `ns:pkg/w` would need its
 * package part escaped too), `name` the full `ns:pkg/w@ver` for reports.
 */
/** Encode one synthesized world that includes every world of the root package (a directory). */
async function checkUnion(path: string, worlds: RootWorld[]): Promise<Response> {
  if (!statSync(path).isDirectory()) return { ok: false, error: 'not a directory package' };
  const { pkg, version, gated } = worlds[0]!;
  const dir = mkdtempSync(join(tmpdir(), 'wit-union-'));
  try {
    cpSync(path, dir, { recursive: true });
    const name = 'zz-validate-every-world';
    const includes = worlds.map((w) => `  include ${w.spec};`).join('\n');
    const gate = gated && version ? `@since(version = ${version})\n` : '';
    writeFileSync(join(dir, `${name}.wit`), `package ${pkg};\n\n${gate}world ${name} {\n${includes}\n}\n`);
    return await checkOne(dir, name);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface RootWorld {
  /** How jco is asked for it: the bare (escaped) name. */
  spec: string;
  /** `ns:pkg/world@ver`, for reports. */
  name: string;
  pkg: string;
  version?: string;
  gated: boolean;
}

function rootWorlds(path: string): RootWorld[] | undefined {
  const m = parseWitPath(path).model;
  const pkg = m?.packages[m.root];
  if (!m || !pkg) return undefined;
  const gated = pkg.worlds.some((id) => (m.worlds[id]?.gates.length ?? 0) > 0);
  return pkg.worlds.map((id) => {
    const w = m.worlds[id]!;
    return {
      spec: escape(w.name),
      name: `${pkg.namespace}:${pkg.name}/${w.name}${pkg.version ? `@${pkg.version}` : ''}`,
      pkg: pkg.id,
      ...(pkg.version ? { version: pkg.version } : {}),
      gated,
    };
  });
}

/** The single world jco picked, named by our resolver when it can (only used for reporting). */
function defaultWorldName(path: string): string {
  const m = parseWitPath(path).model;
  const w = m?.packages[m.root]?.worlds[0];
  return w ?? '(default)';
}

/** Interfaces of the root package, by our resolver, or by a scan when it rejects the package. */
function rootInterfaces(path: string, files: string[]): string[] {
  const r = parseWitPath(path);
  if (r.model) {
    const pkg = r.model.packages[r.model.root];
    if (pkg) return pkg.interfaces.map((id) => r.model!.interfaces[id]!.name);
  }
  const names: string[] = [];
  for (const f of files) {
    for (const m of readFileSync(f, 'utf8').matchAll(/^\s*interface\s+(%?[A-Za-z][\w-]*)\s*\{/gm)) names.push(m[1]!);
  }
  return names;
}

async function validateSynthesized(path: string): Promise<JcoVerdict> {
  const dir = mkdtempSync(join(tmpdir(), 'wit-validate-'));
  try {
    const isDir = statSync(path).isDirectory();
    const target = isDir ? dir : join(dir, 'pkg');
    if (isDir) cpSync(path, dir, { recursive: true });
    else {
      cpSync(path, join(dir, 'pkg', basename(path)), { recursive: true });
    }
    const files = isDir ? [] : [join(target, basename(path))];
    if (isDir) {
      const { readdirSync } = await import('node:fs');
      for (const f of readdirSync(dir)) if (f.endsWith('.wit')) files.push(join(dir, f));
    }
    const ifaces = rootInterfaces(path, files);
    const world = 'validate-all-interfaces';
    const body = ifaces.map((i) => `  export ${i};`).join('\n');
    writeFileSync(join(target, 'zz-validate-world.wit'), `world ${world} {\n${body}\n}\n`);
    const res = await checkOne(target, world);
    return verdictOf(res, [world]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `jco types` output (file name -> .d.ts text) for a WIT path and world. */
export async function jcoTypes(path: string, world?: string): Promise<{ files?: Record<string, string>; error?: string }> {
  const res = await thePool().run({ op: 'types', witPath: resolve(path), world });
  return res.ok ? { files: res.files ?? {} } : { error: res.error ?? 'unknown error' };
}
