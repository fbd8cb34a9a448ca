// `wasi-mcp serve <component.wasm> [--stdio | --http PORT] [--host 127.0.0.1]`: a wasi:mcp@0.2.0-preview2
// component as an MCP 2026-07-28 server (docs/host.md).

import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import { CompilerError, error } from '../diagnostics.js';
import { action, EXIT_BAD_INPUT, printDiagnostics } from '../cli-support.js';
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
import { parseDir, parseEnv, parseOrigin, type Preopen } from './policy.js';
import { defaultInstances, MAX_INSTANCES } from './pool.js';

function integer(name: string, min: number, max: number): (v: string) => number {
  return (v) => {
    const n = Number(v);
    // commander reports an InvalidArgumentError as a usage error (exit 2, no stack trace).
    if (!/^\d+$/.test(v.trim()) || !Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`${name} must be an integer in ${min}..${max}, got ${v}`);
    return n;
  };
}

interface ServeFlags {
  stdio?: boolean;
  http?: number;
  host: string;
  pageSize: number;
  requestTimeout: number;
  handlerTimeout: number;
  sessionIdleTimeout: number;
  cacheDir?: string;
  allowHttp: string[];
  dir: Preopen[];
  env: [string, string][];
  allowOrigin: string[];
  maxMessageSize: number;
  maxSessions: number;
  maxStreams: number;
  stateTtl: number;
  instances: number;
  queuePerSession: number;
  queueTotal: number;
}

/** A repeatable option: each value parsed, collected in order. */
function each<T>(parse: (v: string) => T): (v: string, acc: T[]) => T[] {
  return (v, acc) => {
    try {
      return [...acc, parse(v)];
    } catch (e) {
      // commander reports an InvalidArgumentError as a usage error (exit 2, no stack trace).
      throw e instanceof InvalidArgumentError ? e : new InvalidArgumentError((e as Error).message);
    }
  };
}

/** A WebAssembly component, by its header: `\0asm`, then the component layer (version 0x0d, layer 1). */
export function checkComponentFile(path: string): void {
  if (!existsSync(path)) throw new CompilerError(error('component-not-found', `no such file: ${path}`, { file: path }));
  if (statSync(path).isDirectory()) throw new CompilerError(error('component-not-wasm', `${path} is a directory, not a .wasm component`, { file: path }));
  const head = Buffer.alloc(8);
  const fd = openSync(path, 'r');
  let n: number;
  try {
    n = readSync(fd, head, 0, 8, 0);
  } finally {
    closeSync(fd);
  }
  if (n < 8 || head.readUInt32BE(0) !== 0x0061736d) throw new CompilerError(error('component-not-wasm', `${path} is not a WebAssembly file (no \\0asm header)`, { file: path }));
  if (head.readUInt16LE(6) !== 1) throw new CompilerError(error('component-not-wasm', `${path} is a core WebAssembly module, not a component: build it as a component (componentize-js, wasm-tools component new)`, { file: path }));
}

export function registerServeCommand(program: Command): Command {
  return program
    .command('serve')
    .description('serve a WASI 0.2 wasi:mcp@0.2.0-preview2 mcp-backend component as an MCP 2026-07-28 server')
    .argument('<component>', 'the component (.wasm)')
    .option('--stdio', 'serve one client on stdin/stdout (the default)')
    .option('--http <port>', 'serve Streamable HTTP at http://HOST:PORT/mcp (0: any free port)', integer('--http', 0, 65535))
    .option('--host <address>', 'interface for --http', '127.0.0.1')
    .option('--page-size <n>', 'items per page of the list requests', integer('--page-size', 1, 10_000), DEFAULT_PAGE_SIZE)
    .option('--request-timeout <ms>', '2025 clients: timeout of requests to the client (sampling, elicitation, roots)', integer('--request-timeout', 1, 86_400_000), DEFAULT_REQUEST_TIMEOUT_MS)
    .option('--handler-timeout <ms>', 'replace a component whose handler runs this long without returning (0: no limit)', integer('--handler-timeout', 0, 86_400_000), DEFAULT_HANDLER_TIMEOUT_MS)
    .option('--session-idle-timeout <ms>', '2025 clients over --http: close a session with no request open for this long (0: never)', integer('--session-idle-timeout', 0, 86_400_000), DEFAULT_SESSION_IDLE_MS)
    .option('--cache-dir <dir>', 'where transpiled components are cached (default: $XDG_CACHE_HOME/wasi-mcp/transpiled or the platform cache)')
    // The capability policy: nothing unless granted (docs/host.md, "Security model").
    .option('--allow-http <origin>', 'let the component send HTTP requests to this origin (repeatable)', each((v) => parseOrigin(v)), [] as string[])
    .option('--dir <host::guest>', 'give the component a host directory at a guest path, as wasmtime (repeatable)', each((v) => parseDir(v)), [] as Preopen[])
    .option('--env <name[=value]>', "give the component an environment variable; without a value, the host's (repeatable)", each((v) => parseEnv(v)), [] as [string, string][])
    // Limits.
    .option('--allow-origin <origin>', 'with --http: accept requests whose Origin is this, besides the server\'s own (repeatable)', each((v) => parseOrigin(v, '--allow-origin')), [] as string[])
    .option('--max-message-size <bytes>', 'largest HTTP request body or stdio line', integer('--max-message-size', 1024, 1024 * 1024 * 1024), DEFAULT_MAX_MESSAGE_BYTES)
    .option('--max-sessions <n>', 'sessions of 2025 clients open at once', integer('--max-sessions', 1, 1_000_000), DEFAULT_MAX_SESSIONS)
    .option('--max-streams <n>', 'subscriptions/listen streams open at once', integer('--max-streams', 1, 1_000_000), DEFAULT_MAX_STREAMS)
    .option('--state-ttl <ms>', 'how long a sealed requestState is accepted', integer('--state-ttl', 1000, 86_400_000), DEFAULT_STATE_TTL_MS)
    .option('--instances <n>', 'component instances requests are spread over (default: the number of cores)', integer('--instances', 1, MAX_INSTANCES), defaultInstances())
    .option('--queue-per-session <n>', 'component calls of one client waiting for their turn', integer('--queue-per-session', 1, 1_000_000), DEFAULT_QUEUE_PER_SESSION)
    .option('--queue-total <n>', 'component calls waiting for their turn, all clients together', integer('--queue-total', 1, 10_000_000), DEFAULT_QUEUE_TOTAL)
    .action(
      action(async (component: string, flags: ServeFlags) => {
        if (flags.stdio && flags.http !== undefined) throw new CompilerError(error('usage', 'choose one of --stdio and --http'));
        checkComponentFile(component);
        const transport = flags.http !== undefined ? 'http' : 'stdio';
        // Loaded on use: the host and the SDK are the heaviest modules, and other commands need neither.
        const { startHost } = await import('./host.js');
        // Clients of 2025-11-25 and 2025-06-18 are served from the same component through the bridge.
        const { createLegacyEndpoint } = await import('./bridge/index.js');
        let host: Awaited<ReturnType<typeof startHost>>;
        try {
          host = await startHost({
            component,
            transport,
            ...(flags.http !== undefined ? { port: flags.http, hostname: flags.host } : {}),
            pageSize: flags.pageSize,
            requestTimeoutMs: flags.requestTimeout,
            handlerTimeoutMs: flags.handlerTimeout,
            sessionIdleMs: flags.sessionIdleTimeout,
            ...(flags.cacheDir ? { cacheDir: flags.cacheDir } : {}),
            policy: { allowHttp: flags.allowHttp, dirs: flags.dir, env: Object.fromEntries(flags.env) },
            allowedOrigins: flags.allowOrigin,
            maxMessageBytes: flags.maxMessageSize,
            maxSessions: flags.maxSessions,
            maxStreams: flags.maxStreams,
            stateTtlMs: flags.stateTtl,
            instances: flags.instances,
            legacy: createLegacyEndpoint,
            queue: { perLane: flags.queuePerSession, total: flags.queueTotal },
          });
        } catch (e) {
          // A component that cannot start, or an address that cannot be bound, is bad input: one line, exit 2.
          const err = e as NodeJS.ErrnoException;
          const message =
            err.code === 'EADDRINUSE' ? `${flags.host}:${flags.http} is already in use` : err.code === 'EADDRNOTAVAIL' || err.code === 'EACCES' ? `cannot listen on ${flags.host}:${flags.http}: ${err.code}` : `cannot serve ${component}: ${err.message}`;
          printDiagnostics([error('serve-failed', message, err.code?.startsWith('EADDR') || err.code === 'EACCES' ? {} : { file: component })]);
          process.exit(EXIT_BAD_INPUT);
        }
        // stdout may be the MCP wire: every human-readable line goes to stderr.
        if (host.url) process.stderr.write(`wasi-mcp serve: listening on ${host.url}\n`);
        const stop = (): void => {
          void host.close().finally(() => process.exit(0));
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        if (transport === 'stdio') process.stdin.once('end', stop);
      }),
    );
}
