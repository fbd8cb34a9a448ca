// The text buffer wit-bindgen's generators write through (`wit_bindgen_core::Source`), imitated
// because its quirks reach the markdown: a line ending in `{` indents what follows by two spaces
// and a line starting with `}` takes one level back (unless it starts with `//`), also in doc
// comments; multi-line pushes lose their leading whitespace; empty lines get no indentation.

export class Source {
  private s = '';
  private level = 0;
  private inLineComment = false;
  private continuingLine = false;

  push(src: string): void {
    const lines = rustLines(src);
    lines.forEach((line, i) => {
      if (!this.continuingLine) {
        if (line.length > 0) this.s += '  '.repeat(this.level);
        this.continuingLine = true;
      }
      const trimmed = rustTrim(line);
      if (trimmed.startsWith('//')) this.inLineComment = true;
      if (!this.inLineComment && trimmed.startsWith('}') && this.s.endsWith('  ')) this.s = this.s.slice(0, -2);
      this.s += lines.length === 1 ? line : line.replace(/^\p{White_Space}+/u, '');
      if (!this.inLineComment) {
        if (trimmed.endsWith('{')) this.level++;
        if (trimmed.startsWith('}')) this.level = Math.max(0, this.level - 1);
      }
      if (i !== lines.length - 1 || src.endsWith('\n')) this.newline();
    });
  }

  indent(n: number): void {
    this.level += n;
  }

  /** Rust's `usize -= n` would panic below zero; wit-bindgen never gets there on balanced docs. */
  deindent(n: number): void {
    this.level = Math.max(0, this.level - n);
  }

  text(): string {
    return this.s;
  }

  private newline(): void {
    this.inLineComment = false;
    this.continuingLine = false;
    this.s += '\n';
  }
}

/** Rust's `str::lines`: split at `\n` (dropping a `\r` before it), no empty last line. */
export function rustLines(s: string): string[] {
  if (s === '') return [];
  const parts = s.split('\n');
  if (s.endsWith('\n')) parts.pop();
  return parts.map((p) => (p.endsWith('\r') ? p.slice(0, -1) : p));
}

/** Rust's `str::trim`: Unicode White_Space at both ends. */
export function rustTrim(s: string): string {
  return s.replace(/^\p{White_Space}+|\p{White_Space}+$/gu, '');
}
