// After tsc: completes dist/ and builds the standalone codec package (packages/codecs) from it.
// Which versions exist is read, never listed here: the pinned versions (mcp-schema/versions.json)
// that have a generated library (generated/<version>/codecs), and the proposal's target version
// (the `spec` of wit/mcp-mapping.json), which the `codecs` entry of both packages re-exports.
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { codecVersions } from './codec-versions.mjs';

/** Files tsc does not emit: the ajv validators (JavaScript already) and every hand-made or jco .d.ts. */
function copyUncompiled(from, to) {
  for (const name of readdirSync(from)) {
    const src = join(from, name);
    if (statSync(src).isDirectory()) copyUncompiled(src, join(to, name));
    else if (name.endsWith('.d.ts') || (name.endsWith('.js') && !existsSync(src.replace(/\.js$/, '.ts')))) {
      mkdirSync(to, { recursive: true });
      cpSync(src, join(to, name));
    }
  }
}

// The codec generator's templates are sources it copies regions of, never compiled (tsconfig.build.json).
rmSync('dist/compiler/emit/codecs/templates', { recursive: true, force: true });
cpSync('compiler/emit/codecs/templates', 'dist/compiler/emit/codecs/templates', { recursive: true });

const { target, versions, unbuilt } = codecVersions('.');
for (const v of unbuilt) process.stderr.write(`build: MCP ${v} is pinned but has no generated/${v}/codecs; it is not in the packages\n`);
for (const v of versions) copyUncompiled(join('generated', v, 'codecs'), join('dist/generated', v, 'codecs'));

/** An entry that re-exports one version's library (the file name is what the export maps). */
function reexport(dir, spec) {
  mkdirSync(dir, { recursive: true });
  const head = `// The library of MCP ${target}, the version the proposal (wit/mcp-mapping.json) targets.\n`;
  writeFileSync(join(dir, 'index.js'), `${head}export * from '${spec}';\n`);
  writeFileSync(join(dir, 'index.d.ts'), `${head}export * from '${spec}';\n`);
}
rmSync('dist/codecs', { recursive: true, force: true });
reexport('dist/codecs', `../generated/${target}/codecs/index.js`);

// packages/codecs: the libraries alone, one folder per version; nothing outside them is imported.
const pkgDist = 'packages/codecs/dist';
rmSync(pkgDist, { recursive: true, force: true });
for (const v of versions) cpSync(join('dist/generated', v, 'codecs'), join(pkgDist, v), { recursive: true });
reexport(pkgDist, `./${target}/index.js`);
for (const f of walk(pkgDist)) {
  const text = readFileSync(f, 'utf8');
  for (const m of text.matchAll(/\bfrom\s+'([^']+)'|\bimport\(\s*'([^']+)'/g)) {
    const spec = m[1] ?? m[2];
    if (!spec.startsWith('.')) throw new Error(`build: ${relative('.', f)} imports ${spec}; the codec package must import nothing outside itself`);
  }
}

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else yield p;
  }
}

// tsc writes dist/compiler/cli.js without the executable bit. npm normally sets it when it links
// the bin, but `npx wasi-mcp` runs the file itself once node_modules has changed since the
// install (a test run, an added package), and then a 644 file is "Permission denied".
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
for (const file of Object.values(pkg.bin ?? {})) if (existsSync(file)) chmodSync(file, 0o755);
