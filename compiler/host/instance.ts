// The main thread's handle on the component: spawns the worker, instantiates, runs handler
// calls one at a time (a WASI 0.2 instance is not re-entrant), answers the worker's imports,
// and instantiates again after a trap.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MessageChannel, Worker } from 'node:worker_threads';
import { messageOf, witError } from './errors.js';
import { componentLines } from './output.js';
import type { CapabilityPolicy } from './policy.js';
import { FairQueue, QueueFull, type QueueLimits } from './queue.js';
import type { FromWorker, HandlerName, ImportReply, RuntimeImport, ToWorker, WitError, WorkerInit } from './worker-protocol.js';

const START_FLOOR_MS = 10_000;

export type CallOutcome =
  | { kind: 'ok'; value: unknown }
  | { kind: 'err'; error: WitError }
  | { kind: 'trap'; message: string }
  /** Not run: the caller withdrew the call (a cancelled request) before its turn. */
  | { kind: 'skipped' }
  /** Not queued: a queue bound was reached. */
  | { kind: 'busy'; message: string };

/** Answers one import; `ctx` is the context of the handler call that made it (if any). */
export type ImportHandler<C> = (name: RuntimeImport, args: unknown[], ctx: C | undefined) => Promise<ImportReply>;

export interface InstanceOptions<C> {
  /** The transpiled entry module's source and core modules, verified (transpile.ts). */
  source: string;
  cores: Record<string, Uint8Array>;
  policy: CapabilityPolicy;
  onImport: ImportHandler<C>;
  /** The queue lane of a call: its session's, so that sessions take turns. */
  laneOf: (ctx: C | undefined) => string;
  queue: QueueLimits;
  /** A line the component wrote (stdout or stderr), already tagged and escaped. */
  output: (line: string) => void;
  /** Called after every (re-)instantiation, before any queued call runs: the host calls `start` here. */
  onInstantiated: (instance: ComponentInstance<C>) => Promise<void>;
  log: (line: string) => void;
  /**
   * How long a handler may run without returning or calling an import (0: forever). Time spent
   * waiting for an import's answer (e.g. the client's sampling reply) does not count. A handler
   * over the limit is hung: the worker is terminated and a new one instantiated.
   */
  handlerTimeoutMs?: number;
}

/**
 * The worker runs as built JavaScript, or as TypeScript when the host itself runs under tsx
 * (tests, `tsx compiler/cli.ts`). Node 20 ignores `--import tsx` in a worker's execArgv, so a
 * TypeScript worker starts from a bootstrap that registers tsx's loader in the worker first.
 */
function workerSpec(): { code: string; eval: boolean } {
  const here = fileURLToPath(import.meta.url);
  const ts = join(dirname(here), 'worker.ts');
  if (here.endsWith('.ts') && existsSync(ts)) {
    // require.resolve finds the CommonJS build; the loader must be registered from the ESM one.
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
    const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(pathToFileURL(ts).href)}); })`;
    return { code, eval: true };
  }
  return { code: join(dirname(here), 'worker.js'), eval: false };
}

export class ComponentInstance<C> {
  private worker: Worker | undefined;
  /**
   * The current worker's reply port. Each worker gets its own port and wake-up flag, so that a
   * late reply meant for a terminated worker cannot wake its successor.
   */
  private replyPort: MessageChannel['port1'] | undefined;
  private nextId = 1;
  private pending = new Map<number, (m: FromWorker) => void>();
  private readonly queue: FairQueue;
  private current: C | undefined;
  private closed = false;
  private hangTimer: NodeJS.Timeout | undefined;
  /** The hang limit of the call running. */
  private limitMs = 0;
  /** Set while a handler call runs: what the hang timer does when it fires. */
  private onHang: (() => void) | undefined;
  /** Handler calls made since the host started, by handler (for tests and diagnostics). */
  readonly calls = new Map<HandlerName, number>();
  instantiations = 0;

  constructor(private readonly opts: InstanceOptions<C>) {
    this.queue = new FairQueue(opts.queue);
  }

  /** Calls waiting for their turn. */
  get waiting(): number {
    return this.queue.waiting;
  }

  /** Spawns the worker and instantiates; resolves after `onInstantiated` (i.e. `start`). */
  async open(): Promise<void> {
    this.spawn();
    await this.instantiate();
  }

  private spawn(): void {
    const channel = new MessageChannel();
    const flag = new Int32Array(new SharedArrayBuffer(4));
    this.replyPort?.close();
    this.replyPort = channel.port1;
    const spec = workerSpec();
    const init: WorkerInit & { replyPort: unknown } = {
      source: this.opts.source,
      cores: this.opts.cores,
      flag: flag.buffer as SharedArrayBuffer,
      policy: this.opts.policy,
      replyPort: channel.port2,
    };
    const worker = new Worker(spec.code, {
      eval: spec.eval,
      workerData: init,
      transferList: [channel.port2],
      // The worker's own console output must never reach stdout (the stdio transport's wire).
      stdout: true,
      stderr: true,
    });
    // Tagged line by line, control characters escaped: it cannot pass for the host's own lines.
    componentLines(worker.stdout, this.opts.output);
    componentLines(worker.stderr, this.opts.output);
    worker.on('message', (m: FromWorker) => this.onMessage(m, channel.port1, flag));
    worker.on('error', (e) => this.opts.log(`component worker error: ${e.message}`));
    worker.on('exit', (code) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      // Fail whatever was waiting: the worker is gone (crash or out of memory).
      for (const [id, resolve] of this.pending) resolve({ kind: 'trap', id, message: `component worker exited (${code})` });
      this.pending.clear();
    });
    this.worker = worker;
  }

  private onMessage(m: FromWorker, replyPort: MessageChannel['port1'], flag: Int32Array): void {
    if (m.kind === 'import') {
      this.disarm(); // waiting for the host is not the component's time
      void this.answer(m.name, m.args, replyPort, flag);
      return;
    }
    const resolve = this.pending.get(m.id);
    this.pending.delete(m.id);
    resolve?.(m);
  }

  private async answer(name: RuntimeImport, args: unknown[], replyPort: MessageChannel['port1'], flag: Int32Array): Promise<void> {
    let reply: ImportReply;
    try {
      reply = await this.opts.onImport(name, args, this.current);
    } catch (e) {
      reply = { error: witError('internal-error', messageOf(e)) };
    }
    replyPort.postMessage(reply);
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
    if (replyPort === this.replyPort) this.arm();
  }

  private arm(): void {
    this.disarm();
    const ms = this.limitMs;
    if (ms > 0 && this.onHang) this.hangTimer = setTimeout(this.onHang, ms);
  }

  private disarm(): void {
    if (this.hangTimer) clearTimeout(this.hangTimer);
    this.hangTimer = undefined;
  }

  private send(m: ToWorker): Promise<FromWorker> {
    return new Promise((resolve) => {
      if (!this.worker) {
        resolve({ kind: 'trap', id: m.id, message: 'component worker is not running' });
        return;
      }
      this.pending.set(m.id, resolve);
      this.worker.postMessage(m);
    });
  }

  private async instantiate(): Promise<void> {
    if (!this.worker) this.spawn();
    const r = await this.send({ kind: 'instantiate', id: this.nextId++ });
    if (r.kind === 'instantiated' && r.error) throw new Error(`cannot instantiate the component: ${r.error}`);
    if (r.kind !== 'instantiated') throw new Error(`cannot instantiate the component: ${'message' in r ? r.message : r.kind}`);
    this.instantiations++;
    await this.opts.onInstantiated(this);
  }

  /**
   * Queues a handler call in its session's lane. `ctx` is what the imports made during the call
   * see; a call whose `signal` aborts before its turn (a cancelled request, a client gone) leaves
   * the queue and never reaches the component.
   */
  call(fn: HandlerName, args: unknown[], ctx?: C, signal?: AbortSignal): Promise<CallOutcome> {
    const run = async (): Promise<CallOutcome> => {
      if (this.closed) return { kind: 'trap', message: 'the host is shutting down' };
      if (signal?.aborted) return { kind: 'skipped' };
      return this.callNow(fn, args, ctx);
    };
    try {
      return this.queue.push(this.opts.laneOf(ctx), run, signal, (): CallOutcome => ({ kind: 'skipped' }));
    } catch (e) {
      if (e instanceof QueueFull) return Promise.resolve({ kind: 'busy', message: e.message });
      throw e;
    }
  }

  /** Runs a call at once: only for `start` inside `onInstantiated`, which already holds the queue. */
  async callNow(fn: HandlerName, args: unknown[], ctx?: C): Promise<CallOutcome> {
    this.calls.set(fn, (this.calls.get(fn) ?? 0) + 1);
    this.current = ctx;
    // `start` is the first entry into fresh code (V8 compiles it lazily then): it gets at least
    // START_FLOOR_MS, so that a short handler timeout cannot fail start-up on a busy machine.
    const ms = this.opts.handlerTimeoutMs ?? 0;
    this.limitMs = fn === 'start' && ms > 0 ? Math.max(ms, START_FLOOR_MS) : ms;
    const id = this.nextId++;
    let r: FromWorker;
    try {
      // A hung handler cannot be interrupted inside the worker: terminating the worker is the
      // only way out, and its exit fails this call as a trap.
      this.onHang = () => {
        this.opts.log(`handler ${fn} exceeded ${this.limitMs} ms; terminating the component`);
        const w = this.worker;
        this.worker = undefined;
        this.pending.get(id)?.({ kind: 'trap', id, message: `the handler did not return within ${this.limitMs} ms` });
        this.pending.delete(id);
        void w?.terminate();
      };
      this.arm();
      r = await this.send({ kind: 'call', id, fn, args });
    } finally {
      this.onHang = undefined;
      this.disarm();
      this.current = undefined;
    }
    switch (r.kind) {
      case 'return':
        return { kind: 'ok', value: r.value };
      case 'err':
        return { kind: 'err', error: r.error };
      case 'trap': {
        this.opts.log(`component trapped in ${fn}: ${r.message}; instantiating it again`);
        if (!this.closed) await this.reinstantiate();
        return { kind: 'trap', message: r.message };
      }
      default:
        return { kind: 'trap', message: `unexpected reply ${r.kind}` };
    }
  }

  /** After a trap: a fresh instance (state lost), started again; a dead worker is replaced. */
  private async reinstantiate(): Promise<void> {
    try {
      await this.instantiate();
    } catch (e) {
      this.opts.log(`re-instantiation failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const w = this.worker;
    this.worker = undefined;
    this.replyPort?.close();
    await w?.terminate();
  }
}
