// The conformance example of the current proposal (examples/conformance, wasi:mcp@0.2.0-preview2)
// as a real component: the fixtures answer with outcomes, and sampling, elicitation and roots go
// through input-required outcomes and the client's retry (MCP 2026-07-28 multi round-trip).

import { beforeAll, describe, expect, it } from 'vitest';
import { errorOf, instantiateExample, type Fn } from './instantiate.js';

const encoder = new TextEncoder();
const META = { clientCapabilities: {}, protocolVersion: '2026-07-28', progressToken: { tag: 'integer', val: 7n } };
const calls: { fn: string; args: unknown[] }[] = [];
let handlers: Record<string, Fn>;

type Outcome = { tag: string; val: { content?: { tag: string; val: { text: string } }[]; inputRequests?: [string, { tag: string; val: unknown }][] } };
const callTool = (name: string, args: unknown, inputResponses?: unknown): Outcome =>
  handlers.callTool!(META, name, encoder.encode(JSON.stringify(args)), inputResponses, undefined) as Outcome;
const textOf = (o: Outcome) => o.val.content![0]!.val.text;

beforeAll(async () => {
  handlers = await instantiateExample('conformance', (fn, args) => void calls.push({ fn, args }));
  handlers.start!();
}, 600_000);

describe('examples/conformance (wasi:mcp@0.2.0-preview2)', () => {
  it('answers the plain fixtures with complete outcomes', () => {
    expect(textOf(callTool('test_simple_text', {}))).toBe('This is a simple text response for testing.');
    expect(callTool('test_error_handling', {}).val).toMatchObject({ isError: true });
    calls.length = 0;
    callTool('test_tool_with_progress', {});
    expect(calls.filter((c) => c.fn === 'progress').map((c) => c.args[1])).toEqual([0, 50, 100]);
  });

  it('samples through an input request and the retry', () => {
    const first = callTool('test_sampling', { prompt: 'hi' });
    expect(first.tag).toBe('input-required');
    expect(first.val.inputRequests!.map(([k, r]) => [k, r.tag])).toEqual([['sample', 'sampling-create-message']]);
    const reply = { tag: 'create-message-result', val: { role: 'assistant', content: { tag: 'text-content', val: { text: 'hello' } }, model: 'm' } };
    expect(textOf(callTool('test_sampling', { prompt: 'hi' }, [['sample', reply]]))).toBe('LLM response: hello');
  });

  it('elicits through an input request and the retry', () => {
    expect(callTool('test_elicitation', { message: 'who?' }).val.inputRequests![0]![1].tag).toBe('elicitation-create');
    const value = (s: string) => ({ tag: 'elicit-result-content-value-case2', val: { tag: 'string', val: s } });
    const result = { tag: 'elicit-result', val: { action: 'accept', content: [['username', value('ann')], ['email', value('a@b')]] } };
    expect(textOf(callTool('test_elicitation', { message: 'who?' }, [['user', result]]))).toBe('User response: action=accept, content={"username":"ann","email":"a@b"}');
  });

  it('asks for roots through an input request', () => {
    expect(callTool('host_list_roots', {}).val.inputRequests![0]![1].tag).toBe('roots-list');
    const roots = { tag: 'list-roots-result', val: { roots: [{ uri: 'file:///w', name: 'w' }] } };
    expect(textOf(callTool('host_list_roots', {}, [['roots', roots]]))).toBe('[{"uri":"file:///w","name":"w"}]');
  });

  it('refuses an unknown resource with invalid-params, and an unknown tool', () => {
    expect(errorOf(() => handlers.readResource!(META, 'test://nothing', undefined, undefined)).code.tag).toBe('invalid-params');
    expect(errorOf(() => callTool('no_such_tool', {})).code.tag).toBe('invalid-params');
  });
});
