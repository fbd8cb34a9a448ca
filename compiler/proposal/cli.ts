// `wasi-mcp proposal export --out DIR`: writes the WASI proposal repository (export.ts).
// Exit 0: written, full coverage; 1: a WASI rule fails (nothing written) or the coverage has
// lossy/missing items (written, the report shows them); 2: bad input.
import type { Command } from 'commander';
import { action, EXIT_FINDINGS, EXIT_OK, printDiagnostics } from '../cli-support.js';
import { hasErrors } from '../diagnostics.js';
import { relPath } from '../map/map.js';
import { closeJco, useJcoInProcess } from '../wit/oracle.js';
import { exportProposal } from '../pipeline.js';
import { writeProposal, type ExportOptions } from './export.js';

interface CliOptions extends ExportOptions {
  out: string;
}

export function registerProposalCommands(program: Command): void {
  const proposal = program.command('proposal').description('the WASI proposal repository generated from this one');
  proposal
    .command('export')
    .description('write the proposal as a WASI proposal repository (README, WIT per WASI version, per-world docs, coverage, CI)')
    .requiredOption('--out <dir>', 'the directory to write (files already there and unchanged are left alone)')
    .option('--wit <dir>', 'the WASI 0.3 package', 'wit')
    .option('--wit-p2 <dir>', 'the WASI 0.2 package (default: <wit>/preview2)')
    .option('--doc <file>', 'the proposal design document', 'docs/proposal.md')
    .option('--spec <version>', 'MCP version (default: the manifest\'s `spec`)')
    .option('--schema <file>', 'read this MCP schema file instead of a pinned version')
    .action(
      action(async (opts: CliOptions) => {
        try {
          useJcoInProcess();
          const result = await exportProposal(opts);
          printDiagnostics([...result.diagnostics, ...result.blocking]);
          if (hasErrors(result.blocking)) {
            process.stderr.write(`nothing written: the proposal fails WASI's checks (${result.blocking.filter((d) => d.severity === 'error').length} errors)\n`);
            return EXIT_FINDINGS;
          }
          const written = writeProposal(opts.out, result);
          process.stderr.write(`${relPath(opts.out, process.cwd())}: ${result.files.length} files, ${written.length} changed\n`);
          if (result.coverageFindings) {
            process.stderr.write('the coverage report has lossy or missing items (see coverage.md)\n');
            return EXIT_FINDINGS;
          }
          return EXIT_OK;
        } finally {
          closeJco();
        }
      }),
    );
}
