// A spec diff as Markdown (for a pull request that bumps the MCP version) or JSON.
import type { StaleItem } from '../map/types.js';
import { MIN_RENAME_SCORE, MIN_SHARED_KEYS } from '../map/similarity.js';
import type { SpecDiff, TypeChange } from './diff.js';

export interface Impact {
  /** The WIT package checked against the newer version. */
  wit: string;
  /** `wasi-mcp check`'s text report of that package against the newer version. */
  text: string;
  exitCode: number;
  /** What `check` reports stale there: functions and manifest entries the newer version has nothing for. */
  stale?: StaleItem[];
}

const code = (s: string | undefined) => (s === undefined ? '' : `\`${s.replace(/`/g, "'")}\``);

function typeLines(t: TypeChange): string[] {
  const head = `- **${t.name}** (${t.origin})`;
  if (t.change !== 'changed') return [head];
  const lines = [head + (t.from !== undefined ? `: ${code(t.from)} -> ${code(t.to)}` : '')];
  for (const f of t.fields) {
    switch (f.change) {
      case 'added':
        lines.push(`  - field \`${f.field}\` added: ${code(f.to)}`);
        break;
      case 'removed':
        lines.push(`  - field \`${f.field}\` removed (was ${code(f.from)})`);
        break;
      case 'type':
        lines.push(`  - field \`${f.field}\`: ${code(f.from)} -> ${code(f.to)}`);
        break;
      case 'required':
      case 'optional':
        lines.push(`  - field \`${f.field}\` is now ${f.change}`);
        break;
      default: {
        const never: never = f.change;
        throw new Error(`unhandled change ${String(never)}`);
      }
    }
  }
  return lines;
}

export function renderDiffMarkdown(d: SpecDiff, impact?: Impact): string {
  const s = d.summary;
  const out: string[] = [`# MCP ${d.from} -> ${d.to}`, ''];
  out.push('| | added | removed | changed |', '|---|---|---|---|');
  out.push(`| definitions (${s.definitions.from} -> ${s.definitions.to}) | ${s.definitions.added} | ${s.definitions.removed} | ${s.definitions.changed} |`);
  out.push(`| all named types (with inline ones) | ${s.types.added} | ${s.types.removed} | ${s.types.changed} |`);
  out.push(`| requests and notifications | ${s.messages.added} | ${s.messages.removed} | ${s.messages.changed} |`, '');

  out.push('## Messages', '');
  if (d.messages.length === 0) out.push('No request or notification was added, removed or changed.', '');
  for (const change of ['added', 'removed', 'changed'] as const) {
    const ms = d.messages.filter((m) => m.change === change);
    if (ms.length === 0) continue;
    out.push(`### ${change[0]!.toUpperCase()}${change.slice(1)}`, '');
    for (const m of ms) {
      const details = m.details.map((x) => (change === 'changed' ? `${x.what}: ${code(x.from)} -> ${code(x.to)}` : `${x.from ?? x.to}`));
      out.push(`- \`${m.method}\` (${m.kind}): ${details.join('; ')}`);
    }
    out.push('');
  }

  out.push('## Types', '');
  for (const change of ['added', 'removed', 'changed'] as const) {
    const ts = d.types.filter((t) => t.change === change);
    if (ts.length === 0) continue;
    out.push(`### ${change[0]!.toUpperCase()}${change.slice(1)} (${ts.length})`, '');
    for (const t of ts) out.push(...typeLines(t));
    out.push('');
  }

  out.push('## Renames (suggested)', '');
  if (d.renames.length === 0) out.push('No removed definition has an added one of alike structure.', '');
  else {
    out.push(
      `A removed definition paired with an added one of alike structure (score: 1 is the same fields, cases or values; a suggestion needs ${MIN_RENAME_SCORE} and ${MIN_SHARED_KEYS} keys alike). If it is a rename, the manifest entry keeps the old WIT type:`,
      '',
    );
    for (const r of d.renames) out.push(`- **${r.from}** -> **${r.to}** (score ${r.score}): ${code(r.manifest)}`);
    out.push('');
  }

  if (impact) {
    out.push(`## Impact on ${impact.wit}`, '', `What \`wasi-mcp check --spec ${d.to}\` reports for it:`, '', '```', impact.text.trimEnd(), '```', '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

export function renderDiffJson(d: SpecDiff, impact?: Impact): string {
  return `${JSON.stringify(impact ? { ...d, impact: { wit: impact.wit, exitCode: impact.exitCode, text: impact.text, stale: impact.stale ?? [] } } : d, null, 2)}\n`;
}
