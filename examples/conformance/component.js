// The fixtures of @modelcontextprotocol/conformance's server scenarios, ported to
// wasi:mcp@0.2.0-preview2 (MCP 2026-07-28) as an `mcp-backend` component (componentize-js
// source). ONE component carries the fixtures of every pinned suite: 0.2.0-alpha.12 for
// 2026-07-28 (server-stateless, caching, the input-required-result-* scenarios, custom headers,
// SEP-2164) and 0.1.16 for 2025-11-25 and 2025-06-18. Sampling, elicitation and roots are
// multi round-trip requests: a fixture returns an input-required outcome and the client's retry
// brings the answers; for 2025 clients the host's bridge turns the outcome into real
// server-to-client requests and calls the handler again. /work/notes/confcomp-scenarios.md (and
// docs/host.md, Conformance) say which fixture serves which scenario and what is the host's job.
// The 0.1.0 component of the released proposal is released/0.1.0/examples/conformance.
//
// Besides the fixtures it offers `host_*` tools that the host's own tests use (a trap, a hang,
// `roots/list` through an input request, and a count of handler calls, per instance).

import {
  registerServer,
  registerTools,
  registerResources,
  registerResourceTemplates,
  registerPrompts,
  serve,
  progress,
  loggingMessage,
  toolListChanged,
  promptListChanged,
} from 'wasi:mcp/runtime@0.2.0-preview2';

const TTL_MS = 0n;
const SCOPE = 'public';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
/** WIT `json` is UTF-8 JSON text. */
const json = (value) => encoder.encode(JSON.stringify(value));
const parse = (bytes) => JSON.parse(decoder.decode(bytes));

// A 1x1 red PNG and a WAV header with no samples: the smallest valid media the scenarios accept.
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const WAV = 'UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YQAAAAA=';

/** An `error` for a handler's `err` (componentize-js throws `payload` as the err value). */
function failure(code, message) {
  return { payload: { code: { tag: code }, message } };
}

const text = (t) => ({ tag: 'text', val: { text: t } });
const textResult = (t, isError) => ({ tag: 'complete', val: { content: [text(t)], isError } });
const complete = (val) => ({ tag: 'complete', val });
/** An input-required outcome asking for every `[key, request]`, keeping `state` for the retry. */
const askAll = (requests, state) => ({ tag: 'input-required', val: { inputRequests: requests, requestState: state } });
/** An input-required outcome asking one thing under `key`. */
const ask = (key, request, state) => askAll([[key, request]], state);
/** An `elicitation/create` input request of the form mode; `properties` are `[name, primitive-schema-definition]`. */
const elicitForm = (message, properties, required) => ({
  tag: 'elicitation-create',
  val: { params: { tag: 'elicit-request-form-params', val: { message, requestedSchema: { properties, required } } } },
});
const stringProp = (name, description) => [name, { tag: 'string-schema', val: { description } }];
/** A `sampling/createMessage` input request with one user text message. */
const sampleText = (prompt, maxTokens) => ({
  tag: 'sampling-create-message',
  val: { params: { messages: [{ role: 'user', content: { tag: 'text-content', val: { text: prompt } } }], maxTokens: BigInt(maxTokens) } },
});
const ROOTS_LIST = { tag: 'roots-list', val: {} };
/** An elicitation answer's content as plain JSON (WIT `elicit-result-content-value` unwrapped). */
function elicited(result) {
  const value = (v) => (v.tag === 'array' ? v.val : typeof v.val.val === 'bigint' ? Number(v.val.val) : v.val.val);
  return Object.fromEntries((result.content ?? []).map(([k, v]) => [k, value(v)]));
}
const samplingText = (result) => (result.content.tag === 'text-content' ? result.content.val.text : `[${result.content.tag}]`);
/** A retry whose `request-state` is not the one this fixture handed out is refused (the host also seals states). */
function expectState(requestState, expected) {
  if (requestState !== expected) throw failure('invalid-params', `request state ${JSON.stringify(requestState ?? null)} is not the one this request was given`);
}
/** The client's answer under `key` on a retry, with the expected case. */
const answer = (inputResponses, key, tag) => {
  const r = new Map(inputResponses ?? []).get(key);
  return r && r.tag === tag ? r.val : undefined;
};

/** The scenarios ask for ~50 ms between notifications; a WASI 0.2 handler can only spin. */
function pause(ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // busy wait: no event loop runs inside a synchronous export
  }
}

/** Tool input schemas: whole JSON Schema objects, as `json` (UTF-8 JSON text). */
const noArgs = json({ type: 'object', properties: {} });
const stringArgs = (...names) =>
  json({
    type: 'object',
    properties: Object.fromEntries(names.map((n) => [n, { type: 'string', description: n }])),
    required: names,
  });

const TOOLS = [
  { name: 'test_simple_text', description: 'Returns simple text content', inputSchema: noArgs },
  { name: 'test_image_content', description: 'Returns image content', inputSchema: noArgs },
  { name: 'test_audio_content', description: 'Returns audio content', inputSchema: noArgs },
  { name: 'test_embedded_resource', description: 'Returns an embedded resource', inputSchema: noArgs },
  { name: 'test_multiple_content_types', description: 'Returns text, image and resource content', inputSchema: noArgs },
  { name: 'test_tool_with_logging', description: 'Sends three log messages while it runs', inputSchema: noArgs },
  { name: 'test_error_handling', description: 'Always fails (isError)', inputSchema: noArgs },
  { name: 'test_tool_with_progress', description: 'Reports progress 0, 50, 100 of 100', inputSchema: noArgs },
  { name: 'test_sampling', description: 'Asks the client to sample an LLM', inputSchema: stringArgs('prompt') },
  { name: 'test_elicitation', description: 'Asks the client to elicit user input', inputSchema: stringArgs('message') },
  {
    // json-schema-2020-12 (2025-11-25 and 2026-07-28): the schema must arrive whole, with the
    // SEP-2106 vocabulary ($anchor in $defs, allOf/anyOf, if/then/else) of conformance 0.2.0.
    name: 'json_schema_2020_12_tool',
    description: 'Tool with JSON Schema 2020-12 features',
    inputSchema: json({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      $defs: {
        address: {
          $anchor: 'addressDef',
          type: 'object',
          properties: { street: { type: 'string' }, city: { type: 'string' } },
        },
      },
      properties: {
        name: { type: 'string' },
        address: { $ref: '#/$defs/address' },
        contactMethod: { type: 'string', enum: ['phone', 'email'] },
        phone: { type: 'string' },
        email: { type: 'string' },
      },
      allOf: [{ anyOf: [{ required: ['phone'] }, { required: ['email'] }] }],
      if: { properties: { contactMethod: { const: 'phone' } }, required: ['contactMethod'] },
      then: { required: ['phone'] },
      else: { required: ['email'] },
      additionalProperties: false,
    }),
  },
  // 2025-11-25 elicitation-sep1034-defaults and elicitation-sep1330-enums (elicitation schemas).
  { name: 'test_elicitation_sep1034_defaults', description: 'Elicits with a default for every primitive type', inputSchema: noArgs },
  { name: 'test_elicitation_sep1330_enums', description: 'Elicits with the five enum schema variants', inputSchema: noArgs },
  // 2025-11-25 server-sse-polling: takes a while, so that the host closes the POST stream mid-call.
  { name: 'test_reconnection', description: 'Runs for a while (the host may close the SSE stream mid-call)', inputSchema: noArgs },
  {
    // 2026-07-28 http-custom-header-server-validation: a string parameter mirrored in a header.
    name: 'test_custom_header',
    description: 'Echoes a parameter the client also sends as the Mcp-Param-Region header',
    inputSchema: json({
      type: 'object',
      properties: { region: { type: 'string', description: 'A region, mirrored in Mcp-Param-Region', 'x-mcp-header': 'Region' } },
      required: ['region'],
    }),
  },
  // 2026-07-28 server-stateless diagnostics.
  { name: 'test_missing_capability', description: 'Needs the client capability sampling (-32021 without it)', inputSchema: noArgs },
  { name: 'test_streaming_elicitation', description: 'Reports progress, then asks for input (input-required)', inputSchema: noArgs },
  { name: 'test_logging_tool', description: 'Sends three log messages while it runs', inputSchema: noArgs },
  { name: 'test_trigger_tool_change', description: 'Changes the tool list (tools/list_changed)', inputSchema: noArgs },
  { name: 'test_trigger_prompt_change', description: 'Changes the prompt list (prompts/list_changed)', inputSchema: noArgs },
  // 2026-07-28 input-required-result-* (SEP-2322).
  { name: 'test_input_required_result_elicitation', description: 'Asks for a name (elicitation input request)', inputSchema: noArgs },
  { name: 'test_input_required_result_sampling', description: 'Asks an LLM (sampling input request)', inputSchema: noArgs },
  { name: 'test_input_required_result_list_roots', description: 'Asks for the roots (roots/list input request)', inputSchema: noArgs },
  { name: 'test_input_required_result_request_state', description: 'Asks for a confirmation and keeps a request state', inputSchema: noArgs },
  { name: 'test_input_required_result_multiple_inputs', description: 'Asks for elicitation, sampling and roots at once', inputSchema: noArgs },
  { name: 'test_input_required_result_multi_round', description: 'Asks twice, with a request state that evolves', inputSchema: noArgs },
  { name: 'test_input_required_result_tampered_state', description: 'Keeps a request state that must come back intact', inputSchema: noArgs },
  { name: 'test_input_required_result_capabilities', description: 'Asks only for what the client declared', inputSchema: noArgs },
  { name: 'host_trap', description: 'Host test: traps (an uncaught exception)', inputSchema: noArgs },
  { name: 'host_list_roots', description: 'Host test: asks the client for its roots', inputSchema: noArgs },
  { name: 'host_call_count', description: 'Host test: handler calls since instantiation', inputSchema: noArgs },
  { name: 'host_spin', description: 'Host test: never returns (the host must time it out)', inputSchema: noArgs },
];

const RESOURCES = [
  { uri: 'test://static-text', name: 'static-text', description: 'A static text resource', mimeType: 'text/plain' },
  { uri: 'test://static-binary', name: 'static-binary', description: 'A static binary resource', mimeType: 'image/png' },
  { uri: 'test://watched-resource', name: 'watched-resource', description: 'A resource to subscribe to', mimeType: 'text/plain' },
];

const TEMPLATES = [
  {
    uriTemplate: 'test://template/{id}/data',
    name: 'template-data',
    description: 'Data for an id',
    mimeType: 'application/json',
  },
];

const PROMPTS = [
  { name: 'test_simple_prompt', description: 'A prompt without arguments' },
  {
    name: 'test_prompt_with_arguments',
    description: 'A prompt with two arguments',
    arguments: [
      { name: 'arg1', description: 'First test argument', required: true },
      { name: 'arg2', description: 'Second test argument', required: true },
    ],
  },
  {
    name: 'test_prompt_with_embedded_resource',
    description: 'A prompt that embeds a resource',
    arguments: [{ name: 'resourceUri', description: 'URI of the resource to embed', required: true }],
  },
  { name: 'test_prompt_with_image', description: 'A prompt with an image' },
  // 2026-07-28 input-required-result-non-tool-request.
  { name: 'test_input_required_result_prompt', description: 'A prompt that asks for its context first' },
];

/** What test_trigger_tool_change / test_trigger_prompt_change add to the lists, revision by revision. */
let toolRevision = 0;
let promptRevision = 0;
const dynamicTool = () => ({ name: 'test_dynamic_tool', description: `Added by test_trigger_tool_change (revision ${toolRevision})`, inputSchema: noArgs });
const dynamicPrompt = () => ({ name: 'test_dynamic_prompt', description: `Added by test_trigger_prompt_change (revision ${promptRevision})` });

let calls = 0;
const subscriptions = new Set();

const embedded = (uri, mimeType, t) => ({
  tag: 'resource',
  val: { resource: { tag: 'text-resource-contents', val: { uri, mimeType, text: t } } },
});

/** tools-call-with-logging (2025) and server-stateless's test_logging_tool (2026): three log messages. */
function logThree() {
  loggingMessage(json('Tool execution started'), 'info', 'conformance', undefined);
  pause(50);
  loggingMessage(json('Tool processing data'), 'info', 'conformance', undefined);
  pause(50);
  loggingMessage(json('Tool execution completed'), 'info', 'conformance', undefined);
  return textResult('Tool with logging executed successfully');
}

function argsOf(bytes) {
  return bytes === undefined ? {} : parse(bytes);
}

const tools = {
  test_simple_text: () => textResult('This is a simple text response for testing.'),
  json_schema_2020_12_tool: () => textResult('Schema preserved.'),
  test_custom_header: (args) => textResult(`region=${String(args.region ?? '')}`),
  test_reconnection: () => {
    pause(500);
    return textResult('Reconnection test completed');
  },
  test_elicitation_sep1034_defaults: (_args, _meta, inputResponses) => {
    const result = answer(inputResponses, 'defaults', 'elicit-result');
    if (!result) {
      const schema = (tag, val) => ({ tag, val });
      return ask(
        'defaults',
        elicitForm(
          'Please review and update the form fields with defaults',
          [
            ['name', schema('string-schema', { description: 'User name', default: 'John Doe' })],
            ['age', schema('number-schema', { type: 'integer', description: 'User age', default: 30 })],
            ['score', schema('number-schema', { type: 'number', description: 'User score', default: 95.5 })],
            ['status', schema('untitled-single-select-enum-schema', { description: 'User status', enum: ['active', 'inactive', 'pending'], default: 'active' })],
            ['verified', schema('boolean-schema', { description: 'Verification status', default: true })],
          ],
          undefined,
        ),
      );
    }
    return textResult(`Elicitation completed: action=${result.action}, content=${JSON.stringify(elicited(result))}`);
  },
  test_elicitation_sep1330_enums: (_args, _meta, inputResponses) => {
    const result = answer(inputResponses, 'enums', 'elicit-result');
    if (!result) {
      const schema = (tag, val) => ({ tag, val });
      return ask(
        'enums',
        elicitForm(
          'Please select options from the enum fields',
          [
            ['untitledSingle', schema('untitled-single-select-enum-schema', { description: 'Choose an option', enum: ['option1', 'option2', 'option3'] })],
            [
              'titledSingle',
              schema('titled-single-select-enum-schema', {
                description: 'Choose a titled option',
                oneOf: [
                  { const: 'value1', title: 'First Option' },
                  { const: 'value2', title: 'Second Option' },
                  { const: 'value3', title: 'Third Option' },
                ],
              }),
            ],
            [
              'legacyEnum',
              schema('legacy-titled-enum-schema', { description: 'Choose a legacy option', enum: ['opt1', 'opt2', 'opt3'], enumNames: ['Option One', 'Option Two', 'Option Three'] }),
            ],
            ['untitledMulti', schema('untitled-multi-select-enum-schema', { description: 'Choose multiple options', items: { enum: ['option1', 'option2', 'option3'] } })],
            [
              'titledMulti',
              schema('titled-multi-select-enum-schema', {
                description: 'Choose multiple titled options',
                items: {
                  anyOf: [
                    { const: 'value1', title: 'First Choice' },
                    { const: 'value2', title: 'Second Choice' },
                    { const: 'value3', title: 'Third Choice' },
                  ],
                },
              }),
            ],
          ],
          undefined,
        ),
      );
    }
    return textResult(`Elicitation completed: action=${result.action}, content=${JSON.stringify(elicited(result))}`);
  },
  test_missing_capability: (_args, meta, inputResponses) => {
    // MCP 2026-07-28: a server must not rely on a capability the client did not declare in this request.
    if (!meta.clientCapabilities.sampling) {
      throw {
        payload: {
          code: { tag: 'missing-required-client-capability' },
          message: 'test_missing_capability needs the client capability sampling',
          data: json({ requiredCapabilities: { sampling: {} } }),
        },
      };
    }
    const result = answer(inputResponses, 'sample', 'create-message-result');
    if (!result) return ask('sample', sampleText('Say something', 20));
    return textResult(`LLM response: ${samplingText(result)}`);
  },
  test_streaming_elicitation: (_args, meta, inputResponses) => {
    const result = answer(inputResponses, 'confirm', 'elicit-result');
    if (result) return textResult(`Streaming elicitation completed: action=${result.action}`);
    if (meta.progressToken !== undefined) progress(meta.progressToken, 50, 100, 'about to ask', undefined);
    loggingMessage(json('asking the client to confirm'), 'info', 'conformance', undefined);
    return ask('confirm', elicitForm('Please confirm', [['ok', { tag: 'boolean-schema', val: {} }]], ['ok']));
  },
  test_trigger_tool_change: () => {
    toolRevision++;
    registerTools([...TOOLS, dynamicTool()], TTL_MS, SCOPE);
    toolListChanged(undefined);
    return textResult(`tool list changed (revision ${toolRevision})`);
  },
  test_trigger_prompt_change: () => {
    promptRevision++;
    registerPrompts([...PROMPTS, dynamicPrompt()], TTL_MS, SCOPE);
    promptListChanged(undefined);
    return textResult(`prompt list changed (revision ${promptRevision})`);
  },
  test_dynamic_tool: () => textResult(`dynamic tool (revision ${toolRevision})`),
  test_input_required_result_elicitation: (_args, _meta, inputResponses) => {
    // A missing or mismatched answer is asked for again (SEP-2322: re-request, not an error);
    // extra answers are ignored.
    const result = answer(inputResponses, 'user_name', 'elicit-result');
    if (!result) return ask('user_name', elicitForm('What is your name?', [['name', { tag: 'string-schema', val: {} }]], ['name']));
    const name = result.action === 'accept' ? elicited(result).name : undefined;
    return textResult(`Hello, ${name ?? 'anonymous'}!`);
  },
  test_input_required_result_sampling: (_args, _meta, inputResponses) => {
    const result = answer(inputResponses, 'capital_question', 'create-message-result');
    if (!result) return ask('capital_question', sampleText('What is the capital of France?', 100));
    return textResult(`LLM response: ${samplingText(result)}`);
  },
  test_input_required_result_list_roots: (_args, _meta, inputResponses) => {
    const result = answer(inputResponses, 'client_roots', 'list-roots-result');
    if (!result) return ask('client_roots', ROOTS_LIST);
    return textResult(`Client roots: ${result.roots.map((r) => r.uri).join(', ') || '(none)'}`);
  },
  test_input_required_result_request_state: (_args, _meta, inputResponses, requestState) => {
    const result = answer(inputResponses, 'confirm', 'elicit-result');
    if (!result) return ask('confirm', elicitForm('Please confirm', [['ok', { tag: 'boolean-schema', val: {} }]], ['ok']), 'request-state:confirm:v1');
    expectState(requestState, 'request-state:confirm:v1');
    return textResult(`state-ok: confirmed=${elicited(result).ok === true}`);
  },
  test_input_required_result_multiple_inputs: (_args, _meta, inputResponses, requestState) => {
    const STATE = 'multiple-inputs:v1';
    const requests = [
      ['user_name', elicitForm('What is your name?', [['name', { tag: 'string-schema', val: {} }]], ['name'])],
      ['greeting', sampleText('Generate a greeting', 50)],
      ['client_roots', ROOTS_LIST],
    ];
    const tags = { user_name: 'elicit-result', greeting: 'create-message-result', client_roots: 'list-roots-result' };
    if (inputResponses !== undefined) expectState(requestState, STATE);
    // Ask again for whatever is still missing.
    const missing = requests.filter(([key]) => !answer(inputResponses, key, tags[key]));
    if (missing.length > 0) return askAll(missing, STATE);
    const name = elicited(answer(inputResponses, 'user_name', tags.user_name)).name;
    const greeting = samplingText(answer(inputResponses, 'greeting', tags.greeting));
    const roots = answer(inputResponses, 'client_roots', tags.client_roots).roots.length;
    return textResult(`${greeting} ${name ?? 'anonymous'} (${roots} roots)`);
  },
  test_input_required_result_multi_round: (_args, _meta, inputResponses, requestState) => {
    const step1 = () => ask('step1', elicitForm('Step 1: What is your name?', [['name', { tag: 'string-schema', val: {} }]], ['name']), 'multi-round:1');
    if (requestState === undefined) return step1();
    if (requestState === 'multi-round:1') {
      const result = answer(inputResponses, 'step1', 'elicit-result');
      if (!result) return step1();
      const name = String(elicited(result).name ?? 'anonymous');
      // The state of round 2 carries round 1's answer: the server keeps nothing between rounds.
      return ask('step2', elicitForm('Step 2: What is your favorite color?', [['color', { tag: 'string-schema', val: {} }]], ['color']), `multi-round:2:${encodeURIComponent(name)}`);
    }
    const m = /^multi-round:2:(.*)$/.exec(requestState);
    if (!m) throw failure('invalid-params', 'unknown request state');
    const result = answer(inputResponses, 'step2', 'elicit-result');
    if (!result) throw failure('invalid-params', 'the answer to step2 is missing');
    return textResult(`${decodeURIComponent(m[1])} likes ${elicited(result).color}`);
  },
  test_input_required_result_tampered_state: (_args, _meta, inputResponses, requestState) => {
    const result = answer(inputResponses, 'confirm', 'elicit-result');
    if (!result) return ask('confirm', elicitForm('Please confirm', [['ok', { tag: 'boolean-schema', val: {} }]], ['ok']), 'tampered-state:v1');
    expectState(requestState, 'tampered-state:v1');
    return textResult('state intact');
  },
  test_input_required_result_capabilities: (_args, meta, inputResponses) => {
    // Only ask for what this request's client capabilities declare (SEP-2322).
    const caps = meta.clientCapabilities;
    const wanted = [
      caps.elicitation && ['user_name', elicitForm('What is your name?', [['name', { tag: 'string-schema', val: {} }]], ['name']), 'elicit-result'],
      caps.sampling && ['greeting', sampleText('Generate a greeting', 50), 'create-message-result'],
      caps.roots !== undefined && ['client_roots', ROOTS_LIST, 'list-roots-result'],
    ].filter(Boolean);
    const missing = wanted.filter(([key, , tag]) => !answer(inputResponses, key, tag));
    if (missing.length > 0) return askAll(missing.map(([key, request]) => [key, request]));
    return textResult(`answered: ${wanted.map(([key]) => key).join(', ') || '(no input capabilities declared)'}`);
  },
  test_image_content: () => complete({ content: [{ tag: 'image', val: { data: PNG, mimeType: 'image/png' } }] }),
  test_audio_content: () => complete({ content: [{ tag: 'audio', val: { data: WAV, mimeType: 'audio/wav' } }] }),
  test_embedded_resource: () =>
    complete({
      content: [embedded('test://embedded-resource', 'text/plain', 'This is an embedded resource content.')],
    }),
  test_multiple_content_types: () =>
    complete({
      content: [
        text('Multiple content types test:'),
        { tag: 'image', val: { data: PNG, mimeType: 'image/png' } },
        embedded('test://mixed-content-resource', 'application/json', JSON.stringify({ test: 'data', value: 123 })),
      ],
    }),
  test_tool_with_logging: () => logThree(),
  test_logging_tool: () => logThree(),
  test_error_handling: () => textResult('This tool intentionally returns an error for testing', true),
  test_tool_with_progress: (_args, meta) => {
    const token = meta.progressToken;
    for (const step of [0, 50, 100]) {
      if (token !== undefined) progress(token, step, 100, `step ${step}`, undefined);
      if (step < 100) pause(50);
    }
    return textResult('Tool with progress executed successfully');
  },
  test_sampling: (args, _meta, inputResponses) => {
    const result = answer(inputResponses, 'sample', 'create-message-result');
    if (!result) return ask('sample', sampleText(String(args.prompt ?? ''), 100));
    return textResult(`LLM response: ${samplingText(result)}`);
  },
  test_elicitation: (args, _meta, inputResponses) => {
    const result = answer(inputResponses, 'user', 'elicit-result');
    if (!result) {
      return ask(
        'user',
        elicitForm(String(args.message ?? ''), [stringProp('username', "User's response"), stringProp('email', "User's email address")], ['username', 'email']),
      );
    }
    return textResult(`User response: action=${result.action}, content=${JSON.stringify(elicited(result))}`);
  },
  host_trap: () => {
    // An uncaught exception that is not an `error` payload: componentize-js traps.
    throw new Error('host_trap: deliberate trap');
  },
  host_list_roots: (_args, _meta, inputResponses) => {
    const result = answer(inputResponses, 'roots', 'list-roots-result');
    if (!result) return ask('roots', { tag: 'roots-list', val: {} });
    return textResult(JSON.stringify(result.roots.map((r) => ({ uri: r.uri, name: r.name }))));
  },
  host_call_count: () => {
    // Printed on the component's stdout, which the host must keep off the stdio transport.
    console.log(`host_call_count: ${calls}`);
    return textResult(String(calls));
  },
  host_spin: () => {
    for (;;) {
      // a hung handler: only the host's handler timeout ends it
    }
  },
};

function readResource(uri) {
  switch (uri) {
    case 'test://static-text':
      return [{ uri, mimeType: 'text/plain', text: 'This is the content of the static text resource.' }];
    case 'test://static-binary':
      return [{ tag: 'blob-resource-contents', val: { uri, mimeType: 'image/png', blob: PNG } }];
    case 'test://watched-resource':
      return [{ uri, mimeType: 'text/plain', text: `Watched resource (watched: ${subscriptions.has(uri)})` }];
  }
  const m = /^test:\/\/template\/([^/]+)\/data$/.exec(uri);
  if (m) {
    const id = decodeURIComponent(m[1]);
    return [{ uri, mimeType: 'application/json', text: JSON.stringify({ id, templateTest: true, data: `Data for ID: ${id}` }) }];
  }
  return undefined;
}

function prompt(name, args, inputResponses) {
  const user = (content) => ({ role: 'user', content });
  switch (name) {
    case 'test_input_required_result_prompt': {
      const result = answer(inputResponses, 'user_context', 'elicit-result');
      if (!result) return ask('user_context', elicitForm('What context should the prompt use?', [['context', { tag: 'string-schema', val: {} }]], ['context']));
      return complete({ messages: [user(text(`Use this context: ${elicited(result).context ?? '(none)'}`))] });
    }
    case 'test_dynamic_prompt':
      return complete({ messages: [user(text(`dynamic prompt (revision ${promptRevision})`))] });
    case 'test_simple_prompt':
      return complete({ messages: [user(text('This is a simple prompt for testing.'))] });
    case 'test_prompt_with_arguments':
      return complete({ messages: [user(text(`Prompt with arguments: arg1='${args.arg1}', arg2='${args.arg2}'`))] });
    case 'test_prompt_with_embedded_resource':
      return complete({
        messages: [
          user(embedded(args.resourceUri ?? 'test://example-resource', 'text/plain', 'Embedded resource content for testing.')),
          user(text('Please process the embedded resource above.')),
        ],
      });
    case 'test_prompt_with_image':
      return complete({
        messages: [user({ tag: 'image', val: { data: PNG, mimeType: 'image/png' } }), user(text('Please analyze the image above.'))],
      });
  }
  throw failure('invalid-params', `unknown prompt ${name}`);
}

const COMPLETIONS = { arg1: ['paris', 'park', 'party'], arg2: ['alpha', 'beta'] };

export const handlers = {
  start() {
    registerServer(
      { name: 'wasi-mcp-conformance', title: 'wasi:mcp conformance fixtures', version: '0.2.0' },
      {
        tools: { listChanged: true },
        resources: { subscribe: true, listChanged: true },
        prompts: { listChanged: true },
        logging: json({}),
        completions: json({}),
      },
      'Fixtures for the MCP conformance suite, served by a wasi:mcp component.',
      ['2026-07-28'],
      TTL_MS,
      SCOPE,
    );
    registerTools(TOOLS, TTL_MS, SCOPE);
    registerResources(RESOURCES, TTL_MS, SCOPE);
    registerResourceTemplates(TEMPLATES, TTL_MS, SCOPE);
    registerPrompts(PROMPTS, TTL_MS, SCOPE);
    serve();
  },
  callTool(meta, name, args, inputResponses, requestState) {
    calls++;
    const tool = tools[name];
    if (!tool) throw failure('invalid-params', `unknown tool ${name}`);
    return tool(argsOf(args), meta, inputResponses, requestState);
  },
  readResource(_meta, uri) {
    calls++;
    const contents = readResource(uri);
    // MCP 2026-07-28: a resource that does not exist is invalid params.
    // (SEP-2164), with the URI in the error's data.
    if (!contents) throw { payload: { code: { tag: 'invalid-params' }, message: 'Resource not found', data: json({ uri }) } };
    // Text contents are written without their tag above for brevity; tag them here.
    return complete({ contents: contents.map((c) => (c.tag ? c : { tag: 'text-resource-contents', val: c })), ttlMs: TTL_MS, cacheScope: SCOPE });
  },
  getPrompt(_meta, name, args, inputResponses) {
    calls++;
    return prompt(name, Object.fromEntries(args ?? []), inputResponses);
  },
  watchResource(uri) {
    calls++;
    subscriptions.add(uri);
  },
  unwatchResource(uri) {
    calls++;
    subscriptions.delete(uri);
  },
  complete(_meta, ref, argument) {
    calls++;
    const values = ref.tag === 'ref-prompt' ? (COMPLETIONS[argument.name] ?? []) : [];
    const matching = values.filter((v) => v.startsWith(argument.value));
    return { completion: { values: matching, total: BigInt(matching.length), hasMore: false } };
  },
};
