// Round-trip laws, per MCP type the proposal carries (at least 200 generated values each):
//   fromWit(toWit(x)) = x for valid MCP JSON x (key order aside), on the value path (ajv + converters)
//   and on the text path (parse/stringify, one pass);
//   toWit(fromWit(v)) = v for valid WIT values v (as jco represents them), on both paths.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparable } from './arbitrary.js';
import { fixture } from './setup.js';

const F = await fixture();
const RUNS = 200;

describe('MCP JSON -> WIT -> MCP JSON', () => {
  for (const { name } of F.publicTypes) {
    it(name, () => {
      const codec = F.codec(name);
      expect(codec, `a codec for ${name}`).toBeDefined();
      fc.assert(
        fc.property(F.mcpArb.named(name), (x) => {
          const w = codec.toWit(x);
          expect(codec.fromWit(w)).toEqual(x);
          // The text path reads the same value into the same WIT value, and writes it back.
          const text = JSON.stringify(x);
          const wt = codec.parse(text);
          expect(comparable(wt)).toEqual(comparable(w));
          expect(JSON.parse(codec.stringify(wt))).toEqual(x);
        }),
        { numRuns: RUNS },
      );
    });
  }
});

describe('WIT -> MCP JSON -> WIT', () => {
  for (const { name, def } of F.publicTypes) {
    it(name, () => {
      const codec = F.codec(name);
      fc.assert(
        fc.property(F.witArb.carrying(name, def), (v) => {
          const x = codec.fromWit(v);
          expect(comparable(codec.toWit(x))).toEqual(comparable(v));
          const text = codec.stringify(v);
          expect(JSON.parse(text)).toEqual(x);
          expect(comparable(codec.parse(text))).toEqual(comparable(v));
        }),
        { numRuns: RUNS },
      );
    });
  }
});
