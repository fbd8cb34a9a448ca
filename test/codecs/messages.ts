// Realistic MCP messages (JSON-RPC envelopes included), shared by the codec tests and bench/codecs.ts.

const schemaOf = (i: number): Record<string, unknown> => ({
  type: 'object',
  properties: {
    path: { type: 'string', description: `The file path for operation ${i}` },
    recursive: { type: 'boolean', default: false },
    depth: { type: 'integer', minimum: 0, maximum: 32 },
    filters: { type: 'array', items: { type: 'string', pattern: '^[a-z*.]+$' } },
    options: { type: 'object', properties: { encoding: { enum: ['utf8', 'base64'] } } },
  },
  required: ['path'],
});

export const toolsCallRequest = {
  jsonrpc: '2.0',
  id: 7,
  method: 'tools/call',
  params: { name: 'search_files', arguments: { path: '/srv/project', pattern: '*.ts', recursive: true, limit: 50 } },
};

export const toolsListResult = {
  jsonrpc: '2.0',
  id: 2,
  result: {
    tools: Array.from({ length: 20 }, (_, i) => ({
      name: `tool_${i}`,
      title: `Tool number ${i}`,
      description: `Does thing ${i} to the files of the project, carefully and with a long description to be realistic.`,
      inputSchema: schemaOf(i),
      ...(i % 4 === 0 ? { outputSchema: { type: 'object', properties: { ok: { type: 'boolean' } }, required: ['ok'] } } : {}),
      annotations: { readOnlyHint: i % 2 === 0, destructiveHint: false, title: `Tool ${i}` },
    })),
    nextCursor: 'page-2',
  },
};

const paragraph = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. ';

export const resourcesReadResult = {
  jsonrpc: '2.0',
  id: 3,
  result: {
    contents: [{ uri: 'file:///srv/project/README.md', mimeType: 'text/markdown', text: paragraph.repeat(8000) }],
  },
};

export const promptsGetResult = {
  jsonrpc: '2.0',
  id: 4,
  result: {
    description: 'Review code changes',
    messages: [
      { role: 'user', content: { type: 'text', text: 'Please review the following diff for bugs and style issues.' } },
      {
        role: 'user',
        content: {
          type: 'resource',
          resource: { uri: 'file:///srv/project/src/main.ts', mimeType: 'text/x-typescript', text: 'export const x = 1;\n'.repeat(200) },
        },
      },
      { role: 'assistant', content: { type: 'text', text: 'I will look at the diff now.', annotations: { audience: ['user'], priority: 0.5 } } },
    ],
  },
};

export const samplingRequest = {
  jsonrpc: '2.0',
  id: 5,
  method: 'sampling/createMessage',
  params: {
    messages: [
      { role: 'user', content: { type: 'text', text: 'What is the capital of France?' } },
      { role: 'assistant', content: { type: 'text', text: 'Paris.' } },
      { role: 'user', content: { type: 'image', data: 'iVBORw0KGgoA'.repeat(100), mimeType: 'image/png' } },
    ],
    modelPreferences: { hints: [{ name: 'claude-3-sonnet' }], intelligencePriority: 0.8, speedPriority: 0.5 },
    systemPrompt: 'You are a helpful assistant.',
    includeContext: 'thisServer',
    temperature: 0.7,
    maxTokens: 1000,
    stopSequences: ['\n\nHuman:'],
    metadata: { session: 'abc' },
  },
};
