// Conventions every command keeps (README, CLI reference): exit 2 and one error line without a
// stack trace for bad input, --quiet everywhere, --wit defaulting to the package's proposal, the
// per-user cache directory.
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { locateLocal } from '../compiler/schema/pins.js';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheRoot, defaultWitDir, proposalWitDir } from '../compiler/paths.js';
import { runCli, ROOT } from './cli.js';
import { exampleWasm, BUILD_TIMEOUT } from './host/helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'wasi-mcp-conventions-'));
const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at /);

describe('serve: bad input is exit 2, one line, no stack trace', () => {
  it('a missing file, a file that is not wasm, a core module', () => {
    const missing = runCli(['serve', join(tmp, 'nope.wasm')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(`${join(tmp, 'nope.wasm')}: error[component-not-found]: no such file: ${join(tmp, 'nope.wasm')}\n`);
    const text = join(tmp, 'text.wasm');
    writeFileSync(text, 'not wasm at all');
    const r = runCli(['serve', text]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('error[component-not-wasm]');
    noStack(r.stderr);
    const core = join(tmp, 'core.wasm');
    writeFileSync(core, Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
    const c = runCli(['serve', core]);
    expect(c.status).toBe(2);
    expect(c.stderr).toContain('a core WebAssembly module, not a component');
  });

  it('--http abc, --http 70000, --stdio with --http', () => {
    for (const args of [['--http', 'abc'], ['--http', '70000'], ['--stdio', '--http', '0']]) {
      const r = runCli(['serve', join(tmp, 'nope.wasm'), ...args]);
      expect(r.status, args.join(' ')).toBe(2);
      noStack(r.stderr);
    }
    expect(runCli(['serve', 'x.wasm', '--stdio', '--http', '0']).stderr).toBe('error[usage]: choose one of --stdio and --http\n');
  });

  let busy: Server | undefined;
  afterAll(() => busy?.close());
  it(
    'a port in use',
    async () => {
      const wasm = await exampleWasm('notes');
      busy = createServer();
      await new Promise<void>((r) => busy!.listen(0, '127.0.0.1', r));
      const port = (busy.address() as { port: number }).port;
      const r = runCli(['serve', wasm, '--http', String(port)], { env: { WASI_MCP_CACHE_DIR: join(tmp, 'cache') } });
      expect(r.status).toBe(2);
      // the host's start-up lines (what each WASI import gets), then the one error, no stack trace
      expect(r.stderr.split('\n').filter((l) => !l.startsWith('wasi-mcp serve: ') && l !== '')).toEqual([`error[serve-failed]: 127.0.0.1:${port} is already in use`]);
    },
    BUILD_TIMEOUT,
  );
});

describe('--quiet on every command', () => {
  it('is in the help of each leaf command', () => {
    for (const cmd of [['schema', 'list'], ['schema', 'sync'], ['schema', 'show'], ['wit', 'parse'], ['wit', 'fmt'], ['wit', 'validate'], ['check'], ['generate', 'wit'], ['generate', 'codecs'], ['codec', 'roundtrip'], ['codec', 'decode'], ['serve'], ['diff']]) {
      expect(runCli([...cmd, '--help']).stdout, cmd.join(' ')).toMatch(/-q, --quiet/);
    }
  });

  it('keeps warnings off stderr, errors on it', () => {
    // The pinned schema with one keyword the front end does not know: a warning with its pointer.
    const doc = JSON.parse(readFileSync(locateLocal('2025-06-18')!.path, 'utf8')) as { definitions: Record<string, Record<string, unknown>> };
    doc.definitions['Tool']!['bogusKeyword'] = 1;
    const schema = join(tmp, 'odd.json');
    writeFileSync(schema, JSON.stringify(doc));
    const loud = runCli(['schema', 'show', '--schema', schema]);
    expect(loud.stderr).toContain('warning');
    const quiet = runCli(['schema', 'show', '--schema', schema, '--quiet']);
    expect(quiet.status).toBe(loud.status);
    expect(quiet.stderr).toBe('');
    expect(runCli(['schema', 'show', '--schema', join(tmp, 'none.json'), '--quiet']).stderr).toContain('error[unreadable]');
  });
});

describe('--wit default', () => {
  it("is ./wit when the working directory has one, else the package's own proposal", () => {
    expect(defaultWitDir('p3', ROOT)).toBe('wit');
    expect(defaultWitDir('p2', tmp)).toBe(proposalWitDir('p2'));
    // Run from a directory without wit/ (tsx resolved from here: the working directory has no node_modules).
    const r = spawnSync(process.execPath, ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href, join(ROOT, 'compiler/cli.ts'), 'check', '--format', 'json'], { cwd: tmp, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // the shipped proposal, against the MCP version it targets
    expect((JSON.parse(r.stdout) as { spec: string }).spec).toBe(JSON.parse(readFileSync(join(proposalWitDir('p3'), 'mcp-mapping.json'), 'utf8')).spec);
  }, 120_000);
});

describe('cacheRoot', () => {
  it('WASI_MCP_CACHE_DIR, else XDG_CACHE_HOME (absolute only), else the platform default', () => {
    expect(cacheRoot({ WASI_MCP_CACHE_DIR: '/x/y' }, 'linux', '/home/u')).toBe('/x/y');
    expect(cacheRoot({ XDG_CACHE_HOME: '/c' }, 'linux', '/home/u')).toBe('/c/wasi-mcp');
    expect(cacheRoot({ XDG_CACHE_HOME: 'relative' }, 'linux', '/home/u')).toBe('/home/u/.cache/wasi-mcp');
    expect(cacheRoot({}, 'darwin', '/Users/u')).toBe('/Users/u/Library/Caches/wasi-mcp');
    expect(cacheRoot({ LOCALAPPDATA: 'C:\\L' }, 'win32', 'C:\\U')).toBe(join('C:\\L', 'wasi-mcp', 'Cache'));
    expect(cacheRoot({}, 'linux', homedir()).startsWith(ROOT)).toBe(false);
  });
});
