// The long differential fuzz of the generated codecs (the test suite runs a bounded sample of the
// same: test/codecs/fuzz/fuzz.test.ts). Prints, per version, the instances and the findings per
// kind and class with the smallest reproduction, and whether each is in the table of expected
// findings (test/codecs/fuzz/expected.ts).
//
//   npx tsx scripts/fuzz-codecs.ts [--count N] [--mutants M] [--seed S] [--spec V]... [--json FILE]
//   [--write-expected]: adds every finding kind not yet in the table (with its smallest reproduction)
//   to test/codecs/fuzz/expected-findings.json, and removes those whose reproduction no longer fails.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { EXPECTED, EXPECTED_FILE, expectedFor, type Expected } from '../test/codecs/fuzz/expected.js';
import { library } from '../test/codecs/fuzz/libraries.js';
import { fuzzVersion, replay } from '../test/codecs/fuzz/oracle.js';
import { PINNED, versionSchema } from '../test/codecs/fuzz/schema.js';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '200' },
    mutants: { type: 'string', default: '6' },
    seed: { type: 'string' },
    spec: { type: 'string', multiple: true },
    json: { type: 'string' },
    'write-expected': { type: 'boolean', default: false },
  },
});
const seed = values.seed !== undefined ? Number(values.seed) : (Date.now() % 2 ** 31) >>> 0;
const count = Number(values.count);
const mutants = Number(values.mutants);
if (!Number.isInteger(seed) || !Number.isInteger(count) || !Number.isInteger(mutants)) {
  process.stderr.write('fuzz-codecs: --count, --mutants and --seed are integers\n');
  process.exit(2);
}
const versions = values.spec ?? PINNED;
console.log(`fuzz-codecs: seed ${seed}, ${count} valid instances per kind, ${mutants} mutants each`);
let unexpected = 0;
const all: (Expected & { count: number })[] = [];
const table: Expected[] = [];
for (const version of versions) {
  const lib = await library(version);
  const vs = versionSchema(version, lib.methods);
  const t0 = Date.now();
  const s = fuzzVersion(vs, lib, seed, count, mutants);
  for (const e of EXPECTED.filter((x) => x.version === version)) if (replay(vs, lib, e).includes(e.cls)) table.push(e);
  else console.log(`  fixed: ${e.kind}|${e.cls}`);
  console.log(`\n## ${version}: ${s.instances} instances (${s.valid} valid, ${s.invalid} invalid) over ${vs.kinds.length} kinds, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const byClass = new Map<string, number>();
  for (const [key, { count: n, smallest }] of [...s.findings].sort(([a], [b]) => (a < b ? -1 : 1))) {
    byClass.set(smallest.cls, (byClass.get(smallest.cls) ?? 0) + n);
    const known = expectedFor(version, smallest.kind, smallest.cls) !== undefined;
    if (!known) unexpected++;
    // A class whose listed reproduction no longer shows it, but that the run still finds, keeps its
    // row with today's smallest reproduction.
    if (!table.some((e) => e.version === version && e.kind === smallest.kind && e.cls === smallest.cls)) table.push(smallest);
    console.log(`  ${known ? 'expected  ' : 'UNEXPECTED'} ${key} x${n} (${smallest.path}): ${smallest.detail.slice(0, 200)}\n      ${smallest.input.slice(0, 400)}`);
    all.push({ ...smallest, count: n });
  }
  console.log(`  per class: ${[...byClass].map(([c, n]) => `${c} ${n}`).join(', ') || 'none'}`);
}
if (values['write-expected']) {
  const keep = EXPECTED.filter((e) => !versions.includes(e.version));
  const rows = [...keep, ...table].sort((a, b) => (`${a.version}|${a.kind}|${a.cls}` < `${b.version}|${b.kind}|${b.cls}` ? -1 : 1));
  writeFileSync(EXPECTED_FILE, JSON.stringify(rows.map(({ version, kind, cls, path, how, valid, lenient, at, input, detail }) => ({ version, kind, cls, path, how, valid, ...(lenient ? { lenient } : {}), ...(at && cls.startsWith('far-error') ? { at } : {}), input, detail })), null, 1) + '\n');
  console.log(`wrote ${rows.length} expected findings`);
}
if (values.json) writeFileSync(values.json, JSON.stringify(all, null, 1) + '\n');
console.log(`\n${unexpected} unexpected finding kinds (seed ${seed})`);
process.exit(unexpected > 0 ? 1 : 0);
