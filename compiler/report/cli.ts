// `wasi-mcp check`: the WIT is validated by the reference (jco) first, then parsed, mapped against
// the MCP schema and reported. Exit 0: nothing lossy or missing (with --golden: nothing
// regressed); 1: findings (or regressions); 2: bad input. Diagnostics go to stderr.
import { existsSync, statSync } from 'node:fs';
import { type Command, Option } from 'commander';
import { action, printDiagnostics, writeOut } from '../cli-support.js';
import { CompilerError, error } from '../diagnostics.js';
import { closeJco, useJcoInProcess } from '../wit/oracle.js';
import { writeFilesAtomically } from '../write.js';
import { DEFAULT_SPEC, runCheck, type CheckOptions } from '../pipeline.js';

export function registerCheckCommand(program: Command): void {
  program
    .command('check')
    .description('check the proposal WIT against the MCP schema: coverage, faithfulness, golden diff')
    .option('--spec <version>', `MCP version (pinned; default ${DEFAULT_SPEC}), or the label for --schema`)
    .option('--schema <file>', 'read this MCP schema file instead of a pinned version')
    .option('--wit <dir>', "the proposal WIT directory (default: ./wit, else the package's own proposal)")
    .option('--manifest <file>', 'the mapping manifest (default: <wit>/mcp-mapping.json if present)')
    .addOption(new Option('--format <format>', 'report format').choices(['text', 'json', 'markdown']).default('text'))
    .option('--golden <dir>', 'compare with <dir>/<version>/coverage.json: exit 1 only on regressions')
    .option('--update-golden', 'rewrite <golden>/<version>/coverage.json and coverage.md (default dir: golden)')
    .option('--out <file>', 'write the report here instead of stdout')
    .action(
      action(async (opts: CheckOptions & { out?: string }) => {
        try {
          if (opts.wit && existsSync(opts.wit) && !statSync(opts.wit).isDirectory() && !opts.wit.endsWith('.wit')) {
            throw new CompilerError(error('wit-not-found', `${opts.wit} is neither a WIT directory nor a .wit file`, { file: opts.wit }));
          }
          // One validation per command: jco in this process starts faster than its workers.
          useJcoInProcess();
          const r = await runCheck(opts);
          printDiagnostics(r.diagnostics);
          if (r.output !== undefined) {
            if (opts.out) writeFilesAtomically([{ path: opts.out, content: r.output }]);
            else await writeOut(r.output);
          }
          if (r.golden) process.stderr.write(r.golden);
          return r.exitCode;
        } finally {
          closeJco();
        }
      }),
    );
}
