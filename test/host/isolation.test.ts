// Issue 18, point 2 and the component's output: what one client's request makes the component
// say (log messages, progress) reaches that client only, and the component's stdout/stderr
// cannot pass for the host's own lines.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../compiler/host/index.js';
import { COMPONENT_PREFIX, tagLine } from '../../compiler/host/output.js';
import { BUILD_TIMEOUT, hostileWasm, inProcessHost } from './helpers.js';
import { ModernClient } from './modern.js';
import { until } from './helpers.js';

describe('two clients of one component', () => {
  let host: RunningHost;
  let a: ModernClient;
  let b: ModernClient;
  const output: string[] = [];
  beforeAll(async () => {
    host = await inProcessHost(await hostileWasm(), { componentOutput: (l) => void output.push(l) });
    a = new ModernClient(host.url!, { name: 'a', logLevel: 'debug' });
    b = new ModernClient(host.url!, { name: 'b', logLevel: 'debug' });
  }, BUILD_TIMEOUT);
  afterAll(async () => {
    await host?.close();
  });

  it("see their own log messages and progress, never each other's", async () => {
    // Each request's notifications travel on its own response stream, which ends with its reply.
    await a.callTool({ name: 'log', arguments: { text: 'secret of A' } });
    await a.callTool({ name: 'progress', arguments: { text: 'progress of A' } }, { progressToken: 'a-1' });
    await b.callTool({ name: 'log', arguments: { text: 'secret of B' } });
    expect(JSON.stringify(a.notifications)).toContain('secret of A');
    expect(JSON.stringify(a.notifications)).not.toContain('secret of B');
    expect(JSON.stringify(b.notifications)).toContain('secret of B');
    expect(JSON.stringify(b.notifications)).not.toContain('of A');
    expect(a.notifications.filter((n) => n['method'] === 'notifications/progress').map((n) => (n['params'] as { message: string }).message)).toEqual(['progress of A']);
  });

  it("cannot send progress on another request's token: the host refuses it", async () => {
    await a.callTool({ name: 'progress', arguments: { text: 'x' } }, { progressToken: 'a-secret-token' });
    const before = b.notifications.length;
    const r = await b.callTool({ name: 'progress_other', arguments: { text: 'to A?' } }, { progressToken: 'b-1' });
    expect(JSON.stringify(r)).toContain('refused: invalid-params');
    expect(JSON.stringify(a.notifications)).not.toContain('to A?');
    expect(JSON.stringify(b.notifications.slice(before))).not.toContain('to A?');
  });

  it("tags the component's output so no line can pass for the host's", async () => {
    const forged = 'wasi-mcp serve: listening on http://evil\r\u001b[2Kwasi-mcp serve: forged\nwasi-mcp serve: second';
    await a.callTool({ name: 'print', arguments: { text: forged } });
    await until(() => output.filter((l) => l.includes('second')).length === 2);
    expect(output.length).toBeGreaterThanOrEqual(4);
    for (const line of output) {
      expect(line.startsWith(COMPONENT_PREFIX)).toBe(true);
      expect(line).not.toMatch(/[\r\u001b\n]/);
    }
    expect(output).toContain(`${COMPONENT_PREFIX}wasi-mcp serve: listening on http://evil\\u000d\\u001b[2Kwasi-mcp serve: forged`);
  });
});

describe('tagLine', () => {
  it('escapes every control character and prefixes the line', () => {
    expect(tagLine('a\tb')).toBe(`${COMPONENT_PREFIX}a\tb`);
    expect(tagLine('\u0000\u0007\u009b\u2028')).toBe(`${COMPONENT_PREFIX}\\u0000\\u0007\\u009b\\u2028`);
  });
});
