// Invalid MCP JSON is rejected, never converted, on both paths: per MCP type carried, a wrong
// type, a missing required property, a bad enum value, a bad discriminator or const. Then a
// differential fuzz: random damage to valid values is accepted by the value path (ajv) exactly
// when it is accepted by the text path (one pass), and both give the same WIT value.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveMcp } from '../../compiler/map/shapes.js';
import { comparable, json, paths, setAt } from './arbitrary.js';
import { type AnyCodec, C, fixture } from './setup.js';

const F = await fixture();
const mcp = F.inputs.mcp;

function rejects(codec: AnyCodec, value: unknown, what: string): void {
  for (const [path, run] of [
    ['value', () => codec.toWit(value)],
    ['text', () => codec.parse(JSON.stringify(value))],
  ] as const) {
    let thrown: unknown;
    try {
      run();
    } catch (e) {
      thrown = e;
    }
    expect(thrown, `${what} must be rejected on the ${path} path`).toBeInstanceOf(C.CodecError);
    const e = thrown as InstanceType<typeof C.CodecError>;
    expect(typeof e.path).toBe('string');
    expect(e.rule.length).toBeGreaterThan(0);
  }
}

function sample(name: string): unknown {
  return fc.sample(F.mcpArb.named(name), { numRuns: 1, seed: 7 })[0];
}

/** Required properties of a valid object value of `name` that are present (all are). */
function objectProperties(name: string) {
  const s = resolveMcp(mcp, { kind: 'ref', name });
  return s.kind === 'object' ? s.properties : [];
}

describe('rejected, per MCP type', () => {
  for (const { name } of F.publicTypes) {
    it(name, () => {
      const codec = F.codec(name);
      const valid = sample(name);
      codec.toWit(valid); // the sample itself is valid
      let checks = 0;
      // wrong type
      rejects(codec, Array.isArray(valid) ? 42 : [[1]], 'a value of the wrong type');
      if (typeof valid === 'object' && valid !== null) rejects(codec, 42, 'a number for an object');
      rejects(codec, null, 'null');
      checks++;
      const shape = resolveMcp(mcp, { kind: 'ref', name });
      if (shape.kind === 'enum') {
        rejects(codec, '__bogus__', 'a bad enum value');
        checks++;
      }
      if (shape.kind === 'union' && shape.discriminator && typeof valid === 'object' && valid !== null) {
        rejects(codec, { ...(valid as object), [shape.discriminator]: '__bogus__' }, 'a bad discriminator');
        checks++;
      }
      for (const p of objectProperties(name)) {
        const o = valid as Record<string, unknown>;
        if (p.required) {
          const { [p.name]: _, ...rest } = o;
          rejects(codec, rest, `missing required ${p.name}`);
          checks++;
        }
        const t = resolveMcp(mcp, p.type);
        if (t.kind === 'enum' || t.kind === 'const') {
          rejects(codec, { ...o, [p.name]: '__bogus__' }, `a bad ${t.kind} in ${p.name}`);
          checks++;
        }
        if (t.kind === 'primitive' && (p.required || p.name in o)) {
          rejects(codec, { ...o, [p.name]: t.type === 'string' ? 5 : 'five' }, `${p.name} of the wrong type`);
          checks++;
        }
      }
      expect(checks).toBeGreaterThan(0);
    });
  }
});

function outcome(run: () => unknown): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: comparable(run()) };
  } catch (e) {
    if (e instanceof C.CodecError) return { ok: false };
    throw e;
  }
}

describe('value path and text path agree on damaged values', () => {
  for (const { name } of F.publicTypes) {
    it(name, () => {
      const codec = F.codec(name);
      const damaged = F.mcpArb
        .named(name)
        .chain((v) => fc.tuple(fc.constant(v), fc.constantFrom(...paths(v)), fc.oneof(json, fc.constant('__bogus__'), fc.constant(-1), fc.constant(1e300))))
        .map(([v, p, x]) => setAt(v, p, x));
      fc.assert(
        fc.property(damaged, (m) => {
          const a = outcome(() => codec.toWit(m));
          const b = outcome(() => codec.parse(JSON.stringify(m)));
          expect(b.ok, `value path ${a.ok ? 'accepts' : 'rejects'} ${JSON.stringify(m)}`).toBe(a.ok);
          if (a.ok && b.ok) expect(b.value).toEqual(a.value);
        }),
        { numRuns: 60 },
      );
    });
  }
});

describe("a tool's schemas from the WIT side", () => {
  const bytes = (v: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(v));
  const tool = (inputSchema: Uint8Array, outputSchema?: Uint8Array) => ({ name: 't', inputSchema, outputSchema });
  const Tool = C.types.Tool as unknown as AnyCodec;

  it('are carried whole, keywords MCP does not declare included', () => {
    const input = { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', additionalProperties: false, $defs: { a: { type: 'string' } } };
    const output = { type: 'object', description: 'out', properties: { ok: { type: 'boolean' } } };
    expect(Tool.fromWit(tool(bytes(input), bytes(output)))).toEqual({ name: 't', inputSchema: input, outputSchema: output });
    expect(JSON.parse(Tool.stringify(tool(bytes(input), bytes(output))))).toEqual({ name: 't', inputSchema: input, outputSchema: output });
  });

  it('must be objects whose type is "object"', () => {
    for (const bad of [{ type: 'string' }, { properties: {} }, ['type', 'object'], 'object']) {
      expect(() => Tool.fromWit(tool(bytes(bad))), JSON.stringify(bad)).toThrow(C.CodecError);
      expect(() => Tool.stringify(tool(bytes(bad))), JSON.stringify(bad)).toThrow(C.CodecError);
      expect(() => Tool.fromWit(tool(bytes({ type: 'object' }), bytes(bad))), JSON.stringify(bad)).toThrow(C.CodecError);
    }
  });
});
