// The differential checks against jco, shared by the corpus/fixture tests and the proposal test.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { formatSource } from '../../compiler/wit/format.js';
import { parseWitPath } from '../../compiler/wit/index.js';
import { jcoTypes, validateWithJco } from '../../compiler/wit/oracle.js';
import { escape } from '../../compiler/wit/printer.js';
import { printModel } from '../../compiler/wit/unresolve.js';
import type { InterfaceId } from '../../compiler/wit/model.js';
import { printedCopy } from './helpers.js';

const firstLine = (s: string | undefined) => (s ?? '').split('\n')[0]!.trim();

export function format(text: string, file: string): string {
  const r = formatSource(text, file);
  if (r.text === undefined) throw new Error(`${file}: ${r.diagnostics[0]?.message}`);
  return r.text;
}

/** Same verdict as jco; when both reject, the same root-cause message (or the known difference). */
export async function expectSameVerdict(path: string, knownMessage?: string): Promise<void> {
  const ours = parseWitPath(path);
  const theirs = await validateWithJco(path);
  const summary = `ours: ${firstLine(ours.diagnostics[0]?.message) || 'ok'}; jco: ${firstLine(theirs.message) || 'ok'}`;
  expect(!!ours.model, summary).toBe(theirs.ok);
  if (!ours.model && !theirs.ok) {
    if (knownMessage) expect(ours.diagnostics[0]!.message).toContain(knownMessage);
    else expect(firstLine(ours.diagnostics[0]!.message)).toBe(firstLine(theirs.message));
  }
}

/** World specifiers of the root package (parsed as WIT by jco, so keywords keep their `%`). */
export function rootWorlds(path: string): string[] {
  const m = parseWitPath(path).model!;
  return m.packages[m.root]!.worlds.map((id) => escape(m.worlds[id]!.name));
}

/** Our printed copy is accepted by jco and `jco types` gives identical output for every world. */
export async function expectPrintedEquivalent(path: string): Promise<void> {
  const printed = printedCopy(path, format);
  const verdict = await validateWithJco(printed);
  expect(verdict.ok, verdict.message).toBe(true);
  for (const world of rootWorlds(path)) {
    const [a, b] = await Promise.all([jcoTypes(path, world), jcoTypes(printed, world)]);
    expect(a.error, `jco types on the original (${world})`).toBeUndefined();
    expect(b.files, `jco types for world ${world}`).toEqual(a.files);
    expectSameInterfaceImports(path, world, a.files!);
  }
}

/** The interfaces jco's world .d.ts imports are our explicit plus implicit (elaborated) imports. */
function expectSameInterfaceImports(path: string, worldSpec: string, files: Record<string, string>): void {
  const m = parseWitPath(path).model!;
  const world = Object.values(m.worlds).find((w) => w.package === m.root && escape(w.name) === worldSpec)!;
  const main = Object.entries(files).find(([f]) => !f.includes('/'))?.[1] ?? '';
  const theirs = [...main.matchAll(/\/\/ import (\S+:\S+)$/gm)].map((x) => x[1]!).sort();
  // jco names each import by its interface (`ns:pkg/iface@ver`), even plain-named ones.
  const key = (ifaceId: InterfaceId): string[] => {
    const iface = m.interfaces[ifaceId]!;
    const pkg = m.packages[iface.package]!;
    if (!pkg.interfaces.includes(ifaceId)) return []; // inline interface
    return [`${pkg.namespace}:${pkg.name}/${iface.name}${pkg.version ? `@${pkg.version}` : ''}`];
  };
  const ours = [...world.imports, ...(world.implicitImports ?? [])]
    .flatMap((it) => (it.kind === 'interface' ? key(it.interface) : []))
    .sort();
  expect(ours, `interface imports of world ${world.id}`).toEqual(theirs);
}

/** The resolved model printed as one file (printModel) is accepted by jco, with the same types. */
export async function expectModelPrintEquivalent(path: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'wit-model-'));
  const file = join(dir, 'model.wit');
  writeFileSync(file, printModel(parseWitPath(path).model!));
  const verdict = await validateWithJco(file);
  expect(verdict.ok, verdict.message).toBe(true);
  for (const world of rootWorlds(path)) {
    const [a, b] = await Promise.all([jcoTypes(path, world), jcoTypes(file, world)]);
    expect(b.files, `jco types for world ${world}`).toEqual(a.files);
  }
}
