// `wasi-mcp diff --from A --to B`: what changed between two MCP versions, and what `check` would
// then report for the proposal's WIT.
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { action, EXIT_OK, printDiagnostics, writeOut } from '../cli-support.js';
import { CompilerError, error } from '../diagnostics.js';
import { runSpecDiff } from '../pipeline.js';
import { closeJco } from '../wit/oracle.js';
import { defaultWitDir } from '../paths.js';
import { renderDiffJson, renderDiffMarkdown } from './render.js';

interface DiffOptions {
  from?: string;
  to?: string;
  fromSchema?: string;
  toSchema?: string;
  format: string;
  wit?: string | false;
}

export function registerDiffCommand(program: Command): void {
  program
    .command('diff')
    .description('what changed between two MCP versions, and its impact on the proposal WIT')
    .option('--from <version>', 'older version (pinned), or the label for --from-schema')
    .option('--to <version>', 'newer version (pinned), or the label for --to-schema')
    .option('--from-schema <file>', 'older schema file')
    .option('--to-schema <file>', 'newer schema file')
    .option('--format <format>', 'text (markdown, the same) or json', 'markdown')
    .option('--wit <dir>', "the WIT whose impact to report (default: ./wit, else the package's own proposal)")
    .option('--no-wit', 'leave the impact section out')
    .action(
      action(async (opts: DiffOptions) => {
        // The human-readable form is markdown: `text` names it as every other command does.
        if (opts.format === 'text') opts.format = 'markdown';
        if (opts.format !== 'markdown' && opts.format !== 'json') throw new CompilerError(error('usage', `--format must be text, markdown or json, not "${opts.format}"`));
        if (!(opts.from || opts.fromSchema) || !(opts.to || opts.toSchema)) throw new CompilerError(error('usage', 'diff needs --from (or --from-schema) and --to (or --to-schema)'));
        const wit = opts.wit === false ? undefined : (opts.wit ?? defaultWitDir());
        const withImpact = wit !== undefined && (opts.wit !== undefined || existsSync(wit));
        const from = { ...(opts.from ? { spec: opts.from } : {}), ...(opts.fromSchema ? { schema: opts.fromSchema } : {}) };
        const to = { ...(opts.to ? { spec: opts.to } : {}), ...(opts.toSchema ? { schema: opts.toSchema } : {}) };
        let run;
        try {
          run = await runSpecDiff(from, to, withImpact ? wit : undefined);
        } finally {
          closeJco();
        }
        const { diff: d, impact, failedCheck } = run;
        printDiagnostics(run.diagnostics);
        if (failedCheck) {
          printDiagnostics(failedCheck.diagnostics);
          return failedCheck.exitCode;
        }
        await writeOut(opts.format === 'json' ? renderDiffJson(d, impact) : renderDiffMarkdown(d, impact));
        return EXIT_OK;
      }),
    );
}
