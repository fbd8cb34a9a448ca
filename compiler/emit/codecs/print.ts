// Printing WIT values for people (`codec decode`) and locating the first difference between two
// JSON values (`codec roundtrip`). Pure functions.

const decoder = new TextDecoder('utf-8', { fatal: true });

/** A WIT value as jco represents it, readably: bigint as `123n`, JSON bytes as `json {...}`, absent options left out. */
export function formatWitValue(v: unknown, indent = 0): string {
  const pad = '  '.repeat(indent + 1);
  const end = '  '.repeat(indent);
  if (v === undefined) return 'none';
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v !== 'object' || v === null) return String(v);
  if (v instanceof Uint8Array) {
    try {
      const text = decoder.decode(v);
      JSON.parse(text);
      return `json ${text}`;
    } catch {
      return `bytes [${[...v].join(', ')}]`;
    }
  }
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return `[\n${v.map((x) => `${pad}${formatWitValue(x, indent + 1)},`).join('\n')}\n${end}]`;
  }
  const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, x]) => `${pad}${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${formatWitValue(x, indent + 1)},`).join('\n')}\n${end}}`;
}

/**
 * A WIT value as JSON (`codec decode`): bigint (s64, u64) as a string of its digits, so no
 * precision is lost; `json` bytes (list<u8> of UTF-8 JSON) as their text, other bytes as a list
 * of numbers; none (undefined) as null; a map as an object; records and variants as they are.
 */
export function witToJson(v: unknown): unknown {
  if (v === undefined) return null;
  if (typeof v === 'bigint') return v.toString();
  if (typeof v !== 'object' || v === null) return v;
  if (v instanceof Uint8Array) {
    try {
      const text = decoder.decode(v);
      JSON.parse(text);
      return text;
    } catch {
      return [...v];
    }
  }
  if (Array.isArray(v)) return v.map(witToJson);
  const entries = v instanceof Map ? [...(v as Map<string, unknown>).entries()] : Object.entries(v as Record<string, unknown>);
  const out: Record<string, unknown> = {};
  for (const [k, x] of entries) Object.defineProperty(out, k, { value: witToJson(x), enumerable: true, writable: true, configurable: true });
  return out;
}

/** The first place two JSON values differ (object key order ignored), as `/path: a != b`; undefined when equal. */
export function firstDifference(a: unknown, b: unknown, path = ''): string | undefined {
  if (Object.is(a, b)) return undefined;
  const show = (x: unknown): string => (x === undefined ? '(absent)' : JSON.stringify(x).slice(0, 80));
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return `${path || '/'}: ${show(a)} != ${show(b)}`;
  if (Array.isArray(a) !== Array.isArray(b)) return `${path || '/'}: ${show(a)} != ${show(b)}`;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path || '/'}: ${a.length} elements != ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}/${i}`);
      if (d) return d;
    }
    return undefined;
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(ao), ...Object.keys(bo)])].sort();
  for (const k of keys) {
    const d = firstDifference(ao[k], bo[k], `${path}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    if (d) return d;
  }
  return undefined;
}

/**
 * How a round trip is judged, with or without the component: the message that comes back must be
 * the original's JSON (object key order aside); the first difference is the report.
 */
export function messageDifference(original: unknown, back: string): string | undefined {
  return firstDifference(normalizeMessage(original), normalizeMessage(JSON.parse(back)));
}

/** Absent params and `{}` are the same message. */
function normalizeMessage(v: unknown): unknown {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
  const o = { ...(v as Record<string, unknown>) };
  if ('method' in o && o['params'] === undefined) o['params'] = {};
  return o;
}
