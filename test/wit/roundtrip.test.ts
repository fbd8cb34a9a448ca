// Printer properties on every accepted input (fixtures and jco's WASI corpus):
// print(parse(x)) resolves to the same model (spans aside), and printing is idempotent.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatSource } from '../../compiler/wit/format.js';
import { parseWitPath, parseWitSource } from '../../compiler/wit/index.js';
import { printModel } from '../../compiler/wit/unresolve.js';
import { modelToJson } from '../../compiler/wit/json.js';
import { builtinCorpus, fixtures, printedCopy, witFilesUnder } from './helpers.js';

function format(text: string, file: string): string {
  const r = formatSource(text, file);
  if (r.text === undefined) throw new Error(`${file}: ${r.diagnostics[0]?.message}`);
  return r.text;
}

const entries = [...fixtures('ok'), ...builtinCorpus()];

describe('print(parse(x)) keeps the model', () => {
  for (const e of entries) {
    it(e.name, () => {
      const before = parseWitPath(e.path);
      expect(before.diagnostics).toEqual([]);
      const printed = printedCopy(e.path, format);
      const after = parseWitPath(printed);
      expect(after.diagnostics).toEqual([]);
      expect(modelToJson(after.model!, { spans: false })).toBe(modelToJson(before.model!, { spans: false }));
    });
  }
});

describe('printing is idempotent', () => {
  for (const e of entries) {
    it(e.name, () => {
      for (const f of witFilesUnder(e.path)) {
        const once = format(readFileSync(f, 'utf8'), f);
        expect(format(once, f)).toBe(once);
      }
    });
  }
});

// An inline interface pulled in by `include` is shared with the included world in the model;
// printed, the expanded world gets its own copy (WIT text cannot share it), so ids differ.
const SHARED_INLINE = new Set(['include-inline-rename']);

describe('printing the resolved model (printModel) re-parses to the same model', () => {
  for (const e of entries.filter((x) => !SHARED_INLINE.has(x.name))) {
    it(e.name, () => {
      const before = parseWitPath(e.path);
      const after = parseWitSource(printModel(before.model!), 'model.wit');
      expect(after.diagnostics).toEqual([]);
      expect(modelToJson(after.model!, { spans: false })).toBe(modelToJson(before.model!, { spans: false }));
    });
  }
});
