// The schema front end never crashes: any JSON document comes back as a model or diagnostics.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { buildMcpModel } from '../../compiler/schema/index.js';
import { locateLocal } from '../../compiler/schema/pins.js';

const names = ['A', 'B', 'CallToolRequest', 'ClientRequest', 'ServerNotification', 'Result', 'EmptyResult'];

const schemaArb: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  schema: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(true, false, {}),
    fc.record({ type: fc.constantFrom('string', 'integer', 'number', 'boolean', 'null', 'object', 'array', 'bogus') }, { requiredKeys: [] }),
    fc.record({ $ref: fc.oneof(fc.constantFrom(...names).map((n) => `#/definitions/${n}`), fc.string()) }),
    fc.record({ const: fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.object()) }),
    fc.record({ enum: fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 4 }) }),
    fc.record({ anyOf: fc.array(tie('schema'), { maxLength: 4 }) }),
    fc.record({ allOf: fc.array(tie('schema'), { maxLength: 3 }) }),
    fc.record({ type: fc.constant('array'), items: tie('schema') }, { requiredKeys: ['type'] }),
    fc.record(
      {
        type: fc.constant('object'),
        properties: fc.dictionary(fc.string({ maxLength: 8 }), tie('schema'), { maxKeys: 4 }),
        required: fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
        additionalProperties: fc.oneof(fc.boolean(), tie('schema')),
      },
      { requiredKeys: [] },
    ),
    fc.record({ type: fc.array(fc.constantFrom('string', 'integer', 'null'), { maxLength: 3 }), unknownKeyword: fc.anything() }, { requiredKeys: ['type'] }),
  ),
})).schema;

const docArb = fc.oneof(
  fc.record({ $schema: fc.constantFrom('http://json-schema.org/draft-07/schema#', 'x'), definitions: fc.dictionary(fc.constantFrom(...names), schemaArb, { maxKeys: 7 }) }, { requiredKeys: ['definitions'] }),
  fc.record({ $defs: fc.dictionary(fc.constantFrom(...names), schemaArb, { maxKeys: 7 }) }),
  fc.anything(),
);

describe('schema front end robustness', () => {
  it('returns a model or diagnostics for any document, never throws', () => {
    fc.assert(
      fc.property(docArb, (doc) => {
        const r = buildMcpModel(doc, { file: 'random.json', version: 'x' });
        expect(r.model !== undefined || r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
        for (const d of r.diagnostics) expect(d.jsonPath).toMatch(/^#/);
      }),
      { numRuns: 3000 },
    );
  });

  it('survives random deletions of definitions from a real schema', () => {
    const real = JSON.parse(readFileSync(locateLocal('2025-11-25')!.path, 'utf8')) as { $defs: Record<string, unknown> };
    const keys = Object.keys(real.$defs);
    fc.assert(
      fc.property(fc.subarray(keys, { maxLength: 20 }), (drop) => {
        const doc = { ...real, $defs: { ...real.$defs } };
        for (const k of drop) delete doc.$defs[k];
        const r = buildMcpModel(doc, { file: 'cut.json', version: 'x' });
        if (drop.length === 0) expect(r.model).toBeDefined();
        else expect(r.model !== undefined || r.diagnostics.some((d) => d.code === 'dangling-ref')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
