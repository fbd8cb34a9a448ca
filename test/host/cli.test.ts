// `wasi-mcp serve` argument handling (errors that stop it before anything starts).

import { Command } from 'commander';
import { describe, expect, it, vi } from 'vitest';
import { registerServeCommand } from '../../compiler/host/index.js';

function program(): Command {
  const p = new Command('wasi-mcp').exitOverride().configureOutput({ writeErr: () => undefined, writeOut: () => undefined });
  registerServeCommand(p).exitOverride();
  return p;
}

const run = (...args: string[]) => program().parseAsync(['node', 'wasi-mcp', 'serve', ...args]);

/** Bad input that passes commander: one error line on stderr and exit code 2, no exception. */
async function badInput(...args: string[]): Promise<string> {
  let said = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    said += String(chunk);
    return true;
  });
  const saved = process.exitCode;
  try {
    await run(...args);
    expect(process.exitCode).toBe(2);
  } finally {
    spy.mockRestore();
    process.exitCode = saved;
  }
  return said;
}

describe('wasi-mcp serve arguments', () => {
  it('refuses both transports at once', async () => {
    expect(await badInput('x.wasm', '--stdio', '--http', '3000')).toBe('error[usage]: choose one of --stdio and --http\n');
  });

  it('checks numeric options', async () => {
    await expect(run('x.wasm', '--http', 'eighty')).rejects.toThrow(/--http must be an integer/);
    await expect(run('x.wasm', '--http', '70000')).rejects.toThrow(/0\.\.65535/);
    await expect(run('x.wasm', '--page-size', '0')).rejects.toThrow(/--page-size/);
    await expect(run('x.wasm', '--http', '0', '--session-idle-timeout', '-1')).rejects.toThrow(/--session-idle-timeout must be an integer/);
  });

  it('checks the capability and limit flags before anything starts', async () => {
    await expect(run('x.wasm', '--allow-http', 'https://api.example.com/v1')).rejects.toThrow(/--allow-http: "https:\/\/api.example.com\/v1" is not an origin/);
    await expect(run('x.wasm', '--allow-http', 'file:///etc')).rejects.toThrow(/only http and https/);
    await expect(run('x.wasm', '--allow-origin', 'nonsense')).rejects.toThrow(/--allow-origin: "nonsense" is not an origin/);
    await expect(run('x.wasm', '--dir', '/srv::')).rejects.toThrow(/--dir: "\/srv::" must be HOST_DIR or HOST_DIR::GUEST_DIR/);
    await expect(run('x.wasm', '--env', 'WASI_MCP_SURELY_UNSET_VARIABLE')).rejects.toThrow(/not set in the host's environment/);
    await expect(run('x.wasm', '--env', '1BAD=x')).rejects.toThrow(/not a variable name/);
    await expect(run('x.wasm', '--max-message-size', '10')).rejects.toThrow(/--max-message-size must be an integer/);
    await expect(run('x.wasm', '--max-sessions', '0')).rejects.toThrow(/--max-sessions/);
    await expect(run('x.wasm', '--queue-per-session', '0')).rejects.toThrow(/--queue-per-session/);
    await expect(run('x.wasm', '--instances', '0')).rejects.toThrow(/--instances must be an integer in 1\.\.256, got 0/);
    await expect(run('x.wasm', '--instances', 'two')).rejects.toThrow(/--instances must be an integer/);
    await expect(run('x.wasm', '--instances', '257')).rejects.toThrow(/--instances/);
  });

  it('reports a missing component', async () => {
    expect(await badInput('/nonexistent/component.wasm', '--http', '0')).toBe('/nonexistent/component.wasm: error[component-not-found]: no such file: /nonexistent/component.wasm\n');
  });

  it('needs the component argument', async () => {
    await expect(run()).rejects.toThrow(/missing required argument/);
  });
});
