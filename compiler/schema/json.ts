// Reading JSON documents with locations: a syntax error names line and column.
import { readFileSync } from 'node:fs';
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { CompilerError, error, lineColumn } from '../diagnostics.js';

export interface JsonDocument {
  file: string;
  text: string;
  value: unknown;
  tree: Node;
}

export function parseJsonText(text: string, file: string): JsonDocument {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0 || tree === undefined) {
    const first = errors[0];
    const offset = first?.offset ?? 0;
    const { line, column } = lineColumn(text, offset);
    const what = first ? printParseErrorCode(first.error) : 'empty document';
    throw new CompilerError(
      error('json-syntax', `invalid JSON: ${describeParseError(what)}`, { file, line, column, length: first?.length || 1 }),
    );
  }
  return { file, text, value: JSON.parse(text) as unknown, tree };
}

let stdinText: string | undefined;

/** Standard input, read once per process (`-` may be named by more than one reader). */
export function readStdin(): string {
  return (stdinText ??= readFileSync(0, 'utf8'));
}

/** A JSON file, or standard input for `-` (named `<stdin>` in diagnostics). */
export function readJsonFile(file: string): JsonDocument {
  let text: string;
  if (file === '-') return parseJsonText(readStdin(), '<stdin>');
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CompilerError(error('unreadable', `cannot read file: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, { file }));
  }
  return parseJsonText(text, file);
}

function describeParseError(code: string): string {
  // jsonc-parser's codes are PascalCase identifiers; make them a phrase.
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** `#/a/b~1c` -> ['a', 'b/c'] */
export function pointerSegments(pointer: string): string[] {
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  if (body === '' || body === '/') return body === '' ? [] : [''];
  return body
    .slice(1)
    .split('/')
    .map((s) => safeDecode(s).replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** URI fragments are percent-encoded; a malformed escape is taken literally (and will not resolve). */
function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function pointerFrom(segments: readonly (string | number)[]): string {
  return '#' + segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

