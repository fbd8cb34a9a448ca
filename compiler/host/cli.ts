// `wasi-mcp serve <component.wasm> [--stdio | --http PORT] [--host 127.0.0.1]`

import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import { CompilerError, error } from '../diagnostics.js';
import { action, EXIT_BAD_INPUT, printDiagnostics } from '../cli-support.js';
import { DEFAULT_PAGE_SIZE, DEFAULT_REQUEST_TIMEOUT_MS, DEFAULT_SESSION_IDLE_MS } from './defaults.js';

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
    .description('serve a WASI 0.2 wasi:mcp mcp-backend component as an MCP 2025-06-18 server')
    .argument('<component>', 'the component (.wasm)')
    .option('--stdio', 'serve one client on stdin/stdout (the default)')
    .option('--http <port>', 'serve Streamable HTTP at http://HOST:PORT/mcp (0: any free port)', integer('--http', 0, 65535))
    .option('--host <address>', 'interface for --http', '127.0.0.1')
    .option('--page-size <n>', 'items per page of the list requests', integer('--page-size', 1, 10_000), DEFAULT_PAGE_SIZE)
    .option('--request-timeout <ms>', 'timeout of requests to the client', integer('--request-timeout', 1, 86_400_000), DEFAULT_REQUEST_TIMEOUT_MS)
    .option('--handler-timeout <ms>', 'replace a component whose handler runs this long without returning (0: no limit)', integer('--handler-timeout', 0, 86_400_000), 0)
    .option('--session-idle-timeout <ms>', 'with --http: close a session with no request open for this long (0: never)', integer('--session-idle-timeout', 0, 86_400_000), DEFAULT_SESSION_IDLE_MS)
    .option('--cache-dir <dir>', 'where transpiled components are cached (default: the per-user cache)')
    .action(
      action(async (component: string, flags: ServeFlags) => {
        if (flags.stdio && flags.http !== undefined) throw new CompilerError(error('usage', 'choose one of --stdio and --http'));
        checkComponentFile(component);
        const transport = flags.http !== undefined ? 'http' : 'stdio';
        // Loaded on use: the host and the SDK are the heaviest modules, and other commands need neither.
        const { startHost } = await import('./host.js');
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
