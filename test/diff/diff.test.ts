import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMcpModel, buildMcpModel } from '../../compiler/schema/index.js';
import { locateLocal } from '../../compiler/schema/pins.js';
import { diffModels } from '../../compiler/diff/diff.js';
import { renderDiffJson, renderDiffMarkdown } from '../../compiler/diff/render.js';
import { renderReport, runCheck } from '../../compiler/pipeline.js';
import { closeJco } from '../../compiler/wit/oracle.js';
import { expectGolden } from '../golden.js';

afterAll(() => closeJco());

const PAIRS = [
  ['2024-11-05', '2025-03-26'],
  ['2025-03-26', '2025-06-18'],
  ['2025-06-18', '2025-11-25'],
  ['2025-11-25', '2026-07-28'],
] as const;

describe.each(PAIRS)('diff %s -> %s', (from, to) => {
  it('matches its golden files (diff and impact on wit/)', async () => {
    const d = diffModels((await loadMcpModel({ spec: from })).model, (await loadMcpModel({ spec: to })).model);
    const check = await runCheck({ spec: to, wit: 'wit' });
    const impact = { wit: 'wit', text: renderReport(check.report!, 'text'), exitCode: check.exitCode, stale: check.report!.stale };
    expectGolden(join('golden', 'diff', `${from}..${to}.md`), renderDiffMarkdown(d, impact));
    expectGolden(join('golden', 'diff', `${from}..${to}.json`), renderDiffJson(d, impact));
  });
});

describe('a synthetic spec bump', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test edits the schema JSON freely
  const original = JSON.parse(readFileSync(locateLocal('2025-06-18')!.path, 'utf8')) as { definitions: Record<string, any> };
  const bumped = structuredClone(original);
  const defs = bumped.definitions;
  // 1. a field renamed: Tool.description -> Tool.summary
  defs.Tool.properties.summary = defs.Tool.properties.description;
  delete defs.Tool.properties.description;
  // 2. a type made optional: Resource.name is no longer required
  defs.Resource.required = defs.Resource.required.filter((r: string) => r !== 'name');
  // 3. a method added: tools/validate, client to server, with its result
  defs.ValidateToolRequest = {
    type: 'object',
    properties: { method: { const: 'tools/validate', type: 'string' }, params: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] } },
    required: ['method', 'params'],
  };
  defs.ValidateToolResult = { type: 'object', properties: { valid: { type: 'boolean' } }, required: ['valid'] };
  defs.ClientRequest.anyOf.push({ $ref: '#/definitions/ValidateToolRequest' });

  it('produces exactly the expected diff', async () => {
    const a = (await loadMcpModel({ spec: '2025-06-18' })).model;
    const { model: b, diagnostics } = buildMcpModel(bumped, { file: 'bumped.json', version: 'next' });
    expect(diagnostics).toEqual([]);
    const d = diffModels(a, b!);
    expect(d.summary).toEqual({
      definitions: { from: 91, to: 93, added: 2, removed: 0, changed: 3 },
      // the new request's params get `_meta` too (base-meta): ValidateToolRequestParamsMeta
      types: { added: 4, removed: 0, changed: 3 },
      messages: { added: 1, removed: 0, changed: 0 },
    });
    expect(d.messages).toEqual([{ method: 'tools/validate', kind: 'request', change: 'added', details: [{ what: 'directions', to: 'client-to-server' }] }]);
    expect(d.types).toEqual([
      { name: 'ClientRequest', change: 'changed', origin: 'definition', from: expect.stringMatching(/CompleteRequest \(by method\)$/), to: expect.stringMatching(/CompleteRequest \| ValidateToolRequest \(by method\)$/), fields: [] },
      { name: 'Resource', change: 'changed', origin: 'definition', fields: [{ field: 'name', change: 'optional' }] },
      { name: 'Tool', change: 'changed', origin: 'definition', fields: [
        { field: 'description', change: 'removed', from: 'string (optional)' },
        { field: 'summary', change: 'added', to: 'string (optional)' },
      ] },
      { name: 'ValidateToolRequest', change: 'added', origin: 'definition', fields: [] },
      { name: 'ValidateToolRequestParams', change: 'added', origin: 'inline', fields: [] },
      { name: 'ValidateToolRequestParamsMeta', change: 'added', origin: 'inline', fields: [] },
      { name: 'ValidateToolResult', change: 'added', origin: 'definition', fields: [] },
    ]);
  });

  it('produces exactly the expected check findings on the proposal WIT', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bump-')), 'schema.json');
    writeFileSync(file, JSON.stringify(bumped));
    // the proposal for 2025-06-18, the version the synthetic bump starts from
    const check = await runCheck({ schema: file, spec: 'next', wit: 'released/0.1.0/wit' });
    expect(check.exitCode).toBe(1);
    const lines = (output: string) => output.split('\n').filter((l) => /^  (missing|lossy|extra|narrowed) /.test(l)).map((l) => l.replace(/ released\/0\.1\.0\/wit\/\S+$| #\/\S+$/, ''));
    // What 0.1.0 lacks of 2025-06-18 already (roots/list's open _meta in a record, the `_meta` MCP
    // gives every message's params, EmptyResult's `_meta`) is not the bump's: only new findings count.
    const before = new Set(lines((await runCheck({ spec: '2025-06-18', wit: 'released/0.1.0/wit' })).output!));
    expect(before).toContain('  lossy    ListRootsRequestParamsMeta: ListRootsRequestParamsMeta is open (additionalProperties): a record keeps only the declared fields, so any other member is lost');
    const findings = lines(check.output!).filter((l) => !before.has(l));
    // The renamed field and the new requiredness surface where they are defined and in every
    // message result that carries them.
    expect(findings).toEqual([
      '  lossy    resources/list result.resources[]: Resource as resource is lossy (see Resource) [mcp-backend server; mcp-proxy server]',
      '  lossy    resources/list result: ListResourcesResult as list-resources-result is lossy (see ListResourcesResult) [mcp-client client client.list-resources; mcp-proxy client client.list-resources]',
      '  missing  tools/list result.tools[]: Tool as tool is missing (see Tool) [mcp-backend server; mcp-proxy server]',
      '  missing  tools/list result: ListToolsResult as list-tools-result is missing (see ListToolsResult) [mcp-client client client.list-tools; mcp-proxy client client.list-tools]',
      '  missing  tools/validate: world mcp-backend does not export handlers.validate-tool [mcp-backend server handlers.validate-tool]',
      '  missing  tools/validate: world mcp-client does not import client.validate-tool [mcp-client client client.validate-tool]',
      '  missing  tools/validate: world mcp-proxy does not export handlers.validate-tool [mcp-proxy server handlers.validate-tool]',
      '  missing  tools/validate: world mcp-proxy does not import client.validate-tool [mcp-proxy client client.validate-tool]',
      '  lossy    ListResourcesResult.resources[]: Resource as resource is lossy (see Resource)',
      '  missing  ListToolsResult.tools[]: Tool as tool is missing (see Tool)',
      '  lossy    Resource.name: optional property name is required in WIT',
      '  extra    Tool.description: optional WIT field description has no MCP property',
      '  missing  Tool.summary: property summary has no WIT field summary',
      '  missing  ValidateToolResult: no WIT type validate-tool-result, no manifest entry, and nothing compared refers to it',
    ]);
  });
});
