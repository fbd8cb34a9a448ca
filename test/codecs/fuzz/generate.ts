// Instances of a JSON Schema, made from the official MCP schema file alone: independent of the
// compiler's models, mapping and arbitraries (test/codecs/arbitrary.ts), so that a mistake shared by
// the codec generator and the test arbitraries cannot hide. Covers the keywords the pinned schemas
// use ($ref, type, properties, required, additionalProperties, items, anyOf, allOf, enum, const,
// minimum, maximum, maxItems, format). Every instance is then checked with ajv (the referee): the
// generator may err on the side of invalid, never decides validity itself.

/** A seeded PRNG (mulberry32): the same seed gives the same instances on every machine. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)] as T;
  }
}

export type Schema = Record<string, unknown> | boolean;

/** The pieces of text strings are made of: plain, escapes, non-ASCII, astral, keys that look like syntax. */
const STRING_PARTS = ['a', 'tool', ' ', 'é', '日本', '😀', '"', '\\', '\n', '\t', '/', '~', '\u0001', '{}', '[', 'null', '0', '\u2028'];
const KEYS = ['x', 'k', 'extra', 'a/b', 'a~b', '__proto__x', 'é', '', 'type'];

export class InstanceGenerator {
  constructor(
    /** The whole schema document: `$ref`s resolve against it. */
    private readonly root: Record<string, unknown>,
    private readonly rng: Rng,
  ) {}

  resolve(ref: string): Schema {
    if (!ref.startsWith('#/')) throw new Error(`unsupported $ref ${ref}`);
    let at: unknown = this.root;
    for (const raw of ref.slice(2).split('/')) {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      at = (at as Record<string, unknown>)[key];
      if (at === undefined) throw new Error(`unresolved $ref ${ref}`);
    }
    return at as Schema;
  }

  /** An instance of `schema`; `depth` bounds recursion (deep levels take only what is required). */
  instance(schema: Schema, depth = 0): unknown {
    if (schema === true) return this.anyJson(depth);
    if (schema === false) return null;
    const s = schema;
    if (typeof s['$ref'] === 'string') {
      const target = this.resolve(s['$ref']);
      const rest = Object.fromEntries(Object.entries(s).filter(([k]) => k !== '$ref' && k !== 'description'));
      return this.instance(Object.keys(rest).length === 0 ? target : { allOf: [target, rest] }, depth);
    }
    if ('const' in s) return structuredClone(s['const']);
    if (Array.isArray(s['enum'])) return structuredClone(this.rng.pick(s['enum'] as unknown[]));
    if (Array.isArray(s['anyOf'])) return this.instance(this.rng.pick(s['anyOf'] as Schema[]), depth + 1);
    if (Array.isArray(s['oneOf'])) return this.instance(this.rng.pick(s['oneOf'] as Schema[]), depth + 1);
    if (Array.isArray(s['allOf'])) return this.instance(this.merge(s['allOf'] as Schema[]), depth);
    const type = s['type'];
    const t = Array.isArray(type) ? (this.rng.pick(type) as string) : (type as string | undefined);
    switch (t) {
      case 'object':
        return this.object(s, depth);
      case 'array':
        return this.array(s, depth);
      case 'string':
        return this.string(s);
      case 'integer':
        return this.integer(s);
      case 'number':
        return this.number(s);
      case 'boolean':
        return this.rng.chance(0.5);
      case 'null':
        return null;
      case undefined:
        // No type: an object when it has properties, else any JSON value.
        return s['properties'] !== undefined ? this.object(s, depth) : this.anyJson(depth);
      default:
        throw new Error(`unsupported type ${String(t)}`);
    }
  }

  /** allOf as one schema: properties and required united (what the MCP schemas use allOf for). */
  private merge(parts: Schema[]): Schema {
    const out: Record<string, unknown> = {};
    const properties: Record<string, unknown> = {};
    const required = new Set<string>();
    for (let p of parts) {
      while (typeof p === 'object' && typeof p['$ref'] === 'string' && Object.keys(p).filter((k) => k !== 'description').length === 1) p = this.resolve(p['$ref']);
      if (typeof p !== 'object') continue;
      if (typeof p['$ref'] === 'string' || Array.isArray(p['allOf'])) {
        const inner = this.merge([...(typeof p['$ref'] === 'string' ? [this.resolve(p['$ref'])] : []), ...((p['allOf'] as Schema[] | undefined) ?? [])]);
        if (typeof inner === 'object') p = { ...p, ...inner, properties: { ...(p['properties'] as object), ...(inner['properties'] as object) }, required: [...((p['required'] as string[]) ?? []), ...((inner['required'] as string[]) ?? [])] };
      }
      for (const [k, v] of Object.entries(p)) {
        if (k === 'properties') Object.assign(properties, v);
        else if (k === 'required') for (const r of v as string[]) required.add(r);
        else if (k !== '$ref' && k !== 'allOf') out[k] = v;
      }
    }
    if (Object.keys(properties).length > 0) out['properties'] = properties;
    if (required.size > 0) out['required'] = [...required];
    if (out['type'] === undefined && out['properties'] !== undefined) out['type'] = 'object';
    return out;
  }

  private object(s: Record<string, unknown>, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const properties = (s['properties'] ?? {}) as Record<string, Schema>;
    const required = new Set((s['required'] ?? []) as string[]);
    // Optional members: often at the top, rarely deep down (recursive types stay finite).
    const pOptional = depth < 3 ? 0.6 : depth < 6 ? 0.25 : 0;
    for (const [name, sub] of Object.entries(properties)) {
      if (required.has(name) || this.rng.chance(pOptional)) out[name] = this.instance(sub, depth + 1);
    }
    for (const r of required) if (!(r in out)) out[r] = this.anyJson(depth + 1); // required but undeclared
    const extra = s['additionalProperties'];
    if (extra !== false && extra !== undefined && depth < 6) {
      // A map (additionalProperties: T) or an open object: some members of its own.
      const n = this.rng.int(3);
      for (let i = 0; i < n; i++) {
        const key = this.key();
        if (!(key in properties)) out[key] = this.instance(extra as Schema, depth + 1);
      }
    }
    return out;
  }

  private array(s: Record<string, unknown>, depth: number): unknown[] {
    const max = Math.min(typeof s['maxItems'] === 'number' ? s['maxItems'] : Infinity, depth < 4 ? 3 : depth < 7 ? 1 : 0);
    const n = this.rng.int(max + 1);
    const items = (s['items'] ?? true) as Schema;
    return Array.from({ length: n }, () => this.instance(items, depth + 1));
  }

  private string(s: Record<string, unknown>): string {
    switch (s['format']) {
      case 'uri':
        return this.rng.pick(['https://example.com/a', 'file:///tmp/x.txt', 'urn:x:y', 'mcp://r/é?q=1#f']);
      case 'uri-template':
        return this.rng.pick(['file:///{path}', 'https://x/{a}/{b}']);
      case 'byte':
        return this.rng.pick(['', 'AA==', 'aGVsbG8=', 'AAECAwQFBgcICQ==']);
      case 'date-time':
        return '2025-01-02T03:04:05Z';
      case 'email':
        return 'a@example.com';
      default: {
        const n = this.rng.int(5);
        let out = '';
        for (let i = 0; i < n; i++) out += this.rng.pick(STRING_PARTS);
        return out;
      }
    }
  }

  private integer(s: Record<string, unknown>): number {
    const min = typeof s['minimum'] === 'number' ? s['minimum'] : undefined;
    const max = typeof s['maximum'] === 'number' ? s['maximum'] : undefined;
    if (min !== undefined || max !== undefined) {
      const lo = Math.ceil(min ?? (max as number) - 1000);
      const hi = Math.floor(max ?? lo + 1000);
      return this.rng.pick([lo, hi, lo + this.rng.int(hi - lo + 1)]);
    }
    return this.rng.pick([0, 1, -1, 42, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 - 1, -(2 ** 53) + 1, this.rng.int(1000)]);
  }

  private number(s: Record<string, unknown>): number {
    const min = typeof s['minimum'] === 'number' ? s['minimum'] : undefined;
    const max = typeof s['maximum'] === 'number' ? s['maximum'] : undefined;
    if (min !== undefined && max !== undefined) return this.rng.pick([min, max, min + (max - min) * this.rng.next()]);
    if (min !== undefined) return min + this.rng.pick([0, 0.5, 1e-7, 1e21, 12345.678]);
    return this.rng.pick([0, -0.5, 1.5, 1e-7, 1e21, 123456789.125, -(2 ** 60), Number.MAX_VALUE, 5e-324]);
  }

  private key(): string {
    return this.rng.chance(0.7) ? this.rng.pick(KEYS) : this.string({});
  }

  /** Any JSON value (for `{}`/true schemas: `_meta` values, tool arguments, schemas, experimental). */
  anyJson(depth: number): unknown {
    const k = this.rng.int(depth < 5 ? 7 : 5);
    switch (k) {
      case 0:
        return null;
      case 1:
        return this.rng.chance(0.5);
      case 2:
        return this.number({});
      case 3:
        return this.string({});
      case 4:
        return this.integer({});
      case 5:
        return Array.from({ length: this.rng.int(3) }, () => this.anyJson(depth + 1));
      default: {
        const o: Record<string, unknown> = {};
        for (let i = this.rng.int(3); i > 0; i--) o[this.key()] = this.anyJson(depth + 1);
        return o;
      }
    }
  }
}
