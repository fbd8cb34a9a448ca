// Round-trip laws, per MCP type a version's WIT package carries (`runs` generated values each):
//   fromWit(toWit(x)) = x for valid MCP JSON x (key order aside), on the value path (ajv + converters)
//   and on the text path (parse/stringify, one pass);
//   toWit(fromWit(v)) = v for valid WIT values v (as jco represents them), on both paths.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparable } from './arbitrary.js';
import type { McpModel, McpType } from '../../compiler/schema/model.js';
import type { Fixture } from './setup.js';

/**
 * `overlapping`: unions the generator reported as `codec-overlapping-union` (anyOf members that
 * overlap as the WIT carries them). For a type that reaches one, a WIT value of a later case can
 * come back as an earlier case, so the WIT law is checked as far as it holds: the MCP JSON is
 * stable (fromWit . toWit . fromWit = fromWit) on both paths.
 */
export function roundTripLaws(F: Fixture, runs: number, overlapping: ReadonlySet<string> = new Set()): void {
  const weak = new Set(F.publicTypes.filter(({ name }) => reaches(F.inputs.mcp, { kind: 'ref', name }, overlapping, new Set())).map(({ name }) => name));
  describe(`${F.version}: MCP JSON -> WIT -> MCP JSON`, () => {
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
          { numRuns: runs },
        );
      });
    }
  });

  describe(`${F.version}: WIT -> MCP JSON -> WIT`, () => {
    for (const { name, def } of F.publicTypes) {
      it(weak.has(name) ? `${name} (JSON stable: reaches an overlapping union)` : name, () => {
        const codec = F.codec(name);
        fc.assert(
          fc.property(F.witArb.carrying(name, def), (v) => {
            const x = codec.fromWit(v);
            if (weak.has(name)) {
              expect(codec.fromWit(codec.toWit(x))).toEqual(x);
              expect(JSON.parse(codec.stringify(codec.parse(codec.stringify(v))))).toEqual(x);
              return;
            }
            expect(comparable(codec.toWit(x))).toEqual(comparable(v));
            const text = codec.stringify(v);
            expect(JSON.parse(text)).toEqual(x);
            expect(comparable(codec.parse(text))).toEqual(comparable(v));
          }),
          { numRuns: runs },
        );
      });
    }
  });
}

/** Whether an MCP type reaches one of the named types (through refs, properties, items, values, members). */
function reaches(mcp: McpModel, t: McpType, targets: ReadonlySet<string>, seen: Set<string>): boolean {
  switch (t.kind) {
    case 'ref': {
      if (targets.has(t.name)) return true;
      if (seen.has(t.name)) return false;
      seen.add(t.name);
      const named = mcp.types[t.name];
      if (!named) return false;
      if (named.body.kind === 'type') return reaches(mcp, named.body.type, targets, seen);
      return named.body.properties.some((p) => reaches(mcp, p.type, targets, seen));
    }
    case 'array':
      return reaches(mcp, t.items, targets, seen);
    case 'map':
      return reaches(mcp, t.values, targets, seen);
    case 'union':
      return t.members.some((m) => reaches(mcp, m, targets, seen));
    default:
      return false;
  }
}
