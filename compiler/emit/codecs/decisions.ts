// The codec generator decides nothing about how an MCP type pairs with a WIT type: it asks the
// checker. A named pair's decision is read from the Mapping (the checker recorded it); a pair
// inside a type (an array's items, an option's payload) is decided by the same rule table
// (compiler/map/rules.ts). Each path (value: converters.ts, text: text.ts, tree: tree.ts) then
// looks the rule id up in its table of emitters, typed `satisfies Record<TypeRuleId, ...>`: a rule
// added to the table does not compile until every path has an emitter for it. Slot rules (a
// property and the field carrying it) work the same way, with tables typed by SlotRuleId.
import { CheckerError, type McpSlot, type MShape, type WitSlot, type WShape } from '../../map/shapes.js';
import { fieldName } from '../../map/names.js';
import { decideSlot, decideType, restField, type RuleContext, type SlotRuleId, type TypeRuleId } from '../../map/rules.js';
import type { PairDecision } from '../../map/types.js';
import type { McpModel, Property } from '../../schema/model.js';
import type { Field, WitModel, WitType } from '../../wit/model.js';

/** A property (or parameter) as the slot rules see it. */
export type SlotProperty = Pick<Property, 'name' | 'type' | 'required'>;
/** A WIT field (or parameter) as the slot rules see it. */
export interface SlotField {
  name: string;
  type: WitType;
}

/** Rules whose pair, when the MCP side is a named type, is one function of its own on every path (memoized, so recursion terminates). */
const FUNCTION_RULES: ReadonlySet<TypeRuleId> = new Set<TypeRuleId>(['object-as-record', 'open-object-as-record', 'open-object-with-rest', 'union-as-variant', 'result-type-union', 'enum']);

export class Decisions {
  private readonly byKey: ReadonlyMap<string, TypeRuleId>;
  private readonly ctx: RuleContext;

  constructor(mcp: McpModel, wit: WitModel, pairs: readonly PairDecision[], rest?: Readonly<Record<string, string>>) {
    this.ctx = rest ? { mcp, wit, rest } : { mcp, wit };
    this.byKey = new Map(pairs.map((p) => [p.key, p.rule]));
  }

  /**
   * The rule that decides `m` against `w`: the checker's recorded decision when `key` names a pair
   * it compared, else the rule table's. Undefined when no rule covers the pair (a WIT kind with no
   * data rule, like a stream): every path writes its "unsupported" code then.
   */
  rule(m: MShape, w: WShape, key?: string): TypeRuleId | undefined {
    const known = key === undefined ? undefined : this.byKey.get(key);
    if (known !== undefined) return known;
    try {
      return decideType(m, w, this.ctx).rule;
    } catch (e) {
      if (e instanceof CheckerError && e.code === 'no-rule') return undefined;
      throw e;
    }
  }

  /**
   * The slot rule for a property against the WIT field carrying it (either side may be absent: a
   * property with no field, a field with no property), as the checker decides it for records.
   */
  slot(p: SlotProperty | undefined, field: SlotField | undefined): SlotRuleId {
    const m: McpSlot | undefined = p && { kind: 'property', name: p.name, label: fieldName(p.name), type: p.type, required: p.required };
    const w: WitSlot | undefined = field && { kind: 'field', name: field.name, type: field.type };
    return decideSlot(m, w, this.ctx).rule;
  }

  /** The record field carrying the open object's members beyond its declared properties, as the checker found it (rules.ts `restField`). */
  rest(m: Extract<MShape, { kind: 'object' }>, w: Extract<WShape, { kind: 'record' }>): Field | undefined {
    return restField(this.ctx, m, w);
  }

  /** Whether a named pair decided by `rule` is written as a function of its own. */
  static isFunction(rule: TypeRuleId | undefined): boolean {
    return rule !== undefined && FUNCTION_RULES.has(rule);
  }
}
