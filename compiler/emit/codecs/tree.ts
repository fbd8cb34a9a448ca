// The tree codecs: `vt_X` turns a value JSON.parse produced into the WIT value, checking as it
// converts. They are a shortcut for small messages with little `json` in them, where JSON.parse
// (one native loop) and this walk beat the text path's scanner written in JavaScript. They are
// never the definition: a tree converter returns exactly what the text path would return for the
// same text, or throws (anything at all), and then the message functions run the text path, which
// produces the value or the precise error. So this walk needs no error paths, only the text
// path's rules, mirrored construct by construct from text.ts: the rule id the checker decided picks
// the emitter in TREE_EMITTERS, as it does in the text path's TEXT_EMITTERS.
//
// `json` values are never re-serialized here: their text is located in the message (see
// `treeJson` in scanner.ts) and checked there by the text path's own check, so the bytes are the
// text path's bytes. A `json` value with no property name to find it by (a list element, a map
// value) makes the converter bail, and a method whose converters can bail that way has no tree path.
import { caseName, fieldName, lowerCamel } from '../../map/names.js';
import { type MShape, nonNull, resolveMcp, resolveWit, type WShape } from '../../map/shapes.js';
import type { McpModel, McpType, Property } from '../../schema/model.js';
import type { Case, Field, WitModel, WitType } from '../../wit/model.js';
import { pairKey } from '../../map/compare.js';
import type { SlotRuleId, TypeRuleId } from '../../map/rules.js';
import { INT_RANGES, inRange, isStringKey, mapValue, memberBreadth, unreachable, unreachableSlot } from './converters.js';
import { lit, prop } from './code.js';
import { Decisions } from './decisions.js';
import { constSelector, discriminatorValue, memberRank, startKinds, type TextPlanner, uniqueRequiredKeys, variantMembers } from './text.js';
import { canBeUndefined, witTs } from './jco-type-names.js';

interface TreeFn {
  name: string;
  witType: string;
  body: string;
  /** The tree functions it calls (by name). */
  calls: Set<string>;
  /** True when it always bails on some value shape (a `json` value without a property name). */
  bails: boolean;
}

/**
 * Names on Object.prototype: a JSON object lacking such a property still "has" it inherited.
 * Listed, not read from the running Node, so the generated code is the same on every machine.
 */
const INHERITED: ReadonlySet<string> = new Set([
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'toString',
  'valueOf',
]);

export class TreePlanner {
  readonly fns = new Map<string, TreeFn>();
  /** Loops and `json` locators, one per element converter or (name, check) pair. */
  readonly helpers = new Map<string, { name: string; code: string }>();
  private readonly byName = new Map<string, TreeFn>();
  /** Method entries (`tp_x` params -> arguments, `tr_x` result -> ok value), in generation order. */
  readonly entries: { name: string; code: string }[] = [];
  private cur: TreeFn;
  readonly mcp: McpModel;
  readonly wit: WitModel;

  constructor(readonly text: TextPlanner) {
    this.mcp = text.mcp;
    this.wit = text.wit;
    this.cur = this.context('(entry)');
  }

  private context(name: string): TreeFn {
    return { name, witType: '', body: '', calls: new Set(), bails: false };
  }

  /** The tree converter of a named pair (named and memoized by the converter planner). */
  named(mcpName: string, witType: WitType): TreeFn {
    const c = this.text.conv.named(mcpName, witType);
    const known = this.fns.get(c.key);
    if (known) return known;
    const fn: TreeFn = { ...this.context(`vt_${c.toName.slice(3)}`), witType: c.witType };
    this.fns.set(c.key, fn);
    this.byName.set(fn.name, fn);
    const outer = this.cur;
    this.cur = fn;
    const m = resolveMcp(this.mcp, { kind: 'ref', name: mcpName });
    const w = resolveWit(this.wit, witType);
    const rule = this.text.conv.decisions.rule(m, w, c.key);
    const body = rule === undefined ? undefined : treeEmitter(rule).body;
    if (body) fn.body = body(this, m, w, mcpName);
    else fn.body = `return ${this.treeShape({ m, w, type: { kind: 'ref', name: mcpName }, x: 'x', pointer: this.mcp.types[mcpName]?.pointer, key: undefined }, rule)};`;
    this.cur = outer;
    return fn;
  }

  /**
   * A method entry (params into arguments, or a result): its body, written by `write` in a context
   * of its own, and whether it can be used (no converter it reaches always gives up).
   */
  entry(write: () => string): { body: string; usable: boolean } {
    const outer = this.cur;
    const ctx = this.context('(entry)');
    this.cur = ctx;
    const body = write();
    this.cur = outer;
    let bails = false;
    const seen = new Set<TreeFn>();
    const visit = (f: TreeFn): void => {
      if (seen.has(f)) return;
      seen.add(f);
      bails ||= f.bails;
      for (const c of f.calls) {
        const g = this.byName.get(c);
        if (g) visit(g);
      }
    };
    visit(ctx);
    return { body, usable: !bails };
  }

  /** The converter expression for a value `x` of `type` carried as `wit`; `key` is the property name holding it, if any. */
  tree(type: McpType, wit: WitType, x: string, pointer: string | undefined, key: string | undefined): string {
    const m = resolveMcp(this.mcp, type);
    const w = resolveWit(this.wit, wit);
    const rule = this.text.conv.decisions.rule(m, w, type.kind === 'ref' ? pairKey(type.name, wit) : undefined);
    if (type.kind === 'ref' && Decisions.isFunction(rule)) {
      const f = this.named(type.name, wit);
      this.cur.calls.add(f.name);
      // A json value inside a named function's type is found by its own property name, not `key`.
      return `${f.name}(${x})`;
    }
    const ptr = type.kind === 'ref' ? (this.mcp.types[type.name]?.pointer ?? pointer) : pointer;
    return this.treeShape({ m, w, type, x, pointer: ptr, key }, rule);
  }

  /** The converter expression, inline, by the emitter of the pair's rule (decided here unless given). */
  treeShape(site: TreeSite, rule = this.text.conv.decisions.rule(site.m, site.w)): string {
    return rule === undefined ? this.bail() : treeEmitter(rule).tree(this, site);
  }

  /**
   * Gives up on this value: the text path decides (it converts the value, or wrote the warning and
   * the failure for a pair it cannot convert either). A converter that always bails makes the
   * methods reaching it keep to the text path.
   */
  bail(): string {
    this.cur.bails = true;
    return 'R.treeBail()';
  }

  /** A `json` value: its text, found by the property name holding it, checked by the text path's check. */
  json(pointer: string | undefined, key: string | undefined): string {
    if (key === undefined || !/^[A-Za-z0-9_$-]+$/.test(key)) return this.bail();
    const quoted = JSON.stringify(key);
    const check = this.text.checkFor(pointer);
    return `${this.helper(`tj:${quoted}:${check}`, 'tj', (name) => `function ${name}(): Uint8Array { const s = S.treeJson(${lit(quoted)}); return S.treeBytes(s, s.begin(), ${check}(s)); }`)}()`;
  }

  private helper(key: string, prefix: string, code: (name: string) => string): string {
    const known = this.helpers.get(key);
    if (known) return known.name;
    const name = `${prefix}${this.helpers.size}`;
    this.helpers.set(key, { name, code: code(name) });
    return name;
  }

  listLoop(element: string, tsType: string): string {
    return this.helper(
      `tl:${element}`,
      'tl',
      (name) => `function ${name}(x: unknown): Array<${tsType}> { if (!Array.isArray(x)) return R.treeBail(); const out: Array<${tsType}> = []; for (let i = 0; i < x.length; i++) { const e: any = x[i]; out.push(${element}); } return out; }`,
    );
  }

  /** A map (`list<tuple<string, T>>` or a WIT `map<string, T>`): keys in JSON.parse's order, which is the text's, unless a key is an array index (V8 puts those first): then bail. */
  mapLoop(element: string, tsType: string, as: 'list' | 'map'): string {
    const outType = as === 'list' ? `Array<[string, ${tsType}]>` : `Map<string, ${tsType}>`;
    const add = as === 'list' ? `out.push([k, ${element}])` : `out.set(k, ${element})`;
    return this.helper(
      `t${as}:${element}`,
      as === 'list' ? 'tm' : 'tM',
      (name) =>
        `function ${name}(x: unknown): ${outType} { if (!R.isObject(x)) return R.treeBail(); const out: ${outType} = ${as === 'list' ? '[]' : 'new Map()'}; for (const k of Object.keys(x)) { R.treeKey(k); const e: any = x[k]; ${add}; } return out; }`,
    );
  }

  // ---- records (and params spread over a function's parameters) -----------------------------------

  /** The body of a record converter (`x` is the value), or of an argument list when `shape` is `args`. */
  record(properties: Property[], fields: Pick<Field, 'name' | 'type'>[], extra: false | McpType | undefined, shape: 'record' | 'args'): string {
    const byName = new Map(fields.map((f, i) => [f.name, { f, i }]));
    const parts: string[] = [];
    const used = new Set<string>();
    for (const p of properties) {
      const hit = byName.get(fieldName(p.name));
      if (hit) used.add(hit.f.name);
      const value = INHERITED.has(p.name) ? `(Object.prototype.hasOwnProperty.call(x, ${lit(p.name)}) ? x[${lit(p.name)}] : undefined)` : prop('x', p.name);
      const site: TreeSlotSite = { prop: p, value };
      if (hit) site.field = hit;
      parts.push(...treeSlotEmitter(this.text.conv.decisions.slot(p, hit?.f)).write(this, site));
    }
    const locals = fields.map((f, i) => (used.has(f.name) ? `f${i}` : treeSlotEmitter(this.text.conv.decisions.slot(undefined, f)).write(this, { field: { f, i }, value: '' }).join(' ')));
    const assemble = shape === 'record' ? `{ ${fields.map((f, i) => `${lowerCamel(f.name)}: ${locals[i]}`).join(', ')} }` : `[${locals.join(', ')}]`;
    let others = '';
    if (extra === false) {
      const known = this.helper(`keys:${JSON.stringify(properties.map((p) => p.name))}`, 'TK', (name) => `const ${name}: ReadonlySet<string> = new Set(${lit(properties.map((p) => p.name))});`);
      others = `for (const k of Object.keys(x)) if (!${known}.has(k)) return R.treeBail();`;
    }
    return `if (!R.isObject(x)) return R.treeBail(); ${others} ${parts.join(' ')} return ${assemble};`;
  }

  // ---- variants and enums --------------------------------------------------------------------------

  variant(m: Extract<MShape, { kind: 'union' }>, w: Extract<WShape, { kind: 'variant' }>): string {
    const members = variantMembers(this.mcp, this.wit, m, w);
    // A union is the value of the property holding it: its json members are found by no name here.
    const caseTree = (member: McpType, c: Case): string =>
      c.type === undefined
        ? `(${this.tree(member, { kind: 'primitive', name: 'string' }, 'x', undefined, undefined)}, { tag: ${lit(c.name)} as const })`
        : `{ tag: ${lit(c.name)} as const, val: ${this.tree(member, c.type, 'x', undefined, undefined)} }`;
    if (m.discriminator !== undefined) {
      const d = m.discriminator;
      const arms = members.map(({ member, c }) => {
        const v = discriminatorValue(this.mcp, member, d);
        return v === undefined ? '' : `case ${lit(v)}: return ${caseTree(member, c)};`;
      });
      const v = INHERITED.has(d) ? `(Object.prototype.hasOwnProperty.call(x, ${lit(d)}) ? x[${lit(d)}] : undefined)` : prop('x', d);
      return `if (!R.isObject(x)) return R.treeBail(); switch (${v}) { ${arms.join(' ')} default: return R.treeBail(); }`;
    }
    // anyOf without a discriminator: the text path's order (rank, then breadth), the first member that converts.
    const ranked = members
      .map(({ member, c }, i) => ({ member, c, i, rank: memberRank(this.mcp, member), breadth: memberBreadth(this.mcp, member) }))
      .sort((a, b) => b.rank - a.rank || b.breadth - a.breadth || a.i - b.i);
    // A member that requires a key no other member declares is skipped when the key is absent
    // (it could not convert), instead of converting it and throwing (issue 15).
    const unique = uniqueRequiredKeys(this.mcp, ranked.map((r) => r.member));
    // And one whose required const or enum key holds a value it does not admit (text.ts's constSelector).
    const byValue = constSelector(this.mcp, ranked.map((r) => r.member));
    const tries = ranked.map(({ member, c }, i) => {
      const allowed = byValue?.allowed[i];
      const has =
        (unique[i] ?? []).map((k) => ` && Object.prototype.hasOwnProperty.call(x, ${lit(k)})`).join('') +
        (allowed === undefined || byValue === undefined ? '' : ` && (${allowed.map((v) => `${prop('x', byValue.key)} === ${lit(v)}`).join(' || ')})`);
      return `if ((${kindTest(startKinds(this.mcp, member))})${has}) { try { return ${caseTree(member, c)}; } catch { /* the next member */ } }`;
    });
    return `${tries.join(' ')} return R.treeBail();`;
  }

  enumeration(values: string[], cases: Case[]): string {
    const labels = new Set(cases.map((c) => c.name));
    const pairs = values.map((v) => [v, caseName(v)] as const).filter(([, l]) => labels.has(l));
    return `switch (x) { ${pairs.map(([v, l]) => `case ${lit(v)}: return ${lit(l)} as const;`).join(' ')} default: return R.treeBail(); }`;
  }

  /** Adds a method entry when its converters can be used; returns its name, or undefined. */
  addEntry(name: string, signature: string, write: () => string): string | undefined {
    const { body, usable } = this.entry(write);
    if (!usable) return undefined;
    this.entries.push({ name, code: `export function ${name}${signature} { ${body} }` });
    return name;
  }

  allFunctions(): string {
    return [...this.fns.values()].map((f) => `export function ${f.name}(x: any): ${f.witType} { ${f.body} }`).join('\n');
  }

  allHelpers(): string {
    return [...this.helpers.values()].map((h) => h.code).join('\n');
  }
}

/** One position the tree path writes: both sides resolved, the MCP type (for its range), the value's expression, its schema, and the property name holding it (to find a `json` value's text). */
export interface TreeSite {
  m: MShape;
  w: WShape;
  type: McpType;
  x: string;
  pointer: string | undefined;
  key: string | undefined;
}

/** The tree path's code for one rule: a value JSON.parse produced -> the WIT value, or a bail to the text path. */
interface TreeEmitter {
  tree(t: TreePlanner, s: TreeSite): string;
  /** For a rule whose named pairs are functions of their own (decisions.ts): the body. */
  body?(t: TreePlanner, m: MShape, w: WShape, mcpName: string): string;
}

/** What the text path cannot convert either (it warned), or leaves to itself: the text path decides. */
const bail: TreeEmitter = { tree: (t) => t.bail() };

/** A value MCP always has, in an option: wrapped, the payload by its own rule. */
const objectAsRecord: TreeEmitter = {
  ...bail,
    body: (t, m, w, mcpName) => {
      if (m.kind !== 'object' || w.kind !== 'record') return unreachable(m, w);
      const named = t.mcp.types[mcpName];
      const extra = named?.body.kind === 'object' ? named.body.additionalProperties : undefined;
      return t.record(m.properties, w.fields, extra, 'record');
    },
};

const inOption: TreeEmitter = {
  tree: (t, s) => {
    if (s.w.kind !== 'option') return t.bail();
    const inner = t.treeShape({ ...s, w: resolveWit(t.wit, s.w.inner) });
    return canBeUndefined(t.wit, s.w.inner) ? `{ tag: 'some' as const, val: ${inner} }` : inner;
  },
};

/** A primitive MCP value in a WIT primitive, as the text path reads it. */
const primitive: TreeEmitter = {
  tree: (t, { m, w, type, x }) => {
    if (m.kind !== 'primitive' || w.kind !== 'primitive') return t.bail();
    if (m.type === 'string' && (w.name === 'string' || w.name === 'char')) return w.name === 'char' ? `R.char(R.treeStr(${x}))` : `R.treeStr(${x})`;
    if (m.type === 'boolean' && w.name === 'bool') return `R.treeBool(${x})`;
    if (m.type === 'integer' || m.type === 'number') {
      const n = inRange(type, m.type === 'integer' ? `R.treeInt(${x})` : `R.treeNum(${x})`);
      if (w.name === 's64') return `R.s64(${n})`;
      if (w.name === 'u64') return `R.u64(${n})`;
      if (w.name === 'f64' || w.name === 'f32') return m.type === 'integer' ? `R.s64Safe(${n})` : n;
      const r = INT_RANGES[w.name];
      if (r) return `R.intIn(${n}, ${r[0]}, ${r[1]}, '${w.name}-range')`;
    }
    return t.bail();
  },
};

/** The tree path's emitter for every rule of the checker's type table. */
export const TREE_EMITTERS = {
  'json-carrier': { tree: (t, s) => t.json(s.pointer, s.key) },
  // A `json` value in a string: the text path decides.
  'json-as-string': bail,
  'json-into-typed': { tree: (t, s) => (s.w.kind === 'option' ? inOption.tree(t, s) : t.bail()) },
  string: primitive,
  boolean: primitive,
  integer: primitive,
  number: primitive,
  const: {
    tree: (t, { m, w, x }) => {
      if (m.kind !== 'const') return t.bail();
      if (w.kind === 'enum' && typeof m.value === 'string') return `(${x} === ${lit(m.value)} ? (${lit(caseName(m.value))} as const) : R.treeBail())`;
      if (w.kind === 'primitive') return `(${x} === ${lit(m.value)} ? ${lit(m.value)} : R.treeBail())`;
      return t.bail();
    },
  },
  enum: { ...bail, body: (t, m, w) => (m.kind === 'enum' && w.kind === 'enum' ? t.enumeration(m.values, w.cases) : unreachable(m, w)) },
  'enum-as-string': { tree: (t, { m, x }) => (m.kind === 'enum' ? `R.checkEnum(R.treeStr(${x}), ${lit(m.values)})` : t.bail()) },
  array: {
    tree: (t, { m, w, x, pointer }) => {
      if (m.kind !== 'array' || w.kind !== 'list') return t.bail();
      return `${t.listLoop(t.tree(m.items, w.element, 'e', pointer && `${pointer}/items`, undefined), witTs(t.wit, w.element, t.text.conv.usedWit))}(${x})`;
    },
  },
  map: {
    tree: (t, { m, w, x, pointer }) => {
      const v = mapValue(t.wit, w);
      if (m.kind !== 'map' || !v) return t.bail();
      return `${t.mapLoop(t.tree(m.values, v, 'e', pointer && `${pointer}/additionalProperties`, undefined), witTs(t.wit, v, t.text.conv.usedWit), 'list')}(${x})`;
    },
  },
  'map-as-wit-map': {
    tree: (t, { m, w, x, pointer }) => {
      if (m.kind !== 'map' || w.kind !== 'map' || !isStringKey(t.wit, w)) return t.bail();
      return `${t.mapLoop(t.tree(m.values, w.value, 'e', pointer && `${pointer}/additionalProperties`, undefined), witTs(t.wit, w.value, t.text.conv.usedWit), 'map')}(${x})`;
    },
  },
  'object-as-record': objectAsRecord,
  // Written as any record: the members beyond the fields are reported by decode (DecodeOptions), not carried.
  'open-object-as-record': objectAsRecord,
  // The text path copies the rest members as written, which a JSON.parse value cannot give back:
  // an object with a member beyond the declared ones goes to the text path (extra = false bails).
  'open-object-with-rest': {
    ...bail,
    body: (t, m, w) => (m.kind === 'object' && w.kind === 'record' ? t.record(m.properties, w.fields, false, 'record') : unreachable(m, w)),
  },
  'nullable-union': {
    // `T | null` in an option: null is none (as the text path's takeNull).
    tree: (t, { m, w, x, pointer, key }) => {
      const rest = nonNull(m);
      if (w.kind !== 'option' || !rest) return t.bail();
      const tagged = canBeUndefined(t.wit, w.inner);
      const inner = t.tree(rest, w.inner, x, pointer, key);
      return `(${x} === null ? ${tagged ? `({ tag: 'none' } as const)` : 'undefined'} : ${tagged ? `{ tag: 'some' as const, val: ${inner} }` : inner})`;
    },
  },
  'union-as-variant': { ...bail, body: (t, m, w) => (m.kind === 'union' && w.kind === 'variant' ? t.variant(m, w) : unreachable(m, w)) },
  // A union of results, and an error code: the text path decides (it looks resultType up on the text).
  'result-type-union': { ...bail, body: () => 'return R.treeBail();' },
  'integer-as-code-variant': bail,
  'union-as-string': bail,
  'value-as-option': inOption,
  handle: bail,
  'kind-mismatch': bail,
} satisfies Record<TypeRuleId, TreeEmitter>;

function treeEmitter(rule: TypeRuleId): TreeEmitter {
  return TREE_EMITTERS[rule];
}

/** A property of a record (or of spread params) and the WIT field carrying it, either possibly absent. */
interface TreeSlotSite {
  prop?: Property;
  /** The field and its index among the fields (its local is `f<i>`). */
  field?: { f: Pick<Field, 'name' | 'type'>; i: number };
  /** The property's value in the parsed object (own properties only). */
  value: string;
}

/** The tree path's code for one slot rule: statements of the record converter (an extra field: the expression it holds). */
interface TreeSlotEmitter {
  write(t: TreePlanner, s: TreeSlotSite): string[];
}

/**
 * Both sides present: the property's value into the field's local, `T` as it stands (`through`),
 * or the payload of an option field. Absent: none for an optional property, a bail for a required one.
 */
function presentTreeSlot(through: boolean): TreeSlotEmitter {
  return {
    write: (t, { prop: p, field, value: v }) => {
      if (!p || !field) return unreachableSlot();
      const { f, i } = field;
      const raw = `v${i}`;
      const slot = resolveWit(t.wit, f.type);
      let value: string;
      if (through || slot.kind !== 'option') value = t.tree(p.type, f.type, raw, p.pointer, p.name);
      else {
        const inner = t.tree(p.type, slot.inner, raw, p.pointer, p.name);
        value = canBeUndefined(t.wit, slot.inner) ? `{ tag: 'some' as const, val: ${inner} }` : inner;
      }
      const none = slot.kind === 'option' && canBeUndefined(t.wit, slot.inner) ? `({ tag: 'none' } as const)` : 'undefined';
      const absent = p.required ? 'R.treeBail()' : none;
      return [`const ${raw}: any = ${v}; const f${i}: ${witTs(t.wit, f.type, t.text.conv.usedWit)} = ${raw} === undefined ? ${absent} : ${value};`];
    },
  };
}

/** A const property with no field: checked, not carried (present means equal to the const; required: present). */
const constTreeSlot: TreeSlotEmitter = {
  write: (t, { prop: p, value: v }) => {
    const c = p ? resolveMcp(t.mcp, p.type) : undefined;
    if (!p || c?.kind !== 'const') return unreachableSlot();
    return [p.required ? `if (${v} !== ${lit(c.value)}) return R.treeBail();` : `if (${v} !== undefined && ${v} !== ${lit(c.value)}) return R.treeBail();`];
  },
};

/** The tree path's emitter for every slot rule of the checker's table (records and spread params). */
export const TREE_SLOT_EMITTERS = {
  'const-implied': constTreeSlot,
  // A result's resultType: the text path checks it against the result type.
  'result-type-implied': { write: (_t, s) => [`if (${s.value} !== undefined) return R.treeBail();`] },
  'params-absent': presentTreeSlot(false),
  'slot-missing': {
    // Validated then dropped by the text path: the tree path leaves such values to it (a const is checked here).
    write: (t, s) => {
      const p = s.prop;
      if (!p) return unreachableSlot();
      if (resolveMcp(t.mcp, p.type).kind === 'const') return constTreeSlot.write(t, s);
      return [`if (${s.value} !== undefined) return R.treeBail();`, ...(p.required ? ['return R.treeBail();'] : [])];
    },
  },
  // A field with no property: none when it can be, else the text path decides.
  'slot-extra': { write: (t, { field }) => (field ? [canBeUndefined(t.wit, field.f.type) ? 'undefined' : 'R.treeBail()'] : unreachableSlot()) },
  // Cases are written with their variant, never as record slots.
  'case-without-payload': { write: () => unreachableSlot() },
  // The rest of an open object is written with its record, never as a slot.
  'rest-members': { write: () => unreachableSlot() },
  // Required: through the option, null is none. Optional: absent and null are one none (lossy).
  'nullable-as-option': { write: (t, s) => presentTreeSlot(s.prop?.required === true).write(t, s) },
  'required-as-option': presentTreeSlot(false),
  'optional-as-option': presentTreeSlot(false),
  'optional-as-required': presentTreeSlot(false),
  required: presentTreeSlot(false),
} satisfies Record<SlotRuleId, TreeSlotEmitter>;

function treeSlotEmitter(rule: SlotRuleId): TreeSlotEmitter {
  return TREE_SLOT_EMITTERS[rule];
}

/** The value test for the text path's `startsAs(kinds)`: o object, a array, s string, n number, b boolean, z null. */
function kindTest(kinds: string): string {
  const tests: Record<string, string> = {
    o: 'R.isObject(x)',
    a: 'Array.isArray(x)',
    s: "typeof x === 'string'",
    n: "typeof x === 'number'",
    b: "typeof x === 'boolean'",
    z: 'x === null',
  };
  return [...kinds].map((k) => tests[k] ?? 'false').join(' || ') || 'false';
}
