// The instance pool (`--instances N`): calls spread over the instances, least busy first, one
// fair queue with the single instance's bounds in front of them, traps per instance, stats
// summed. Stub instances for the scheduling; a real component for the whole path.

import { toolsCall } from '../../generated/2026-07-28/codecs/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ComponentInstance, type CallOutcome } from '../../compiler/host/instance.js';
import { denyAll } from '../../compiler/host/policy.js';
import { InstancePool, defaultInstances, MAX_INSTANCES, type PoolMember } from '../../compiler/host/pool.js';
import { transpileCached } from '../../compiler/host/transpile.js';
import type { HandlerName } from '../../compiler/host/worker-protocol.js';
import { BUILD_TIMEOUT, exampleWasm, TEST_CACHE_DIR } from './helpers.js';

interface Ctx {
  lane: string;
}

/** The first argument of every call any stub started, in order. */
const startOrder: unknown[] = [];

/** A stub instance: each call waits until the test releases it, and is recorded. */
class Stub implements PoolMember<Ctx> {
  readonly calls = new Map<HandlerName, number>();
  instantiations = 0;
  running = 0;
  maxRunning = 0;
  readonly log: { fn: HandlerName; args: unknown[]; lane?: string }[] = [];
  private releases: ((o: CallOutcome) => void)[] = [];
  opened = false;
  closed = false;
  constructor(private readonly failOpen = false) {}
  async open(): Promise<void> {
    if (this.failOpen) throw new Error('cannot instantiate');
    this.opened = true;
    this.instantiations++;
  }
  async close(): Promise<void> {
    this.closed = true;
  }
  call(fn: HandlerName, args: unknown[], ctx?: Ctx, signal?: AbortSignal): Promise<CallOutcome> {
    if (signal?.aborted) return Promise.resolve({ kind: 'skipped' });
    this.calls.set(fn, (this.calls.get(fn) ?? 0) + 1);
    this.log.push({ fn, args, ...(ctx ? { lane: ctx.lane } : {}) });
    startOrder.push(args[0]);
    this.running++;
    this.maxRunning = Math.max(this.maxRunning, this.running);
    return new Promise((resolve) =>
      this.releases.push((o) => {
        this.running--;
        // A trap re-instantiates this instance only (as ComponentInstance does).
        if (o.kind === 'trap') this.instantiations++;
        resolve(o);
      }),
    );
  }
  /** Finishes the oldest running call. */
  release(o: CallOutcome = { kind: 'ok', value: 'done' }): void {
    this.releases.shift()!(o);
  }
}

const WATCH: HandlerName = 'watchResource';
const tick = () => new Promise((r) => setTimeout(r, 0));
const pool = (members: Stub[], limits = { perLane: 64, total: 1024 }) => new InstancePool<Ctx>(members, (c) => c?.lane ?? '', limits);

describe('InstancePool (stub instances)', () => {
  it('runs as many calls at once as it has instances, each on an idle instance', async () => {
    const stubs = [new Stub(), new Stub()];
    const p = pool(stubs);
    await p.open();
    const results = [1, 2, 3, 4].map((n) => p.call('callTool', [n], { lane: `c${n}` }));
    await tick();
    expect(stubs.map((s) => s.running)).toEqual([1, 1]);
    expect(p.waiting).toBe(2);
    stubs[1]!.release();
    await tick();
    // The freed instance takes the next waiting call; the busy one gets nothing more.
    expect(stubs.map((s) => s.log.length)).toEqual([1, 2]);
    stubs[0]!.release();
    await tick();
    stubs[0]!.release();
    stubs[1]!.release();
    await expect(Promise.all(results)).resolves.toHaveLength(4);
    expect(stubs.map((s) => s.maxRunning)).toEqual([1, 1]);
  });

  it('spreads sequential calls round the pool when all are idle', async () => {
    const stubs = [new Stub(), new Stub(), new Stub()];
    const p = pool(stubs);
    for (let n = 0; n < 6; n++) {
      const r = p.call('callTool', [n]);
      await tick();
      stubs.find((s) => s.running > 0)!.release();
      await r;
    }
    expect(stubs.map((s) => s.log.length)).toEqual([2, 2, 2]);
  });

  it('keeps the per-lane and total bounds of one instance across the pool', async () => {
    const stubs = [new Stub(), new Stub()];
    const p = pool(stubs, { perLane: 2, total: 3 });
    // Two run (one per instance), then the lane may queue two more; a third waiting is refused.
    const a = [0, 1, 2, 3].map((n) => p.call('callTool', [n], { lane: 'a' }));
    await tick();
    expect(p.waiting).toBe(2);
    expect(await p.call('callTool', [4], { lane: 'a' })).toMatchObject({ kind: 'busy', message: expect.stringContaining('limit 2') });
    // Another lane may still queue one, up to the total of 3 waiting.
    const b = p.call('callTool', [5], { lane: 'b' });
    expect(await p.call('callTool', [6], { lane: 'c' })).toMatchObject({ kind: 'busy', message: expect.stringContaining('limit 3') });
    for (let k = 0; k < 5; k++) {
      await tick();
      stubs.find((s) => s.running > 0)!.release();
    }
    await Promise.all([...a, b]);
  });

  it('takes lanes in turn: a lane with many calls delays another by one call per turn', async () => {
    const stubs = [new Stub(), new Stub()];
    const p = pool(stubs);
    startOrder.length = 0;
    const calls = [...[0, 1, 2, 3, 4].map((n) => p.call('callTool', [`a${n}`], { lane: 'a' })), p.call('callTool', ['b0'], { lane: 'b' })];
    await tick();
    // a0 and a1 run; lane a already waits with a2 when b0 arrives: a2, then b0, then a3.
    const started = () => startOrder;
    stubs[0]!.release();
    await tick();
    expect(started()).toEqual(expect.arrayContaining(['a0', 'a1', 'a2']));
    stubs[1]!.release();
    await tick();
    expect(started()).toContain('b0');
    expect(started()).not.toContain('a3');
    for (let k = 0; k < 4; k++) {
      stubs.find((s) => s.running > 0)!.release();
      await tick();
    }
    await Promise.all(calls);
    expect(started().indexOf('b0')).toBeLessThan(started().indexOf('a3'));
  });

  it('withdraws a call cancelled while it waits; the instances never see it', async () => {
    const stubs = [new Stub()];
    const p = pool(stubs);
    const first = p.call('callTool', [1]);
    const cancel = new AbortController();
    const second = p.call('callTool', [2], undefined, cancel.signal);
    cancel.abort();
    expect(await second).toEqual({ kind: 'skipped' });
    stubs[0]!.release();
    await first;
    expect(stubs[0]!.log).toHaveLength(1);
  });

  it('a trap re-instantiates that instance only; the others keep serving; stats are summed', async () => {
    const stubs = [new Stub(), new Stub()];
    const p = pool(stubs);
    await p.open();
    const t = p.call('callTool', ['trap']);
    const ok = p.call('readResource', ['x']);
    await tick();
    stubs[0]!.release({ kind: 'trap', message: 'boom' });
    stubs[1]!.release();
    expect(await t).toEqual({ kind: 'trap', message: 'boom' });
    expect(await ok).toEqual({ kind: 'ok', value: 'done' });
    expect(stubs.map((s) => s.instantiations)).toEqual([2, 1]);
    expect(p.stats()).toEqual({ instances: 2, calls: { callTool: 1, readResource: 1 }, instantiations: 3, waiting: 0, busy: [0, 0] });
  });

  it('sends the watch handlers to every instance', async () => {
    const stubs = [new Stub(), new Stub(), new Stub()];
    const p = pool(stubs);
    const w = p.call(WATCH, ['test://watched-resource']);
    await tick();
    expect(stubs.map((s) => s.log.map((l) => l.fn))).toEqual([[WATCH], [WATCH], [WATCH]]);
    stubs[0]!.release();
    stubs[1]!.release({ kind: 'err', error: { code: { tag: 'invalid-params' }, message: 'no such resource' } });
    stubs[2]!.release();
    expect(await w).toMatchObject({ kind: 'err' });
  });

  it('opens every instance, and closes them all when one cannot start', async () => {
    const stubs = [new Stub(), new Stub(true)];
    await expect(pool(stubs).open()).rejects.toThrow('cannot instantiate');
    expect(stubs.map((s) => s.closed)).toEqual([true, true]);
    expect(() => pool([])).toThrow(RangeError);
  });

  it('defaults to one instance per core, within the bound', () => {
    expect(defaultInstances()).toBeGreaterThanOrEqual(1);
    expect(defaultInstances()).toBeLessThanOrEqual(MAX_INSTANCES);
  });
});

describe('InstancePool (a real component)', () => {
  let p: InstancePool<Ctx>;
  let members: ComponentInstance<Ctx>[];

  beforeAll(async () => {
    const transpiled = await transpileCached(await exampleWasm('conformance'), { cacheDir: TEST_CACHE_DIR });
    members = [0, 1].map(
      () =>
        new ComponentInstance<Ctx>({
          source: transpiled.source,
          cores: transpiled.cores,
          policy: denyAll(),
          handlerTimeoutMs: 0,
          queue: { perLane: 1024, total: 1024 },
          laneOf: (c) => c?.lane ?? '',
          output: () => undefined,
          log: () => undefined,
          // Registrations and notifications are the host's business: accepted here.
          onImport: async () => ({ value: undefined }),
          onInstantiated: async (instance) => void (await instance.callNow('start', [])),
        }),
    );
    p = new InstancePool(members, (c) => c?.lane ?? '', { perLane: 64, total: 1024 });
    await p.open();
  }, BUILD_TIMEOUT);
  afterAll(() => p?.close());

  /** The served conformance component's tools/call handler (wasi:mcp@0.2.0-preview2: the request's meta first), arguments from the codec. */
  const callTool = (name: string) =>
    p.call(
      'callTool',
      toolsCall.decodeParams({ name, arguments: {}, _meta: { 'io.modelcontextprotocol/protocolVersion': '2026-07-28', 'io.modelcontextprotocol/clientCapabilities': {} } }),
      { lane: 'test' },
    );
  /** The text of a complete call-tool outcome. */
  const countOf = (o: CallOutcome) => Number((o as { value: { val: { content: { val: { text: string } }[] } } }).value.val.content[0]!.val.text);

  it('spreads calls over both instances, each keeping its own state', async () => {
    const outcomes = await Promise.all([1, 2, 3, 4, 5, 6].map(() => callTool('host_call_count')));
    expect(outcomes.every((o) => o.kind === 'ok')).toBe(true);
    const perInstance = members.map((m) => m.calls.get('callTool') ?? 0);
    expect(perInstance.every((n) => n > 0)).toBe(true);
    // Each instance counts its own calls: 1..k on one, 1..(6-k) on the other.
    const expected = perInstance.flatMap((n) => Array.from({ length: n }, (_, i) => i + 1));
    expect(outcomes.map(countOf).sort()).toEqual(expected.sort());
    expect(p.calls.get('callTool')).toBe(6);
  });

  it('re-instantiates the instance that trapped and keeps serving', async () => {
    const before = members.map((m) => m.instantiations);
    expect(await callTool('host_trap')).toMatchObject({ kind: 'trap' });
    const after = members.map((m) => m.instantiations);
    expect(after.reduce((a, b) => a + b) - before.reduce((a, b) => a + b)).toBe(1);
    const again = await Promise.all([callTool('test_simple_text'), callTool('test_simple_text')]);
    expect(again.map((o) => o.kind)).toEqual(['ok', 'ok']);
    expect(p.instantiations).toBe(3);
  });
});
