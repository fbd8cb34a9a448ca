// Throughput of real MCP traffic through a real component boundary: every message of the
// recorded server-everything session (test/fixtures/traffic/) that a proposal function carries,
// JSON text -> codecs -> WIT value -> harness component (lowered in, lifted out) -> codecs ->
// JSON text. Baselines in the same run: the same pipeline with the host called directly (the
// values do not cross), and the boundary alone on pre-decoded values. Prints; never asserts.
import * as C from '../generated/2025-06-18/codecs/index.js';
import { functionsFor, pushThrough, routeOf, type Route } from '../compiler/proof/carry.js';
import { loadHarnesses } from '../compiler/proof/harness.js';
import { loadTraffic, requestOf, type Recorded } from '../test/component/traffic.js';
import { report, time } from './harness.js';

/** One message carried by one function: how to decode it, the call, and how to encode it back. */
interface Step {
  route: Route;
  /** JSON-RPC text -> the WIT values that cross (arguments, or the host's reply). */
  decode: () => { args: unknown[]; reply: () => unknown };
  /** What came out of the component (or of the direct call) -> JSON-RPC text. */
  encode: (out: { received?: unknown[]; returned?: unknown; thrown?: unknown }) => string;
}

type AnyCodec = { functions: readonly string[] };
const codecOf = (method: string): AnyCodec | undefined => (C.methods as Record<string, AnyCodec>)[method];

function steps(log: Recorded[], route: (fn: string) => Route): Step[] {
  const out: Step[] = [];
  log.forEach((r, index) => {
    const codec = codecOf(r.method);
    if (!codec) return; // host-internal: ping, initialized, cancelled
    const method = r.method as C.MethodName;
    const text = JSON.stringify(r.message);
    const id = r.message.id ?? undefined;
    if (r.kind === 'request' || r.kind === 'notification') {
      try {
        C.decodeRequest(text);
      } catch {
        return; // not expressible in 2025-06-18 (see traffic.test.ts REJECTED)
      }
      for (const fn of functionsFor(codec.functions, r.direction)) {
        const rt = route(fn);
        // A handler without an error channel must not throw; the others answer with an error.
        const reply = rt.func.result?.kind === 'result' && r.kind === 'request' ? () => { throw C.throwable({ code: -32603, message: 'bench' }); } : () => undefined;
        out.push({
          route: rt,
          decode: () => ({ args: C.decodeRequest(text).args, reply }),
          encode: (o) => C.encodeRequest(method, id, ...((o.received ?? []) as C.ArgsOf<typeof method>)),
        });
      }
      return;
    }
    const request = requestOf(log, index);
    if (!request) return;
    let args: unknown[];
    try {
      args = C.decodeRequest(JSON.stringify(request.message)).args;
    } catch {
      return;
    }
    const rm = method as C.RequestName;
    for (const fn of functionsFor(codec.functions, request.direction)) {
      out.push({
        route: route(fn),
        decode: () => {
          const d = C.decodeResponse(text, rm);
          if ('error' in d) {
            const err = C.throwable(r.message.error);
            return { args, reply: () => { throw err; } };
          }
          return { args, reply: () => d.result };
        },
        encode: (o) =>
          o.thrown !== undefined
            ? JSON.stringify({ jsonrpc: '2.0', id, error: C.encodeThrown(o.thrown) })
            : C.encodeResponse(rm, id as string | number, o.returned as C.OkOf<typeof rm>),
      });
    }
  });
  return out;
}

/** The same call without the component: the host callback is invoked directly. */
function direct(reply: () => unknown, args: unknown[]): { received?: unknown[]; returned?: unknown; thrown?: unknown } {
  try {
    return { received: args, returned: reply() };
  } catch (e) {
    return { received: args, thrown: e };
  }
}

export async function main(): Promise<void> {
  const t0 = performance.now();
  const h = await loadHarnesses();
  const setup = performance.now() - t0;
  const model = h.build.harness.model;
  const all = steps(loadTraffic(), (fn) => routeOf(h, model, fn));
  const decoded = all.map((s) => ({ s, d: s.decode() }));
  const n = all.length;

  const codecsOnly = await time('codecs, host called directly (no boundary)', () => {
    for (const s of all) {
      const d = s.decode();
      s.encode(direct(d.reply, d.args));
    }
  }, 15, 3);
  const full = await time('codecs + component boundary', () => {
    for (const s of all) {
      const d = s.decode();
      s.encode(pushThrough(s.route, d.args, d.reply));
    }
  }, 15, 3);
  const valuesDirect = await time('pre-decoded values, direct call (no boundary)', () => {
    for (const { d } of decoded) direct(d.reply, d.args);
  }, 15, 3);
  const valuesBoundary = await time('pre-decoded values through the component', () => {
    for (const { s, d } of decoded) pushThrough(s.route, d.args, d.reply);
  }, 15, 3);

  const perSecond = (ms: number) => `${Math.round((n / ms) * 1000).toLocaleString('en-US')} msg/s`;
  report(`component boundary: ${n} recorded message crossings per iteration`, [full, valuesDirect, valuesBoundary], codecsOnly);
  for (const t of [codecsOnly, full, valuesDirect, valuesBoundary]) console.log(`  ${t.name.padEnd(58)} ${perSecond(t.median).padStart(16)}`);
  console.log(
    `  harness ${h.build.built ? 'built' : 'from cache'} + instantiated in ${(setup / 1000).toFixed(1)} s; component sizes ` +
      Object.values(h.build.worlds).map((w) => `${w.world.name} ${(w.wasmBytes / 1e6).toFixed(1)} MB`).join(', '),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
