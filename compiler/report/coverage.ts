// Mapping -> the JSON coverage report. Stable key order (objects are built field by field in a
// fixed order), no timestamps, repo-relative paths (already so in the mapping).
import type { Direction } from '../schema/model.js';
import {
  type Finding,
  isFaithful,
  type Mapping,
  type MessageItem,
  type MessageRealization,
  type StaleItem,
  type Status,
  type TypeItem,
  type Verdict,
  VERDICTS,
  type VerdictCounts,
  emptyCounts,
} from '../map/types.js';

export const REPORT_FORMAT = 1;

export interface StatusCounts {
  total: number;
  covered: number;
  partial: number;
  missing: number;
  excluded: number;
}

export interface TypeCounts {
  total: number;
  mapped: number;
  excluded: number;
  missing: number;
}

/** A finding as reports carry it (the same fields as the mapping's, in a fixed key order). */
export type ReportFinding = Finding;

export interface ReportRealization {
  world: string;
  role: string;
  direction: Direction;
  side: string;
  realization: string;
  source: string;
  function?: string;
  location?: string;
  from?: string[];
  reason?: string;
  params?: string;
  status: Status;
  verdict: Verdict;
  fields: VerdictCounts;
  findings: ReportFinding[];
}

export interface MessageReportItem {
  kind: 'request' | 'notification';
  name: string;
  definition: string;
  directions: Direction[];
  params?: string;
  result?: string;
  schema: string;
  status: Status;
  verdict: Verdict;
  realizations: ReportRealization[];
}

export interface TypeReportItem {
  kind: 'type';
  name: string;
  origin: string;
  schema: string;
  realization: string;
  source: string;
  wit?: string;
  location?: string;
  function?: string;
  reason?: string;
  suggestion?: string;
  verdict: Verdict;
  fields: VerdictCounts;
  findings: ReportFinding[];
}

export type ReportItem = MessageReportItem | TypeReportItem;

/** A stale function or manifest entry, as reports carry it (the mapping's fields, in a fixed key order). */
export type StaleReportItem = StaleItem;

export interface CoverageReport {
  format: number;
  spec: string;
  schema: string;
  package: string;
  manifest: string | null;
  worlds: { world: string; roles: string[]; source: string }[];
  summary: {
    methods: Record<string, Record<string, StatusCounts>>;
    notifications: Record<string, Record<string, StatusCounts>>;
    types: TypeCounts;
    fields: VerdictCounts;
  };
  items: ReportItem[];
  /** WIT functions and manifest entries MCP has nothing for: each one is a finding. */
  stale: StaleReportItem[];
}

const DIRECTIONS: readonly Direction[] = ['client-to-server', 'server-to-client'];

function finding(f: Finding): ReportFinding {
  const out: ReportFinding = { path: f.path, verdict: f.verdict, rule: f.rule, reason: f.reason };
  if (f.mcp !== undefined) out.mcp = f.mcp;
  if (f.wit !== undefined) out.wit = f.wit;
  if (f.schema !== undefined) out.schema = f.schema;
  if (f.location !== undefined) out.location = f.location;
  return out;
}

function sortFindings(fs: Finding[]): ReportFinding[] {
  return fs.map(finding).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function key(f: ReportFinding): string {
  return `${f.path}\u0000${f.rule}\u0000${f.reason}`;
}

function realization(r: MessageRealization): ReportRealization {
  const out: ReportRealization = {
    world: r.world,
    role: r.role,
    direction: r.direction,
    side: r.side,
    realization: r.realization,
    source: r.source,
  } as ReportRealization;
  if (r.function !== undefined) out.function = r.function;
  if (r.location !== undefined) out.location = r.location;
  if (r.from !== undefined) out.from = [...r.from];
  if (r.reason !== undefined) out.reason = r.reason;
  if (r.params !== undefined) out.params = r.params;
  out.status = r.status;
  out.verdict = r.verdict;
  out.fields = counts(r.fields);
  out.findings = sortFindings(r.findings);
  return out;
}

function messageItem(m: MessageItem): MessageReportItem {
  const out = { kind: m.kind, name: m.method, definition: m.definition, directions: [...m.directions] } as MessageReportItem;
  if (m.params !== undefined) out.params = m.params;
  if (m.result !== undefined) out.result = m.result;
  out.schema = m.schema;
  out.status = m.status;
  out.verdict = m.verdict;
  out.realizations = m.realizations.map(realization);
  return out;
}

function typeItem(t: TypeItem): TypeReportItem {
  const out = { kind: 'type', name: t.name, origin: t.origin, schema: t.schema, realization: t.realization, source: t.source } as TypeReportItem;
  if (t.wit !== undefined) out.wit = t.wit;
  if (t.location !== undefined) out.location = t.location;
  if (t.function !== undefined) out.function = t.function;
  if (t.reason !== undefined) out.reason = t.reason;
  if (t.suggestion !== undefined) out.suggestion = t.suggestion;
  out.verdict = t.verdict;
  out.fields = counts(t.fields);
  out.findings = sortFindings(t.findings);
  return out;
}

function counts(c: VerdictCounts): VerdictCounts {
  const out = emptyCounts();
  for (const v of VERDICTS) out[v] = c[v];
  return out;
}

function emptyStatusCounts(): StatusCounts {
  return { total: 0, covered: 0, partial: 0, missing: 0, excluded: 0 };
}

/** Per world and direction: each message counted once, by its worst status over the world's roles. */
function messageSummary(mapping: Mapping, kind: 'request' | 'notification'): Record<string, Record<string, StatusCounts>> {
  const out: Record<string, Record<string, StatusCounts>> = {};
  for (const w of mapping.worlds) {
    const perDir: Record<string, StatusCounts> = {};
    for (const d of DIRECTIONS) perDir[d] = emptyStatusCounts();
    for (const m of mapping.messages.filter((x) => x.kind === kind)) {
      for (const d of m.directions) {
        const rs = m.realizations.filter((r) => r.world === w.world && r.direction === d);
        if (rs.length === 0) continue;
        const c = perDir[d] as StatusCounts;
        c.total++;
        c[combine(rs.map((r) => r.status))]++;
      }
    }
    out[w.world] = perDir;
  }
  return out;
}

/** Several realizations of one message in one place: excluded only when all are. */
export function combine(statuses: Status[]): Status {
  const carried = statuses.filter((s) => s !== 'excluded');
  if (carried.length === 0) return 'excluded';
  if (carried.every((s) => s === 'covered')) return 'covered';
  if (carried.every((s) => s === 'missing')) return 'missing';
  return 'partial';
}

export function typeCounts(items: readonly TypeItem[]): TypeCounts {
  const out: TypeCounts = { total: items.length, mapped: 0, excluded: 0, missing: 0 };
  for (const t of items) {
    if (t.realization === 'excluded') out.excluded++;
    else if (t.realization === 'missing' || t.verdict === 'missing') out.missing++;
    else out.mapped++;
  }
  return out;
}

export function buildReport(mapping: Mapping): CoverageReport {
  const fields = emptyCounts();
  for (const t of mapping.types) for (const v of VERDICTS) fields[v] += t.fields[v];
  for (const m of mapping.messages) for (const r of m.realizations) for (const v of VERDICTS) fields[v] += r.fields[v];
  return {
    format: REPORT_FORMAT,
    spec: mapping.spec,
    schema: mapping.schema,
    package: mapping.package,
    manifest: mapping.manifest ?? null,
    worlds: mapping.worlds.map((w) => ({ world: w.world, roles: [...w.roles], source: w.source })),
    summary: {
      methods: messageSummary(mapping, 'request'),
      notifications: messageSummary(mapping, 'notification'),
      types: typeCounts(mapping.types),
      fields,
    },
    items: [...mapping.messages.map(messageItem), ...mapping.types.map(typeItem)],
    stale: mapping.stale.map(staleItem),
  };
}

function staleItem(s: StaleItem): StaleReportItem {
  const out: StaleReportItem = { kind: s.kind, name: s.name, rule: s.rule, reason: s.reason, file: s.file };
  if (s.line !== undefined) out.line = s.line;
  if (s.column !== undefined) out.column = s.column;
  if (s.jsonPath !== undefined) out.jsonPath = s.jsonPath;
  if (s.worlds !== undefined) out.worlds = [...s.worlds];
  if (s.method !== undefined) out.method = s.method;
  if (s.suggestion !== undefined) out.suggestion = s.suggestion;
  return out;
}

/** Whether the report has anything lossy, missing or stale (excluded items do not count). */
export function hasFindings(report: CoverageReport): boolean {
  if ((report.stale ?? []).length > 0) return true;
  for (const item of report.items) {
    if (item.kind === 'type') {
      if (item.realization !== 'excluded' && !isFaithful(item.verdict)) return true;
    } else if (item.status !== 'excluded' && (item.status === 'missing' || item.status === 'partial')) return true;
  }
  return false;
}

/** The report as JSON text, two-space indented, with a final newline. */
export function renderJson(report: CoverageReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
