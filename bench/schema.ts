// Schema front end speed: in process against JSON.parse of the same file, and the whole
// `wasi-mcp schema show` process against a bare Node start-up.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildMcpModel } from '../compiler/schema/build.js';
import { locate } from '../compiler/schema/pins.js';
import { repoRoot } from '../compiler/paths.js';
import { report, time, timeProcess } from './harness.js';

export async function main(): Promise<void> {
  const versions = ['2025-06-18', '2025-11-25'];
  for (const version of versions) {
    const { path } = await locate(version);
    const text = readFileSync(path, 'utf8');
    const parse = await time(`JSON.parse ${version}`, () => JSON.parse(text), 50);
    const build = await time(`JSON.parse + buildMcpModel ${version}`, () => buildMcpModel(JSON.parse(text), { file: path, version }), 50);
    report(`schema front end, in process (MCP ${version})`, [build], parse);
  }
  const cli = join(repoRoot(), 'dist', 'compiler', 'cli.js');
  if (!existsSync(cli)) {
    console.log('\n(dist/ not built: run `npm run build` for the end-to-end timing)');
    return;
  }
  const node = timeProcess('node -e "" (start-up alone)', [process.execPath, '-e', '']);
  const show = timeProcess('wasi-mcp schema show --spec 2025-06-18', [process.execPath, cli, 'schema', 'show', '--spec', '2025-06-18']);
  report('wasi-mcp schema show, whole process', [show], node, `target: well under 1000 ms; measured ${show.median.toFixed(0)} ms`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
