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
  it('prints by default; --check lists non-canonical files and exits 1; --write rewrites them; then --check passes', () => {
    const dir = scratchCopy('test/wit/ok/dir-package');
    const file = join(dir, 'types.wit');
    const messy = readFileSync(file, 'utf8').replace(/\n\n/g, '\n').replace(/  /g, '    ');
    writeFileSync(file, messy);
    const canonical = format(readFileSync('test/wit/ok/dir-package/types.wit', 'utf8'), file);
    const printed = capture();
    expect(witFmt(file, {}, printed)).toBe(EXIT_OK);
    expect(printed.stdout).toBe(canonical);
    expect(readFileSync(file, 'utf8')).toBe(messy);
    const check = capture();
    expect(witFmt(dir, { check: true }, check)).toBe(EXIT_FINDINGS);
    expect(check.stdout.split('\n')).toContain(file);
    const write = capture();
    expect(witFmt(dir, { write: true }, write)).toBe(EXIT_OK);
    expect(write.stderr).toContain(`formatted ${file}\n`);
    expect(write.stdout).toBe("");
    expect(readFileSync(file, 'utf8')).toBe(canonical);
    expect(witFmt(dir, { check: true }, capture())).toBe(EXIT_OK);
    expect(witFmt(dir, { check: true, write: true }, capture())).toBe(EXIT_BAD_INPUT);
  });

  it('reads stdin for `-`', () => {
    const io = capture();
    const text = readFileSync('test/wit/ok/dir-package/types.wit', 'utf8');
    expect(witFmt('-', {}, io, () => text.replace(/\n\n/g, '\n'))).toBe(EXIT_OK);
    expect(io.stdout).toBe(format(text, '<stdin>'));
  });

  it('exits 2 on a syntax error and leaves the file alone', () => {
    const file = scratchCopy('test/wit/fail/syntax-missing-semicolon.wit');
    const before = readFileSync(file, 'utf8');
    const io = capture();
    expect(witFmt(file, { write: true }, io)).toBe(EXIT_BAD_INPUT);
    expect(io.stderr).toContain("error[wit-syntax]: expected ';', found '}'");
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('wit validate', () => {
  it('exits 0 when jco accepts, 2 with its message at file:line:column on stderr when it rejects', async () => {
    const ok = capture();
    expect(await witValidate('test/wit/ok/multiple-worlds.wit', {}, ok)).toBe(EXIT_OK);
    expect(ok.stdout).toContain('test:multi/one');
    const bad = capture();
    expect(await witValidate('test/wit/fail/empty-record.wit', {}, bad)).toBe(EXIT_BAD_INPUT);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^test\/wit\/fail\/empty-record\.wit:\d+:\d+: error\[wit-invalid\]: .*record type must have at least one field/);
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
