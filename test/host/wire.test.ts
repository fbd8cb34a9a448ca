// Issue 18, points 3, 6 and 8: what arrives on the wire. Raw HTTP: refusals (406, 415, 403,
// 413, 400) never allocate a session; the session limit; -32700 / -32600 with the id when it
// can be read; Origin checked; one body limit on every path; session ids never logged. Raw
// stdio: every bad line gets an answer, an over-long line too, and end of input ends the host.

import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../compiler/host/index.js';
import { BUILD_TIMEOUT, exampleWasm, inProcessHost, REPO, SERVE_ENTRY, TEST_CACHE_DIR } from './helpers.js';

const INIT = { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'wire-test', version: '1' } } };
const MAX = 64 * 1024;

interface Answer {
  status: number;
  json: { id?: unknown; error?: { code: number; message: string }; result?: unknown } | undefined;
  sid: string | null;
}

describe('Streamable HTTP on the wire', () => {
  let host: RunningHost;
  const log: string[] = [];
  beforeAll(async () => {
    host = await inProcessHost(await exampleWasm('notes'), { log: (l) => void log.push(l), maxMessageBytes: MAX, maxSessions: 3, allowedOrigins: ['https://app.example'] });
  }, BUILD_TIMEOUT);
  afterAll(async () => host?.close());

  async function post(body: string, headers: Record<string, string> = {}): Promise<Answer> {
    const res = await fetch(host.url!, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers },
      body,
    });
    const text = await res.text();
    const data = /^data: (.*)$/m.exec(text)?.[1] ?? text;
    let json: Answer['json'];
    try {
      json = JSON.parse(data) as Answer['json'];
    } catch {
      json = undefined;
    }
    return { status: res.status, json, sid: res.headers.get('mcp-session-id') };
  }

  async function open(): Promise<string> {
    const a = await post(JSON.stringify(INIT));
    expect(a.status).toBe(200);
    expect((await post(JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }), { 'mcp-session-id': a.sid!, 'mcp-protocol-version': '2025-06-18' })).status).toBe(202);
    return a.sid!;
  }

  it('refuses bad initialize requests without allocating a session', async () => {
    const init = JSON.stringify(INIT);
    for (let i = 0; i < 25; i++) {
      expect((await post(init, { accept: 'application/json' })).status).toBe(406);
      expect((await post(init, { 'content-type': 'text/plain' })).status).toBe(415);
      expect((await post(init, { origin: 'http://evil.example' })).status).toBe(403);
      expect((await post('{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}')).status).toBe(400);
      expect((await post('{not json')).status).toBe(400);
    }
    expect(host.stats().sessions).toBe(0);
  });

  it('answers -32700 to text that is not JSON and -32600, with the id when readable, to JSON that is not a message', async () => {
    expect(await post('{not json')).toMatchObject({ status: 400, json: { id: null, error: { code: -32700 } } });
    expect(await post('[]')).toMatchObject({ status: 400, json: { id: null, error: { code: -32600 } } });
    expect(await post(`[${JSON.stringify(INIT)}]`)).toMatchObject({ status: 400, json: { id: null, error: { code: -32600 } } });
    expect(await post('{"foo":1}')).toMatchObject({ status: 400, json: { id: null, error: { code: -32600 } } });
    expect(await post('{"jsonrpc":"2.0","id":7,"method":"tools/list","params":"x"}')).toMatchObject({ status: 400, json: { id: 7, error: { code: -32600 } } });
    expect(await post('{"jsonrpc":"2.0","id":"a","method":5}')).toMatchObject({ status: 400, json: { id: 'a', error: { code: -32600 } } });
    expect(await post('{"jsonrpc":"2.0","id":9007199254740993,"method":"ping"}')).toMatchObject({ status: 400, json: { id: null, error: { code: -32600 } } });
    // Inside a session, the same rules.
    const sid = await open();
    const h = { 'mcp-session-id': sid, 'mcp-protocol-version': '2025-06-18' };
    expect(await post('{not json', h)).toMatchObject({ status: 400, json: { error: { code: -32700 } } });
    expect(await post('[]', h)).toMatchObject({ status: 400, json: { error: { code: -32600 } } });
    expect(await post('{"jsonrpc":"2.0","id":3,"method":"tools/list","params":"x"}', h)).toMatchObject({ status: 400, json: { id: 3, error: { code: -32600 } } });
    expect(await post('{"jsonrpc":"2.0","id":4,"method":"ping"}', h)).toMatchObject({ status: 200, json: { id: 4, result: {} } });
    await fetch(host.url!, { method: 'DELETE', headers: h });
  });

  it('has one body limit, answered 413, on the initialize path and inside a session', async () => {
    const big = JSON.stringify({ ...INIT, params: { ...INIT.params, clientInfo: { name: 'x'.repeat(MAX), version: '1' } } });
    expect(await post(big)).toMatchObject({ status: 413, json: { error: { code: -32600 } } });
    expect(host.stats().sessions).toBe(0);
    const sid = await open();
    const h = { 'mcp-session-id': sid, 'mcp-protocol-version': '2025-06-18' };
    const call = JSON.stringify({ jsonrpc: '2.0', id: 5, method: 'tools/call', params: { name: 'add-note', arguments: { title: 'x'.repeat(MAX), body: '' } } });
    expect(await post(call, h)).toMatchObject({ status: 413 });
    expect(await post('{"jsonrpc":"2.0","id":6,"method":"ping"}', h)).toMatchObject({ status: 200, json: { id: 6 } });
    await fetch(host.url!, { method: 'DELETE', headers: h });
  });

  it("checks Origin on every request: the server's own and the listed ones pass", async () => {
    const own = new URL(host.url!).origin;
    expect((await post(JSON.stringify(INIT), { origin: 'http://evil.example' })).status).toBe(403);
    const a = await post(JSON.stringify(INIT), { origin: own });
    expect(a.status).toBe(200);
    const h = { 'mcp-session-id': a.sid!, 'mcp-protocol-version': '2025-06-18' };
    expect((await post('{"jsonrpc":"2.0","id":2,"method":"ping"}', { ...h, origin: 'http://evil.example' })).status).toBe(403);
    expect((await post('{"jsonrpc":"2.0","id":2,"method":"ping"}', { ...h, origin: 'https://app.example' })).status).toBe(200);
    expect((await fetch(host.url!, { method: 'DELETE', headers: { ...h, origin: 'http://evil.example' } })).status).toBe(403);
    await fetch(host.url!, { method: 'DELETE', headers: h });
  });

  it('refuses initialize beyond --max-sessions with 503, and logs no session id', async () => {
    const sids = [await open(), await open(), await open()];
    expect(await post(JSON.stringify(INIT))).toMatchObject({ status: 503, json: { id: 1, error: { code: -32000 } } });
    expect(host.stats().sessions).toBe(3);
    for (const sid of sids) await fetch(host.url!, { method: 'DELETE', headers: { 'mcp-session-id': sid, 'mcp-protocol-version': '2025-06-18' } });
    expect(host.stats().sessions).toBe(0);
    expect((await post(JSON.stringify(INIT))).status).toBe(200);
    for (const sid of sids) expect(log.join('\n')).not.toContain(sid);
  });
});

describe('stdio on the wire', () => {
  let wasm: string;
  beforeAll(async () => {
    wasm = await exampleWasm('notes');
  }, BUILD_TIMEOUT);

  it('answers every line, even one over the size limit, and exits at the end of input', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', SERVE_ENTRY, 'serve', wasm, '--stdio', '--cache-dir', TEST_CACHE_DIR, '--max-message-size', '4096'], { cwd: REPO, stdio: ['pipe', 'pipe', 'pipe'] });
    const replies: { id?: unknown; error?: { code: number }; result?: unknown }[] = [];
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      let i: number;
      while ((i = out.indexOf('\n')) >= 0) {
        replies.push(JSON.parse(out.slice(0, i)) as (typeof replies)[number]);
        out = out.slice(i + 1);
      }
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => void (err += d.toString()));
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    const waitFor = async (n: number): Promise<void> => {
      for (let t = 0; replies.length < n; t++) {
        if (t > 600) throw new Error(`got ${replies.length} replies, wanted ${n}: ${err}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    child.stdin.write(`${JSON.stringify(INIT)}\n`);
    await waitFor(1);
    expect(replies[0]).toMatchObject({ id: 1, result: { protocolVersion: '2025-06-18' } });
    child.stdin.write('{not json\n');
    child.stdin.write('[{"jsonrpc":"2.0","id":2,"method":"ping"}]\n');
    child.stdin.write('{"jsonrpc":"2.0","id":9007199254740993,"method":"ping"}\n');
    child.stdin.write('{"jsonrpc":"2.0","id":3,"method":"tools/list","params":"x"}\n');
    // Over the limit, in pieces: answered before its newline comes, then skipped.
    child.stdin.write(`{"jsonrpc":"2.0","id":4,"method":"ping","params":{"pad":"${'x'.repeat(3000)}`);
    child.stdin.write(`${'x'.repeat(3000)}`);
    await waitFor(6);
    child.stdin.write('"}}\n');
    child.stdin.write('{"jsonrpc":"2.0","id":5,"method":"ping"}\n');
    await waitFor(7);
    expect(replies.slice(1)).toMatchObject([
      { id: null, error: { code: -32700 } },
      { id: null, error: { code: -32600 } },
      { id: null, error: { code: -32600 } },
      { id: 3, error: { code: -32600 } },
      { id: null, error: { code: -32600 } },
      { id: 5, result: {} },
    ]);
    child.stdin.end();
    expect(await exited).toBe(0);
  }, 120_000);

  it('exits at the end of input in the middle of an over-long line', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', SERVE_ENTRY, 'serve', wasm, '--stdio', '--cache-dir', TEST_CACHE_DIR, '--max-message-size', '4096'], { cwd: REPO, stdio: ['pipe', 'pipe', 'ignore'] });
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    let out = '';
    child.stdout.on('data', (d: Buffer) => void (out += d.toString()));
    child.stdin.write('x'.repeat(100_000));
    child.stdin.end();
    expect(await exited).toBe(0);
    expect(JSON.parse(out.trim())).toMatchObject({ id: null, error: { code: -32600 } });
  }, 120_000);
});
