// jco's bundled WASI WIT, laid out as package directories with deps/ so it can be resolved
// (jco ships one combined package.wit per package). Used by the tests and the benchmark.

import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface CorpusEntry {
  name: string;
  path: string;
}

export function builtinRoot(): string {
  const api = createRequire(import.meta.url).resolve('@bytecodealliance/jco');
  return join(dirname(api), '..', 'lib', 'wit', 'builtin');
}

/**
 * Every package jco bundles, each copied to `<tmp>/<set>/<pkg>/package.wit` with the other
 * packages of the same release set under `deps/` (unused deps are ignored by the resolver).
 */
export function builtinCorpus(): CorpusEntry[] {
  const root = builtinRoot();
  const out = mkdtempSync(join(tmpdir(), 'wit-corpus-'));
  const entries: CorpusEntry[] = [];
  const sets = readdirSync(root).filter((d) => statSync(join(root, d)).isDirectory());
  const packageSets = sets.filter((s) => /^\d+\.\d+\.\d+$/.test(s));
  const latest02 = packageSets.filter((s) => s.startsWith('0.2.')).sort((a, b) => Number(a.split('.')[2]) - Number(b.split('.')[2])).pop();
  const pkgsOf = (set: string) => readdirSync(join(root, set)).filter((p) => existsSync(join(root, set, p, 'package.wit')));
  const layout = (name: string, files: string[], deps: { name: string; files: string[] }[]) => {
    const dir = join(out, name);
    mkdirSync(join(dir, 'deps'), { recursive: true });
    for (const f of files) cpSync(f, join(dir, f.split('/').pop()!));
    for (const d of deps) {
      mkdirSync(join(dir, 'deps', d.name), { recursive: true });
      for (const f of d.files) cpSync(f, join(dir, 'deps', d.name, f.split('/').pop()!));
    }
    entries.push({ name, path: dir });
  };
  for (const set of packageSets) {
    for (const pkg of pkgsOf(set)) {
      const deps = pkgsOf(set).filter((p) => p !== pkg).map((p) => ({ name: p, files: [join(root, set, p, 'package.wit')] }));
      layout(`${set}/${pkg}`, [join(root, set, pkg, 'package.wit')], deps);
    }
  }
  // Stand-alone packages (wasi-tls draft with its own deps/, jco's node shims) use WASI 0.2.x
  // and each other; every package appears once, keyed by its declared name.
  const extras = sets.filter((s) => !packageSets.includes(s));
  const extraFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.wit')).map((f) => join(dir, f));
  for (const extra of extras) {
    const dir = join(root, extra);
    const candidates = [
      ...(existsSync(join(dir, 'deps')) ? readdirSync(join(dir, 'deps')).map((d) => ({ name: d, files: extraFiles(join(dir, 'deps', d)) })) : []),
      ...(latest02 ? pkgsOf(latest02).map((p) => ({ name: p, files: [join(root, latest02, p, 'package.wit')] })) : []),
      ...extras.filter((o) => o !== extra).map((o) => ({ name: o, files: extraFiles(join(root, o)) })),
    ];
    const own = packageName(extraFiles(dir));
    const seen = new Set<string>(own ? [own] : []);
    const deps = candidates.filter((d) => {
      const n = packageName(d.files);
      if (!n || seen.has(n)) return false;
      seen.add(n);
      return true;
    });
    layout(extra, extraFiles(dir), deps);
  }
  return entries;
}

function packageName(files: string[]): string | undefined {
  for (const f of files) {
    const m = /^\s*package\s+([^;\s{]+)\s*;/m.exec(readFileSync(f, 'utf8'));
    if (m) return m[1];
  }
  return undefined;
}

