// `wasi-mcp generate wit`.
import type { Command } from 'commander';
import { join } from 'node:path';
import { action, EXIT_OK, printDiagnostics } from '../../cli-support.js';
import { CompilerError, error } from '../../diagnostics.js';
import { loadManifest } from '../../map/manifest.js';
import { displayPath } from '../../paths.js';
import { writeFilesAtomically } from '../../write.js';
import type { Variant } from './index.js';
import { additionsPatch, writeAdditions } from './add-missing.js';
import { addMissing, generateWit, mcpModel } from '../../pipeline.js';
import { closeJco } from '../../wit/oracle.js';

interface GenerateWitCliOptions {
  spec?: string;
  schema?: string;
  variant: 'p3' | 'p2' | 'both';
  out?: string;
  manifest?: string;
  missingOnly?: boolean;
  write?: boolean;
  dryRun?: boolean;
  wit?: string;
}

export function registerGenerateWitCommand(generate: Command): void {
  generate
    .command('wit')
    .description('generate a complete WIT package for an MCP version (types, runtime/handlers/client interfaces, worlds) and its mapping manifest')
    .option('--spec <version>', 'MCP version (pinned), or the label for --schema')
    .option('--schema <file>', 'read this schema file instead of a pinned version')
    .option('--variant <variant>', 'p3 (WASI 0.3, async), p2 (WASI 0.2, blocking) or both', 'both')
    .option('--manifest <file>', 'a mapping manifest whose realizations (host-served, host-internal, excluded) the output follows')
    .option('--out <dir>', 'output directory (default: generated/<version>/wit); with both variants WASI 0.2 goes to <dir>/preview2')
    .option('--missing-only', "add to an existing package only what `check` reports missing, in marked regions (with --write)")
    .option('--write', 'with --missing-only: write into the package (--wit, or wit/ and wit/preview2/ by --variant)')
    .option('--dry-run', 'with --missing-only: print the change as a unified diff and write nothing')
    .option('--wit <dir>', 'with --missing-only: the WIT package to complete')
    .action(
      action(async (opts: GenerateWitCliOptions) => {
        if (!['p3', 'p2', 'both'].includes(opts.variant)) throw new CompilerError(error('usage', `--variant must be p3, p2 or both, not "${opts.variant}"`));
        const variants: Variant[] = opts.variant === 'both' ? ['p3', 'p2'] : [opts.variant];
        if (opts.missingOnly) return completeMissing(opts, variants);
        if (opts.write || opts.wit || opts.dryRun) throw new CompilerError(error('usage', '--write, --dry-run and --wit go with --missing-only'));
        let manifest;
        if (opts.manifest) {
          const loaded = loadManifest(opts.manifest);
          if (!loaded.manifest) throw new CompilerError(loaded.diagnostics);
          manifest = loaded.manifest;
        }
        const { model, diagnostics } = await mcpModel(opts);
        const out = opts.out ?? join('generated', model.version, 'wit');
        const generated = generateWit(model, out, variants, manifest);
        printDiagnostics([...diagnostics, ...generated.diagnostics]);
        const { written, unchanged } = writeFilesAtomically(generated.files);
        for (const f of written) process.stdout.write(`wrote ${displayPath(f)}\n`);
        if (unchanged.length > 0) process.stdout.write(`${unchanged.length} file(s) already up to date\n`);
        return EXIT_OK;
      }),
    );
}

async function completeMissing(opts: GenerateWitCliOptions, variants: Variant[]): Promise<number> {
  if (opts.write && opts.dryRun) throw new CompilerError(error('usage', '--write and --dry-run exclude each other'));
  if (!opts.write && !opts.dryRun) throw new CompilerError(error('usage', '--missing-only changes a package in place: add --write (review the change with git diff), or --dry-run to print it'));
  const { model, diagnostics } = await mcpModel(opts);
  printDiagnostics(diagnostics);
  const dirs = opts.wit ? [opts.wit] : variants.map((v) => (v === 'p3' ? 'wit' : join('wit', 'preview2')));
  // Every package is completed and validated before any is written: all or nothing.
  const results = [];
  try {
    for (const dir of dirs) results.push({ dir, result: await addMissing(model, dir, opts.manifest) });
  } finally {
    closeJco();
  }
  // One atomic write for every package (jco accepted each one above).
  const written = opts.dryRun ? [] : writeAdditions({ files: results.flatMap((r) => r.result.files), remove: results.flatMap((r) => r.result.remove), added: { types: [], functions: [], members: [] }, diagnostics: [] });
  for (const { dir, result } of results) {
    printDiagnostics(result.diagnostics);
    const { types, functions, members } = result.added;
    const summary = `added ${types.length} type(s), ${functions.length} function(s), ${members.length} field(s) or case(s)`;
    if (opts.dryRun) {
      const patch = additionsPatch(result, (p) => displayPath(p));
      process.stdout.write(patch);
      process.stderr.write(`${displayPath(dir)}: would have ${summary}${patch ? '' : '; nothing to change'} (dry run: nothing written)\n`);
      continue;
    }
    const mine = new Set([...result.files.map((f) => f.path), ...result.remove]);
    const changed = written.filter((f) => mine.has(f));
    process.stdout.write(`${displayPath(dir)}: ${summary}${changed.length ? `; wrote ${changed.map((f) => displayPath(f)).join(', ')}` : '; nothing to change'}\n`);
    for (const t of types) process.stdout.write(`  + type ${t}\n`);
    for (const f of functions) process.stdout.write(`  + func ${f}\n`);
    for (const m of members) process.stdout.write(`  + ${m}\n`);
  }
  return EXIT_OK;
}
