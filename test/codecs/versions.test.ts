// Every pinned MCP version goes through `generate codecs` with no version-specific code: per
// version other than 2025-06-18 (whose library, against the released proposal's 0.1.0-preview2,
// is the one hosts import and has its own tests: generate, laws, negative, messages, hostile), the committed generated/<version>/codecs is
// exactly what the generator writes against generated/<version>/wit/preview2 (golden), nothing
// is reported that could not be generated, and the round-trip laws hold for every carried type on
// both paths (25 generated values per type and law: the budget of the whole codec suite). For
// every version: a wrong type is rejected with its JSON pointer, and the error object round-trips.
// The type-check of all versions' files is one `tsc` run (generate.test.ts).
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultWitDir } from '../../compiler/emit/codecs/index.js';
import { generateCodecs } from '../../compiler/pipeline.js';
import { ROOT } from '../cli.js';
import { expectGolden } from '../golden.js';
import { roundTripLaws } from './laws.js';
import { type Fixture, fixture, VERSIONS } from './setup.js';

/** The version whose library the host imports (its own tests) and the one the current proposal targets. */
const RELEASED_SPEC = '2025-06-18';
const PROPOSAL_SPEC = '2026-07-28';
const OTHERS = VERSIONS.filter((v) => v !== RELEASED_SPEC);
const LAW_RUNS = 25;

function committed(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

it('every pinned version is tested', () => {
  expect(VERSIONS).toEqual(['2024-11-05', '2025-03-26', '2025-06-18', '2025-11-25', '2026-07-28']);
});

describe('the default WIT package of a version', () => {
  it("is the proposal's wit/preview2 when its manifest's spec is the version, or a released one's", () => {
    expect(defaultWitDir(PROPOSAL_SPEC)).toBe(join(ROOT, 'wit', 'preview2'));
    expect(defaultWitDir(RELEASED_SPEC)).toBe(join(ROOT, 'released', '0.1.0', 'wit', 'preview2'));
  });
  it('else generated/<version>/wit/preview2', () => {
    for (const v of OTHERS.filter((x) => x !== PROPOSAL_SPEC)) expect(defaultWitDir(v), v).toBe(join(ROOT, 'generated', v, 'wit', 'preview2'));
  });
  it("else the proposal's, with a warning", () => {
    const diagnostics: { code: string }[] = [];
    expect(defaultWitDir('2099-01-01', diagnostics as never)).toBe(join(ROOT, 'wit', 'preview2'));
    expect(diagnostics.map((d) => d.code)).toEqual(['codec-wit-version']);
  });
});

for (const v of OTHERS) {
  describe(`generate codecs --spec ${v}`, async () => {
    const out = join(ROOT, 'generated', v, 'codecs');
    const r = await generateCodecs({ spec: v });

    it(`matches the committed generated/${v}/codecs (golden)`, () => {
      expect(r.files.map((f) => relative(out, f.path).split(sep).join('/'))).toEqual(committed(out));
      for (const f of r.files) expectGolden(f.path, f.content);
    });

    it('reports nothing it could not generate (overlapping unions aside: documented)', () => {
      const codecs = r.diagnostics.filter((d) => d.code.startsWith('codec-'));
      expect(codecs.filter((d) => d.code !== 'codec-overlapping-union')).toEqual([]);
      expect(overlappingUnions(r.diagnostics)).toEqual(OVERLAPPING[v] ?? []);
    });
  });
}

/**
 * Unions without discriminator whose members overlap as the WIT carries them (docs/codecs.md):
 * 2025-11-25's `EnumSchema` has `UntitledSingleSelectEnumSchema` {type, enum} and
 * `LegacyTitledEnumSchema` {type, enum, enumNames?}; a legacy value without `enumNames` is the
 * same JSON as an untitled one. `PrimitiveSchemaDefinition` holds those members too.
 */
const OVERLAPPING: Record<string, string[]> = { '2025-11-25': ['EnumSchema', 'PrimitiveSchemaDefinition'], '2026-07-28': ['EnumSchema', 'PrimitiveSchemaDefinition'] };

function overlappingUnions(diagnostics: { code: string; message: string }[]): string[] {
  return diagnostics
    .filter((d) => d.code === 'codec-overlapping-union')
    .map((d) => d.message.slice(0, d.message.indexOf(':')))
    .sort();
}

for (const v of OTHERS) roundTripLaws(await fixture(v), LAW_RUNS, new Set(OVERLAPPING[v] ?? []));

describe.each(VERSIONS)('%s', (v) => {
  let F: Fixture;
  it('rejects a wrong type with its JSON pointer, on both paths', async () => {
    F = await fixture(v);
    expect(F.lib.MCP_VERSION).toBe(v);
    const codec = F.codec('CallToolResult');
    // wrong only in its text (2026-07-28 results carry their resultType)
    const body = F.inputs.mcp.types.CallToolResult?.body;
    const resultType = body?.kind === 'object' && body.properties.some((p) => p.name === 'resultType') ? { resultType: 'complete' } : {};
    const bad = { content: [{ type: 'text', text: 5 }], ...resultType };
    for (const [path, run] of [
      ['value', () => codec.toWit(bad)],
      ['text', () => codec.parse(JSON.stringify(bad))],
    ] as const) {
      let thrown: unknown;
      try {
        run();
      } catch (e) {
        thrown = e;
      }
      expect(thrown, `the ${path} path`).toBeInstanceOf(F.lib.CodecError);
      expect((thrown as InstanceType<typeof F.lib.CodecError>).path, `the ${path} path`).toBe('/content/0/text');
      expect((thrown as InstanceType<typeof F.lib.CodecError>).rule, `the ${path} path`).toBe('type');
    }
  });

  it('carries the JSON-RPC error object both ways', async () => {
    F = await fixture(v);
    const known = { code: -32602, message: 'bad', data: { a: [1] } };
    const other = { code: 42, message: 'custom' };
    for (const e of [known, other]) expect(F.lib.encodeError(F.lib.decodeError(e) as never)).toEqual(e);
    // The proposal's `error-code` variant, or (a schema's own `Error`, 2025-11-25) the integer itself.
    const code = (F.lib.decodeError(known) as { code: unknown }).code;
    if (v === '2025-11-25') expect(code).toBe(-32602n);
    else expect(code).toEqual({ tag: 'invalid-params' });
  });
});
