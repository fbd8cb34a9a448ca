// How a round trip is judged, with or without the component: the message that comes back must be
// the original's JSON (object key order aside), and the first difference is the report.

import { firstDifference } from '../emit/codecs/print.js';

/** The first difference between a message and the text it came back as, or undefined. */
export function messageDifference(original: unknown, back: string): string | undefined {
  return firstDifference(normalize(original), normalize(JSON.parse(back)));
}

/** Absent params and `{}` are the same message. */
function normalize(v: unknown): unknown {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
  const o = { ...(v as Record<string, unknown>) };
  if ('method' in o && o['params'] === undefined) o['params'] = {};
  return o;
}
