// Differential test on generated packages for the reference's rejection rules: `@unstable` gates
// (types, functions, interfaces, worlds, includes; no feature enabled, as in jco), top-level `use`
// aliases, `include` of worlds and of interfaces, `use`s within the package and from a nested
// dependency package, export elaboration, and type nesting around the depth limits
// (rules-gen.ts); then two such packages as a directory with `deps/`, where wit-parser's order of
// packages decides which error comes first. Verdict and first message are compared with jco.
// Seeded and bounded.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { closeJco } from '../../compiler/wit/oracle.js';
import { expectSameVerdict } from './oracle-checks.js';
import { multiSpec, renderMulti, renderRules, rulesSpec } from './rules-gen.js';

const dir = mkdtempSync(join(tmpdir(), 'wit-rules-'));
const cases = fc.sample(rulesSpec, { numRuns: 120, seed: 19_2026 }).map((s, i) => ({ name: `rules-${i}`, text: renderRules(s) }));

const multi = fc.sample(multiSpec, { numRuns: 40, seed: 19_2027 }).map((s, i) => ({ name: `packages-${i}`, files: renderMulti(s) }));

afterAll(() => closeJco());

describe.concurrent('generated packages (gates, includes, uses across packages, nesting): same verdict and first message as jco', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const path = join(dir, `${c.name}.wit`);
      writeFileSync(path, c.text);
      await expectSameVerdict(path);
    });
  }
});

describe.concurrent('generated directories of two packages: same verdict and first message as jco', () => {
  for (const c of multi) {
    it(c.name, async () => {
      const root = join(dir, c.name);
      for (const [file, text] of Object.entries(c.files)) {
        mkdirSync(dirname(join(root, file)), { recursive: true });
        writeFileSync(join(root, file), text);
      }
      await expectSameVerdict(root);
    });
  }
});
