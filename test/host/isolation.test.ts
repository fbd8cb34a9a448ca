// Issue 18, point 2 and the component's output: what one client's request makes the component
// say (log messages, progress) reaches that client only, and the component's stdout/stderr
// cannot pass for the host's own lines.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../compiler/host/index.js';
import { COMPONENT_PREFIX, tagLine } from '../../compiler/host/output.js';
import { BUILD_TIMEOUT, hostileWasm, httpClient, inProcessHost, until, type Connected } from './helpers.js';

describe('two clients of one component', () => {
  let host: RunningHost;
  let a: Connected;
  let b: Connected;
  const output: string[] = [];
  beforeAll(async () => {
    host = await inProcessHost(await hostileWasm(), { componentOutput: (l) => void output.push(l) });
    a = await httpClient(host.url!);
    b = await httpClient(host.url!);
    await a.client.setLoggingLevel('debug');
    await b.client.setLoggingLevel('debug');
  }, BUILD_TIMEOUT);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await host?.close();
  });

  it("see their own log messages and progress, never each other's", async () => {
    const progressA: string[] = [];
    await a.client.callTool({ name: 'log', arguments: { text: 'secret of A' } });
    await a.client.callTool({ name: 'progress', arguments: { text: 'progress of A' } }, undefined, { onprogress: (p) => void progressA.push(String(p.message)) });
    await b.client.callTool({ name: 'log', arguments: { text: 'secret of B' } });
    await until(() => a.notifications.length >= 1 && b.notifications.length >= 1);
    // A ping is answered after anything sent before it: nothing more is on its way.
    await a.client.ping();
    await b.client.ping();
    expect(JSON.stringify(a.notifications)).toContain('secret of A');
    expect(JSON.stringify(a.notifications)).not.toContain('secret of B');
    expect(JSON.stringify(b.notifications)).toContain('secret of B');
    expect(JSON.stringify(b.notifications)).not.toContain('of A');
    expect(progressA).toEqual(['progress of A']);
  });

  it("tags the component's output so no line can pass for the host's", async () => {
    const forged = 'wasi-mcp serve: listening on http://evil\r\u001b[2Kwasi-mcp serve: forged\nwasi-mcp serve: second';
    await a.client.callTool({ name: 'print', arguments: { text: forged } });
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
