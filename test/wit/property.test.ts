// Robustness: random mutations of valid WIT never crash the parser/resolver. Every outcome is a
// model, or at least one diagnostic with a line and column (and never an internal error).

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWitSource } from '../../compiler/wit/index.js';
import { builtinCorpus, fixtures, witFilesUnder } from './helpers.js';

const TOKENS = [
  '{', '}', '(', ')', '<', '>', ',', ';', ':', '.', '@', '/', '=', '->', '_', '%', '*', '-', '+', '"',
  'package', 'interface', 'world', 'use', 'type', 'record', 'variant', 'enum', 'flags', 'resource',
  'func', 'async', 'static', 'constructor', 'import', 'export', 'include', 'with', 'as', 'borrow', 'own',
  'list', 'option', 'result', 'tuple', 'future', 'stream', 'string', 'u32', 'error-context',
  '@since(version = 0.1.0)', '@unstable(feature = x)', '@deprecated(version = 1.0.0)', '///', '//', '/*', '*/',
  'a', 'A-B', 'x1', '0', '1.0.0', '\n', ' ', 'é', '\u{1F600}',
];

// Mostly the small fixtures (fast), plus a few full WASI packages for realistic structure.
const sources = [
  ...fixtures('ok').flatMap((f) => witFilesUnder(f.path)),
  ...builtinCorpus().slice(0, 4).map((e) => witFilesUnder(e.path)[0]!),
].map((f) => readFileSync(f, 'utf8'));

type Mutation = { op: 'delete' | 'insert' | 'replace' | 'dup'; at: number; len: number; token: string };

const mutation = fc.record({
  op: fc.constantFrom<Mutation['op']>('delete', 'insert', 'replace', 'dup'),
  at: fc.nat(),
  len: fc.integer({ min: 1, max: 12 }),
  token: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 3 })),
});

function apply(text: string, m: Mutation): string {
  const at = text.length === 0 ? 0 : m.at % (text.length + 1);
  switch (m.op) {
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.len);
    case 'insert':
      return text.slice(0, at) + m.token + text.slice(at);
    case 'replace':
      return text.slice(0, at) + m.token + text.slice(at + m.len);
    case 'dup':
      return text.slice(0, at) + text.slice(at, at + m.len * 4) + text.slice(at);
    default: {
      const _: never = m.op;
      return _;
    }
  }
}

describe('mutated WIT never crashes the front end', () => {
  it('10,000 random mutations', () => {
    fc.assert(
      fc.property(fc.nat({ max: sources.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (i, ms) => {
        const text = ms.reduce(apply, sources[i]!);
        const r = parseWitSource(text, 'mutant.wit');
        if (r.model) return;
        expect(r.diagnostics.length).toBeGreaterThan(0);
        const d = r.diagnostics[0]!;
        expect(d.code, d.message).not.toBe('wit-internal');
        expect(d.line, d.message).toBeGreaterThan(0);
        expect(d.column, d.message).toBeGreaterThan(0);
      }),
      { numRuns: Number(process.env.WIT_PROPERTY_RUNS ?? 10_000) },
    );
  }, 60_000);
});
