// N component instances behind the call API of one (`--instances N`). MCP 2026-07-28 is
// stateless: a request needs no particular instance, so calls are spread over the instances,
// each to the least busy one. One fair queue in front of them all keeps the bounds of a single
// instance (per lane and in total) and the lanes' round-robin; it runs N calls at once. Each
// instance traps and is re-instantiated on its own (the others keep serving). What the host
// keeps across requests (subscriptions, sealed request states, registrations) lives on the main
// thread, not in an instance; the watch handlers go to every instance, so that each one's view
// of what is watched is the same.

import { availableParallelism } from 'node:os';
import type { CallOutcome } from './instance.js';
import { FairQueue, QueueFull, type QueueLimits } from './queue.js';
import type { HandlerName } from './worker-protocol.js';

/** What the pool needs of an instance: ComponentInstance's public API. */
export interface PoolMember<C> {
  call(fn: HandlerName, args: unknown[], ctx?: C, signal?: AbortSignal): Promise<CallOutcome>;
  open(): Promise<void>;
  close(): Promise<void>;
  readonly calls: Map<HandlerName, number>;
  readonly instantiations: number;
}

/** Handlers every instance hears: each instance keeps its own view of the watched resources. */
const BROADCAST: ReadonlySet<HandlerName> = new Set<HandlerName>(['watchResource', 'unwatchResource']);

/** The largest `--instances` (each instance is a worker thread with its own heap). */
export const MAX_INSTANCES = 256;

/** `--instances` unless set: one instance per core. */
export function defaultInstances(): number {
  return Math.max(1, Math.min(MAX_INSTANCES, availableParallelism()));
}

export interface PoolStats {
  instances: number;
  /** Handler calls, summed over the instances. */
  calls: Record<string, number>;
  /** (Re-)instantiations, summed. */
  instantiations: number;
  /** Calls waiting for an instance. */
  waiting: number;
  /** Calls running or queued on each instance. */
  busy: number[];
}

export class InstancePool<C> {
  private readonly queue: FairQueue;
  private readonly busy: number[];
  /** Where the search for the least busy instance starts: ties go round the pool. */
  private next = 0;

  /**
   * `members`: the instances (at least one), not yet opened. `laneOf` and `limits` are those of
   * a single instance's queue: the pool's queue replaces the instances' own, which then hold
   * at most a broadcast call besides the one the pool gave them.
   */
  constructor(
    private readonly members: readonly PoolMember<C>[],
    private readonly laneOf: (ctx: C | undefined) => string,
    limits: QueueLimits,
  ) {
    if (members.length < 1) throw new RangeError('a pool needs at least one instance');
    this.queue = new FairQueue(limits, members.length);
    this.busy = members.map(() => 0);
  }

  get size(): number {
    return this.members.length;
  }

  /** Calls waiting for an instance. */
  get waiting(): number {
    return this.queue.waiting;
  }

  /** Handler calls made, summed over the instances. */
  get calls(): Map<HandlerName, number> {
    const sum = new Map<HandlerName, number>();
    for (const m of this.members) for (const [fn, n] of m.calls) sum.set(fn, (sum.get(fn) ?? 0) + n);
    return sum;
  }

  /** (Re-)instantiations, summed over the instances. */
  get instantiations(): number {
    return this.members.reduce((n, m) => n + m.instantiations, 0);
  }

  stats(): PoolStats {
    return { instances: this.size, calls: Object.fromEntries(this.calls), instantiations: this.instantiations, waiting: this.waiting, busy: [...this.busy] };
  }

  /** Opens every instance (each instantiates and runs `start`); if one fails, all are closed. */
  async open(): Promise<void> {
    const opened = await Promise.allSettled(this.members.map((m) => m.open()));
    const failed = opened.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) {
      await this.close();
      throw failed.reason;
    }
  }

  /**
   * Runs a handler on the least busy instance when its lane's turn comes; the watch handlers
   * run on every instance. Same outcomes as ComponentInstance.call: `busy` when a bound is
   * reached, `skipped` when `signal` aborts before the call's turn.
   */
  call(fn: HandlerName, args: unknown[], ctx?: C, signal?: AbortSignal): Promise<CallOutcome> {
    if (BROADCAST.has(fn)) return this.broadcast(fn, args, ctx, signal);
    try {
      return this.queue.push(this.laneOf(ctx), () => this.dispatch(fn, args, ctx, signal), signal, (): CallOutcome => ({ kind: 'skipped' }));
    } catch (e) {
      if (e instanceof QueueFull) return Promise.resolve({ kind: 'busy', message: e.message });
      throw e;
    }
  }

  private async dispatch(fn: HandlerName, args: unknown[], ctx: C | undefined, signal: AbortSignal | undefined): Promise<CallOutcome> {
    const i = this.leastBusy();
    return this.on(i, () => this.members[i]!.call(fn, args, ctx, signal));
  }

  /** Every instance; the first outcome that is not `ok` (in instance order) is the answer. */
  private async broadcast(fn: HandlerName, args: unknown[], ctx: C | undefined, signal: AbortSignal | undefined): Promise<CallOutcome> {
    const outcomes = await Promise.all(this.members.map((m, i) => this.on(i, () => m.call(fn, args, ctx, signal))));
    return outcomes.find((o) => o.kind !== 'ok') ?? outcomes[0]!;
  }

  private async on(i: number, run: () => Promise<CallOutcome>): Promise<CallOutcome> {
    this.busy[i]!++;
    try {
      return await run();
    } finally {
      this.busy[i]!--;
    }
  }

  private leastBusy(): number {
    let best = this.next;
    for (let k = 1; k < this.members.length; k++) {
      const i = (this.next + k) % this.members.length;
      if (this.busy[i]! < this.busy[best]!) best = i;
    }
    this.next = (best + 1) % this.members.length;
    return best;
  }

  async close(): Promise<void> {
    await Promise.all(this.members.map((m) => m.close()));
  }
}
