// Golden files: whole outputs compared with reviewed files on disk. `UPDATE_GOLDEN=1 npm test`
// rewrites only the files whose content changed; review the result with `git diff`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from 'vitest';

export const UPDATING = process.env.UPDATE_GOLDEN === '1';

export function expectGolden(path: string, actual: string): void {
  const exists = existsSync(path);
  const expected = exists ? readFileSync(path, 'utf8') : undefined;
  if (UPDATING) {
    if (expected !== actual) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, actual);
    }
    return;
  }
  if (!exists) throw new Error(`golden file ${path} is missing: create it with UPDATE_GOLDEN=1 npm test, then review it`);
  expect(actual, `${path} differs from the output (UPDATE_GOLDEN=1 npm test rewrites it)`).toBe(expected);
}
