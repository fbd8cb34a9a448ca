// CoverageReport -> markdown (for the proposal's README) and plain text (for terminals).
import { REALIZATION_CHECKS, RULES } from '../map/rules.js';
import { VERDICTS, type Verdict } from '../map/types.js';
import { staleLocation } from '../map/stale.js';
import { renderJson, type CoverageReport, type MessageReportItem, type ReportFinding, type StaleReportItem, type StatusCounts, type TypeReportItem } from './coverage.js';

export type ReportFormat = 'text' | 'json' | 'markdown';

/** The report in one of the formats `check --format` offers. */
export function renderReport(report: CoverageReport, format: ReportFormat): string {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'markdown':
      return renderMarkdown(report);
    case 'text':
      return renderText(report);
    default: {
      const never: never = format;
      throw new Error(`unknown format ${String(never)}`);
    }
  }
}

const ARROW: Record<string, string> = { 'client-to-server': 'client → server', 'server-to-client': 'server → client' };
const SHORT: Record<string, string> = { 'client-to-server': 'c->s', 'server-to-client': 's->c' };

function messages(r: CoverageReport): MessageReportItem[] {
  return r.items.filter((i): i is MessageReportItem => i.kind !== 'type');
}

function types(r: CoverageReport): TypeReportItem[] {
  return r.items.filter((i): i is TypeReportItem => i.kind === 'type');
}

function cell(c: StatusCounts | undefined): string {
  if (!c || c.total === 0) return '–';
  const rest = (['partial', 'missing', 'excluded'] as const).filter((k) => c[k] > 0).map((k) => `${c[k]} ${k}`);
  return `${c.covered}/${c.total}${rest.length ? ` (${rest.join(', ')})` : ''}`;
}

function code(s: string): string {
  return `\`${s.replace(/`/g, "'")}\``;
}

function esc(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function where(f: ReportFinding): string {
  const parts = [f.location, f.schema].filter((x): x is string => !!x).map(code);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

interface Grouped {
  finding: ReportFinding;
  places: string[];
}

/** Identical findings of one message in several worlds are listed once. */
function groupMessageFindings(m: MessageReportItem, keep: (v: Verdict) => boolean): Grouped[] {
  const groups = new Map<string, Grouped>();
  for (const r of m.realizations) {
    const place = `${r.world} ${r.role}${r.function ? ` ${r.function}` : ''}`;
    for (const f of r.findings) {
      if (!keep(f.verdict)) continue;
      const k = `${f.path}\u0000${f.verdict}\u0000${f.rule}\u0000${f.reason}\u0000${f.location ?? ''}`;
      const g = groups.get(k) ?? { finding: f, places: [] };
      if (!g.places.includes(place)) g.places.push(place);
      groups.set(k, g);
    }
  }
  return [...groups.values()];
}

function stale(r: CoverageReport): StaleReportItem[] {
  return r.stale ?? [];
}

function staleCounts(xs: StaleReportItem[]): string {
  if (xs.length === 0) return 'none';
  const labels: [StaleReportItem['kind'], string, string][] = [
    ['function', 'function', 'functions'],
    ['manifest-message', 'manifest message entry', 'manifest message entries'],
    ['manifest-type', 'manifest type entry', 'manifest type entries'],
    ['manifest-function', 'manifest function entry', 'manifest function entries'],
  ];
  return labels
    .map(([k, one, many]) => {
      const n = xs.filter((x) => x.kind === k).length;
      return n === 0 ? '' : `${n} ${n === 1 ? one : many}`;
    })
    .filter((x) => x !== '')
    .join(', ');
}

export function renderMarkdown(r: CoverageReport): string {
  const out: string[] = [];
  const worlds = r.worlds.map((w) => w.world);
  out.push(`## MCP ${r.spec} coverage`, '');
  out.push(
    `\`wasi-mcp check\` compared ${code(r.package)} with the MCP ${r.spec} schema` +
      (r.manifest ? `, reading the mapping manifest ${code(r.manifest)}.` : ', by naming convention alone (no manifest).'),
    '',
  );
  out.push('### Summary', '');
  out.push('Messages carried faithfully (covered/total) per world and direction:', '');
  out.push('| world | roles | requests client → server | requests server → client | notifications client → server | notifications server → client |');
  out.push('|---|---|---|---|---|---|');
  for (const w of r.worlds) {
    const m = r.summary.methods[w.world] ?? {};
    const n = r.summary.notifications[w.world] ?? {};
    out.push(
      `| ${code(w.world)} | ${w.roles.join(', ') || '–'} | ${cell(m['client-to-server'])} | ${cell(m['server-to-client'])} | ${cell(n['client-to-server'])} | ${cell(n['server-to-client'])} |`,
    );
  }
  const t = r.summary.types;
  out.push('');
  out.push(`Types (schema definitions and the inline types reached): ${t.total} total, ${t.mapped} mapped, ${t.excluded} excluded, ${t.missing} missing.`, '');
  out.push(`Fields compared: ${VERDICTS.map((v) => `${r.summary.fields[v]} ${v}`).join(', ')}.`, '');
  out.push(`Stale (WIT functions and manifest entries MCP ${r.spec} has no message or type for): ${staleCounts(stale(r))}.`, '');

  out.push('### Messages by world', '');
  out.push(`| method | kind | direction | ${worlds.map(code).join(' | ')} |`);
  out.push(`|---|---|---|${worlds.map(() => '---|').join('')}`);
  for (const m of messages(r)) {
    for (const d of m.directions) {
      const cells = worlds.map((w) => {
        const rs = m.realizations.filter((x) => x.world === w && x.direction === d);
        if (rs.length === 0) return '–';
        return rs
          .map((x) => `${rs.length > 1 ? `${x.role}: ` : ''}${x.status}${x.function ? ` ${code(x.function)}` : x.realization !== 'handler' && x.realization !== 'import' ? ` (${x.realization})` : ''}`)
          .join('<br>');
      });
      out.push(`| ${code(m.name)} | ${m.kind} | ${ARROW[d]} | ${cells.join(' | ')} |`);
    }
  }
  out.push('');

  const notFaithfulOrNoted = (v: Verdict): boolean => v !== 'exact';
  out.push('### Findings', '');
  out.push('Every finding that is not exact, with the rule that decided it and why.', '');
  let any = false;
  for (const m of messages(r)) {
    const groups = groupMessageFindings(m, notFaithfulOrNoted);
    if (groups.length === 0) continue;
    any = true;
    out.push(`#### ${code(m.name)}`, '');
    for (const g of groups) {
      const f = g.finding;
      out.push(`- **${f.verdict}** ${f.path ? code(f.path) : 'the message'} [${f.rule}]: ${esc(f.reason)}${where(f)} — in ${g.places.map(code).join(', ')}`);
    }
    out.push('');
  }
  for (const ty of types(r)) {
    const fs = ty.findings.filter((f) => notFaithfulOrNoted(f.verdict));
    if (fs.length === 0) continue;
    any = true;
    out.push(`#### ${code(ty.name)}${ty.wit ? ` as ${code(ty.wit)}` : ''}`, '');
    for (const f of fs) out.push(`- **${f.verdict}** ${f.path ? code(f.path) : 'the type'} [${f.rule}]: ${esc(f.reason)}${where(f)}`);
    out.push('');
  }
  if (!any) out.push('None: every field is exact.', '');

  if (stale(r).length) {
    out.push('### Stale', '');
    out.push(`What the proposal states that MCP ${r.spec} has no message or type for. Each one fails the check.`, '');
    for (const x of stale(r)) out.push(`- **${x.kind}** ${code(x.name)} [${x.rule}]: ${esc(x.reason)} (${code(staleLocation(x))})${x.worlds ? ` — in ${x.worlds.map(code).join(', ')}` : ''}${x.suggestion ? `; suggested: ${code(x.suggestion)}` : ''}`);
    out.push('');
  }

  const notes: string[] = [];
  for (const ty of types(r)) {
    for (const f of ty.findings.filter((x) => x.verdict === 'exact')) notes.push(`- ${code(ty.name)}: ${esc(f.reason)}`);
  }
  const byDesign: string[] = [];
  for (const m of messages(r)) {
    // one line per distinct realization and reason, with every place it applies
    const groups = new Map<string, { head: string; places: string[] }>();
    for (const x of m.realizations) {
      if (x.realization === 'handler' || x.realization === 'import') continue;
      const head = `${x.realization}${x.from ? ` from ${x.from.map(code).join(', ')}` : ''}${x.reason ? `: ${esc(x.reason)}` : ''}`;
      const g = groups.get(head) ?? { head, places: [] };
      g.places.push(`${code(x.world)} (${x.role}, ${x.side})`);
      groups.set(head, g);
    }
    for (const g of groups.values()) byDesign.push(`- ${code(m.name)} in ${g.places.join(', ')}: ${g.head}`);
  }
  for (const ty of types(r)) {
    if (ty.realization === 'excluded') byDesign.push(`- ${code(ty.name)}: excluded${ty.reason ? `: ${esc(ty.reason)}` : ''}`);
  }
  if (byDesign.length) out.push('### Not carried as a WIT function or type, by design', '', ...byDesign, '');
  if (notes.length) out.push('### Notes', '', ...notes, '');
  const cited = new Set(r.items.flatMap((i) => (i.kind === 'type' ? i.findings : i.realizations.flatMap((x) => x.findings))).map((f) => f.rule));
  const rules = [
    ...RULES.map((x) => [x.id, x.description] as const),
    ...Object.entries(REALIZATION_CHECKS),
  ].filter(([id]) => cited.has(id));
  if (rules.length) {
    out.push('### Rules cited', '', '| rule | decides |', '|---|---|');
    for (const [id, description] of rules) out.push(`| ${code(id)} | ${esc(description)} |`);
    out.push('');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

export function renderText(r: CoverageReport): string {
  const out: string[] = [];
  out.push(`MCP ${r.spec} vs ${r.package}${r.manifest ? ` (manifest ${r.manifest})` : ' (no manifest: conventions only)'}`);
  const pad = Math.max(5, ...r.worlds.map((w) => w.world.length));
  for (const [label, summary] of [
    ['requests', r.summary.methods],
    ['notifications', r.summary.notifications],
  ] as const) {
    out.push(`  ${label}`);
    for (const w of r.worlds) {
      const s = summary[w.world] ?? {};
      out.push(`    ${w.world.padEnd(pad)}  ${SHORT['client-to-server']} ${cell(s['client-to-server']).padEnd(28)} ${SHORT['server-to-client']} ${cell(s['server-to-client'])}`);
    }
  }
  const t = r.summary.types;
  out.push(`  types: ${t.total} total, ${t.mapped} mapped, ${t.excluded} excluded, ${t.missing} missing`);
  out.push(`  fields: ${VERDICTS.map((v) => `${v} ${r.summary.fields[v]}`).join(', ')}`);
  out.push(`  stale: ${staleCounts(stale(r))}`);
  const lines: string[] = [];
  let quiet = 0;
  for (const m of messages(r)) {
    for (const g of groupMessageFindings(m, (v) => v !== 'exact')) {
      if (g.finding.verdict === 'encoded') {
        quiet++;
        continue;
      }
      const f = g.finding;
      lines.push(`  ${f.verdict.padEnd(8)} ${m.name}${f.path ? ` ${f.path}` : ''}: ${f.reason} [${g.places.join('; ')}]${f.location ? ` ${f.location}` : ''}`);
    }
  }
  for (const ty of types(r)) {
    for (const f of ty.findings) {
      if (f.verdict === 'exact') continue;
      if (f.verdict === 'encoded') {
        quiet++;
        continue;
      }
      lines.push(`  ${f.verdict.padEnd(8)} ${ty.name}${f.path ? `.${f.path}` : ''}: ${f.reason}${f.location ? ` ${f.location}` : f.schema ? ` ${f.schema}` : ''}`);
    }
  }
  if (lines.length) out.push('findings (narrowed, extra, lossy, missing):', ...lines);
  else out.push('no narrowed, extra, lossy or missing findings');
  if (stale(r).length) {
    out.push(`stale (MCP ${r.spec} has no message or type for these):`);
    for (const x of stale(r)) out.push(`  stale    ${x.kind} ${x.name}: ${x.reason}${x.worlds ? ` [${x.worlds.join('; ')}]` : ''} ${staleLocation(x)}${x.suggestion ? `\n             suggested: ${x.suggestion}` : ''}`);
  }
  if (quiet) out.push(`${quiet} encoded findings (JSON values carried as JSON text) not shown: --format markdown or json lists them`);
  return `${out.join('\n')}\n`;
}
