// What the codec tests share: the models the codecs were generated from, and the generated library.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { join } from 'node:path';
import { publicCodecTypes, type CodecInputs } from '../../compiler/emit/codecs/index.js';
import { codecInputs } from '../../compiler/pipeline.js';
import { fieldName } from '../../compiler/map/names.js';
import { resolveMcp, resolveWit } from '../../compiler/map/shapes.js';
import type { TypeDef } from '../../compiler/wit/model.js';
import * as C from '../../generated/2025-06-18/codecs/index.js';
import { ROOT } from '../cli.js';
import { McpArbitraries, restMembers, WitArbitraries } from './arbitrary.js';

export { C };
export type AnyCodec = C.TypeCodec<unknown, unknown>;

/** Every pinned MCP version (each has a committed library in generated/<version>/codecs). */
export const VERSIONS = Object.keys((JSON.parse(readFileSync(join(ROOT, 'mcp-schema', 'versions.json'), 'utf8')) as { versions: Record<string, unknown> }).versions).sort();

/** What the tests use of a generated library, whatever its version. */
export interface Library {
  MCP_VERSION: string;
  WIT_PACKAGE: string;
  types: Record<string, AnyCodec>;
  CodecError: typeof C.CodecError;
  decodeError(value: unknown): unknown;
  encodeError(value: never): { code: number; message: string; data?: unknown };
}

// Loaded when a test asks: importing a library is most of a test file's start-up time.
const LIBRARIES: Record<string, () => Promise<unknown>> = {
  '2024-11-05': () => import('../../generated/2024-11-05/codecs/index.js'),
  '2025-03-26': () => import('../../generated/2025-03-26/codecs/index.js'),
  '2025-06-18': async () => C,
  '2025-11-25': () => import('../../generated/2025-11-25/codecs/index.js'),
  '2026-07-28': () => import('../../generated/2026-07-28/codecs/index.js'),
};

export interface Fixture {
  version: string;
  inputs: CodecInputs;
  publicTypes: { name: string; def: TypeDef }[];
  schema: Record<string, unknown>;
  mcpArb: McpArbitraries;
  witArb: WitArbitraries;
  lib: Library;
  codec(name: string): AnyCodec;
}

const cached = new Map<string, Promise<Fixture>>();

/** The fixture of one version: its inputs as the generator reads them by default (`defaultWitDir`), and its library. */
export function fixture(version = '2025-06-18'): Promise<Fixture> {
  let f = cached.get(version);
  if (!f) {
    f = (async () => {
      const load = LIBRARIES[version];
      if (!load) throw new Error(`no generated library for MCP ${version}: add it to LIBRARIES in test/codecs/setup.ts`);
      const lib = (await load()) as Library;
      const inputs = await codecInputs({ spec: version });
      const schema = inputs.schema;
      const publicTypes = publicCodecTypes(inputs);
      const records = publicTypes.filter(({ def }) => def.kind === 'record');
      const notCarried = new Set(inputs.mapping.types.flatMap((t) => t.findings.filter((f) => f.rule === 'slot-missing').map((f) => `${t.name}.${f.path}`)));
      const rest = restCarried(inputs, records);
      const mcpArb = new McpArbitraries(inputs.mcp, schema, new Set(records.map(({ name }) => name)), notCarried, new Map([...rest].map(([name, r]) => [name, r.declared])));
      return {
        version,
        inputs,
        publicTypes,
        schema,
        mcpArb,
        witArb: new WitArbitraries(inputs.wit, { ...constFields(inputs, records), ...restFieldValues(rest) }, (name) => mcpArb.named(name)),
        lib,
        codec: (name: string) => lib.types[name] as AnyCodec,
      };
    })();
    cached.set(version, f);
  }
  return f;
}

/** Open MCP objects whose record has a rest field (the manifest's `rest`): the field (`record.field`) and the declared property names. */
function restCarried(inputs: CodecInputs, records: { name: string; def: TypeDef }[]): Map<string, { field: string; declared: string[] }> {
  const out = new Map<string, { field: string; declared: string[] }>();
  for (const { name, def } of records) {
    const field = inputs.mapping.rest?.[name];
    const m = resolveMcp(inputs.mcp, { kind: 'ref', name });
    if (field === undefined || def.kind !== 'record' || m.kind !== 'object' || !def.fields.some((f) => f.name === field)) continue;
    out.set(name, { field: `${def.name}.${field}`, declared: m.properties.map((p) => p.name) });
  }
  return out;
}

/** A rest field holds a non-empty JSON object (none stands for no member) with no declared key. */
function restFieldValues(rest: Map<string, { field: string; declared: string[] }>): Record<string, fc.Arbitrary<unknown>> {
  const out: Record<string, fc.Arbitrary<unknown>> = {};
  for (const { field, declared } of rest.values()) out[field] = restMembers(declared).map((v) => new TextEncoder().encode(JSON.stringify(v)));
  return out;
}

/**
 * WIT record fields that carry an optional `const` string property (`mode?: "form"` as
 * `mode: option<string>`): their only valid value is the constant.
 */
function constFields(inputs: CodecInputs, records: { name: string; def: TypeDef }[]): Record<string, fc.Arbitrary<unknown>> {
  const out: Record<string, fc.Arbitrary<unknown>> = {};
  for (const { name, def } of records) {
    if (def.kind !== 'record') continue;
    const m = resolveMcp(inputs.mcp, { kind: 'ref', name });
    if (m.kind !== 'object') continue;
    for (const p of m.properties) {
      const c = resolveMcp(inputs.mcp, p.type);
      const f = def.fields.find((x) => x.name === fieldName(p.name));
      if (!f) continue;
      const slot = resolveWit(inputs.wit, f.type);
      const inner = resolveWit(inputs.wit, slot.kind === 'option' ? slot.inner : f.type);
      const optional = <T>(a: fc.Arbitrary<T>) => (slot.kind === 'option' ? fc.option(a, { nil: undefined }) : a);
      if (c.kind === 'const' && typeof c.value === 'string' && inner.kind === 'primitive' && inner.name === 'string') out[`${def.name}.${f.name}`] = fc.constant(c.value);
      // An integer the schema bounds (2026-07-28's ttlMs >= 0) in an s64: values within the bounds.
      const t = p.type;
      if (t.kind === 'primitive' && t.type === 'integer' && (t.minimum !== undefined || t.maximum !== undefined) && inner.kind === 'primitive' && inner.name === 's64') {
        out[`${def.name}.${f.name}`] = optional(fc.bigInt({ min: BigInt(t.minimum ?? -(2 ** 53) + 1), max: BigInt(t.maximum ?? 2 ** 53 - 1) }));
      }
    }
  }
  return out;
}
