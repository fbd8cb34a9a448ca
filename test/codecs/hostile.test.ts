// Hostile input: prototype keys, lone surrogates, integers beyond 2^53 and s64, deep nesting,
// a 50 MB string, and malformed WIT values from a component. Every rejection is a CodecError
// naming the JSON path and the rule; nothing pollutes a prototype, nothing overflows the stack.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { C } from './setup.js';

const call = C.methods['tools/call'];
const enc = new TextEncoder();

function codecError(run: () => unknown): InstanceType<typeof C.CodecError> {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(C.CodecError);
    return e as InstanceType<typeof C.CodecError>;
  }
  throw new Error('expected a CodecError');
}

describe('prototype pollution', () => {
  it('keeps __proto__ and constructor keys of JSON objects as data', () => {
    const text = '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"x","arguments":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}}}';
    const { args } = C.decodeRequest(text);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const back = JSON.parse(C.encodeRequest('tools/call', 1, ...(args as C.ArgsOf<'tools/call'>))) as { params: { arguments: object } };
    expect(Object.keys(back.params.arguments)).toEqual(['__proto__', 'constructor']);
    const value = call.encodeParams(...(args as C.ArgsOf<'tools/call'>)) as { arguments: Record<string, unknown> };
    expect(Object.prototype.hasOwnProperty.call(value.arguments, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
  it('keeps __proto__ keys of maps (list<tuple<string, T>>) as data, both ways', () => {
    const params = JSON.parse('{"name":"p","arguments":{"__proto__":"a","constructor":"b"}}') as unknown;
    const [, args] = C.methods['prompts/get'].decodeParams(params);
    expect(args).toEqual([
      ['__proto__', 'a'],
      ['constructor', 'b'],
    ]);
    const back = C.methods['prompts/get'].encodeParams('p', args) as { arguments: Record<string, unknown> };
    expect(Object.getPrototypeOf(back.arguments)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(back.arguments, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['a']).toBeUndefined();
    const text = C.encodeRequest('prompts/get', 1, 'p', args);
    expect(text).toContain('"__proto__":"a"');
    expect(C.decodeRequest(text).args[1]).toEqual(args);
  });
  it('refuses a repeated map key from a component', () => {
    const e = codecError(() => C.methods['prompts/get'].encodeParams('p', [['k', 'a'], ['k', 'b']]));
    expect(e.rule).toBe('duplicate-key');
    expect(codecError(() => C.encodeRequest('prompts/get', 1, 'p', [['k', 'a'], ['k', 'b']])).rule).toBe('duplicate-key');
  });
});

describe('lone surrogates', () => {
  it('are refused in WIT strings, with the path', () => {
    const text = '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"a\\ud800b"}}';
    const e = codecError(() => C.decodeRequest(text));
    expect(e.rule).toBe('lone-surrogate');
    expect(e.path).toBe('/params/name');
    expect(codecError(() => call.decodeParams({ name: 'a\ud800b' })).path).toBe('/params/name');
    expect(codecError(() => call.decodeParams({ name: '\udc00' })).rule).toBe('lone-surrogate');
  });
  it('are refused in strings a component returns', () => {
    const e = codecError(() => call.encodeResult({ content: [{ tag: 'text', val: { text: 'x\udfff' } }] } as never));
    expect(e.rule).toBe('lone-surrogate');
    expect(e.path).toBe('/result/content/0/val/text');
    expect(codecError(() => C.encodeResponse('tools/call', 1, { content: [{ tag: 'text', val: { text: 'x\udfff' } }] } as never)).rule).toBe('lone-surrogate');
  });
  it('inside `json` values stay JSON (escaped), never mangled', () => {
    const { args } = C.decodeRequest('{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"n","arguments":{"s":"\\ud800"}}}');
    const bytes = args[1] as Uint8Array;
    expect((JSON.parse(new TextDecoder().decode(bytes)) as { s: string }).s).toBe('\ud800');
    const [, b2] = call.decodeParams({ name: 'n', arguments: { s: '\ud800' } });
    expect((JSON.parse(new TextDecoder().decode(b2)) as { s: string }).s).toBe('\ud800');
  });
  it('raw in the text of a json value are re-escaped (UTF-8 cannot carry them)', () => {
    const { args } = C.decodeRequest('{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"n","arguments":{"s":"\ud800"}}}');
    expect((JSON.parse(new TextDecoder().decode(args[1] as Uint8Array)) as { s: string }).s).toBe('\ud800');
  });
});

describe('integers', () => {
  const total = (n: string) => `{"jsonrpc":"2.0","id":1,"result":{"completion":{"values":[],"total":${n}}}}`;
  it('beyond 2^53 are refused: their exact value is already lost', () => {
    for (const n of ['9007199254740993', '1e20', '-9007199254740993']) {
      const e = codecError(() => C.decodeResponse(total(n), 'completion/complete'));
      expect(e.rule).toBe('safe-integer');
      expect(e.path).toBe('/result/completion/total');
    }
    expect(codecError(() => C.methods['completion/complete'].decodeResult({ completion: { values: [], total: 2 ** 60 } })).rule).toBe('safe-integer');
  });
  it('at 2^53-1 are carried exactly', () => {
    const r = C.decodeResponse(total('9007199254740991'), 'completion/complete') as { result: { completion: { total?: bigint } } };
    expect(r.result.completion.total).toBe(9007199254740991n);
  });
  it('fractions are refused where the schema says integer', () => {
    expect(codecError(() => C.decodeResponse(total('1.5'), 'completion/complete')).rule).toBe('type');
    expect(codecError(() => C.methods['completion/complete'].decodeResult({ completion: { values: [], total: 1.5 } })).rule).toBe('type');
  });
  it('s64 values out of range from a component are refused (jco would wrap them)', () => {
    const result = (total: bigint) => ({ completion: { values: [], total } });
    expect(codecError(() => C.methods['completion/complete'].encodeResult(result(2n ** 63n) as never)).rule).toBe('s64-range');
    expect(codecError(() => C.methods['completion/complete'].encodeResult(result(-(2n ** 63n) - 1n) as never)).rule).toBe('s64-range');
    expect(codecError(() => C.methods['completion/complete'].encodeResult(result(2n ** 60n) as never)).rule).toBe('safe-integer');
    expect(codecError(() => C.encodeResponse('completion/complete', 1, result(2n ** 63n) as never)).rule).toBe('s64-range');
    expect(codecError(() => C.methods['completion/complete'].encodeResult({ completion: { values: [], total: 5 } } as never)).rule).toBe('type');
  });
});

describe('deep nesting', () => {
  const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
  it('10,000 levels inside a json value: carried by the text path without recursion', () => {
    const text = `{"jsonrpc":"2.0","id":1,"method":"notifications/message","params":{"level":"info","data":${deep(10000)}}}`;
    const { args } = C.decodeRequest(text);
    expect((args[0] as Uint8Array).length).toBe(20000);
    // Back out: the json text is checked without recursion and spliced.
    expect(C.encodeRequest('notifications/message', undefined, ...(args as C.ArgsOf<'notifications/message'>))).toContain(deep(10000));
  });
  it('10,000 levels on the value path: a clear error or a result, never a crash', () => {
    const data = JSON.parse(deep(10000)) as unknown;
    try {
      const args = C.methods['notifications/message'].decodeParams({ level: 'info', data });
      expect((args[0] as Uint8Array).length).toBe(20000);
    } catch (e) {
      expect(e).toBeInstanceOf(C.CodecError);
      expect((e as InstanceType<typeof C.CodecError>).rule).toBe('depth');
    }
  });
  it('unbalanced deep text is a syntax error with an offset', () => {
    const text = `{"jsonrpc":"2.0","id":1,"method":"notifications/message","params":{"level":"info","data":${'['.repeat(10000)}}}`;
    expect(codecError(() => C.decodeRequest(text)).rule).toBe('json-syntax');
  });
});

// Quadratic behaviour on 50 MB would take hours: the test timeout catches it (speed itself is
// measured by `npm run bench`, never asserted here).
describe('big values', () => {
  it('a 50 MB string goes through both ways', () => {
    const big = 'x'.repeat(50 * 1024 * 1024);
    const text = JSON.stringify({ jsonrpc: '2.0', id: 1, result: { contents: [{ uri: 'file:///big', text: big }] } });
    const r = C.decodeResponse(text, 'resources/read') as { result: C.OkOf<'resources/read'> };
    const out = C.encodeResponse('resources/read', 1, r.result);
    // Booleans, not the strings: a failure must not print 50 MB.
    expect((r.result.contents[0]?.val as { text: string }).text === big).toBe(true);
    expect(out.length).toBe(text.length);
    const value = C.methods['resources/read'].decodeResult({ contents: [{ uri: 'file:///big', text: big }] });
    expect((C.methods['resources/read'].encodeResult(value) as { contents: { text: string }[] }).contents[0]?.text.length).toBe(big.length);
  });
  it('a 50 MB string with escapes too', () => {
    const big = 'a\n'.repeat(25 * 1024 * 1024);
    const text = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: big } });
    const { args } = C.decodeRequest(text);
    expect(args[0] === big).toBe(true);
  });
});

// Strings from 2048 characters on take a path of their own (memchr checks, then a slice): every
// way a literal can be special must still be seen there, at every place in it.
describe('long string literals', () => {
  const request = (literal: string): string => `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":${literal}}}`;
  const inJson = (literal: string): string =>
    `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"t","arguments":{"k":${literal}}}}`;
  const lengths = [2047, 2048, 2049, 5000, 300_000];
  const specials: [string, (n: number, at: number) => string, string | undefined][] = [
    ['plain ASCII', (n) => '"' + 'a'.repeat(n) + '"', undefined],
    ['non-ASCII text', (n, at) => '"' + 'a'.repeat(at) + 'é😀' + 'b'.repeat(n - at) + '"', undefined],
    ['an escaped newline', (n, at) => '"' + 'a'.repeat(at) + '\\n' + 'b'.repeat(n - at) + '"', undefined],
    ['an escaped quote', (n, at) => '"' + 'a'.repeat(at) + '\\"' + 'b'.repeat(n - at) + '"', undefined],
    ['an escaped backslash before the end', (n) => '"' + 'a'.repeat(n) + '\\\\"', undefined],
    ['a \\u escape', (n, at) => '"' + 'a'.repeat(at) + '\\u00e9' + 'b'.repeat(n - at) + '"', undefined],
    ['a raw newline', (n, at) => '"' + 'a'.repeat(at) + '\n' + 'b'.repeat(n - at) + '"', 'json-syntax'],
    ['a raw NUL', (n, at) => '"' + 'a'.repeat(at) + '\u0000' + 'b'.repeat(n - at) + '"', 'json-syntax'],
    ['a raw U+001F', (n, at) => '"' + 'a'.repeat(at) + '\u001f' + 'b'.repeat(n - at) + '"', 'json-syntax'],
    ['a bad escape', (n, at) => '"' + 'a'.repeat(at) + '\\x' + 'b'.repeat(n - at) + '"', 'json-syntax'],
    ['no closing quote', (n) => '"' + 'a'.repeat(n), 'json-syntax'],
    ['a raw lone surrogate', (n, at) => '"' + 'a'.repeat(at) + '\ud800' + 'b'.repeat(n - at) + '"', 'lone-surrogate'],
  ];
  for (const [what, make, rule] of specials) {
    it(`${what}: ${rule ? `refused (${rule})` : 'read as JSON.parse reads it'}, at the start, middle and end`, () => {
      for (const n of lengths) {
        for (const at of [0, n >> 1, n]) {
          const literal = make(n, at);
          if (rule === undefined) {
            expect(C.decodeRequest(request(literal)).args[0]).toBe(JSON.parse(literal));
            const bytes = (C.decodeRequest(inJson(literal)).args[1] as { tag: string; val: Uint8Array } | Uint8Array | undefined) as Uint8Array;
            expect(JSON.parse(new TextDecoder().decode(bytes))).toEqual({ k: JSON.parse(literal) });
          } else {
            expect(codecError(() => C.decodeRequest(request(literal))).rule).toBe(rule);
            // Inside json text a lone surrogate stays JSON (re-escaped); everything else is refused there too.
            if (rule !== 'lone-surrogate') expect(codecError(() => C.decodeRequest(inJson(literal))).rule).toBe(rule);
          }
        }
      }
    });
  }
});

// Short literals with escapes are unescaped by the scanner itself (not JSON.parse): every escape,
// and every way one can be wrong, at every place, on both sides of the short/long boundary.
describe('short string literals with escapes', () => {
  const request = (literal: string): string => `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":${literal}}}`;
  const lengths = [0, 1, 31, 32, 33, 126, 127, 128, 129, 300];
  const specials: [string, string, string | undefined][] = [
    ['every one-letter escape', '\\"\\\\\\/\\b\\f\\n\\r\\t', undefined],
    ['a \\u escape, upper and lower case hex', '\\u00e9\\u00C9\\u20aC', undefined],
    ['an escaped surrogate pair', '\\ud83d\\ude00', undefined],
    ['an escaped NUL', '\\u0000', undefined],
    ['an escape then a raw non-ASCII character', '\\n\u00e9\ud83d\ude00', undefined],
    ['an escaped lone surrogate', '\\ud800', 'lone-surrogate'],
    ['a bad escape', '\\x', 'json-syntax'],
    ['a short \\u escape', '\\u00g1', 'json-syntax'],
    ['an escape then a raw newline', '\\n\n', 'json-syntax'],
    ['an escape then a raw U+001F', '\\t\u001f', 'json-syntax'],
  ];
  for (const [what, inner, rule] of specials) {
    it(`${what}: ${rule ? `refused (${rule})` : 'read as JSON.parse reads it'}, at the start, middle and end`, () => {
      for (const n of lengths) {
        for (const at of [0, n >> 1, n]) {
          const literal = '"' + 'a'.repeat(at) + inner + 'b'.repeat(n - at) + '"';
          if (rule === undefined) expect(C.decodeRequest(request(literal)).args[0]).toBe(JSON.parse(literal));
          else expect(codecError(() => C.decodeRequest(request(literal))).rule).toBe(rule);
        }
      }
    });
  }
  it('no closing quote after an escape', () => {
    expect(codecError(() => C.decodeRequest('{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"a\\nb')).rule).toBe('json-syntax');
  });
  it('any string JSON.stringify writes comes back as it was', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (v) => {
        const literal = JSON.stringify(v);
        if ((v as unknown as { isWellFormed(): boolean }).isWellFormed()) expect(C.decodeRequest(request(literal)).args[0]).toBe(v);
        else expect(codecError(() => C.decodeRequest(request(literal))).rule).toBe('lone-surrogate');
      }),
      { numRuns: 500, seed: 15 },
    );
  });
});

describe('malformed WIT values from a component', () => {
  const result = C.methods['tools/call'];
  const cases: [string, unknown, string][] = [
    ['an unknown variant tag', { content: [{ tag: 'video', val: {} }] }, 'tag'],
    ['a camelCase tag', { content: [{ tag: 'resourceLink', val: {} }] }, 'tag'],
    ['a missing record', { content: [{ tag: 'text' }] }, 'type'],
    ['a string for a list', { content: 'text' }, 'type'],
    ['a number for json', { content: [], structuredContent: 5 }, 'type'],
    ['bytes that are not UTF-8', { content: [], structuredContent: new Uint8Array([0xff, 0xfe]) }, 'utf8'],
    ['bytes that are not JSON', { content: [], structuredContent: enc.encode('{"a":') }, 'json-syntax'],
    ['JSON that is not an object where the schema says object', { content: [], structuredContent: enc.encode('[1]') }, 'type'],
    ['an empty json value', { content: [], structuredContent: new Uint8Array() }, 'json-syntax'],
    ['a number for a bool', { content: [], isError: 1 }, 'type'],
    ['an enum label in camelCase', { content: [{ tag: 'text', val: { text: 't', annotations: { audience: ['User'] } } }] }, 'enum'],
    ['a priority above its maximum', { content: [{ tag: 'text', val: { text: 't', annotations: { priority: 2 } } }] }, 'maximum'],
    ['NaN', { content: [{ tag: 'text', val: { text: 't', annotations: { priority: Number.NaN } } }] }, 'finite'],
  ];
  for (const [what, value, rule] of cases) {
    it(what, () => {
      const a = codecError(() => result.encodeResult(value as never));
      const b = codecError(() => C.encodeResponse('tools/call', 1, value as never));
      expect(b.rule).toBe(rule);
      expect(a.path.startsWith('/result')).toBe(true);
      expect(['type', 'tag', 'utf8', 'json-syntax', 'enum', 'maximum', 'finite']).toContain(a.rule);
    });
  }
});

describe('malformed JSON text', () => {
  for (const text of ['', '{', '{"jsonrpc":"2.0",}', '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"a\u0001"}}', '{"jsonrpc":"2.0","id":01,"method":"x"}', 'nul']) {
    it(JSON.stringify(text.slice(0, 40)), () => {
      const e = codecError(() => C.decodeRequest(text));
      expect(e.rule).toBe('json-syntax');
    });
  }
});
