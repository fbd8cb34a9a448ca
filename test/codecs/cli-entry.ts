// A `wasi-mcp` with only the codec commands, for the CLI tests (the lead registers them in compiler/cli.ts).
import { Command } from 'commander';
import { registerCodecCommands } from '../../compiler/emit/codecs/cli.js';

const program = new Command('wasi-mcp').exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 2));
registerCodecCommands(program, () => import('../../compiler/proof/roundtrip.js'));
await program.parseAsync(process.argv);
