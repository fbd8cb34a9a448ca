// Internal control flow for the front end: like wit-parser, resolution stops at the first error.
// `Abort` never escapes the public entry points; they turn it into diagnostics.

import { error, type Diagnostic } from '../diagnostics.js';
import type { Span } from './model.js';

export class Abort extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join('\n'));
  }

  static at(code: string, message: string, span: Span | undefined): never {
    throw new Abort([diagAt(code, message, span)]);
  }

  static plain(code: string, message: string, file?: string): never {
    throw new Abort([error(code, message, file ? { file } : {})]);
  }
}

export function diagAt(code: string, message: string, span: Span | undefined): Diagnostic {
  if (!span) return error(code, message);
  return error(code, message, { file: span.file, line: span.line, column: span.column, length: Math.max(1, span.length) });
}
