// Normalization `base-meta`: MCP's own semantics put `_meta` on every message. In schema.ts every
// request extends `Request` (whose `params` has `_meta`), every notification `Notification`, every
// result `Result`; the JSON schema generated from it drops the inherited `_meta` wherever a message
// redeclares its params (13 of 15 requests of 2025-06-18, the tasks requests of 2025-11-25, ...),
// though clients send it there. This pass gives each message's params (or result) the base type's
// `_meta` schema where it declares none, so every later stage (the model, the codecs' validators and
// text checks, `codec roundtrip`'s referee) reads one document that says what MCP means. What this
// adds is only ever a member the official document left open (the differential fuzz keeps that
// one as its referee).
import { atPointer, definitionsKeyOf, isRecord, type Json, unionMemberNames } from './document.js';
import { pointerFrom, pointerSegments } from './json.js';

/** Which base type's `_meta` each direction union's members inherit. */
const BASES: readonly { unions: string[]; part: 'params' | 'result'; base: string[][] }[] = [
  // `Request.params._meta` up to 2025-06-18; `RequestParams._meta` from 2025-11-25 on.
  { unions: ['ClientRequest', 'ServerRequest'], part: 'params', base: [['Request', 'properties', 'params', 'properties', '_meta'], ['RequestParams', 'properties', '_meta']] },
  { unions: ['ClientNotification', 'ServerNotification'], part: 'params', base: [['Notification', 'properties', 'params', 'properties', '_meta'], ['NotificationParams', 'properties', '_meta']] },
  { unions: ['ClientResult', 'ServerResult'], part: 'result', base: [['Result', 'properties', '_meta']] },
];

export interface BaseMetaResult {
  /** The normalized document (the input is not modified). */
  doc: Json;
  /** JSON pointers of the `_meta` properties this pass added, sorted. */
  added: string[];
}

/** `base-meta` (above) over a whole schema document. */
export function withBaseMeta(input: unknown): BaseMetaResult {
  if (!isRecord(input)) return { doc: input as Json, added: [] };
  const doc = structuredClone(input);
  const key = definitionsKeyOf(doc);
  const defs = doc[key];
  if (!isRecord(defs)) return { doc, added: [] };
  const added = new Set<string>();
  const done = new Set<unknown>();

  /** Give the object schema at `path` the `_meta` property `meta`, following refs and unions. */
  const give = (path: (string | number)[], meta: unknown, depth = 0): void => {
    const schema = atPointer(doc, pointerFrom(path));
    if (!isRecord(schema) || done.has(schema) || depth > 8) return;
    done.add(schema);
    if (typeof schema.$ref === 'string' && schema.$ref.startsWith('#/')) {
      give(pointerSegments(schema.$ref), meta, depth + 1);
      return;
    }
    for (const u of ['anyOf', 'oneOf'] as const) {
      const members = schema[u];
      if (Array.isArray(members)) members.forEach((_, i) => give([...path, u, i], meta, depth + 1));
      if (Array.isArray(members)) return;
    }
    if (Array.isArray(schema.allOf)) {
      // An intersection: it has `_meta` when any member (or the schema itself) declares it.
      const declares = (s: unknown, d: number): boolean => {
        if (!isRecord(s) || d > 8) return false;
        if (isRecord(s.properties) && '_meta' in s.properties) return true;
        if (typeof s.$ref === 'string' && s.$ref.startsWith('#/')) return declares(atPointer(doc, s.$ref), d + 1);
        return Array.isArray(s.allOf) && s.allOf.some((m) => declares(m, d + 1));
      };
      if (declares(schema, 0)) return;
      const i = schema.allOf.findIndex((m) => isRecord(m) && m.$ref === undefined);
      if (i >= 0) give([...path, 'allOf', i], meta, depth + 1);
      else {
        schema.allOf.push({ properties: {}, type: 'object' });
        give([...path, 'allOf', schema.allOf.length - 1], meta, depth + 1);
      }
      return;
    }
    if (schema.type !== undefined && schema.type !== 'object') return;
    const props = isRecord(schema.properties) ? schema.properties : {};
    if ('_meta' in props) return;
    // First, where the versions that declare it write it (the schema's keys are sorted).
    schema.properties = { _meta: structuredClone(meta), ...props };
    added.add(pointerFrom([...path, 'properties', '_meta']));
  };

  for (const { unions, part, base } of BASES) {
    const meta = base.map((p) => atPointer(defs, pointerFrom(p))).find(isRecord);
    if (!meta) continue;
    for (const name of unions.flatMap((u) => unionMemberNames(defs, u))) {
      if (part === 'result') give([key, name], meta);
      else if (isRecord((defs[name] as Json).properties) && ((defs[name] as Json).properties as Json).params !== undefined) give([key, name, 'properties', 'params'], meta);
    }
  }
  return { doc, added: [...added].sort() };
}
