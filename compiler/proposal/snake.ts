// snake_case as the Rust crate `heck` (0.5) computes it, which wit-bindgen uses for every anchor
// of its markdown: words split at characters that are not alphanumeric and at case changes
// (`fooBar` -> `foo_bar`, `XMLHttp` -> `xml_http`), joined by `_`, lowercased.

const isLower = (c: string): boolean => c !== c.toUpperCase() && c === c.toLowerCase();
const isUpper = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();
const isAlnum = (c: string): boolean => /[\p{L}\p{N}]/u.test(c);

type Mode = 'boundary' | 'lower' | 'upper';

export function snakeCase(s: string): string {
  const words: string[] = [];
  let word = '';
  const flushSource = (chars: string[]) => {
    let init = 0;
    let mode: Mode = 'boundary';
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i]!;
      const next = chars[i + 1];
      if (next === undefined) {
        words.push(chars.slice(init).join(''));
        break;
      }
      const nextMode: Mode = isLower(c) ? 'lower' : isUpper(c) ? 'upper' : mode;
      if (nextMode === 'lower' && isUpper(next)) {
        words.push(chars.slice(init, i + 1).join(''));
        init = i + 1;
        mode = 'boundary';
      } else if (mode === 'upper' && isUpper(c) && isLower(next)) {
        words.push(chars.slice(init, i).join(''));
        init = i;
        mode = 'boundary';
      } else {
        mode = nextMode;
      }
    }
  };
  for (const c of [...s, ' ']) {
    if (isAlnum(c)) {
      word += c;
    } else {
      if (word) flushSource([...word]);
      word = '';
    }
  }
  return words.map((w) => w.toLowerCase()).join('_');
}
