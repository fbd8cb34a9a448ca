// Instantiates a transpiled harness component with host implementations of its imports: the
// preview2-shim (sandboxed) for wasi:*, and for the proposal's import and the handler mirror a
// programmable `Host` whose callbacks the tests set. Nothing here inspects values: what the
// callbacks receive was lifted out of the component, what they return is lowered into it.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WASIShim } from '@bytecodealliance/preview2-shim/instantiation';
import type { BuiltWorld } from './build.js';
import { driverName, HARNESS_PACKAGE, mirrorName } from './harness-wit.js';
import { camel } from './names.js';

type Fn = (...args: unknown[]) => unknown;
export type Iface = Record<string, Fn>;

/** What the host does when the component calls one of its imports. */
export interface Host {
  /** A call to the mirror of an exported handler (the guest forwards each handler call here). */
  mirror: (fn: string, args: unknown[]) => unknown;
  /** A call to the proposal's imported interface (`runtime` or `client`), forwarded by a driver. */
  proposal: (fn: string, args: unknown[]) => unknown;
}

export interface Harness {
  /** The proposal's exported interface: `handlers` or `client-handlers`, by camelCase function. */
  handlers: Iface;
  /** Calls the proposal's imported interface from inside the component. */
  driver: Iface;
  /** `echo<Type>` for every proposal type. */
  echo: Iface;
  /** Replace to script the imports; the default throws so that an unexpected call is visible. */
  host: Host;
}

const unexpected = (side: string) => (fn: string) => {
  throw new Error(`unexpected ${side} call ${fn}`);
};

export async function instantiateHarness(built: BuiltWorld): Promise<Harness> {
  const { world } = built;
  const harness: Harness = {
    handlers: {},
    driver: {},
    echo: {},
    host: { mirror: unexpected('mirror'), proposal: unexpected('proposal') },
  };
  // Forward every import function to the current `host` callback, by name: a Proxy keeps this
  // independent of the function list (jco reads the functions it needs off the object).
  const forwarder = (side: keyof Host): Iface =>
    new Proxy({} as Iface, {
      get: (_, fn) => (typeof fn === 'string' ? (...args: unknown[]) => harness.host[side](fn, args) : undefined),
    });
  const wasi = new WASIShim({ sandbox: { preopens: {}, env: {}, args: ['harness'], enableNetwork: false } }).getImportObject() as Record<string, unknown>;
  const mod = (await import(pathToFileURL(built.entry).href)) as {
    instantiate: (getCore: (p: string) => Promise<WebAssembly.Module>, imports: Record<string, unknown>) => Promise<Record<string, Iface>>;
  };
  // jco looks imports up without their version (`wasi:mcp/runtime`); accept both spellings.
  const bare = (key: string) => key.replace(/@.*$/, '');
  const mirrorKey = `${HARNESS_PACKAGE.namespace}:${HARNESS_PACKAGE.name}/${mirrorName(world.exported)}`;
  const imports = new Proxy({} as Record<string, unknown>, {
    get: (_, key) => {
      if (typeof key !== 'string') return undefined;
      if (bare(key) === mirrorKey) return forwarder('mirror');
      if (bare(key) === `wasi:mcp/${world.imported}`) return forwarder('proposal');
      if (key.startsWith('wasi:mcp/')) return {}; // type-only interfaces (types, content, ...)
      const shim = wasi[bare(key)];
      if (!shim) throw new Error(`harness host: no implementation for import ${key}`);
      return shim;
    },
  });
  const root = await mod.instantiate((p) => WebAssembly.compile(readFileSync(join(built.dir, p))), imports);
  harness.handlers = root[camel(world.exported)]!;
  harness.driver = root[camel(driverName(world.imported))]!;
  harness.echo = root.echo!;
  return harness;
}
