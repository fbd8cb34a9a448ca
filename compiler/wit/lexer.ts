// WIT lexer: turns source text into tokens with character offsets. Comments become `doc` tokens:
// like wit-parser, the parser attaches the comments right before an item to it as documentation.

export type TokenKind =
  | 'id' // plain identifier (keywords included; see KEYWORDS)
  | 'explicit-id' // `%name`
  | 'int'
  | 'string'
  | 'doc'
  | 'sym' // punctuation, value in `text`
  | 'error' // a lexing error (message in `text`), reported when the parser reaches it
  | 'eof';

export interface Token {
  kind: TokenKind;
  /** Source text of the token (for `explicit-id`, without the `%`). */
  text: string;
  offset: number;
  length: number;
  /** True when whitespace or a comment precedes the token (versions must be contiguous). */
  spaced: boolean;
}

export class LexError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly length = 1,
  ) {
    super(message);
  }
}

/** Words that need a `%` to be used as names. */
export const KEYWORDS: ReadonlySet<string> = new Set([
  'as', 'async', 'bool', 'borrow', 'char', 'constructor', 'enum', 'error-context', 'export', 'f32',
  'f64', 'flags', 'from', 'func', 'future', 'import', 'include', 'interface', 'list', 'map',
  'option', 'own', 'package', 'record', 'resource', 'result', 's8', 's16', 's32', 's64', 'static',
  'stream', 'string', 'tuple', 'type', 'u8', 'u16', 'u32', 'u64', 'use', 'variant', 'with', 'world',
]);

const SYMBOLS = ['->', '=', ',', ':', ';', '(', ')', '{', '}', '<', '>', '*', '/', '.', '@', '-', '+'];

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
/** As in wit-parser, `_` lexes as part of a word (and is then rejected by validateIdentifier). */
function isIdStart(c: number): boolean {
  return isLetter(c) || c === 95;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isIdChar(c: number): boolean {
  return isIdStart(c) || isDigit(c) || c === 45;
}

/**
 * Lex the whole text. The first bad character or unterminated comment ends the list with an
 * `error` token, so that (as in wit-parser) an earlier syntax error is reported first.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  try {
    lexInto(text, out);
  } catch (e) {
    if (!(e instanceof LexError)) throw e;
    out.push({ kind: 'error', text: e.message, offset: e.offset, length: e.length, spaced: true });
    out.push({ kind: 'eof', text: '', offset: text.length, length: 0, spaced: true });
  }
  return out;
}

function lexInto(text: string, out: Token[]): void {
  let i = 0;
  let spaced = true;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
      spaced = true;
      continue;
    }
    if (c === 47 && text.charCodeAt(i + 1) === 47) {
      let end = text.indexOf('\n', i);
      if (end < 0) end = n;
      // wit-parser (0.259) attaches every comment before an item to it as docs, not just `///`.
      out.push({ kind: 'doc', text: text.slice(i, end).replace(/\r$/, ''), offset: i, length: end - i, spaced });
      i = end;
      spaced = true;
      continue;
    }
    if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = blockCommentEnd(text, i);
      out.push({ kind: 'doc', text: text.slice(i, end), offset: i, length: end - i, spaced });
      i = end;
      spaced = true;
      continue;
    }
    const start = i;
    if (c === 37 /* % */) {
      // Like wit-parser: `%` takes whatever identifier characters follow (maybe none); the
      // name is validated where it is used.
      i++;
      if (i < n && isIdStart(text.charCodeAt(i))) while (i < n && isIdChar(text.charCodeAt(i))) i++;
      out.push({ kind: 'explicit-id', text: text.slice(start + 1, i), offset: start, length: i - start, spaced });
    } else if (isIdStart(c)) {
      while (i < n && isIdChar(text.charCodeAt(i))) i++;
      const word = text.slice(start, i);
      // A lone `_` is its own token (`result<_, E>`).
      out.push({ kind: word === '_' ? 'sym' : 'id', text: word, offset: start, length: i - start, spaced });
    } else if (isDigit(c)) {
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      out.push({ kind: 'int', text: text.slice(start, i), offset: start, length: i - start, spaced });
    } else if (c === 34 /* " */) {
      i = stringEnd(text, i);
      out.push({ kind: 'string', text: text.slice(start, i), offset: start, length: i - start, spaced });
    } else {
      const sym = SYMBOLS.find((s) => text.startsWith(s, i));
      if (!sym) {
        const ch = String.fromCodePoint(text.codePointAt(i) ?? c);
        throw new LexError(`unexpected character '${ch}'`, i, ch.length);
      }
      i += sym.length;
      out.push({ kind: 'sym', text: sym, offset: start, length: sym.length, spaced });
    }
    spaced = false;
  }
  out.push({ kind: 'eof', text: '', offset: n, length: 0, spaced: true });
}

/** Block comments nest, as in wit-parser. */
function blockCommentEnd(text: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < text.length) {
    if (text.startsWith('/*', i)) {
      depth++;
      i += 2;
    } else if (text.startsWith('*/', i)) {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else i++;
  }
  throw new LexError('unterminated block comment', start, 2);
}

function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 92) i += 2;
    else if (c === 34) return i + 1;
    else if (c === 10) break;
    else i++;
  }
  throw new LexError('unterminated string literal', start);
}

/**
 * wit-parser's identifier rule: `-`-separated parts, each all-lowercase or all-uppercase (digits
 * allowed anywhere), non-empty, the first part starting with a letter. Returns an error message.
 */
const VALID_ID = /^(?:[a-z][a-z0-9]*|[A-Z][A-Z0-9]*)(?:-(?:[a-z0-9]+|[A-Z0-9]+))*$/;

/**
 * wit-parser's identifier rule and messages: `-`-separated parts, each non-empty and either
 * all-lowercase or all-uppercase (digits allowed anywhere); the first part starts with a letter.
 */
export function validateIdentifier(id: string): string | undefined {
  if (VALID_ID.test(id)) return undefined; // fast path; the loop below finds the message
  const parts = id.split('-');
  for (const part of parts) {
    if (part.length === 0) return "identifiers must have characters between '-'s";
    let upper: boolean | undefined;
    for (const ch of part) {
      if (ch >= '0' && ch <= '9') continue;
      const isUpper = ch >= 'A' && ch <= 'Z';
      const isLower = ch >= 'a' && ch <= 'z';
      if (!isUpper && !isLower) return `invalid character in identifier '${ch}'`;
      if (upper === undefined) upper = isUpper;
      else if (upper !== isUpper) return `invalid character in identifier '${ch}'`;
    }
  }
  return 'identifiers must start with a letter';
}
