// Codec decode speed on real traffic, not only bench/codecs.ts's five messages: a mixed corpus of
// the server-everything recording (test/fixtures/traffic, MCP 2025-06-18), the spec pages' examples
// (test/fixtures/spec/2026-07-28) and instances generated from the official schemas (the fuzz's
// generator, seeded), each decoded by the library of its version (`decodeRequest`/`decodeResponse`,
// JSON text -> WIT values). Baselines measured in the same run, on the same texts: `JSON.parse`
// alone, and the MCP SDK's zod schemas after `JSON.parse` (the schema the SDK itself applies to such
// a message). Prints per-kind and total ratios (targets: decode <= 1.3x JSON.parse, >= 1.5x the SDK's
// throughput); never asserts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Sdk from '@modelcontextprotocol/sdk/types.js';
import { InstanceGenerator, Rng } from '../test/codecs/fuzz/generate.js';
import { library } from '../test/codecs/fuzz/libraries.js';
import { messageText, type FuzzLibrary } from '../test/codecs/fuzz/oracle.js';
import { versionSchema } from '../test/codecs/fuzz/schema.js';
import { ROOT } from '../test/cli.js';
import { time } from './harness.js';

type Source = 'recording' | 'spec' | 'generated';
type Part = 'request' | 'notification' | 'result' | 'error';

interface Message {
  source: Source;
  version: string;
  method: string;
  part: Part;
  text: string;
  decode: () => unknown;
  /** The SDK's parse of the same text, or undefined when the SDK refuses this message (newer or older MCP). */
  sdk: (() => unknown) | undefined;
}

interface Parser {
  parse(v: unknown): unknown;
  safeParse(v: unknown): { success: boolean };
}

/** The SDK schema of each request's result. */
const SDK_RESULTS: Record<string, Parser> = {
  initialize: Sdk.InitializeResultSchema,
  ping: Sdk.EmptyResultSchema,
  'logging/setLevel': Sdk.EmptyResultSchema,
  'resources/subscribe': Sdk.EmptyResultSchema,
  'resources/unsubscribe': Sdk.EmptyResultSchema,
  'roots/list': Sdk.ListRootsResultSchema,
  'tools/list': Sdk.ListToolsResultSchema,
  'tools/call': Sdk.CallToolResultSchema,
  'sampling/createMessage': Sdk.CreateMessageResultSchema,
  'elicitation/create': Sdk.ElicitResultSchema,
  'resources/list': Sdk.ListResourcesResultSchema,
  'resources/read': Sdk.ReadResourceResultSchema,
  'resources/templates/list': Sdk.ListResourceTemplatesResultSchema,
  'prompts/list': Sdk.ListPromptsResultSchema,
  'prompts/get': Sdk.GetPromptResultSchema,
  'completion/complete': Sdk.CompleteResultSchema,
};

/** The SDK's parse of a message: the direction's union for requests and notifications, the method's result schema for results. */
function sdkFor(part: Part, method: string, text: string): (() => unknown) | undefined {
  const value = JSON.parse(text) as Record<string, unknown>;
  const candidates: [Parser, (v: Record<string, unknown>) => unknown][] =
    part === 'request'
      ? [Sdk.ClientRequestSchema, Sdk.ServerRequestSchema].map((s) => [s, (v) => v])
      : part === 'notification'
        ? [Sdk.ClientNotificationSchema, Sdk.ServerNotificationSchema].map((s) => [s, (v) => v])
        : part === 'result' && SDK_RESULTS[method]
          ? [[SDK_RESULTS[method], (v) => v['result']]]
          : part === 'error'
            ? [[Sdk.JSONRPCErrorSchema as unknown as Parser, (v) => v]]
            : [];
  for (const [schema, pick] of candidates) {
    if (schema.safeParse(pick(value)).success) return () => schema.parse(pick(JSON.parse(text) as Record<string, unknown>));
  }
  return undefined;
}

function decoder(lib: FuzzLibrary, part: Part, method: string, text: string): (() => unknown) | undefined {
  const f = part === 'request' || part === 'notification' ? () => lib.decodeRequest(text) : () => lib.decodeResponse(text, method);
  try {
    f();
    return f;
  } catch {
    return undefined; // refused (a finding of the fuzz or of `codec roundtrip`, not a speed question)
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

interface Recorded {
  method: string;
  kind: string;
  message: unknown;
}

export async function corpus(generatedPerKind: number): Promise<{ messages: Message[]; skipped: Record<Source, number> }> {
  const messages: Message[] = [];
  const skipped: Record<Source, number> = { recording: 0, spec: 0, generated: 0 };
  const add = (lib: FuzzLibrary, source: Source, version: string, method: string, part: Part, text: string) => {
    const decode = lib.methods[method] ? decoder(lib, part, method, text) : undefined;
    if (!decode) {
      skipped[source]++;
      return;
    }
    messages.push({ source, version, method, part, text, decode, sdk: sdkFor(part, method, text) });
  };
  const partOf = (kind: string): Part => (kind === 'request' || kind === 'notification' || kind === 'result' || kind === 'error' ? kind : 'request');
  const files: [Source, string, string][] = [
    ['recording', '2025-06-18', join(ROOT, 'test/fixtures/traffic/server-everything-2025-06-18.json')],
    ['spec', '2026-07-28', join(ROOT, 'test/fixtures/spec/2026-07-28/messages.json')],
  ];
  for (const [source, version, file] of files) {
    const lib = await library(version);
    for (const m of JSON.parse(readFileSync(file, 'utf8')) as Recorded[]) add(lib, source, version, m.method, partOf(m.kind), JSON.stringify(m.message));
  }
  for (const version of ['2025-06-18', '2026-07-28']) {
    const lib = await library(version);
    const vs = versionSchema(version, lib.methods);
    const rng = new Rng(1);
    const gen = new InstanceGenerator(vs.root, rng);
    for (const kind of vs.kinds) {
      for (let i = 0, made = 0; i < generatedPerKind * 5 && made < generatedPerKind; i++) {
        let v = gen.instance(kind.schema);
        if (!kind.validate(v)) continue;
        // The generator draws `resultType` as the JSON schema allows (any string); the specification
        // makes an unrecognized one invalid and the codecs refuse it, so, as the fuzz does, a result
        // gets "complete" (else every 2026-07-28 result would be left out of the corpus).
        if (kind.part === 'result' && vs.resultTypes !== undefined && isObject(v) && typeof v['resultType'] === 'string' && !vs.resultTypes.includes(v['resultType'])) {
          v = { ...v, resultType: 'complete' };
        }
        made++;
        add(lib, 'generated', version, kind.method, kind.part === 'result' ? 'result' : kind.message, messageText(kind, v));
      }
    }
  }
  return { messages, skipped };
}

interface Row {
  name: string;
  count: number;
  chars: number;
  /** ms per pass over the group's messages. */
  parse: number;
  decode: number;
  /** Over the messages the SDK accepts (sdkCount of them): the SDK, and decode and JSON.parse of the same messages. */
  sdk: number;
  decodeSdkSet: number;
  sdkCount: number;
  /** decode again with `Error.stackTraceLimit = 0`: what the union trials' thrown CodecErrors cost in stack traces. */
  decodeNoStack: number;
}

/** Times one group: JSON.parse, decode, and the SDK, interleaved round by round, each its best round. */
export async function measureGroup(name: string, ms: Message[], rounds: number): Promise<Row> {
  const withSdk = ms.filter((m) => m.sdk !== undefined);
  const t0 = performance.now();
  for (const m of ms) JSON.parse(m.text);
  const once = Math.max(performance.now() - t0, 0.001);
  const reps = Math.max(1, Math.min(2000, Math.round(2 / once)));
  const loop = (xs: Message[], f: (m: Message) => unknown) => () => {
    for (let r = 0; r < reps; r++) for (const m of xs) f(m);
  };
  const fns = [
    loop(ms, (m) => JSON.parse(m.text)),
    loop(ms, (m) => m.decode()),
    loop(withSdk, (m) => m.sdk!()),
    loop(withSdk, (m) => m.decode()),
    () => {
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
      try {
        loop(ms, (m) => m.decode())();
      } finally {
        Error.stackTraceLimit = limit;
      }
    },
  ];
  const best = fns.map(() => Infinity);
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < fns.length; i++) {
      if ((i === 2 || i === 3) && withSdk.length === 0) continue;
      const t = await time(name, fns[i]!, 1, r === 0 ? 2 : 0);
      best[i] = Math.min(best[i]!, t.median / reps);
    }
  }
  return { name, count: ms.length, chars: ms.reduce((n, m) => n + m.text.length, 0), parse: best[0]!, decode: best[1]!, sdk: best[2]!, decodeSdkSet: best[3]!, sdkCount: withSdk.length, decodeNoStack: best[4]! };
}

function printRow(r: Row): void {
  const sdk = r.sdkCount > 0 ? `${(r.sdk / r.decodeSdkSet).toFixed(2)}x SDK throughput (${r.sdkCount}/${r.count})` : 'SDK refuses all';
  console.log(`  ${r.name.padEnd(56)} ${String(r.count).padStart(4)} msgs ${String(r.chars).padStart(7)} chars   decode ${(r.decode / r.parse).toFixed(2)}x JSON.parse   ${sdk}   (no stack traces: ${(r.decodeNoStack / r.parse).toFixed(2)}x JSON.parse)`);
}

/** The faster of two measurements of the same group, field by field. */
function bestOf(a: Row, b: Row): Row {
  return { ...a, parse: Math.min(a.parse, b.parse), decode: Math.min(a.decode, b.decode), sdk: Math.min(a.sdk, b.sdk), decodeSdkSet: Math.min(a.decodeSdkSet, b.decodeSdkSet), decodeNoStack: Math.min(a.decodeNoStack, b.decodeNoStack) };
}

function total(name: string, rows: Row[]): Row {
  const sum = (f: (r: Row) => number) => rows.reduce((n, r) => n + f(r), 0);
  return { name, count: sum((r) => r.count), chars: sum((r) => r.chars), parse: sum((r) => r.parse), decode: sum((r) => r.decode), sdk: sum((r) => (r.sdkCount > 0 ? r.sdk : 0)), decodeSdkSet: sum((r) => (r.sdkCount > 0 ? r.decodeSdkSet : 0)), sdkCount: sum((r) => r.sdkCount), decodeNoStack: sum((r) => r.decodeNoStack) };
}

export async function measure(rounds = 12, generatedPerKind = 20): Promise<{ kinds: Row[]; totals: Row[]; skipped: Record<Source, number> }> {
  const { messages, skipped } = await corpus(generatedPerKind);
  const groups = new Map<string, Message[]>();
  for (const m of messages) {
    const key = `${m.version} ${m.method} ${m.part}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  // Every kind is measured in passes over all kinds, not all its rounds at once: the generated code
  // is shared between kinds, and V8 optimizes it for what ran before, so a kind measured first
  // (before the others ran) and one measured last saw different code. Best of the passes, per
  // measurement: each kind in the state a host serving mixed traffic is in.
  const sorted = [...groups].sort(([a], [b]) => (a < b ? -1 : 1));
  const passes = Math.max(1, Math.ceil(rounds / 2));
  let kinds: Row[] = [];
  for (let pass = 0; pass < passes; pass++) {
    const rows: Row[] = [];
    for (const [key, ms] of sorted) rows.push(await measureGroup(key, ms, 2));
    kinds = pass === 0 ? rows : kinds.map((k, i) => bestOf(k, rows[i]!));
  }
  const totals: Row[] = [];
  for (const source of ['recording', 'spec', 'generated'] as const) {
    const rows: Row[] = [];
    for (const [key, ms] of groups) {
      const mine = ms.filter((m) => m.source === source);
      if (mine.length > 0) rows.push(await measureGroup(`${source} ${key}`, mine, Math.ceil(rounds / 2)));
    }
    totals.push(total(`total: ${source}`, rows));
  }
  totals.push(total('total: the whole corpus', kinds));
  return { kinds, totals, skipped };
}

export async function main(): Promise<void> {
  const { kinds, totals, skipped } = await measure();
  console.log('\n## decode on a mixed corpus, per kind (version, method, part), best of interleaved rounds');
  console.log(`  (not in the corpus: messages the codecs refuse or do not carry: ${Object.entries(skipped).map(([s, n]) => `${n} of ${s}`).join(', ')})`);
  for (const r of kinds) printRow(r);
  console.log('\n## corpus totals (targets: decode <= 1.3x JSON.parse, >= 1.5x SDK throughput; a total is the sum of its kinds, each message once)');
  for (const r of totals) printRow(r);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
