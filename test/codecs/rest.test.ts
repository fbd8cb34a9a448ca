// The rest of an open object (a `_meta` record's `extra`): decode collects every member that is not
// a declared (reserved) key into the rest field as JSON object text, on the text path as slices of
// the message, on the value path from the parsed value; encode writes them back after the declared
// ones. Nothing of a 2026-07-28 `_meta` is reported as not carried any more, and a declared key in
// the rest is refused at its pointer, on both paths.
import { describe, expect, it } from 'vitest';
import * as C from '../../generated/2026-07-28/codecs/index.js';
import { unknownMembers } from '../../generated/2026-07-28/codecs/runtime.js';

const text = (b: unknown): string => new TextDecoder().decode(b as Uint8Array);
const bytes = (v: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(v));
const RESERVED = { 'io.modelcontextprotocol/clientCapabilities': {}, 'io.modelcontextprotocol/protocolVersion': '2026-07-28', progressToken: 'p' };
type Meta = { extra?: Uint8Array; progressToken?: unknown };

describe('2026-07-28 _meta: every key carried', () => {
  const request = `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"_meta":{"io.modelcontextprotocol/clientCapabilities":{},"com.example/trace" : "x","io.modelcontextprotocol/protocolVersion":"2026-07-28","k":[1, {"a":"\\u00e9\\ud83d\\ude00"}],"progressToken":"p"},"name":"t"}}`;

  it('text path: the other members as written (slices, spacing and escapes kept), nothing reported, and back', () => {
    const reported: string[] = [];
    const { args } = C.decodeRequest(request, { onUnknown: (p) => void reported.push(p) });
    expect(reported).toEqual([]);
    const meta = (args as unknown[])[0] as Meta;
    expect(text(meta.extra)).toBe('{"com.example/trace" : "x","k":[1, {"a":"\\u00e9\\ud83d\\ude00"}]}');
    expect(meta.progressToken).toEqual({ tag: 'string', val: 'p' });
    const again = C.encodeRequest('tools/call', 1, ...(args as C.ArgsOf<'tools/call'>));
    expect(JSON.parse(again)).toEqual(JSON.parse(request));
    // strict: nothing is refused, since nothing is lost
    expect(() => C.decodeRequest(request, { strict: true })).not.toThrow();
  });

  it('value path: the same members, nothing left for unknownMembers', () => {
    const params = (JSON.parse(request) as { params: Record<string, unknown> }).params;
    const args = C.methods['tools/call'].decodeParams(params);
    expect(JSON.parse(text((args[0] as Meta).extra))).toEqual({ 'com.example/trace': 'x', k: [1, { a: 'é😀' }] });
    expect(unknownMembers(params, C.methods['tools/call'].encodeParams(...args), '/params')).toEqual([]);
  });

  it('results and notifications: the rest of ResultMetaObject and NotificationMetaObject too', () => {
    const reply = '{"jsonrpc":"2.0","id":1,"result":{"resultType":"complete","content":[],"_meta":{"com.example/cost":3,"io.modelcontextprotocol/serverInfo":{"name":"s","version":"1"}}}}';
    const reported: string[] = [];
    const r = C.decodeResponse(reply, 'tools/call', { onUnknown: (p) => void reported.push(p) });
    expect(reported).toEqual([]);
    expect(JSON.parse(C.encodeResponse('tools/call', 1, (r as { result: C.OkOf<'tools/call'> }).result))).toEqual(JSON.parse(reply));
    const note = '{"jsonrpc":"2.0","method":"notifications/tools/list_changed","params":{"_meta":{"io.modelcontextprotocol/subscriptionId":7,"x":null}}}';
    const n = C.decodeRequest(note, { strict: true });
    expect(text(((n.args as unknown[])[0] as Meta).extra)).toBe('{"x":null}');
  });

  it('a declared key in the rest is refused on encode, at its pointer, on both paths; so is a rest that is not an object', () => {
    const args = C.methods['tools/call'].decodeParams({ _meta: RESERVED, name: 't' });
    const bad = [{ ...(args[0] as object), extra: bytes({ progressToken: 'spoof' }) }, ...args.slice(1)] as unknown as C.ArgsOf<'tools/call'>;
    for (const encode of [() => C.encodeRequest('tools/call', 1, ...bad), () => C.methods['tools/call'].encodeParams(...bad)]) {
      expect(encode).toThrow(C.CodecError);
      try {
        encode();
      } catch (e) {
        expect((e as C.CodecError).rule).toBe('rest-declared');
        expect((e as C.CodecError).path).toMatch(/\/extra\/progressToken$/);
      }
    }
    const notObject = [{ ...(args[0] as object), extra: bytes([1]) }, ...args.slice(1)] as unknown as C.ArgsOf<'tools/call'>;
    expect(() => C.encodeRequest('tools/call', 1, ...notObject)).toThrow(/extra.*object/);
    expect(() => C.methods['tools/call'].encodeParams(...notObject)).toThrow(/extra.*object/);
    // None (undefined, or null as jco lowers it too) and an empty rest object write nothing.
    for (const none of [undefined, null]) {
      const n = [{ ...(args[0] as object), extra: none }, ...args.slice(1)] as unknown as C.ArgsOf<'tools/call'>;
      expect(JSON.parse(C.encodeRequest('tools/call', 1, ...n)).params._meta).toEqual(RESERVED);
      expect(C.methods['tools/call'].encodeParams(...n)).toMatchObject({ _meta: RESERVED });
    }
    const empty = [{ ...(args[0] as object), extra: bytes({}) }, ...args.slice(1)] as unknown as C.ArgsOf<'tools/call'>;
    expect(JSON.parse(C.encodeRequest('tools/call', 1, ...empty)).params._meta).toEqual(RESERVED);
  });

  it('the tree path gives the text path the message (a rest is copied as written), so both agree at any size', () => {
    const long = request.replace('"name":"t"', `"name":"t","arguments":{"pad":"${'y'.repeat(900)}"}`);
    for (let i = 0; i < 300; i++) {
      const { args } = C.decodeRequest(long);
      expect(text(((args as unknown[])[0] as Meta).extra)).toBe('{"com.example/trace" : "x","k":[1, {"a":"\\u00e9\\ud83d\\ude00"}]}');
    }
  });
});
