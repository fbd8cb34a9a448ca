// A strict consumer of the codec library (wasi-mcp-codecs, or wasi-mcp-compiler/codecs): decode a
// request, answer it with a WIT value, and prove that a wrong WIT value does not type-check.
import * as C from 'CODECS';

// MCP 2026-07-28, the proposal's version: every request carries its context in `_meta`, and
// tools/call answers an outcome (complete, or input-required).
const meta = { 'io.modelcontextprotocol/protocolVersion': '2026-07-28', 'io.modelcontextprotocol/clientCapabilities': {} };
const text = JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'tools/call', params: { _meta: meta, name: 'echo', arguments: { say: 'hi' } } });
const request = C.decodeRequest(text);
if (request.method !== 'tools/call') throw new Error(`decoded method ${request.method}`);
const [context, name, args] = request.args as C.ArgsOf<'tools/call'>;
if (context.protocolVersion !== '2026-07-28') throw new Error(`decoded protocol version ${context.protocolVersion}`);
const said = args === undefined ? '' : (JSON.parse(new TextDecoder().decode(args)) as { say: string }).say;
const reply = C.encodeResponse('tools/call', request.id ?? 0, { tag: 'complete', val: { content: [{ tag: 'text', val: { text: `${name}: ${said}` } }] } });
const expected = '{"jsonrpc":"2.0","id":7,"result":{"resultType":"complete","content":[{"type":"text","text":"echo: hi"}]}}';
if (reply !== expected) throw new Error(`encoded ${reply}, expected ${expected}`);

let rejected = false;
try {
  C.decodeRequest(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { _meta: meta } }));
} catch (e) {
  rejected = e instanceof C.CodecError;
}
if (!rejected) throw new Error('a tools/call without a name was accepted');

// Never called: these lines exist for the type checker, which must reject each one.
export function wrongValues(): void {
  // @ts-expect-error a tools/call outcome is a variant: complete or input-required
  C.encodeResponse('tools/call', 1, { bogus: 1 });
  // @ts-expect-error a content block is a WIT variant ({tag, val}), not MCP JSON
  C.encodeResponse('tools/call', 1, { tag: 'complete', val: { content: [{ type: 'text', text: 'x' }] } });
  // @ts-expect-error not an MCP method
  C.encodeResponse('tools/invent', 1, {});
}

console.log(`codecs ok: MCP ${C.MCP_VERSION}, ${C.WIT_PACKAGE}`);
