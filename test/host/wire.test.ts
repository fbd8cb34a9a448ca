// What arrives on the wire (MCP 2026-07-28). Raw HTTP: stateless (no Mcp-Session-Id), POST
// only, the request metadata headers checked against the body (-32020), refusals with the
// request's id and a 4xx status, -32700 / -32600, one body limit, Origin and Host, SSE only when a
// request has notifications. Raw stdio: every bad line gets an answer, an over-long line too, and
// end of input ends the host.

import { spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../compiler/host/index.js';
import { BUILD_TIMEOUT, exampleWasm, inProcessHost, REPO, SERVE_ENTRY, TEST_CACHE_DIR } from './helpers.js';
import { post, standardHeaders, withMeta } from './modern.js';

const MAX = 64 * 1024;

describe('stateless Streamable HTTP', () => {
  let host: RunningHost;
  const log: string[] = [];
  beforeAll(async () => {
    host = await inProcessHost(await exampleWasm('notes'), { log: (l) => void log.push(l), maxMessageBytes: MAX, allowedOrigins: ['https://app.example'] });
  }, BUILD_TIMEOUT);
  afterAll(async () => host?.close());

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies, read freely
  async function raw(body: string, headers: Record<string, string> = {}, method = 'POST'): Promise<{ status: number; json: any; headers: Headers }> {
    const res = await fetch(host.url!, { method, headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers }, ...(method === 'POST' ? { body } : {}) });
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(/^data: (.*)$/m.exec(text)?.[1] ?? text);
    } catch {
      json = undefined;
    }
    return { status: res.status, json, headers: res.headers };
  }

  it('keeps no session: no Mcp-Session-Id is minted or echoed, GET and DELETE are 405', async () => {
    const r = await post(host.url!, 'tools/list', withMeta(), { headers: { 'mcp-session-id': 'abc' } });
    expect(r.status).toBe(200);
    expect(r.headers.get('mcp-session-id')).toBeNull();
    expect(r.headers.get('content-type')).toMatch(/application\/json/);
    expect((await raw('', {}, 'GET')).status).toBe(405);
    expect((await raw('', {}, 'DELETE')).status).toBe(405);
  });

  it('answers with an SSE stream when the request has notifications, the response last', async () => {
    const r = await post(host.url!, 'tools/call', withMeta({ name: 'analyze-notes', arguments: { delayMs: 0 } }, { progressToken: 7 }));
    expect(r.headers.get('content-type')).toMatch(/text\/event-stream/);
    expect(r.headers.get('x-accel-buffering')).toBe('no');
    expect(r.messages.map((m) => m['method'] ?? 'reply')).toEqual(['notifications/progress', 'notifications/progress', 'reply']);
  });

  it('validates Mcp-Method, Mcp-Name and MCP-Protocol-Version against the body (-32020, HTTP 400)', async () => {
    const params = withMeta({ name: 'search-notes', arguments: { query: 'x' } });
    const cases: [Record<string, string | undefined>, RegExp][] = [
      [{ 'mcp-method': undefined }, /Mcp-Method header is missing/],
      [{ 'mcp-method': 'tools/list' }, /Mcp-Method header value 'tools\/list' does not match body value 'tools\/call'/],
      [{ 'mcp-name': undefined }, /Mcp-Name header is missing/],
      [{ 'mcp-name': 'add-note' }, /Mcp-Name header value 'add-note' does not match body value 'search-notes'/],
      [{ 'mcp-protocol-version': undefined }, /MCP-Protocol-Version header is missing/],
      [{ 'mcp-protocol-version': '2025-11-25' }, /does not match the body's protocol version/],
    ];
    for (const [headers, message] of cases) {
      const r = await post(host.url!, 'tools/call', params, { headers, id: 'h' });
      expect(r.status, JSON.stringify(headers)).toBe(400);
      expect(r.reply).toMatchObject({ id: 'h', error: { code: -32020, message } });
    }
    // OWS around a value is not part of it; a Base64 sentinel is decoded before comparing.
    expect((await post(host.url!, 'tools/call', params, { headers: { 'mcp-name': '  search-notes ' } })).status).toBe(200);
    const b64 = `=?base64?${Buffer.from('search-notes').toString('base64')}?=`;
    expect((await post(host.url!, 'tools/call', params, { headers: { 'mcp-name': b64 } })).status).toBe(200);
    const uri = withMeta({ uri: 'note://1' });
    expect((await post(host.url!, 'resources/read', uri, { headers: { 'mcp-name': 'note://2' } })).reply).toMatchObject({ error: { code: -32020 } });
  });

  it('refuses before any handler runs, with the id and a 4xx status', async () => {
    const unknown = await post(host.url!, 'ping', withMeta(), { id: 'p' });
    expect(unknown.status).toBe(404);
    expect(unknown.reply).toMatchObject({ id: 'p', error: { code: -32601 } });
    const version = await post(host.url!, 'tools/list', withMeta({}, { 'io.modelcontextprotocol/protocolVersion': '1900-01-01' }), { headers: { 'mcp-protocol-version': '1900-01-01' }, id: 'v' });
    expect(version.status).toBe(400);
    expect(version.reply).toMatchObject({ id: 'v', error: { code: -32022, data: { supported: ['2026-07-28'], requested: '1900-01-01' } } });
    const noMeta = await post(host.url!, 'tools/list', {}, { id: 'm' });
    expect(noMeta.status).toBe(400);
    expect(noMeta.reply).toMatchObject({ id: 'm', error: { code: -32602 } });
  });

  it('answers -32700 to text that is not JSON and -32600, with the id when readable, to JSON that is not a message', async () => {
    const h = standardHeaders('tools/list', {});
    expect(await raw('{oops', h)).toMatchObject({ status: 400, json: { id: null, error: { code: -32700 } } });
    expect(await raw('[]', h)).toMatchObject({ status: 400, json: { id: null, error: { code: -32600 } } });
    expect(await raw('{"jsonrpc":"2.0","id":"x","method":"tools/list","params":3}', h)).toMatchObject({ status: 400, json: { id: 'x', error: { code: -32600 } } });
    expect((await raw('{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":1}}', h)).status).toBe(202);
  });

  it('has one body limit (413) and checks content type and Accept', async () => {
    const big = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: withMeta({ pad: 'x'.repeat(MAX) }) });
    expect((await raw(big, standardHeaders('tools/list', {}))).status).toBe(413);
    expect((await raw('{}', { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await raw('{}', { accept: 'application/json' })).status).toBe(406);
  });

  it("checks Origin and Host on every request: the server's own and the listed ones pass", async () => {
    const ok = { ...standardHeaders('tools/list', {}) };
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: withMeta() });
    expect((await raw(body, { ...ok, origin: 'https://evil.example' })).status).toBe(403);
    expect((await raw(body, { ...ok, origin: 'https://app.example' })).status).toBe(200);
    expect((await raw(body, { ...ok, origin: new URL(host.url!).origin })).status).toBe(200);
    // DNS rebinding: a page on another name that resolves to loopback sends its own Host.
    const res = await new Promise<number>((resolve, reject) => {
      const u = new URL(host.url!);
      const req = httpRequest({ hostname: u.hostname, port: u.port, path: u.pathname, method: 'POST', headers: { ...ok, host: 'evil.example' } }, (r) => {
        r.resume();
        resolve(r.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end(body);
    });
    expect(res).toBe(403);
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
    child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'server/discover', params: withMeta() })}\n`);
    await waitFor(1);
    expect(replies[0]).toMatchObject({ id: 1, result: { resultType: 'complete', supportedVersions: ['2026-07-28', '2025-11-25', '2025-06-18'] } });
    child.stdin.write('{not json\n');
    child.stdin.write('[{"jsonrpc":"2.0","id":2,"method":"ping"}]\n');
    child.stdin.write('{"jsonrpc":"2.0","id":9007199254740993,"method":"ping"}\n');
    child.stdin.write('{"jsonrpc":"2.0","id":3,"method":"tools/list","params":"x"}\n');
    // Over the limit, in pieces: answered before its newline comes, then skipped.
    child.stdin.write(`{"jsonrpc":"2.0","id":4,"method":"ping","params":{"pad":"${'x'.repeat(3000)}`);
    child.stdin.write(`${'x'.repeat(3000)}`);
    await waitFor(6);
    child.stdin.write('"}}\n');
    child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id: 5, method: 'tools/list', params: withMeta() })}\n`);
    await waitFor(7);
    expect(replies.slice(1)).toMatchObject([
      { id: null, error: { code: -32700 } },
      { id: null, error: { code: -32600 } },
      { id: null, error: { code: -32600 } },
      { id: 3, error: { code: -32600 } },
      { id: null, error: { code: -32600 } },
      { id: 5, result: { resultType: 'complete' } },
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
