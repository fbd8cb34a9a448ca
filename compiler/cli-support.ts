// What every command shares: diagnostics rendered once to stderr, and exit codes
// (0 ok, 1 findings, 2 bad input or usage). Bad input never prints a stack trace.
import { CompilerError, renderDiagnostic, type Diagnostic } from './diagnostics.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_BAD_INPUT = 2;

export function printDiagnostics(diagnostics: readonly Diagnostic[], stream: NodeJS.WritableStream = process.stderr): void {
  for (const d of diagnostics) stream.write(renderDiagnostic(d) + '\n');
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
      throw e;
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
