// tsc compiles the generated codecs' TypeScript; their ajv standalone validators are JavaScript
// already (with a hand-checked .d.ts beside them), so the build copies them into dist/ as they are.
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

for (const version of existsSync('generated') ? readdirSync('generated') : []) {
  const dir = join('generated', version, 'codecs');
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.js'))) cpSync(join(dir, f), join('dist', dir, f));
}
