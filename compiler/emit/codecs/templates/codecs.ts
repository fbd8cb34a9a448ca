// The fixed part of a generated codecs.ts: the per-type codec record that `types` is built of.
// Real, type-checked source: the generator copies the region verbatim (see envelope.ts).
import * as R from '../runtime.js';
import * as S from '../scanner.js';

//#region type-codec
/** A codec for one MCP type: value level (validated with ajv) and text level (fused, one pass). */
export interface TypeCodec<J, W> extends R.TypeCodec<J, W> {
  /** JSON text -> WIT value, validating while reading. */
  parse(text: string): W;
  /** WIT value -> JSON text, checking while writing. */
  stringify(v: W): string;
}

function typeCodec<J, W>(
  v: R.Validator,
  tw: (x: any) => W,
  fw: (v: unknown) => unknown,
  pt: (s: S.Scanner) => W,
  et: (x: unknown) => string,
): TypeCodec<J, W> {
  // A refused value is explained by the text path's parser of the same type (closest union member).
  return { ...R.typeCodec<J, W>(v, tw, fw, (x, e) => S.explained(e, x, '', pt)), parse: (text) => S.parseText(text, pt), stringify: (w) => et(w) };
}
//#endregion
