// A strict consumer of the codec library (wasi-mcp-codecs, or wasi-mcp-compiler/codecs): decode a
// request, answer it with a WIT value, and prove that a wrong WIT value does not type-check.
import * as C from 'CODECS';

const text = JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'tools/call', params: { name: 'echo', arguments: { say: 'hi' } } });
const request = C.decodeRequest(text);
if (request.method !== 'tools/call') throw new Error(`decoded method ${request.method}`);
const [name, args] = request.args as C.ArgsOf<'tools/call'>;
const said = args === undefined ? '' : (JSON.parse(new TextDecoder().decode(args)) as { say: string }).say;
const reply = C.encodeResponse('tools/call', request.id ?? 0, { content: [{ tag: 'text', val: { text: `${name}: ${said}` } }] });
const expected = '{"jsonrpc":"2.0","id":7,"result":{"content":[{"type":"text","text":"echo: hi"}]}}';
if (reply !== expected) throw new Error(`encoded ${reply}, expected ${expected}`);

let rejected = false;
try {
  C.decodeRequest('{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{}}');
} catch (e) {
  rejected = e instanceof C.CodecError;
}
if (!rejected) throw new Error('a tools/call without a name was accepted');

// Never called: these lines exist for the type checker, which must reject each one.
export function wrongValues(): void {
  // @ts-expect-error a CallToolResult has no `bogus` and needs `content`
  C.encodeResponse('tools/call', 1, { bogus: 1 });
  // @ts-expect-error a content block is a WIT variant ({tag, val}), not MCP JSON
  C.encodeResponse('tools/call', 1, { content: [{ type: 'text', text: 'x' }] });
  // @ts-expect-error not an MCP method
  C.encodeResponse('tools/invent', 1, {});
}

console.log(`codecs ok: MCP ${C.MCP_VERSION}, ${C.WIT_PACKAGE}`);
