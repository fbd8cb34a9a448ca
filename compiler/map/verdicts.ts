// Verdicts: how faithfully a WIT construct carries an MCP one. Apart from types.ts so the rule
// table (rules.ts) can use them while the Mapping (types.ts) names the rule ids.

/** How faithfully a WIT construct carries an MCP one, best first. */
export type Verdict = 'exact' | 'encoded' | 'narrowed' | 'extra' | 'lossy' | 'missing';

export const VERDICTS: readonly Verdict[] = ['exact', 'encoded', 'narrowed', 'extra', 'lossy', 'missing'];

export function verdictRank(v: Verdict): number {
  return VERDICTS.indexOf(v);
}

/** The worse of some verdicts (`exact` for none). */
export function worst(...vs: Verdict[]): Verdict {
  let w: Verdict = 'exact';
  for (const v of vs) if (verdictRank(v) > verdictRank(w)) w = v;
  return w;
}

/** exact, encoded, narrowed and extra keep every MCP value; lossy and missing do not. */
export function isFaithful(v: Verdict): boolean {
  return verdictRank(v) <= verdictRank('extra');
}

export type VerdictCounts = Record<Verdict, number>;

export function emptyCounts(): VerdictCounts {
  return { exact: 0, encoded: 0, narrowed: 0, extra: 0, lossy: 0, missing: 0 };
}
