// Codec throughput on realistic messages, measured in one run against baselines: decode (JSON
// text -> validated WIT value) vs `JSON.parse` alone and vs the MCP SDK's zod `.parse`; encode
// (WIT value -> JSON text) vs `JSON.stringify` of the same message. Prints ratios; never asserts.
import {
  CallToolRequestSchema,
  CreateMessageRequestSchema,
  GetPromptResultSchema,
  ListToolsResultSchema,
  ReadResourceResultSchema,
} from "@modelcontextprotocol/sdk/types.js";
import * as V from "../generated/2025-06-18/codecs/codecs.js";
import * as C from "../generated/2025-06-18/codecs/index.js";
import * as R from "../generated/2025-06-18/codecs/runtime.js";
import {
  promptsGetResult,
  resourcesReadResult,
  samplingRequest,
  toolsCallRequest,
  toolsListResult,
} from "../test/codecs/messages.js";
import { time, type Timing } from "./harness.js";

interface Case {
  name: string;
  text: string;
  /** How many messages per timed iteration (smaller messages repeat more, for stable timings). */
  reps: number;
  sdk: (v: unknown) => unknown;
  decode: (text: string) => unknown;
  encode: (w: unknown) => string;
  /** The value path for comparison: JSON.parse, ajv, convert. */
  valueDecode: (text: string) => unknown;
  /**
   * JSON.parse and the value path's conversion with no validation at all: what any decoder built
   * on JSON.parse costs at least (it is not a codec: it accepts anything).
   */
  unchecked: (text: string) => unknown;
}

function resultOf(r: { result: unknown } | { error: unknown }): unknown {
  if ("error" in r) throw new Error("unexpected error response");
  return r.result;
}

function cases(): Case[] {
  return [
    {
      name: "tools/call request",
      text: JSON.stringify(toolsCallRequest),
      reps: 2000,
      sdk: (v) => CallToolRequestSchema.parse(v),
      decode: (t) => C.decodeRequest(t).args,
      encode: (w) =>
        C.encodeRequest("tools/call", 7, ...(w as C.ArgsOf<"tools/call">)),
      valueDecode: (t) =>
        C.methods["tools/call"].decodeParams(
          (JSON.parse(t) as { params: unknown }).params,
        ),
      unchecked: (t) => {
        const p = (
          JSON.parse(t) as { params: { name: string; arguments: unknown } }
        ).params;
        return [R.str(p.name), R.jsonToWit(p.arguments)];
      },
    },
    {
      name: "tools/list result (20 tools)",
      text: JSON.stringify(toolsListResult),
      reps: 100,
      sdk: (v) =>
        ListToolsResultSchema.parse((v as { result: unknown }).result),
      decode: (t) => resultOf(C.decodeResponse(t, "tools/list")),
      encode: (w) =>
        C.encodeResponse("tools/list", 2, w as C.OkOf<"tools/list">),
      valueDecode: (t) =>
        C.methods["tools/list"].decodeResult(
          (JSON.parse(t) as { result: unknown }).result,
        ),
      unchecked: (t) =>
        V.tw_ListToolsResult((JSON.parse(t) as { result: unknown }).result),
    },
    {
      name: "resources/read result (1 MB text)",
      text: JSON.stringify(resourcesReadResult),
      reps: 5,
      sdk: (v) =>
        ReadResourceResultSchema.parse((v as { result: unknown }).result),
      decode: (t) => resultOf(C.decodeResponse(t, "resources/read")),
      encode: (w) =>
        C.encodeResponse("resources/read", 3, w as C.OkOf<"resources/read">),
      valueDecode: (t) =>
        C.methods["resources/read"].decodeResult(
          (JSON.parse(t) as { result: unknown }).result,
        ),
      unchecked: (t) =>
        V.tw_ReadResourceResult((JSON.parse(t) as { result: unknown }).result),
    },
    {
      name: "prompts/get result",
      text: JSON.stringify(promptsGetResult),
      reps: 500,
      sdk: (v) =>
        GetPromptResultSchema.parse((v as { result: unknown }).result),
      decode: (t) => resultOf(C.decodeResponse(t, "prompts/get")),
      encode: (w) =>
        C.encodeResponse("prompts/get", 4, w as C.OkOf<"prompts/get">),
      valueDecode: (t) =>
        C.methods["prompts/get"].decodeResult(
          (JSON.parse(t) as { result: unknown }).result,
        ),
      unchecked: (t) =>
        V.tw_GetPromptResult((JSON.parse(t) as { result: unknown }).result),
    },
    {
      name: "sampling/createMessage request",
      text: JSON.stringify(samplingRequest),
      reps: 500,
      sdk: (v) => CreateMessageRequestSchema.parse(v),
      decode: (t) => C.decodeRequest(t).args,
      encode: (w) =>
        C.encodeRequest(
          "sampling/createMessage",
          5,
          ...(w as C.ArgsOf<"sampling/createMessage">),
        ),
      valueDecode: (t) =>
        C.methods["sampling/createMessage"].decodeParams(
          (JSON.parse(t) as { params: unknown }).params,
        ),
      unchecked: (t) =>
        V.tw_CreateMessageRequestParams(
          (JSON.parse(t) as { params: unknown }).params,
        ),
    },
  ];
}

function repeat(reps: number, f: () => unknown): () => void {
  return () => {
    for (let i = 0; i < reps; i++) f();
  };
}

export interface CodecRatios {
  name: string;
  /** decode time / JSON.parse time (target <= 1.6). */
  decodeVsParse: number;
  /** SDK time / decode time: throughput relative to the SDK (target >= 1.2). */
  throughputVsSdk: number;
  /** encode time / JSON.stringify time (target <= 1.2). */
  encodeVsStringify: number;
  /** SDK time / (JSON.parse + conversion without validation) time: the ceiling of throughputVsSdk for a JSON.parse-based decoder. */
  uncheckedVsSdk: number;
}

/**
 * The five measurements of a case, interleaved round by round so that load from other processes
 * hits all of them alike; each keeps its best round (the least disturbed), as ms per `reps` messages.
 */
async function measureCase(c: Case, rounds: number): Promise<Timing[]> {
  const value = JSON.parse(c.text) as unknown;
  const wit = c.decode(c.text);
  const fns: [string, () => void][] = [
    ["JSON.parse", repeat(c.reps, () => JSON.parse(c.text))],
    [
      "SDK zod .parse (after JSON.parse)",
      repeat(c.reps, () => c.sdk(JSON.parse(c.text))),
    ],
    [
      "codec decode (text -> WIT value)",
      repeat(c.reps, () => c.decode(c.text)),
    ],
    ["JSON.stringify", repeat(c.reps, () => JSON.stringify(value))],
    ["codec encode (WIT value -> text)", repeat(c.reps, () => c.encode(wit))],
    [
      "value path decode (JSON.parse + ajv + convert)",
      repeat(c.reps, () => c.valueDecode(c.text)),
    ],
    [
      "JSON.parse + convert, unchecked (not a codec)",
      repeat(c.reps, () => c.unchecked(c.text)),
    ],
  ];
  const best = fns.map(() => Infinity);
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < fns.length; i++) {
      const t = await time(
        (fns[i] as [string, () => void])[0],
        (fns[i] as [string, () => void])[1],
        1,
        r === 0 ? 2 : 0,
      );
      best[i] = Math.min(best[i] as number, t.median);
    }
  }
  return fns.map(([name], i) => ({
    name,
    median: best[i] as number,
    runs: rounds,
  }));
}

export async function measure(rounds = 25): Promise<CodecRatios[]> {
  const out: CodecRatios[] = [];
  for (const c of cases()) {
    const [parse, sdk, decode, stringify, encode, valuePath, unchecked] =
      (await measureCase(c, rounds)) as [
        Timing,
        Timing,
        Timing,
        Timing,
        Timing,
        Timing,
        Timing,
      ];
    row(c.name, [parse, sdk, decode, valuePath, unchecked, stringify, encode]);
    out.push({
      name: c.name,
      decodeVsParse: decode.median / parse.median,
      throughputVsSdk: sdk.median / decode.median,
      encodeVsStringify: encode.median / stringify.median,
      uncheckedVsSdk: sdk.median / unchecked.median,
    });
  }
  return out;
}

function row(name: string, timings: Timing[]): void {
  console.log(`\n## ${name} (best of interleaved rounds)`);
  for (const t of timings)
    console.log(`  ${t.name.padEnd(48)} ${t.median.toFixed(3).padStart(9)} ms`);
}

export async function main(): Promise<void> {
  const ratios = await measure();
  console.log(
    "\n## codec ratios (targets: decode <= 1.6x JSON.parse, >= 1.2x SDK throughput; encode <= 1.2x JSON.stringify)",
  );
  for (const r of ratios) {
    console.log(
      `  ${r.name.padEnd(36)} decode ${r.decodeVsParse.toFixed(2)}x JSON.parse   ${r.throughputVsSdk.toFixed(2)}x SDK throughput (unchecked JSON.parse + convert: ${r.uncheckedVsSdk.toFixed(2)}x)   encode ${r.encodeVsStringify.toFixed(2)}x JSON.stringify`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
