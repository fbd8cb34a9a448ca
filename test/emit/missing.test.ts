import { describe, expect, it, afterAll } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMcpModel } from '../../compiler/schema/index.js';
import { addMissing, writeAdditions } from '../../compiler/emit/wit/add-missing.js';
import { stripRegions, REGION_BEGIN } from '../../compiler/emit/wit/missing.js';
import { runCheck } from '../../compiler/report/cli.js';
import { closeJco } from '../../compiler/wit/oracle.js';

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

  it('adds nothing to the complete proposal, nor to the released one', async () => {
    for (const [spec, dirs] of [
      ['2026-07-28', ['wit', 'wit/preview2']],
      ['2025-06-18', ['released/0.1.0/wit', 'released/0.1.0/wit/preview2']],
    ] as const) {
      const { model } = await loadMcpModel({ spec });
      for (const wit of dirs) {
        const result = await addMissing(model, wit);
        expect(result.added, wit).toEqual({ types: [], functions: [] });
        for (const f of result.files) expect(f.content, f.path).toBe(readFileSync(f.path, 'utf8'));
      }
    }
  });
});
