// fast-check arbitraries derived from the models: valid MCP JSON per named MCP type (from the
// McpModel, with the raw schema for `json`-carried subtrees), and valid WIT values per WIT type
// (from the WitModel, as jco represents them), plus helpers the codec tests share.
import fc from 'fast-check';
import { lowerCamel } from '../../compiler/map/names.js';
import { RESULT_TYPE, resultTypeOf } from '../../compiler/map/rules.js';
import { resolveWit } from '../../compiler/map/shapes.js';
import type { McpModel, McpType } from '../../compiler/schema/model.js';
import type { TypeId, WitModel, WitType } from '../../compiler/wit/model.js';

type Raw = boolean | Record<string, unknown>;

const wellFormed = (s: string): boolean => (s as unknown as { isWellFormed(): boolean }).isWellFormed();

export const str = fc.string({ unit: 'binary', maxLength: 12 }).filter(wellFormed);
/** JSON values without -0 (JSON text cannot tell it from 0). */
export const json = fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);
export const jsonObject = fc.dictionary(fc.string({ maxLength: 6 }), json, { maxKeys: 3 });

/**
 * JSON Schema keywords a tool's `inputSchema`/`outputSchema` may carry beyond the `type`,
 * `properties` and `required` that MCP's schema declares (the proposal carries the whole object).
 */
export const schemaKeywords = fc.record(
  {
    $schema: fc.constant('https://json-schema.org/draft/2020-12/schema'),
    $defs: fc.dictionary(fc.string({ maxLength: 6 }), jsonObject, { maxKeys: 2 }),
    additionalProperties: fc.oneof(fc.boolean(), jsonObject),
    description: str,
  },
  { requiredKeys: [] },
);

/** A valid `Tool.inputSchema` / `Tool.outputSchema`: `type: "object"` and any other keywords. */
export const toolSchema = fc
  .tuple(
    schemaKeywords,
    fc.record(
      {
        properties: fc.dictionary(fc.string({ maxLength: 6 }), jsonObject, { maxKeys: 3 }),
        required: fc.array(str, { maxLength: 3 }),
      },
      { requiredKeys: [] },
    ),
  )
  .map(([extra, declared]) => ({ ...extra, type: 'object', ...declared }));

const mcpJson = fc.letrec<{ value: unknown; object: Record<string, unknown>; array: unknown[] }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, str, fc.integer({ min: -1000, max: 1000 }), fc.boolean(), tie('object'), tie('array')),
  object: fc.dictionary(fc.string({ maxLength: 6 }), tie('value'), { maxKeys: 3 }),
  array: fc.array(tie('value'), { maxLength: 3 }),
}));

/** Members of an open object beyond its `declared` properties: a non-empty object of any JSON (`__proto__` included). */
export function restMembers(declared: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .dictionary(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('com.example/trace', 'traceparent', '__proto__')), json, { minKeys: 1, maxKeys: 3 })
    .map((o) => {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(o)) if (!declared.includes(k)) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
      return out;
    })
    .filter((o) => Object.keys(o).length > 0);
}

/** MCP types carried as `json` whose values the schema constrains: they get these arbitraries. */
const MCP_JSON_TYPES: Record<string, fc.Arbitrary<unknown>> = {
  ToolInputSchema: toolSchema,
  ToolOutputSchema: toolSchema,
  // 2026-07-28's recursive JSON definitions: strings, integers, booleans, objects and arrays of
  // them (no null, no fractions: JSONValue says so).
  JSONValue: mcpJson.value,
  JSONObject: mcpJson.object,
  JSONArray: mcpJson.array,
};

export class McpArbitraries {
  private readonly memo = new Map<string, fc.Arbitrary<unknown>>();
  /**
   * `recordCarried`: MCP types the WIT carries as records (a generated package maps a tool's
   * schemas field by field): those get values of their declared properties, not the `json` ones.
   */
  constructor(
    private readonly mcp: McpModel,
    private readonly schema: Record<string, unknown>,
    private readonly recordCarried: ReadonlySet<string> = new Set(),
    /**
     * `Type.property` the checker reports the WIT has no field for (rule `slot-missing`: the
     * released 0.1.0 WIT and the `_meta` MCP puts on every message's params): not generated, since
     * no law holds for them; decode reports them (test/codecs/strict.test.ts).
     */
    private readonly notCarried: ReadonlySet<string> = new Set(),
    /** Open objects whose record carries the rest (a `_meta` object's `extra`), with their declared property names: values get members beyond those too. */
    private readonly restCarried: ReadonlyMap<string, readonly string[]> = new Map(),
  ) {}

  named(name: string): fc.Arbitrary<unknown> {
    const known = this.memo.get(name);
    if (known) return known;
    const t = this.mcp.types[name];
    if (!t) throw new Error(`no MCP type ${name}`);
    // A recursive type (2026-07-28's JSONValue) refers to itself: the reference waits for the arbitrary built below.
    let arb: fc.Arbitrary<unknown> | undefined;
    this.memo.set(name, fc.constant(null).chain(() => arb!));
    if (MCP_JSON_TYPES[name] && !this.recordCarried.has(name)) arb = MCP_JSON_TYPES[name];
    else if (t.body.kind === 'type') arb = this.of(t.body.type, t.pointer);
    else if (t.body.properties.length === 0) arb = this.raw(this.at(t.pointer));
    else {
      const props: Record<string, fc.Arbitrary<unknown>> = {};
      const required: string[] = [];
      for (const p of t.body.properties) {
        if (this.notCarried.has(`${name}.${p.name}`)) continue;
        // schema.ts's ResultType: a result's resultType is the value its type stands for (the JSON schema says any string).
        props[p.name] = p.name === RESULT_TYPE.property ? fc.constant(resultTypeOf(name)) : this.of(p.type, p.pointer);
        if (p.required) required.push(p.name);
      }
      arb = fc.record(props, { requiredKeys: required });
      const declared = this.restCarried.get(name);
      if (declared) {
        const base = arb;
        arb = fc.tuple(base, fc.option(restMembers(declared), { nil: undefined })).map(([x, rest]) => ({ ...(rest ?? {}), ...(x as object) }));
      }
    }
    this.memo.set(name, arb!);
    return arb!;
  }

  of(type: McpType, pointer: string | undefined): fc.Arbitrary<unknown> {
    switch (type.kind) {
      case 'primitive':
        switch (type.type) {
          case 'string':
            return str;
          case 'boolean':
            return fc.boolean();
          case 'null':
            return fc.constant(null);
          case 'integer':
            return fc
              .oneof(fc.integer({ min: type.minimum ?? -1000, max: type.maximum ?? 1000 }), fc.maxSafeInteger(), fc.maxSafeNat())
              .filter((x) => (type.minimum === undefined || x >= type.minimum) && (type.maximum === undefined || x <= type.maximum));
          case 'number':
            return fc
              .double({ noNaN: true, noDefaultInfinity: true, min: type.minimum ?? -1e12, max: type.maximum ?? 1e12 })
              .filter((x) => !Object.is(x, -0));
        }
        throw new Error('unknown primitive');
      case 'const':
        return fc.constant(type.value);
      case 'enum':
        return fc.constantFrom(...type.values);
      case 'array':
        return fc.array(this.of(type.items, pointer && `${pointer}/items`), { maxLength: 3 });
      case 'map':
        return fc.dictionary(fc.string({ maxLength: 6 }), this.of(type.values, pointer && `${pointer}/additionalProperties`), { maxKeys: 3 });
      case 'json':
        return pointer ? this.raw(this.at(pointer)) : json;
      case 'union':
        return fc.oneof(...type.members.map((m) => this.of(m, undefined)));
      case 'ref':
        return this.named(type.name);
      default:
        throw new Error('unknown MCP type');
    }
  }

  private at(pointer: string): Raw {
    let node: unknown = this.schema;
    for (const seg of pointer.replace(/^#\//, '').split('/')) node = (node as Record<string, unknown>)[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
    return node as Raw;
  }

  /** Values of a raw (`json`-carried) schema node: the subset the MCP schema uses. */
  raw(node: Raw): fc.Arbitrary<unknown> {
    if (typeof node === 'boolean' || Object.keys(node).filter((k) => k !== 'description').length === 0) return json;
    const ref = node['$ref'];
    if (typeof ref === 'string') {
      // A named JSON definition (2026-07-28's JSONObject): its own arbitrary, else its schema.
      const name = ref.slice(ref.lastIndexOf('/') + 1);
      return MCP_JSON_TYPES[name] ?? this.raw(this.at(ref));
    }
    if (node['type'] === 'object') {
      const ap = node['additionalProperties'];
      const values = ap === undefined || ap === true ? json : this.raw(ap as Raw);
      return fc.dictionary(fc.string({ maxLength: 6 }), values, { maxKeys: 3 });
    }
    return json;
  }
}

/**
 * Valid WIT values as jco represents them. `json` is a JSON object of objects: valid wherever MCP
 * carries arbitrary JSON. Where the MCP schema constrains a `json` value (a tool's schemas must be
 * objects whose `type` is "object"), the WIT field and the MCP type get their own arbitraries.
 */
export class WitArbitraries {
  private readonly memo = new Map<string, fc.Arbitrary<unknown>>();
  /**
   * `fields`: values for record fields (`record.field`, WIT names) that the MCP schema constrains
   * beyond their WIT type, e.g. an optional `const` property carried as `option<string>`.
   */
  constructor(
    private readonly wit: WitModel,
    private readonly fields: Readonly<Record<string, fc.Arbitrary<unknown>>> = {},
    /** Valid MCP JSON of a named type: what `json` holds where it carries a typed MCP object (an open one). */
    private readonly mcpJsonOf?: (name: string) => fc.Arbitrary<unknown>,
  ) {}

  /** Values of the WIT type `def` that carries the MCP type `name`. */
  carrying(name: string, def: { id: TypeId }): fc.Arbitrary<unknown> {
    if (!this.isJson({ kind: 'named', id: def.id })) return this.of({ kind: 'named', id: def.id });
    const constrained = MCP_JSON_TYPES[name] ?? this.mcpJsonOf?.(name);
    return constrained ? constrained.map(encodeJson) : this.of({ kind: 'named', id: def.id });
  }

  /** `json` or `option<json>`. */
  private isJson(type: WitType): boolean {
    if (type.kind === 'option') return this.isJson(type.inner);
    if (type.kind !== 'named') return false;
    const def = this.wit.types[type.id];
    if (def?.kind === 'alias' && def.name === 'json') return true;
    return def?.kind === 'alias' ? this.isJson(def.target) : false;
  }

  of(type: WitType): fc.Arbitrary<unknown> {
    if (type.kind === 'named') {
      const def = this.wit.types[type.id];
      if (def?.kind === 'alias' && def.name === 'json') return jsonBytes;
      const known = this.memo.get(type.id);
      if (known) return known;
      const arb = fc.constant(null).chain(() => this.def(type.id));
      this.memo.set(type.id, arb);
      return arb;
    }
    switch (type.kind) {
      case 'primitive':
        switch (type.name) {
          case 'bool':
            return fc.boolean();
          case 's64':
            return fc.bigInt({ min: -(2n ** 53n) + 1n, max: 2n ** 53n - 1n });
          case 'u64':
            return fc.bigInt({ min: 0n, max: 2n ** 53n - 1n });
          case 'f64':
          case 'f32':
            // [0, 1]: within every minimum/maximum the MCP schema sets on a number.
            return fc.double({ noNaN: true, min: 0, max: 1 }).filter((x) => !Object.is(x, -0));
          case 'string':
            return str;
          case 'char':
            return str.filter((s) => [...s].length === 1);
          default:
            return fc.integer({ min: 0, max: 127 });
        }
      case 'list': {
        const el = resolveWit(this.wit, type.element);
        if (el.kind === 'tuple' && el.elements.length === 2) {
          // A map: keys are unique (JSON objects cannot repeat one).
          return fc.uniqueArray(fc.tuple(str, this.of(el.elements[1] as WitType)), { maxLength: 3, selector: (e) => e[0] });
        }
        return fc.array(this.of(type.element), { maxLength: 3 });
      }
      case 'option':
        return fc.option(this.of(type.inner), { nil: undefined });
      case 'tuple':
        return fc.tuple(...type.elements.map((e) => this.of(e)));
      default:
        throw new Error(`no arbitrary for WIT ${type.kind}`);
    }
  }

  private def(id: string): fc.Arbitrary<unknown> {
    const def = this.wit.types[id];
    if (!def) throw new Error(`no WIT type ${id}`);
    switch (def.kind) {
      case 'alias':
        return this.of(def.target);
      case 'record': {
        const fields: Record<string, fc.Arbitrary<unknown>> = {};
        for (const f of def.fields) {
          const key = `${def.name}.${f.name}`;
          const constrained = WIT_JSON_FIELDS[key] && this.isJson(f.type) ? WIT_JSON_FIELDS[key] : undefined;
          const inner = this.fields[key] ?? constrained?.map(encodeJson);
          fields[lowerCamel(f.name)] = !inner ? this.of(f.type) : f.type.kind === 'option' ? fc.option(inner, { nil: undefined }) : inner;
        }
        return fc.record(fields);
      }
      case 'variant':
        return fc.oneof(...def.cases.map((c) => (c.type ? this.of(c.type).map((val) => ({ tag: c.name, val })) : fc.constant({ tag: c.name }))));
      case 'enum':
        return fc.constantFrom(...def.cases.map((c) => c.name));
      default:
        throw new Error(`no arbitrary for WIT ${def.kind}`);
    }
  }
}

const encoder = new TextEncoder();
const encodeJson = (v: unknown): Uint8Array => encoder.encode(JSON.stringify(v));
// Values of 2026-07-28's JSONValue (no null, no fractions) are valid JSON for every version's `json`.
export const jsonBytes = fc.dictionary(fc.string({ maxLength: 6 }), mcpJson.object, { maxKeys: 3 }).map(encodeJson);

/** WIT record fields (`record.field`) of type `json` or `option<json>` whose JSON the MCP schema constrains. */
const WIT_JSON_FIELDS: Record<string, fc.Arbitrary<unknown>> = {
  'tool.input-schema': toolSchema,
  'tool.output-schema': toolSchema,
};

/** For comparisons: `json` bytes as the JSON they hold (key order and formatting aside). */
export function comparable(v: unknown): unknown {
  if (v instanceof Uint8Array) return { json: JSON.parse(new TextDecoder().decode(v)) as unknown };
  if (Array.isArray(v)) return v.map(comparable);
  if (typeof v === 'object' && v !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) Object.defineProperty(out, k, { value: comparable(x), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return v;
}

/** Where a value can be damaged: the path of every node, the root included. */
export type Path = (string | number)[];

export function paths(v: unknown, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...paths(x, [...at, i])));
  else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...at, k]));
  return out;
}

/** A copy of `v` with the node at `path` replaced by `x`. */
export function setAt(v: unknown, path: Path, x: unknown): unknown {
  if (path.length === 0) return x;
  const [head, ...rest] = path as [string | number, ...Path];
  if (Array.isArray(v)) return v.map((e, i) => (i === head ? setAt(e, rest, x) : e));
  const o = { ...(v as Record<string, unknown>) };
  o[head as string] = setAt(o[head as string], rest, x);
  return o;
}
