// The official schema of a pinned version, what the fuzz needs of it: ajv (the referee) and, per
// message kind the codecs carry, the JSON Schema of its params or its result.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { ROOT } from '../../cli.js';
import type { Schema } from './generate.js';

export interface Kind {
  /** `tools/call params`, `tools/call result`, `notifications/progress params`. */
  name: string;
  method: string;
  part: 'params' | 'result';
  /** A request (has an id), a notification (none); for results: the request's. */
  message: 'request' | 'notification';
  schema: Schema;
  /** Where `schema` is in the schema document (a JSON pointer). */
  pointer: string;
  /** Params only: the message is invalid without params. */
  required: boolean;
  validate: ValidateFunction;
}

export interface VersionSchema {
  version: string;
  root: Record<string, unknown>;
  defs: Record<string, Record<string, unknown>>;
  kinds: Kind[];
  /** ajv's validator of the subschema at a pointer of the document (cached). */
  validateAt(pointer: string): ValidateFunction;
  /**
   * The `resultType` values the specification defines, when the version has them (2026-07-28 on):
   * the schema's ResultType is any string, but the specification's text (basic/index, ResultType)
   * says "a resultType of any value unrecognized by the client MUST be considered invalid". Read
   * from the ResultType definition's description, which lists them (`complete - ...`).
   */
  resultTypes?: string[] | undefined;
}

/** Every pinned version (mcp-schema/versions.json). */
export const PINNED = Object.keys((JSON.parse(readFileSync(join(ROOT, 'mcp-schema', 'versions.json'), 'utf8')) as { versions: Record<string, unknown> }).versions).sort();

export function schemaFile(version: string): string {
  return join(process.env['MCP_SCHEMA_DIR'] ?? join(ROOT, '..', 'shared', 'mcp-schema'), version, 'schema.json');
}

/**
 * The kinds of `methods` (the methods a generated library carries, with request/notification) as
 * the schema defines them: the request or notification definition is the one whose `method` is
 * that const; a request's result is `<Name>Result` for `<Name>Request`, else `EmptyResult`/`Result`.
 */
export function versionSchema(version: string, methods: Record<string, { kind: 'request' | 'notification' }>, file = schemaFile(version)): VersionSchema {
  const root = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const defsKey = '$defs' in root ? '$defs' : 'definitions';
  const defs = root[defsKey] as Record<string, Record<string, unknown>>;
  const ajv = new (root['$schema'] === 'https://json-schema.org/draft/2020-12/schema' ? Ajv2020 : Ajv)({ strict: false, validateFormats: false, allErrors: false });
  ajv.addSchema({ ...root, $id: 'mcp' });
  const compile = (pointer: string) => ajv.compile({ $ref: `mcp#${pointer}` });
  const kinds: Kind[] = [];
  for (const [method, { kind }] of Object.entries(methods).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [defName, def] = Object.entries(defs).find(([n, d]) => !/^(Client|Server)(Request|Notification)$/.test(n) && (d['properties'] as Record<string, { const?: unknown }> | undefined)?.['method']?.const === method) ?? [];
    if (!defName || !def) throw new Error(`${version}: no definition for ${method}`);
    const props = def['properties'] as Record<string, Schema>;
    const pointer = `/${defsKey}/${defName}/properties/params`;
    kinds.push({
      name: `${method} params`,
      method,
      part: 'params',
      message: kind,
      schema: props['params'] ?? { type: 'object' },
      pointer,
      required: ((def['required'] ?? []) as string[]).includes('params'),
      validate: props['params'] ? compile(pointer) : ajv.compile({ type: 'object' }),
    });
    if (kind === 'request') {
      const base = defName.replace(/Request$/, '');
      const result = [`${base}Result`, ...(base === 'Elicit' ? ['ElicitResult'] : []), 'EmptyResult', 'Result'].find((n) => defs[n] !== undefined);
      if (!result) throw new Error(`${version}: no result for ${method}`);
      kinds.push({ name: `${method} result`, method, part: 'result', message: 'request', schema: { $ref: `#/${defsKey}/${result}` }, pointer: `/${defsKey}/${result}`, required: true, validate: compile(`/${defsKey}/${result}`) });
    }
  }
  const cache = new Map<string, ValidateFunction>();
  const validateAt = (pointer: string): ValidateFunction => {
    let f = cache.get(pointer);
    if (!f) cache.set(pointer, (f = compile(pointer)));
    return f;
  };
  const rt = defs['ResultType'];
  const resultTypes = rt ? [...String(rt['description'] ?? '').matchAll(/^(\w+) - /gm)].map((m) => m[1] as string) : undefined;
  if (resultTypes !== undefined && !resultTypes.includes('complete')) throw new Error(`${version}: the ResultType description lists no "complete": ${JSON.stringify(rt?.['description'])}`);
  return { version, root, defs, kinds, validateAt, resultTypes };
}

/** What the schema says of the member at `tokens` (a pointer into an instance of `schema`). */
export type Place = 'declared' | 'map-entry' | 'open-member' | 'undeclared-member' | 'unknown';

/**
 * What the schema says of the member at `tokens` of `instance` (an instance of the subschema at
 * `pointer`): declared by the object it is in, an entry of a map (`additionalProperties: T`), a
 * member of an object MCP declares open (`additionalProperties: {}`), or a member of an object that
 * does not declare it (JSON Schema allows it; MCP's schema.ts does not name it). Under an anyOf,
 * only the members the instance matches (ajv) count.
 */
export function placeOf(vs: VersionSchema, pointer: string, instance: unknown, tokens: string[]): Place {
  const node = (p: string): Schema => {
    let at: unknown = vs.root;
    for (const k of p.slice(1).split('/')) at = (at as Record<string, unknown>)[k.replace(/~1/g, '/').replace(/~0/g, '~')];
    return at as Schema;
  };
  const esc = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');
  /** The subschemas (by pointer) that apply to `value` at `p`: through $ref, allOf, the matching anyOf members. */
  const applying = (p: string, value: unknown): string[] => {
    const s = node(p);
    if (typeof s !== 'object') return [];
    const out = [p];
    if (typeof s['$ref'] === 'string') out.push(...applying(s['$ref'].slice(1), value));
    if (Array.isArray(s['allOf'])) s['allOf'].forEach((_, i) => out.push(...applying(`${p}/allOf/${i}`, value)));
    for (const key of ['anyOf', 'oneOf'] as const) {
      if (!Array.isArray(s[key])) continue;
      const members = (s[key] as unknown[]).map((_, i) => `${p}/${key}/${i}`);
      const matching = members.filter((m) => vs.validateAt(m)(value));
      for (const m of matching.length > 0 ? matching : members) out.push(...applying(m, value));
    }
    return out;
  };
  const rank: Place[] = ['unknown', 'undeclared-member', 'open-member', 'map-entry', 'declared'];
  const walk = (p: string, value: unknown, i: number): Place => {
    const token = tokens[i] as string;
    let best: Place = 'unknown';
    const better = (x: Place) => {
      if (rank.indexOf(x) > rank.indexOf(best)) best = x;
    };
    for (const q of applying(p, value)) {
      const r = node(q) as Record<string, unknown>;
      const props = r['properties'] as Record<string, Schema> | undefined;
      const ap = r['additionalProperties'] as Record<string, unknown> | boolean | undefined;
      const child = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[token] : undefined;
      if (i === tokens.length - 1) {
        if (props && token in props) better('declared');
        else if (typeof ap === 'object' && Object.keys(ap).length > 0) better('map-entry');
        else if (ap === true || (typeof ap === 'object' && Object.keys(ap).length === 0)) better('open-member');
        else if (r['type'] === 'object' || props) better('undeclared-member');
      } else if (props && token in props) better(walk(`${q}/properties/${esc(token)}`, child, i + 1));
      else if (/^\d+$/.test(token) && r['items'] !== undefined) better(walk(`${q}/items`, child, i + 1));
      else if (typeof ap === 'object' && ap !== null) better(walk(`${q}/additionalProperties`, child, i + 1));
    }
    return best;
  };
  return tokens.length === 0 ? 'declared' : walk(pointer, instance, 0);
}
