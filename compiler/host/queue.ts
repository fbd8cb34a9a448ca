// The queue in front of the component: one call runs at a time per instance (a WASI 0.2
// instance is not re-entrant; a pool of N instances runs N), and waiting calls are taken
// round-robin by lane (a client), so that a client with many requests in flight delays
// another's by at most one call of its own per turn.
// Bounded per lane and in total: a call over either bound is refused at once, not queued.

export interface QueueLimits {
  /** Calls waiting (not running) per lane. */
  perLane: number;
  /** Calls waiting in all lanes together. */
  total: number;
}

export class QueueFull extends Error {}

interface Waiting {
  run: () => void;
  cancel: () => void;
}

export class FairQueue {
  /** Lanes with waiting calls; Map order is the round-robin order (a served lane moves to the end). */
  private readonly lanes = new Map<string, Waiting[]>();
  private running = 0;
  private waitingCount = 0;

  /** `concurrency`: how many calls run at once (the instances behind the queue). */
  constructor(
    private readonly limits: QueueLimits,
    private readonly concurrency = 1,
  ) {}

  get waiting(): number {
    return this.waitingCount;
  }

  /**
   * Runs `task` when its turn comes. Throws QueueFull at once when a bound is reached; a call
   * whose `signal` aborts while it waits leaves the queue and resolves to `onCancel()`.
   */
  push<T>(lane: string, task: () => Promise<T>, signal?: AbortSignal, onCancel?: () => T): Promise<T> {
    const queue = this.lanes.get(lane) ?? [];
    if (queue.length >= this.limits.perLane) throw new QueueFull(`${queue.length} calls of this client are already waiting (limit ${this.limits.perLane})`);
    if (this.waitingCount >= this.limits.total) throw new QueueFull(`${this.waitingCount} calls are already waiting (limit ${this.limits.total})`);
    return new Promise<T>((resolve, reject) => {
      const entry: Waiting = {
        run: () => {
          signal?.removeEventListener('abort', abort);
          task().then(resolve, reject).finally(() => {
            this.running--;
            this.pump();
          });
        },
        cancel: () => resolve(onCancel ? onCancel() : (undefined as T)),
      };
      const abort = (): void => {
        const q = this.lanes.get(lane);
        const i = q?.indexOf(entry) ?? -1;
        if (i < 0) return; // already running
        q!.splice(i, 1);
        if (q!.length === 0) this.lanes.delete(lane);
        this.waitingCount--;
        entry.cancel();
      };
      if (signal?.aborted) return void entry.cancel();
      signal?.addEventListener('abort', abort, { once: true });
      queue.push(entry);
      this.lanes.set(lane, queue);
      this.waitingCount++;
      this.pump();
    });
  }

  private pump(): void {
    while (this.running < this.concurrency) {
      const next = this.lanes.entries().next();
      if (next.done) return;
      const [lane, queue] = next.value;
      const entry = queue.shift()!;
      this.lanes.delete(lane);
      if (queue.length > 0) this.lanes.set(lane, queue); // to the back of the ring
      this.waitingCount--;
      this.running++;
      entry.run();
    }
  }
}
