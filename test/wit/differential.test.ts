// Differential tests against jco (the reference): same accept/reject verdict on jco's WASI corpus
// and on every fixture; same root-cause message for rejected fixtures; and for accepted inputs, our
// printed output is accepted too and `jco types` on it equals `jco types` on the original.

import { afterAll, describe, expect, it } from 'vitest';
import { formatSource } from '../../compiler/wit/format.js';
import { parseWitPath } from '../../compiler/wit/index.js';
import { closeJco, jcoTypes, validateWithJco } from '../../compiler/wit/oracle.js';
import { escape } from '../../compiler/wit/printer.js';
import { builtinCorpus, fixtures, oracleSkipped, printedCopy, type Entry } from './helpers.js';

/** Rejected fixtures where our message differs from jco's (the verdict still agrees). */
const KNOWN_MESSAGE_DIFFERENCES: Record<string, string> = {
  // wit-parser lexes versions token by token and reports the token; we report the whole version.
  'bad-semver': 'invalid semver',
};

const corpus = builtinCorpus();
const ok = fixtures('ok');
const fail = fixtures('fail').filter((f) => !oracleSkipped(f.path));

afterAll(() => closeJco());

const firstLine = (s: string | undefined) => (s ?? '').split('\n')[0]!.trim();

function format(text: string, file: string): string {
  const r = formatSource(text, file);
  if (r.text === undefined) throw new Error(`${file}: ${r.diagnostics[0]?.message}`);
  return r.text;
}

describe.concurrent('verdict equals jco (embed + new)', () => {
  for (const e of [...corpus, ...ok, ...fail]) {
    it(e.name, async () => {
      const ours = parseWitPath(e.path);
      const theirs = await validateWithJco(e.path);
      const summary = `ours: ${firstLine(ours.diagnostics[0]?.message) || 'ok'}; jco: ${firstLine(theirs.message) || 'ok'}`;
      expect(!!ours.model, summary).toBe(theirs.ok);
      if (!ours.model && !theirs.ok) {
        const known = KNOWN_MESSAGE_DIFFERENCES[e.name];
        if (known) expect(ours.diagnostics[0]!.message).toContain(known);
        else expect(firstLine(ours.diagnostics[0]!.message)).toBe(firstLine(theirs.message));
      }
    });
  }
});

function worldsOf(e: Entry): string[] {
  const m = parseWitPath(e.path).model!;
  // World specifiers are parsed as WIT: keywords need their `%`.
  return m.packages[m.root]!.worlds.map((id) => escape(m.worlds[id]!.name));
}

describe.concurrent('printed output is accepted by jco and gives the same `jco types`', () => {
  for (const e of [...corpus.filter((c) => parseWitPath(c.path).model), ...ok]) {
    it(e.name, async () => {
      const printed = printedCopy(e.path, format);
      const verdict = await validateWithJco(printed);
      expect(verdict.ok, verdict.message).toBe(true);
      for (const world of worldsOf(e)) {
        const [a, b] = await Promise.all([jcoTypes(e.path, world), jcoTypes(printed, world)]);
        expect(a.error, `jco types on the original (${world})`).toBeUndefined();
        expect(b.files, `jco types for world ${world}`).toEqual(a.files);
      }
    });
  }
});
