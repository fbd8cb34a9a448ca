// The host's paging over what the component registered, and the uniqueness check of a
// registration. Pure: no I/O, no component.

/** The lists the host pages (wire/state.ts keeps what the component registered). */
export type ListKind = 'tools' | 'resources' | 'resourceTemplates' | 'prompts';

/** The first key that occurs twice, if any. */
export function firstDuplicate(keys: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const k of keys) {
    if (seen.has(k)) return k;
    seen.add(k);
  }
  return undefined;
}

export class InvalidCursor extends Error {}

/**
 * Cursors are opaque to clients: base64url of the list they page and the offset of the next
 * item. A cursor for another list, or past the end, is rejected (MCP: invalid params).
 */
export function encodeCursor(kind: ListKind, offset: number): string {
  return Buffer.from(JSON.stringify([kind, offset]), 'utf8').toString('base64url');
}

export function decodeCursor(kind: ListKind, cursor: string, length: number): number {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursor(`invalid cursor ${JSON.stringify(cursor)}`);
  }
  if (!Array.isArray(parsed) || parsed[0] !== kind || !Number.isSafeInteger(parsed[1]))
    throw new InvalidCursor(`invalid cursor ${JSON.stringify(cursor)}`);
  const offset = parsed[1] as number;
  // A list that shrank since the cursor was issued: the cursor has expired.
  if (offset <= 0 || offset > length) throw new InvalidCursor(`expired cursor ${JSON.stringify(cursor)}`);
  return offset;
}

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

/** One page of `items` from `cursor` (none: the first page). */
export function page<T>(kind: ListKind, items: readonly T[], cursor: string | undefined, pageSize: number): Page<T> {
  const start = cursor === undefined ? 0 : decodeCursor(kind, cursor, items.length);
  const end = Math.min(items.length, start + Math.max(1, pageSize));
  return { items: items.slice(start, end), ...(end < items.length ? { nextCursor: encodeCursor(kind, end) } : {}) };
}
