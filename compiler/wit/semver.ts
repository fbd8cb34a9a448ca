// Semver validation with the semver crate's error messages (wit-parser passes them on).

type Pos = 'major version number' | 'minor version number' | 'patch version number' | 'pre-release identifier' | 'build metadata';

/** Rust's `{:?}` for a char: `' '`, `'\n'`, `'x'`. */
function quoted(ch: string): string {
  const esc: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', "'": "\\'", '\\': '\\\\' };
  return `'${esc[ch] ?? ch}'`;
}

/** undefined when `text` is a valid semver, else the semver crate's message. */
export function semverError(text: string): string | undefined {
  let i = 0;
  const numeric = (pos: Pos): string | undefined => {
    const start = i;
    while (i < text.length && text[i]! >= '0' && text[i]! <= '9') i++;
    if (i === start) return i < text.length ? `unexpected character ${quoted(text[i]!)} while parsing ${pos}` : `unexpected end of input while parsing ${pos}`;
    if (i - start > 1 && text[start] === '0') return `invalid leading zero in ${pos}`;
    if (BigInt(text.slice(start, i)) > 18446744073709551615n) return `value of ${pos} exceeds u64::MAX`;
    return undefined;
  };
  const dot = (after: Pos): string | undefined => {
    if (text[i] === '.') {
      i++;
      return undefined;
    }
    return i < text.length ? `unexpected character ${quoted(text[i]!)} after ${after}` : `unexpected end of input while parsing ${after}`;
  };
  const identifiers = (pos: 'pre-release identifier' | 'build metadata'): string | undefined => {
    for (;;) {
      const start = i;
      let digitsOnly = true;
      while (i < text.length && /[0-9A-Za-z-]/.test(text[i]!)) {
        if (!/[0-9]/.test(text[i]!)) digitsOnly = false;
        i++;
      }
      if (i === start) return `empty identifier segment in ${pos}`;
      if (pos === 'pre-release identifier' && digitsOnly && i - start > 1 && text[start] === '0') return `invalid leading zero in ${pos}`;
      if (text[i] !== '.') return undefined;
      i++;
    }
  };
  let last: Pos = 'major version number';
  const steps: [Pos, boolean][] = [
    ['major version number', true],
    ['minor version number', true],
    ['patch version number', false],
  ];
  for (const [pos, needDot] of steps) {
    const e = numeric(pos);
    if (e) return e;
    last = pos;
    if (needDot) {
      const d = dot(pos);
      if (d) return d;
    }
  }
  if (text[i] === '-') {
    i++;
    const e = identifiers('pre-release identifier');
    if (e) return e;
    last = 'pre-release identifier';
  }
  if (text[i] === '+') {
    i++;
    const e = identifiers('build metadata');
    if (e) return e;
    last = 'build metadata';
  }
  if (i < text.length) return `unexpected character ${quoted(text[i]!)} after ${last}`;
  return undefined;
}
