// The README: its coverage table is generated from the check of the proposal (never copied by hand), and its quick start runs as written.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { runCheck } from '../compiler/pipeline.js';
import { renderMarkdown } from '../compiler/report/render.js';
import { closeJco } from '../compiler/wit/oracle.js';
import { UPDATING } from './golden.js';

const BEGIN = '<!-- wasi-mcp:coverage:begin -->';
const END = '<!-- wasi-mcp:coverage:end -->';

afterAll(() => closeJco());

/** The Summary section of the Markdown report, for one variant. */
function summary(markdown: string, title: string): string {
  const body = markdown.split('### Summary\n')[1]?.split('\n### ')[0] ?? '';
  return `**${title}**\n\n${body.trim()}\n`;
}

describe('README', () => {
  it('shows the current coverage of both variants', async () => {
    const parts: string[] = [];
    for (const [wit, title] of [
      ['wit', 'WASI 0.3 (`wit/`)'],
      ['wit/preview2', 'WASI 0.2 (`wit/preview2/`)'],
    ] as const) {
      const r = await runCheck({ wit }); // the default MCP version: the one the proposal targets
      expect(r.exitCode, wit).toBe(0);
      parts.push(summary(renderMarkdown(r.report!), title));
    }
    const region = `${BEGIN}\n${parts.join('\n')}${END}`;
    const readme = readFileSync('README.md', 'utf8');
    const current = readme.slice(readme.indexOf(BEGIN), readme.indexOf(END) + END.length);
    if (UPDATING && current !== region) writeFileSync('README.md', readme.replace(current, region));
    else expect(current).toBe(region);
  });

  it('has exactly two set-up commands in its quick start', () => {
    const readme = readFileSync('README.md', 'utf8');
    const quick = readme.split('## Quick start')[1]!.split('\n## ')[0]!;
    const block = /```sh\n([\s\S]*?)```/.exec(quick)![1]!;
    expect(block.trim().split('\n')).toEqual(['npm ci && npx wasi-mcp check', 'npm ci && npm test']);
  });

  it("can run `npx wasi-mcp`: the build leaves the package's bin executable", () => {
    const bin = (JSON.parse(readFileSync('package.json', 'utf8')) as { bin: Record<string, string> }).bin['wasi-mcp']!;
    expect(statSync(bin).mode & 0o111).toBe(0o111);
  });
});
