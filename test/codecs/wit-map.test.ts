// WIT `map<string, T>` (a JS Map, as jco represents it): the proposal's WASI 0.2 package with
// every `list<tuple<string, T>>` written as `map<string, T>` instead gets codecs with no warning,
// they type-check against `jco types` of that package, on every hand-written message they agree
// with the proposal's own codecs, on every path, once a Map is read as its entries, and their
// values cross a real component boundary (jco's lowering and lifting of maps).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { componentEmbed, componentNew, parse, transpile } from '@bytecodealliance/jco';
import { dirname } from 'node:path';
import { generateCodecs } from '../../compiler/pipeline.js';
import { proposalFor } from '../../compiler/paths.js';
import { writeFilesAtomically } from '../../compiler/write.js';
import { ROOT } from '../cli.js';
import { comparable } from './arbitrary.js';
import { EXAMPLES } from './examples.js';
import { C } from './setup.js';

const WIT = join(ROOT, '.cache', 'wit-map', 'wit');
const OUT = join(ROOT, '.cache', 'wit-map', 'codecs');

/** A WIT value with every Map read as its [key, value] entries: the proposal's representation. */
function asLists(v: unknown): unknown {
  if (v instanceof Map) return [...v].map(([k, x]) => [k, asLists(x)]);
  if (v instanceof Uint8Array) return v;
  if (Array.isArray(v)) return v.map(asLists);
  if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, asLists(x)]));
  return v;
}

type Library = typeof C;
let M: Library;
let warnings: string[];

beforeAll(async () => {
  rmSync(join(ROOT, '.cache', 'wit-map'), { recursive: true, force: true });
  mkdirSync(WIT, { recursive: true });
  cpSync(proposalFor('2025-06-18', 'p2')!, WIT, { recursive: true }); // the proposal for the version of these codecs
  let replaced = 0;
  for (const f of readdirSync(WIT).filter((n) => n.endsWith('.wit'))) {
    const text = readFileSync(join(WIT, f), 'utf8');
    const mapped = text.replace(/list<tuple<string, ([a-z0-9-]+)>>/g, (_, v: string) => {
      replaced++;
      return `map<string, ${v}>`;
    });
    writeFileSync(join(WIT, f), mapped);
  }
  expect(replaced).toBeGreaterThanOrEqual(4);
  const r = await generateCodecs({ spec: '2025-06-18', wit: WIT, out: OUT });
  warnings = r.diagnostics.filter((d) => d.severity !== 'note').map((d) => `${d.code}: ${d.message}`);
  writeFilesAtomically(r.files);
  M = (await import(join(OUT, 'index.ts'))) as Library;
}, 120_000);

describe('codecs for WIT map<string, T>', () => {
  it('are generated with no warning', () => {
    expect(warnings).toEqual([]);
  });

  it('type-check against jco types of the package', () => {
    const config = join(ROOT, '.cache', 'wit-map', 'tsconfig.json');
    writeFileSync(config, JSON.stringify({ extends: join(ROOT, 'tsconfig.json'), compilerOptions: { noEmit: true, rootDir: ROOT }, include: [join(OUT, '**/*.ts')] }));
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', config], { encoding: 'utf8', cwd: ROOT });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('carry maps as JS Maps, and agree with the proposal codecs on every example, on every path', () => {
    const pad = { _pad: 'p'.repeat(600) }; // long enough for the tree path
    let maps = 0;
    const count = (v: unknown): void => {
      if (v instanceof Map) maps++;
      if (Array.isArray(v)) v.forEach(count);
      else if (v instanceof Map) [...v.values()].forEach(count);
      else if (typeof v === 'object' && v !== null && !(v instanceof Uint8Array)) Object.values(v).forEach(count);
    };
    for (const e of EXAMPLES) {
      const m = e.method as keyof typeof C.methods;
      const codec = M.methods[m] as unknown as { decodeParams(p: unknown): unknown; encodeParams(...a: unknown[]): unknown; decodeResult?(r: unknown): unknown; encodeResult?(v: unknown): unknown };
      const ref = C.methods[m] as unknown as typeof codec;
      if (e.params) {
        for (const params of [e.params, { ...e.params, ...pad }]) {
          const text = JSON.stringify({ jsonrpc: '2.0', id: 1, method: e.method, params });
          const args = M.decodeRequest(text).args;
          count(args);
          expect(comparable(asLists(args)), `${e.method} params (text/tree)`).toEqual(comparable(C.decodeRequest(text).args));
          expect(comparable(asLists(codec.decodeParams(params))), `${e.method} params (value)`).toEqual(comparable(ref.decodeParams(params)));
          const encode = (lib: Library) => lib.encodeRequest as (m: string, id: number, ...a: unknown[]) => string;
          expect(JSON.parse(encode(M)(m, 1, ...args))).toEqual(JSON.parse(encode(C)(m, 1, ...C.decodeRequest(text).args)));
          expect(codec.encodeParams(...(args as unknown[]))).toEqual(ref.encodeParams(...(ref.decodeParams(params) as unknown[])));
        }
      }
      if (e.result && codec.decodeResult) {
        for (const result of [e.result, { ...e.result, ...pad }]) {
          const text = JSON.stringify({ jsonrpc: '2.0', id: 1, result });
          const r = M.decodeResponse(text, m as never) as { result: unknown };
          count(r.result);
          expect(comparable(asLists(r.result)), `${e.method} result`).toEqual(comparable((C.decodeResponse(text, m as never) as { result: unknown }).result));
          expect(JSON.parse(M.encodeResponse(m as never, 1, r.result as never))).toEqual(JSON.parse(C.encodeResponse(m as never, 1, (C.decodeResponse(text, m as never) as { result: never }).result)));
          expect(codec.encodeResult!(codec.decodeResult(result))).toEqual(ref.encodeResult!(ref.decodeResult!(result)));
        }
      }
    }
    expect(maps).toBeGreaterThan(0);
  });

  it('refuse what is not a Map from a component, and keys that are not strings', () => {
    const elicit = M.methods['elicitation/create'] as unknown as { encodeResult(v: unknown): unknown };
    expect(() => elicit.encodeResult({ action: 'accept', content: [['a', { tag: 'string', val: 'x' }]] })).toThrow(M.CodecError);
    expect(() => elicit.encodeResult({ action: 'accept', content: new Map([[1, { tag: 'string', val: 'x' }]]) })).toThrow(M.CodecError);
    expect(() => M.encodeResponse('elicitation/create', 1, { action: 'accept', content: new Map([[1, { tag: 'string', val: 'x' }]]) } as never)).toThrow(M.CodecError);
    expect(elicit.encodeResult({ action: 'accept', content: new Map([['__proto__', { tag: 'boolean', val: true }]]) })).toEqual(JSON.parse('{"action":"accept","content":{"__proto__":true}}'));
  });

  it("cross a real component boundary: jco lowers the codec's Map and lifts a Map back", async () => {
    // A component whose core module returns its argument (a list in linear memory is the same
    // list back), built from text: componentize-js 0.22 cannot build components with maps yet.
    const wat = `(module
      (memory (export "memory") 1)
      (global $bump (mut i32) (i32.const 1024))
      (func (export "cabi_realloc") (param i32 i32 i32 i32) (result i32) (local $p i32)
        (local.set $p (i32.and (i32.add (global.get $bump) (i32.sub (local.get 2) (i32.const 1))) (i32.sub (i32.const 0) (local.get 2))))
        (global.set $bump (i32.add (local.get $p) (local.get 3)))
        (local.get $p))
      (func (export "echo") (param i32 i32) (result i32)
        (i32.store (i32.const 8) (local.get 0))
        (i32.store (i32.const 12) (local.get 1))
        (i32.const 8)))`;
    const witSource = 'package test:map-echo;\nworld echo { export echo: func(m: map<string, string>) -> map<string, string>; }\n';
    const component = await componentNew(await componentEmbed({ binary: await parse(wat), witSource, world: 'echo' }));
    const dir = join(ROOT, '.cache', 'wit-map', 'echo');
    const out = await transpile(component, { name: 'echo', quiet: true });
    for (const [name, bytes] of Object.entries(out.files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), bytes);
    }
    const { echo } = (await import(join(dir, 'echo.js'))) as { echo(m: unknown): unknown };

    // prompts/get carries its arguments as option<map<string, string>> in the rewritten package.
    const params = { name: 'review', arguments: { language: 'ts', ['__proto__']: 'kept', 'ünï': 'cödé' } };
    const text = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'prompts/get', params });
    const [name, args] = M.decodeRequest(text).args as [string, Map<string, string>];
    expect(args).toBeInstanceOf(Map);
    const back = echo(args);
    expect(back).toBeInstanceOf(Map);
    expect([...(back as Map<string, string>)]).toEqual([...args]);
    const encode = M.encodeRequest as (m: string, id: number, ...a: unknown[]) => string;
    expect(JSON.parse(encode('prompts/get', 1, name, back))).toEqual(JSON.parse(text));
    // jco takes nothing else for a map: the proposal's list of tuples is refused.
    expect(() => echo([['language', 'ts']])).toThrow(/Map/);
  });
});
