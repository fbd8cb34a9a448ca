// (c) Real MCP traffic through a real component boundary: every recorded message of the
// server-everything session is decoded by the generated codecs into WIT values, pushed through
// the harness component by each proposal function that carries it in its direction (arguments
// in and back out through the mirror or the driver; results and errors out of the host, into
// the component and back), encoded again, and compared with the original JSON.
//
// Differences are allowed only where listed below, each with its reason: what the proposal
// deliberately carries elsewhere, and what the 2025-06-18 WIT cannot hold because the peer sent
// something 2025-06-18 does not define. Anything else fails the test.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { WitArbitraries } from './arbitrary.js';
import { PROPOSAL_DIR, REPO } from '../../compiler/proof/build.js';
import { hitsNegativeS64Bug } from '../../compiler/proof/flat.js';
import { loadHarnesses, type Harnesses } from '../../compiler/proof/harness.js';
import { loadProposal } from '../../compiler/proof/harness-wit.js';
import { functionsFor, pushThrough, routeOf } from '../../compiler/proof/carry.js';
import { jsonDiff, loadTraffic, requestOf, type Recorded } from './traffic.js';

/** The slice of the generated codec library this test uses. */
interface MethodCodec {
  functions: readonly string[];
  decodeParams(params: unknown): unknown[];
  encodeParams(...args: unknown[]): unknown;
  decodeResult?(result: unknown): unknown;
  encodeResult?(value: unknown): unknown;
}
interface Codecs {
  methods: Record<string, MethodCodec>;
  encodeThrown(thrown: unknown): unknown;
  throwable(error: unknown): Error;
}

const CODECS_INDEX = join(REPO, 'generated/2025-06-18/codecs/index.ts');
async function loadCodecs(): Promise<{ codecs?: Codecs; reason?: string }> {
  if (!existsSync(CODECS_INDEX)) return { reason: `${CODECS_INDEX} does not exist` };
  try {
    const mod = (await import(pathToFileURL(CODECS_INDEX).href)) as Partial<Codecs>;
    if (!mod.methods || !mod.encodeThrown || !mod.throwable) return { reason: 'the codec index lacks methods, encodeThrown or throwable' };
    return { codecs: mod as Codecs };
  } catch (e) {
    return { reason: `the codec index does not load: ${String(e)}` };
  }
}
const { codecs, reason } = await loadCodecs();
const codecsAvailable = codecs !== undefined;

/** Methods no proposal function carries: the host handles them (wit/preview2/mcp-mapping.json). */
const HOST_INTERNAL = ['ping', 'notifications/initialized', 'notifications/cancelled'];

/** Allowed differences between the original and the round trip: JSON pointer pattern -> reason. */
const ALLOWED: { method: string; where: 'params' | 'result'; path: RegExp; reason: string }[] = [
  {
    method: 'tools/call',
    where: 'params',
    path: /^\/_meta(\/|$)/,
    reason: "a request's _meta.progressToken reaches a handler through runtime.current-progress-token, not as an argument",
  },
  {
    method: 'initialize',
    where: 'result',
    path: /^\/capabilities\/tasks(\/|$)/,
    reason: 'the tasks capability is MCP 2025-11-25; 2025-06-18 ServerCapabilities has no such field',
  },
  {
    method: 'tools/list',
    where: 'result',
    path: /^\/tools\/\d+\/execution(\/|$)/,
    reason: 'Tool.execution is MCP 2025-11-25; 2025-06-18 Tool has no such field',
  },
];

/** Messages the codecs must reject: the peer sent something 2025-06-18 cannot express. */
const REJECTED: { method: string; kind: Recorded['kind']; reason: string }[] = [
  {
    method: 'elicitation/create',
    kind: 'request',
    reason: 'the requested schema has array-typed (multi-select) properties, which are MCP 2025-11-25; 2025-06-18 allows only primitive ones',
  },
];

const model = loadProposal(PROPOSAL_DIR);
const arbs = new WitArbitraries(model);
const log = loadTraffic();
let h: Harnesses;

beforeAll(async () => {
  if (codecsAvailable) h = await loadHarnesses();
});

const route = (fn: string) => routeOf(h, model, fn);

/** Allowances and rejections that matched at least once: a stale entry fails the last test. */
const used = new Set<object>();

function unexpectedDiffs(method: string, where: 'params' | 'result', original: unknown, roundTrip: unknown): string[] {
  const norm = (v: unknown) => (v === undefined ? {} : JSON.parse(JSON.stringify(v))); // absent params == {}
  return jsonDiff(norm(original), norm(roundTrip)).filter((p) => {
    const allowed = ALLOWED.find((a) => a.method === method && a.where === where && a.path.test(p));
    if (allowed) used.add(allowed);
    return !allowed;
  });
}

/** Arguments for a response whose request the codecs cannot decode: any valid ones will do. */
function sampleArgs(fn: string): unknown[] {
  const params = route(fn).func.params;
  const arb = fc.tuple(...params.map((p) => arbs.of(p.type))).filter((a) => !hitsNegativeS64Bug(model, params, a));
  return fc.sample(arb, { numRuns: 1, seed: 1 })[0]!;
}

const NOT_UNDER_TEST = { code: -32603, message: 'the test checks the arguments only' };

describe('recorded traffic through the component', () => {
  it.skipIf(!codecsAvailable)('carries every method of the recording except the host-internal ones', () => {
    const uncarried = [...new Set(log.map((r) => r.method))].filter((m) => !codecs!.methods[m]).sort();
    expect(uncarried).toEqual([...HOST_INTERNAL].sort());
  });

  it.each(log.map((r, i) => [i, r.direction, r.kind, r.method, r] as const))(
    `#%i %s %s %s`,
    (index, direction, kind, method, r) => {
      if (!codecsAvailable) return; // reported by the skip test below
      const codec = codecs!.methods[method];
      if (!codec) {
        expect(HOST_INTERNAL).toContain(method);
        return;
      }
      const rejected = REJECTED.find((x) => x.method === method && x.kind === kind);
      if (kind === 'request' || kind === 'notification') {
        if (rejected) {
          expect(() => codec.decodeParams(r.message.params), rejected.reason).toThrow();
          used.add(rejected);
          return;
        }
        const args = codec.decodeParams(r.message.params);
        const fns = functionsFor(codec.functions, direction);
        expect(fns.length).toBeGreaterThan(0);
        for (const fn of fns) {
          // The host's answer is not under test here. It may only fail through a result's err:
          // an exception from an import without one is a trap, and poisons the instance.
          const canFail = kind === 'request' && route(fn).func.result?.kind === 'result';
          const out = pushThrough(route(fn), args, () => {
            if (canFail) throw codecs!.throwable(NOT_UNDER_TEST);
            return undefined;
          });
          const received = out.received;
          expect(received, `${fn} did not reach the host: ${String(out.thrown)}`).toBeDefined();
          expect(received).toStrictEqual(args);
          expect(unexpectedDiffs(method, 'params', r.message.params, codec.encodeParams(...received!)), fn).toEqual([]);
        }
        return;
      }
      // A result or an error: it goes through the functions that carried its request.
      const request = requestOf(log, index);
      expect(request, 'the request this response answers').toBeDefined();
      const fns = functionsFor(codec.functions, request!.direction);
      let args: unknown[] | undefined;
      if (!REJECTED.some((x) => x.method === method && x.kind === 'request')) args = codec.decodeParams(request!.message.params);
      for (const fn of fns) {
        const callArgs = args ?? sampleArgs(fn);
        if (kind === 'result') {
          const value = codec.decodeResult!(r.message.result);
          const out = pushThrough(route(fn), callArgs, () => value);
          expect(out.thrown, fn).toBeUndefined();
          expect(out.returned).toStrictEqual(value);
          expect(unexpectedDiffs(method, 'result', r.message.result, codec.encodeResult!(out.returned)), fn).toEqual([]);
        } else {
          const out = pushThrough(route(fn), callArgs, () => {
            throw codecs!.throwable(r.message.error);
          });
          expect(out.thrown, fn).toBeDefined();
          expect(codecs!.encodeThrown(out.thrown)).toEqual(r.message.error);
        }
      }
    },
  );

  it.skipIf(!codecsAvailable)('uses every allowed difference and expected rejection (none is stale)', () => {
    expect([...ALLOWED, ...REJECTED].filter((x) => !used.has(x)).map((x) => x.reason)).toEqual([]);
  });

  it.skipIf(codecsAvailable)(`needs the generated codecs: ${reason ?? ''}`, () => {});
});
