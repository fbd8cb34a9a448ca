// `codec roundtrip`'s verdicts, in both modes: each message is first judged by the official schema
// (the referee, compiler/schema/validate.ts), so that a codec refusing an invalid message is
// reported as right (`invalid`), a codec accepting one as a failure, and only the codec's own
// mistakes count as FAIL. A summary line counts each status.
import type { MessageReferee } from '../../schema/validate.js';
import type { CodecLibrary } from './load.js';

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

/** A verdict from the text `roundtrip()` or the component harness returns. */
export function verdictOf(text: string): Verdict {
  if (text === 'ok') return { status: 'ok', text };
  if (text.startsWith('host-internal')) return { status: 'host-internal', text };
  return { status: 'fail', text: text.startsWith('FAIL: ') ? text : `FAIL: ${text}` };
}

/** `138 messages: 127 ok, 6 host-internal, 1 invalid (refused, as the schema requires), 4 FAIL`. */
export function summaryLine(verdicts: Verdict[]): string {
  const n = (s: Status) => verdicts.filter((v) => v.status === s).length;
  return `${verdicts.length} message${verdicts.length === 1 ? '' : 's'}: ${n('ok')} ok, ${n('host-internal')} host-internal, ${n('invalid')} invalid (refused, as the schema requires), ${n('fail')} FAIL`;
}
