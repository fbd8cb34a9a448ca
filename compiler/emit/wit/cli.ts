// `wasi-mcp generate wit`.
import type { Command } from 'commander';
import { join } from 'node:path';
import { action, EXIT_OK, printDiagnostics } from '../../cli-support.js';
import { CompilerError, error } from '../../diagnostics.js';
import { loadManifest } from '../../map/manifest.js';
import { displayPath } from '../../paths.js';
import { loadMcpModel } from '../../schema/index.js';
import { writeFilesAtomically } from '../../write.js';
import { generateWitTree, type Variant } from './index.js';
import { addMissing, writeAdditions } from './add-missing.js';
import { closeJco } from '../../wit/oracle.js';

interface GenerateWitCliOptions {
  spec?: string;
  schema?: string;
  variant: 'p3' | 'p2' | 'both';
  out?: string;
  manifest?: string;
  missingOnly?: boolean;
  write?: boolean;
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
    .option('--wit <dir>', 'with --missing-only: the WIT package to complete')
    .action(
      action(async (opts: GenerateWitCliOptions) => {
        if (!['p3', 'p2', 'both'].includes(opts.variant)) throw new CompilerError(error('usage', `--variant must be p3, p2 or both, not "${opts.variant}"`));
        const variants: Variant[] = opts.variant === 'both' ? ['p3', 'p2'] : [opts.variant];
        if (opts.missingOnly) return completeMissing(opts, variants);
        if (opts.write || opts.wit) throw new CompilerError(error('usage', '--write and --wit go with --missing-only'));
        let manifest;
        if (opts.manifest) {
          const loaded = loadManifest(opts.manifest);
          if (!loaded.manifest) throw new CompilerError(loaded.diagnostics);
          manifest = loaded.manifest;
        }
        const { model, diagnostics } = await loadMcpModel(opts);
        const out = opts.out ?? join('generated', model.version, 'wit');
        const generated = generateWitTree(model, out, variants, manifest);
        printDiagnostics([...diagnostics, ...generated.diagnostics]);
        const { written, unchanged } = writeFilesAtomically(generated.files);
        for (const f of written) process.stdout.write(`wrote ${displayPath(f)}\n`);
        if (unchanged.length > 0) process.stdout.write(`${unchanged.length} file(s) already up to date\n`);
        return EXIT_OK;
      }),
    );
}

async function completeMissing(opts: GenerateWitCliOptions, variants: Variant[]): Promise<number> {
  if (!opts.write) throw new CompilerError(error('usage', '--missing-only changes a package in place: add --write (review the change with git diff)'));
  const { model, diagnostics } = await loadMcpModel(opts);
  printDiagnostics(diagnostics);
  const dirs = opts.wit ? [opts.wit] : variants.map((v) => (v === 'p3' ? 'wit' : join('wit', 'preview2')));
  for (const dir of dirs) {
    const result = await addMissing(model, dir, opts.manifest);
    printDiagnostics(result.diagnostics);
    const changed = writeAdditions(result);
    const { types, functions } = result.added;
    process.stdout.write(`${displayPath(dir)}: added ${types.length} type(s), ${functions.length} function(s)${changed.length ? `; wrote ${changed.map((f) => displayPath(f)).join(', ')}` : '; nothing to change'}\n`);
    for (const t of types) process.stdout.write(`  + type ${t}\n`);
    for (const f of functions) process.stdout.write(`  + func ${f}\n`);
  }
  closeJco();
  return EXIT_OK;
}
