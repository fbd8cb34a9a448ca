// `wit parse|fmt|validate`: exit codes (0 ok, 1 findings, 2 bad input), output, in-place rewrite.

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK, registerWitCommands, witFmt, witParse, witValidate, type CliIo } from '../../compiler/wit/cli.js';
import { closeJco } from '../../compiler/wit/oracle.js';
import { format } from './oracle-checks.js';

function capture(): CliIo & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', out: (s: string) => void (io.stdout += s), err: (s: string) => void (io.stderr += s) };
  return io;
}

function scratchCopy(path: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'wit-cli-'));
  const target = join(dir, path.split('/').pop()!);
  cpSync(path, target, { recursive: true });
  return target;
}

afterAll(() => closeJco());

describe('wit parse', () => {
  it('prints deterministic JSON with spans, or without', () => {
    const a = capture();
    expect(witParse('test/wit/ok/basic-record.wit', { json: true }, a)).toBe(EXIT_OK);
    const model = JSON.parse(a.stdout);
    expect(model.root).toBe('test:basic');
    expect(model.types['test:basic/types#point'].span.line).toBe(4);
    const b = capture();
    witParse('test/wit/ok/basic-record.wit', { json: true }, b);
    expect(b.stdout).toBe(a.stdout);
    const c = capture();
    witParse('test/wit/ok/basic-record.wit', { json: true, spans: false }, c);
    expect(c.stdout).not.toContain('"span"');
  });

  it('exits 2 with a rendered diagnostic and no stack trace on bad input', () => {
    const io = capture();
    expect(witParse('test/wit/fail/undefined-type.wit', { json: true }, io)).toBe(EXIT_BAD_INPUT);
    expect(io.stdout).toBe('');
    expect(io.stderr).toContain('test/wit/fail/undefined-type.wit:4:14: error[wit-undefined-name]: name `missing` does not exist');
    expect(io.stderr).toContain('^');
    expect(io.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for a missing path', () => {
    const io = capture();
    expect(witParse('test/wit/nope.wit', {}, io)).toBe(EXIT_BAD_INPUT);
    expect(io.stderr).toContain('no such file');
  });
});

describe('wit fmt', () => {
  it('--check lists non-canonical files and exits 1; fmt rewrites them; then --check passes', () => {
    const dir = scratchCopy('test/wit/ok/dir-package');
    const file = join(dir, 'types.wit');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n\n/g, '\n').replace(/  /g, '    '));
    const check = capture();
    expect(witFmt(dir, { check: true }, check)).toBe(EXIT_FINDINGS);
    expect(check.stdout.split('\n')).toContain(file);
    expect(witFmt(dir, {}, capture())).toBe(EXIT_OK);
    expect(readFileSync(file, 'utf8')).toBe(format(readFileSync('test/wit/ok/dir-package/types.wit', 'utf8'), file));
    expect(witFmt(dir, { check: true }, capture())).toBe(EXIT_OK);
  });

  it('exits 2 on a syntax error and leaves the file alone', () => {
    const file = scratchCopy('test/wit/fail/syntax-missing-semicolon.wit');
    const before = readFileSync(file, 'utf8');
    const io = capture();
    expect(witFmt(file, {}, io)).toBe(EXIT_BAD_INPUT);
    expect(io.stderr).toContain("error[wit-syntax]: expected ';', found '}'");
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('wit validate', () => {
  it('exits 0 when jco accepts, 1 with its message when it rejects', async () => {
    const ok = capture();
    expect(await witValidate('test/wit/ok/multiple-worlds.wit', {}, ok)).toBe(EXIT_OK);
    expect(ok.stdout).toContain('test:multi/one');
    const bad = capture();
    expect(await witValidate('test/wit/fail/empty-record.wit', {}, bad)).toBe(EXIT_FINDINGS);
    expect(bad.stdout).toContain('record type must have at least one field');
    const world = capture();
    expect(await witValidate('test/wit/ok/multiple-worlds.wit', { world: 'two' }, world)).toBe(EXIT_OK);
  });
});

describe('registerWitCommands', () => {
  it('adds wit parse/fmt/validate to a commander program', async () => {
    const program = new Command('x').exitOverride();
    const wit = registerWitCommands(program, capture());
    expect(wit.commands.map((c) => c.name()).sort()).toEqual(['fmt', 'parse', 'validate']);
    const saved = process.exitCode;
    await program.parseAsync(['node', 'x', 'wit', 'parse', 'test/wit/fail/empty-enum.wit']);
    expect(process.exitCode).toBe(EXIT_BAD_INPUT);
    process.exitCode = saved;
  });
});
