// Diagnostics are data; every stage returns them and the CLI renders them once.
import { readFileSync } from 'node:fs';

export type Severity = 'error' | 'warning' | 'note';

/** What a run ends with, for every command and library entry: 0 ok, 1 findings, 2 bad input or usage. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_BAD_INPUT = 2;

export interface Diagnostic {
  severity: Severity;
  /** Stable machine-readable code, e.g. `json-syntax`, `dangling-ref`, `wit-undefined-name`. */
  code: string;
  message: string;
  /** The file the problem is in (as given by the user, not resolved). */
  file?: string;
  /** 1-based line and column, for text locations. */
  line?: number;
  column?: number;
  /** Length of the offending text, for the caret underline (default 1). */
  length?: number;
  /** JSON pointer (`#/definitions/Tool/properties/name`), for locations inside a JSON document. */
  jsonPath?: string;
}

/** Thrown by a stage that cannot continue; carries every diagnostic it collected. */
export class CompilerError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[] | Diagnostic) {
    const list = Array.isArray(diagnostics) ? diagnostics : [diagnostics];
    super(list.map((d) => renderDiagnostic(d)).join('\n'));
    this.name = 'CompilerError';
    this.diagnostics = list;
  }
}

export function error(code: string, message: string, where: Partial<Diagnostic> = {}): Diagnostic {
  return { severity: 'error', code, message, ...where };
}

export function warning(code: string, message: string, where: Partial<Diagnostic> = {}): Diagnostic {
  return { severity: 'warning', code, message, ...where };
}

export function location(d: Diagnostic): string {
  if (d.file && d.line !== undefined) return `${d.file}:${d.line}:${d.column ?? 1}`;
  if (d.file && d.jsonPath !== undefined) return `${d.file}${d.jsonPath}`;
  if (d.jsonPath !== undefined) return d.jsonPath;
  return d.file ?? '';
}

/**
 * One-line header plus, when the source text is available, the offending line and a caret,
 * the way wit-parser renders spans.
 */
export function renderDiagnostic(d: Diagnostic, source?: string): string {
  const loc = location(d);
  const head = `${loc ? `${loc}: ` : ''}${d.severity}[${d.code}]: ${d.message}`;
  if (d.line === undefined) return head;
  let text = source;
  if (text === undefined && d.file) {
    try {
      text = readFileSync(d.file, 'utf8');
    } catch {
      return head;
    }
  }
  if (text === undefined) return head;
  const srcLine = text.split(/\r?\n/)[d.line - 1];
  if (srcLine === undefined) return head;
  const col = Math.max(1, d.column ?? 1);
  const gutter = String(d.line).length;
  const pad = ' '.repeat(gutter);
  const caret = ' '.repeat(col - 1) + '^' + '-'.repeat(Math.max(0, (d.length ?? 1) - 1));
  return `${head}\n${pad} |\n${d.line} | ${srcLine}\n${pad} | ${caret}`;
}

export function hasErrors(diags: readonly Diagnostic[]): boolean {
  return diags.some((d) => d.severity === 'error');
}

/** Line and column (1-based) of a character offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
