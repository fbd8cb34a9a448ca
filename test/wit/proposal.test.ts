// The repository's own proposal WIT (wit/ and wit/preview2/): same checks as the jco corpus.
// Skipped while a directory is missing or holds no package yet.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseWitPath } from '../../compiler/wit/index.js';
import { closeJco } from '../../compiler/wit/oracle.js';
import { format, expectPrintedEquivalent, expectSameVerdict } from './oracle-checks.js';

function hasPackage(dir: string): boolean {
  if (!existsSync(dir)) return false;
  return readdirSync(dir).some((f) => f.endsWith('.wit') && /^\s*package\s+[^;{]+;/m.test(readFileSync(join(dir, f), 'utf8')));
}

afterAll(() => closeJco());

for (const dir of ['wit', 'wit/preview2']) {
  describe.skipIf(!hasPackage(dir))(`proposal WIT in ${dir}/`, () => {
    it('our verdict equals jco', () => expectSameVerdict(dir));
    it('printed output is equivalent for jco', async () => {
      if (!parseWitPath(dir).model) return; // rejected: the verdict test says whether rightly
      await expectPrintedEquivalent(dir);
    });
    it('printing is idempotent', () => {
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.wit'))) {
        const once = format(readFileSync(join(dir, f), 'utf8'), f);
        expect(format(once, f)).toBe(once);
      }
    });
  });
}
