// The repository's proposal WIT against every pinned MCP version, through the recorded coverage:
// golden/<version>/coverage.json (wit/) and golden/preview2/<version>/coverage.json (wit/preview2/).
// The proposal targets the MCP version its manifest names (full coverage there); the other
// versions' goldens are the baseline a spec bump is measured against. Released versions
// (released/<version>/wit) are checked against their own MCP version (golden/released/<version>/).
// `UPDATE_GOLDEN=1 npm test` rewrites them, as every other golden: each test then runs
// `wasi-mcp check --update-golden` on its own WIT, version and golden directory.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderJson } from '../../compiler/report/coverage.js';
import { runCheck } from '../../compiler/pipeline.js';
import { renderMarkdown } from '../../compiler/report/render.js';
import { closeJco } from '../../compiler/wit/oracle.js';
import { ROOT } from '../map/helpers.js';
import { UPDATING } from '../golden.js';

afterAll(() => closeJco());

const SPECS = Object.keys((JSON.parse(readFileSync(join(ROOT, 'mcp-schema', 'versions.json'), 'utf8')) as { versions: Record<string, unknown> }).versions).sort();

function hasPackage(dir: string): boolean {
  return existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.wit') && /^\s*package\s/m.test(readFileSync(join(dir, f), 'utf8')));
}

const variants = [
  { wit: 'wit', golden: 'golden' },
  { wit: 'wit/preview2', golden: 'golden/preview2' },
].flatMap((v) => SPECS.map((SPEC) => ({ ...v, SPEC })));
const update = 'review, then UPDATE_GOLDEN=1 npm test';

// Each released version of the proposal (released/<version>/wit) against the MCP version it was
// made for: it must stay as clean as when it was released.
const RELEASED = join(ROOT, 'released');
for (const release of existsSync(RELEASED) ? readdirSync(RELEASED).sort() : []) {
  for (const sub of ['wit', 'wit/preview2']) {
    const wit = `released/${release}/${sub}`;
    const golden = `golden/released/${release}${sub === 'wit' ? '' : '/preview2'}`;
    const SPEC = (JSON.parse(readFileSync(join(ROOT, wit, 'mcp-mapping.json'), 'utf8')) as { spec: string }).spec;
    variants.push({ wit, golden, SPEC });
  }
}

describe('the default MCP version', () => {
  it('is the one the proposal targets (the pins\' default and wit/mcp-mapping.json agree)', () => {
    const pins = JSON.parse(readFileSync(join(ROOT, 'mcp-schema', 'versions.json'), 'utf8')) as { default: string };
    for (const wit of ['wit', 'wit/preview2']) {
      expect((JSON.parse(readFileSync(join(ROOT, wit, 'mcp-mapping.json'), 'utf8')) as { spec: string }).spec, wit).toBe(pins.default);
    }
  });
});

for (const v of variants) {
  const { SPEC } = v;
  describe.skipIf(!hasPackage(join(ROOT, v.wit)))(`${v.wit}/ against MCP ${SPEC}`, () => {
    it(`matches ${v.golden}/${SPEC}/coverage.json and coverage.md`, async () => {
      const r = await runCheck({ spec: SPEC, wit: join(ROOT, v.wit), golden: join(ROOT, v.golden), baseDir: ROOT, updateGolden: UPDATING });
      expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const file = join(ROOT, v.golden, SPEC, 'coverage.json');
      expect(existsSync(file), `no ${v.golden}/${SPEC}/coverage.json: ${update}`).toBe(true);
      // regressions first, readable; then the exact files
      if (!UPDATING) expect(r.golden, `coverage changed: ${update}`).toMatch(/^coverage matches /);
      expect(renderJson(r.report!), `coverage.json differs: ${update}`).toBe(readFileSync(file, 'utf8'));
      expect(renderMarkdown(r.report!), `coverage.md differs: ${update}`).toBe(readFileSync(join(ROOT, v.golden, SPEC, 'coverage.md'), 'utf8'));
      // A release is measured by today's checker, which may find what the one it was released
      // under did not (0.1.0: roots/list's open _meta in a record, open-object-as-record); its
      // golden records exactly that, so it can only get worse by a reviewed golden change.
      if (!v.wit.startsWith('released/')) expect(r.exitCode).toBe(0);
    });
  });
}
