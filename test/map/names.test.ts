import { describe, expect, it } from 'vitest';
import { caseName, fieldName, functionName, kebab, lowerCamel, typeName, upperCamel, witIdent, words } from '../../compiler/map/names.js';

describe('kebab-case (heck)', () => {
  it.each([
    ['JSONRPCError', 'jsonrpc-error'],
    ['URLElicitation', 'url-elicitation'],
    ['CallToolResult', 'call-tool-result'],
    ['CallToolRequestParams', 'call-tool-request-params'],
    ['ElicitRequestParamsRequestedSchema', 'elicit-request-params-requested-schema'],
    ['mimeType', 'mime-type'],
    ['listChanged', 'list-changed'],
    ['_meta', 'meta'],
    ['input_required', 'input-required'],
    ['resource_link', 'resource-link'],
    ['tools/call', 'tools-call'],
    ['warning', 'warning'],
    ['HTTPServer2Go', 'http-server2-go'],
    ['a1B', 'a1-b'],
    ['ABC', 'abc'],
    ['', ''],
  ])('%s -> %s', (input, expected) => {
    expect(kebab(input)).toBe(expected);
  });

  it('splits words where heck does', () => {
    expect(words('JSONRPCError')).toEqual(['JSONRPC', 'Error']);
    expect(words('x-1')).toEqual(['x', '1']);
  });
});

describe('jco lowerCamelCase', () => {
  it.each([
    ['mime-type', 'mimeType'],
    ['DNS-error', 'dnsError'],
    ['a1-b', 'a1B'],
    ['x-1', 'x1'],
    ['type', 'type'],
    ['list-changed', 'listChanged'],
  ])('%s -> %s', (input, expected) => {
    expect(lowerCamel(input)).toBe(expected);
  });

  it('UpperCamelCase for types', () => {
    expect(upperCamel('tool-result')).toBe('ToolResult');
    expect(upperCamel('jsonrpc-error')).toBe('JsonrpcError');
  });
});

describe('MCP names to WIT names', () => {
  it('names functions after the request or notification definition', () => {
    expect(functionName('CallToolRequest')).toBe('call-tool');
    expect(functionName('ListToolsRequest')).toBe('list-tools');
    expect(functionName('ElicitRequest')).toBe('elicit');
    expect(functionName('ToolListChangedNotification')).toBe('tool-list-changed');
    expect(functionName('LoggingMessageNotification')).toBe('logging-message');
    expect(functionName('Request')).toBe('request');
  });

  it('names fields, types and cases', () => {
    expect(fieldName('_meta')).toBe('meta');
    expect(fieldName('nextCursor')).toBe('next-cursor');
    // MCP's own _meta keys lose their reserved prefix; other prefixed keys keep the whole name
    expect(fieldName('io.modelcontextprotocol/clientCapabilities')).toBe('client-capabilities');
    expect(fieldName('io.modelcontextprotocol/subscriptionId')).toBe('subscription-id');
    expect(fieldName('com.example/traceId')).toBe(kebab('com.example/traceId'));
    expect(typeName('JSONRPCRequest')).toBe('jsonrpc-request');
    expect(caseName('resource_link')).toBe('resource-link');
  });

  it('escapes WIT keywords', () => {
    expect(witIdent('type')).toBe('%type');
    expect(witIdent('string')).toBe('%string');
    expect(witIdent('name')).toBe('name');
  });
});
