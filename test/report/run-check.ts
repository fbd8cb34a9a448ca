// Runs `wasi-mcp check` as registered by registerCheckCommand, in its own process, the way the
// CLI entry will (the lead wires it into compiler/cli.ts): `node --import tsx test/report/run-check.ts check ...`.
import { Command } from 'commander';
import { registerCheckCommand } from '../../compiler/report/cli.js';

const program = new Command('wasi-mcp').exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 2));
registerCheckCommand(program);
await program.parseAsync(process.argv);
