// WASI's checks on a proposal's WIT (validate-since.js's rule, gates on every item, the gate
// policy, locked deps), as `check` and `proposal export` run them.
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck } from '../../compiler/pipeline.js';
import { parseWitPath } from '../../compiler/wit/index.js';
import { closeJco } from '../../compiler/wit/oracle.js';
import { policyFindings, sinceFindings, variantFindings, wasiFindings } from '../../compiler/proposal/wasi-rules.js';

afterAll(() => closeJco());

const codes = (ds: { code: string; line?: number }[]) => ds.map((d) => `${d.code}@${d.line}`);

describe("validate-since's rule", () => {
  it('finds the gate above, through `///` docs, other `@` lines and blank lines', () => {
    const text = ['package a:b@1.0.0;', '', '@since(version = 1.0.0)', '/// docs', '', '@deprecated(version = 1.0.0)', 'interface i {', '}'].join('\n');
    expect(sinceFindings(text, 'x.wit')).toEqual([]);
  });

  it('is stopped by a `//` comment, by code, and after 20 lines', () => {
    const hidden = ['@since(version = 1.0.0)', '// a comment', 'interface i {', '  type t = u8;', '}'].join('\n');
    expect(codes(sinceFindings(hidden, 'x.wit'))).toEqual(['wasi-since-missing@3', 'wasi-since-missing@4']);
    const far = ['@since(version = 1.0.0)', ...Array.from({ length: 20 }, () => '///'), 'world w {', '}'].join('\n');
    expect(codes(sinceFindings(far, 'x.wit'))).toEqual(['wasi-since-missing@22']);
  });

  it('checks every declaration kind it lists, and the stabilize marker', () => {
    const kinds = ['record r {', 'variant v {', 'enum e {', 'flags f {', 'resource x;', 'resource y {', 'type t = u8;'];
    expect(sinceFindings(kinds.join('\n'), 'x.wit')).toHaveLength(kinds.length);
    const marker = ['// @stabilize-next', '@since(version = 1.0.0)', 'interface i {}'].join('\n');
    expect(codes(sinceFindings(marker, 'x.wit'))).toEqual(['wasi-since-missing@1']);
  });
});

describe('the gate policy', () => {
  it('refuses @unstable', () => {
    expect(codes(policyFindings('  @unstable(feature = mcp)\n  type t = u8;\n', 'x.wit'))).toEqual(['wasi-gate-policy@1']);
  });
});

describe('the proposal', () => {
  it.each(['wit', join('wit', 'preview2')])('%s passes every WASI rule', (dir) => {
    expect(wasiFindings(dir, parseWitPath(dir).model!)).toEqual([]);
  });

  it("the WIT generator's output passes them too (every pinned version, both variants)", () => {
    for (const v of readdirSync('generated')) {
      for (const dir of [join('generated', v, 'wit'), join('generated', v, 'wit', 'preview2')]) {
        expect(wasiFindings(dir, parseWitPath(dir).model!), dir).toEqual([]);
      }
    }
  });

  it('has two variants with one name and distinct versions', () => {
    const p3 = parseWitPath('wit').model!;
    const p2 = parseWitPath(join('wit', 'preview2')).model!;
    expect(variantFindings(p2, p3, 'a', 'b')).toEqual([]);
    expect(variantFindings(p3, p3, 'a', 'b').map((d) => d.code)).toEqual(['wasi-variant-version']);
  });

  it('a package without gates gets a finding per item (WIT the line patterns miss included)', () => {
    const dir = join('test', 'fixtures', 'proposals', 'styled');
    const found = wasiFindings(dir, parseWitPath(dir).model!);
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map((d) => d.code))).toEqual(new Set(['wasi-since-missing']));
    const odd = mkdtempSync(join(tmpdir(), 'wasi-odd-'));
    writeFileSync(join(odd, 'a.wit'), 'package a:b@1.0.0;\n\n@since(version = 1.0.0)\ninterface i {\n  record\n  r { x: u8 }\n}\n');
    expect(codes(wasiFindings(odd, parseWitPath(odd).model!))).toEqual(['wasi-gate-missing@5']);
  });

  it('a deps.toml needs its deps.lock', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wasi-deps-'));
    cpSync(join('wit', 'preview2'), dir, { recursive: true });
    writeFileSync(join(dir, 'deps.toml'), '');
    expect(wasiFindings(dir, parseWitPath(dir).model!).map((d) => d.code)).toEqual(['wasi-deps-lock']);
  });
});

describe('check', () => {
  it('reports a WASI rule like its other findings: a diagnostic with its location, exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wasi-check-'));
    cpSync(join('wit', 'preview2'), dir, { recursive: true });
    const file = join(dir, 'types.wit');
    const text = readFileSync(file, 'utf8');
    // Hide one gate from WASI's line rule with a plain comment between it and the declaration.
    const moved = text.replace(/(@since\(version = [^)]+\)\n)(  type json )/, '$1  // moved\n$2');
    expect(moved).not.toBe(text);
    writeFileSync(file, moved);
    const r = await runCheck({ spec: '2025-06-18', wit: dir, baseDir: dir });
    expect(r.exitCode).toBe(1);
    const d = r.diagnostics.filter((x) => x.code.startsWith('wasi-'));
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ code: 'wasi-since-missing', file, column: 3 });
    expect(d[0]!.message).toMatch(/type 'json'/);
  });

  it('leaves packages outside the wasi namespace to their own rules', async () => {
    const dir = join('test', 'fixtures', 'proposals', 'styled');
    const r = await runCheck({ spec: '2025-06-18', wit: dir });
    expect(r.diagnostics.filter((x) => x.code.startsWith('wasi-'))).toEqual([]);
  });
});
