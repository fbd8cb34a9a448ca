import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManifest, messageEntry, validateManifest } from '../../compiler/map/manifest.js';
import { PROPOSALS, ROOT } from './helpers.js';

function errors(doc: unknown): string[] {
  return validateManifest(doc, 'm.json').diagnostics.map((d) => `${d.jsonPath} ${d.message}`);
}

describe('the mapping manifest', () => {
  it('accepts the documented example', () => {
    const doc = {
      $schema: './mcp-mapping.schema.json',
      spec: '2025-06-18',
      worlds: { 'mcp-backend': ['server'], 'mcp-client': ['client'], 'mcp-proxy': ['server', 'client'] },
      messages: {
        'tools/call': {
          server: { realization: 'handler', function: 'handlers.call-tool' },
          client: { realization: 'import', function: 'client.call-tool' },
        },
        'tools/list': { server: { realization: 'host-served', from: ['runtime.register-tools'], reason: 'the host pages' } },
        ping: { server: { realization: 'host-internal', reason: "liveness is the host's" } },
        'notifications/progress': { 'server:send': { realization: 'import', function: 'runtime.progress' } },
      },
      types: {
        JSONRPCRequest: { realization: 'excluded', reason: 'JSON-RPC envelope: a non-goal' },
        Cursor: { type: 'cursor' },
        CallToolResult: { type: 'content.call-tool-result' },
      },
    };
    const r = validateManifest(doc, 'm.json');
    expect(r.diagnostics).toEqual([]);
    expect(r.manifest?.file).toBe('m.json');
    expect(messageEntry(r.manifest, 'tools/call', 'client', 'send')?.function).toBe('client.call-tool');
    expect(messageEntry(r.manifest, 'notifications/progress', 'server', 'send')?.function).toBe('runtime.progress');
    expect(messageEntry(r.manifest, 'notifications/progress', 'server', 'receive')).toBeUndefined();
  });

  it('accepts the fixture and the repository manifests', () => {
    expect(loadManifest(join(PROPOSALS, 'styled', 'mcp-mapping.json')).diagnostics).toEqual([]);
    const repo = join(ROOT, 'wit', 'mcp-mapping.json');
    expect(loadManifest(repo).diagnostics.map((d) => `${d.jsonPath} ${d.message}`)).toEqual([]);
  });

  it('rejects what the schema forbids, with JSON pointers', () => {
    expect(errors({ spec: '2025-06-18', extra: 1 })).toEqual(['# / must NOT have additional properties: extra']);
    expect(errors({ messages: { 'tools/call': { server: { realization: 'handler' } } } })).toEqual([
      "#/messages/tools~1call/server /messages/tools~1call/server must have required property 'function'",
    ]);
    expect(errors({ messages: { ping: { server: { realization: 'host-internal' } } } })).toEqual([
      "#/messages/ping/server /messages/ping/server must have required property 'reason'",
    ]);
    expect(errors({ messages: { ping: { server: { realization: 'teleport', reason: 'x' } } } })).toEqual([
      '#/messages/ping/server/realization /messages/ping/server/realization must be equal to one of the allowed values: "handler", "import", "host-served", "host-internal", "excluded"',
    ]);
    expect(errors({ messages: { ping: { host: { realization: 'excluded', reason: 'x' } } } })).toEqual([
      '#/messages/ping /messages/ping has a key that is not allowed: host',
    ]);
    expect(errors({ worlds: { 'mcp-backend': ['server', 'server'] } })).toEqual([
      '#/worlds/mcp-backend /worlds/mcp-backend must NOT have duplicate items (items ## 0 and 1 are identical)',
    ]);
    expect(errors({ types: { Tool: { type: 'tool', realization: 'excluded', reason: 'x' } } })).toEqual([
      '#/types/Tool /types/Tool must match exactly one schema in oneOf',
      '#/types/Tool /types/Tool must NOT be valid',
    ].sort());
  });

  it('reports a file that is not JSON with its line and column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
    const file = join(dir, 'mcp-mapping.json');
    writeFileSync(file, '{\n  "spec": "2025-06-18",\n  oops\n}\n');
    const [d] = loadManifest(file).diagnostics;
    expect(d?.code).toBe('json-syntax');
    expect(d?.file).toBe(file);
    expect(d?.line).toBe(3);
    expect(loadManifest(join(dir, 'absent.json')).diagnostics[0]?.code).toBe('manifest-read');
  });
});
