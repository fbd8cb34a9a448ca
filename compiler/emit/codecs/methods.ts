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
import type { Method, Property } from '../../schema/model.js';
import type { Func, WitType } from '../../wit/model.js';
import type { ConverterPlanner } from './converters.js';
import { lit } from './code.js';
import type { TextPlanner } from './text.js';
import type { TreePlanner } from './tree.js';
import { canBeUndefined, witTs } from './jco-type-names.js';

export interface MethodPlan {
  method: Method;
  /** Every function carrying the message, `interface.function`, sorted. */
  functions: string[];
  func: Func;
  ident: string;
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
    const ident = lowerCamel(method.method.replace(/^notifications\//, 'notification/'));
    out.push({ method, functions, func, ident, code: methodCode(planner, text, tree, method, func, ident, functions, validators) });
  }
  return out;
}

function methodCode(
  planner: ConverterPlanner,
  text: TextPlanner,
  tree: TreePlanner,
  method: Method,
  func: Func,
  ident: string,
  functions: string[],
  validators: Map<string, string>,
): string {
  const used = planner.usedWit;
  const argTypes = func.params.map((p) => `${lowerCamel(p.name)}: ${witTs(planner.wit, p.type, used)}`);
  const argsType = `[${argTypes.join(', ')}]`;
  const params = method.params ? planner.mcp.types[method.params] : undefined;
  const props: Property[] = params?.body.kind === 'object' ? params.body.properties : [];
  const paramsValidator = method.params ? validators.get(method.params) : undefined;
  const spread = !(func.params.length === 1 && !props.some((p) => fieldName(p.name) === func.params[0]?.name)) && params !== undefined;

  // params -> arguments
  let decode: string;
  let encode: string;
  if (!method.params || func.params.length === 0) {
    decode = `return [];`;
    encode = `return undefined;`;
  } else if (!spread) {
    const p = func.params[0] as Func['params'][number];
    const pseudo = { name: 'params', type: { kind: 'ref' as const, name: method.params }, required: method.paramsRequired };
    decode = `return [${planner.slotTo(pseudo, p.type, '(params as any)', `${method.method} params`)}];`;
    encode = `const out: Record<string, unknown> = {}; let at = ''; try { at = '0'; ${planner.slotFrom(pseudo, p.type, 'args[0]', 'out.params', `${method.method} params`)} } catch (e) { return R.rethrow(e, at); } return out.params as Record<string, unknown> | undefined;`;
  } else {
    const parts = func.params.map((p, i) => {
      const prop = props.find((q) => fieldName(q.name) === p.name);
      if (!prop) return `at = ${lit(p.name)}; const a${i} = ${canBeUndefined(planner.wit, p.type) ? 'undefined' : `R.fail('unsupported', ${lit(`no params property for ${p.name}`)})`};`;
      return `at = ${lit(prop.name)}; const a${i} = ${planner.slotTo(prop, p.type, `x[${lit(prop.name)}]`, `${method.method} params.${prop.name}`)};`;
    });
    decode = `let at = ''; try { ${parts.join(' ')} return [${func.params.map((_, i) => `a${i}`).join(', ')}]; } catch (e) { return R.rethrow(e, at); }`;
    const back = func.params.map((p, i) => {
      const prop = props.find((q) => fieldName(q.name) === p.name);
      if (!prop) return '';
      return `at = ${i}; ${planner.slotFrom(prop, p.type, `args[${i}]`, `out[${lit(prop.name)}]`, `${method.method} params.${prop.name}`)}`;
    });
    // Required const properties of the params (none in MCP today) are implied: written back.
    for (const q of props) {
      const c = resolveMcp(planner.mcp, q.type);
      if (q.required && c.kind === 'const' && !func.params.some((p) => p.name === fieldName(q.name))) back.push(`out[${lit(q.name)}] = ${lit(c.value)};`);
    }
    encode = `const out: Record<string, unknown> = {}; let at: string | number = ''; try { ${back.join(' ')} } catch (e) { return R.rethrow(e, at); } return ${method.paramsRequired ? 'out' : 'Object.keys(out).length === 0 ? undefined : out'};`;
  }
  const check = paramsValidator ? `R.check(V.${paramsValidator}, params ?? {}, '/params');` : '';
  // The fused text path: params text -> arguments, arguments -> params text.
  const pre: string[] = [];
  let decodeText: string;
  let encodeText: string;
  if (!method.params || func.params.length === 0) {
    const paramsCheck = text.checkFor(params?.pointer);
    decodeText = `${paramsCheck}(s); return [];`;
    encodeText = `void x; return undefined;`;
  } else if (!spread) {
    const p = func.params[0] as Func['params'][number];
    const slot = resolveWit(planner.wit, p.type);
    const inner = slot.kind === 'option' ? slot.inner : p.type;
    const parsed = text.parse({ kind: 'ref', name: method.params }, inner, params?.pointer, `${method.method} params`);
    decodeText = `return [${slot.kind === 'option' && canBeUndefined(planner.wit, inner) ? `{ tag: 'some' as const, val: ${parsed} }` : parsed}];`;
    const enc = text.encode({ kind: 'ref', name: method.params }, inner, 'v', params?.pointer, `${method.method} params`);
    encodeText = slot.kind === 'option' ? `const v = x[0]; return R.isNone(v) ? undefined : ${enc};` : `const v = x[0]; return ${enc};`;
  } else {
    const extra = params?.body.kind === 'object' ? params.body.additionalProperties : undefined;
    const [parseArgsBody, encodeArgsBody] = text.record(method.params, props, func.params, extra, 'args');
    pre.push(`function pa_${ident}(s: S.Scanner): ${argsType} { ${parseArgsBody} }`);
    pre.push(`function ea_${ident}(x: ${argsType}): string { ${encodeArgsBody} }`);
    decodeText = `return pa_${ident}(s);`;
    encodeText = method.paramsRequired ? `return ea_${ident}(x);` : `const o = ea_${ident}(x); return o === '{}' ? undefined : o;`;
  }
  // The tree path (JSON.parse, then one walk): params -> arguments, when the method has one.
  let treeParams: string | undefined;
  if (method.params && func.params.length > 0) {
    if (!spread) {
      const p = func.params[0] as Func['params'][number];
      const slot = resolveWit(planner.wit, p.type);
      const inner = slot.kind === 'option' ? slot.inner : p.type;
      treeParams = tree.addEntry(`tp_${ident}`, `(x: any): ${argsType}`, () => {
        const v = tree.tree({ kind: 'ref', name: method.params as string }, inner, 'x', params?.pointer, undefined);
        return `return [${slot.kind === 'option' && canBeUndefined(planner.wit, inner) ? `{ tag: 'some' as const, val: ${v} }` : v}];`;
      });
    } else {
      const extra = params?.body.kind === 'object' ? params.body.additionalProperties : undefined;
      treeParams = tree.addEntry(`tp_${ident}`, `(x: any): ${argsType}`, () => tree.record(props, func.params, extra, 'args'));
    }
  }
  const checkOut = paramsValidator ? `if (out !== undefined) R.check(V.${paramsValidator}, out, '/params');` : '';
  const lines: string[] = [...pre];
  lines.push(`/** \`${method.method}\` (${method.kind}), carried by ${functions.map((f) => `\`${f}\``).join(', ')}. */`);
  lines.push(`export const ${ident} = {`);
  lines.push(`method: ${lit(method.method)} as const, kind: ${lit(method.kind)} as const, functions: ${lit(functions)},`);
  lines.push(`/** JSON-RPC params -> the function's arguments, in WIT parameter order. */`);
  lines.push(`decodeParams(params: unknown): ${argsType} { ${check} const x: any = params ?? {}; try { ${decode} } catch (e) { return R.rethrow(e, 'params'); } },`);
  lines.push(`/** The function's arguments -> JSON-RPC params (undefined when there are none to send). */`);
  lines.push(`encodeParams(...args: ${argsType}): Record<string, unknown> | undefined { const out = ((): Record<string, unknown> | undefined => { ${encode} })(); ${checkOut} return out; },`);
  lines.push(`/** JSON-RPC params text -> the function's arguments, validating and converting in one pass (\`json\` values copied as text). */`);
  lines.push(`parseParams(s: S.Scanner): ${argsType} { ${decodeText} },`);
  lines.push(`/** The function's arguments -> JSON-RPC params text (undefined when there are none to send). */`);
  lines.push(`stringifyParams(...x: ${argsType}): string | undefined { ${encodeText} },`);
  lines.push(`/** JSON.parse's params -> the arguments, or a throw: then the text path decides (undefined: no tree path). */`);
  lines.push(`treeParams: ${treeParams ?? 'undefined'},`);
  if (method.kind === 'request') {
    const { ok } = returnParts(planner, func);
    const resultName = method.result;
    const resultValidator = resultName ? validators.get(resultName) : undefined;
    const okTs = ok ? witTs(planner.wit, ok, used) : 'void';
    const checkIn = resultValidator ? `R.check(V.${resultValidator}, result, '/result');` : `if (!R.isObject(result)) R.fail('type', 'a result must be an object');`;
    const dec = ok && resultName ? `return ${planner.to({ kind: 'ref', name: resultName }, ok, 'result as any', `${method.method} result`)};` : `return undefined;`;
    const enc = ok && resultName ? `const out = ${planner.from({ kind: 'ref', name: resultName }, ok, 'value', `${method.method} result`)} as Record<string, unknown>;` : `const out: Record<string, unknown> = {};`;
    const checkOutR = resultValidator ? `R.check(V.${resultValidator}, out, '/result');` : '';
    lines.push(`/** A JSON-RPC result -> the function's ok value (the caller's return value). */`);
    lines.push(`decodeResult(result: unknown): ${okTs} { ${checkIn} try { ${dec} } catch (e) { return R.rethrow(e, 'result'); } },`);
    const ptr = resultName ? planner.mcp.types[resultName]?.pointer : undefined;
    const parseR = ok && resultName ? `return ${text.parse({ kind: 'ref', name: resultName }, ok, ptr, `${method.method} result`)};` : `${text.checkFor(ptr)}(s); return undefined;`;
    const encR = ok && resultName ? `return ${text.encode({ kind: 'ref', name: resultName }, ok, 'value', ptr, `${method.method} result`)};` : `void value; return '{}';`;
    const treeResult =
      ok && resultName
        ? tree.addEntry(`tr_${ident}`, `(x: any): ${okTs}`, () => `return ${tree.tree({ kind: 'ref', name: resultName }, ok, 'x', ptr, undefined)};`)
        : undefined;
    lines.push(`/** JSON.parse's result -> the ok value, or a throw: then the text path decides (undefined: no tree path). */`);
    lines.push(`treeResult: ${treeResult ?? 'undefined'},`);
    lines.push(`/** A JSON-RPC result's text -> the function's ok value, in one pass. */`);
    lines.push(`parseResult(s: S.Scanner): ${okTs} { ${parseR} },`);
    lines.push(`/** The function's ok value -> the JSON-RPC result's text. */`);
    lines.push(`stringifyResult(${ok ? `value: ${okTs}` : 'value?: void'}): string { ${encR} },`);
    lines.push(`/** The function's ok value -> a JSON-RPC result. */`);
    lines.push(`encodeResult(${ok ? `value: ${okTs}` : 'value?: void'}): Record<string, unknown> { ${ok ? '' : 'void value;'} try { ${enc} ${checkOutR} return out; } catch (e) { return R.rethrow(e, 'result'); } },`);
  }
  lines.push('};');
  return lines.join('\n');
}

/** The `error` record and its code variant: code numbers come from the cases' docs (`-32700: ...`). */
export function errorCode(planner: ConverterPlanner, err: WitType, diagnostics: Diagnostic[]): string {
  const s = resolveWit(planner.wit, err);
  const fail = (why: string): string => {
    diagnostics.push(warning('codec-error-type', `the error type is not {code, message, data}: ${why}; no error codec`));
    return '';
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
  const errTs = witTs(planner.wit, err, planner.usedWit);
  const codeTs = witTs(planner.wit, code.type, planner.usedWit);
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
  const dataTo = data ? `data: o.data === undefined ? undefined : R.jsonToWit(o.data)` : '';
  const dataFrom = data ? `if (!R.isNone(r.data)) { try { out.data = R.jsonFromWit(r.data); } catch (e) { return R.rethrow(e, 'data'); } }` : '';
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
