// `wasi-mcp serve` as the lead's CLI will run it: a commander program with registerServeCommand.
// The tests spawn this (under tsx) to drive the real command over stdio and HTTP.
import { Command } from 'commander';
import { registerServeCommand } from '../../compiler/host/index.js';

const program = new Command('wasi-mcp').exitOverride();
registerServeCommand(program);
program.parseAsync(process.argv).catch((e: unknown) => {
  process.stderr.write(`wasi-mcp: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
