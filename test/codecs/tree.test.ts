// The tree path (JSON.parse, then a generated walk) is a shortcut of the text path: for any text
// it returns exactly the text path's WIT value, byte for byte in `json` values, or gives up and
// leaves the message to the text path. Differential tests against the text path on generated,
// damaged and reformatted values, and the cases where it must give up.
import fc from 'fast-check';
import { resolveMcp } from '../../compiler/map/shapes.js';
import { beforeEach, describe, expect, it } from 'vitest';
import * as S from '../../generated/2025-06-18/codecs/scanner.js';
import * as T from '../../generated/2025-06-18/codecs/tree.js';
import { comparable, json, paths, setAt } from './arbitrary.js';
import { EXAMPLES } from './examples.js';
import { samplingRequest, toolsCallRequest } from './messages.js';
import { type AnyCodec, C, fixture, VERSIONS } from './setup.js';
import { loadTraffic } from '../component/traffic.js';

const F = await fixture();
const trees = T as unknown as Record<string, ((x: unknown) => unknown) | undefined>;

/** A WIT value with `json` bytes as their text: equal means equal bytes, not just equal JSON. */
function exact(v: unknown): unknown {
  if (v instanceof Uint8Array) return { bytes: new TextDecoder().decode(v) };
  if (Array.isArray(v)) return v.map(exact);
  if (typeof v === 'object' && v !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) Object.defineProperty(out, k, { value: exact(x), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return v;
}

function textPath(codec: AnyCodec, text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: exact(codec.parse(text)) };
  } catch (e) {
    if (e instanceof C.CodecError) return { ok: false };
    throw e;
  }
}

/** The tree converter of a type over a whole text, as the message functions run it; undefined when it gives up. */
function treePath(name: string, text: string): { taken: boolean; value?: unknown } {
  const vt = trees[`vt_${name.replace(/[^A-Za-z0-9_]/g, '_')}`];
  if (!vt) throw new Error(`no tree converter for ${name}`);
  const v = S.withTree(text, { misses: 0, skip: 0 }, () => vt(JSON.parse(text)));
  return v === undefined ? { taken: false } : { taken: true, value: exact(v) };
}

/** Text formatted three ways: compact, indented, and with spaces around every colon. */
function layouts(v: unknown): string[] {
  const compact = JSON.stringify(v);
  return [compact, JSON.stringify(v, null, 2), JSON.stringify(v, null, '\t').replace(/": /g, '" :  ')];
}

// Each version's library, with its own scanner (withTree keeps the message in module state).
type WithTree = Pick<typeof S, 'withTree'>;
const TREES: Record<string, () => Promise<[unknown, WithTree]>> = {
  '2024-11-05': () => Promise.all([import('../../generated/2024-11-05/codecs/tree.js'), import('../../generated/2024-11-05/codecs/scanner.js')]),
  '2025-03-26': () => Promise.all([import('../../generated/2025-03-26/codecs/tree.js'), import('../../generated/2025-03-26/codecs/scanner.js')]),
  '2025-06-18': async () => [T, S],
  '2025-11-25': () => Promise.all([import('../../generated/2025-11-25/codecs/tree.js'), import('../../generated/2025-11-25/codecs/scanner.js')]),
  '2026-07-28': () => Promise.all([import('../../generated/2026-07-28/codecs/tree.js'), import('../../generated/2026-07-28/codecs/scanner.js')]),
};

for (const version of VERSIONS) {
  describe(`the tree path returns what the text path returns, json bytes included (${version})`, async () => {
    const V = await fixture(version);
    const [tree, scanner] = await (TREES[version] as () => Promise<[unknown, WithTree]>)();
    const vts = tree as Record<string, ((x: unknown) => unknown) | undefined>;
    let taken = 0;
    let tried = 0;
    for (const { name } of V.publicTypes) {
      it(name, () => {
        const codec = V.codec(name);
        const vt = vts[`vt_${name.replace(/[^A-Za-z0-9_]/g, '_')}`];
        expect(vt, `vt_ for ${name}`).toBeDefined();
        fc.assert(
          fc.property(V.mcpArb.named(name), (v) => {
            for (const text of layouts(v)) {
              const a = textPath(codec, text);
              expect(a.ok, `the text path accepts ${text}`).toBe(true);
              const b = scanner.withTree(text, { misses: 0, skip: 0 }, () => (vt as (x: unknown) => unknown)(JSON.parse(text)));
              tried++;
              if (b !== undefined) {
                taken++;
                expect(exact(b)).toEqual((a as { value: unknown }).value);
              }
            }
          }),
          { numRuns: version === '2025-06-18' ? 40 : 8 },
        );
      });
    }
    it('and takes most generated values (it gives up only where a json name repeats)', () => {
      expect(tried).toBeGreaterThan(0);
      expect(taken / tried).toBeGreaterThan(0.5);
    });
  });
}

describe('on damaged values the tree path never accepts what the text path refuses', () => {
  for (const { name } of F.publicTypes) {
    it(name, () => {
      const codec = F.codec(name);
      const damaged = F.mcpArb
        .named(name)
        .chain((v) =>
          fc.tuple(fc.constant(v), fc.constantFrom(...paths(v)), fc.oneof(json, fc.constant('__bogus__'), fc.constant(-1), fc.constant(1e300), fc.constant('\ud800'), fc.constant(2 ** 53 + 2))),
        )
        .map(([v, p, x]) => setAt(v, p, x));
      fc.assert(
        fc.property(damaged, (m) => {
          const text = JSON.stringify(m);
          const a = textPath(codec, text);
          const b = treePath(name, text);
          if (!a.ok) expect(b.taken, `the text path refuses ${text}`).toBe(false);
          else if (b.taken) expect(b.value).toEqual(a.value);
        }),
        { numRuns: 60 },
      );
    });
  }
});

/** The text of an object with one of its keys also written earlier, with another value. */
function withEarlier(v: Record<string, unknown>, key: string, junk: unknown): string {
  const rest = JSON.stringify(v);
  return `{${JSON.stringify(key)}:${JSON.stringify(junk)}${rest === '{}' ? '' : `,${rest.slice(1, -1)}`}}`;
}

describe('repeated keys: the text, tree and value paths all take the last occurrence', () => {
  // Object types with a required property (so every generated value has a key to repeat).
  const objectTypes = F.publicTypes.filter(({ name }) => {
    const shape = resolveMcp(F.inputs.mcp, { kind: 'ref', name });
    return shape.kind === 'object' && shape.properties.some((p) => p.required);
  });
  it('covers object types', () => expect(objectTypes.length).toBeGreaterThan(20));
  for (const { name } of objectTypes) {
    it(name, () => {
      const codec = F.codec(name);
      const objects = F.mcpArb.named(name).map((v) => v as Record<string, unknown>);
      const cases = objects.chain((v) => fc.tuple(fc.constant(v), fc.constantFrom(...Object.keys(v)), fc.oneof(json, fc.constant('__bogus__'), fc.constant(null))));
      fc.assert(
        fc.property(cases, ([v, key, junk]) => {
          const text = withEarlier(v, key, junk);
          const a = textPath(codec, text);
          let value: { ok: true; value: unknown } | { ok: false };
          try {
            value = { ok: true, value: comparable(codec.toWit(JSON.parse(text))) };
          } catch (e) {
            if (!(e instanceof C.CodecError)) throw e;
            value = { ok: false };
          }
          expect(a.ok, text).toBe(value.ok);
          if (a.ok && value.ok) expect(comparable(codec.parse(text))).toEqual(value.value);
          const b = treePath(name, text);
          if (!a.ok) expect(b.taken).toBe(false);
          else if (b.taken) expect(b.value).toEqual(a.value);
        }),
        { numRuns: 30 },
      );
    });
  }
});

// Message level: decodeRequest and decodeResponse, against the same text padded past the tree
// path's size limit (trailing whitespace: the text path only).
const pad = (text: string): string => text + ' '.repeat(S.TREE_MAX);

function sameAsText(text: string, decode: (t: string) => unknown): unknown {
  let a: unknown;
  let b: unknown;
  try {
    a = exact(decode(text));
  } catch (e) {
    a = e instanceof C.CodecError ? { error: e.rule, path: e.path } : e;
  }
  try {
    b = exact(decode(pad(text)));
  } catch (e) {
    b = e instanceof C.CodecError ? { error: e.rule, path: e.path } : e;
  }
  expect(a).toEqual(b);
  return a;
}

/** The sampling request padded with a long system prompt: past the tree path's lower size limit. */
function sampling(params: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...samplingRequest, params: { ...samplingRequest.params, systemPrompt: 'You are a helpful assistant. '.repeat(20), ...params } };
}

describe('decodeRequest and decodeResponse', () => {
  let before = { taken: 0, left: 0 };
  beforeEach(() => {
    before = { ...S.treeCounts };
  });
  const counted = () => ({ taken: S.treeCounts.taken - before.taken, left: S.treeCounts.left - before.left });
  const request = (m: unknown): string => JSON.stringify(m);

  it('take the tree path for a sampling request, with the text path result', () => {
    sameAsText(request(sampling()), C.decodeRequest);
    expect(counted()).toEqual({ taken: 1, left: 0 });
  });

  it('copy a json value as it is written (spaces, escapes, number forms), as the text path does', () => {
    const text = request(sampling()).replace('"metadata":{"session":"abc"}', '"metadata" : { "session" : "abc", "n" : 1.50e1, "s": "\\t/" }');
    const r = sameAsText(text, C.decodeRequest) as { args: { metadata: { bytes: string } }[] };
    expect(r.args[0]?.metadata).toEqual({ bytes: '{ "session" : "abc", "n" : 1.50e1, "s": "\\t/" }' });
    expect(counted()).toEqual({ taken: 1, left: 0 });
  });

  it('give up when a json property name occurs twice, as a key or a string', () => {
    sameAsText(request(sampling({ _meta: { metadata: 1 } })), C.decodeRequest);
    sameAsText(request(sampling({ systemPrompt: 'metadata', stopSequences: ['"metadata"'] })).replace('"systemPrompt":"metadata"', '"systemPrompt":"metadata", "x": "metadata"'), C.decodeRequest);
    expect(counted().taken).toBe(0);
  });

  it('give up when the text has \\u escapes (a key could be spelled with them)', () => {
    // The one plain "metadata" left is another property's: without the rule its bytes would be taken.
    const text = request(sampling({ _meta: { metadata: { other: 2 } } })).replace('"metadata":{"session"', '"m\\u0065tadata":{"session"');
    const r = sameAsText(text, C.decodeRequest) as { args: { metadata: { bytes: string } }[] };
    expect(r.args[0]?.metadata).toEqual({ bytes: '{"session":"abc"}' });
    expect(counted().taken).toBe(0);
  });

  it('give up on a repeated json key, leaving its meaning to the text path', () => {
    const text = request(sampling()).replace('"metadata":{"session":"abc"}', '"metadata":{"a":1},"metadata":{"b":2}');
    const r = sameAsText(text, C.decodeRequest) as { args: { metadata: { bytes: string } }[] };
    expect(r.args[0]?.metadata).toEqual({ bytes: '{"b":2}' });
    expect(counted().taken).toBe(0);
  });

  it('refuse what the text path refuses, with its rule and path', () => {
    for (const bad of [sampling({ includeContext: 'everything' }), sampling({ maxTokens: 1.5 }), sampling({ messages: [{ role: 'robot', content: { type: 'text', text: 'x' } }] }), sampling({ temperature: '0.5' })]) {
      const r = sameAsText(request(bad), C.decodeRequest) as { error?: string };
      expect(r.error).toBeDefined();
    }
    expect(counted().taken).toBe(0);
  });

  it('leave small and large messages to the text path without trying', () => {
    sameAsText(request(toolsCallRequest), C.decodeRequest);
    expect(counted()).toEqual({ taken: 0, left: 0 });
  });

  it('back off from a kind of message whose json values are most of its text', () => {
    const big = { ...toolsCallRequest, id: 99, params: { name: 'search', arguments: { pattern: 'x'.repeat(600) } } };
    C.decodeRequest(request(big)); // tried: a miss, so the next one is not tried
    C.decodeRequest(request(big));
    expect(counted()).toEqual({ taken: 1, left: 0 });
    expect(S.treeCounts.taken).toBeGreaterThan(0);
  });

  it('agree with the text path on every recorded message and example', () => {
    for (const r of loadTraffic()) {
      const text = JSON.stringify({ jsonrpc: '2.0', ...r.message });
      if (r.kind === 'request' || r.kind === 'notification') {
        if (r.method in C.methods) sameAsText(text, C.decodeRequest);
      } else if (r.kind === 'result' && r.method in C.methods && 'decodeResult' in (C.methods as Record<string, object>)[r.method]!) {
        sameAsText(text, (t) => C.decodeResponse(t, r.method as never));
      }
    }
    for (const e of EXAMPLES) {
      const filler = { _filler: 'x'.repeat(600) };
      if (e.params) sameAsText(JSON.stringify({ jsonrpc: '2.0', id: 1, method: e.method, params: { ...e.params, ...filler } }), C.decodeRequest);
      if (e.result) sameAsText(JSON.stringify({ jsonrpc: '2.0', id: 1, result: { ...e.result, ...filler } }), (t) => C.decodeResponse(t, e.method as never));
    }
    expect(counted().taken).toBeGreaterThan(0);
  });
});
