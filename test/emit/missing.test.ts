import { describe, expect, it, afterAll } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMcpModel } from '../../compiler/schema/index.js';
import { additionsPatch, writeAdditions } from '../../compiler/emit/wit/add-missing.js';
import { addMissing } from '../../compiler/pipeline.js';
import { stripRegions, REGION_BEGIN } from '../../compiler/emit/wit/missing.js';
import { runCheck } from '../../compiler/pipeline.js';
import { closeJco } from '../../compiler/wit/oracle.js';
import { runCli } from '../cli.js';

const MINI = 'test/fixtures/proposals/mini-schema.json';
const copy = (from: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'missing-'));
  cpSync(from, dir, { recursive: true });
  return dir;
};
const texts = (dir: string) => Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.wit')).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

afterAll(() => closeJco());

describe('generate wit --missing-only', () => {
  it('completes an incomplete proposal to full coverage, touching nothing hand-written', async () => {
    const { model } = await loadMcpModel({ schema: MINI });
    const dir = copy('test/fixtures/proposals/incomplete');
    const before = texts(dir);
    const first = await runCheck({ schema: MINI, wit: dir, baseDir: dir });
    expect(first.exitCode).toBe(1);

    const result = await addMissing(model, dir);
    expect(result.added).toEqual({
      types: ['EmptyResult', 'ListResourcesResult', 'ProgressToken', 'Resource', 'Result'],
      functions: ['handlers.progress', 'runtime.progress', 'handlers.ping', 'runtime.ping', 'handlers.list-resources', 'handlers.list-tools'],
      members: [],
    });
    writeAdditions(result);

    const after = texts(dir);
    for (const [f, text] of Object.entries(after)) {
      // Outside the marked regions every byte is as it was.
      expect(stripRegions(text), f).toBe(before[f]);
    }
    expect(after['api.wit']).toContain(REGION_BEGIN);
    expect(after['api.wit']).toContain('  list-tools: func(cursor: option<string>) -> result<list-tools-result, error>;');

    const second = await runCheck({ schema: MINI, wit: dir, baseDir: dir });
    expect(second.output).toContain('no narrowed, extra, lossy or missing findings');
    expect(second.exitCode).toBe(0);
  });

  it('is idempotent: a second run replaces its regions with the same text', async () => {
    const { model } = await loadMcpModel({ schema: MINI });
    const dir = copy('test/fixtures/proposals/incomplete');
    writeAdditions(await addMissing(model, dir));
    const once = texts(dir);
    const again = await addMissing(model, dir);
    expect(writeAdditions({ ...again, remove: [] }).length).toBe(0);
    expect(texts(dir)).toEqual(once);
  });

  it('adds nothing to the complete proposal; to the released one only the `_meta` MCP gives every request', async () => {
    for (const [spec, dirs, added] of [
      ['2026-07-28', ['wit', 'wit/preview2'], { types: [], functions: [], members: [] }],
      // 0.1.0 (frozen) has no `_meta` in sampling's params record (base-meta: every request's params have it).
      ['2025-06-18', ['released/0.1.0/wit', 'released/0.1.0/wit/preview2'], { types: ['CreateMessageRequestParamsMeta'], functions: [], members: ['content.create-message-request-params: field meta'] }],
    ] as const) {
      const { model } = await loadMcpModel({ spec });
      for (const wit of dirs) {
        const result = await addMissing(model, wit);
        expect(result.added, wit).toEqual(added);
        if (added.members.length === 0) for (const f of result.files) expect(f.content, f.path).toBe(readFileSync(f.path, 'utf8'));
      }
    }
  });
});

/** A copy of the released 0.1.0 proposal (WASI 0.3) whose manifest declares its helper functions, so that `check` can exit 0. */
function proposalCopy(): string {
  const dir = copy('released/0.1.0/wit');
  rmSync(join(dir, 'preview2'), { recursive: true, force: true });
  const file = join(dir, 'mcp-mapping.json');
  const m = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const helper = (reason: string) => ({ realization: 'not-a-message', reason });
  m.functions = {
    'handlers.start': helper('the entry point'),
    'runtime.serve': helper('hands control to the host'),
    'runtime.current-progress-token': helper('reads the progress token of the request being handled'),
    'client.current-progress-token': helper('reads the progress token of the request being handled'),
  };
  // the released manifest names its schema relative to its place in the repository
  m.$schema = join(process.cwd(), 'wit', 'mcp-mapping.schema.json');
  writeFileSync(file, JSON.stringify(m, null, 2));
  return dir;
}

const edit = (file: string, from: string, to: string) => {
  const text = readFileSync(file, 'utf8');
  expect(text, `${file} has ${from}`).toContain(from);
  writeFileSync(file, text.replace(from, to));
};

describe('generate wit --missing-only inside existing types', () => {
  it('adds a deleted record field, variant case and enum case in marked regions; --dry-run prints the patch and writes nothing', async () => {
    const { model } = await loadMcpModel({ spec: '2025-06-18' });
    const dir = proposalCopy();
    // 0.1.0 lacks sampling's params `_meta` (base-meta): added first, so that only the deletions below are missing.
    writeAdditions(await addMissing(model, dir));
    // What is missing to start with is only the `_meta` parameter of requests and notifications
    // (--missing-only adds no function parameter); the lossy findings are roots/list's open _meta
    // in a record (open-object-as-record) and EmptyResult's `_meta` (empty-result-dropped).
    const start = (await runCheck({ spec: '2025-06-18', wit: dir, baseDir: dir })).report!;
    const base = start.summary;
    const missing = start.items.flatMap((i) => (i.kind === 'type' ? i.findings : i.realizations.flatMap((r) => r.findings))).filter((f) => f.verdict === 'missing');
    expect(new Set(missing.map((f) => `${f.path} ${f.rule}`))).toEqual(new Set(['params._meta slot-missing']));
    const types = join(dir, 'types.wit');
    const content = join(dir, 'content.wit');
    edit(types, "    /// A human-readable description of the tool.\n    ///\n    /// This can be used by clients to improve the LLM's understanding of available tools. It can be thought of like a \"hint\" to the model.\n    description: option<string>,\n", '');
    edit(types, '    notice,\n', '');
    edit(content, '    /// Audio provided to or from an LLM.\n    audio(audio-content),\n', '');
    const broken = await runCheck({ spec: '2025-06-18', wit: dir, baseDir: dir });
    expect(broken.exitCode).toBe(1);
    const before = texts(dir);

    const result = await addMissing(model, dir);
    expect(result.added).toEqual({
      types: ['CreateMessageRequestParamsMeta'],
      functions: [],
      members: ['content.content-block: case audio', 'content.create-message-request-params: field meta', 'types.logging-level: enum case notice', 'types.tool: field description'],
    });
    // the dry run: a unified diff of exactly what --write would write, and nothing written
    const patch = additionsPatch(result, (p) => p.slice(dir.length + 1));
    expect(texts(dir)).toEqual(before);
    expect(patch).toMatch(/^--- a\/content\.wit\n\+\+\+ b\/content\.wit\n@@ /);
    expect(patch.split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++'))).toEqual([
      '+',
      `+    ${REGION_BEGIN}`,
      '+    // Added by `wasi-mcp generate wit --missing-only`; edits here are replaced when it runs again.',
      '+    audio(audio-content),',
      '+    // wasi-mcp generated: end',
      '+',
      `+    ${REGION_BEGIN}`,
      '+    // Added by `wasi-mcp generate wit --missing-only`; edits here are replaced when it runs again.',
      '+    notice,',
      '+    // wasi-mcp generated: end',
      '+',
      `+    ${REGION_BEGIN}`,
      '+    // Added by `wasi-mcp generate wit --missing-only`; edits here are replaced when it runs again.',
      '+    /// A human-readable description of the tool.',
      '+    ///',
      "+    /// This can be used by clients to improve the LLM's understanding of available tools. It can be thought of like a \"hint\" to the model.",
      '+    description: option<string>,',
      '+    // wasi-mcp generated: end',
    ]);
    expect(patch.split('\n').filter((l) => l.startsWith('-') && !l.startsWith('---'))).toEqual([]);

    writeAdditions(result);
    const after = texts(dir);
    for (const [f, text] of Object.entries(after)) expect(stripRegions(text), f).toBe(stripRegions(before[f] as string));
    const fixed = await runCheck({ spec: '2025-06-18', wit: dir, baseDir: dir });
    expect(fixed.report?.summary.types.missing).toBe(0);
    // Back to where it started: nothing missing, the same findings as before the deletions.
    expect(fixed.report?.summary.fields).toEqual(base.fields);
    // again: the regions are replaced with the same text
    expect(writeAdditions(await addMissing(model, dir))).toEqual([]);
  });

  it('gives the last hand-written member its missing comma (the one byte written outside a region)', async () => {
    const { model } = await loadMcpModel({ schema: MINI });
    const dir = copy('test/fixtures/proposals/incomplete');
    const types = join(dir, 'types.wit');
    edit(types, '    structured-content: option<json>,\n    meta: option<json>,\n  }', '    structured-content: option<json>\n  }');
    const result = await addMissing(model, dir);
    expect(result.added.members).toEqual(['types.call-tool-result: field meta']);
    expect(result.added.types).toHaveLength(5);
    writeAdditions(result);
    expect(readFileSync(types, 'utf8')).toContain(
      `    structured-content: option<json>,\n\n    ${REGION_BEGIN}\n    // Added by \`wasi-mcp generate wit --missing-only\`; edits here are replaced when it runs again.\n    /// See _meta.\n    meta: option<json>,\n    // wasi-mcp generated: end\n  }`,
    );
    const fixed = await runCheck({ schema: MINI, wit: dir, baseDir: dir });
    expect(fixed.report?.items.find((i) => i.name === 'CallToolResult')?.verdict).toBe('encoded');
  });
});

describe('generate wit --missing-only --dry-run through the CLI', () => {
  it('prints the unified diff, writes nothing, exits 0; --write with --dry-run is a usage error', () => {
    const dir = copy('test/fixtures/proposals/incomplete');
    const before = texts(dir);
    const r = runCli(['generate', 'wit', '--schema', MINI, '--spec', 'mini', '--missing-only', '--dry-run', '--wit', dir]);
    expect(r.stderr).toContain('would have added 5 type(s), 6 function(s), 0 field(s) or case(s) (dry run: nothing written)');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^--- \S+api\.wit\n\+\+\+ \S+api\.wit\n@@ /);
    expect(r.stdout).toContain(`+  ${REGION_BEGIN}`);
    expect(texts(dir)).toEqual(before);
    const both = runCli(['generate', 'wit', '--schema', MINI, '--spec', 'mini', '--missing-only', '--dry-run', '--write', '--wit', dir]);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('--write and --dry-run exclude each other');
  });
});
