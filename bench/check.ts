// `check` speed: the whole check (jco validation included) of the repository's wit/ against MCP
// 2025-06-18, its stages in process, and the mapping on synthetic schemas 1x..10x as large
// (every definition cloned with a suffix, every clone mapped by a manifest onto the same WIT), to
// show that the checker grows linearly. Prints; never asserts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadManifest, type Manifest, type ManifestType } from '../compiler/map/manifest.js';
import { buildMapping } from '../compiler/map/map.js';
import { repoRoot } from '../compiler/paths.js';
import { buildReport, renderJson } from '../compiler/report/coverage.js';
import { runCheck } from '../compiler/pipeline.js';
import { renderMarkdown } from '../compiler/report/render.js';
import { buildMcpModel } from '../compiler/schema/build.js';
import type { McpModel } from '../compiler/schema/model.js';
import { locate } from '../compiler/schema/pins.js';
import { parseWitPath } from '../compiler/wit/index.js';
import type { WitModel } from '../compiler/wit/model.js';
import { closeJco } from '../compiler/wit/oracle.js';
import { report, time, timeProcess } from './harness.js';

const SPEC = '2025-06-18';

type Json = Record<string, unknown>;

/** `CallToolRequest` -> `CallToolX1Request`: the suffix goes before the last word, so requests still pair with results by name. */
export function cloneName(name: string, suffix: string): string {
  return name.replace(/(Request|Result|Notification)?$/, (last) => `${suffix}${last}`);
}

/** Rewrites `#/definitions/X` refs and `const` method names of a cloned definition. */
function renamed(value: unknown, suffix: string, names: Set<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => renamed(v, suffix, names));
  if (value === null || typeof value !== 'object') return value;
  const out: Json = {};
  for (const [k, v] of Object.entries(value as Json)) {
    if (k === '$ref' && typeof v === 'string') {
      const name = v.replace('#/definitions/', '');
      out[k] = names.has(name) ? `#/definitions/${cloneName(name, suffix)}` : v;
    } else out[k] = renamed(v, suffix, names);
  }
  return out;
}

const UNIONS = ['ClientRequest', 'ServerRequest', 'ClientNotification', 'ServerNotification'];

/** The schema with `copies - 1` clones of every definition, in the direction unions too. */
export function synthesize(doc: Json, copies: number): Json {
  const defs = doc.definitions as Record<string, Json>;
  const names = new Set(Object.keys(defs));
  const out: Record<string, unknown> = { ...defs };
  for (let i = 1; i < copies; i++) {
    const suffix = `X${i}`;
    for (const [name, def] of Object.entries(defs)) {
      if (UNIONS.includes(name)) continue;
      const clone = renamed(def, suffix, names) as Json;
      const method = (clone.properties as Json | undefined)?.method as Json | undefined;
      if (method && typeof method.const === 'string') method.const = `${method.const}${suffix}`;
      out[cloneName(name, suffix)] = clone;
    }
  }
  for (const u of UNIONS) {
    const members = (defs[u]?.anyOf as Json[] | undefined) ?? [];
    const all = [...members];
    for (let i = 1; i < copies; i++) all.push(...(renamed(members, `X${i}`, names) as Json[]));
    out[u] = { ...defs[u], anyOf: all };
  }
  return { ...doc, definitions: out };
}

/** The manifest, with every clone mapped like its original (types by the WIT type found for it). */
export function synthesizeManifest(base: Manifest, original: ReturnType<typeof buildMapping>, copies: number): Manifest {
  const types: Record<string, ManifestType> = { ...base.types };
  const messages = { ...base.messages };
  for (let i = 1; i < copies; i++) {
    const suffix = `X${i}`;
    for (const t of original.types) {
      if (t.origin !== 'definition') continue; // inline types are renamed with their parent: map them by convention
      if (t.realization === 'type' && t.wit && t.source !== 'reached') types[cloneName(t.name, suffix)] = { type: t.wit };
      else if (t.realization === 'excluded') types[cloneName(t.name, suffix)] = { realization: 'excluded', reason: t.reason ?? 'excluded' };
    }
    for (const [method, entry] of Object.entries(base.messages ?? {})) messages[`${method}${suffix}`] = entry;
  }
  return { ...base, types, messages };
}

export async function main(): Promise<void> {
  const root = repoRoot();
  const witDir = join(root, 'wit');
  const { path } = await locate(SPEC);
  const text = readFileSync(path, 'utf8');
  const doc = JSON.parse(text) as Json;

  // whole check, jco included (the worker pool starts in the warm-up)
  const whole = await time(`runCheck ${SPEC} + wit/ (jco validation included)`, () => runCheck({ spec: SPEC, wit: witDir, baseDir: root }), 5, 1);
  closeJco();

  const mcp = buildMcpModel(doc, { file: path, version: SPEC }).model as McpModel;
  const wit = parseWitPath(witDir).model as WitModel;
  const manifest = loadManifest(join(witDir, 'mcp-mapping.json')).manifest as Manifest;
  const schemaStage = await time('schema: JSON.parse + buildMcpModel', () => buildMcpModel(JSON.parse(text), { file: path, version: SPEC }), 20);
  const witStage = await time('wit: parseWitPath', () => parseWitPath(witDir), 20);
  const mapStage = await time('map: buildMapping', () => buildMapping(mcp, wit, { manifest, baseDir: root }), 20);
  const mapping = buildMapping(mcp, wit, { manifest, baseDir: root });
  const reportStage = await time('report: buildReport + JSON + markdown', () => {
    const r = buildReport(mapping);
    return renderJson(r).length + renderMarkdown(r).length;
  }, 20);
  report(`wasi-mcp check, MCP ${SPEC} against wit/ (in process)`, [schemaStage, witStage, mapStage, reportStage], whole, 'stages are in process; the baseline includes jco encoding every world');

  // The whole command as a user runs it: Node start-up, jco validation, check, report.
  const cli = join(root, 'dist', 'compiler', 'cli.js');
  if (existsSync(cli)) {
    const node = timeProcess('node -e "" (start-up alone)', [process.execPath, '-e', '']);
    const command = timeProcess('wasi-mcp check (MCP 2025-06-18, wit/)', [process.execPath, cli, 'check']);
    report('wasi-mcp check, whole process', [command], node, `target: under 1000 ms end to end; measured ${command.median.toFixed(0)} ms`);
  } else {
    console.log('\n(dist/ not built: run `npm run build` for the end-to-end timing)');
  }

  // linear growth: the same WIT, the schema and manifest k times as large
  const rows = [];
  let baseline;
  for (const k of [1, 2, 5, 10]) {
    const big = synthesize(doc, k);
    const model = buildMcpModel(big, { file: path, version: SPEC }).model as McpModel;
    const m = synthesizeManifest(manifest, mapping, k);
    const t = await time(`${k}x: ${model.definitions.length} definitions, ${model.methods.length} methods: map + report`, () => buildReport(buildMapping(model, wit, { manifest: m, baseDir: root })), k === 10 ? 5 : 10, 1);
    const perDefinition = t.median / model.definitions.length;
    console.log(`  ${k}x: ${t.median.toFixed(1)} ms, ${(perDefinition * 1000).toFixed(1)} µs per definition`);
    if (k === 1) baseline = t;
    else rows.push(t);
  }
  if (baseline) report('checker on synthetic schemas (clones mapped onto the same WIT)', rows, baseline, 'linear growth: the ratio tracks the size factor (about 10x at 10x)');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
