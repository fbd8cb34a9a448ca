// One test (at least) per rule of the rule table, through the same entry points the engine uses.
import { afterAll, describe, expect, it } from 'vitest';
import { Comparer, newUnit } from '../../compiler/map/compare.js';
import { decideSlot, decideType, RULES, type RuleContext } from '../../compiler/map/rules.js';
import { CheckerError, type McpSlot, resolveMcp, resolveWit, type WitSlot } from '../../compiler/map/shapes.js';
import type { McpType, NamedType } from '../../compiler/schema/model.js';
import { interfaceId, packageId, typeId, type WitModel, type WitType } from '../../compiler/wit/model.js';
import { alias, mcpModel, object, prop, t, witModel } from './helpers.js';

const used = new Set<string>();

// every rule of the table is exercised by some test in this file
afterAll(() => {
  const unused = RULES.map((r) => r.id).filter((id) => !used.has(id));
  expect(unused).toEqual([]);
});

/** Context with the given MCP types and WIT declarations (in interface `t`). */
function setup(types: NamedType[], witDecls: string, expr: string): { ctx: RuleContext; wit: WitType } {
  const wm = witModel(`package test:rules;\ninterface t {\n${witDecls}\nrecord holder { f: ${expr} }\n}\n`);
  const holder = Object.values(wm.types).find((d) => d.name === 'holder');
  if (!holder || holder.kind !== 'record') throw new Error('no holder');
  return { ctx: { mcp: mcpModel(types), wit: wm }, wit: (holder.fields[0] as { type: WitType }).type };
}

/** The first rule's decision for one pair of types. */
function decide(mcp: McpType, expr: string, types: NamedType[] = [], witDecls = ''): { rule: string; verdict: string } {
  const { ctx, wit } = setup(types, witDecls, expr);
  const d = decideType(resolveMcp(ctx.mcp, mcp), resolveWit(ctx.wit, wit), ctx);
  used.add(d.rule);
  return { rule: d.rule, verdict: d.verdict };
}

/** The whole comparison: verdict including sub-pairs, and the findings of every pair. */
function compare(mcp: McpType, expr: string, types: NamedType[] = [], witDecls = '') {
  const { ctx, wit } = setup(types, witDecls, expr);
  return compareIn(ctx, mcp, wit);
}

function compareIn(ctx: RuleContext, mcp: McpType, wit: WitType) {
  const cmp = new Comparer(ctx, (s) => `${s.file}:${s.line}:${s.column}`);
  const unit = newUnit();
  cmp.type(unit, '', mcp, wit, {});
  const findings = [...unit.findings, ...[...cmp.pairs.values()].flatMap((p) => p.findings.map((f) => ({ ...f, path: `${p.mcp}:${f.path}` })))];
  for (const f of findings) used.add(f.rule);
  return { verdict: cmp.unitVerdict(unit), findings: findings.map((f) => `${f.path} ${f.verdict} ${f.rule}`).sort(), cmp };
}

function slot(m: McpSlot | undefined, w: WitSlot | undefined, types: NamedType[] = [], witDecls = '', expr = 'string') {
  const { ctx, wit } = setup(types, witDecls, expr);
  const ws = w ? { ...w, type: w.type === undefined ? undefined : wit } : undefined;
  const d = decideSlot(m, ws as WitSlot | undefined, ctx);
  used.add(d.rule);
  return { rule: d.rule, verdict: d.verdict };
}

const prop1 = (required: boolean, type: McpType = t.string): McpSlot => ({ kind: 'property', name: 'x', label: 'x', type, required });
const field: WitSlot = { kind: 'field', name: 'x', type: { kind: 'primitive', name: 'string' } };

describe('primitives', () => {
  it('string', () => {
    expect(decide(t.string, 'string')).toEqual({ rule: 'string', verdict: 'exact' });
    expect(decide(t.string, 'char')).toEqual({ rule: 'string', verdict: 'lossy' });
  });
  it('boolean', () => {
    expect(decide(t.boolean, 'bool')).toEqual({ rule: 'boolean', verdict: 'exact' });
  });
  it('integer: s64 exact, narrower integers and f64 narrowed, f32 lossy', () => {
    expect(decide(t.integer, 's64').verdict).toBe('exact');
    for (const w of ['u64', 'u32', 's32', 'u8']) expect(decide(t.integer, w)).toEqual({ rule: 'integer', verdict: 'narrowed' });
    expect(decide(t.integer, 'f64')).toEqual({ rule: 'integer', verdict: 'narrowed' });
    expect(decide(t.integer, 'f32')).toEqual({ rule: 'integer', verdict: 'lossy' });
  });
  it('number: f64 exact, f32 and integers lossy', () => {
    expect(decide(t.number, 'f64')).toEqual({ rule: 'number', verdict: 'exact' });
    expect(decide(t.number, 'f32')).toEqual({ rule: 'number', verdict: 'lossy' });
    expect(decide(t.number, 's64')).toEqual({ rule: 'number', verdict: 'lossy' });
  });
  it('a primitive in another primitive is a kind mismatch', () => {
    expect(decide(t.string, 'u32')).toEqual({ rule: 'kind-mismatch', verdict: 'lossy' });
    expect(decide(t.boolean, 'string')).toEqual({ rule: 'kind-mismatch', verdict: 'lossy' });
  });
});

describe('JSON', () => {
  it('json carried as `json` or list<u8> is encoded', () => {
    expect(decide(t.json, 'json', [], 'type json = list<u8>;')).toEqual({ rule: 'json-carrier', verdict: 'encoded' });
    expect(decide(t.json, 'list<u8>')).toEqual({ rule: 'json-carrier', verdict: 'encoded' });
  });
  it('a typed value as `json` is encoded', () => {
    expect(decide(t.ref('O'), 'json', [object('O', [prop('a', t.string)])], 'type json = list<u8>;')).toEqual({ rule: 'json-carrier', verdict: 'encoded' });
    expect(decide(t.map(t.string), 'json', [], 'type json = list<u8>;')).toEqual({ rule: 'json-carrier', verdict: 'encoded' });
  });
  it('json as string is encoded, as a typed WIT value lossy', () => {
    expect(decide(t.json, 'string')).toEqual({ rule: 'json-as-string', verdict: 'encoded' });
    expect(decide(t.json, 'list<string>')).toEqual({ rule: 'json-into-typed', verdict: 'lossy' });
  });
  it('an open object without properties is json', () => {
    expect(decide(t.ref('Open'), 'list<u8>', [object('Open', [], t.json)])).toEqual({ rule: 'json-carrier', verdict: 'encoded' });
  });
});

describe('const and enum', () => {
  it('const as its primitive or an enum case', () => {
    expect(decide(t.const('text'), 'string')).toEqual({ rule: 'const', verdict: 'exact' });
    expect(decide(t.const(2), 'u8')).toEqual({ rule: 'const', verdict: 'exact' });
    expect(decide(t.const(true), 'bool')).toEqual({ rule: 'const', verdict: 'exact' });
    expect(decide(t.const('a_b'), 'e', [], 'enum e { a-b, c }')).toEqual({ rule: 'const', verdict: 'exact' });
    expect(decide(t.const('z'), 'e', [], 'enum e { a-b, c }')).toEqual({ rule: 'const', verdict: 'lossy' });
  });
  it('enum as enum: exact; a value without a case lossy; a case without a value extra', () => {
    expect(decide(t.enum('warning', 'input_required'), 'e', [], 'enum e { input-required, warning }')).toEqual({ rule: 'enum', verdict: 'exact' });
    expect(decide(t.enum('a', 'b'), 'e', [], 'enum e { a }')).toEqual({ rule: 'enum', verdict: 'lossy' });
    expect(decide(t.enum('a'), 'e', [], 'enum e { a, b }')).toEqual({ rule: 'enum', verdict: 'extra' });
  });
  it('enum as string is lossy', () => {
    expect(decide(t.enum('a'), 'string')).toEqual({ rule: 'enum-as-string', verdict: 'lossy' });
  });
});

describe('containers', () => {
  it('array as list compares elements', () => {
    expect(decide(t.array(t.string), 'list<string>')).toEqual({ rule: 'array', verdict: 'exact' });
    const c = compare(t.array(t.integer), 'list<u32>');
    expect(c.verdict).toBe('narrowed');
    expect(c.findings).toEqual(['[] narrowed integer']);
  });
  it('map as map<string, T>', () => {
    expect(decide(t.map(t.integer), 'map<string, s64>')).toEqual({ rule: 'map-as-wit-map', verdict: 'exact' });
    expect(compare(t.map(t.integer), 'map<string, f32>').findings).toEqual(['{} lossy integer']);
    expect(decide(t.map(t.integer), 'map<u32, s64>')).toEqual({ rule: 'map-as-wit-map', verdict: 'lossy' });
  });

  it('map as list<tuple<string, T>>', () => {
    expect(decide(t.map(t.integer), 'list<tuple<string, s64>>')).toEqual({ rule: 'map', verdict: 'exact' });
    expect(compare(t.map(t.integer), 'list<tuple<string, f32>>').findings).toEqual(['{} lossy integer']);
    // a list of tuples with a non-string key is not a map
    expect(decide(t.map(t.integer), 'list<tuple<u32, s64>>').rule).toBe('kind-mismatch');
  });
  it('an option where MCP always has a value is lossy', () => {
    expect(decide(t.string, 'option<string>')).toEqual({ rule: 'value-as-option', verdict: 'lossy' });
    expect(compare(t.array(t.string), 'list<option<string>>').findings).toEqual(['[] lossy value-as-option']);
  });
  it('a resource handle is lossy', () => {
    expect(decide(t.string, 'r', [], 'resource r;')).toEqual({ rule: 'handle', verdict: 'lossy' });
  });
  it('a stream or future where a value belongs has no rule: a named checker error', () => {
    expect(() => decide(t.array(t.integer), 'stream<u8>')).toThrow(CheckerError);
    try {
      decide(t.string, 'future<string>');
      expect.unreachable();
    } catch (e) {
      expect((e as CheckerError).code).toBe('no-rule');
      expect((e as Error).message).toContain('no rule covers MCP primitive (string) against WIT future');
    }
  });
});

describe('objects and slots', () => {
  const tool = object('Tool', [prop('name', t.string), prop('mimeType', t.string, false), prop('_meta', t.json, false), prop('type', t.const('tool'))]);
  it('object as record: fields by kebab-case name in any order, `_meta` as `meta`, required const implied', () => {
    const c = compare(t.ref('Tool'), 'tool', [tool], 'type json = list<u8>;\nrecord tool { meta: option<json>, mime-type: option<string>, name: string }');
    expect(c.verdict).toBe('encoded');
    expect(c.findings).toEqual(['Tool:_meta encoded json-carrier']);
    expect(decide(t.ref('Tool'), 'tool', [tool], 'record tool { name: string }').rule).toBe('object-as-record');
  });
  it('an object MCP declares open, as a record: lossy (open-object-as-record), the fields compared as for any record', () => {
    const result = object('Result', [prop('_meta', t.json, false)], t.json);
    expect(decide(t.ref('Result'), 'r', [result], 'type json = list<u8>;\nrecord r { meta: option<json> }')).toEqual({ rule: 'open-object-as-record', verdict: 'lossy' });
    const c = compare(t.ref('Result'), 'r', [result], 'type json = list<u8>;\nrecord r { meta: option<json> }');
    expect(c.verdict).toBe('lossy');
    expect(c.findings).toContain('Result:_meta encoded json-carrier');
    // Carried as json, nothing is lost.
    expect(decide(t.ref('Result'), 'json', [result], 'type json = list<u8>;')).toEqual({ rule: 'json-carrier', verdict: 'encoded' });
    // Closed, or open by omission only (the schema says nothing): a record is exact.
    expect(decide(t.ref('Tool'), 'tool', [tool], 'record tool { name: string }').verdict).toBe('exact');
  });
  it('a `_meta` object (open by MCP, not by its schema): a record without a rest field is lossy; with the manifest\'s rest field, carried', () => {
    const meta: NamedType = { ...object('Meta', [prop('progressToken', t.string, false)]), body: { kind: 'object', properties: [prop('progressToken', t.string, false)], meta: true } };
    const decls = 'type json = list<u8>;\nrecord m { progress-token: option<string>, extra: option<json> }';
    const closed = compare(t.ref('Meta'), 'm', [meta], decls);
    expect(closed.verdict).toBe('lossy');
    expect(closed.findings).toEqual(['Meta: lossy open-object-as-record', 'Meta:extra extra slot-extra']);
    const hint = decideType(resolveMcp(mcpModel([meta]), t.ref('Meta')), resolveWit(setup([meta], decls, 'm').ctx.wit, setup([meta], decls, 'm').wit), setup([meta], decls, 'm').ctx);
    expect(hint.reason).toContain('its field extra could carry them: name it as the type\'s "rest" in the manifest');
    const { ctx, wit } = setup([meta], decls, 'm');
    const withRest = compareIn({ ...ctx, rest: { Meta: 'extra' } }, t.ref('Meta'), wit);
    expect(withRest.verdict).toBe('encoded');
    expect(withRest.findings).toEqual(['Meta:extra encoded rest-members']);
    const top = [...withRest.cmp.pairs.values()][0]?.decision;
    expect(top && { rule: top.rule, verdict: top.verdict }).toEqual({ rule: 'open-object-with-rest', verdict: 'exact' });
    used.add(top!.rule);
    // A rest field that is not JSON text carries nothing: lossy, and the reason names it.
    const bad = setup([meta], 'record m { progress-token: option<string>, extra: option<string> }', 'm');
    const d = decideType(resolveMcp(bad.ctx.mcp, t.ref('Meta')), resolveWit(bad.ctx.wit, bad.wit), { ...bad.ctx, rest: { Meta: 'extra' } });
    expect(d.rule).toBe('open-object-as-record');
    expect(d.reason).toContain("the manifest's rest field extra is not a json or option<json> field");
    // Closed outright by its schema: a _meta object stays closed.
    const shut: NamedType = { ...meta, body: { kind: 'object', properties: [prop('progressToken', t.string, false)], meta: true, additionalProperties: false } };
    expect(decide(t.ref('Meta'), 'm', [shut], decls).rule).toBe('object-as-record');
  });
  it('every property/field presence combination', () => {
    const c = compare(t.ref('Tool'), 'tool', [tool], 'record tool { name: option<string>, mime-type: string, extra: option<u8>, more: u8 }');
    expect(c.findings).toEqual([
      'Tool:_meta missing slot-missing',
      'Tool:mimeType lossy optional-as-required',
      'Tool:more extra slot-extra',
      'Tool:extra extra slot-extra',
      'Tool:name lossy required-as-option',
    ].sort());
    expect(c.verdict).toBe('missing');
  });
  it('slot rules one by one', () => {
    expect(slot(prop1(true, t.const('x')), undefined)).toEqual({ rule: 'const-implied', verdict: 'exact' });
    expect(slot(prop1(false, t.const('x')), undefined)).toEqual({ rule: 'slot-missing', verdict: 'missing' });
    expect(slot(prop1(true), undefined)).toEqual({ rule: 'slot-missing', verdict: 'missing' });
    expect(slot(undefined, field)).toEqual({ rule: 'slot-extra', verdict: 'extra' });
    expect(slot(prop1(true), field, [], '', 'option<string>')).toEqual({ rule: 'required-as-option', verdict: 'lossy' });
    expect(slot(prop1(false), field, [], '', 'option<string>')).toEqual({ rule: 'optional-as-option', verdict: 'exact' });
    expect(slot(prop1(false), field)).toEqual({ rule: 'optional-as-required', verdict: 'lossy' });
    expect(slot(prop1(true), field)).toEqual({ rule: 'required', verdict: 'exact' });
    // an option behind an alias is still an option
    expect(slot(prop1(false), field, [], 'type maybe = option<string>;', 'maybe')).toEqual({ rule: 'optional-as-option', verdict: 'exact' });
  });
  it('optional params with only optional properties may be a plain record', () => {
    const params = object('P', [prop('cursor', t.string, false)]);
    const m: McpSlot = { kind: 'params', name: 'params', label: 'p', type: t.ref('P'), required: false };
    expect(slot(m, { kind: 'param', name: 'p', type: { kind: 'primitive', name: 'string' } }, [params], 'record p { cursor: option<string> }', 'p')).toEqual({
      rule: 'params-absent',
      verdict: 'exact',
    });
  });
  it('an object in a variant is a kind mismatch', () => {
    expect(decide(t.ref('Tool'), 'v', [tool], 'variant v { a }').rule).toBe('kind-mismatch');
  });
});

describe('unions', () => {
  const text = object('TextContent', [prop('type', t.const('text')), prop('text', t.string)]);
  const link = object('ResourceLink', [prop('type', t.const('resource_link')), prop('uri', t.string)]);
  const block = alias('ContentBlock', t.union([t.ref('TextContent'), t.ref('ResourceLink')], 'type'));
  const decls = 'record text-content { text: string }\nrecord resource-link { uri: string }';
  it('discriminated union as variant, cases by const value', () => {
    const c = compare(t.ref('ContentBlock'), 'v', [text, link, block], `${decls}\nvariant v { text(text-content), resource-link(resource-link) }`);
    expect(c.verdict).toBe('exact');
    expect(c.findings).toEqual([]);
    expect(decide(t.ref('ContentBlock'), 'v', [text, link, block], `${decls}\nvariant v { text(text-content), resource-link(resource-link) }`).rule).toBe('union-as-variant');
  });
  it('cases may also be named by member type', () => {
    const c = compare(t.ref('ContentBlock'), 'v', [text, link, block], `${decls}\nvariant v { text-content(text-content), resource-link(resource-link) }`);
    expect(c.findings).toEqual([]);
  });
  it('a member without a case is missing; a case without a member extra', () => {
    const c = compare(t.ref('ContentBlock'), 'v', [text, link, block], `${decls}\nvariant v { text(text-content), audio(string) }`);
    expect(c.findings).toEqual(['ContentBlock:|audio extra slot-extra', 'ContentBlock:|resource-link missing slot-missing']);
    expect(c.verdict).toBe('missing');
  });
  it('a case without payload carries only a const member', () => {
    const u = alias('U', t.union([t.const('a'), t.string]));
    const c = compare(t.ref('U'), 'v', [u], 'variant v { a, %string }');
    expect(c.findings).toEqual(['U:|string lossy case-without-payload']);
    expect(slot({ kind: 'case', name: 'a', label: 'a', type: t.const('a'), required: true }, { kind: 'case', name: 'a' })).toEqual({ rule: 'case-without-payload', verdict: 'exact' });
  });
  it('a union of results as a variant by resultType: complete and input-required, resultType implied', () => {
    const rt = () => prop('resultType', t.string, true);
    const call = object('CallToolResult', [rt(), prop('content', t.array(t.string), true)]);
    const input = object('InputRequiredResult', [rt(), prop('requestState', t.string, false)]);
    const outcome = alias('CallToolOutcome', t.union([t.ref('InputRequiredResult'), t.ref('CallToolResult')]));
    const decls = 'record call-tool-result { content: list<string> }\nrecord input-required-result { request-state: option<string> }';
    const c = compare(t.ref('CallToolOutcome'), 'v', [call, input, outcome], `${decls}\nvariant v { complete(call-tool-result), input-required(input-required-result) }`);
    expect(c.findings).toEqual([]);
    expect(c.verdict).toBe('exact');
    expect(decide(t.ref('CallToolOutcome'), 'v', [call, input, outcome], `${decls}\nvariant v { complete(call-tool-result), input-required(input-required-result) }`).rule).toBe('result-type-union');
    // cases named by member type are not told apart by resultType: missing, not silently exact
    const byType = compare(t.ref('CallToolOutcome'), 'v', [call, input, outcome], `${decls}\nvariant v { call-tool-result(call-tool-result), input-required-result(input-required-result) }`);
    expect(byType.verdict).toBe('missing');
    expect(slot({ kind: 'property', name: 'resultType', label: 'result-type', type: t.string, required: true }, undefined)).toEqual({ rule: 'result-type-implied', verdict: 'exact' });
  });
  it('an integer (error code) as a variant whose cases document their integers and carry the rest in other(s64)', () => {
    const decls = 'variant code {\n  /// -32700: parse error\n  parse-error,\n  /// -32602: invalid params\n  invalid-params,\n  other(s64),\n}';
    expect(decide(t.integer, 'code', [], decls)).toEqual({ rule: 'integer-as-code-variant', verdict: 'encoded' });
    // a case without its integer, two cases with one integer, or no other(s64): not a code variant
    expect(decide(t.integer, 'code', [], 'variant code {\n  parse-error,\n  other(s64),\n}').rule).toBe('kind-mismatch');
    expect(decide(t.integer, 'code', [], 'variant code {\n  /// -1: a\n  a,\n  /// -1: b\n  b,\n  other(s64),\n}').rule).toBe('kind-mismatch');
    expect(decide(t.integer, 'code', [], 'variant code {\n  /// -1: a\n  a,\n  /// -2: b\n  b,\n}').rule).toBe('kind-mismatch');
  });
  it('string | integer as a variant by member type, or as string (lossy)', () => {
    const token = alias('ProgressToken', t.union([t.string, t.integer]));
    expect(compare(t.ref('ProgressToken'), 't', [token], 'variant t { %string(string), integer(s64) }').verdict).toBe('exact');
    expect(decide(t.ref('ProgressToken'), 'string', [token])).toEqual({ rule: 'union-as-string', verdict: 'lossy' });
  });
});

describe('aliases and references', () => {
  const cursor = alias('Cursor', t.string);
  it('an alias maps to a WIT alias or to the target itself', () => {
    expect(compare(t.ref('Cursor'), 'cursor', [cursor], 'type cursor = string;').verdict).toBe('exact');
    expect(compare(t.ref('Cursor'), 'string', [cursor]).verdict).toBe('exact');
  });
  it('an alias cycle is a named checker error', () => {
    const a = alias('A', t.ref('B'));
    const b = alias('B', t.ref('A'));
    expect(() => compare(t.ref('A'), 'string', [a, b])).toThrow(/alias cycle/);
  });
});

describe('recursion', () => {
  const NODE = typeId(interfaceId(packageId('test', 'r'), 't'), 'node');
  // WIT text cannot express a recursive type, but the model can: build one by hand.
  function recursiveWit(childType: 'named' | 'lossy'): WitModel {
    const span = { file: 'x.wit', line: 1, column: 1, offset: 0, length: 1 };
    const pkg = packageId('test', 'r');
    const iface = interfaceId(pkg, 't');
    const id = NODE;
    const child: WitType = { kind: 'list', element: { kind: 'named', id } };
    return {
      root: pkg,
      packages: { [pkg]: { id: pkg, namespace: 'test', name: 'r', interfaces: [iface], worlds: [] } },
      interfaces: { [iface]: { id: iface, name: 't', package: pkg, gates: [], types: { node: id }, functions: [], span } },
      worlds: {},
      types: {
        [id]: {
          kind: 'record',
          id,
          name: 'node',
          owner: { package: pkg, interface: 't' },
          gates: [],
          span,
          fields: [
            { name: 'name', type: { kind: 'primitive', name: childType === 'lossy' ? 'char' : 'string' }, span },
            { name: 'children', type: { kind: 'option', inner: child }, span },
          ],
        },
      },
    };
  }
  const node = object('Node', [prop('name', t.string), prop('children', t.array(t.ref('Node')), false)]);
  it('memoizes type pairs so that cycles terminate', () => {
    const wit = recursiveWit('named');
    const c = compareIn({ mcp: mcpModel([node]), wit }, t.ref('Node'), { kind: 'named', id: NODE });
    expect(c.verdict).toBe('exact');
    expect(c.cmp.pairs.size).toBe(1);
  });
  it('a loss inside a cycle is seen from everywhere in the cycle', () => {
    const wit = recursiveWit('lossy');
    const c = compareIn({ mcp: mcpModel([node]), wit }, t.ref('Node'), { kind: 'named', id: NODE });
    expect(c.verdict).toBe('lossy');
    expect(c.findings).toEqual(['Node:name lossy string']);
  });
});

describe('the rule table', () => {
  it('has unique ids and a description for every rule', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) expect(r.description.length).toBeGreaterThan(10);
  });
});

describe('WIT aliases across interfaces', () => {
  it('an alias of a same-named type in another interface is not a cycle', () => {
    const wm = witModel('package test:alias;\ninterface a {\n  type json = list<u8>;\n}\ninterface b {\n  use a.{json as j};\n  type json = j;\n  record holder { f: json }\n}\n');
    const holder = Object.values(wm.types).find((d) => d.name === 'holder');
    if (!holder || holder.kind !== 'record') throw new Error('no holder');
    const ctx: RuleContext = { mcp: mcpModel([]), wit: wm };
    const w = resolveWit(wm, holder.fields[0]!.type);
    expect(w.names).toEqual(['json', 'json']);
    expect(decideType(resolveMcp(ctx.mcp, t.json), w, ctx).rule).toBe('json-carrier');
  });
});

describe('nullable values', () => {
  const ttl = (required: boolean): McpSlot => ({ kind: 'property', name: 'ttl', label: 'ttl', type: t.union([t.integer, { kind: 'primitive', type: 'null' }]), required });
  it('a required `T | null` as option<T> is exact; optional and nullable as option<T> lossy', () => {
    expect(slot(ttl(true), field, [], '', 'option<s64>')).toEqual({ rule: 'nullable-as-option', verdict: 'exact' });
    expect(slot(ttl(false), field, [], '', 'option<s64>')).toEqual({ rule: 'nullable-as-option', verdict: 'lossy' });
    expect(decide(t.union([t.integer, { kind: 'primitive', type: 'null' }]), 'option<s64>')).toEqual({ rule: 'nullable-union', verdict: 'exact' });
  });
  it('compares the other members with the option payload', () => {
    const o = object('O', [prop('ttl', t.union([t.integer, { kind: 'primitive', type: 'null' }]))]);
    expect(compare(t.ref('O'), 'o', [o], 'record o { ttl: option<s64> }').findings).toEqual([]);
    expect(compare(t.ref('O'), 'o', [o], 'record o { ttl: option<f32> }').findings).toEqual(['O:ttl? lossy integer']);
    const u = alias('U', t.union([t.string, t.integer, { kind: 'primitive', type: 'null' }]));
    expect(compare(t.ref('U'), 'option<v>', [u], 'variant v { %string(string), integer(s64) }').verdict).toBe('exact');
  });
});

describe('unions without a declared discriminator', () => {
  const text = object('TextContent', [prop('type', t.const('text')), prop('text', t.string)]);
  const image = object('ImageContent', [prop('type', t.const('image')), prop('data', t.string)]);
  const decls = 'record text-content { text: string }\nrecord image-content { data: string }';
  it('names cases by a const property every object member has', () => {
    const u = alias('U', t.union([t.ref('TextContent'), t.ref('ImageContent'), t.array(t.string)]));
    const c = compare(t.ref('U'), 'v', [text, image, u], `${decls}\nvariant v { text(text-content), image(image-content), array(list<string>) }`);
    expect(c.findings).toEqual([]);
    expect(c.verdict).toBe('exact');
  });
  it('flattens a member that is itself a union when it has no case of its own', () => {
    const inner = alias('Inner', t.union([t.string, t.integer, t.boolean]));
    const u = alias('U', t.union([t.array(t.string), t.ref('Inner')]));
    const flat = compare(t.ref('U'), 'v', [inner, u], 'variant v { array(list<string>), %string(string), integer(s64), boolean(bool) }');
    expect(flat.findings).toEqual([]);
    const nested = compare(t.ref('U'), 'v', [inner, u], 'variant i { %string(string), integer(s64), boolean(bool) }\nvariant v { array(list<string>), inner(i) }');
    expect(nested.findings).toEqual([]);
    const short = compare(t.ref('U'), 'v', [inner, u], 'variant v { array(list<string>), %string(string) }');
    expect(short.findings).toEqual(['U:|boolean missing slot-missing', 'U:|integer missing slot-missing']);
  });
});
