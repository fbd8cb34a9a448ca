// The fixtures of @modelcontextprotocol/conformance's server scenarios, ported to
// wasi:mcp@0.2.0-preview2 (MCP 2026-07-28) as an `mcp-backend` component (componentize-js
// source): sampling, elicitation and roots are multi round-trip requests now (the tool returns
// an input-required outcome; the client's retry brings the answers). The 0.1.0 component that
// `wasi-mcp serve` hosts today is released/0.1.0/examples/conformance; serving this one, and
// matching the 2026-07-28 scenarios, comes with the host's 2026-07-28 wire.
//
// Besides the fixtures it offers `host_*` tools that the host's own tests use (a trap, a hang,
// `roots/list` through an input request, and a count of handler calls).

import {
  registerServer,
  registerTools,
  registerResources,
  registerResourceTemplates,
  registerPrompts,
  serve,
  progress,
  loggingMessage,
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
/** An input-required outcome asking one thing under `key`, keeping `state` for the retry. */
const ask = (key, request, state) => ({ tag: 'input-required', val: { inputRequests: [[key, request]], requestState: state } });
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
    // The 2025-11-25 scenario json-schema-2020-12: the schema must arrive whole.
    name: 'json_schema_2020_12_tool',
    description: 'A tool whose input schema uses JSON Schema 2020-12 keywords',
    inputSchema: json({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      $defs: { address: { type: 'object', properties: { street: { type: 'string' }, city: { type: 'string' } }, required: ['street', 'city'] } },
      properties: { name: { type: 'string' }, address: { $ref: '#/$defs/address' } },
      required: ['name'],
      additionalProperties: false,
    }),
  },
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
];

let calls = 0;
const subscriptions = new Set();

const embedded = (uri, mimeType, t) => ({
  tag: 'resource',
  val: { resource: { tag: 'text-resource-contents', val: { uri, mimeType, text: t } } },
});

function argsOf(bytes) {
  return bytes === undefined ? {} : parse(bytes);
}

const tools = {
  test_simple_text: () => textResult('This is a simple text response for testing.'),
  json_schema_2020_12_tool: () => textResult('Schema preserved.'),
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
  test_tool_with_logging: () => {
    loggingMessage(json('Tool execution started'), 'info', 'conformance', undefined);
    pause(50);
    loggingMessage(json('Tool processing data'), 'info', 'conformance', undefined);
    pause(50);
    loggingMessage(json('Tool execution completed'), 'info', 'conformance', undefined);
    return textResult('Tool with logging executed successfully');
  },
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
    if (!result) {
      return ask('sample', {
        tag: 'sampling-create-message',
        val: { params: { messages: [{ role: 'user', content: { tag: 'text-content', val: { text: String(args.prompt ?? '') } } }], maxTokens: 100n } },
      });
    }
    const reply = result.content.tag === 'text-content' ? result.content.val.text : `[${result.content.tag}]`;
    return textResult(`LLM response: ${reply}`);
  },
  test_elicitation: (args, _meta, inputResponses) => {
    const result = answer(inputResponses, 'user', 'elicit-result');
    if (!result) {
      return ask('user', {
        tag: 'elicitation-create',
        val: {
          params: {
            tag: 'elicit-request-form-params',
            val: {
              message: String(args.message ?? ''),
              requestedSchema: {
                properties: [
                  ['username', { tag: 'string-schema', val: { description: "User's response" } }],
                  ['email', { tag: 'string-schema', val: { description: "User's email address" } }],
                ],
                required: ['username', 'email'],
              },
            },
          },
        },
      });
    }
    const value = (v) => (v.tag === 'array' ? v.val : typeof v.val.val === 'bigint' ? Number(v.val.val) : v.val.val);
    const content = Object.fromEntries((result.content ?? []).map(([k, v]) => [k, value(v)]));
    return textResult(`User response: action=${result.action}, content=${JSON.stringify(content)}`);
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

function prompt(name, args) {
  const user = (content) => ({ role: 'user', content });
  switch (name) {
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
  callTool(meta, name, args, inputResponses) {
    calls++;
    const tool = tools[name];
    if (!tool) throw failure('invalid-params', `unknown tool ${name}`);
    return tool(argsOf(args), meta, inputResponses);
  },
  readResource(_meta, uri) {
    calls++;
    const contents = readResource(uri);
    // MCP 2026-07-28: a resource that does not exist is invalid params.
    if (!contents) throw failure('invalid-params', `no resource ${uri}`);
    // Text contents are written without their tag above for brevity; tag them here.
    return complete({ contents: contents.map((c) => (c.tag ? c : { tag: 'text-resource-contents', val: c })), ttlMs: TTL_MS, cacheScope: SCOPE });
  },
  getPrompt(_meta, name, args) {
    calls++;
    return prompt(name, Object.fromEntries(args ?? []));
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
