// The compiler's import graph (type-only imports and dynamic imports included): no import cycle
// between modules, and stages import only earlier stages, so data flows one way: front ends ->
// models -> mapping -> reporters and generators -> proofs and the host -> the pipeline -> the CLI.
import { parseCircular, parseDependencyTree, type DependencyTree } from 'dpdm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './map/helpers.js';

/** Each stage and what it may import: the stages listed before it. */
const STAGES = [
  'base', // diagnostics, paths, write, optional: what every stage shares
  'schema', // the MCP front end
  'wit', // the WIT front end
  'map', // the mapping (the checker) and its rule table
  'report',
  'diff',
  'emit/wit',
  'emit/codecs',
  'proposal', // reads the coverage report
  'proof', // runs the generated codecs through components
  'host',
  'pipeline', // wires the stages (compiler/pipeline.ts, also the library entry)
  'cli', // compiler/cli.ts, cli-support.ts and every stage's cli.ts: parse flags and print
  'entry', // compiler/host/index.ts: the `./host` package entry, which also exports `serve`'s command
] as const;
type Stage = (typeof STAGES)[number];

/** Two stages that may import each other: none today (list a pair here only with the reason it must stay). */
const ALLOWED_STAGE_PAIRS: readonly [Stage, Stage][] = [];

/** Independent stages of the same rank that must not import each other. */
const INDEPENDENT: readonly [Stage, Stage][] = [['schema', 'wit']];

function stageOf(file: string): Stage | undefined {
  if (!file.startsWith('compiler/')) return undefined; // generated code, packages: data, not stages
  const rest = file.slice('compiler/'.length);
  if (rest === 'host/index.ts') return 'entry';
  if (/(^|\/)cli(-support)?\.ts$/.test(rest)) return 'cli';
  if (rest === 'pipeline.ts') return 'pipeline';
  if (!rest.includes('/')) return 'base';
  const [dir, sub] = rest.split('/');
  const stage = (dir === 'emit' ? `emit/${sub}` : dir) as Stage;
  if (!STAGES.includes(stage)) throw new Error(`${file}: in no stage; add its folder to STAGES`);
  return stage;
}

let tree: DependencyTree;
beforeAll(async () => {
  tree = await parseDependencyTree('compiler/**/*.ts', { context: ROOT, tsconfig: `${ROOT}/tsconfig.json`, transform: false, skipDynamicImports: false });
});

function edges(): { from: string; to: string }[] {
  return Object.entries(tree).flatMap(([from, deps]) => (deps ?? []).filter((d) => d.id !== null && !d.id.includes('node_modules')).map((d) => ({ from, to: d.id! })));
}

describe("the compiler's imports", () => {
  it('resolve: every relative import names a file', () => {
    const unresolved = Object.entries(tree).flatMap(([from, deps]) => (from.startsWith('compiler/') ? (deps ?? []) : []).filter((d) => d.id === null && d.request.startsWith('.')).map((d) => `${from} -> ${d.request}`));
    expect(unresolved).toEqual([]);
    expect(Object.keys(tree).filter((f) => f.startsWith('compiler/')).length).toBeGreaterThan(100);
  });

  it('have no cycle', () => {
    const cycles = parseCircular(tree).filter((c) => c.some((f) => f.startsWith('compiler/')));
    expect(cycles.map((c) => c.join(' -> '))).toEqual([]);
  });

  it('go from a later stage to an earlier one only', () => {
    const allowed = (a: Stage, b: Stage) => ALLOWED_STAGE_PAIRS.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
    const bad: string[] = [];
    for (const { from, to } of edges()) {
      const a = stageOf(from);
      const b = stageOf(to);
      if (a === undefined || b === undefined || a === b || allowed(a, b)) continue;
      const independent = INDEPENDENT.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
      if (independent || STAGES.indexOf(b) > STAGES.indexOf(a)) bad.push(`${from} (${a}) -> ${to} (${b})`);
    }
    expect(bad).toEqual([]);
  });
});
