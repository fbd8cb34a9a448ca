// `generate wit --missing-only` inside types the package already has: a record field, a variant
// case or an enum case that the checker reports missing is added to the existing (hand-written)
// type, in a marked region before its closing brace, like the regions at the end of interfaces.
import type { CaseNode, FieldNode, TypeExpr } from '../../wit/ast.js';
import type { TypeDef, WitModel } from '../../wit/model.js';
import type { McpModel, McpType, Property, TypeName } from '../../schema/model.js';
import type { Mapping } from '../../map/types.js';
import { type Diagnostic, warning } from '../../diagnostics.js';
import { caseName, fieldName } from '../../map/names.js';
import { implicitDiscriminator, memberLabels } from '../../map/rules.js';
import { resolveMcp } from '../../map/shapes.js';
import { fieldProperties, refsOf, witTypeOf, type TypeEmitContext } from './types.js';

/** What one existing WIT type lacks, by the MCP type it maps (before WIT names are known). */
export interface MemberPlan {
  mcp: TypeName;
  def: TypeDef;
  kind: 'record' | 'variant' | 'enum';
  fields: Property[];
  cases: { label: string; member: McpType }[];
  values: string[];
}

/** The members to add, as WIT syntax, with the interface that must see their types. */
export interface MemberAddition {
  def: TypeDef;
  kind: 'record' | 'variant' | 'enum';
  fields: FieldNode[];
  cases: CaseNode[];
}

const DIRECT = /^[^.[\]|?{}]+$/;
const DIRECT_CASE = /^\|[^.[\]|?{}]+$/;

/** The WIT type a mapped MCP type sits in, through aliases within the root package. */
function witDef(wit: WitModel, ref: string): TypeDef | undefined {
  const [iface, name] = ref.split('.') as [string, string];
  let def = Object.values(wit.types).find((d) => d.owner.package === wit.root && d.owner.interface === iface && d.name === name);
  for (let i = 0; def?.kind === 'alias' && i < 8; i++) {
    const target = def.target;
    def = target.kind === 'named' ? wit.types[target.id] : undefined;
    if (def && def.owner.package !== wit.root) return undefined;
  }
  return def;
}

/** The members of a union as the checker sees them: a member that is itself a union, flattened. */
function members(model: McpModel, union: McpType[], depth = 0): McpType[] {
  return union.flatMap((m) => {
    const s = depth < 4 ? resolveMcp(model, m) : undefined;
    return s?.kind === 'union' ? [m, ...members(model, s.members, depth + 1)] : [m];
  });
}

/** Plans the members to add: read from the checker's `slot-missing` and `enum` findings. */
export function planMembers(model: McpModel, wit: WitModel, mapping: Mapping, diagnostics: Diagnostic[] = []): MemberPlan[] {
  // What the checker reports missing but cannot be added here is said, not dropped.
  const cannot = (what: string, t: { name: string; location?: string }) =>
    diagnostics.push(warning('member-not-added', `${t.name}: ${what} is missing from ${t.location ?? 'its WIT type'} and cannot be generated there; add it by hand`));
  const plans = new Map<string, MemberPlan>();
  for (const t of mapping.types) {
    if (t.realization !== 'type' || !t.wit?.includes('.')) continue;
    const def = witDef(wit, t.wit);
    const named = model.types[t.name];
    if (!def || !named || (def.kind !== 'record' && def.kind !== 'variant' && def.kind !== 'enum')) continue;
    const plan = plans.get(def.id) ?? { mcp: t.name, def, kind: def.kind, fields: [], cases: [], values: [] };
    const body = named.body;
    if (def.kind === 'record' && body.kind === 'object') {
      const have = new Set([...def.fields.map((f) => f.name), ...plan.fields.map((p) => fieldName(p.name))]);
      const wanted = new Set(t.findings.filter((f) => f.rule === 'slot-missing' && DIRECT.test(f.path)).map((f) => f.path));
      const props = fieldProperties(body);
      for (const p of props) if (wanted.has(p.name) && !have.has(fieldName(p.name))) plan.fields.push(p);
      for (const w of wanted) if (!props.some((p) => p.name === w)) cannot(`field for property ${w}`, t);
    }
    if (def.kind === 'variant' && body.kind === 'type' && body.type.kind === 'union') {
      const union = body.type;
      const have = new Set([...def.cases.map((c) => c.name), ...plan.cases.map((c) => c.label)]);
      const ctx = { mcp: model, wit };
      const discriminator = union.discriminator ?? implicitDiscriminator(ctx, union.members);
      for (const f of t.findings.filter((x) => x.rule === 'slot-missing' && DIRECT_CASE.test(x.path))) {
        const label = f.path.slice(1);
        const member = members(model, union.members).find((m) => memberLabels(ctx, m, discriminator)[0] === label);
        if (!member) cannot(`case ${label}`, t);
        else if (!have.has(label)) {
          plan.cases.push({ label, member });
          have.add(label);
        }
      }
    }
    if (def.kind === 'enum' && body.kind === 'type' && body.type.kind === 'enum' && t.findings.some((f) => f.rule === 'enum' && f.verdict === 'lossy')) {
      const have = new Set([...def.cases.map((c) => c.name), ...plan.values.map(caseName)]);
      for (const v of body.type.values) if (!have.has(caseName(v))) plan.values.push(v);
    }
    if (plan.fields.length + plan.cases.length + plan.values.length > 0) plans.set(def.id, plan);
  }
  return [...plans.values()].sort((a, b) => (a.def.id < b.def.id ? -1 : 1));
}

/** The MCP types a plan's new members refer to (they need a WIT home too). */
export function planRefs(plan: MemberPlan): TypeName[] {
  const out: TypeName[] = [];
  for (const p of plan.fields) refsOf(p.type, out);
  for (const c of plan.cases) refsOf(c.member, out);
  return out;
}

/** The members as WIT syntax, named and typed as the generator would write them. */
export function memberAddition(plan: MemberPlan, ctx: TypeEmitContext): MemberAddition {
  const option = (inner: TypeExpr): TypeExpr => ({ kind: 'option', inner });
  const fields: FieldNode[] = plan.fields.map((p) => {
    const type = witTypeOf(p.type, plan.mcp, ctx);
    return { name: { name: fieldName(p.name) }, type: p.required ? type : option(type), gates: [], ...(p.description ? { docs: p.description } : {}) };
  });
  const cases: CaseNode[] = [
    ...plan.cases.map((c) => ({ name: { name: c.label }, type: witTypeOf(c.member, plan.mcp, ctx), gates: [] })),
    ...plan.values.map((v) => ({ name: { name: caseName(v) }, gates: [] })),
  ];
  return { def: plan.def, kind: plan.kind, fields, cases };
}

/** `interface.type: field x` lines for the command's summary. */
export function describeAddition(a: MemberAddition): string[] {
  const where = `${a.def.owner.interface ?? a.def.owner.world ?? ''}.${a.def.name}`;
  return [...a.fields.map((f) => `${where}: field ${f.name.name}`), ...a.cases.map((c) => `${where}: ${a.kind === 'enum' ? 'enum case' : 'case'} ${c.name.name}`)];
}
