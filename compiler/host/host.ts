// The reference host: loads a WASI 0.2 `mcp-backend` component, starts it, and serves MCP
// 2025-06-18 over stdio or Streamable HTTP (or any SDK transport, for tests).

import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { messageOf } from './errors.js';
import { listenHttp, type HttpListener } from './http.js';
import { ComponentInstance } from './instance.js';
import { emptyRegistrations } from './registry.js';
import { answerImport } from './runtime-imports.js';
import { createSession } from './session.js';
import { SubscriptionTable } from './sessions.js';
import type { CallContext, HostSettings, HostState, Session } from './state.js';
import { transpileCached } from './transpile.js';
import { DEFAULT_PAGE_SIZE, DEFAULT_REQUEST_TIMEOUT_MS, DEFAULT_SESSION_IDLE_MS } from './defaults.js';

export interface HostOptions {
  /** Path of the component (.wasm). */
  component: string;
  /** `stdio`: one session on this process's stdin/stdout; `http`: Streamable HTTP; `none`: only `connect`. */
  transport: 'stdio' | 'http' | 'none';
  /** HTTP port (0: any free port). */
  port?: number;
  /** HTTP interface; loopback unless asked otherwise. */
  hostname?: string;
  pageSize?: number;
  requestTimeoutMs?: number;
  /** A handler running this long without returning or calling an import is hung: the instance is replaced (0: no limit). */
  handlerTimeoutMs?: number;
  /** HTTP: a session with no request open for this long is closed (0: never; default 30 minutes). */
  sessionIdleMs?: number;
  /** Where transpiled components are cached (default: the per-user cache, see `cacheRoot`). */
  cacheDir?: string;
  log?: (line: string) => void;
}

export interface RunningHost {
  /** The Streamable HTTP endpoint, with `transport: 'http'`. */
  url?: string;
  /** Serves one more session on a transport of the caller's (e.g. an in-memory pair). */
  connect(transport: Transport): Promise<void>;
  /** Handler calls so far, by handler name, and instantiations (1 + one per trap). */
  stats(): { calls: Record<string, number>; instantiations: number; sessions: number };
  close(): Promise<void>;
}

export { DEFAULT_PAGE_SIZE, DEFAULT_REQUEST_TIMEOUT_MS };

class Host implements HostState {
  registrations = emptyRegistrations();
  served = false;
  readonly sessions = new Set<Session>();
  readonly subscriptions = new SubscriptionTable<Session>();
  readonly instance: ComponentInstance<CallContext>;

  constructor(
    readonly settings: HostSettings,
    entry: string,
    stdoutToStderr: boolean,
    handlerTimeoutMs: number,
  ) {
    this.instance = new ComponentInstance<CallContext>({
      entry,
      stdoutToStderr,
      handlerTimeoutMs,
      log: settings.log,
      onImport: (name, args, ctx) => answerImport(this, name, args, ctx),
      onInstantiated: () => this.start(),
    });
  }

  /** `handlers.start` on a fresh instance; after a trap also re-subscribes what clients hold. */
  private async start(): Promise<void> {
    const first = this.instance.instantiations === 1;
    this.served = false;
    const outcome = await this.instance.callNow('start', []);
    if (outcome.kind !== 'ok' || !this.served) {
      const why = outcome.kind === 'err' ? outcome.error.message : outcome.kind === 'trap' ? outcome.message : 'it did not call runtime.serve';
      if (first) throw new Error(`handlers.start failed: ${why}`);
      this.settings.log(`handlers.start failed after re-instantiation: ${why}`);
      return;
    }
    if (!first) for (const uri of this.subscriptions.uris()) await this.instance.callNow('subscribe', [uri]);
  }

  async connect(transport: Transport): Promise<Session> {
    const session = createSession(this, (s) => this.closeSession(s));
    this.sessions.add(session);
    await session.server.connect(transport);
    return session;
  }

  private closeSession(session: Session): void {
    if (!this.sessions.delete(session)) return;
    // The component hears the last unsubscription of a URI, also when its session closes.
    for (const uri of this.subscriptions.drop(session)) void this.instance.call('unsubscribe', [uri]);
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.sessions].map((s) => s.server.close().catch(() => undefined)));
    await this.instance.close();
  }
}

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const log = options.log ?? ((line: string) => process.stderr.write(`wasi-mcp serve: ${line}\n`));
  const settings: HostSettings = {
    pageSize: options.pageSize ?? DEFAULT_PAGE_SIZE,
    requestTimeoutMs: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    log,
  };
  const transpiled = await transpileCached(options.component, options.cacheDir);
  // With the stdio transport stdout is the wire: the component's stdout goes to stderr. Always
  // doing so keeps the behaviour the same on every transport.
  const host = new Host(settings, transpiled.entry, true, options.handlerTimeoutMs ?? 0);
  try {
    await host.instance.open();
  } catch (e) {
    await host.instance.close();
    throw e;
  }
  let http: HttpListener | undefined;
  if (options.transport === 'http') {
    http = await listenHttp(options.port ?? 0, options.hostname ?? '127.0.0.1', async (t) => void (await host.connect(t)), log, options.sessionIdleMs ?? DEFAULT_SESSION_IDLE_MS);
  } else if (options.transport === 'stdio') {
    await host.connect(new StdioServerTransport());
  }
  return {
    ...(http ? { url: http.url } : {}),
    connect: async (t) => void (await host.connect(t)),
    stats: () => ({
      calls: Object.fromEntries(host.instance.calls),
      instantiations: host.instance.instantiations,
      sessions: host.sessions.size,
    }),
    async close() {
      try {
        await http?.close();
      } catch (e) {
        log(`closing http: ${messageOf(e)}`);
      }
      await host.closeAll();
    },
  };
}
