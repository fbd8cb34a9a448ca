// Hand-written WIT values of every proposal type, in jco's JavaScript shapes: realistic MCP
// content plus the edges of each kind (empty and non-ASCII strings, s64 extremes, every enum
// and variant case, absent and present options). Keyed by WIT type name; a test checks that
// every type the proposal defines has an entry, so a new type cannot go untested.

const utf8 = (s: string) => new TextEncoder().encode(s);
const S64_MIN = -(2n ** 63n);
const S64_MAX = 2n ** 63n - 1n;

const json = [utf8('{"type":"object","properties":{"path":{"type":"string"}}}'), utf8(''), utf8('"ünïcödé ✓ 𝄞"'), new Uint8Array([0, 255, 128])];
const errorCode = [
  { tag: 'parse-error' },
  { tag: 'invalid-request' },
  { tag: 'method-not-found' },
  { tag: 'invalid-params' },
  { tag: 'internal-error' },
  { tag: 'resource-not-found' },
  { tag: 'connection-closed' },
  { tag: 'request-timeout' },
  { tag: 'other', val: -32099n },
  { tag: 'other', val: S64_MIN },
  { tag: 'other', val: S64_MAX },
];
const error = [
  { code: { tag: 'invalid-params' }, message: 'Unknown tool: search', data: utf8('{"tool":"search"}') },
  { code: { tag: 'other', val: 1n }, message: '', data: undefined },
];
const idLike = [{ tag: 'string', val: 'req-1' }, { tag: 'string', val: '' }, { tag: 'integer', val: 0n }, { tag: 'integer', val: S64_MIN }, { tag: 'integer', val: S64_MAX }];
const role = ['assistant', 'user'];
const loggingLevel = ['debug', 'info', 'notice', 'warning', 'error', 'critical', 'alert', 'emergency'];
const annotations = [
  { audience: ['user', 'assistant'], lastModified: '2025-06-18T12:00:00Z', priority: 0.5 },
  { audience: [], lastModified: undefined, priority: -0 },
  { audience: undefined, lastModified: undefined, priority: undefined },
];
const toolAnnotations = [
  { destructiveHint: false, idempotentHint: true, openWorldHint: false, readOnlyHint: true, title: 'Search files' },
  { destructiveHint: undefined, idempotentHint: undefined, openWorldHint: undefined, readOnlyHint: undefined, title: undefined },
];
/** Tool input and output schemas: whole JSON Schema objects as `json`, keywords MCP does not declare included. */
const schema = [
  utf8('{"type":"object","properties":{"path":{"type":"string"}},"required":["path"]}'),
  utf8(
    '{"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object","$defs":{"p":{"type":"string","description":"ünïcödé 𝄞"}},' +
      '"properties":{"path":{"$ref":"#/$defs/p"}},"required":[],"additionalProperties":false}',
  ),
  utf8('{"type":"object"}'),
];
const tool = [
  { meta: utf8('{"v":1}'), annotations: toolAnnotations[0], description: 'Searches files', inputSchema: schema[0], name: 'search', outputSchema: schema[1], title: 'Search' },
  { meta: undefined, annotations: undefined, description: undefined, inputSchema: schema[2], name: 'ü', outputSchema: undefined, title: undefined },
  { meta: undefined, annotations: undefined, description: 'Strict', inputSchema: schema[1], name: 'strict', outputSchema: schema[2], title: undefined },
];
const resource = [
  { meta: undefined, annotations: annotations[0], description: 'Readme', mimeType: 'text/markdown', name: 'README.md', size: 1024n, title: 'Read me', uri: 'file:///srv/README.md' },
  { meta: utf8('{}'), annotations: undefined, description: undefined, mimeType: undefined, name: '', size: S64_MAX, title: undefined, uri: '' },
];
const resourceTemplate = [
  { meta: undefined, annotations: annotations[1], description: 'A file', mimeType: 'text/plain', name: 'file', title: 'File', uriTemplate: 'file:///{path}' },
  { meta: undefined, annotations: undefined, description: undefined, mimeType: undefined, name: 't', title: undefined, uriTemplate: 'x://{a}/{b}' },
];
const promptArgument = [
  { description: 'The city', name: 'city', required: true, title: 'City' },
  { description: undefined, name: 'state', required: undefined, title: undefined },
];
const prompt = [
  { meta: undefined, arguments: promptArgument, description: 'Weather', name: 'weather', title: 'Weather prompt' },
  { meta: utf8('null'), arguments: [], description: undefined, name: 'simple', title: undefined },
  { meta: undefined, arguments: undefined, description: undefined, name: 'bare', title: undefined },
];
const root = [
  { meta: undefined, name: 'project', uri: 'file:///workspace/project' },
  { meta: utf8('{"k":[1,2]}'), name: undefined, uri: 'file:///' },
];
const modelHint = [{ name: 'claude-3-sonnet' }, { name: undefined }];
const modelPreferences = [
  { costPriority: 0, hints: modelHint, intelligencePriority: 1, speedPriority: 0.25 },
  { costPriority: undefined, hints: [], intelligencePriority: undefined, speedPriority: undefined },
];
const promptReference = [{ name: 'code-review', title: 'Code review' }, { name: 'x', title: undefined }];
const resourceTemplateReference = [{ uri: 'file:///{path}' }];
const completeRef = [
  { tag: 'ref-prompt', val: promptReference[0] },
  { tag: 'ref-resource', val: resourceTemplateReference[0] },
];
const completeArgument = [{ name: 'department', value: 'S' }, { name: '', value: '' }];
const completeContext = [{ arguments: [['department', 'Sales'], ['team', 'Ünïcode']] }, { arguments: [] }, { arguments: undefined }];
const completion = [
  { hasMore: false, total: 2n, values: ['Sales', 'Support'] },
  { hasMore: undefined, total: undefined, values: [] },
];
const completeResult = completion.map((c, i) => ({ meta: i ? utf8('{}') : undefined, completion: c }));
const stringSchemaFormat = ['date', 'date-time', 'email', 'uri'];
const stringSchema = [
  { description: 'Email', format: 'email', maxLength: 320n, minLength: 3n, title: 'Email' },
  { description: undefined, format: undefined, maxLength: undefined, minLength: undefined, title: undefined },
];
const numberSchemaType = ['integer', 'number'];
const numberSchema = [
  { description: 'Age', maximum: 150, minimum: 0, title: 'Age', type: 'integer' },
  { description: undefined, maximum: Number.MAX_VALUE, minimum: -Infinity, title: undefined, type: 'number' },
];
const booleanSchema = [
  { default: true, description: 'Agree?', title: 'Agree' },
  { default: undefined, description: undefined, title: undefined },
];
const enumSchema = [
  { description: 'Pet', enum: ['pet-1', 'pet-2'], enumNames: ['Cats', 'Dogs'], title: 'Pet' },
  { description: undefined, enum: [], enumNames: undefined, title: undefined },
];
const primitiveSchemaDefinition = [
  { tag: 'string-schema', val: stringSchema[0] },
  { tag: 'number-schema', val: numberSchema[0] },
  { tag: 'boolean-schema', val: booleanSchema[0] },
  { tag: 'enum-schema', val: enumSchema[0] },
];
const requestedSchema = [
  { properties: primitiveSchemaDefinition.map((p, i) => [`field${i}`, p]), required: ['field0'] },
  { properties: [], required: undefined },
];
const elicitAction = ['accept', 'cancel', 'decline'];
const elicitValue = [{ tag: 'string', val: 'Ada' }, { tag: 'integer', val: 42n }, { tag: 'boolean', val: false }];
const elicitResult = [
  { meta: undefined, action: 'accept', content: elicitValue.map((v, i) => [`k${i}`, v]) },
  { meta: undefined, action: 'decline', content: undefined },
  { meta: utf8('{}'), action: 'cancel', content: [] },
];
const listRootsMeta = [{ progressToken: idLike[0] }, { progressToken: idLike[3] }, { progressToken: undefined }];
const page = <K extends string, T>(key: K, items: T[]) => [
  { meta: undefined, nextCursor: 'page-2', [key]: items },
  { meta: utf8('{}'), nextCursor: undefined, [key]: [] },
];

const implementation = [
  { name: 'everything', title: 'Everything server', version: '2.0.0' },
  { name: 'x', title: undefined, version: '' },
];
const listChanged = [{ listChanged: true }, { listChanged: undefined }];
const clientCapabilities = [
  { elicitation: utf8('{}'), experimental: utf8('{"x":{}}'), roots: listChanged[0], sampling: utf8('{}') },
  { elicitation: undefined, experimental: undefined, roots: undefined, sampling: undefined },
];
const serverResources = [{ listChanged: true, subscribe: false }, { listChanged: undefined, subscribe: undefined }];
const serverCapabilities = [
  { completions: utf8('{}'), experimental: undefined, logging: utf8('{}'), prompts: listChanged[0], resources: serverResources[0], tools: listChanged[1] },
  { completions: undefined, experimental: undefined, logging: undefined, prompts: undefined, resources: undefined, tools: undefined },
];
const initializeResult = [
  { meta: undefined, capabilities: serverCapabilities[0], instructions: 'Use the tools.', protocolVersion: '2025-06-18', serverInfo: implementation[0] },
  { meta: utf8('{}'), capabilities: serverCapabilities[1], instructions: undefined, protocolVersion: '', serverInfo: implementation[1] },
];

const textContent = [
  { meta: undefined, annotations: annotations[0], text: 'Hello, MCP! ünïcödé ✓ 𝄞' },
  { meta: undefined, annotations: undefined, text: '' },
];
const media = [
  { meta: undefined, annotations: annotations[2], data: 'iVBORw0KGgoAAAANSUhEUg==', mimeType: 'image/png' },
  { meta: utf8('{}'), annotations: undefined, data: '', mimeType: 'audio/wav' },
];
const resourceLink = [
  { meta: undefined, annotations: undefined, description: 'A link', mimeType: 'text/plain', name: 'Text Resource 1', size: 0n, title: undefined, uri: 'demo://resource/1' },
];
const resourceContents = [{ meta: undefined, mimeType: 'text/plain', uri: 'demo://r' }, { meta: undefined, mimeType: undefined, uri: '' }];
const textResourceContents = [{ meta: undefined, mimeType: 'text/markdown', text: '# Title\n', uri: 'file:///README.md' }];
const blobResourceContents = [{ meta: utf8('{"z":true}'), blob: 'H4sIAAAAAAAAAw==', mimeType: 'application/gzip', uri: 'demo://blob' }];
const embeddedResourceResource = [
  { tag: 'text-resource-contents', val: textResourceContents[0] },
  { tag: 'blob-resource-contents', val: blobResourceContents[0] },
];
const embeddedResource = embeddedResourceResource.map((r) => ({ meta: undefined, annotations: annotations[1], resource: r }));
const contentBlock = [
  { tag: 'text', val: textContent[0] },
  { tag: 'image', val: media[0] },
  { tag: 'audio', val: media[1] },
  { tag: 'resource-link', val: resourceLink[0] },
  { tag: 'resource', val: embeddedResource[0] },
];
const samplingContent = contentBlock.slice(0, 3);
const samplingMessage = samplingContent.map((content, i) => ({ content, role: role[i % 2] }));
const promptMessage = contentBlock.map((content, i) => ({ content, role: role[i % 2] }));
const includeContext = ['all-servers', 'none', 'this-server'];
const createMessageParams = [
  {
    includeContext: 'this-server',
    maxTokens: 64n,
    messages: samplingMessage,
    metadata: utf8('{"trace":"abc"}'),
    modelPreferences: modelPreferences[0],
    stopSequences: ['\n\n'],
    systemPrompt: 'You are a helpful test server.',
    temperature: 0.7,
  },
  { includeContext: undefined, maxTokens: S64_MAX, messages: [], metadata: undefined, modelPreferences: undefined, stopSequences: undefined, systemPrompt: undefined, temperature: undefined },
];
const createMessageResult = [
  { meta: undefined, content: samplingContent[0], model: 'stub-model', role: 'assistant', stopReason: 'endTurn' },
  { meta: utf8('{}'), content: samplingContent[2], model: '', role: 'user', stopReason: undefined },
];
const callToolResult = [
  { meta: undefined, content: contentBlock, isError: false, structuredContent: utf8('{"temperature":22.5}') },
  { meta: undefined, content: [], isError: true, structuredContent: undefined },
];
const readResourceResult = [{ meta: undefined, contents: embeddedResourceResource }, { meta: utf8('{}'), contents: [] }];
const getPromptResult = [{ meta: undefined, description: 'A prompt', messages: promptMessage }, { meta: undefined, description: undefined, messages: [] }];

export const HAND_WRITTEN: Record<string, unknown[]> = {
  json,
  'error-code': errorCode,
  error,
  'request-id': idLike,
  'progress-token': idLike,
  cursor: ['page-2', '', '𝄞'],
  role,
  'logging-level': loggingLevel,
  annotations,
  'tool-annotations': toolAnnotations,
  tool,
  resource,
  'resource-template': resourceTemplate,
  'prompt-argument': promptArgument,
  prompt,
  root,
  'model-hint': modelHint,
  'model-preferences': modelPreferences,
  'prompt-reference': promptReference,
  'resource-template-reference': resourceTemplateReference,
  'complete-request-params-ref': completeRef,
  'complete-request-params-argument': completeArgument,
  'complete-request-params-context': completeContext,
  'complete-result-completion': completion,
  'complete-result': completeResult,
  'string-schema-format': stringSchemaFormat,
  'string-schema': stringSchema,
  'number-schema-type': numberSchemaType,
  'number-schema': numberSchema,
  'boolean-schema': booleanSchema,
  'enum-schema': enumSchema,
  'primitive-schema-definition': primitiveSchemaDefinition,
  'elicit-request-params-requested-schema': requestedSchema,
  'elicit-result-action': elicitAction,
  'elicit-result-content-value': elicitValue,
  'elicit-result': elicitResult,
  'list-roots-request-params-meta': listRootsMeta,
  'list-tools-result': page('tools', tool),
  'list-resources-result': page('resources', resource),
  'list-resource-templates-result': page('resourceTemplates', resourceTemplate),
  'list-prompts-result': page('prompts', prompt),
  'list-roots-result': [{ meta: undefined, roots: root }, { meta: utf8('{}'), roots: [] }],
  implementation,
  'client-capabilities-roots': listChanged,
  'client-capabilities': clientCapabilities,
  'server-capabilities-prompts': listChanged,
  'server-capabilities-resources': serverResources,
  'server-capabilities-tools': listChanged,
  'server-capabilities': serverCapabilities,
  'initialize-result': initializeResult,
  'text-content': textContent,
  'image-content': media,
  'audio-content': media,
  'resource-link': resourceLink,
  'resource-contents': resourceContents,
  'text-resource-contents': textResourceContents,
  'blob-resource-contents': blobResourceContents,
  'embedded-resource-resource': embeddedResourceResource,
  'embedded-resource': embeddedResource,
  'content-block': contentBlock,
  'sampling-message-content': samplingContent,
  'sampling-message': samplingMessage,
  'prompt-message': promptMessage,
  'create-message-request-params-include-context': includeContext,
  'create-message-request-params': createMessageParams,
  'create-message-result-content': samplingContent,
  'create-message-result': createMessageResult,
  'call-tool-result': callToolResult,
  'read-resource-result-contents-item': embeddedResourceResource,
  'read-resource-result': readResourceResult,
  'get-prompt-result': getPromptResult,
};
