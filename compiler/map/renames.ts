// A definition renamed between MCP versions leaves its WIT type standing with nothing mapped to
// it, while the new name has no WIT type: the checker pairs the two by structure (field, case or
// value names: similarity.ts) and suggests the manifest entry that maps the new name to the old
// type. A stale manifest `types` entry whose WIT type is so paired gets the same suggestion.
import type { TypeDef } from '../wit/model.js';
import type { MapContext } from './context.js';
import { caseName, fieldName } from './names.js';
import { implicitDiscriminator, memberLabels } from './rules.js';
import { resolveMcp, resolveWit } from './shapes.js';
import { pairByStructure, type Structure } from './similarity.js';
import type { StaleItem, TypeItem } from './types.js';

/** The structure of an MCP type as WIT would name its members: fields, cases or enum cases. */
function mcpStructure(ctx: MapContext, name: string): Structure | undefined {
  const out: Structure = new Map();
  const shape = resolveMcp(ctx.mcp, { kind: 'ref', name });
  if (shape.kind === 'object') {
    for (const p of shape.properties) {
      const t = resolveMcp(ctx.mcp, p.type);
      if (p.required && t.kind === 'const') continue; // implied by the type: no field
      out.set(`.${fieldName(p.name)}`, p.required ? 'required' : 'optional');
    }
  } else if (shape.kind === 'enum') {
    for (const v of shape.values) out.set(`=${caseName(v)}`, 'case');
  } else if (shape.kind === 'union') {
    const rctx = { mcp: ctx.mcp, wit: ctx.wit };
    const discriminator = shape.discriminator ?? implicitDiscriminator(rctx, shape.members);
    for (const m of shape.members) {
      const label = memberLabels(rctx, m, discriminator)[0];
      if (label !== undefined && !(m.kind === 'primitive' && m.type === 'null')) out.set(`|${label}`, 'case');
    }
  } else return undefined;
  return out.size > 0 ? out : undefined;
}

function witStructure(ctx: MapContext, def: TypeDef): Structure | undefined {
  const out: Structure = new Map();
  if (def.kind === 'record') {
    for (const f of def.fields) out.set(`.${f.name}`, resolveWit(ctx.wit, f.type).kind === 'option' ? 'optional' : 'required');
  } else if (def.kind === 'enum') {
    for (const c of def.cases) out.set(`=${c.name}`, 'case');
  } else if (def.kind === 'variant') {
    for (const c of def.cases) out.set(`|${c.name}`, 'case');
  } else return undefined;
  return out.size > 0 ? out : undefined;
}

/** Suggests renames on the type items that could not be placed, and on stale manifest type entries. */
export function suggestRenames(ctx: MapContext, types: TypeItem[], stale: StaleItem[]): void {
  // Reached types carry the bare WIT name, placed ones `interface.name`: either counts as mapped.
  const mapped = new Set(types.flatMap((t) => (t.wit ? [t.wit, t.wit.slice(t.wit.lastIndexOf('.') + 1)] : [])));
  const unmapped = new Map<string, Structure>();
  const defs = new Map<string, TypeDef>();
  for (const list of ctx.typesByName.values()) {
    for (const def of list) {
      const ref = `${def.owner.interface ?? def.owner.world ?? ''}.${def.name}`;
      if (mapped.has(ref) || mapped.has(def.name)) continue;
      const s = witStructure(ctx, def);
      if (!s) continue;
      unmapped.set(ref, s);
      defs.set(ref, def);
    }
  }
  const missing = new Map<string, Structure>();
  for (const t of types) {
    if (t.realization !== 'missing' || !t.findings.some((f) => f.rule === 'unplaced' || f.rule === 'manifest-type-unknown')) continue;
    const s = mcpStructure(ctx, t.name);
    if (s) missing.set(t.name, s);
  }
  if (missing.size === 0 || unmapped.size === 0) return;
  const byName = new Map(types.map((t) => [t.name, t]));
  for (const pair of pairByStructure(missing, unmapped)) {
    const def = defs.get(pair.to) as TypeDef;
    // the bare name when the package has one type of that name, as a manifest would write it
    const wit = (ctx.typesByName.get(def.name) ?? []).length === 1 ? def.name : pair.to;
    const entry = `"types": {${JSON.stringify(pair.from)}: {"type": ${JSON.stringify(wit)}}}`;
    const item = byName.get(pair.from) as TypeItem;
    item.suggestion = entry;
    const f = item.findings.find((x) => x.rule === 'unplaced' || x.rule === 'manifest-type-unknown');
    if (f) f.reason += `; WIT type ${pair.to} (${ctx.locate(def.span)}), which nothing maps, has alike members (score ${pair.score}): if ${pair.from} renames what it carried, the manifest entry is ${entry}`;
    for (const s of stale) {
      const old = s.kind === 'manifest-type' ? ctx.manifest?.types?.[s.name]?.type : undefined;
      if (old !== undefined && (old === def.name || old === pair.to)) s.suggestion = entry;
    }
  }
}
