// Hand-written examples of every message the proposal carries: params and, for requests, a result.
export interface Example {
  method: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
}

const tool = {
  name: 'get_weather',
  title: 'Weather',
  description: 'Get the weather',
  inputSchema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  outputSchema: { type: 'object', properties: { temp: { type: 'number' } } },
  annotations: { readOnlyHint: true, openWorldHint: true },
  _meta: { 'vendor/x': 1 },
};

/** A tool whose schemas use keywords MCP's schema does not declare: they are carried as written. */
const strictTool = {
  name: 'json_schema_2020_12_tool',
  inputSchema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    $defs: { address: { type: 'object', properties: { street: { type: 'string' }, city: { type: 'string' } } } },
    properties: { name: { type: 'string' }, address: { $ref: '#/$defs/address' } },
    additionalProperties: false,
    description: 'A person and their address',
  },
  outputSchema: { type: 'object', properties: { ok: { type: 'boolean' } }, required: ['ok'], additionalProperties: false },
};

export const EXAMPLES: Example[] = [
  {
    method: 'completion/complete',
    params: { ref: { type: 'ref/prompt', name: 'code_review' }, argument: { name: 'language', value: 'py' }, context: { arguments: { framework: 'flask' } } },
    result: { completion: { values: ['python', 'pytorch'], total: 10, hasMore: true } },
  },
  {
    method: 'completion/complete',
    params: { ref: { type: 'ref/resource', uri: 'file:///{path}' }, argument: { name: 'path', value: 'sr' } },
    result: { completion: { values: [] }, _meta: { trace: 'abc' } },
  },
  {
    method: 'elicitation/create',
    params: {
      message: 'Your details',
      requestedSchema: {
        type: 'object',
        properties: {
          name: { type: 'string', title: 'Name', minLength: 1, maxLength: 50, format: 'email' },
          age: { type: 'integer', minimum: 0, maximum: 150 },
          ok: { type: 'boolean', default: true },
          color: { type: 'string', enum: ['red', 'green'], enumNames: ['Red', 'Green'] },
        },
        required: ['name'],
      },
    },
    result: { action: 'accept', content: { name: 'Ada', age: 36, ok: true } },
  },
  { method: 'elicitation/create', params: { message: 'Nothing', requestedSchema: { type: 'object', properties: {} } }, result: { action: 'decline' } },
  {
    method: 'initialize',
    params: {
      protocolVersion: '2025-06-18',
      capabilities: { roots: { listChanged: true }, sampling: {}, elicitation: {}, experimental: { x: { y: 1 } } },
      clientInfo: { name: 'client', title: 'Client', version: '1.0.0' },
    },
    result: {
      protocolVersion: '2025-06-18',
      capabilities: { logging: {}, completions: {}, prompts: { listChanged: true }, resources: { subscribe: true, listChanged: true }, tools: { listChanged: false } },
      serverInfo: { name: 'server', version: '2.0.0' },
      instructions: 'Be nice',
    },
  },
  { method: 'logging/setLevel', params: { level: 'warning' }, result: {} },
  { method: 'notifications/message', params: { level: 'error', logger: 'db', data: { error: 'Connection failed', details: [1, 2] } } },
  { method: 'notifications/message', params: { level: 'debug', data: 'just a string' } },
  { method: 'notifications/progress', params: { progressToken: 'abc', progress: 50, total: 100, message: 'halfway' } },
  { method: 'notifications/progress', params: { progressToken: 42, progress: 0.25 } },
  { method: 'notifications/prompts/list_changed', params: {} },
  { method: 'notifications/resources/list_changed', params: { _meta: { reason: 'new file' } } },
  { method: 'notifications/resources/updated', params: { uri: 'file:///project/src/main.rs' } },
  { method: 'notifications/roots/list_changed' },
  { method: 'notifications/tools/list_changed', params: {} },
  {
    method: 'prompts/get',
    params: { name: 'code_review', arguments: { code: 'def hello(): print("world")' } },
    result: {
      description: 'Code review prompt',
      messages: [
        { role: 'user', content: { type: 'text', text: 'Review this:\n\tdef hello()' } },
        { role: 'assistant', content: { type: 'image', data: 'iVBORw0KGgo=', mimeType: 'image/png', annotations: { audience: ['user'], priority: 1, lastModified: '2025-01-12T15:00:58Z' } } },
        { role: 'user', content: { type: 'audio', data: 'UklGRg==', mimeType: 'audio/wav' } },
        { role: 'user', content: { type: 'resource_link', uri: 'file:///a.txt', name: 'a', mimeType: 'text/plain', size: 1024, title: 'A' } },
        { role: 'user', content: { type: 'resource', resource: { uri: 'file:///b.bin', blob: 'AAEC', mimeType: 'application/octet-stream' } } },
      ],
    },
  },
  {
    method: 'prompts/list',
    params: { cursor: 'c1' },
    result: {
      prompts: [{ name: 'code_review', title: 'Review', description: 'Reviews code', arguments: [{ name: 'code', description: 'The code', required: true, title: 'Code' }] }],
      nextCursor: 'c2',
    },
  },
  {
    method: 'resources/list',
    params: {},
    result: {
      resources: [{ uri: 'file:///project/src/main.rs', name: 'main.rs', title: 'Main', description: 'Entry point', mimeType: 'text/x-rust', size: 2048, annotations: { priority: 0.5 } }],
    },
  },
  {
    method: 'resources/read',
    params: { uri: 'file:///project/src/main.rs' },
    result: {
      contents: [
        { uri: 'file:///project/src/main.rs', mimeType: 'text/x-rust', text: 'fn main() {\n    println!("Hello \u{1F600}");\n}' },
        { uri: 'file:///logo.png', mimeType: 'image/png', blob: 'iVBORw0KGgo=', _meta: { k: 'v' } },
      ],
    },
  },
  { method: 'resources/subscribe', params: { uri: 'file:///x' }, result: {} },
  {
    method: 'resources/templates/list',
    result: { resourceTemplates: [{ uriTemplate: 'file:///{path}', name: 'files', title: 'Files', description: 'Project files', mimeType: 'application/octet-stream' }] },
  },
  { method: 'resources/unsubscribe', params: { uri: 'file:///x' }, result: {} },
  {
    method: 'roots/list',
    params: { _meta: { progressToken: 7 } },
    result: { roots: [{ uri: 'file:///home/user/projects/myproject', name: 'My Project' }, { uri: 'file:///tmp' }] },
  },
  { method: 'roots/list', result: { roots: [] } },
  {
    method: 'sampling/createMessage',
    params: {
      messages: [{ role: 'user', content: { type: 'text', text: 'What is the capital of France?' } }],
      modelPreferences: { hints: [{ name: 'claude-3-sonnet' }], intelligencePriority: 0.8, speedPriority: 0.5, costPriority: 0 },
      systemPrompt: 'You are a helpful assistant.',
      maxTokens: 100,
      includeContext: 'thisServer',
      temperature: 0.7,
      stopSequences: ['\n'],
      metadata: { provider: { a: 1 } },
    },
    result: { role: 'assistant', content: { type: 'text', text: 'Paris.' }, model: 'claude-3-sonnet-20240307', stopReason: 'endTurn' },
  },
  {
    method: 'tools/call',
    params: { name: 'get_weather', arguments: { city: 'New York', units: ['c', 'f'], nested: { deep: [null, true, 1.5] } } },
    result: {
      content: [
        { type: 'text', text: 'Current weather in New York:\nTemperature: 72°F' },
        { type: 'resource', resource: { uri: 'file:///w.json', text: '{"t":72}', mimeType: 'application/json' } },
      ],
      structuredContent: { temperature: 22.5, conditions: 'Partly cloudy' },
      isError: false,
    },
  },
  { method: 'tools/call', params: { name: 'noargs' }, result: { content: [], isError: true } },
  { method: 'tools/list', params: { cursor: 'page-2' }, result: { tools: [tool, { name: 'min', inputSchema: { type: 'object' } }, strictTool], nextCursor: 'page-3' } },
];

export const ERRORS: Record<string, unknown>[] = [
  { code: -32602, message: 'Unknown tool: invalid_tool_name' },
  { code: -32002, message: 'Resource not found', data: { uri: 'file:///nonexistent.txt' } },
  { code: -1, message: 'User rejected sampling request' },
  { code: -32700, message: 'Parse error', data: 'line 1' },
  { code: -32601, message: 'Method not found' },
  { code: -32600, message: 'Invalid request' },
  { code: -32603, message: 'Internal error', data: [1, 2] },
  { code: -32000, message: 'Connection closed' },
  { code: -32001, message: 'Request timed out' },
  { code: -32099, message: 'Server-defined' },
];
