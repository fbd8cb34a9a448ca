// Message realizations -> WIT functions (syntax tree). A request's params are spread into one
// parameter per property, its result is `result<R, error>`; WASI 0.3 makes every call `async`.
import { isEmptyResult } from '../../map/messages.js';
import type { FuncNode, ParamNode, TypeExpr } from '../../wit/ast.js';
import type { TypeName } from '../../schema/model.js';
import { fieldName, functionName } from '../../map/names.js';
import { fieldProperties, witTypeOf, type TypeEmitContext } from './types.js';
import type { PlannedRealization } from './plan.js';

export type Variant = 'p3' | 'p2';

export const ERROR_TYPE = 'error';

const named = (name: string): TypeExpr => ({ kind: 'name', name: { name } });
const option = (inner: TypeExpr): TypeExpr => ({ kind: 'option', inner });


/** One parameter per params property, or none. */
export function paramsOf(params: TypeName | undefined, ctx: TypeEmitContext): ParamNode[] {
  if (!params) return [];
  const t = ctx.model.types[params];
  if (!t) return [];
  if (t.body.kind !== 'object') return [{ name: { name: 'params' }, type: witTypeOf({ kind: 'ref', name: params }, params, ctx) }];
  return fieldProperties(t.body).map((p) => {
    const type = witTypeOf(p.type, params, ctx);
    return { name: { name: fieldName(p.name) }, type: p.required ? type : option(type) };
  });
}

function resultOf(r: PlannedRealization, ctx: TypeEmitContext): TypeExpr | undefined {
  const { method } = r;
  if (method.kind === 'notification') {
    // Sending can fail (the peer is gone); receiving has nothing to answer.
    return r.realization === 'import' ? { kind: 'result', err: named(ERROR_TYPE) } : undefined;
  }
  if (!method.result || isEmptyResult(ctx.model, method.result)) return { kind: 'result', err: named(ERROR_TYPE) };
  return { kind: 'result', ok: witTypeOf({ kind: 'ref', name: method.result! }, method.result!, ctx), err: named(ERROR_TYPE) };
}

function docsOf(r: PlannedRealization): string {
  const { method } = r;
  const how = r.realization === 'handler' ? 'Handles' : 'Sends';
  const dir = method.directions.length > 1 ? `${r.direction}; it also travels the other way` : r.direction;
  const head = method.description ? `${method.description}\n\n` : '';
  return `${head}${how} the MCP ${method.kind} \`${method.method}\` (${dir}).`;
}

export function functionOf(r: PlannedRealization, variant: Variant, since: string, ctx: TypeEmitContext): FuncNode {
  const name = r.function?.split('.').pop() ?? functionName(r.method.definition);
  const result = resultOf(r, ctx);
  return {
    kind: 'func',
    name: { name },
    docs: docsOf(r),
    gates: [{ kind: 'since', version: since }],
    func: { async: variant === 'p3', params: paramsOf(r.method.params, ctx), ...(result ? { result } : {}) },
  };
}

/**
 * A registration function that a host-served message is answered from. It takes what the
 * message's result carries, less what the host owns (metadata, pagination): `register-tools`
 * takes `tools: list<tool>`.
 */
export function registrationOf(name: string, served: PlannedRealization[], variant: Variant, since: string, ctx: TypeEmitContext): FuncNode {
  const params: ParamNode[] = [];
  const seen = new Set<string>();
  for (const r of served) {
    const result = r.method.result ? ctx.model.types[r.method.result] : undefined;
    if (!result || result.body.kind !== 'object') continue;
    for (const p of fieldProperties(result.body)) {
      if (p.name === '_meta' || p.name === 'nextCursor') continue;
      const pname = fieldName(p.name);
      if (seen.has(pname)) continue;
      seen.add(pname);
      const type = witTypeOf(p.type, result.name, ctx);
      params.push({ name: { name: pname }, type: p.required ? type : option(type) });
    }
  }
  const methods = served.map((r) => `\`${r.method.method}\``).join(', ');
  return {
    kind: 'func',
    name: { name },
    docs: `Registers what the host answers ${methods} with, on the component's behalf.`,
    gates: [{ kind: 'since', version: since }],
    func: { async: variant === 'p3', params, result: { kind: 'result', err: named(ERROR_TYPE) } },
  };
}
