// Union errors (issue 15): a value that matches no member of a union is refused with the error of
// the member that came closest (its own keys and const values speak for it; among equals the one
// that read everything present without fault, then the one that got furthest), pointing at the
// damage and naming the member; members equally close are named together; a value close to no
// member gets the union's own error at its pointer. The text path decides; the value path (ajv
// decides acceptance) reports the text path's error for the same JSON, so both say the same.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as V0618 from '../../generated/2025-06-18/codecs/index.js';
import * as V1125 from '../../generated/2025-11-25/codecs/index.js';
import * as V0728 from '../../generated/2026-07-28/codecs/index.js';

interface Lib {
  decodeRequest(text: string): unknown;
  decodeResponse(text: string, method: string): unknown;
  methods: Record<string, { decodeParams(params: unknown): unknown; decodeResult?(result: unknown): unknown }>;
}
const L0618 = V0618 as unknown as Lib;
const L1125 = V1125 as unknown as Lib;
const L0728 = V0728 as unknown as Lib;

interface Refusal {
  path: string;
  rule: string;
  detail: string;
}

function refusal(run: () => unknown): Refusal {
  try {
    run();
  } catch (e) {
    const err = e as { name?: string } & Refusal;
    expect(err.name).toBe('CodecError');
    return { path: err.path, rule: err.rule, detail: err.detail };
  }
  throw new Error('expected a CodecError');
}

/** The refusal of a result on the text path and on the value path: the same on both. */
function resultRefusal(lib: Lib, method: string, result: unknown): Refusal {
  const text = refusal(() => lib.decodeResponse(JSON.stringify({ jsonrpc: '2.0', id: 1, result }), method));
  // Padded past the tree path's lower bound: the tree path gives up, the text path decides.
  const padded = refusal(() => lib.decodeResponse(JSON.stringify({ pad: 'x'.repeat(600), jsonrpc: '2.0', id: 1, result }), method));
  const value = refusal(() => lib.methods[method]!.decodeResult!(result));
  expect(padded).toEqual(text);
  expect(value).toEqual(text);
  return text;
}

function paramsRefusal(lib: Lib, method: string, params: unknown): Refusal {
  const text = refusal(() => lib.decodeRequest(JSON.stringify({ jsonrpc: '2.0', id: 1, method, params })));
  const value = refusal(() => lib.methods[method]!.decodeParams(params));
  expect(value).toEqual(text);
  return text;
}

describe('a union without a discriminator: the closest member', () => {
  it("the issue's example: sampling content {} is close to no member, so the union says so (not another member's \"id\")", () => {
    // 2025-11-25 answers sampling/createMessage with CreateMessageResult or CreateTaskResult (the
    // task-results normalization): the outer union names its closest member after the inner error.
    expect(resultRefusal(L1125, 'sampling/createMessage', { content: {}, model: 'm', role: 'user' })).toEqual({
      path: '/result/content',
      rule: 'anyOf',
      detail:
        "matches no member of CreateMessageResultContent: the object has none of the members' keys (tool-use-content, tool-result-content, image-content, audio-content, text-content, array) (no member matches; the closest is create-message-result)",
    });
  });

  it('a distinguishing key with the wrong type: that key, named by its member', () => {
    expect(resultRefusal(L0618, 'resources/read', { contents: [{ blob: 1.5, mimeType: '~', uri: 'urn:x:y' }] })).toEqual({
      path: '/result/contents/0/blob',
      rule: 'type',
      detail: 'must be a string, is a number (no member matches; the closest is blob-resource-contents)',
    });
    // The per-type codecs say the same, on both levels.
    const contents = { contents: [{ blob: 1.5, uri: 'urn:x:y' }] };
    for (const run of [() => V0618.types.ReadResourceResult.toWit(contents as never), () => V0618.types.ReadResourceResult.parse(JSON.stringify(contents))]) {
      expect(refusal(run)).toMatchObject({ path: '/contents/0/blob', rule: 'type' });
    }
  });

  it('a required member missing, where the keys present say which member: that member', () => {
    expect(resultRefusal(L0618, 'resources/read', { contents: [{ blob: 'AA==' }] })).toEqual({
      path: '/result/contents/0',
      rule: 'required',
      detail: 'missing required property "uri" (no member matches; the closest is blob-resource-contents)',
    });
  });

  it('members equally close with different errors: the union names each, at its own pointer', () => {
    expect(resultRefusal(L0618, 'resources/read', { contents: [{ uri: 'x' }] })).toEqual({
      path: '/result/contents/0',
      rule: 'anyOf',
      detail:
        'matches no member of ReadResourceResultContentsItem; equally close: text-resource-contents (/: missing required property "text"), blob-resource-contents (/: missing required property "blob")',
    });
  });

  it('members equally close with the same error: that error, naming them all', () => {
    const params = { message: '', requestedSchema: { type: 'object', properties: { k: { description: 'd' } } } };
    expect(paramsRefusal(L0618, 'elicitation/create', params)).toEqual({
      path: '/params/requestedSchema/properties/k',
      rule: 'required',
      detail: 'missing required property "type" (no member matches; equally close: string-schema, number-schema, boolean-schema)',
    });
  });

  it('a wrong value of an enum property is damage there, not a vote against its member', () => {
    // string-schema's `format` is an enum; enum-schema (which also has type "string") has no format but requires `enum`.
    const params = { message: '', requestedSchema: { type: 'object', properties: { k: { type: 'string', format: {} } } } };
    expect(paramsRefusal(L0618, 'elicitation/create', params)).toEqual({
      path: '/params/requestedSchema/properties/k/format',
      rule: 'type',
      detail: 'must be a string, is an object (no member matches; the closest is string-schema)',
    });
  });

  it('among equal keys, the member that read every member present without fault is closer than one deeper in a bad value', () => {
    // `type` dropped from a multi-select enum schema: the untitled member reads `items` fine and misses
    // only `type`; the titled one fails inside `items` (no `anyOf`), further in but at a member that is fine.
    const params = { message: '', requestedSchema: { type: 'object', properties: { x: { items: { type: 'string', enum: ['a'] }, maxItems: 1 } } } };
    const r = paramsRefusal(L1125, 'elicitation/create', params);
    expect(r).toMatchObject({ path: '/params/requestedSchema/properties/x', rule: 'required' });
    expect(r.detail).toMatch(/^missing required property "type" \(no member matches; the closest is untitled-multi-select-enum-schema\)/);
  });

  it('a key every member pins (`type`) with a value none allows: the error is at that key, for all alike', () => {
    // A 2025-11-25 multi-select enum sent in a 2025-06-18 session (the server-everything recording).
    const params = { message: '', requestedSchema: { type: 'object', properties: { k: { type: 'array', title: 't', items: { type: 'string', enum: ['a'] }, default: ['a'] } } } };
    expect(paramsRefusal(L0618, 'elicitation/create', params)).toEqual({
      path: '/params/requestedSchema/properties/k/type',
      rule: 'discriminator',
      detail: '"array" names no member ("type" of PrimitiveSchemaDefinition: one of "string", "integer", "number", "boolean")',
    });
  });

  it('2026-07-28 input responses: the member whose key is present (elicit-result for `action`)', () => {
    const r = paramsRefusal(L0728, 'tools/call', { name: 't', inputResponses: { r: { action: null } } });
    expect(r).toEqual({ path: '/params/inputResponses/r/action', rule: 'type', detail: 'must be a string, is null (no member matches; the closest is elicit-result)' });
  });

  it('property: one damage to valid resource contents is reported there, naming the member it was', () => {
    const member = fc.oneof(
      fc.record({ uri: fc.constantFrom('urn:x', 'file:///a'), text: fc.string(), mimeType: fc.option(fc.string(), { nil: undefined }) }),
      fc.record({ uri: fc.constantFrom('urn:x', 'file:///a'), blob: fc.constantFrom('', 'AA=='), mimeType: fc.option(fc.string(), { nil: undefined }) }),
    );
    const damaged = member.chain((m) => {
      const keys = Object.keys(m).filter((k) => (m as Record<string, unknown>)[k] !== undefined);
      return fc.tuple(fc.constant(m), fc.constantFrom(...keys), fc.constantFrom('drop', 'wrong-type'));
    });
    fc.assert(
      fc.property(damaged, ([m, key, how]) => {
        const o: Record<string, unknown> = JSON.parse(JSON.stringify(m));
        const name = 'text' in o ? 'text-resource-contents' : 'blob-resource-contents';
        if (how === 'drop') {
          if (key === 'mimeType') return; // optional: still valid
          delete o[key];
        } else o[key] = 7;
        const r = resultRefusal(L0618, 'resources/read', { contents: [o] });
        if (how === 'wrong-type') {
          expect(r.path).toBe(`/result/contents/0/${key}`);
          expect(r.detail).toContain(`the closest is ${name}`);
        } else if (key === 'uri') {
          expect(r).toMatchObject({ path: '/result/contents/0', rule: 'required' });
          expect(r.detail).toBe(`missing required property "uri" (no member matches; the closest is ${name})`);
        } else {
          // Its distinguishing key gone, the contents are as close to one member as to the other.
          expect(r).toMatchObject({ path: '/result/contents/0', rule: 'anyOf' });
          expect(r.detail).toContain('equally close');
        }
      }),
      { numRuns: 200, seed: 15 },
    );
  });
});

describe('a union with a discriminator', () => {
  it('no discriminator: a missing required property of the object, naming the values it may have', () => {
    expect(resultRefusal(L0618, 'tools/call', { content: [{ data: '', mimeType: '' }] })).toEqual({
      path: '/result/content/0',
      rule: 'required',
      detail: 'missing required property "type" (the discriminator of ContentBlock: one of "text", "image", "audio", "resource_link", "resource")',
    });
  });

  it('a value no member has: at the discriminator itself', () => {
    expect(resultRefusal(L0618, 'tools/call', { content: [{ type: 'imag', data: '', mimeType: '' }] })).toEqual({
      path: '/result/content/0/type',
      rule: 'discriminator',
      detail: '"imag" names no member (the discriminator of ContentBlock: one of "text", "image", "audio", "resource_link", "resource")',
    });
  });

  it('the member it names: its own error', () => {
    expect(resultRefusal(L0618, 'sampling/createMessage', { content: { type: 'image', mimeType: 'image/png' }, model: 'm', role: 'user' })).toMatchObject({
      path: '/result/content',
      rule: 'required',
      detail: 'missing required property "data"',
    });
  });
});

describe('2026-07-28 resultType', () => {
  const complete = { resultType: 'complete', tools: [], ttlMs: 0, cacheScope: 'public' };

  it('a resultType this client does not recognize is refused at /result/resultType (the specification: it MUST be considered invalid)', () => {
    const r = resultRefusal(L0728, 'prompts/get', { messages: [], resultType: 'x-extension' });
    expect(r).toMatchObject({ path: '/result/resultType', rule: 'result-type' });
    expect(r.detail).toBe('resultType must be one of "input_required", "complete": a resultType the client does not recognize is invalid (MCP: ResultType)');
    expect(resultRefusal(L0728, 'tools/list', { ...complete, resultType: 'x-extension' })).toEqual({ path: '/result/resultType', rule: 'result-type', detail: 'resultType must be "complete" here' });
  });

  it('resultType first or last picks the same member ("complete" is tried first when it is not first, then the look-ahead decides)', () => {
    const decode = (result: Record<string, unknown>) => (L0728.decodeResponse(JSON.stringify({ jsonrpc: '2.0', id: 1, result }), 'tools/call') as { result: unknown }).result;
    const inputFirst = { resultType: 'input_required', requestState: 's' };
    const inputLast = { requestState: 's', resultType: 'input_required' };
    expect(decode(inputLast)).toEqual(decode(inputFirst));
    expect(decode(inputLast)).toMatchObject({ tag: 'input-required', val: { requestState: 's' } });
    expect(decode({ content: [], resultType: 'complete' })).toEqual(decode({ resultType: 'complete', content: [] }));
    expect(decode({ content: [], resultType: 'complete' })).toMatchObject({ tag: 'complete' });
    // The input-required member's own error, not the complete member's (which it failed first).
    expect(resultRefusal(L0728, 'tools/call', { requestState: 7, resultType: 'input_required' })).toEqual(
      resultRefusal(L0728, 'tools/call', { resultType: 'input_required', requestState: 7 }),
    );
    expect(resultRefusal(L0728, 'tools/call', { requestState: 7, resultType: 'input_required' })).toMatchObject({ path: '/result/requestState', rule: 'type' });
    // A complete result's own error, with resultType last as first.
    expect(resultRefusal(L0728, 'tools/call', { content: 1, resultType: 'complete' })).toEqual(resultRefusal(L0728, 'tools/call', { resultType: 'complete', content: 1 }));
    expect(resultRefusal(L0728, 'tools/call', { content: 1, resultType: 'complete' })).toMatchObject({ path: '/result/content', rule: 'type' });
  });

  it('a complete result is checked as one on the value path too (InputRequiredResult, open, would take anything)', () => {
    expect(resultRefusal(L0728, 'prompts/get', { description: true, messages: [], resultType: 'complete' })).toEqual({ path: '/result/description', rule: 'type', detail: 'must be a string, is a boolean' });
    expect(resultRefusal(L0728, 'resources/read', { cacheScope: 'public', contents: null, resultType: 'complete', ttlMs: 1000 })).toMatchObject({ path: '/result/contents', rule: 'type' });
  });
});

describe("the issue's other reproductions", () => {
  it('a wrong type is reported at the member that has it (`"required": null`), not at a child it does not have', () => {
    for (const lib of [L0618, L1125]) {
      const result = { tools: [{ name: 't', inputSchema: { type: 'object', required: null } }] };
      expect(resultRefusal(lib, 'tools/list', result)).toEqual({ path: '/result/tools/0/inputSchema/required', rule: 'type', detail: 'must be an array, is null' });
    }
  });

  it('an id beyond 2^53 is refused at /id, a request as a response', () => {
    expect(refusal(() => L0618.decodeRequest('{"jsonrpc":"2.0","id":9007199254740993,"method":"ping"}')).path).toBe('/id');
    expect(refusal(() => L0618.decodeResponse('{"jsonrpc":"2.0","id":9007199254740993,"result":{"tools":[]}}', 'tools/list')).path).toBe('/id');
  });

  it('"progress": 1e400 is refused at its pointer', () => {
    expect(refusal(() => L1125.decodeRequest('{"jsonrpc":"2.0","method":"notifications/progress","params":{"progressToken":1,"progress":1e400}}'))).toMatchObject({ path: '/params/progress', rule: 'finite' });
  });
});
