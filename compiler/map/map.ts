// McpModel + WitModel (+ manifest) -> Mapping. Reads the two models only. Every MCP definition
// (and each inline type the comparison reaches) gets a WIT type or a realization; every message
// gets, per world and role that must carry it, a realization checked field by field.
import { type Diagnostic, warning } from '../diagnostics.js';
import type { McpModel } from '../schema/model.js';
import type { WitModel } from '../wit/model.js';
import { type MapContext, type MapOptions, newContext, relPath } from './context.js';
import { restFields } from './manifest.js';
import { finishMessage, realizeMessage } from './messages.js';
import { placeTypes } from './placement.js';
import { staleItems } from './stale.js';
import { suggestRenames } from './renames.js';
import type { Mapping, MessageItem, PairDecision, TypeItem, WorldRoles } from './types.js';
import { worldRoles } from './worlds.js';

export { relPath } from './context.js';
export type { MapOptions } from './context.js';

export function buildMapping(mcp: McpModel, wit: WitModel, opts: MapOptions = {}): Mapping {
  const ctx = newContext(mcp, wit, opts);
  const worlds = worldRoles(wit, ctx.manifest, (w) => ctx.locate(w.span));
  ctx.diagnostics.push(...manifestDiagnostics(ctx, worlds), ...worldDiagnostics(worlds));
  // compare every message first, then place types (messages reach types), then read verdicts
  const pending = mcp.methods.map((m) => realizeMessage(ctx, m, worlds));
  const types = placeTypes(ctx);
  const messages = pending.map((p) => finishMessage(ctx, p));
  definitionVerdicts(types, messages);
  const stale = staleItems(ctx, worlds, messages);
  suggestRenames(ctx, types, stale);
  const out: Mapping = {
    spec: mcp.version,
    schema: relPath(mcp.file, ctx.baseDir),
    package: wit.root,
    worlds,
    types,
    messages,
    stale,
    diagnostics: ctx.diagnostics,
    pairs: pairDecisions(ctx),
  };
  if (ctx.manifest) out.manifest = relPath(ctx.manifest.file, ctx.baseDir);
  const rest = restFields(ctx.manifest);
  if (Object.keys(rest).length > 0) out.rest = rest;
  return out;
}

/** Every compared pair's decision at its top, by key (the generators' input). */
function pairDecisions(ctx: MapContext): PairDecision[] {
  const out: PairDecision[] = [];
  for (const p of ctx.comparer.pairs.values()) {
    if (!p.decision) continue; // only while a comparison is still running, never once it is done
    out.push({ key: p.key, mcp: p.mcp, wit: p.witName, rule: p.decision.rule, verdict: p.decision.verdict, reason: p.decision.reason });
  }
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** A request or notification definition is as good as its message. */
function definitionVerdicts(types: TypeItem[], messages: MessageItem[]): void {
  const byDefinition = new Map(messages.map((m) => [m.definition, m]));
  for (const t of types) {
    const msg = byDefinition.get(t.name);
    if (t.realization !== 'function' || t.source !== 'convention' || !msg) continue;
    // carried with a missing field is a loss, not a missing definition
    t.verdict = msg.status === 'missing' ? 'missing' : msg.verdict === 'missing' ? 'lossy' : msg.verdict;
    const first = msg.realizations.find((r) => r.function);
    if (first?.function) t.function = first.function;
  }
}

/** Manifest worlds that name nothing, and a spec it was not written for. */
function manifestDiagnostics(ctx: MapContext, worlds: WorldRoles[]): Diagnostic[] {
  const m = ctx.manifest;
  if (!m) return [];
  const out: Diagnostic[] = [];
  const file = m.file;
  if (m.spec !== undefined && m.spec !== ctx.mcp.version) {
    out.push(warning('manifest-spec', `the manifest targets ${m.spec}, the schema is ${ctx.mcp.version}`, { file, jsonPath: '#/spec' }));
  }
  const worldNames = new Set(worlds.map((w) => w.world));
  for (const name of Object.keys(m.worlds ?? {}).sort()) {
    if (!worldNames.has(name)) out.push(warning('manifest-unknown-world', `no world ${name} in ${ctx.wit.root}`, { file, jsonPath: `#/worlds/${ptr(name)}` }));
  }
  // Message, type and function keys that name nothing are findings (stale.ts), not warnings.
  return out;
}

function worldDiagnostics(worlds: WorldRoles[]): Diagnostic[] {
  return worlds
    .filter((w) => w.roles.length === 0)
    .map((w) => {
      const d: Diagnostic = { severity: 'note', code: 'world-without-role', message: `world ${w.world} plays no role: it is not checked` };
      const at = /^(.*):(\d+):(\d+)$/.exec(w.location ?? '');
      if (at) Object.assign(d, { file: at[1], line: Number(at[2]), column: Number(at[3]) });
      return d;
    });
}

function ptr(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
