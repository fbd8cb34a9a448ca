// A one-shot command validates one world that includes every world; the verdict must be the same
// as encoding each world, including when the union itself cannot be formed.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeJco, useJcoInProcess, validateWithJco } from '../../compiler/wit/oracle.js';

const pkg = (text: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'union-'));
  writeFileSync(join(dir, 'p.wit'), text);
  return dir;
};

afterAll(() => closeJco());

describe('validating every world at once (in process)', () => {
  useJcoInProcess();

  it('worlds that cannot be united (the same import, two signatures) are still valid one by one', async () => {
    const dir = pkg('package t:u@1.0.0;\n\nworld a {\n  import x: func();\n}\n\nworld b {\n  import x: func(y: u32);\n}\n');
    expect(await validateWithJco(dir)).toEqual({ ok: true, worlds: ['t:u/a@1.0.0', 't:u/b@1.0.0'] });
  });

  it('an error only one world reaches is reported', async () => {
    const dir = pkg('package t:v@1.0.0;\n\ninterface i {\n  record empty {}\n  f: func(e: empty);\n}\n\nworld a {\n  import x: func();\n}\n\nworld b {\n  import i;\n}\n');
    const v = await validateWithJco(dir);
    expect(v.ok).toBe(false);
    expect(v.message).toMatch(/record type must have at least one field/);
  });

  it('the proposal: every world valid', async () => {
    expect((await validateWithJco('wit')).ok).toBe(true);
  });
});
