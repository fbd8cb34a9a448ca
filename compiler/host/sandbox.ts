// The wasi:* imports the component gets, built in the worker from the capability policy
// (policy.ts). preview2-shim's defaults are the host process's own rights: its environment, its
// working directory, the whole filesystem, fd 0 (the stdio transport's wire), sockets, and a
// real HTTP client. Everything not granted is replaced here.

import { WASIShim } from '@bytecodealliance/preview2-shim/instantiation';
import { allowsHttp, requestOrigin, type CapabilityPolicy } from './policy.js';

type Iface = Record<string, unknown>;

/** How jco lowers the `err` of a `result` an import returns: a thrown object's own `payload`. */
function wasiError(payload: unknown, message: string): Error {
  return Object.assign(new Error(message), { payload });
}

function schemeOf(scheme: { tag: string; val?: string } | undefined): string {
  if (!scheme) return 'https:';
  if (scheme.tag === 'HTTP') return 'http:';
  if (scheme.tag === 'HTTPS') return 'https:';
  return `${String(scheme.val).toLowerCase()}:`;
}

interface OutgoingRequestView {
  scheme(): { tag: string; val?: string } | undefined;
  authority(): string | undefined;
}

/** wasi:http/outgoing-handler that sends only to granted origins; others fail with HTTP-request-denied. */
function outgoingHandler(policy: CapabilityPolicy, real: Iface): Iface {
  const handle = real['handle'] as (request: OutgoingRequestView, options: unknown) => unknown;
  return {
    handle(request: OutgoingRequestView, options: unknown) {
      const origin = requestOrigin(schemeOf(request.scheme()), request.authority());
      if (!allowsHttp(policy, origin)) throw wasiError({ tag: 'HTTP-request-denied' }, `HTTP to ${origin ?? 'no origin'} is not granted`);
      return handle(request, options);
    },
  };
}

/**
 * An input stream at its end. componentize-js asks for stdin when its console starts, so the
 * stream must exist; it is an instance of the shim's InputStream (jco checks the class of a
 * resource it lowers) whose reads report `closed`, the stream error for end of input.
 */
function emptyStdin(streams: Iface): () => object {
  const InputStream = streams['InputStream'] as { prototype: object };
  const closed = (): never => {
    throw { tag: 'closed' };
  };
  const stream = Object.create(InputStream.prototype) as Record<string | symbol, unknown>;
  Object.assign(stream, {
    read: closed,
    blockingRead: closed,
    skip: closed,
    blockingSkip: closed,
    subscribe() {
      throw new Error('wasi:cli/stdin is empty: there is nothing to wait for');
    },
  });
  const dispose = (): void => undefined;
  stream[Symbol.for('dispose')] = dispose;
  if (Symbol.dispose) stream[Symbol.dispose] = dispose;
  return () => stream;
}

export function sandboxedImports(policy: CapabilityPolicy): Record<string, Iface> {
  const preopens = Object.fromEntries(policy.dirs.map((d) => [d.guest, d.host]));
  const shim = new WASIShim({ sandbox: { preopens, env: policy.env, args: ['component'], enableNetwork: false } });
  const base = shim.getImportObject() as Record<string, Iface>;
  const environment = base['wasi:cli/environment']!;
  return {
    ...base,
    // No working directory: the host's own would tell the component where it runs.
    'wasi:cli/environment': { ...environment, initialCwd: () => undefined },
    // The shim's stdin reads fd 0, which is the MCP wire with --stdio: never the component's.
    'wasi:cli/stdin': { getStdin: emptyStdin(base['wasi:io/streams']!) },
    // The component's stdout goes where its stderr goes (stdout may be the wire); the host tags both.
    'wasi:cli/stdout': { getStdout: base['wasi:cli/stderr']!['getStderr'] },
    'wasi:http/outgoing-handler': outgoingHandler(policy, base['wasi:http/outgoing-handler']!),
  };
}
