// A definition renamed between versions is suggested as such, with its manifest entry: in `diff`
// (removed vs added definitions) and in `check` (a missing MCP type vs a WIT type nothing maps).
import { describe, expect, it } from 'vitest';
import { renameSuggestions } from '../../compiler/diff/diff.js';
import { renderDiffMarkdown } from '../../compiler/diff/render.js';
import { diffModels } from '../../compiler/diff/diff.js';
import { buildMapping } from '../../compiler/map/map.js';
import { similarity } from '../../compiler/map/similarity.js';
import { buildReport } from '../../compiler/report/coverage.js';
import { renderText } from '../../compiler/report/render.js';
import { loadMcpModel } from '../../compiler/schema/index.js';
import { alias, mcpModel, object, prop, ROOT, t, witModel } from '../map/helpers.js';

describe('similarity', () => {
  it('is a weighted Jaccard index over member names; different constants under one key tell things apart', () => {
    const s = (...e: [string, string][]) => new Map(e);
    expect(similarity(s(['a', 'x'], ['b', 'y']), s(['a', 'x'], ['b', 'y']))).toBe(1);
    expect(similarity(s(['a', 'x'], ['b', 'y']), s(['a', 'x'], ['b', 'z']))).toBe(0.75);
    expect(similarity(s(['a', 'x'], ['b', 'y']), s(['a', 'x'], ['c', 'y']))).toBeCloseTo(1 / 3);
    expect(similarity(s(['type', 'const "text"'], ['b', 'y']), s(['type', 'const "image"'], ['b', 'y']))).toBe(0);
    expect(similarity(s(), s())).toBe(0);
  });
});

describe('rename suggestions in diff', () => {
  const before = mcpModel([
    object('ToolSummary', [prop('name', t.string), prop('title', t.string, false), prop('inputSchema', t.json)]),
    object('Gone', [prop('alpha', t.integer), prop('beta', t.integer)]),
    object('TextPart', [prop('type', t.const('text')), prop('text', t.string)]),
    alias('Kept', t.string),
  ]);
  const after = mcpModel([
    // same fields: a rename
    object('ToolBrief', [prop('name', t.string), prop('title', t.string, false), prop('inputSchema', t.json)]),
    // nothing alike
    object('Fresh', [prop('gamma', t.boolean)]),
    // alike, but its type tag is another constant: a different thing, not a rename
    object('ImagePart', [prop('type', t.const('image')), prop('text', t.string)]),
    alias('Kept', t.string),
  ]);
  it('pairs a removed definition with an added one of the same structure, and prints the manifest entry', () => {
    expect(renameSuggestions(before, after)).toEqual([{ from: 'ToolSummary', to: 'ToolBrief', score: 1, manifest: '"types": {"ToolBrief": {"type": "tool-summary"}}' }]);
    const md = renderDiffMarkdown(diffModels(before, after));
    expect(md).toContain('## Renames (suggested)');
    expect(md).toContain('- **ToolSummary** -> **ToolBrief** (score 1): `"types": {"ToolBrief": {"type": "tool-summary"}}`');
  });
  it('is deterministic: the best score first, then the more alike names, each definition used once', () => {
    const twins = mcpModel([object('AlphaRecord', [prop('a', t.string), prop('b', t.string)]), object('BetaRecord', [prop('a', t.string), prop('b', t.string)])]);
    const next = mcpModel([object('AlphaEntry', [prop('a', t.string), prop('b', t.string)]), object('BetaEntry', [prop('a', t.string), prop('b', t.string)])]);
    const pairs = renameSuggestions(twins, next).map((r) => `${r.from} -> ${r.to}`);
    expect(pairs).toEqual(['AlphaRecord -> AlphaEntry', 'BetaRecord -> BetaEntry']);
    expect(renameSuggestions(twins, next)).toEqual(renameSuggestions(twins, next));
  });
  it.each([
    ['2024-11-05', '2025-03-26', []],
    ['2025-03-26', '2025-06-18', ['ResourceReference -> ResourceTemplateReference 1 "types": {"ResourceTemplateReference": {"type": "resource-reference"}}']],
    ['2025-06-18', '2025-11-25', ['JSONRPCError -> JSONRPCErrorResponse 0.94 "types": {"JSONRPCErrorResponse": {"type": "jsonrpc-error"}}']],
    // a redesign, not renames: initialize -> server/discover changes the fields (score 0.28), the error envelopes differ in their code
    ['2025-11-25', '2026-07-28', []],
  ] as const)('finds the real renames of %s -> %s', async (from, to, expected) => {
    const a = (await loadMcpModel({ spec: from })).model;
    const b = (await loadMcpModel({ spec: to })).model;
    expect(renameSuggestions(a, b).map((r) => `${r.from} -> ${r.to} ${r.score} ${r.manifest}`)).toEqual(expected);
  });
});

describe('rename suggestions in check', () => {
  const model = mcpModel([object('ToolBrief', [prop('name', t.string), prop('title', t.string, false), prop('inputSchema', t.json)])]);
  const wit = witModel(`package t:p@1.0.0;

interface types {
  type json = list<u8>;

  record tool-summary {
    name: string,
    title: option<string>,
    input-schema: json,
  }

  record unrelated {
    gamma: bool,
  }
}
`);
  it('suggests the manifest entry when a missing type has the structure of a WIT type nothing maps', () => {
    const m = buildMapping(model, wit, { baseDir: ROOT });
    const item = m.types.find((x) => x.name === 'ToolBrief')!;
    expect(item.realization).toBe('missing');
    expect(item.suggestion).toBe('"types": {"ToolBrief": {"type": "tool-summary"}}');
    expect(item.findings[0]?.reason).toBe(
      'no WIT type tool-brief, no manifest entry, and nothing compared refers to it; WIT type types.tool-summary (test.wit:6:3), which nothing maps, has alike members (score 1): if ToolBrief renames what it carried, the manifest entry is "types": {"ToolBrief": {"type": "tool-summary"}}',
    );
    expect(renderText(buildReport(m))).toContain('the manifest entry is "types": {"ToolBrief": {"type": "tool-summary"}}');
  });
  it('puts the suggestion on the stale manifest entry of the old name', () => {
    const manifest = { file: `${ROOT}m.json`, types: { ToolSummary: { type: 'tool-summary' } } };
    const m = buildMapping(model, wit, { manifest, baseDir: ROOT });
    expect(m.stale.map((s) => `${s.kind} ${s.name} ${s.suggestion}`)).toEqual(['manifest-type ToolSummary "types": {"ToolBrief": {"type": "tool-summary"}}']);
  });
});
