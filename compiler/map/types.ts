// The Mapping: the checker's output, read by the reports. It knows both models only through the
// names, pointers and locations copied into it, so reports never look at either model.
import type { Diagnostic } from '../diagnostics.js';
import type { Direction } from '../schema/model.js';
import type { TypeRuleId } from './rules.js';
import type { Verdict, VerdictCounts } from './verdicts.js';

export { emptyCounts, isFaithful, type Verdict, type VerdictCounts, VERDICTS, verdictRank, worst } from './verdicts.js';

export interface Finding {
  /** Where inside the item: `content[]`, `params.arguments`, `result`, `cases.text`. */
  path: string;
  verdict: Verdict;
  /** The rule that decided it (an id from the rule table, or a realization check). */
  rule: string;
  reason: string;
  /** The MCP side, described (`integer`, `ContentBlock`, `array<string>`). */
  mcp?: string;
  /** The WIT side, described (`u32`, `list<tool>`). */
  wit?: string;
  /** Schema location: `#/definitions/Tool/properties/name`. */
  schema?: string;
  /** WIT location: repo-relative `file:line:col`. */
  location?: string;
}

export type Role = 'server' | 'client';
export type Side = 'send' | 'receive';
export type MessageRealizationKind = 'handler' | 'import' | 'host-served' | 'host-internal' | 'excluded';
export type Status = 'covered' | 'partial' | 'missing' | 'excluded';
export type Source = 'manifest' | 'convention';

export const STATUSES: readonly Status[] = ['covered', 'excluded', 'partial', 'missing'];

export function statusRank(s: Status): number {
  return STATUSES.indexOf(s);
}

export interface WorldRoles {
  world: string;
  roles: Role[];
  source: Source;
  location?: string;
}

export interface MessageRealization {
  world: string;
  role: Role;
  direction: Direction;
  side: Side;
  realization: MessageRealizationKind;
  source: Source;
  /** `interface.function` (or the function alone for a world-level function). */
  function?: string;
  location?: string;
  /** host-served: the registration functions. */
  from?: string[];
  reason?: string;
  /** How the function takes the params: none, one parameter, or one per property. */
  params?: 'none' | 'single' | 'spread';
  status: Status;
  verdict: Verdict;
  /** Params fields compared, per verdict (spread params; one for a single params parameter). */
  fields: VerdictCounts;
  findings: Finding[];
}

export interface MessageItem {
  kind: 'request' | 'notification';
  method: string;
  definition: string;
  directions: Direction[];
  params?: string;
  result?: string;
  schema: string;
  status: Status;
  verdict: Verdict;
  realizations: MessageRealization[];
}

export type TypeRealization = 'type' | 'function' | 'excluded' | 'missing';

export interface TypeItem {
  name: string;
  origin: 'definition' | 'inline';
  schema: string;
  realization: TypeRealization;
  source: Source | 'reached';
  /** The WIT type, as `interface.name` (or its id when outside the root package). */
  wit?: string;
  location?: string;
  function?: string;
  reason?: string;
  /** A manifest entry to write, when an unmapped WIT type of alike structure likely carried this type under an old name. */
  suggestion?: string;
  verdict: Verdict;
  fields: VerdictCounts;
  findings: Finding[];
}

/**
 * Something the proposal states that the MCP schema has no message or type for: a WIT function
 * that realizes no message (stale after a spec bump, or a helper nobody declared), or a manifest
 * entry whose key the schema does not define. Every one is a defect: `check` exits 1.
 */
export interface StaleItem {
  kind: 'function' | 'manifest-message' | 'manifest-type' | 'manifest-function';
  /** `interface.function`, a method name, a type name, or a manifest function key. */
  name: string;
  /** `stale-function`, `function-unaccounted`, `stale-manifest-message`, `stale-manifest-type`, `stale-manifest-function`. */
  rule: string;
  reason: string;
  /** The WIT file (a function) or the manifest file (an entry), repo-relative. */
  file: string;
  /** A function: where it is declared. */
  line?: number;
  column?: number;
  /** A manifest entry: its JSON pointer. */
  jsonPath?: string;
  /** A function: the worlds that import or export it. */
  worlds?: string[];
  /** The removed method a manifest entry says the function (or the entry) realizes. */
  method?: string;
  /** A manifest entry to write instead, when a renamed definition is the likely successor. */
  suggestion?: string;
}

export interface Mapping {
  spec: string;
  /** The schema file, repo-relative when inside the repo. */
  schema: string;
  /** The root WIT package id. */
  package: string;
  manifest?: string;
  worlds: WorldRoles[];
  /** Definitions and reached inline types, sorted by name. */
  types: TypeItem[];
  /** Requests and notifications, sorted by method then kind. */
  messages: MessageItem[];
  /** WIT functions and manifest entries the schema has nothing for, sorted by kind and name. */
  stale: StaleItem[];
  /** What could not be placed, manifest entries that name nothing, and similar. */
  diagnostics: Diagnostic[];
  /**
   * The decision on every (named MCP type, WIT type) pair the comparison reached, sorted by key:
   * the generators build on these, so a pair is decided once, by the rule table.
   */
  pairs: PairDecision[];
  /** Per open MCP object type, the record field carrying its members beyond the declared ones (the manifest's `rest`; rules.ts `restField`). */
  rest?: Readonly<Record<string, string>>;
}

/** The rule table's decision on one named MCP type against one WIT type (at the pair's top). */
export interface PairDecision {
  /** `McpName=>wit-key`, as compare.ts `pairKey` makes it. */
  key: string;
  mcp: string;
  /** The WIT side, described. */
  wit: string;
  rule: TypeRuleId;
  verdict: Verdict;
  reason: string;
}
