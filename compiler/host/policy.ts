// The capability policy: which WASI capabilities the component gets beyond computing, clocks,
// randomness and its own stdout/stderr. The default grants nothing: no network (outgoing HTTP,
// sockets, name lookup), no files, no environment variables, no stdin, no working directory.
// The operator grants more with flags in the style of wasmtime's CLI (`--dir HOST[::GUEST]`,
// `--env NAME[=VALUE]`), and `--allow-http ORIGIN` for wasi:http/outgoing-handler. Pure: the
// worker applies it (sandbox.ts).

import { isAbsolute, resolve } from 'node:path';

export interface Preopen {
  /** The host directory, absolute. */
  host: string;
  /** Where the component sees it. */
  guest: string;
}

export interface CapabilityPolicy {
  /** Origins (`scheme://host[:port]`, as URL.origin writes them) the component may send HTTP requests to. */
  allowHttp: string[];
  /** Host directories the component may use, each at a guest path. */
  dirs: Preopen[];
  /** The component's environment variables. */
  env: Record<string, string>;
}

/** Nothing granted: the default. */
export function denyAll(): CapabilityPolicy {
  return { allowHttp: [], dirs: [], env: {} };
}

/** `http://host:port` as URL.origin writes it; anything with a path, query, credentials or another scheme is refused. */
export function parseOrigin(text: string, flag = '--allow-http'): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`${flag}: ${JSON.stringify(text)} is not an origin (scheme://host[:port])`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`${flag}: ${JSON.stringify(text)}: only http and https origins`);
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== ''))
    throw new Error(`${flag}: ${JSON.stringify(text)} is not an origin (scheme://host[:port], nothing after it)`);
  return url.origin;
}

/** wasmtime's `--dir HOST_DIR[::GUEST_DIR]`; the guest path defaults to the host path as given. */
export function parseDir(text: string, cwd = process.cwd()): Preopen {
  const i = text.indexOf('::');
  const host = i < 0 ? text : text.slice(0, i);
  const guest = i < 0 ? text : text.slice(i + 2);
  if (!host || !guest) throw new Error(`--dir: ${JSON.stringify(text)} must be HOST_DIR or HOST_DIR::GUEST_DIR`);
  return { host: isAbsolute(host) ? host : resolve(cwd, host), guest };
}

/** wasmtime's `--env NAME[=VALUE]`: without a value, the host's value (an unset name is an error). */
export function parseEnv(text: string, hostEnv: NodeJS.ProcessEnv = process.env): [string, string] {
  const i = text.indexOf('=');
  const name = i < 0 ? text : text.slice(0, i);
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`--env: ${JSON.stringify(name)} is not a variable name`);
  if (i >= 0) return [name, text.slice(i + 1)];
  const value = hostEnv[name];
  if (value === undefined) throw new Error(`--env ${name}: not set in the host's environment (give NAME=VALUE)`);
  return [name, value];
}

/** The origin of an outgoing request as the shim describes it (scheme from wasi:http, authority `host[:port]`). */
export function requestOrigin(scheme: string, authority: string | undefined): string | undefined {
  if (!authority) return undefined;
  try {
    return new URL(`${scheme}//${authority}`).origin;
  } catch {
    return undefined;
  }
}

export function allowsHttp(policy: CapabilityPolicy, origin: string | undefined): boolean {
  return origin !== undefined && policy.allowHttp.includes(origin);
}

/**
 * What the policy does with each WASI interface a component may import, for the start-up
 * summary and the docs: granted, denied (the call fails as WASI specifies for a refusal), or
 * empty (the interface works but shows nothing).
 */
export function describeImport(policy: CapabilityPolicy, name: string): string | undefined {
  const iface = name.replace(/@[^@]*$/, '');
  if (iface === 'wasi:http/outgoing-handler')
    return policy.allowHttp.length ? `HTTP to ${policy.allowHttp.join(', ')} only` : 'denied (HTTP-request-denied; grant with --allow-http ORIGIN)';
  if (iface.startsWith('wasi:sockets/')) return 'denied (TCP and UDP access-denied, name lookup permanent-resolver-failure)';
  if (iface === 'wasi:filesystem/preopens') return policy.dirs.length ? policy.dirs.map((d) => `${d.host} as ${d.guest}`).join(', ') : 'no directories (grant with --dir HOST::GUEST)';
  if (iface === 'wasi:cli/environment') {
    const names = Object.keys(policy.env);
    return `${names.length ? `variables ${names.join(', ')}` : 'no variables (grant with --env NAME)'}, no working directory`;
  }
  if (iface === 'wasi:cli/stdin') return 'empty';
  return undefined;
}
