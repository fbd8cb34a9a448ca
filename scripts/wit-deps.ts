// Materializes the WASI dependencies of the proposal's two WIT packages (`wit/`, the WASI 0.3
// package, and `wit/preview2/`, the WASI 0.2 one) into their `deps/` directories, copied from the
// WIT that jco bundles (node_modules/@bytecodealliance/jco/lib/wit/builtin/<version>/<package>),
// so no dependency is vendored in git, fetched from the network, or pinned by a hash we made up.
//
// The proposal currently depends on no WASI package (its timestamps are ISO 8601 strings, as in
// MCP, and nothing streams), so DEPS lists none: the script then removes a stale `deps/` and
// checks that the WIT refers to no package outside `wasi:mcp`. To take a dependency, add its
// builtin directory name (e.g. `wasi-clocks`) to the variant's list and rerun.
//
// Usage: npx tsx scripts/wit-deps.ts          copy (idempotent: rewrites only what differs)
//        npx tsx scripts/wit-deps.ts --check  change nothing; exit 1 if a deps/ is out of date
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Variant {
  /** The package directory, relative to the repository root. */
  dir: string;
  /** The jco builtin WIT version its dependencies come from. */
  builtin: string;
  /** Builtin package directories to copy into `<dir>/deps/` (e.g. `wasi-clocks`). */
  deps: string[];
}

const VARIANTS: readonly Variant[] = [
  { dir: 'wit', builtin: '0.3.0', deps: [] },
  { dir: 'wit/preview2', builtin: '0.2.12', deps: [] },
];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const builtinRoot = join(root, 'node_modules/@bytecodealliance/jco/lib/wit/builtin');
const check = process.argv.includes('--check');

/** Every file under a directory, as paths relative to it, sorted. */
function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out;
}

/** Whether two directories hold the same files with the same bytes. */
function sameTree(a: string, b: string): boolean {
  const fa = files(a);
  const fb = files(b);
  if (fa.length !== fb.length || fa.some((f, i) => f !== fb[i])) return false;
  return fa.every((f) => readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
}

/** Packages (`ns:name`) the variant's own WIT files refer to in `use`, `import`, `export`, `include`. */
function referencedPackages(dir: string): Set<string> {
  const refs = new Set<string>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.wit'))) {
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      const code = line.replace(/\/\/.*$/, '');
      const m = /^\s*(?:use|import|export|include)\s+%?([a-z][a-z0-9-]*):%?([a-z][a-z0-9-]*)\//.exec(code);
      if (m) refs.add(`${m[1]}:${m[2]}`);
    }
  }
  return refs;
}

let problems = 0;
const problem = (message: string): void => {
  problems++;
  console.error(`wit-deps: ${message}`);
};

for (const v of VARIANTS) {
  const pkgDir = join(root, v.dir);
  const depsDir = join(pkgDir, 'deps');

  // What the WIT refers to must be exactly what is declared (besides wasi:mcp itself).
  const declared = new Set(v.deps.map((d) => d.replace(/^([a-z0-9]+)-/, '$1:')));
  for (const ref of referencedPackages(pkgDir)) {
    if (ref !== 'wasi:mcp' && !declared.has(ref)) problem(`${v.dir} refers to ${ref}, which is not a declared dependency`);
  }

  if (v.deps.length === 0) {
    if (existsSync(depsDir)) {
      if (check) problem(`${v.dir}/deps exists but ${v.dir} declares no dependencies`);
      else {
        rmSync(depsDir, { recursive: true, force: true });
        console.log(`wit-deps: removed ${v.dir}/deps (no dependencies declared)`);
      }
    } else {
      console.log(`wit-deps: ${v.dir}: no WASI dependencies`);
    }
    continue;
  }

  const wanted = new Set(v.deps);
  for (const name of existsSync(depsDir) ? readdirSync(depsDir) : []) {
    if (wanted.has(name)) continue;
    if (check) problem(`${v.dir}/deps/${name} is not a declared dependency`);
    else rmSync(join(depsDir, name), { recursive: true, force: true });
  }
  for (const dep of v.deps) {
    const from = join(builtinRoot, v.builtin, dep);
    const to = join(depsDir, dep);
    if (!existsSync(from)) {
      problem(`jco has no builtin WIT ${v.builtin}/${dep} (is node_modules installed?)`);
      continue;
    }
    if (sameTree(from, to)) {
      console.log(`wit-deps: ${v.dir}/deps/${dep} is up to date (jco builtin ${v.builtin})`);
      continue;
    }
    if (check) {
      problem(`${v.dir}/deps/${dep} is missing or differs from jco builtin ${v.builtin}/${dep}: run npx tsx scripts/wit-deps.ts`);
      continue;
    }
    rmSync(to, { recursive: true, force: true });
    mkdirSync(depsDir, { recursive: true });
    cpSync(from, to, { recursive: true });
    console.log(`wit-deps: copied jco builtin ${v.builtin}/${dep} to ${v.dir}/deps/${dep}`);
  }
}

if (problems > 0) process.exit(1);
