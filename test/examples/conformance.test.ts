// The conformance example of the current proposal (examples/conformance, wasi:mcp@0.2.0-preview2)
// as a real component: the fixtures answer with outcomes, and sampling, elicitation and roots go
// through input-required outcomes and the client's retry (MCP 2026-07-28 multi round-trip). The
// fixtures of every pinned conformance suite are driven here through the handlers, without a host:
// the input-required rounds, the request states, the capability checks, the registrations.

import { beforeAll, describe, expect, it } from 'vitest';
import { errorOf, instantiateExample, type Fn } from './instantiate.js';

const encoder = new TextEncoder();
const META = { clientCapabilities: {}, protocolVersion: '2026-07-28', progressToken: { tag: 'integer', val: 7n } };
const calls: { fn: string; args: unknown[] }[] = [];
let handlers: Record<string, Fn>;

/** An input request as jco gives it; the tests read into its WIT shape freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- jco values, read freely
type InputRequest = { tag: string; val: any };
type Outcome = {
  tag: string;
  val: { content?: { tag: string; val: { text: string } }[]; messages?: unknown[]; inputRequests?: [string, InputRequest][]; requestState?: string };
};
const callTool = (name: string, args: unknown, inputResponses?: unknown, requestState?: string, meta: object = META): Outcome =>
  handlers.callTool!(meta, name, encoder.encode(JSON.stringify(args)), inputResponses, requestState) as Outcome;
const textOf = (o: Outcome) => o.val.content![0]!.val.text;
/** `[key, input-request tag]` of an input-required outcome. */
const asked = (o: Outcome) => (expect(o.tag).toBe('input-required'), o.val.inputRequests!.map(([k, r]) => [k, r.tag]));
const str = (s: string) => ({ tag: 'elicit-result-content-value-case2', val: { tag: 'string', val: s } });
const accept = (content: [string, unknown][]) => ({ tag: 'elicit-result', val: { action: 'accept', content } });
const sampled = (t: string) => ({ tag: 'create-message-result', val: { role: 'assistant', content: { tag: 'text-content', val: { text: t } }, model: 'm' } });
const roots = { tag: 'list-roots-result', val: { roots: [{ uri: 'file:///test/root', name: 'Test Root' }] } };
const ALL_CAPS = { ...META, clientCapabilities: { sampling: {}, elicitation: {}, roots: new TextEncoder().encode('{}') } };

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

  it('registers a fixture for every scenario of the pinned suites', () => {
    const registered = (fn: string) => (calls.find((c) => c.fn === fn)?.args[0] as { name: string }[]).map((t) => t.name);
    calls.length = 0;
    handlers.start!();
    expect(registered('registerTools')).toEqual(
      expect.arrayContaining([
        'test_reconnection',
        'test_elicitation_sep1034_defaults',
        'test_elicitation_sep1330_enums',
        'test_custom_header',
        'test_missing_capability',
        'test_streaming_elicitation',
        'test_logging_tool',
        'test_trigger_tool_change',
        'test_trigger_prompt_change',
        ...['elicitation', 'sampling', 'list_roots', 'request_state', 'multiple_inputs', 'multi_round', 'tampered_state', 'capabilities'].map((n) => `test_input_required_result_${n}`),
      ]),
    );
    // tools[0] takes no arguments: http-header-validation calls it with `arguments: {}`.
    expect(registered('registerTools')[0]).toBe('test_simple_text');
    expect(registered('registerPrompts')).toContain('test_input_required_result_prompt');
    const tools = calls.find((c) => c.fn === 'registerTools')!.args[0] as { name: string; inputSchema: Uint8Array }[];
    const schema = (n: string) => JSON.parse(new TextDecoder().decode(tools.find((t) => t.name === n)!.inputSchema));
    expect(schema('test_custom_header').properties.region).toMatchObject({ type: 'string', 'x-mcp-header': 'Region' });
    expect(Object.keys(schema('json_schema_2020_12_tool'))).toEqual(expect.arrayContaining(['$schema', '$defs', 'allOf', 'if', 'then', 'else', 'additionalProperties']));
  });

  it('input-required-result-basic-*: one input request each, completed by the retry', () => {
    const first = callTool('test_input_required_result_elicitation', {});
    expect(asked(first)).toEqual([['user_name', 'elicitation-create']]);
    expect(first.val.requestState).toBeUndefined();
    expect(textOf(callTool('test_input_required_result_elicitation', {}, [['user_name', accept([['name', str('Alice')]])]]))).toBe('Hello, Alice!');
    expect(asked(callTool('test_input_required_result_sampling', {}))).toEqual([['capital_question', 'sampling-create-message']]);
    expect(textOf(callTool('test_input_required_result_sampling', {}, [['capital_question', sampled('Paris.')]]))).toBe('LLM response: Paris.');
    expect(asked(callTool('test_input_required_result_list_roots', {}))).toEqual([['client_roots', 'roots-list']]);
    expect(textOf(callTool('test_input_required_result_list_roots', {}, [['client_roots', roots]]))).toBe('Client roots: file:///test/root');
  });

  it('input-required-result-missing-input-response / ignore-extra-params: re-asks for a missing answer, ignores extra ones', () => {
    expect(asked(callTool('test_input_required_result_elicitation', {}, [['wrong_key', accept([['data', str('wrong')]])]]))).toEqual([['user_name', 'elicitation-create']]);
    // An answer of the wrong kind under the right key is missing too.
    expect(asked(callTool('test_input_required_result_elicitation', {}, [['user_name', sampled('x')]]))).toEqual([['user_name', 'elicitation-create']]);
    const extra = [['user_name', accept([['name', str('Alice')]])], ['unknown_extra_key', accept([['foo', str('bar')]])]];
    expect(textOf(callTool('test_input_required_result_elicitation', {}, extra))).toBe('Hello, Alice!');
  });

  it('input-required-result-request-state / tampered-state: the state comes back or the retry is refused', () => {
    const first = callTool('test_input_required_result_request_state', {});
    expect(asked(first)).toEqual([['confirm', 'elicitation-create']]);
    const ok = [['confirm', { tag: 'elicit-result', val: { action: 'accept', content: [['ok', { tag: 'elicit-result-content-value-case2', val: { tag: 'boolean', val: true } }]] } }]];
    expect(textOf(callTool('test_input_required_result_request_state', {}, ok, first.val.requestState))).toBe('state-ok: confirmed=true');
    expect(errorOf(() => callTool('test_input_required_result_request_state', {}, ok, `${first.val.requestState}-TAMPERED`)).code.tag).toBe('invalid-params');
    expect(errorOf(() => callTool('test_input_required_result_request_state', {}, ok, undefined)).code.tag).toBe('invalid-params');
    const tampered = callTool('test_input_required_result_tampered_state', {});
    expect(typeof tampered.val.requestState).toBe('string');
    expect(errorOf(() => callTool('test_input_required_result_tampered_state', {}, ok, `${tampered.val.requestState}-TAMPERED`)).code.tag).toBe('invalid-params');
    expect(textOf(callTool('test_input_required_result_tampered_state', {}, ok, tampered.val.requestState))).toBe('state intact');
  });

  it('input-required-result-multiple-input-requests: three kinds at once; what is still missing is asked again', () => {
    const first = callTool('test_input_required_result_multiple_inputs', {});
    expect(asked(first)).toEqual([
      ['user_name', 'elicitation-create'],
      ['greeting', 'sampling-create-message'],
      ['client_roots', 'roots-list'],
    ]);
    const state = first.val.requestState;
    expect(asked(callTool('test_input_required_result_multiple_inputs', {}, [['greeting', sampled('Hi')]], state))).toEqual([
      ['user_name', 'elicitation-create'],
      ['client_roots', 'roots-list'],
    ]);
    const all = [['user_name', accept([['name', str('Ann')]])], ['greeting', sampled('Hi')], ['client_roots', roots]];
    expect(textOf(callTool('test_input_required_result_multiple_inputs', {}, all, state))).toBe('Hi Ann (1 roots)');
  });

  it('input-required-result-multi-round: round 2 asks again with a new state, round 3 completes', () => {
    const r1 = callTool('test_input_required_result_multi_round', {});
    expect(asked(r1)).toEqual([['step1', 'elicitation-create']]);
    const r2 = callTool('test_input_required_result_multi_round', {}, [['step1', accept([['name', str('Alice')]])]], r1.val.requestState);
    expect(asked(r2)).toEqual([['step2', 'elicitation-create']]);
    expect(r2.val.requestState).not.toBe(r1.val.requestState);
    expect(textOf(callTool('test_input_required_result_multi_round', {}, [['step2', accept([['color', str('blue')]])]], r2.val.requestState))).toBe('Alice likes blue');
  });

  it('input-required-result-capability-check / server-stateless: asks only for declared capabilities, -32021 without one', () => {
    const samplingOnly = { ...META, clientCapabilities: { sampling: {} } };
    expect(asked(callTool('test_input_required_result_capabilities', {}, undefined, undefined, samplingOnly))).toEqual([['greeting', 'sampling-create-message']]);
    expect(asked(callTool('test_input_required_result_capabilities', {}, undefined, undefined, ALL_CAPS)).map(([k]) => k)).toEqual(['user_name', 'greeting', 'client_roots']);
    expect(textOf(callTool('test_input_required_result_capabilities', {}))).toBe('answered: (no input capabilities declared)');
    const e = errorOf(() => callTool('test_missing_capability', {})) as { code: { tag: string }; data?: Uint8Array };
    expect(e.code.tag).toBe('missing-required-client-capability');
    expect(JSON.parse(new TextDecoder().decode(e.data))).toEqual({ requiredCapabilities: { sampling: {} } });
    expect(asked(callTool('test_missing_capability', {}, undefined, undefined, samplingOnly))).toEqual([['sample', 'sampling-create-message']]);
  });

  it('server-stateless: logging, a streamed input request, and list changes', () => {
    calls.length = 0;
    callTool('test_logging_tool', {});
    expect(calls.filter((c) => c.fn === 'loggingMessage')).toHaveLength(3);
    calls.length = 0;
    expect(asked(callTool('test_streaming_elicitation', {}, undefined, undefined, ALL_CAPS))).toEqual([['confirm', 'elicitation-create']]);
    expect(calls.map((c) => c.fn)).toEqual(['progress', 'loggingMessage']);
    calls.length = 0;
    callTool('test_trigger_tool_change', {});
    expect(calls.map((c) => c.fn)).toEqual(['registerTools', 'toolListChanged']);
    expect((calls[0]!.args[0] as { name: string }[]).map((t) => t.name)).toContain('test_dynamic_tool');
    calls.length = 0;
    callTool('test_trigger_prompt_change', {});
    expect(calls.map((c) => c.fn)).toEqual(['registerPrompts', 'promptListChanged']);
  });

  it('input-required-result-non-tool-request: prompts/get asks for input too', () => {
    const first = handlers.getPrompt!(META, 'test_input_required_result_prompt', undefined, undefined, undefined) as Outcome;
    expect(asked(first)).toEqual([['user_context', 'elicitation-create']]);
    const done = handlers.getPrompt!(META, 'test_input_required_result_prompt', undefined, [['user_context', accept([['context', str('tests')]])]], undefined) as Outcome;
    expect(done.tag).toBe('complete');
    expect(done.val.messages).toHaveLength(1);
  });

  it('sep-2164-resource-not-found: -32602 with the URI in data', () => {
    const e = errorOf(() => handlers.readResource!(META, 'test://nonexistent-resource-for-conformance-testing', undefined, undefined)) as { code: { tag: string }; data?: Uint8Array };
    expect(e.code.tag).toBe('invalid-params');
    expect(JSON.parse(new TextDecoder().decode(e.data))).toEqual({ uri: 'test://nonexistent-resource-for-conformance-testing' });
  });

  it('elicitation-sep1034-defaults / sep1330-enums: the schemas the 2025-11-25 scenarios check', () => {
    const schemaOf = (o: Outcome) => new Map(o.val.inputRequests![0]![1].val.params.val.requestedSchema.properties as [string, InputRequest][]);
    const defaults = schemaOf(callTool('test_elicitation_sep1034_defaults', {}));
    expect([...defaults].map(([k, v]) => [k, v.tag, v.val.default])).toEqual([
      ['name', 'string-schema', 'John Doe'],
      ['age', 'number-schema', 30],
      ['score', 'number-schema', 95.5],
      ['status', 'untitled-single-select-enum-schema', 'active'],
      ['verified', 'boolean-schema', true],
    ]);
    expect(defaults.get('age')!.val.type).toBe('integer');
    const enums = schemaOf(callTool('test_elicitation_sep1330_enums', {}));
    expect([...enums].map(([k, v]) => [k, v.tag])).toEqual([
      ['untitledSingle', 'untitled-single-select-enum-schema'],
      ['titledSingle', 'titled-single-select-enum-schema'],
      ['legacyEnum', 'legacy-titled-enum-schema'],
      ['untitledMulti', 'untitled-multi-select-enum-schema'],
      ['titledMulti', 'titled-multi-select-enum-schema'],
    ]);
    const answer = accept([['untitledSingle', str('option1')], ['untitledMulti', { tag: 'array', val: ['option1', 'option2'] }]]);
    expect(textOf(callTool('test_elicitation_sep1330_enums', {}, [['enums', answer]]))).toBe('Elicitation completed: action=accept, content={"untitledSingle":"option1","untitledMulti":["option1","option2"]}');
  });
});
