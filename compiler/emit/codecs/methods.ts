// Per-message codecs: for each request and notification the proposal carries through a function,
// params <-> the function's argument list (one argument per params property in WIT parameter
// order, or the whole params as one argument), the result <-> the function's ok value, and the
// JSON-RPC error object <-> the `error` type of its `result<_, error>`.
import { type Diagnostic, warning } from '../../diagnostics.js';
import type { Mapping, MessageItem } from '../../map/types.js';
import { fieldName, lowerCamel } from '../../map/names.js';
import { resolveMcp, resolveWit } from '../../map/shapes.js';
import { codeVariant } from '../../map/rules.js';
import { splitRef } from '../../map/worlds.js';
import type { McpType, Method, Property } from '../../schema/model.js';
import type { Func, WitType } from '../../wit/model.js';
import type { ConverterPlanner } from './converters.js';
import { lit, type Name, Scope } from './code.js';
import type { TextPlanner } from './text.js';
import type { TreePlanner } from './tree.js';
import { canBeUndefined, witTs } from './jco-type-names.js';

export interface MethodPlan {
  method: Method;
  /** Every function carrying the message, `interface.function`, sorted. */
  functions: string[];
  func: Func;
  /** The exported const holding the message's codecs. */
  ident: Name;
  code: string;
}

/** The functions (`interface.function`) that carry a message, from the checker's realizations. */
export function carriers(item: MessageItem): string[] {
  const out = new Set<string>();
  for (const r of item.realizations) {
    if ((r.realization === 'handler' || r.realization === 'import') && r.function && r.status !== 'missing') out.add(r.function);
  }
  return [...out].sort();
}

export function findFunc(planner: ConverterPlanner, ref: string): Func | undefined {
  const { interface: iface, name } = splitRef(ref);
  const wit = planner.wit;
  for (const i of Object.values(wit.interfaces)) {
    if (i.package !== wit.root || i.name !== iface) continue;
    const f = i.functions.find((fn) => fn.name === name);
    if (f) return f;
  }
  return undefined;
}

/** `result<R, E>` (after `future<...>`) split into its parts; a plain return is ok-only. */
export function returnParts(planner: ConverterPlanner, func: Func): { ok?: WitType; err?: WitType; isResult: boolean } {
  let r = func.result;
  if (!r) return { isResult: false };
  const s0 = resolveWit(planner.wit, r);
  if (s0.kind === 'future' && s0.inner) r = s0.inner;
  const s = resolveWit(planner.wit, r);
  if (s.kind === 'result') return { ...(s.ok ? { ok: s.ok } : {}), ...(s.err ? { err: s.err } : {}), isResult: true };
  return { ok: r, isResult: false };
}

export function planMethods(planner: ConverterPlanner, text: TextPlanner, tree: TreePlanner, mapping: Mapping, validators: Map<string, string>, diagnostics: Diagnostic[]): MethodPlan[] {
  const out: MethodPlan[] = [];
  const names = new Scope();
  for (const item of mapping.messages) {
    const method = planner.mcp.methods.find((m) => m.method === item.method && m.kind === item.kind);
    const functions = carriers(item);
    if (!method || functions.length === 0) continue;
    const funcs = functions.map((f) => findFunc(planner, f)).filter((f): f is Func => f !== undefined);
    const func = funcs.find((f) => returnParts(planner, f).isResult) ?? funcs[0];
    if (!func) continue;
    const sig = (f: Func): string => f.params.map((p) => `${p.name}:${planner.describe(p.type)}`).join(',');
    if (funcs.some((f) => sig(f) !== sig(func))) {
      diagnostics.push(warning('codec-signatures-differ', `${item.method}: the functions ${functions.join(', ')} take different parameters; codecs follow ${func.name}`));
    }
    // Every message's codec is one exported const: two methods spelled alike would be a bug.
    const ident = names.claim(lowerCamel(method.method.replace(/^notifications\//, 'notification/')));
    out.push({ method, functions, func, ident, code: methodCode(methodContext(planner, text, tree, method, func, ident, functions, validators)) });
  }
  return out;
}

/** Everything the code of one message is written from. */
interface MethodContext {
  value: ConverterPlanner;
  text: TextPlanner;
  tree: TreePlanner;
  method: Method;
  func: Func;
  ident: Name;
  /** Every function carrying the message. */
  functions: string[];
  validators: Map<string, string>;
  /** The TS type of the argument tuple. */
  argsType: string;
  /** The params type's properties (none when the params are not an object). */
  props: Property[];
  paramsPointer: string | undefined;
  paramsValidator: string | undefined;
  /** `spread`: one argument per params property; else the whole params is the one argument (or there are none). */
  shape: 'none' | 'whole' | 'spread';
}

function methodContext(
  value: ConverterPlanner,
  text: TextPlanner,
  tree: TreePlanner,
  method: Method,
  func: Func,
  ident: Name,
  functions: string[],
  validators: Map<string, string>,
): MethodContext {
  const argTypes = func.params.map((p) => `${lowerCamel(p.name)}: ${witTs(value.wit, p.type, value.usedWit)}`);
  const params = method.params ? value.mcp.types[method.params] : undefined;
  const props: Property[] = params?.body.kind === 'object' ? params.body.properties : [];
  const oneWholeArgument = func.params.length === 1 && !props.some((p) => fieldName(p.name) === func.params[0]?.name);
  const shape = !method.params || func.params.length === 0 ? 'none' : oneWholeArgument || params === undefined ? 'whole' : 'spread';
  return {
    value,
    text,
    tree,
    method,
    func,
    ident,
    functions,
    validators,
    argsType: `[${argTypes.join(', ')}]`,
    props,
    paramsPointer: params?.pointer,
    paramsValidator: method.params ? validators.get(method.params) : undefined,
    shape,
  };
}

/** The params type as a type expression, and where it is named in messages. */
function paramsRef(c: MethodContext): { ref: { kind: 'ref'; name: string }; where: string } {
  return { ref: { kind: 'ref', name: c.method.params as string }, where: `${c.method.method} params` };
}

/** The additional properties the params object allows (the record emitters need it). */
function paramsExtra(c: MethodContext): false | McpType | undefined {
  const params = c.method.params ? c.value.mcp.types[c.method.params] : undefined;
  return params?.body.kind === 'object' ? params.body.additionalProperties : undefined;
}

/** The value path of the params: `decode` (validated params -> arguments), `encode` (arguments -> params). */
function paramsValuePath(c: MethodContext): { decode: string; encode: string } {
  const { value, method, func, props } = c;
  if (c.shape === 'none') return { decode: `return [];`, encode: `return undefined;` };
  if (c.shape === 'whole') {
    const p = func.params[0] as Func['params'][number];
    const whole = { name: 'params', type: paramsRef(c).ref, required: method.paramsRequired };
    return {
      decode: `return [${value.slotTo(whole, p.type, '(params as any)', paramsRef(c).where)}];`,
      encode: `const out: Record<string, unknown> = {}; let at = ''; try { at = '0'; ${value.slotFrom(whole, p.type, 'args[0]', 'out.params', paramsRef(c).where)} } catch (e) { return R.rethrow(e, at); } return out.params as Record<string, unknown> | undefined;`,
    };
  }
  const propertyOf = (p: Func['params'][number]): Property | undefined => props.find((q) => fieldName(q.name) === p.name);
  const toArgs = func.params.map((p, i) => {
    const prop = propertyOf(p);
    if (!prop) return `at = ${lit(p.name)}; const a${i} = ${canBeUndefined(value.wit, p.type) ? 'undefined' : `R.fail('unsupported', ${lit(`no params property for ${p.name}`)})`};`;
    return `at = ${lit(prop.name)}; const a${i} = ${value.slotTo(prop, p.type, `x[${lit(prop.name)}]`, `${method.method} params.${prop.name}`)};`;
  });
  const fromArgs = func.params.map((p, i) => {
    const prop = propertyOf(p);
    if (!prop) return '';
    return `at = ${i}; ${value.slotFrom(prop, p.type, `args[${i}]`, `out[${lit(prop.name)}]`, `${method.method} params.${prop.name}`)}`;
  });
  // Required const properties of the params (none in MCP today) are implied: written back.
  for (const q of props) {
    const c0 = resolveMcp(value.mcp, q.type);
    if (q.required && c0.kind === 'const' && !func.params.some((p) => p.name === fieldName(q.name))) fromArgs.push(`out[${lit(q.name)}] = ${lit(c0.value)};`);
  }
  return {
    decode: `let at = ''; try { ${toArgs.join(' ')} return [${func.params.map((_, i) => `a${i}`).join(', ')}]; } catch (e) { return R.rethrow(e, at); }`,
    encode: `const out: Record<string, unknown> = {}; let at: string | number = ''; try { ${fromArgs.join(' ')} } catch (e) { return R.rethrow(e, at); } return ${method.paramsRequired ? 'out' : 'Object.keys(out).length === 0 ? undefined : out'};`,
  };
}

/** The text path of the params: `parse` (params text -> arguments), `stringify`, and helper functions they call. */
function paramsTextPath(c: MethodContext): { parse: string; stringify: string; helpers: string[] } {
  const { value, text, func, ident, argsType } = c;
  if (c.shape === 'none') return { parse: `${text.checkFor(c.paramsPointer)}(s); return [];`, stringify: `void x; return undefined;`, helpers: [] };
  if (c.shape === 'whole') {
    const p = func.params[0] as Func['params'][number];
    const slot = resolveWit(value.wit, p.type);
    const inner = slot.kind === 'option' ? slot.inner : p.type;
    const { ref, where } = paramsRef(c);
    const parsed = text.parse(ref, inner, c.paramsPointer, where);
    const encoded = text.encode(ref, inner, 'v', c.paramsPointer, where);
    return {
      parse: `return [${slot.kind === 'option' && canBeUndefined(value.wit, inner) ? `{ tag: 'some' as const, val: ${parsed} }` : parsed}];`,
      stringify: slot.kind === 'option' ? `const v = x[0]; return R.isNone(v) ? undefined : ${encoded};` : `const v = x[0]; return ${encoded};`,
      helpers: [],
    };
  }
  const [parseArgsBody, encodeArgsBody] = text.record(c.method.params as string, c.props, func.params, paramsExtra(c), 'args');
  const parseArgs = `pa_${ident}`;
  const encodeArgs = `ea_${ident}`;
  return {
    parse: `return ${parseArgs}(s);`,
    stringify: c.method.paramsRequired ? `return ${encodeArgs}(x);` : `const o = ${encodeArgs}(x); return o === '{}' ? undefined : o;`,
    helpers: [`function ${parseArgs}(s: S.Scanner): ${argsType} { ${parseArgsBody} }`, `function ${encodeArgs}(x: ${argsType}): string { ${encodeArgsBody} }`],
  };
}

/** The tree path of the params (JSON.parse, then one walk): the name of its entry, when the method has one. */
function paramsTreePath(c: MethodContext): string | undefined {
  const { value, tree, func, ident, argsType } = c;
  if (c.shape === 'none') return undefined;
  const treeParams = `tp_${ident}`;
  if (c.shape === 'whole') {
    const p = func.params[0] as Func['params'][number];
    const slot = resolveWit(value.wit, p.type);
    const inner = slot.kind === 'option' ? slot.inner : p.type;
    return tree.addEntry(treeParams, `(x: any): ${argsType}`, () => {
      const converted = tree.tree(paramsRef(c).ref, inner, 'x', c.paramsPointer, undefined);
      return `return [${slot.kind === 'option' && canBeUndefined(value.wit, inner) ? `{ tag: 'some' as const, val: ${converted} }` : converted}];`;
    });
  }
  return tree.addEntry(treeParams, `(x: any): ${argsType}`, () => tree.record(c.props, func.params, paramsExtra(c), 'args'));
}

/** The members of a request's codec that handle its result, on every path. */
function resultMembers(c: MethodContext): string[] {
  const { value, text, tree, method, ident } = c;
  const { ok } = returnParts(value, c.func);
  const resultName = method.result;
  const resultValidator = resultName ? c.validators.get(resultName) : undefined;
  const okTs = ok ? witTs(value.wit, ok, value.usedWit) : 'void';
  const ref = resultName ? { kind: 'ref' as const, name: resultName } : undefined;
  const where = `${method.method} result`;
  const pointer = resultName ? value.mcp.types[resultName]?.pointer : undefined;
  // Refused: the text path's parser of the same result explains why (its union errors name the closest member).
  const checkIn = resultValidator ? `S.checkValue(V.${resultValidator}, result, '/result', ${c.ident}.parseResult);` : `if (!R.isObject(result)) R.fail('type', 'a result must be an object');`;
  const checkOut = resultValidator ? `R.check(V.${resultValidator}, out, '/result');` : '';
  const decode = ok && ref ? `return ${value.to(ref, ok, 'result as any', where)};` : `return undefined;`;
  const encode = ok && ref ? `const out = ${value.from(ref, ok, 'value', where)} as Record<string, unknown>;` : `const out: Record<string, unknown> = {};`;
  const parse = ok && ref ? `return ${text.parse(ref, ok, pointer, where)};` : `${text.checkFor(pointer)}(s); return undefined;`;
  const stringify = ok && ref ? `return ${text.encode(ref, ok, 'value', pointer, where)};` : `void value; return '{}';`;
  const treeResult = ok && ref ? tree.addEntry(`tr_${ident}`, `(x: any): ${okTs}`, () => `return ${tree.tree(ref, ok, 'x', pointer, undefined)};`) : undefined;
  const okParam = ok ? `value: ${okTs}` : 'value?: void';
  return [
    `/** A JSON-RPC result -> the function's ok value (the caller's return value). */`,
    // A refusal after the check (a member of a union of results, a converter's rule) is explained by the text path too.
    `decodeResult(result: unknown): ${okTs} { ${checkIn} try { ${decode} } catch (e) { return R.rethrow(${resultValidator && ok && ref ? `S.explained(e, result, '', ${c.ident}.parseResult)` : 'e'}, 'result'); } },`,
    `/** JSON.parse's result -> the ok value, or a throw: then the text path decides (undefined: no tree path). */`,
    `treeResult: ${treeResult ?? 'undefined'},`,
    `/** A JSON-RPC result's text -> the function's ok value, in one pass. */`,
    `parseResult(s: S.Scanner): ${okTs} { ${parse} },`,
    `/** The function's ok value -> the JSON-RPC result's text. */`,
    `stringifyResult(${okParam}): string { ${stringify} },`,
    `/** The function's ok value -> a JSON-RPC result. */`,
    `encodeResult(${okParam}): Record<string, unknown> { ${ok ? '' : 'void value;'} try { ${encode} ${checkOut} return out; } catch (e) { return R.rethrow(e, 'result'); } },`,
  ];
}

/** The code of one message: helper functions, then `export const <ident> = { ...its codecs }`. */
function methodCode(c: MethodContext): string {
  const { method, argsType, paramsValidator } = c;
  const valuePath = paramsValuePath(c);
  const textPath = paramsTextPath(c);
  const treeParams = paramsTreePath(c);
  const checkIn = paramsValidator ? `S.checkValue(V.${paramsValidator}, x, '/params', ${c.ident}.parseParams);` : '';
  const checkOut = paramsValidator ? `if (out !== undefined) R.check(V.${paramsValidator}, out, '/params');` : '';
  return [
    ...textPath.helpers,
    `/** \`${method.method}\` (${method.kind}), carried by ${c.functions.map((f) => `\`${f}\``).join(', ')}. */`,
    `export const ${c.ident} = {`,
    `method: ${lit(method.method)} as const, kind: ${lit(method.kind)} as const, functions: ${lit(c.functions)},`,
    `/** The schema requires params: a message without them is refused. */`,
    `paramsRequired: ${lit(Boolean(method.params) && method.paramsRequired)},`,
    `/** JSON-RPC params -> the function's arguments, in WIT parameter order. */`,
    `decodeParams(params: unknown): ${argsType} { const x: any = R.paramsValue(params, ${lit(Boolean(method.params) && method.paramsRequired)}); ${checkIn} try { ${valuePath.decode} } catch (e) { return R.rethrow(e, 'params'); } },`,
    `/** The function's arguments -> JSON-RPC params (undefined when there are none to send). */`,
    `encodeParams(...args: ${argsType}): Record<string, unknown> | undefined { const out = ((): Record<string, unknown> | undefined => { ${valuePath.encode} })(); ${checkOut} return out; },`,
    `/** JSON-RPC params text -> the function's arguments, validating and converting in one pass (\`json\` values copied as text). */`,
    `parseParams(s: S.Scanner): ${argsType} { ${textPath.parse} },`,
    `/** The function's arguments -> JSON-RPC params text (undefined when there are none to send). */`,
    `stringifyParams(...x: ${argsType}): string | undefined { ${textPath.stringify} },`,
    `/** JSON.parse's params -> the arguments, or a throw: then the text path decides (undefined: no tree path). */`,
    `treeParams: ${treeParams ?? 'undefined'},`,
    ...(method.kind === 'request' ? resultMembers(c) : []),
    '};',
  ].join('\n');
}

/** The `error` record and its code variant: code numbers come from the cases' docs (`-32700: ...`). */
export function errorCode(planner: ConverterPlanner, err: WitType, diagnostics: Diagnostic[]): string {
  const shape = errorShape(planner, err, diagnostics);
  return shape === undefined ? '' : errorCodecsSource(shape);
}

/** The parts of the `error` type the error codecs are written from. */
interface ErrorShape {
  /** TS types of the error and of its code. */
  errTs: string;
  codeTs: string;
  /** The code is the integer itself (`s64`), not a variant. */
  integerCode: boolean;
  /** Known codes by case. */
  known: [string, number][];
  /** The case carrying any other code. */
  other: string | undefined;
  hasData: boolean;
}

/** The `error` type's shape, or undefined (with a warning) when it is not `{code, message, data}`. */
function errorShape(planner: ConverterPlanner, err: WitType, diagnostics: Diagnostic[]): ErrorShape | undefined {
  const s = resolveWit(planner.wit, err);
  const fail = (why: string): undefined => {
    diagnostics.push(warning('codec-error-type', `the error type is not {code, message, data}: ${why}; no error codec`));
    return undefined;
  };
  if (s.kind !== 'record') return fail('not a record');
  const code = s.fields.find((f) => f.name === 'code');
  const message = s.fields.find((f) => f.name === 'message');
  const data = s.fields.find((f) => f.name === 'data');
  if (!code || !message) return fail('no code or message field');
  const cs = resolveWit(planner.wit, code.type);
  // The code is either a variant of known codes (their integers in the cases' docs) with one case
  // carrying any other, or the integer itself (`s64`, as a schema's own Error type maps).
  const integerCode = cs.kind === 'primitive' && cs.name === 's64';
  if (cs.kind !== 'variant' && !integerCode) return fail('code is neither a variant nor s64');
  const code_ = cs.kind === 'variant' ? codeVariant(cs.cases, planner.wit) : undefined;
  if (cs.kind === 'variant' && !code_) return fail('the code variant does not document an integer per case with one other(s64) case');
  const known: [string, number][] = code_?.known ?? [];
  const other: string | undefined = code_?.other;
  if (!other && !integerCode) return fail('the code variant has no case with a payload for other codes');
  return { errTs: witTs(planner.wit, err, planner.usedWit), codeTs: witTs(planner.wit, code.type, planner.usedWit), integerCode, known, other, hasData: data !== undefined };
}

/** The error codecs: ERROR_CODES, decodeError, encodeError, encodeThrown, throwable. */
function errorCodecsSource({ errTs, codeTs, integerCode, known, other, hasData }: ErrorShape): string {
  const decodeCode = integerCode
    ? `R.s64(o.code) as ${codeTs}`
    : `(known !== undefined ? { tag: known } : { tag: ${lit(other!)}, val: R.s64(o.code) }) as ${codeTs}`;
  const encodeCode = integerCode
    ? `code = R.witS64(r.code);`
    : `const c = R.witVariant(r.code);
    if (c.tag === ${lit(other!)}) {
      try { code = R.witS64(c.val); } catch (e) { return R.rethrow(e, 'val'); }
      if (CASE_BY_CODE.has(code)) R.fail('error-code', \`code \${code} has its own case, \${CASE_BY_CODE.get(code)}\`);
    } else if (typeof c.tag === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CODES, c.tag)) {
      code = ERROR_CODES[c.tag as keyof typeof ERROR_CODES];
    } else return R.badTag(c.tag, ${lit([...known.map(([k]) => k), other!])});`;
  const dataTo = hasData ? `data: o.data === undefined ? undefined : R.jsonToWit(o.data)` : '';
  const dataFrom = hasData ? `if (!R.isNone(r.data)) { try { out.data = R.jsonFromWit(r.data); } catch (e) { return R.rethrow(e, 'data'); } }` : '';
  return `
/** JSON-RPC error codes by \`error-code\` case, from the WIT docs. */
export const ERROR_CODES = ${JSON.stringify(Object.fromEntries(known))} as const;${integerCode ? '' : `
const CASE_BY_CODE = new Map<number, string>(Object.entries(ERROR_CODES).map(([k, v]) => [v, k]));`}

/** The JSON-RPC error object (\`JSONRPCError.error\`). */
export interface JsonRpcErrorObject { code: number; message: string; data?: unknown }

/** A JSON-RPC error object -> the WIT \`error\`${integerCode ? '' : `: a known code becomes its case, any other \`${other}\``}. */
export function decodeError(value: unknown): ${errTs} {
  R.check(V.v_JSONRPCErrorObject, value, '/error');
  const o = value as JsonRpcErrorObject;${integerCode ? '' : `
  const known = CASE_BY_CODE.get(o.code);`}
  let at = 'code';
  try {
    const code = ${decodeCode};
    at = 'message';
    const message = R.str(o.message);
    at = 'data';
    return { code, message, ${dataTo} };
  } catch (e) {
    return R.rethrow(e, at);
  }
}

/** The WIT \`error\` -> a JSON-RPC error object.${integerCode ? '' : ` \`${other}\` never carries a code that has its own case.`} */
export function encodeError(value: ${errTs}): JsonRpcErrorObject {
  const r = R.witRecord(value);
  let code: number;
  try {
    ${encodeCode}
  } catch (e) {
    return R.rethrow(e, 'code');
  }
  let message: string;
  try { message = R.witStr(r.message); } catch (e) { return R.rethrow(e, 'message'); }
  const out: JsonRpcErrorObject = { code, message };
  ${dataFrom}
  return out;
}

/**
 * What a jco-transpiled function threw (a \`ComponentError\` whose \`payload\` is the \`error\`
 * record, for \`result<_, error>\` at a function's direct return) -> a JSON-RPC error object.
 * Anything else is a trap or a bug in the host: an internal error without details.
 */
export function encodeThrown(thrown: unknown): JsonRpcErrorObject {
  const payload = typeof thrown === 'object' && thrown !== null && 'payload' in thrown ? (thrown as { payload: unknown }).payload : undefined;
  if (payload !== undefined) {
    try {
      return encodeError(payload as ${errTs});
    } catch {
      // fall through: a malformed error is itself an internal error
    }
  }
  return { code: ${known.find(([k]) => k === 'internal-error')?.[1] ?? -32603}, message: 'internal error' };
}

/** A JSON-RPC error object -> the thrown form jco expects from an implementation: an Error with \`payload\`. */
export function throwable(value: unknown): Error & { payload: ${errTs} } {
  const payload = decodeError(value);
  return Object.assign(new Error(payload.message), { payload });
}
`;
}
