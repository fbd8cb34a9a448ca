// The messages between the host (main thread) and the worker thread that holds the component
// instance. Values are jco WIT values; structured clone carries them unchanged (bigint,
// Uint8Array, `{tag, val}` objects, `undefined` fields).
//
// Why a worker: a WASI 0.2 import must return synchronously to the component, while the host's
// answer (a notification handed to a response stream, a registration) is made on the main
// thread's event loop; and a handler that never returns must be stoppable (the worker is
// terminated). The worker blocks on `Atomics.wait` while the main thread's event loop keeps
// serving; the main thread answers through a MessagePort and wakes it.

import type { CapabilityPolicy } from './policy.js';

/** The `runtime` imports, as jco names them (lowerCamelCase of the WIT names). */
export const RUNTIME_IMPORTS = [
  'registerServer',
  'registerTools',
  'registerResources',
  'registerResourceTemplates',
  'registerPrompts',
  'serve',
  'progress',
  'resourceListChanged',
  'resourceUpdated',
  'promptListChanged',
  'toolListChanged',
  'loggingMessage',
] as const;
export type RuntimeImport = (typeof RUNTIME_IMPORTS)[number];

/** The `handlers` exports, as jco names them. */
export type HandlerName =
  | 'start'
  | 'callTool'
  | 'readResource'
  | 'getPrompt'
  | 'complete'
  | 'watchResource'
  | 'unwatchResource';

export const RUNTIME_INTERFACE = 'wasi:mcp/runtime@0.2.0-preview2';
export const HANDLERS_INTERFACE = 'wasi:mcp/handlers@0.2.0-preview2';

export interface WorkerInit {
  /** The transpiled entry module's source (jco `instantiation: 'async'`), verified by the host. */
  source: string;
  /** Its core modules by file name, verified by the host. */
  cores: Record<string, Uint8Array>;
  /** Int32Array over this: [0] is set to 1 when a reply to an import waits on the port. */
  flag: SharedArrayBuffer;
  /** The WASI capabilities granted. */
  policy: CapabilityPolicy;
}

/** The WIT `error` record as jco represents it. */
export interface WitError {
  code: { tag: string; val?: bigint };
  message: string;
  data?: Uint8Array;
}

export type ToWorker =
  | { kind: 'instantiate'; id: number }
  | { kind: 'call'; id: number; fn: HandlerName; args: unknown[] };

export type FromWorker =
  | { kind: 'instantiated'; id: number; error?: string }
  | { kind: 'return'; id: number; value: unknown }
  | { kind: 'err'; id: number; error: WitError }
  /** The call trapped: the instance is gone until the next `instantiate`. */
  | { kind: 'trap'; id: number; message: string }
  | { kind: 'import'; name: RuntimeImport; args: unknown[] };

/** The reply to an import, sent on the reply port. */
export type ImportReply = { value: unknown } | { error: WitError };
