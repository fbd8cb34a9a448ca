// Golden files: ok/x.wit -> x.model.json (resolved model, no spans); fail/x.wit -> x.err
// (the rendered diagnostic with its caret).

import { describe, expect, it } from 'vitest';
import { renderDiagnostic } from '../../compiler/diagnostics.js';
import { parseWitPath } from '../../compiler/wit/index.js';
import { modelToJson } from '../../compiler/wit/json.js';
import { expectGolden } from '../golden.js';
import { fixtures } from './helpers.js';

const goldenPath = (path: string, ext: string) => path.replace(/\.wit$/, '') + ext;

describe('ok fixtures resolve to the golden model', () => {
  for (const f of fixtures('ok')) {
    it(f.name, () => {
      const r = parseWitPath(f.path);
      expect(r.diagnostics.map((d) => renderDiagnostic(d))).toEqual([]);
      expectGolden(goldenPath(f.path, '.model.json'), modelToJson(r.model!, { spans: false }));
    });
  }
});

describe('fail fixtures report the golden diagnostic', () => {
  for (const f of fixtures('fail')) {
    it(f.name, () => {
      const r = parseWitPath(f.path);
      expect(r.model).toBeUndefined();
      expect(r.diagnostics.length).toBeGreaterThan(0);
      for (const d of r.diagnostics) {
        expect(d.line, d.message).toBeGreaterThan(0);
        expect(d.column, d.message).toBeGreaterThan(0);
        expect(d.code).not.toBe('wit-internal');
      }
      expectGolden(goldenPath(f.path, '.err'), r.diagnostics.map((d) => renderDiagnostic(d)).join('\n') + '\n');
    });
  }
});
