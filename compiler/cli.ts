#!/usr/bin/env node
// The `wasi-mcp` command: one subcommand group per pipeline stage.
import { Command } from 'commander';
import { registerSchemaCommands } from './schema/cli.js';
import { registerWitCommands } from './wit/cli.js';
import { registerCheckCommand } from './report/cli.js';
import { registerGenerateWitCommand } from './emit/wit/cli.js';
import { registerDiffCommand } from './diff/cli.js';
import { registerCodecCommands } from './emit/codecs/cli.js';
import { registerServeCommand } from './host/cli.js';
import { registerProposalCommands } from './proposal/cli.js';
import { note, setQuiet } from './cli-support.js';
import { allowDownloads } from './schema/pins.js';
import { displayPath } from './paths.js';

export function buildProgram(): Command {
  const program = new Command('wasi-mcp')
    .description('Spec compiler between the MCP JSON schema and the WASI MCP proposal WIT')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride((err) => {
      // Usage errors are bad input: exit 2, like every other bad input.
      process.exit(err.exitCode === 0 ? 0 : 2);
    });
  registerSchemaCommands(program);
  registerWitCommands(program);
  registerCheckCommand(program);
  const generate = program.command('generate').description('generate WIT and codecs from the MCP schema');
  registerGenerateWitCommand(generate);
  // Imported on use: componentize-js, jco and the harness load only with --through-component.
  registerCodecCommands(program, () => import('./proof/roundtrip.js'));
  registerServeCommand(program);
  registerDiffCommand(program);
  registerProposalCommands(program);
  // `--quiet` on every command: only errors reach stderr.
  const leaves = (c: Command): Command[] => (c.commands.length === 0 ? [c] : c.commands.flatMap(leaves));
  for (const c of leaves(program)) if (!c.options.some((o) => o.long === '--quiet')) c.option('-q, --quiet', 'print errors only on stderr (no warnings, notes or progress)');
  program.hook('preAction', (_program, command) => setQuiet(command.opts().quiet === true));
  return program;
}

// The CLI may download a pinned schema it does not have (the library may not unless asked), and says so.
allowDownloads({ allow: true, notify: (pin, target) => note(`wasi-mcp: downloading MCP ${pin.version} from ${pin.url} into ${displayPath(target)}`) });

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

await buildProgram().parseAsync(process.argv);
