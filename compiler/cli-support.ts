// What every command shares: diagnostics rendered once to stderr, and exit codes
// (0 ok, 1 findings, 2 bad input or usage). Bad input never prints a stack trace.
import { CompilerError, EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK, renderDiagnostic, type Diagnostic } from './diagnostics.js';

export { EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT } from './diagnostics.js';

let quiet = false;

/** `--quiet`: only errors reach stderr (warnings, notes and progress lines do not). */
export function setQuiet(on: boolean): void {
  quiet = on;
}

export function printDiagnostics(diagnostics: readonly Diagnostic[], stream: NodeJS.WritableStream = process.stderr): void {
  for (const d of diagnostics) if (!quiet || d.severity === 'error') stream.write(renderDiagnostic(d) + '\n');
}

/** A progress or information line for the user (stderr; silent with --quiet). */
export function note(line: string): void {
  if (!quiet) process.stderr.write(line.endsWith('\n') ? line : `${line}\n`);
}

/** Run a command body; its return value is the exit code. */
export function action<A extends unknown[]>(body: (...args: A) => Promise<number | void> | number | void): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      const code = await body(...args);
      process.exitCode = code ?? EXIT_OK;
    } catch (e) {
      if (e instanceof CompilerError) {
        printDiagnostics(e.diagnostics);
        process.exitCode = EXIT_BAD_INPUT;
        return;
      }
      // A bug, not bad input: one line, and the stack only when asked for.
      const err = e instanceof Error ? e : new Error(String(e));
      process.stderr.write(`error[internal]: ${err.message}\n`);
      if (process.env.WASI_MCP_DEBUG) process.stderr.write(`${err.stack ?? ''}\n`);
      else process.stderr.write('(an internal error of wasi-mcp: set WASI_MCP_DEBUG=1 for the stack trace and report it)\n');
      process.exitCode = EXIT_FINDINGS;
    }
  };
}

/** Write text to stdout and wait for it to drain, so piping to a file never truncates. */
export function writeOut(text: string): Promise<void> {
  return new Promise((resolveWrite) => {
    if (process.stdout.write(text)) resolveWrite();
    else process.stdout.once('drain', () => resolveWrite());
  });
}
