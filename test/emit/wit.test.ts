import { describe, expect, it, afterAll } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMcpModel } from '../../compiler/schema/index.js';
import { generateWitTree, generateWitPackage } from '../../compiler/emit/wit/index.js';
import { runCheck } from '../../compiler/pipeline.js';
import { closeJco } from '../../compiler/wit/oracle.js';
import { writeFilesAtomically } from '../../compiler/write.js';
import { expectGolden } from '../golden.js';

const VERSIONS = ['2024-11-05', '2025-03-26', '2025-06-18', '2025-11-25'];

afterAll(() => closeJco());

describe.each(VERSIONS)('generate wit for MCP %s', (version) => {
  it('matches the committed reference output in generated/', async () => {
    const { model } = await loadMcpModel({ spec: version });
    const { files } = generateWitTree(model, join('generated', version, 'wit'), ['p3', 'p2']);
    const names = ['client.wit', 'mcp-mapping.json', 'server.wit', 'types.wit', 'world.wit'];
    expect(files.map((f) => f.path).sort()).toEqual([
      ...names.map((n) => join('generated', version, 'wit', n)),
      ...names.map((n) => join('generated', version, 'wit', 'preview2', n)),
    ].sort());
    for (const f of files) expectGolden(f.path, f.content);
  });

  it('is byte-identical on every run', async () => {
    const a = generateWitTree((await loadMcpModel({ spec: version })).model, 'x', ['p3', 'p2']);
    const b = generateWitTree((await loadMcpModel({ spec: version })).model, 'x', ['p3', 'p2']);
    expect(a.files).toEqual(b.files);
  });

  it.each(['p3', 'p2'] as const)('%s is accepted by jco and checks at full coverage against its own schema', async (variant) => {
    const { model } = await loadMcpModel({ spec: version });
    const dir = mkdtempSync(join(tmpdir(), `gen-${version}-${variant}-`));
    writeFilesAtomically(generateWitTree(model, dir, [variant]).files);
    const result = await runCheck({ spec: version, wit: dir, baseDir: dir });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const { fields, types } = result.report!.summary;
    expect({ lossy: fields.lossy, missing: fields.missing, extra: fields.extra, missingTypes: types.missing }, result.output).toEqual({ lossy: 0, missing: 0, extra: 0, missingTypes: 0 });
    expect(result.exitCode).toBe(0);
  });
});

describe('generated WIT for MCP 2025-06-18', async () => {
  const { model } = await loadMcpModel({ spec: '2025-06-18' });
  const pkg = generateWitPackage(model, { variant: 'p3' });
  const text = (name: string) => readFileSync(join('generated', '2025-06-18', 'wit', name), 'utf8');

  it('carries every directional request and notification by role', () => {
    const byRole = (role: string, side: string) => pkg.plan.realizations.filter((r) => r.role === role && r.side === side).length;
    // 17 directional requests + 11 directional notifications, each seen from both roles.
    expect(pkg.plan.realizations).toHaveLength(2 * (17 + 11));
    expect(byRole('server', 'receive')).toBe(13 + 4);
    expect(byRole('server', 'send')).toBe(4 + 7);
  });

  it('maps or excludes every definition, with a reason for each exclusion', () => {
    const defs = new Set(model.definitions);
    const decided = pkg.plan.types.filter((t) => defs.has(t.name));
    expect(decided).toHaveLength(91);
    for (const t of decided.filter((d) => d.realization !== 'type')) expect(t.reason, t.name).toMatch(/\w/);
    expect(decided.filter((t) => t.realization === 'excluded').map((t) => t.name)).toEqual([
      'JSONRPCError',
      'JSONRPCMessage',
      'JSONRPCNotification',
      'JSONRPCRequest',
      'JSONRPCResponse',
    ]);
  });

  it('writes WASI 0.3 calls as async functions returning result<T, error>', () => {
    expect(text('server.wit')).toContain('call-tool: async func(meta: option<call-tool-request-params-meta>, arguments: option<json>, name: string) -> result<call-tool-result, error>;');
    expect(readFileSync(join('generated', '2025-06-18', 'wit', 'preview2', 'server.wit'), 'utf8')).toContain(
      'call-tool: func(meta: option<call-tool-request-params-meta>, arguments: option<json>, name: string) -> result<call-tool-result, error>;',
    );
  });

  it('maps discriminated unions to variants named by the discriminator', () => {
    const block = /variant content-block \{[^}]*\}/.exec(text('types.wit'))?.[0] ?? '';
    expect(block.split('\n').filter((l) => /^\s+%?[\w-]+\(/.test(l)).map((l) => l.trim())).toEqual([
      'text(text-content),',
      'image(image-content),',
      'audio(audio-content),',
      'resource-link(resource-link),',
      '%resource(embedded-resource),',
    ]);
  });
});

describe('generate wit --manifest', () => {
  it("follows the released 0.1.0 proposal's manifest (host-served, host-internal, json-carried types) and checks at full coverage", async () => {
    const { model } = await loadMcpModel({ spec: '2025-06-18' });
    const { manifestBeside } = await import('../../compiler/map/manifest.js');
    const manifest = manifestBeside('released/0.1.0/wit')!;
    const dir = mkdtempSync(join(tmpdir(), 'gen-manifest-'));
    const { files } = generateWitTree(model, dir, ['p3'], manifest);
    writeFilesAtomically(files);
    const types = readFileSync(join(dir, 'types.wit'), 'utf8');
    expect(types).toContain('    input-schema: json,');
    expect(types).not.toContain('record tool-input-schema');
    const server = readFileSync(join(dir, 'server.wit'), 'utf8');
    // tools/list is host-served from register-tools; ping is host-internal: no handler for either.
    expect(server).toMatch(/register-tools: async func\(tools: list<tool>\) -> result<_, error>;/);
    expect(server).not.toMatch(/^\s+list-tools: /m);
    expect(server).not.toMatch(/^\s+ping: /m);
    const result = await runCheck({ spec: '2025-06-18', wit: dir, baseDir: dir });
    expect(result.exitCode, result.output).toBe(0);
  });

  it("follows the 0.2.0 proposal's manifest for 2026-07-28 (outcomes, one cache-scope, host-run subscriptions) and checks at full coverage", async () => {
    const { model } = await loadMcpModel({ spec: '2026-07-28' });
    const { manifestBeside } = await import('../../compiler/map/manifest.js');
    const manifest = manifestBeside('wit')!;
    const dir = mkdtempSync(join(tmpdir(), 'gen-manifest-'));
    const { files } = generateWitTree(model, dir, ['p3'], manifest);
    writeFilesAtomically(files);
    const types = readFileSync(join(dir, 'types.wit'), 'utf8');
    expect(types).toContain('    input-schema: json,');
    expect(types.match(/enum cache-scope \{/g)).toHaveLength(1);
    expect(types).toMatch(/variant call-tool-outcome \{\n\s+input-required\(input-required-result\),\n\s+complete\(call-tool-result\),/);
    expect(types).not.toMatch(/result-type: /);
    const server = readFileSync(join(dir, 'server.wit'), 'utf8');
    expect(server).toMatch(/call-tool: async func\(meta: request-meta-object, .*\) -> result<call-tool-outcome, error>;/);
    // subscriptions/listen is host-internal, server/discover host-served: no handler for either.
    expect(server).not.toMatch(/^\s+subscriptions-listen: /m);
    expect(server).not.toMatch(/^\s+discover: /m);
    const result = await runCheck({ spec: '2026-07-28', wit: dir, baseDir: dir });
    expect(result.exitCode, result.output).toBe(0);
  });
});

describe('what the generated WIT carries and the old mappings lost (issue 15), the checker flags', () => {
  /** The findings of the handler side (`handlers.*`) of the generated package of `spec`, with `server.wit` edited. */
  async function findingsAfter(spec: string, edits: [string, string][]): Promise<string[]> {
    const dir = mkdtempSync(join(tmpdir(), `old-mapping-${spec}-`));
    cpSync(join('generated', spec, 'wit', 'preview2'), dir, { recursive: true });
    const file = join(dir, 'server.wit');
    let text = readFileSync(file, 'utf8');
    for (const [from, to] of edits) {
      expect(text).toContain(from);
      text = text.split(from).join(to);
    }
    writeFileSync(file, text);
    const result = await runCheck({ spec, wit: dir, baseDir: dir, format: 'json' });
    expect(result.diagnostics.filter((d) => d.severity === 'error'), result.output).toEqual([]);
    expect(result.exitCode).toBe(1);
    return result.report!.items.flatMap((i) =>
      i.kind === 'type' ? [] : i.realizations.filter((r) => r.function?.startsWith('handlers.')).flatMap((r) => r.findings.filter((f) => f.verdict !== 'encoded' && f.verdict !== 'exact').map((f) => `${i.name} ${f.path} ${f.verdict} ${f.rule}`)),
    );
  }

  it('2025-11-25: EmptyResult and tasks/result as result<_, error>, tools/call without its task form', async () => {
    const found = new Set(
      await findingsAfter('2025-11-25', [
        ['uri: string) -> result<empty-result, error>;', 'uri: string) -> result<_, error>;'],
        ['task-id: string) -> result<get-task-payload-result, error>;', 'task-id: string) -> result<_, error>;'],
        ['-> result<call-tool-request-result, error>;', '-> result<call-tool-result, error>;'],
        ['use types.{call-tool-request-params-meta, ', 'use types.{call-tool-request-params-meta, call-tool-result, '],
      ]),
    );
    expect(found).toEqual(
      new Set([
        'resources/subscribe result lossy empty-result-dropped',
        'resources/unsubscribe result lossy empty-result-dropped',
        'tasks/result result lossy empty-result-dropped',
        // the union carried by one of its members' record (the finding is on CallToolRequestResult)
        'tools/call result lossy via-type',
      ]),
    );
  });

  it('2025-06-18: a request without the `_meta` of the base Request', async () => {
    const found = await findingsAfter('2025-06-18', [['call-tool: func(meta: option<call-tool-request-params-meta>, arguments', 'call-tool: func(arguments']]);
    expect(new Set(found)).toEqual(new Set(['tools/call params._meta missing slot-missing']));
  });
});
