// The committed codecs are exactly what the generator writes (golden), generation is
// deterministic, the output type-checks against the json-schema-to-typescript types and the
// `jco types` declarations, and the library needs neither the schema file nor an ajv compiler.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCodecs } from '../../compiler/pipeline.js';
import { expectGolden } from '../golden.js';
import { ROOT } from '../cli.js';
import { VERSIONS } from './setup.js';

const OUT = join(ROOT, 'generated', '2025-06-18', 'codecs');

function committed(): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(OUT, p).split(sep).join('/'));
    }
  };
  walk(OUT);
  return out.sort();
}

describe('generate codecs', async () => {
  const first = await generateCodecs({ spec: '2025-06-18' });

  it('matches the committed generated/2025-06-18/codecs (golden)', () => {
    const files = first.files.map((f) => relative(OUT, f.path).split(sep).join('/'));
    expect(files).toEqual(committed());
    for (const f of first.files) expectGolden(f.path, f.content);
  });

  // Determinism: the committed files were written by an earlier process; the golden check above
  // compares a fresh generation with them byte for byte.

  it('reports nothing it could not generate', () => {
    expect(first.diagnostics.filter((d) => d.code.startsWith('codec-'))).toEqual([]);
  });

  it('never compiles a schema or reads the schema file at run time', () => {
    for (const f of first.files) {
      if (!/\.(ts|js)$/.test(f.path) || f.path.includes(`${sep}wit${sep}`)) continue;
      expect(f.content, f.path).not.toMatch(/from 'ajv'|require\(|schema\.json|readFileSync|new Ajv/);
    }
  });

  // One tsc run for every version's committed library (test/codecs/tsconfig.json includes
  // generated/*/codecs) and the tests themselves.
  it('every version type-checks against the JSON-side and jco WIT-side types (tsc --noEmit, one run)', () => {
    for (const v of VERSIONS) expect(existsSync(join(ROOT, 'generated', v, 'codecs', 'index.ts')), v).toBe(true);
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'test', 'codecs', 'tsconfig.json')], { encoding: 'utf8', cwd: ROOT });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
    // one tsc run over five libraries and the tests: minutes on a loaded machine, not a speed check
  }, 300_000);

  it('works for the WASI 0.3 package too', async () => {
    const p3 = await generateCodecs({ spec: '2026-07-28', wit: join(ROOT, 'wit'), out: join(ROOT, '.cache', 'codecs-p3') });
    const methods = p3.files.find((f) => f.path.endsWith('methods.ts'));
    expect(methods?.content).toContain("'tools/call'");
    expect(p3.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

