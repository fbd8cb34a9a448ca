// Messages: for each request and notification, and each world and role that must carry it, the
// realization (by the manifest, else by convention) and, for a function, its params and result
// compared field by field.
import type { Direction, McpModel, Method, TypeName } from '../schema/model.js';
import type { Func, World } from '../wit/model.js';
import { newUnit, type Unit, type Where } from './compare.js';
import type { MapContext } from './context.js';
import { messageEntry } from './manifest.js';
import { fieldName, functionName } from './names.js';
import { describeWit, type McpSlot, resolveMcp, resolveWit, type WitSlot } from './shapes.js';
import { RESULT_TYPE } from './rules.js';
import {
  emptyCounts,
  type Finding,
  isFaithful,
  type MessageItem,
  type MessageRealization,
  type Role,
  type Status,
  type Verdict,
  worst,
  type WorldRoles,
} from './types.js';
import { defaultRealization, findFunction, rootWorlds, sideOf, splitRef } from './worlds.js';

interface PendingRealization {
  out: MessageRealization;
  /** What the comparison collected; verdicts are read once every pair is compared. */
  unit?: Unit;
}

export interface PendingMessage {
  item: MessageItem;
  realizations: PendingRealization[];
}

export function realizeMessage(ctx: MapContext, method: Method, worlds: WorldRoles[]): PendingMessage {
  const item: MessageItem = {
    kind: method.kind,
    method: method.method,
    definition: method.definition,
    directions: method.directions,
    schema: method.pointer,
    status: 'missing',
    verdict: 'missing',
    realizations: [],
  };
  if (method.params) item.params = method.params;
  if (method.result) item.result = method.result;
  const realizations: PendingRealization[] = [];
  const worldsByName = new Map(rootWorlds(ctx.wit).map((w) => [w.name, w]));
  for (const wr of worlds) {
    const world = worldsByName.get(wr.world) as World;
    for (const role of wr.roles) {
      for (const direction of method.directions) realizations.push(realize(ctx, method, world, role, direction));
    }
  }
  return { item, realizations };
}

function realize(ctx: MapContext, method: Method, world: World, role: Role, direction: Direction): PendingRealization {
  const side = sideOf(role, direction);
  const entry = messageEntry(ctx.manifest, method.method, role, side);
  const dflt = defaultRealization(role, side);
  const realization = entry?.realization ?? dflt.realization;
  const out: MessageRealization = {
    world: world.name,
    role,
    direction,
    side,
    realization,
    source: entry ? 'manifest' : 'convention',
    status: 'missing',
    verdict: 'missing',
    fields: emptyCounts(),
    findings: [],
  };
  if (entry?.reason) out.reason = entry.reason;
  switch (realization) {
    case 'excluded':
      out.status = 'excluded';
      out.verdict = 'exact';
      return { out };
    case 'host-internal':
      out.status = 'covered';
      out.verdict = 'exact';
      return { out };
    case 'host-served': {
      out.from = entry?.from ?? [];
      const registrations: Func[] = [];
      for (const ref of out.from) {
        const { interface: iface, name } = splitRef(ref);
        const found = findFunction(ctx.wit, world, 'imports', name, iface ? { name: iface, explicit: true } : undefined);
        if (found) registrations.push(found.func);
        else out.findings.push({ path: '', verdict: 'missing', rule: 'registration-missing', reason: `world ${world.name} does not import ${ref}` });
      }
      if (out.findings.length > 0) return { out };
      const unit = newUnit();
      compareRegistrations(ctx, unit, method, registrations, { schema: method.pointer });
      return { out, unit };
    }
    case 'handler':
    case 'import': {
      const where = realization === 'handler' ? 'exports' : 'imports';
      const ref = entry?.function ? splitRef(entry.function) : { interface: dflt.interface, name: functionName(method.definition) };
      const found = findFunction(ctx.wit, world, where, ref.name, ref.interface ? { name: ref.interface, explicit: !!entry?.function } : undefined);
      const wanted = ref.interface ? `${ref.interface}.${ref.name}` : ref.name;
      if (!found) {
        out.function = wanted;
        out.findings.push({
          path: '',
          verdict: 'missing',
          rule: 'function-missing',
          reason: `world ${world.name} does not ${where === 'exports' ? 'export' : 'import'} ${wanted}`,
          schema: method.pointer,
        });
        return { out };
      }
      out.function = found.ref;
      out.location = ctx.locate(found.func.span);
      const unit = newUnit();
      const at: Where = { schema: method.pointer, location: out.location };
      out.params = compareParams(ctx, unit, method, found.func, found.ref, at);
      if (method.kind === 'request') compareResult(ctx, unit, method, found.func, found.ref, at);
      else compareNotificationResult(ctx, unit, found.func, at);
      return { out, unit };
    }
    default: {
      const never: never = realization;
      throw new Error(`unknown realization ${String(never)}`);
    }
  }
}

function compareParams(ctx: MapContext, unit: Unit, method: Method, func: Func, ref: string, at: Where): 'none' | 'single' | 'spread' {
  const params = func.params;
  const witSlot = (i: number): WitSlot => {
    const p = params[i] as Func['params'][number];
    return { kind: 'param', name: p.name, type: p.type, span: p.span };
  };
  if (!method.params) {
    params.forEach((_, i) => ctx.comparer.slot(unit, `params.${params[i]?.name}`, undefined, witSlot(i), at));
    return 'none';
  }
  const named = ctx.mcp.types[method.params];
  const whole: McpSlot = { kind: 'params', name: 'params', label: 'params', type: { kind: 'ref', name: method.params }, required: method.paramsRequired };
  if (named) whole.pointer = named.pointer;
  const shape = resolveMcp(ctx.mcp, whole.type);
  const props = shape.kind === 'object' ? shape.properties : [];
  const single = params.length === 1 && !props.some((p) => fieldName(p.name) === params[0]?.name);
  if (shape.kind !== 'object' || single || (params.length === 0 && props.length === 0)) {
    if (params.length === 0) {
      ctx.comparer.slot(unit, 'params', { ...whole, label: 'params' }, undefined, at);
    } else {
      ctx.comparer.slot(unit, 'params', { ...whole, label: params[0]?.name ?? 'params' }, witSlot(0), at);
      for (let i = 1; i < params.length; i++) ctx.comparer.slot(unit, `params.${params[i]?.name}`, undefined, witSlot(i), at);
    }
    return 'single';
  }
  if (!ctx.realizedBy.has(method.params)) ctx.realizedBy.set(method.params, ref);
  const used = new Set<string>();
  for (const p of props) {
    const label = fieldName(p.name);
    const i = params.findIndex((x) => x.name === label);
    const m: McpSlot = { kind: 'param', name: p.name, label, type: p.type, required: p.required, pointer: p.pointer };
    if (i >= 0) used.add(label);
    ctx.comparer.slot(unit, `params.${p.name}`, m, i >= 0 ? witSlot(i) : undefined, at);
  }
  params.forEach((p, i) => {
    if (!used.has(p.name)) ctx.comparer.slot(unit, `params.${p.name}`, undefined, witSlot(i), at);
  });
  return 'spread';
}

/**
 * A host-served request: the host answers from what the component registered, so each result
 * property that a registration parameter of the same name carries is compared with it (the
 * others, such as `nextCursor` or `protocolVersion`, are the host's own). Nothing matching at all
 * is a loss: the registration does not carry the result.
 */
function compareRegistrations(ctx: MapContext, unit: Unit, method: Method, registrations: Func[], at: Where): void {
  if (!method.result) return;
  const shape = resolveMcp(ctx.mcp, { kind: 'ref', name: method.result });
  const params = new Map(registrations.flatMap((f) => f.params.map((p) => [p.name, p] as const)));
  let matched = 0;
  for (const p of shape.kind === 'object' ? shape.properties : []) {
    const param = params.get(fieldName(p.name));
    if (p.name === '_meta' || !param) continue;
    matched++;
    const m: McpSlot = { kind: 'property', name: p.name, label: param.name, type: p.type, required: p.required, pointer: p.pointer };
    ctx.comparer.slot(unit, `result.${p.name}`, m, { kind: 'param', name: param.name, type: param.type, span: param.span }, at);
  }
  if (matched === 0) {
    unit.findings.push({ path: 'result', verdict: 'lossy', rule: 'registration-unmatched', reason: `no registration parameter is named after a property of ${method.result}`, mcp: method.result, ...at });
    unit.local = worst(unit.local, 'lossy');
  }
}

/** The function's return with `async`/`future<...>` taken off. */
function returned(ctx: MapContext, func: Func): Func['result'] {
  const r = func.result;
  if (!r) return undefined;
  const s = resolveWit(ctx.wit, r);
  return s.kind === 'future' ? s.inner : r;
}

function compareResult(ctx: MapContext, unit: Unit, method: Method, func: Func, ref: string, at: Where): void {
  const ret = returned(ctx, func);
  const resultName = method.result;
  const empty = resultName === undefined || isEmptyResult(ctx.mcp, resultName);
  const where: Where = { ...at };
  if (resultName && ctx.mcp.types[resultName]) where.schema = ctx.mcp.types[resultName]?.pointer as string;
  const add = (verdict: Verdict, rule: string, reason: string, wit?: string): void => {
    const f: Finding = { path: 'result', verdict, rule, reason, ...(resultName ? { mcp: resultName } : {}), ...(wit ? { wit } : {}), ...where };
    unit.findings.push(f);
    unit.local = worst(unit.local, verdict);
  };
  if (!ret) {
    if (empty) add('lossy', 'no-error-channel', 'returns nothing: errors cannot be reported');
    else add('missing', 'result-missing', `returns nothing: ${resultName} is not carried`);
    return;
  }
  const shape = resolveWit(ctx.wit, ret);
  if (shape.kind === 'result') {
    if (!shape.err) add('lossy', 'no-error-channel', 'the result has no error type', describeWit(ctx.wit, ret));
    if (shape.ok && resultName) ctx.comparer.type(unit, 'result', { kind: 'ref', name: resultName }, shape.ok, where);
    else if (!shape.ok && !empty && resultName && isMetaOnlyResult(ctx.mcp, resultName)) {
      add('lossy', 'empty-result-dropped', `result<_, E> drops ${resultName}'s \`_meta\`${isOpenResult(ctx.mcp, resultName) ? ' and every other member (the object is open)' : ''}`, describeWit(ctx.wit, ret));
      // The type is placed at this function (its finding is here), not unplaced.
      if (!ctx.realizedBy.has(resultName)) ctx.realizedBy.set(resultName, ref);
    } else if (!shape.ok && !empty) add('missing', 'result-dropped', `result<_, E> drops ${resultName}`, describeWit(ctx.wit, ret));
    else if (!shape.ok && resultName && !ctx.realizedBy.has(resultName)) ctx.realizedBy.set(resultName, ref);
    return;
  }
  add('lossy', 'no-error-channel', 'returns a plain value: errors cannot be reported', describeWit(ctx.wit, ret));
  if (resultName) ctx.comparer.type(unit, 'result', { kind: 'ref', name: resultName }, ret, where);
}

function compareNotificationResult(ctx: MapContext, unit: Unit, func: Func, at: Where): void {
  const ret = returned(ctx, func);
  if (!ret) return;
  const shape = resolveWit(ctx.wit, ret);
  if (shape.kind === 'result' && !shape.ok) return;
  unit.findings.push({ path: 'result', verdict: 'extra', rule: 'notification-result', reason: 'a notification has no response, the function returns one', wit: describeWit(ctx.wit, ret), ...at });
  unit.local = worst(unit.local, 'extra');
}

/**
 * A result with nothing to carry: no member at all (`resultType` aside, rule `result-type-implied`)
 * and closed. `result<_, E>` carries it. MCP's EmptyResult is not one: it has `_meta`, and it is
 * `Result`, an open object (`additionalProperties: {}`), so it needs an ok type (`json`).
 */
export function isEmptyResult(model: McpModel, name: TypeName): boolean {
  const shape = resolveMcp(model, { kind: 'ref', name });
  return shape.kind === 'object' && !shape.open && shape.properties.every((p) => p.name === RESULT_TYPE.property);
}

/**
 * A result that declares nothing but an optional `_meta` (EmptyResult; 2025-11-25's
 * GetTaskPayloadResult, open for the original request's result): `result<_, E>` loses that
 * `_meta` and every member of the open object (rule `empty-result-dropped`, lossy).
 */
export function isMetaOnlyResult(model: McpModel, name: TypeName): boolean {
  const shape = resolveMcp(model, { kind: 'ref', name });
  if (shape.kind === 'json') return true;
  return shape.kind === 'object' && shape.properties.every((p) => (p.name === '_meta' && !p.required) || p.name === RESULT_TYPE.property);
}

function isOpenResult(model: McpModel, name: TypeName): boolean {
  const shape = resolveMcp(model, { kind: 'ref', name });
  return shape.kind === 'json' || (shape.kind === 'object' && shape.open);
}

export function finishMessage(ctx: MapContext, { item, realizations: pending }: PendingMessage): MessageItem {
  item.realizations = pending.map(({ out, unit }) => {
    if (!unit) return out;
    const verdict = ctx.comparer.unitVerdict(unit);
    out.verdict = verdict;
    out.status = isFaithful(verdict) ? 'covered' : 'partial';
    out.fields = { ...unit.fields };
    out.findings = [...unit.findings, ...ctx.comparer.viaFindings(unit)];
    return out;
  });
  const carried = item.realizations.filter((r) => r.status !== 'excluded');
  if (item.realizations.length === 0) {
    item.status = 'missing';
    item.verdict = 'missing';
  } else if (carried.length === 0) {
    item.status = 'excluded';
    item.verdict = 'exact';
  } else {
    const statuses = new Set<Status>(carried.map((r) => r.status));
    item.status = statuses.size === 1 ? (carried[0]?.status as Status) : 'partial';
    item.verdict = worst(...carried.map((r) => r.verdict));
  }
  return item;
}
