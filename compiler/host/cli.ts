// `wasi-mcp serve <component.wasm> [--stdio | --http PORT] [--host 127.0.0.1]`

import type { Command } from 'commander';
import { DEFAULT_PAGE_SIZE, DEFAULT_REQUEST_TIMEOUT_MS, DEFAULT_SESSION_IDLE_MS } from './defaults.js';

function integer(name: string, min: number, max: number): (v: string) => number {
  return (v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be an integer in ${min}..${max}, got ${v}`);
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
}

export function registerServeCommand(program: Command): Command {
  return program
    .command('serve')
    .description('serve a WASI 0.2 wasi:mcp mcp-backend component as an MCP 2025-06-18 server')
    .argument('<component>', 'the component (.wasm)')
    .option('--stdio', 'serve one client on stdin/stdout (the default)')
    .option('--http <port>', 'serve Streamable HTTP at http://HOST:PORT/mcp (0: any free port)', integer('--http', 0, 65535))
    .option('--host <address>', 'interface for --http', '127.0.0.1')
    .option('--page-size <n>', 'items per page of the list requests', integer('--page-size', 1, 10_000), DEFAULT_PAGE_SIZE)
    .option('--request-timeout <ms>', 'timeout of requests to the client', integer('--request-timeout', 1, 86_400_000), DEFAULT_REQUEST_TIMEOUT_MS)
    .option('--handler-timeout <ms>', 'replace a component whose handler runs this long without returning (0: no limit)', integer('--handler-timeout', 0, 86_400_000), 0)
    .option('--session-idle-timeout <ms>', 'with --http: close a session with no request open for this long (0: never)', integer('--session-idle-timeout', 0, 86_400_000), DEFAULT_SESSION_IDLE_MS)
    .option('--cache-dir <dir>', 'where transpiled components are cached', '.cache/transpiled')
    .action(async (component: string, flags: ServeFlags) => {
      if (flags.stdio && flags.http !== undefined) throw new Error('choose one of --stdio and --http');
      const transport = flags.http !== undefined ? 'http' : 'stdio';
      // Loaded on use: the host and the SDK are the heaviest modules, and other commands need neither.
      const { startHost } = await import('./host.js');
      const host = await startHost({
        component,
        transport,
        ...(flags.http !== undefined ? { port: flags.http, hostname: flags.host } : {}),
        pageSize: flags.pageSize,
        requestTimeoutMs: flags.requestTimeout,
        handlerTimeoutMs: flags.handlerTimeout,
        sessionIdleMs: flags.sessionIdleTimeout,
        ...(flags.cacheDir ? { cacheDir: flags.cacheDir } : {}),
      });
      // stdout may be the MCP wire: every human-readable line goes to stderr.
      if (host.url) process.stderr.write(`wasi-mcp serve: listening on ${host.url}\n`);
      const stop = (): void => {
        void host.close().finally(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      if (transport === 'stdio') process.stdin.once('end', stop);
    });
}
