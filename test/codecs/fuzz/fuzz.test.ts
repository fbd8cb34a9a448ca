// The differential fuzz of the generated codecs, bounded and seeded: instances made from each pinned
// version's official schema (generate.ts), valid ones and mutants, judged by ajv, through the text and
// the value paths of generated/<version>/codecs (oracle.ts). A finding outside the table of expected
// findings (expected.ts) fails, naming the seed; every listed reproduction must still fail as listed.
// FUZZ_SEED / FUZZ_COUNT change the sample; `npx tsx scripts/fuzz-codecs.ts` runs the long version.
import { describe, expect, it } from 'vitest';
import { EXPECTED, expectedFor } from './expected.js';
import { library } from './libraries.js';
import { fuzzVersion, replay } from './oracle.js';
import { PINNED, versionSchema } from './schema.js';

const SEED = Number(process.env['FUZZ_SEED'] ?? 20260728);
const COUNT = Number(process.env['FUZZ_COUNT'] ?? 25);
const MUTANTS = 6;

describe.each(PINNED)('codec fuzz, MCP %s', (version) => {
  it(`${COUNT} valid instances per kind and ${MUTANTS} mutants each (seed ${SEED}): no finding outside the table`, async () => {
    const lib = await library(version);
    const vs = versionSchema(version, lib.methods);
    // Every kind the library carries is fuzzed: params of each request and notification, each result.
    expect(vs.kinds.filter((k) => k.part === 'params').map((k) => k.method)).toEqual(Object.keys(lib.methods).sort());
    const s = fuzzVersion(vs, lib, SEED, COUNT, MUTANTS);
    expect(s.valid).toBeGreaterThan(0);
    expect(s.invalid).toBeGreaterThan(0);
    const unexpected = [...s.findings.values()]
      .filter(({ smallest: f }) => expectedFor(version, f.kind, f.cls) === undefined)
      .map(({ count, smallest: f }) => `${f.kind} ${f.cls} x${count} (${f.path} path): ${f.detail}\n  reproduction: ${f.input}`);
    expect(unexpected, `findings not in test/codecs/fuzz/expected.ts (seed ${SEED}; rerun: FUZZ_SEED=${SEED} npx vitest run test/codecs/fuzz)`).toEqual([]);
  });

  it('every expected finding still reproduces (remove the fixed ones from the table)', async () => {
    const lib = await library(version);
    const vs = versionSchema(version, lib.methods);
    const fixed = EXPECTED.filter((e) => e.version === version && !replay(vs, lib, e).includes(e.cls)).map((e) => `${e.kind} ${e.cls}: ${e.input}`);
    expect(fixed, 'fixed: remove them from test/codecs/fuzz/expected-findings.json (npx tsx scripts/fuzz-codecs.ts --write-expected)').toEqual([]);
  });
});

describe('the oracle itself', () => {
  it('finds a member dropped on purpose, and an invalid value accepted on purpose', async () => {
    const lib = await library('2025-06-18');
    const vs = versionSchema('2025-06-18', lib.methods);
    const codec = lib.methods['tools/call']!;
    // A library that drops `arguments` and accepts anything: the oracle must say both.
    const broken = {
      ...lib,
      methods: { ...lib.methods, 'tools/call': { ...codec, decodeParams: (p: unknown) => { const a = codec.decodeParams({ name: (p as { name?: string })?.name ?? 'x' }); return a; } } },
    };
    const valid = replay(vs, broken, { kind: 'tools/call params', path: 'value', input: '{"name":"t","arguments":{"a":1}}', how: 'valid', valid: true });
    expect(valid).toContain('lost:declared');
    const invalid = replay(vs, broken, { kind: 'tools/call params', path: 'value', input: '{"name":"t","arguments":5}', how: 'wrong-type', valid: false });
    expect(invalid).toContain('accepted-invalid:wrong-type');
  });
});
