// `wit parse|fmt|validate` subcommands. Exit codes: 0 ok, 1 findings (non-canonical files),
// 2 bad input (a syntax error, WIT jco rejects: diagnostics on stderr, never a stack trace).

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { error, renderDiagnostic, type Diagnostic } from '../diagnostics.js';
import { displayPath } from '../paths.js';
import { readStdin } from '../schema/json.js';
import { parseWitPath } from './index.js';
import { modelToJson } from './json.js';
import { closeJco, validateWithJco } from './oracle.js';
import { formatSource } from './format.js';
import { EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK } from '../cli-support.js';
import { writeFilesAtomically } from '../write.js';

export { EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK };

export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

const stdio: CliIo = {
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
};

export function registerWitCommands(program: Command, io: CliIo = stdio): Command {
  const wit = program.command('wit').description('WIT front end: parse, format and validate WIT packages');
  wit
    .command('parse <path>')
    .description('parse and resolve a WIT file or package directory')
    .addOption(new Option('--format <format>', 'text: a summary; json: the resolved model').choices(['text', 'json']).default('text'))
    .addOption(new Option('--json', 'the same as --format json').hideHelp())
    .option('--no-spans', 'leave source spans out of the JSON')
    .action((path: string, opts: { json?: boolean; format: 'text' | 'json'; spans: boolean }) => {
      process.exitCode = witParse(path, { json: opts.json === true || opts.format === 'json', spans: opts.spans }, io);
    });
  wit
    .command('fmt <path>')
    .description('print WIT files in canonical form (`-`: stdin); --write rewrites them, --check lists the ones that are not')
    .option('--write', 'rewrite the files in place (all or none)')
    .option('--check', 'only list files that are not canonical (exit 1 if any)')
    .action((path: string, opts: { check?: boolean; write?: boolean }) => {
      process.exitCode = witFmt(path, opts, io);
    });
  wit
    .command('validate <path>')
    .description("validate with jco (component embed + new), the reference's verdict; a rejection is an error at its location (exit 2)")
    .option('--world <world>', 'the world to encode (default: every world of the package)')
    .addOption(new Option('--format <format>', 'text, or json: {"valid", "worlds"} on stdout').choices(['text', 'json']).default('text'))
    .action(async (path: string, opts: { world?: string; format: 'text' | 'json' }) => {
      process.exitCode = await witValidate(path, opts, io);
    });
  return wit;
}

/**
 * `-`: a single-file WIT package from stdin, parsed from a private temporary copy; diagnostics name
 * it `<stdin>`.
 */
function withStdin<T>(path: string, body: (path: string, rename: (d: Diagnostic[]) => Diagnostic[]) => T): T {
  if (path !== '-') return body(path, (d) => d);
  const dir = mkdtempSync(join(tmpdir(), 'wasi-mcp-stdin-'));
  const file = join(dir, 'stdin.wit');
  const text = readStdin();
  writeFileSync(file, text);
  const rename = (ds: Diagnostic[]): Diagnostic[] => ds.map((d) => (d.file === file ? { ...d, file: '<stdin>' } : d));
  const done = (): void => rmSync(dir, { recursive: true, force: true });
  try {
    const out = body(file, rename);
    if (out instanceof Promise) return out.finally(done) as T;
    done();
    return out;
  } catch (e) {
    done();
    throw e;
  }
}

/** Diagnostics of stdin have no file to quote: render them with the text read. */
function reportWith(diags: Diagnostic[], io: CliIo): void {
  for (const d of diags) io.err(renderDiagnostic(d, d.file === '<stdin>' ? readStdin() : undefined) + '\n');
}

export function witParse(path: string, opts: { json?: boolean; spans?: boolean }, io: CliIo = stdio): number {
  if (path !== '-' && !existsSync(path)) return missing(path, io);
  return withStdin(path, (file, rename) => witParseAt(file, rename, opts, io));
}

function witParseAt(path: string, rename: (d: Diagnostic[]) => Diagnostic[], opts: { json?: boolean; spans?: boolean }, io: CliIo): number {
  const r = parseWitPath(path);
  r.diagnostics = rename(r.diagnostics);
  if (!r.model) {
    reportWith(r.diagnostics, io);
    return EXIT_BAD_INPUT;
  }
  if (opts.json) {
    io.out(modelToJson(r.model, { spans: opts.spans ?? true }));
  } else {
    const m = r.model;
    const count = (o: object) => Object.keys(o).length;
    io.out(`${m.root}: ${count(m.packages)} package(s), ${count(m.interfaces)} interface(s), ${count(m.worlds)} world(s), ${count(m.types)} type(s)\n`);
  }
  return EXIT_OK;
}

/** The package's own .wit files (dependencies under deps/ are left alone). */
function witFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((f) => f.endsWith('.wit'))
    .sort()
    .map((f) => join(path, f))
    .filter((f) => statSync(f).isFile());
}

/**
 * As prettier and `wasm-tools component wit` do: print the canonical text by default (a
 * directory's files one after the other, each after a `// <file>` line); `--write` rewrites the
 * files that change, `--check` lists them and exits 1. `-` reads one file from stdin.
 */
export function witFmt(path: string, opts: { check?: boolean; write?: boolean }, io: CliIo = stdio, stdin: () => string = readStdin): number {
  if (opts.check && opts.write) {
    io.err('error[usage]: choose one of --check and --write\n');
    return EXIT_BAD_INPUT;
  }
  if (path === '-' && opts.write) {
    io.err('error[usage]: --write needs files, not stdin\n');
    return EXIT_BAD_INPUT;
  }
  if (path !== '-' && !existsSync(path)) return missing(path, io);
  const all: { file: string; text: string; changed: boolean }[] = [];
  const diags: Diagnostic[] = [];
  const sources = path === '-' ? [{ file: '<stdin>', text: stdin() }] : witFiles(path).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
  for (const { file, text } of sources) {
    const r = formatSource(text, file);
    if (r.text === undefined) diags.push(...r.diagnostics);
    else all.push({ file, text: r.text, changed: r.text !== text });
  }
  if (diags.length > 0) {
    // A diagnostic in stdin has no file to quote: render it with the text read.
    for (const d of diags) io.err(renderDiagnostic(d, path === '-' ? sources[0]?.text : undefined) + '\n');
    return EXIT_BAD_INPUT;
  }
  const changed = all.filter((c) => c.changed);
  if (opts.check) {
    for (const c of changed) io.out(`${c.file}\n`);
    if (changed.length > 0) io.err(`${changed.length} file(s) are not formatted canonically; run \`wit fmt --write\` to fix\n`);
    return changed.length > 0 ? EXIT_FINDINGS : EXIT_OK;
  }
  if (opts.write) {
    // Write everything only after every file parsed, all files or none.
    writeFilesAtomically(changed.map((c) => ({ path: c.file, content: c.text })));
    for (const c of changed) io.err(`formatted ${c.file}\n`);
    return EXIT_OK;
  }
  const many = path !== '-' && statSync(path).isDirectory();
  io.out(all.map((c) => (many ? `// ${c.file}\n${c.text}` : c.text)).join('\n'));
  return EXIT_OK;
}

export async function witValidate(path: string, opts: { world?: string; format?: 'text' | 'json' }, io: CliIo = stdio): Promise<number> {
  if (path !== '-' && !existsSync(path)) return missing(path, io);
  return withStdin(path, (file, rename) => witValidateAt(path === '-' ? '<stdin>' : path, file, rename, opts, io));
}

async function witValidateAt(shown: string, path: string, rename: (d: Diagnostic[]) => Diagnostic[], opts: { world?: string; format?: 'text' | 'json' }, io: CliIo): Promise<number> {
  try {
    const v = await validateWithJco(resolve(path), opts.world);
    if (opts.format === 'json') io.out(JSON.stringify({ valid: v.ok, worlds: v.worlds, ...(v.ok ? {} : { message: v.message ?? 'rejected' }) }, null, 2) + '\n');
    if (v.ok) {
      if (opts.format !== 'json') io.out(`valid (jco): ${v.worlds.join(', ')}\n`);
      return EXIT_OK;
    }
    // As `check` reports it: the reference's message at the best location known (jco's own, else our parser's first error).
    const at = /-->\s+(.+?):(\d+):(\d+)/.exec(v.detail ?? '');
    const ours = at ? undefined : parseWitPath(path).diagnostics.find((d) => d.severity === 'error' && d.line !== undefined);
    const where: Partial<Diagnostic> = at
      ? { file: resolve(at[1] as string) === resolve(path) ? path : displayPath(at[1] as string), line: Number(at[2]), column: Number(at[3]) }
      : ours
        ? { file: ours.file ?? path, line: ours.line as number, column: ours.column ?? 1, length: ours.length ?? 1 }
        : { file: path };
    reportWith(rename([error('wit-invalid', `the reference WIT parser (jco) rejects ${shown}: ${v.message ?? 'rejected'}`, where as Diagnostic)]), io);
    return EXIT_BAD_INPUT;
  } finally {
    closeJco();
  }
}

function missing(path: string, io: CliIo): number {
  io.err(`error[wit-io]: no such file or directory: ${path}\n`);
  return EXIT_BAD_INPUT;
}
