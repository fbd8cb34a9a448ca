// 2026-07-28's JSONValue (anyOf object / array / string, integer, boolean; no null, no fraction)
// is checked on the text by generated code first; only when that check refuses, or nesting runs
// deep, does its validator decide (issue 15). Whatever the check, the text path must accept and
// refuse exactly what the value path (the validator alone) does, with the same pointer and rule.
import { describe, expect, it } from 'vitest';
import * as V0728 from '../../generated/2026-07-28/codecs/index.js';

const lib = V0728 as unknown as {
  decodeRequest(text: string): { args: unknown[] };
  methods: Record<string, { decodeParams(params: unknown): unknown[] }>;
};

/** A prompts/get request whose client capabilities carry `value` as an extension's member: a JSONValue site. */
function params(value: string): string {
  return `{"_meta":{"io.modelcontextprotocol/clientCapabilities":{"extensions":{"x":{"k":${value}}}},"io.modelcontextprotocol/protocolVersion":"2026-07-28"},"name":"p"}`;
}

function outcome(run: () => unknown): { ok: unknown } | { path: string; rule: string } {
  try {
    return { ok: run() };
  } catch (e) {
    const err = e as { path?: string; rule?: string };
    if (err.rule === undefined) throw e;
    return { path: err.path ?? '', rule: err.rule };
  }
}

const deep = (n: number, inner: string): string => '['.repeat(n) + inner + ']'.repeat(n);

describe('JSONValue on the text path', () => {
  const cases: [string, string][] = [
    ['an object', '{"a":1,"b":"s","c":true,"d":[1,{"e":false}]}'],
    ['an array', '[1,"a",false,{"x":[]}]'],
    ['a string', '"s"'],
    ['an integer', '-12'],
    ['an integer written with a fraction', '1.0'],
    ['a boolean', 'true'],
    ['a repeated key whose last value is valid', '{"a":null,"a":1}'],
    ['null', 'null'],
    ['a fraction', '1.5'],
    ['null inside an object', '{"a":{"b":null}}'],
    ['null inside an array', '[1,[2,null]]'],
    ['a fraction deep inside', '{"a":[{"b":[0.5]}]}'],
    ['a repeated key whose last value is invalid', '{"a":1,"a":null}'],
    ['200 nested arrays', deep(200, '1')],
    ['200 nested arrays around null', deep(200, 'null')],
  ];
  for (const [what, value] of cases) {
    it(`${what}: as the value path decides`, () => {
      const text = `{"jsonrpc":"2.0","id":1,"method":"prompts/get","params":${params(value)}}`;
      const viaText = outcome(() => lib.decodeRequest(text).args);
      const viaValue = outcome(() => lib.methods['prompts/get']!.decodeParams(JSON.parse(params(value))));
      if ('ok' in viaValue) expect('ok' in viaText).toBe(true);
      else expect(viaText).toEqual({ path: `/params${(viaValue as { path: string }).path.replace(/^\/params/, '')}`, rule: (viaValue as { rule: string }).rule });
    });
  }
});
