// Builds an example of the current proposal (examples/<name>, the package wit/preview2), transpiles
// it with jco and instantiates it with a sandboxed WASI (no network, files or environment) and a
// `runtime` whose every call goes to `onRuntime`: the tests drive the exported handlers directly.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WASIShim } from '@bytecodealliance/preview2-shim/instantiation';
import { buildExample, CURRENT } from '../../compiler/host/build-example.js';

export type Fn = (...args: unknown[]) => unknown;

export async function instantiateExample(name: string, onRuntime: (fn: string, args: unknown[]) => unknown): Promise<Record<string, Fn>> {
  const built = await buildExample(name, CURRENT);
  const dir = join(dirname(built.wasm), 'transpiled');
  const { transpile } = await import('@bytecodealliance/jco');
  const out = await transpile(readFileSync(built.wasm), { name, instantiation: 'async', quiet: true });
  for (const [file, bytes] of Object.entries(out.files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), bytes);
  }
  const mod = (await import(pathToFileURL(join(dir, `${name}.js`)).href)) as {
    instantiate: (core: (p: string) => Promise<WebAssembly.Module>, imports: Record<string, unknown>) => Promise<Record<string, Record<string, Fn>>>;
  };
  const wasi = new WASIShim({ sandbox: { preopens: {}, env: {}, args: [name], enableNetwork: false } }).getImportObject() as Record<string, unknown>;
  const runtime = new Proxy({} as Record<string, Fn>, {
    get: (_, fn) => (typeof fn === 'string' ? (...args: unknown[]) => onRuntime(fn, args) : undefined),
  });
  const imports = new Proxy({} as Record<string, unknown>, {
    get: (_, key) => {
      if (typeof key !== 'string') return undefined;
      const bare = key.replace(/@.*$/, '');
      if (bare === 'wasi:mcp/runtime') return runtime;
      if (bare.startsWith('wasi:mcp/')) return {};
      const shim = wasi[bare];
      if (!shim) throw new Error(`no implementation for import ${key}`);
      return shim;
    },
  });
  const root = await mod.instantiate((p) => WebAssembly.compile(readFileSync(join(dir, p))), imports);
  return root.handlers!;
}

/** The `error` a handler threw: jco throws `{ payload: error }` (a ComponentError). */
export function errorOf(f: () => unknown): { code: { tag: string }; message: string } {
  try {
    f();
  } catch (e) {
    return (e as { payload: { code: { tag: string }; message: string } }).payload;
  }
  throw new Error('no error thrown');
}
