// `wit fmt` on one source text: parse the file alone (formatting needs no resolution) and print it.

import type { Diagnostic } from '../diagnostics.js';
import { parseFile } from './parser.js';
import { printWitFile } from './printer.js';

export function formatSource(text: string, fileName: string): { text?: string; diagnostics: Diagnostic[] } {
  const r = parseFile(text, fileName);
  if (!r.file) return { diagnostics: r.diagnostics };
  return { text: printWitFile(r.file), diagnostics: [] };
}
