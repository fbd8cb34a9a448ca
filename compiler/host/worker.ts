// The worker thread that holds the component instance. It runs one handler call at a time and
// forwards every `runtime` import to the main thread synchronously (see worker-protocol.ts).
// It knows nothing of MCP: the main thread converts between MCP JSON and WIT values.

import { type MessagePort, parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { sandboxedImports } from './sandbox.js';
import {
  HANDLERS_INTERFACE,
  RUNTIME_IMPORTS,
  RUNTIME_INTERFACE,
  type FromWorker,
  type ImportReply,
  type ToWorker,
  type WorkerInit,
} from './worker-protocol.js';

const init = workerData as WorkerInit & { replyPort: MessagePort };
const flag = new Int32Array(init.flag);
const port = parentPort!;
const post = (m: FromWorker): void => port.postMessage(m);

type Instantiate = (
  getCoreModule: (path: string) => Promise<WebAssembly.Module>,
  imports: Record<string, unknown>,
) => Promise<Record<string, unknown>>;

/** Blocks until the main thread answers the import, then returns or throws jco's err form. */
function callHost(name: (typeof RUNTIME_IMPORTS)[number], args: unknown[]): unknown {
  Atomics.store(flag, 0, 0);
  post({ kind: 'import', name, args });
  let reply: { message: ImportReply } | undefined;
  for (;;) {
    Atomics.wait(flag, 0, 0, 1000);
    reply = receiveMessageOnPort(init.replyPort) as { message: ImportReply } | undefined;
    if (reply) break;
  }
  Atomics.store(flag, 0, 0);
  const r = reply.message;
  // jco lowers a thrown object's own `payload` as the err of `result<T, error>`.
  if ('error' in r) throw Object.assign(new Error(r.error.message), { payload: r.error });
  return r.value;
}

const runtime = Object.fromEntries(RUNTIME_IMPORTS.map((n) => [n, (...args: unknown[]) => callHost(n, args)]));

const modules = new Map<string, Promise<WebAssembly.Module>>();
/**
 * Core modules are compiled once per worker from the bytes the host verified (never read from
 * the cache directory again); instantiating again after a trap reuses them.
 */
function getCoreModule(path: string): Promise<WebAssembly.Module> {
  let m = modules.get(path);
  if (!m) {
    const bytes = init.cores[path];
    m = bytes ? WebAssembly.compile(bytes as Uint8Array<ArrayBuffer>) : Promise.reject(new Error(`the transpiled component has no core module ${path}`));
    modules.set(path, m);
  }
  return m;
}

let handlers: Record<string, (...args: unknown[]) => unknown> | undefined;

/** The entry module, from the verified source (jco's async instantiation output imports nothing). */
const entryUrl = `data:text/javascript;base64,${Buffer.from(init.source, 'utf8').toString('base64')}`;

async function instantiate(): Promise<void> {
  const mod = (await import(entryUrl)) as { instantiate: Instantiate };
  const wasi = sandboxedImports(init.policy);
  // jco asks for versionless names (`wasi:mcp/runtime`); accept versioned ones too.
  const runtimeName = RUNTIME_INTERFACE.replace(/@[^@]*$/, '');
  const imports = new Proxy({} as Record<string, unknown>, {
    get(_target, key) {
      if (typeof key !== 'string') return undefined;
      const name = key.replace(/@[^@]*$/, '');
      if (name === runtimeName) return runtime;
      const iface = wasi[name];
      // Anything else is not provided: say so at instantiation, not as a jco TypeError.
      if (!iface) throw new Error(`the component imports ${key}, which this host does not provide`);
      return iface;
    },
  });
  const exports = await mod.instantiate(getCoreModule, imports);
  const h = (exports['handlers'] ?? exports[HANDLERS_INTERFACE]) as typeof handlers;
  if (!h) throw new Error(`the component does not export ${HANDLERS_INTERFACE}`);
  handlers = h;
}

function hasPayload(e: unknown): e is { payload: unknown } {
  return typeof e === 'object' && e !== null && Object.prototype.hasOwnProperty.call(e, 'payload');
}

port.on('message', (m: ToWorker) => {
  if (m.kind === 'instantiate') {
    handlers = undefined;
    instantiate().then(
      () => post({ kind: 'instantiated', id: m.id }),
      (e: unknown) => post({ kind: 'instantiated', id: m.id, error: e instanceof Error ? e.message : String(e) }),
    );
    return;
  }
  const fn = handlers?.[m.fn];
  if (!fn) {
    post({ kind: 'trap', id: m.id, message: handlers ? `the component exports no handler ${m.fn}` : 'no instance' });
    return;
  }
  try {
    post({ kind: 'return', id: m.id, value: fn(...m.args) });
  } catch (e) {
    if (hasPayload(e)) post({ kind: 'err', id: m.id, error: e.payload as never });
    else {
      // A trap (or a jco lowering error): the instance may be corrupt and jco refuses to
      // re-enter it, so it is dropped; the main thread instantiates again.
      handlers = undefined;
      post({ kind: 'trap', id: m.id, message: e instanceof Error ? e.message : String(e) });
    }
  }
});
