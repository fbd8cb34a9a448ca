// WIT-side types: `jco types` over the proposal WIT, for the world that reaches every interface,
// so the generated codecs are checked against exactly the declarations jco's bindings use.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { CompilerError, error } from '../../diagnostics.js';
import type { WitModel } from '../../wit/model.js';

/** The root package's world that reaches the most interfaces (the proxy world, for the proposal). */
export function widestWorld(wit: WitModel): string | undefined {
  let best: { name: string; n: number } | undefined;
  for (const w of Object.values(wit.worlds).filter((x) => x.package === wit.root).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const n = [...w.imports, ...w.exports].filter((i) => i.kind === 'interface').length;
    if (!best || n > best.n) best = { name: w.name, n };
  }
  return best?.name;
}

export async function witTypeFiles(witDir: string, wit: WitModel): Promise<{ path: string; content: string }[]> {
  const world = widestWorld(wit);
  if (!world) return [];
  const require = createRequire(import.meta.url);
  const jcoBin = join(dirname(require.resolve('@bytecodealliance/jco')), 'jco.js');
  const out = mkdtempSync(join(tmpdir(), 'wasi-mcp-jco-'));
  try {
    const r = spawnSync(process.execPath, [jcoBin, 'types', witDir, '--world-name', world, '-o', out, '-q'], { encoding: 'utf8' });
    if (r.status !== 0) throw new CompilerError(error('jco-types', `jco types failed: ${r.stderr || r.stdout}`));
    return walk(out).map((file) => ({ path: relative(out, file).split(sep).join('/'), content: readFileSync(file, 'utf8') }));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function walk(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) files.push(...walk(p));
    else files.push(p);
  }
  return files;
}
