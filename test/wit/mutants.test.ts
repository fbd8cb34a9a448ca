// Differential mutation test: seeded random edits of the ok fixtures (token insertions, deletions,
// replacements, and identifier swaps) must get jco's verdict and, when rejected, jco's first
// message. Deterministic (fixed seed), so a failure here is a regression, not noise.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { closeJco } from '../../compiler/wit/oracle.js';
import { fixtures } from './helpers.js';
import { expectSameVerdict } from './oracle-checks.js';

const TOKENS = [
  '{', '}', '(', ')', '<', '>', ',', ';', ':', '.', '@', '/', '=', '->', '_', '%', 'package', 'interface',
  'world', 'use', 'type', 'record', 'variant', 'enum', 'flags', 'resource', 'func', 'async', 'static',
  'constructor', 'import', 'export', 'include', 'with', 'as', 'borrow', 'own', 'list', 'option', 'result',
  'tuple', 'future', 'stream', 'string', 'u32', 'error-context', '@since(version = 0.1.0)',
  '@unstable(feature = x)', '@deprecated(version = 1.0.0)', '///', '//', 'a', 'A-B', 'x1', '0', '1.0.0', '\n',
];

const sources = fixtures('ok')
  .filter((f) => f.path.endsWith('.wit'))
  .map((f) => readFileSync(f.path, 'utf8'));

type Edit = ['del' | 'ins' | 'rep' | 'swap', number, number, string];

function mutate(text: string, edits: Edit[]): string {
  let t = text;
  for (const [op, a, b, token] of edits) {
    if (op === 'swap') {
      const words = [...t.matchAll(/%?[A-Za-z][A-Za-z0-9-]*|[{}();,<>]/g)];
      if (words.length < 2) continue;
      const w1 = words[a % words.length]!;
      const w2 = words[b % words.length]!;
      t = t.slice(0, w1.index) + w2[0] + t.slice(w1.index! + w1[0].length);
      continue;
    }
    const at = a % (t.length + 1);
    const len = 1 + (b % 8);
    if (op === 'del') t = t.slice(0, at) + t.slice(at + len);
    else if (op === 'ins') t = t.slice(0, at) + token + ' ' + t.slice(at);
    else t = t.slice(0, at) + token + t.slice(at + len);
  }
  return t;
}

const edit = fc.tuple(fc.constantFrom<Edit[0]>('del', 'ins', 'rep', 'swap'), fc.nat(), fc.nat(), fc.constantFrom(...TOKENS));
const samples = fc.sample(fc.tuple(fc.nat({ max: sources.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 3 })), {
  numRuns: 200,
  seed: 20251126,
});

const dir = mkdtempSync(join(tmpdir(), 'wit-mutants-'));
// jco itself spins or panics on these (see fail/fixed-list-zero.wit, fail/empty-block-doc.wit).
const JCO_CRASHES = /list<[^>]*,\s*0\s*>|\/\*\*\//;
const mutants = samples
  .map(([i, edits], n) => ({ name: `mutant-${n}`, text: mutate(sources[i]!, edits) }))
  .filter((m) => !JCO_CRASHES.test(m.text));

afterAll(() => closeJco());

describe.concurrent('mutated fixtures: same verdict and first message as jco', () => {
  for (const m of mutants) {
    it(m.name, async () => {
      const path = join(dir, `${m.name}.wit`);
      writeFileSync(path, m.text);
      await expectSameVerdict(path);
    });
  }
});
