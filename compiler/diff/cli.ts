// `wasi-mcp diff --from A --to B`: what changed between two MCP versions, and what `check` would
// then report for the proposal's WIT.
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { action, EXIT_OK, printDiagnostics, writeOut } from '../cli-support.js';
import { CompilerError, error } from '../diagnostics.js';
import { loadMcpModel } from '../schema/index.js';
import { runCheck, renderReport } from '../report/cli.js';
import { closeJco } from '../wit/oracle.js';
import { defaultWitDir } from '../paths.js';
import { diffModels } from './diff.js';
import { renderDiffJson, renderDiffMarkdown, type Impact } from './render.js';

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
        const a = await loadMcpModel({ ...(opts.from ? { spec: opts.from } : {}), ...(opts.fromSchema ? { schema: opts.fromSchema } : {}) });
        const b = await loadMcpModel({ ...(opts.to ? { spec: opts.to } : {}), ...(opts.toSchema ? { schema: opts.toSchema } : {}) });
        printDiagnostics([...a.diagnostics, ...b.diagnostics]);
        const d = diffModels(a.model, b.model);
        let impact: Impact | undefined;
        const wit = opts.wit === false ? undefined : (opts.wit ?? defaultWitDir());
        if (wit !== undefined && (opts.wit !== undefined || existsSync(wit))) {
          const check = await runCheck({ ...(opts.to ? { spec: opts.to } : {}), ...(opts.toSchema ? { schema: opts.toSchema } : {}), wit });
          closeJco();
          if (!check.report) {
            printDiagnostics(check.diagnostics);
            return check.exitCode;
          }
          impact = { wit, text: renderReport(check.report, 'text'), exitCode: check.exitCode, stale: check.report.stale };
        }
        await writeOut(opts.format === 'json' ? renderDiffJson(d, impact) : renderDiffMarkdown(d, impact));
        return EXIT_OK;
      }),
    );
}
