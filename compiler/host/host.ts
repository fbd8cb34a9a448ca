// The reference host: loads a WASI 0.2 `wasi:mcp@0.2.0-preview2` `mcp-backend` component, starts
// it, and serves MCP 2026-07-28 over stdio or stateless Streamable HTTP (or any SDK transport,
// for tests). Clients of session-based versions are served through a LegacyEndpoint when the
// caller gives a factory for one (wire/contract.ts).

import { readFileSync } from 'node:fs';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { messageOf } from './errors.js';
import { ComponentInstance } from './instance.js';
import { InstancePool } from './pool.js';
import { denyAll, describeImport, type CapabilityPolicy } from './policy.js';
import type { QueueLimits } from './queue.js';
import { LineTransport } from './stdio.js';
import { transpileCached } from './transpile.js';
import type { LegacyEndpoint, LegacyEndpointFactory } from './wire/contract.js';
import { WireCore, type Backend } from './wire/core.js';
import { listenWire, type WireHttpListener } from './wire/http.js';
import { answerImport, type InstanceFlags } from './wire/imports.js';
import { emptyRegistrations, MODERN_VERSION, type CallContext, type WireState } from './wire/state.js';
import { serveMessages } from './wire/stdio.js';
import {
  DEFAULT_HANDLER_TIMEOUT_MS,
  DEFAULT_MAX_MESSAGE_BYTES,
  DEFAULT_MAX_SESSIONS,
  DEFAULT_MAX_STREAMS,
  DEFAULT_PAGE_SIZE,
  DEFAULT_QUEUE_PER_SESSION,
  DEFAULT_QUEUE_TOTAL,
  DEFAULT_REQUEST_TIMEOUT_MS,
  DEFAULT_SESSION_IDLE_MS,
  DEFAULT_STATE_TTL_MS,
} from './defaults.js';

/** The proposal package `serve` hosts. */
export const HOSTED_PACKAGE = 'wasi:mcp@0.2.0-preview2';

export interface HostOptions {
  /** Path of the component (.wasm). */
  component: string;
  /** `stdio`: this process's stdin/stdout; `http`: Streamable HTTP; `none`: only `connect`. */
  transport: 'stdio' | 'http' | 'none';
  /** HTTP port (0: any free port). */
  port?: number;
  /** HTTP interface; loopback unless asked otherwise. */
  hostname?: string;
  pageSize?: number;
  /** Legacy sessions: how long a server-to-client request may take. */
  requestTimeoutMs?: number;
  /** A handler running this long without returning or calling an import is hung: the instance is replaced (0: no limit; default 30 s). */
  handlerTimeoutMs?: number;
  /** Legacy HTTP sessions: one with no request open for this long is closed (0: never). */
  sessionIdleMs?: number;
  cacheDir?: string;
  cacheKeyFile?: string;
  /** The WASI capabilities granted to the component (default: none). */
  policy?: CapabilityPolicy;
  /** The largest message, HTTP body or stdio line (default 4 MiB). */
  maxMessageBytes?: number;
  /** Legacy sessions open at once (default 1000). */
  maxSessions?: number;
  /** Component instances requests are spread over (default 1; `serve`: the number of cores). */
  instances?: number;
  /** `subscriptions/listen` streams open at once (default 1000). */
  maxStreams?: number;
  /** How long a sealed requestState is accepted (default 10 minutes). */
  stateTtlMs?: number;
  /** Component calls waiting per client and in total (default 64 and 1024). */
  queue?: Partial<QueueLimits>;
  /** HTTP: origins allowed besides the server's own. */
  allowedOrigins?: string[];
  /** Serves clients of 2025-11-25 and 2025-06-18 (initialize, sessions) through the 2026-07-28 core. */
  legacy?: LegacyEndpointFactory;
  /** The versions the legacy endpoint serves (listed in discovery and version errors). */
  legacyVersions?: string[];
  /** The host's own lines (default: stderr, prefixed `wasi-mcp serve: `). */
  log?: (line: string) => void;
  /** The component's stdout and stderr, tagged line by line (default: stderr). */
  componentOutput?: (line: string) => void;
}

export interface RunningHost {
  /** The Streamable HTTP endpoint, with `transport: 'http'`. */
  url?: string;
  /** Serves one more connection on a transport of the caller's (stdio's rules: modern, or legacy from `initialize`). */
  connect(transport: Transport): Promise<void>;
  /** The stateless core, for in-process use and tests. */
  core: WireCore;
  /** Handler calls so far, by handler name, and instantiations (one per instance, plus one per trap), summed over the instances. */
  stats(): { calls: Record<string, number>; instantiations: number; instances: number; streams: number; sessions: number; waiting: number };
  close(): Promise<void>;
}

export { DEFAULT_PAGE_SIZE, DEFAULT_REQUEST_TIMEOUT_MS };

/**
 * The `wasi:mcp` package versions a component's imports and exports name. jco's import list is
 * versionless, so they are read from the component's binary, where the interface names are
 * plain UTF-8 strings.
 */
export function mcpPackageVersions(wasm: Uint8Array): string[] {
  const text = Buffer.from(wasm.buffer, wasm.byteOffset, wasm.byteLength).toString('latin1');
  const out = new Set<string>();
  // The name is followed by the next field's length byte, which may be a letter: read only
  // what a wasi:mcp version looks like (x.y.z, optionally -previewN).
  for (const m of text.matchAll(/wasi:mcp\/(?:runtime|handlers)@(\d+\.\d+\.\d+(?:-preview\d)?)/g)) out.add(m[1]!);
  return [...out].sort();
}

function checkPackage(component: string): void {
  const versions = mcpPackageVersions(readFileSync(component));
  const other = versions.filter((v) => `wasi:mcp@${v}` !== HOSTED_PACKAGE);
  if (other.length > 0)
    throw new Error(
      `the component is built for wasi:mcp@${other.join(', ')}; serve hosts ${HOSTED_PACKAGE} components (MCP 2026-07-28). ` +
        'wasi:mcp@0.1.0-preview2 components (MCP 2025-06-18) are no longer hosted: rebuild the component against wit/preview2',
    );
}

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const log = options.log ?? ((line: string) => process.stderr.write(`wasi-mcp serve: ${line}\n`));
  checkPackage(options.component);
  const transpiled = await transpileCached(options.component, {
    ...(options.cacheDir !== undefined ? { cacheDir: options.cacheDir } : {}),
    ...(options.cacheKeyFile !== undefined ? { keyFile: options.cacheKeyFile } : {}),
    log,
  });
  const policy = options.policy ?? denyAll();
  for (const name of transpiled.imports) {
    const what = describeImport(policy, name);
    if (what) log(`${name}: ${what}`);
  }
  const state: WireState = { settings: { pageSize: options.pageSize ?? DEFAULT_PAGE_SIZE, log }, registrations: emptyRegistrations(), served: false, streams: new Set() };
  // Set once below; the instances' restart hook, made before it, reads it (undefined on the first start).
  // eslint-disable-next-line prefer-const
  let core: WireCore | undefined;
  const queue: QueueLimits = { perLane: options.queue?.perLane ?? DEFAULT_QUEUE_PER_SESSION, total: options.queue?.total ?? DEFAULT_QUEUE_TOTAL };
  // Clients take turns; calls outside any request (watch, unwatch) share a lane.
  const laneOf = (ctx: CallContext | undefined): string => ctx?.lane ?? '';
  const instanceCount = Math.max(1, options.instances ?? 1);
  const member = (): ComponentInstance<CallContext> => {
    // What is per instance: its `serve`. Registrations, streams and the seal's key are the host's.
    const flags: InstanceFlags = { served: false };
    return new ComponentInstance<CallContext>({
      source: transpiled.source,
      cores: transpiled.cores,
      policy,
      handlerTimeoutMs: options.handlerTimeoutMs ?? DEFAULT_HANDLER_TIMEOUT_MS,
      queue,
      laneOf,
      output: options.componentOutput ?? ((line) => process.stderr.write(`${line}\n`)),
      log,
      onImport: (name, args, ctx) => Promise.resolve(answerImport(state, name, args, ctx, flags)),
      onInstantiated: async (inst) => {
        const first = inst.instantiations === 1;
        flags.served = false;
        const outcome = await inst.callNow('start', []);
        const versions = state.registrations.server?.supportedVersions ?? [];
        const why =
          outcome.kind === 'err' ? outcome.error.message
          : outcome.kind === 'trap' ? outcome.message
          : outcome.kind !== 'ok' ? outcome.kind
          : !flags.served ? 'it did not call runtime.serve'
          : !versions.includes(MODERN_VERSION) ? `its supported versions (${versions.join(', ')}) do not include ${MODERN_VERSION}`
          : undefined;
        if (why !== undefined) {
          if (first) throw new Error(`handlers.start failed: ${why}`);
          log(`handlers.start failed after re-instantiation: ${why}`);
          return;
        }
        // A fresh instance after a trap hears the URIs open streams still watch.
        if (!first && core) await core.rewatch((fn, args) => inst.callNow(fn, args));
      },
    });
  };
  // One fair queue in front of every instance (pool.ts), with a single instance's bounds.
  const pool = new InstancePool<CallContext>(Array.from({ length: instanceCount }, member), laneOf, queue);
  const backend: Backend = pool;
  core = new WireCore(state, backend, {
    maxStreams: options.maxStreams ?? DEFAULT_MAX_STREAMS,
    stateTtlMs: options.stateTtlMs ?? DEFAULT_STATE_TTL_MS,
    ...(options.legacy ? { legacyVersions: options.legacyVersions ?? ['2025-11-25', '2025-06-18'] } : {}),
  });
  const maxMessageBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  // The pool closes every instance if one fails to start.
  await pool.open();
  const allowedOrigins = options.allowedOrigins ?? [];
  const legacy: LegacyEndpoint | undefined = options.legacy?.(core, {
    maxMessageBytes,
    maxSessions: options.maxSessions ?? DEFAULT_MAX_SESSIONS,
    sessionIdleMs: options.sessionIdleMs ?? DEFAULT_SESSION_IDLE_MS,
    requestTimeoutMs: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    allowedOrigins,
    log,
  });
  const limits = { maxOpen: (options.queue?.perLane ?? DEFAULT_QUEUE_PER_SESSION) + (options.maxStreams ?? DEFAULT_MAX_STREAMS), log };
  let http: WireHttpListener | undefined;
  if (options.transport === 'http') {
    http = await listenWire(options.port ?? 0, options.hostname ?? '127.0.0.1', core, legacy, log, {
      maxBodyBytes: maxMessageBytes,
      allowedOrigins,
      maxPendingBytes: Math.max(maxMessageBytes, 1024 * 1024) * 4,
    });
  } else if (options.transport === 'stdio') {
    await serveMessages(core, new LineTransport(maxMessageBytes), legacy, limits);
  }
  const liveCore = core;
  return {
    ...(http ? { url: http.url } : {}),
    core: liveCore,
    connect: (t) => serveMessages(liveCore, t, legacy, limits),
    stats: () => ({
      calls: Object.fromEntries(pool.calls),
      instantiations: pool.instantiations,
      instances: pool.size,
      streams: state.streams.size,
      sessions: legacy?.sessions() ?? 0,
      waiting: pool.waiting,
    }),
    async close() {
      liveCore.close();
      try {
        await http?.close();
      } catch (e) {
        log(`closing http: ${messageOf(e)}`);
      }
      await legacy?.close().catch((e: unknown) => log(`closing legacy sessions: ${messageOf(e)}`));
      await pool.close();
    },
  };
}
