// Differential test on generated packages: random interfaces that `use` each other and worlds
// that import, export, include (with renames) and `use` them, compared with jco (verdict and
// first message). Exercises world elaboration, include and name-conflict rules. Seeded.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { closeJco } from '../../compiler/wit/oracle.js';
import { expectSameVerdict } from './oracle-checks.js';

type Op = 'import' | 'export' | 'import-func' | 'export-func' | 'include' | 'include-with' | 'named' | 'use';

const spec = fc.record({
  interfaces: fc.array(fc.array(fc.nat(4), { maxLength: 2 }), { minLength: 1, maxLength: 4 }),
  worlds: fc.array(
    fc.array(fc.tuple(fc.constantFrom<Op>('import', 'export', 'import-func', 'export-func', 'include', 'include-with', 'named', 'use'), fc.nat(4), fc.nat(3)), {
      maxLength: 5,
    }),
    { minLength: 1, maxLength: 3 },
  ),
});

function render(s: { interfaces: number[][]; worlds: [Op, number, number][][] }): string {
  const n = s.interfaces.length;
  const m = s.worlds.length;
  let t = 'package t:a;\n\n';
  s.interfaces.forEach((uses, k) => {
    t += `interface i${k} {\n`;
    for (const u of [...new Set(uses.map((x) => x % n))]) if (u !== k) t += `  use i${u}.{t${u} as u${u}};\n`;
    t += `  type t${k} = u32;\n  f${k}: func(x: t${k});\n}\n\n`;
  });
  s.worlds.forEach((items, k) => {
    t += `world w${k} {\n`;
    for (const [op, a, b] of items) {
      const x = a % n;
      const y = b % m;
      const line: Record<Op, string> = {
        import: `import i${x};`,
        export: `export i${x};`,
        'import-func': `import g${b}: func();`,
        'export-func': `export g${b}: func();`,
        include: `include w${y};`,
        'include-with': `include w${y} with { g${a % 4} as h${b} }`,
        named: `import n${b}: i${x};`,
        use: `use i${x}.{t${x}};`,
      };
      t += `  ${line[op]}\n`;
    }
    t += '}\n\n';
  });
  return t;
}

const dir = mkdtempSync(join(tmpdir(), 'wit-worlds-'));
const cases = fc.sample(spec, { numRuns: 150, seed: 424242 }).map((s, i) => ({ name: `generated-${i}`, text: render(s) }));

afterAll(() => closeJco());

describe.concurrent('generated interfaces and worlds: same verdict and first message as jco', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const path = join(dir, `${c.name}.wit`);
      writeFileSync(path, c.text);
      await expectSameVerdict(path);
    });
  }
});
