// Packages only some features need (peer dependencies marked optional in package.json): loaded on
// use, and a clear error naming the package and the feature when it is not installed.
import { CompilerError, error } from './diagnostics.js';

/** componentize-js builds components from JavaScript: the examples and `--through-component`. */
export async function loadComponentizeJs(feature: string): Promise<typeof import('@bytecodealliance/componentize-js')> {
  try {
    return await import('@bytecodealliance/componentize-js');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw e;
    throw new CompilerError(
      error(
        'optional-dependency-missing',
        `${feature} needs @bytecodealliance/componentize-js, which is not installed; install it beside wasi-mcp-compiler: npm install @bytecodealliance/componentize-js@^0.22.0`,
      ),
    );
  }
}
