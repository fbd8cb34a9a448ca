// `npm run bench`: every benchmark module in this folder that exports main(), in a fixed order.
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const order = ['schema', 'wit', 'check', 'generate', 'codecs', 'corpus', 'component', 'host'];

for (const name of order) {
  const file = join(here, `${name}.ts`);
  if (!existsSync(file)) continue;
  const mod = (await import(pathToFileURL(file).href)) as { main?: () => Promise<void> };
  if (mod.main) {
    console.log(`\n# bench/${name}.ts`);
    await mod.main();
  }
}
