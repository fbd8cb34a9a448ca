// `_meta` is MCP's extension point: an object under it is open by MCP's semantics, whatever its
// JSON schema says (2026-07-28's meta objects extend `MetaObject = Record<string, unknown>` in
// schema.ts, and their JSON schema omits `additionalProperties`). The schema front end marks them
// (`meta: true`), the rule table flags a record without a rest field (`open-object-as-record`) and
// accepts one whose rest field the manifest names (`open-object-with-rest`).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateWitTree } from '../../compiler/emit/wit/index.js';
import { writeFilesAtomically } from '../../compiler/write.js';
import { mcpModel, runCheck } from '../../compiler/pipeline.js';
import type { Finding } from '../../compiler/map/types.js';

const ROOT = join(import.meta.dirname, '..', '..');
const META_RECORDS = ['NotificationMetaObject', 'RequestMetaObject', 'ResultMetaObject', 'SubscriptionsListenResultMetaObject'];

describe('the schema front end: _meta objects are open', () => {
  it('2026-07-28: every object under a `_meta` property is marked, no other', async () => {
    const { model } = await mcpModel({ spec: '2026-07-28' });
    const marked = Object.values(model.types)
      .filter((t) => t.body.kind === 'object' && t.body.meta)
      .map((t) => t.name)
      .sort();
    expect(marked).toEqual(META_RECORDS);
    // Their JSON schema says nothing of additional properties: openness is MCP's semantics, not the schema's.
    for (const name of META_RECORDS) {
      const body = model.types[name]!.body;
      expect(body.kind === 'object' && body.additionalProperties).toBeUndefined();
    }
  });
  it('2024-11-05: the inline `_meta` of a request\'s params (progressToken) is marked too', async () => {
    const { model } = await mcpModel({ spec: '2024-11-05' });
    const marked = Object.values(model.types).filter((t) => t.body.kind === 'object' && t.body.meta);
    expect(marked.length).toBeGreaterThan(0);
    for (const t of marked) expect(t.body.kind === 'object' && t.body.properties.map((p) => p.name)).toEqual(['progressToken']);
  });
});

describe('check: a _meta record without a rest field is lossy, with one it is carried', () => {
  it('the proposal before its rest fields (test/fixtures/proposals/closed-meta): each meta record is lossy by open-object-as-record', async () => {
    const r = await runCheck({ spec: '2026-07-28', wit: join(ROOT, 'test/fixtures/proposals/closed-meta'), baseDir: ROOT, format: 'json' });
    expect(r.exitCode).toBe(1);
    const byType = new Map(r.mapping!.types.map((t) => [t.name, t]));
    for (const name of META_RECORDS) {
      const t = byType.get(name)!;
      expect(t.verdict, name).toBe('lossy');
      const open = (t.findings as Finding[]).filter((f) => f.rule === 'open-object-as-record');
      expect(open, name).toHaveLength(1);
      expect(open[0]!.reason).toContain('a _meta object');
    }
    // ... and so is every message whose params or result carry one (tools/call's `_meta`, every result's).
    const lossy = r.mapping!.messages.filter((m) => m.verdict === 'lossy').map((m) => m.method);
    expect(lossy).toEqual(expect.arrayContaining(['tools/call', 'tools/list', 'server/discover', 'notifications/progress']));
  });
  it('the proposal (wit/ and wit/preview2/): the meta records carry the rest in `extra`, 0 lossy', async () => {
    for (const wit of ['wit', 'wit/preview2']) {
      const r = await runCheck({ spec: '2026-07-28', wit: join(ROOT, wit), baseDir: ROOT, format: 'json' });
      expect(r.exitCode, wit).toBe(0);
      const byType = new Map(r.mapping!.types.map((t) => [t.name, t]));
      for (const name of META_RECORDS) {
        const t = byType.get(name)!;
        expect(t.verdict, `${wit} ${name}`).toBe('encoded');
        expect((t.findings as Finding[]).map((f) => `${f.path} ${f.verdict} ${f.rule}`), `${wit} ${name}`).toEqual(['extra encoded rest-members']);
      }
      expect(r.report!.summary.fields.lossy, wit).toBe(0);
      const pair = r.mapping!.pairs.find((p) => p.mcp === 'RequestMetaObject');
      expect(pair?.rule).toBe('open-object-with-rest');
    }
  });
});

describe('generate wit never writes a closed record for a _meta object', () => {
  it('2026-07-28 (no manifest): each meta record has the rest field extra, its manifest names it, and the check finds nothing lossy', async () => {
    const { model } = await mcpModel({ spec: '2026-07-28' });
    const dir = mkdtempSync(join(tmpdir(), 'gen-meta-'));
    writeFilesAtomically(generateWitTree(model, dir, ['p2']).files);
    const types = readFileSync(join(dir, 'types.wit'), 'utf8');
    for (const name of ['request-meta-object', 'notification-meta-object', 'result-meta-object', 'subscriptions-listen-result-meta-object']) {
      const start = types.indexOf(`record ${name} {`);
      expect(start, name).toBeGreaterThan(0);
      expect(types.slice(start, types.indexOf('\n  }\n', start)), name).toMatch(/\n    extra: option<json>,$/);
    }
    const manifest = JSON.parse(readFileSync(join(dir, 'mcp-mapping.json'), 'utf8')) as { types: Record<string, { rest?: string }> };
    for (const name of META_RECORDS) expect(manifest.types[name]?.rest, name).toBe('extra');
    const r = await runCheck({ spec: '2026-07-28', wit: dir, baseDir: dir });
    expect(r.report!.summary.fields.lossy).toBe(0);
    expect(r.mapping!.pairs.filter((p) => p.rule === 'open-object-as-record')).toEqual([]);
  });
});
