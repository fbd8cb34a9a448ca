// The component's stdout and stderr, as lines the operator can tell from the host's: each line
// is prefixed with `component| ` and every control character (CR, ESC, ...) is escaped, so no
// line the component writes can start like a host line (`wasi-mcp serve: `) or rewrite one on
// a terminal. Lines are capped so one endless line cannot hold memory.

import type { Readable } from 'node:stream';

export const COMPONENT_PREFIX = 'component| ';
/** Longer lines are cut into pieces of this many characters, each tagged. */
const MAX_LINE = 8192;

/** One line of component output, tagged and with its control characters escaped. */
export function tagLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  const safe = text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${COMPONENT_PREFIX}${safe}`;
}

/** Splits a byte stream into tagged lines for `emit` (a partial last line is emitted at the end). */
export function componentLines(stream: Readable, emit: (line: string) => void): void {
  let pending = '';
  const decoder = new TextDecoder();
  stream.on('data', (d: Buffer) => {
    pending += decoder.decode(d, { stream: true });
    let i: number;
    while ((i = pending.indexOf('\n')) >= 0) {
      emit(tagLine(pending.slice(0, i)));
      pending = pending.slice(i + 1);
    }
    while (pending.length > MAX_LINE) {
      emit(tagLine(pending.slice(0, MAX_LINE)));
      pending = pending.slice(MAX_LINE);
    }
  });
  stream.on('end', () => {
    if (pending) emit(tagLine(pending));
    pending = '';
  });
}
