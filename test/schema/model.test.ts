import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadMcpModel, buildMcpModel } from '../../compiler/schema/index.js';
import { locateLocal } from '../../compiler/schema/pins.js';
import type { McpModel, Method } from '../../compiler/schema/model.js';

const count = (model: McpModel, kind: Method['kind'], dir?: Method['directions'][number]) =>
  model.methods.filter((m) => m.kind === kind && (!dir || m.directions.includes(dir))).length;

// What each pinned version holds, counted by hand from the schema files.
const EXPECTED: Record<string, { definitions: number; requests: [number, number, number]; notifications: [number, number, number] }> = {
  '2024-11-05': { definitions: 79, requests: [15, 13, 3], notifications: [9, 4, 7] },
  '2025-03-26': { definitions: 83, requests: [15, 13, 3], notifications: [9, 4, 7] },
  '2025-06-18': { definitions: 91, requests: [16, 13, 4], notifications: [9, 4, 7] },
  '2025-11-25': { definitions: 145, requests: [20, 17, 8], notifications: [11, 5, 9] },
  '2026-07-28': { definitions: 155, requests: [10, 10, 0], notifications: [8, 1, 8] },
};

describe('MCP 2026-07-28: what the schema states since', () => {
  it('pairs results by XResultResponse.result: a union with InputRequiredResult where the method may ask for input', async () => {
    const { model } = await loadMcpModel({ spec: '2026-07-28' });
    const m = (method: string) => model.methods.find((x) => x.method === method && x.kind === 'request')!;
    expect(m('tools/call')).toMatchObject({ result: 'CallToolResultResponseResult', resultRule: 'response' });
    expect(model.types.CallToolResultResponseResult!.body).toEqual({
      kind: 'type',
      type: { kind: 'union', members: [{ kind: 'ref', name: 'InputRequiredResult' }, { kind: 'ref', name: 'CallToolResult' }] },
    });
    expect(m('tools/list')).toMatchObject({ result: 'ListToolsResult', resultRule: 'response' });
    expect(m('server/discover')).toMatchObject({ result: 'DiscoverResult', resultRule: 'response' });
  });
  it('reads a direction of one message (ClientNotification is notifications/cancelled itself) under its own definition', async () => {
    const { model } = await loadMcpModel({ spec: '2026-07-28' });
    expect(model.methods.find((x) => x.method === 'notifications/cancelled')).toMatchObject({
      definition: 'CancelledNotification',
      directions: ['client-to-server', 'server-to-client'],
      params: 'CancelledNotificationParams',
    });
  });
});

describe.each(Object.entries(EXPECTED))('MCP %s', (version, expected) => {
  it('has the expected definitions, requests and notifications by direction', async () => {
    const { model, diagnostics } = await loadMcpModel({ spec: version });
    expect(diagnostics).toEqual([]);
    expect(model.definitions).toHaveLength(expected.definitions);
    expect([count(model, 'request'), count(model, 'request', 'client-to-server'), count(model, 'request', 'server-to-client')]).toEqual(expected.requests);
    expect([count(model, 'notification'), count(model, 'notification', 'client-to-server'), count(model, 'notification', 'server-to-client')]).toEqual(
      expected.notifications,
    );
    expect(model.dialect).toBe(version >= '2025-11-25' ? '2020-12' : 'draft-07');
  });

  it('pairs every request with a result that exists', async () => {
    const { model } = await loadMcpModel({ spec: version });
    for (const m of model.methods.filter((x) => x.kind === 'request')) {
      expect(m.result, m.method).toBeDefined();
      expect(model.types[m.result!], m.method).toBeDefined();
    }
  });

  it('is deterministic', async () => {
    const a = await loadMcpModel({ spec: version });
    const b = await loadMcpModel({ spec: version });
    expect(JSON.stringify(a.model)).toBe(JSON.stringify(b.model));
  });
});

describe('MCP 2025-06-18 model details', async () => {
  const { model } = await loadMcpModel({ spec: '2025-06-18' });

  it('gives inline types stable derived names', () => {
    expect(model.types.CallToolRequestParams).toMatchObject({ origin: 'inline', parent: { name: 'CallToolRequest', path: ['params'] } });
    expect(model.types.ElicitRequestParamsRequestedSchema?.origin).toBe('inline');
    expect(model.types.ElicitResultAction?.body).toEqual({ kind: 'type', type: { kind: 'enum', values: ['accept', 'cancel', 'decline'] } });
    expect(model.methods.find((m) => m.method === 'tools/call')).toMatchObject({
      definition: 'CallToolRequest',
      params: 'CallToolRequestParams',
      paramsRequired: true,
      result: 'CallToolResult',
      resultRule: 'by-name',
      directions: ['client-to-server'],
    });
  });

  it('finds const discriminators of unions', () => {
    const cb = model.types.ContentBlock!.body;
    expect(cb).toMatchObject({ kind: 'type', type: { kind: 'union', discriminator: 'type' } });
    // TextResourceContents | BlobResourceContents share no const: no discriminator.
    const er = model.types.EmbeddedResourceResource!.body;
    expect(er).toMatchObject({ kind: 'type', type: { kind: 'union' } });
    expect(er.kind === 'type' && er.type.kind === 'union' ? er.type.discriminator : 'not a union').toBeUndefined();
  });

  it('normalizes primitives, maps, arbitrary JSON and string | integer', () => {
    expect(model.types.ProgressToken!.body).toEqual({
      kind: 'type',
      type: { kind: 'union', members: [{ kind: 'primitive', type: 'string' }, { kind: 'primitive', type: 'integer' }] },
    });
    const tool = model.types.Tool!.body;
    if (tool.kind !== 'object') throw new Error('Tool is an object');
    expect(tool.properties.find((p) => p.name === '_meta')).toMatchObject({ type: { kind: 'json' }, required: false });
    const ctx = model.types.CompleteRequestParamsContext!.body;
    if (ctx.kind !== 'object') throw new Error('object');
    expect(ctx.properties[0]).toMatchObject({ name: 'arguments', type: { kind: 'map', values: { kind: 'primitive', type: 'string' } } });
    const ann = model.types.Annotations!.body;
    if (ann.kind !== 'object') throw new Error('object');
    expect(ann.properties.find((p) => p.name === 'priority')?.type).toEqual({ kind: 'primitive', type: 'number', minimum: 0, maximum: 1 });
  });

  it('pairs results by the documented rules', () => {
    const rule = (method: string) => model.methods.find((m) => m.method === method && m.kind === 'request');
    expect(rule('ping')).toMatchObject({ result: 'EmptyResult', resultRule: 'exception', directions: ['client-to-server', 'server-to-client'] });
    expect(rule('logging/setLevel')).toMatchObject({ result: 'EmptyResult', resultRule: 'exception' });
    expect(rule('sampling/createMessage')).toMatchObject({ result: 'CreateMessageResult', resultRule: 'by-name' });
  });
});

describe('schema changes are noticed', () => {
  const path = locateLocal('2025-06-18')!.path;
  const original = JSON.parse(readFileSync(path, 'utf8')) as { definitions: Record<string, unknown> };

  it('a renamed definition changes the inventory and the result pairing', () => {
    // Renamed as upstream would: the definition and every $ref to it.
    const doc = JSON.parse(JSON.stringify(original).replaceAll('CallToolResult', 'CallToolOutcome')) as typeof original;
    const { model, diagnostics } = buildMcpModel(doc, { file: 'renamed.json', version: 'test' });
    expect(model!.definitions).toContain('CallToolOutcome');
    expect(model!.definitions).not.toContain('CallToolResult');
    expect(model!.methods.find((m) => m.method === 'tools/call')).toMatchObject({ result: 'EmptyResult', resultRule: 'empty-result' });
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'unpaired-result', jsonPath: '#/definitions/CallToolRequest' })]);
  });

  it('a removed message definition is a dangling $ref with its JSON pointer', () => {
    const doc = structuredClone(original);
    delete doc.definitions.PingRequest;
    const { model, diagnostics } = buildMcpModel(doc, { file: 'removed.json', version: 'test' });
    expect(model).toBeUndefined();
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([
      expect.objectContaining({ code: 'dangling-ref', jsonPath: '#/definitions/ClientRequest/anyOf/1/$ref' }),
      expect.objectContaining({ code: 'dangling-ref', jsonPath: '#/definitions/ServerRequest/anyOf/0/$ref' }),
    ]);
  });
});
