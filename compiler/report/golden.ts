// The golden diff: this run's coverage against golden/<version>/coverage.json. A regression is an
// item (or one world's realization of a message) whose verdict or status got worse, or a new item
// that is missing or lossy; improvements and neutral changes are reported too.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonFile } from '../schema/json.js';
import { isFaithful, type Status, statusRank, type Verdict, verdictRank } from '../map/types.js';
import { staleLocation } from '../map/stale.js';
import type { CoverageReport, MessageReportItem, ReportFinding, ReportItem, ReportRealization, StaleReportItem } from './coverage.js';

export interface GoldenDiff {
  regressions: string[];
  improvements: string[];
  changes: string[];
}

export function goldenFiles(dir: string, version: string): { json: string; markdown: string } {
  return { json: join(dir, version, 'coverage.json'), markdown: join(dir, version, 'coverage.md') };
}

/** The stored golden report, or undefined when there is none; bad JSON is bad input. */
export function readGolden(dir: string, version: string): CoverageReport | undefined {
  const { json } = goldenFiles(dir, version);
  if (!existsSync(json)) return undefined;
  // Read with locations: a syntax error names line:column, not a character offset.
  return readJsonFile(json).value as CoverageReport;
}

function itemKey(i: ReportItem): string {
  return `${i.kind} ${i.name}`;
}

function realizationKey(r: ReportRealization): string {
  return `${r.world} ${r.role} ${r.direction}`;
}

type Cmp = 'worse' | 'better' | 'same' | 'changed';

function compare(before: { verdict: Verdict; status?: Status; shape: string }, after: { verdict: Verdict; status?: Status; shape: string }): Cmp {
  const dv = verdictRank(after.verdict) - verdictRank(before.verdict);
  const ds = before.status && after.status ? statusRank(after.status) - statusRank(before.status) : 0;
  if (dv > 0 || ds > 0) return 'worse';
  if (dv < 0 || ds < 0) return 'better';
  return before.shape === after.shape ? 'same' : 'changed';
}

function describe(x: { verdict: Verdict; status?: Status; shape: string }): string {
  return `${x.status ? `${x.status}/` : ''}${x.verdict}${x.shape ? ` (${x.shape})` : ''}`;
}

function newLosses(before: ReportFinding[], after: ReportFinding[]): string[] {
  const seen = new Set(before.map((f) => `${f.path} ${f.verdict} ${f.reason}`));
  return after
    .filter((f) => !isFaithful(f.verdict) && !seen.has(`${f.path} ${f.verdict} ${f.reason}`))
    .slice(0, 3)
    .map((f) => `      ${f.verdict} ${f.path || '(whole)'}: ${f.reason}${f.location ? ` ${f.location}` : ''}`);
}

export function diffCoverage(golden: CoverageReport, actual: CoverageReport): GoldenDiff {
  const diff: GoldenDiff = { regressions: [], improvements: [], changes: [] };
  const before = new Map(golden.items.map((i) => [itemKey(i), i]));
  const after = new Map(actual.items.map((i) => [itemKey(i), i]));
  for (const [key, a] of after) {
    const g = before.get(key);
    const verdictOf = (i: ReportItem): Verdict => i.verdict;
    if (!g) {
      const bad = a.kind === 'type' ? !isFaithful(a.verdict) && a.realization !== 'excluded' : a.status === 'missing' || a.status === 'partial';
      (bad ? diff.regressions : diff.changes).push(`new ${key}: ${a.kind === 'type' ? a.realization : a.status}/${verdictOf(a)}`);
      continue;
    }
    if (a.kind === 'type' && g.kind === 'type') {
      const c = compare({ verdict: g.verdict, shape: `${g.realization}${g.wit ? ` ${g.wit}` : ''}` }, { verdict: a.verdict, shape: `${a.realization}${a.wit ? ` ${a.wit}` : ''}` });
      const line = `${key}: ${describe({ verdict: g.verdict, shape: g.realization })} -> ${describe({ verdict: a.verdict, shape: a.realization })}`;
      if (c === 'worse') diff.regressions.push(line, ...newLosses(g.findings, a.findings));
      else if (c === 'better') diff.improvements.push(line);
      else if (c === 'changed') diff.changes.push(line);
      continue;
    }
    if (a.kind !== 'type' && g.kind !== 'type') diffMessage(diff, key, g, a);
    else diff.changes.push(`${key}: changed kind`);
  }
  for (const key of before.keys()) if (!after.has(key)) diff.changes.push(`removed ${key}`);
  // A stale function or manifest entry is a defect: a new one regresses, one gone improves.
  const staleKey = (x: StaleReportItem) => `stale ${x.kind} ${x.name}`;
  const staleBefore = new Set((golden.stale ?? []).map(staleKey));
  const staleAfter = new Set((actual.stale ?? []).map(staleKey));
  for (const x of actual.stale ?? []) if (!staleBefore.has(staleKey(x))) diff.regressions.push(`new ${staleKey(x)}: ${x.reason} ${staleLocation(x)}`);
  for (const x of golden.stale ?? []) if (!staleAfter.has(staleKey(x))) diff.improvements.push(`no longer ${staleKey(x)}`);
  return diff;
}

function diffMessage(diff: GoldenDiff, key: string, g: MessageReportItem, a: MessageReportItem): void {
  const before = new Map(g.realizations.map((r) => [realizationKey(r), r]));
  const after = new Map(a.realizations.map((r) => [realizationKey(r), r]));
  for (const [rk, ar] of after) {
    const gr = before.get(rk);
    if (!gr) {
      const bad = ar.status === 'missing' || ar.status === 'partial';
      (bad ? diff.regressions : diff.changes).push(`new ${key} [${rk}]: ${ar.status}/${ar.verdict}`);
      continue;
    }
    const shape = (r: ReportRealization): string => `${r.realization}${r.function ? ` ${r.function}` : ''}`;
    const b = { verdict: gr.verdict, status: gr.status, shape: shape(gr) };
    const n = { verdict: ar.verdict, status: ar.status, shape: shape(ar) };
    const c = compare(b, n);
    const line = `${key} [${rk}]: ${describe(b)} -> ${describe(n)}`;
    if (c === 'worse') diff.regressions.push(line, ...newLosses(gr.findings, ar.findings));
    else if (c === 'better') diff.improvements.push(line);
    else if (c === 'changed') diff.changes.push(line);
  }
  for (const rk of before.keys()) if (!after.has(rk)) diff.changes.push(`removed ${key} [${rk}]`);
}

export function renderDiff(diff: GoldenDiff, goldenFile: string): string {
  const out: string[] = [];
  if (diff.regressions.length) out.push(`coverage regressions against ${goldenFile}:`, ...diff.regressions.map((l) => (l.startsWith('      ') ? l : `  - ${l}`)));
  if (diff.improvements.length) out.push(`improvements against ${goldenFile} (run with --update-golden to record them):`, ...diff.improvements.map((l) => `  + ${l}`));
  if (diff.changes.length) out.push(`other changes against ${goldenFile}:`, ...diff.changes.map((l) => `  ~ ${l}`));
  if (out.length === 0) out.push(`coverage matches ${goldenFile}`);
  return `${out.join('\n')}\n`;
}
