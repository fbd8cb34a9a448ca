// Reading a raw schema document, for the passes that run before the model exists (the
// normalizations): where its definitions live, what a local `$ref` points at, and the message
// definitions a direction union lists.
import { pointerSegments } from './json.js';

export type Json = Record<string, unknown>;

export function isRecord(x: unknown): x is Json {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** `$defs` (2020-12) or `definitions` (draft-07). */
export function definitionsKeyOf(doc: Json): '$defs' | 'definitions' {
  return isRecord(doc.$defs) ? '$defs' : 'definitions';
}

/** The node a local pointer (`#/$defs/X/properties/y`, escapes decoded) names, or undefined. */
export function atPointer(doc: unknown, pointer: string): unknown {
  let node = doc;
  for (const s of pointerSegments(pointer)) node = isRecord(node) ? node[s] : Array.isArray(node) ? node[Number(s)] : undefined;
  return node;
}

/** The definitions a direction union (`ClientRequest`, ...) lists by `$ref`, by name; a lone `$ref` counts as one. */
export function unionMemberNames(defs: Json, union: string): string[] {
  const u = defs[union];
  const members = isRecord(u) && Array.isArray(u.anyOf) ? u.anyOf : isRecord(u) ? [u] : [];
  return members.flatMap((m) => (isRecord(m) && typeof m.$ref === 'string' ? [pointerSegments(m.$ref).pop() as string] : [])).filter((n) => isRecord(defs[n]));
}
