// `codec roundtrip`'s verdicts, in both modes: each message is first judged by the official schema
// (the referee, compiler/schema/validate.ts), so that a codec refusing an invalid message is
// reported as right (`invalid`), a codec accepting one as a failure, and only the codec's own
// mistakes count as FAIL. A summary line counts each status.
import type { MessageReferee } from '../../schema/validate.js';
import type { CodecLibrary } from './load.js';
import { messageDifference } from './print.js';

export type Status = 'ok' | 'host-internal' | 'invalid' | 'fail';

export interface Verdict {
  status: Status;
  /** The line's text after `<label>: ` (`ok`, `host-internal: ...`, `invalid: ...`, `FAIL: ...`). */
  text: string;
}

/** Whether the codec refuses a message (decode only): its error, or undefined when it accepts it. */
function refusal(lib: CodecLibrary, method: string | undefined, message: unknown): string | undefined {
  const text = JSON.stringify(message);
  const m = (message ?? {}) as Record<string, unknown>;
  try {
    if (typeof m['method'] === 'string') lib.decodeRequest(text);
    else if (method !== undefined) lib.decodeResponse(text, method);
    return undefined;
  } catch (e) {
    if (e instanceof lib.CodecError) return e.message;
    throw e;
  }
}

/**
 * The verdict on a message the schema refuses: `invalid` when the codec refuses it too, a failure
 * when it accepts it. undefined when the schema accepts the message (the round trip decides).
 */
export function invalidVerdict(lib: CodecLibrary, referee: MessageReferee, method: string | undefined, message: unknown): Verdict | undefined {
  const m = (message ?? {}) as Record<string, unknown>;
  const v = referee.validate(message, typeof m['method'] === 'string' ? undefined : method);
  if (v.valid) return undefined;
  const why = `not valid MCP ${referee.version} at ${v.pointer || '/'}: ${v.reason}`;
  const name = typeof m['method'] === 'string' ? m['method'] : method;
  if (name === undefined || !Object.prototype.hasOwnProperty.call(lib.methods, name)) return { status: 'invalid', text: `invalid: ${why} (no codec carries ${name ?? 'it'}: whoever handles it must refuse it)` };
  const refused = refusal(lib, method, message);
  return refused !== undefined
    ? { status: 'invalid', text: `invalid: ${why}; the codec refuses it too (${refused})` }
    : { status: 'fail', text: `FAIL: accepted, though ${why}` };
}

/** A copy of a message without the members at `pointers` (JSON pointers from the message root). */
function without(message: unknown, pointers: string[]): unknown {
  const copy = structuredClone(message);
  for (const p of pointers) {
    const tokens = p.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
    let node: unknown = copy;
    for (const t of tokens.slice(0, -1)) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[t] : undefined;
    if (node !== null && typeof node === 'object' && !Array.isArray(node)) delete (node as Record<string, unknown>)[tokens[tokens.length - 1] as string];
  }
  return copy;
}

/**
 * The verdict on a round trip: `back` (the message encoded again from its decoded WIT value)
 * against the original, where `reported` are the members decode said it did not carry
 * (`onUnknown`). Those are not lost in silence: `ok, not carried (reported): ...`, unless `strict`
 * makes them a failure. Any other difference is a failure.
 */
export function backVerdict(message: unknown, back: string, reported: string[], strict: boolean): string {
  if (strict && reported.length > 0) return `FAIL: not carried (--strict): ${reported.join(', ')}`;
  const diff = messageDifference(reported.length > 0 ? without(message, reported) : message, back);
  if (diff !== undefined) return `FAIL: ${diff}`;
  return reported.length > 0 ? `ok, not carried (reported): ${reported.join(', ')}` : 'ok';
}

/** A verdict from the text `roundtrip()` or the component harness returns. */
export function verdictOf(text: string): Verdict {
  if (text === 'ok' || text.startsWith('ok, ')) return { status: 'ok', text };
  if (text.startsWith('host-internal')) return { status: 'host-internal', text };
  return { status: 'fail', text: text.startsWith('FAIL: ') ? text : `FAIL: ${text}` };
}

/**
 * `138 messages: 131 ok (4 with members not carried, reported), 6 host-internal, 1 invalid
 * (refused, as the schema requires), 0 FAIL` (the parenthesis only when some were reported).
 */
export function summaryLine(verdicts: Verdict[]): string {
  const n = (s: Status) => verdicts.filter((v) => v.status === s).length;
  const reported = verdicts.filter((v) => v.status === 'ok' && v.text !== 'ok').length;
  const ok = `${n('ok')} ok${reported > 0 ? ` (${reported} with members not carried, reported)` : ''}`;
  return `${verdicts.length} message${verdicts.length === 1 ? '' : 's'}: ${ok}, ${n('host-internal')} host-internal, ${n('invalid')} invalid (refused, as the schema requires), ${n('fail')} FAIL`;
}
