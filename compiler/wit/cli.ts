// `wit parse|fmt|validate` subcommands. Exit codes: 0 ok, 1 findings (non-canonical files, jco
// rejects), 2 bad input (diagnostics on stderr, never a stack trace).

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { renderDiagnostic, type Diagnostic } from '../diagnostics.js';
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
    .option('--json', 'print the resolved model as JSON')
    .option('--no-spans', 'leave source spans out of the JSON')
    .action((path: string, opts: { json?: boolean; spans: boolean }) => {
      process.exitCode = witParse(path, opts, io);
    });
  wit
    .command('fmt <path>')
    .description('rewrite WIT files in canonical form')
    .option('--check', 'only list files that are not canonical (exit 1 if any)')
    .action((path: string, opts: { check?: boolean }) => {
      process.exitCode = witFmt(path, opts, io);
    });
  wit
    .command('validate <path>')
    .description("validate with jco (component embed + new), the reference's verdict")
    .option('--world <world>', 'the world to encode (default: every world of the package)')
    .action(async (path: string, opts: { world?: string }) => {
      process.exitCode = await witValidate(path, opts, io);
    });
  return wit;
}

function report(diags: Diagnostic[], io: CliIo): void {
  for (const d of diags) io.err(renderDiagnostic(d) + '\n');
}

export function witParse(path: string, opts: { json?: boolean; spans?: boolean }, io: CliIo = stdio): number {
  if (!existsSync(path)) return missing(path, io);
  const r = parseWitPath(path);
  if (!r.model) {
    report(r.diagnostics, io);
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

export function witFmt(path: string, opts: { check?: boolean }, io: CliIo = stdio): number {
  if (!existsSync(path)) return missing(path, io);
  const changed: { file: string; text: string }[] = [];
  const diags: Diagnostic[] = [];
  for (const file of witFiles(path)) {
    const text = readFileSync(file, 'utf8');
    const r = formatSource(text, file);
    if (r.text === undefined) diags.push(...r.diagnostics);
    else if (r.text !== text) changed.push({ file, text: r.text });
  }
  if (diags.length > 0) {
    report(diags, io);
    return EXIT_BAD_INPUT;
  }
  if (opts.check) {
    for (const c of changed) io.out(`${c.file}\n`);
    if (changed.length > 0) io.err(`${changed.length} file(s) are not formatted canonically; run \`wit fmt\` to fix\n`);
    return changed.length > 0 ? EXIT_FINDINGS : EXIT_OK;
  }
  // Write everything only after every file parsed, all files or none.
  writeFilesAtomically(changed.map((c) => ({ path: c.file, content: c.text })));
  for (const c of changed) io.out(`formatted ${c.file}\n`);
  return EXIT_OK;
}

export async function witValidate(path: string, opts: { world?: string }, io: CliIo = stdio): Promise<number> {
  if (!existsSync(path)) return missing(path, io);
  try {
    const v = await validateWithJco(path, opts.world);
    if (v.ok) {
      io.out(`valid (jco): ${v.worlds.join(', ')}\n`);
      return EXIT_OK;
    }
    io.out(`invalid (jco): ${v.message ?? 'rejected'}\n`);
    return EXIT_FINDINGS;
  } finally {
    closeJco();
  }
}

function missing(path: string, io: CliIo): number {
  io.err(`error[wit-io]: no such file or directory: ${path}\n`);
  return EXIT_BAD_INPUT;
}
