// The codec commands, run as a user would (through a program holding only them: the lead
// registers them in compiler/cli.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../cli.js';

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'test', 'codecs', 'cli-entry.ts'), ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// The fixtures are MCP 2025-06-18 messages: the codecs of that version decode them.
describe('wasi-mcp codec', () => {
  it('roundtrip: ok per message, exit 0', () => {
    const r = run(['codec', 'roundtrip', '--spec', '2025-06-18', 'test/codecs/fixtures/messages.json']);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toEqual([...[0, 1, 2, 3].map((i) => `test/codecs/fixtures/messages.json[${i}]: ok`), '4 messages: 4 ok, 0 host-internal, 0 invalid (refused, as the schema requires), 0 FAIL']);
    expect(r.status).toBe(0);
  });

  it('roundtrip: a member the WIT does not carry is reported (ok, exit 0); --strict makes it a failure (exit 1)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'codec-cli-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify([{ method: 'tools/call', message: { jsonrpc: '2.0', id: 1, result: { content: [{ type: 'text' }] } } }]));
    const r = run(['codec', 'roundtrip', '--spec', '2025-06-18', 'test/codecs/fixtures/lossy.json', bad]);
    expect(r.stdout).toContain('lossy.json: ok, not carried (reported): /params/extra\n');
    // Not valid MCP: the codec refusing it is right (invalid, not a failure).
    expect(r.stdout).toMatch(/bad\.json\[0\]: invalid: not valid MCP 2025-06-18 at \/result\/content\/0\/text: missing required member; the codec refuses it too \(\/result\/content\/0: missing required property "text" \(required\)\)/);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('2 messages: 1 ok (1 with members not carried, reported), 0 host-internal, 1 invalid (refused, as the schema requires), 0 FAIL');
    expect(r.status).toBe(0);
    const strict = run(['codec', 'roundtrip', '--spec', '2025-06-18', '--strict', 'test/codecs/fixtures/lossy.json']);
    expect(strict.stdout).toContain('lossy.json: FAIL: not carried (--strict): /params/extra\n');
    expect(strict.stdout.trim().split('\n').at(-1)).toBe('1 message: 0 ok, 0 host-internal, 0 invalid (refused, as the schema requires), 1 FAIL');
    expect(strict.status).toBe(1);
    const json = run(['codec', 'roundtrip', '--spec', '2025-06-18', '--format', 'json', 'test/codecs/fixtures/lossy.json']);
    expect(JSON.parse(json.stdout)).toEqual([{ message: expect.stringMatching(/lossy\.json$/), status: 'ok', detail: 'not carried (reported): /params/extra' }]);
  });

  it('roundtrip: valid host-internal messages are reported as such (exit 0), invalid ones as invalid; --format json has the status', () => {
    const dir = mkdtempSync(join(tmpdir(), 'codec-cli-'));
    const file = join(dir, 'host.json');
    const messages = [
      { method: 'ping', message: { jsonrpc: '2.0', id: 1, method: 'ping' } },
      { method: 'notifications/initialized', message: { jsonrpc: '2.0', method: 'notifications/initialized' } },
      { method: 'notifications/cancelled', message: { jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: 1, reason: 'x' } } },
      { method: 'ping', message: { jsonrpc: '2.0', id: 2, result: {} } },
    ];
    writeFileSync(file, JSON.stringify(messages));
    const r = run(['codec', 'roundtrip', '--spec', '2025-06-18', file]);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trim().split('\n');
    expect(lines.slice(0, 3).map((l) => l.slice(l.indexOf(': ') + 2))).toEqual(['host-internal: the host handles ping', 'host-internal: the host handles notifications/initialized', 'host-internal: the host handles notifications/cancelled']);
    expect(lines.at(-1)).toBe('4 messages: 0 ok, 4 host-internal, 0 invalid (refused, as the schema requires), 0 FAIL');
    expect(r.status).toBe(0);
    // A ping without its id is not valid MCP: not host-internal, invalid; still exit 0 (no codec failed).
    writeFileSync(file, JSON.stringify([{ method: 'ping', message: { jsonrpc: '2.0', method: 'ping' } }]));
    const bad = run(['codec', 'roundtrip', '--spec', '2025-06-18', '--format', 'json', file]);
    expect(JSON.parse(bad.stdout)).toEqual([{ message: expect.stringMatching(/host\.json\[0\]$/), status: 'invalid', detail: expect.stringMatching(/^not valid MCP 2025-06-18 at \/id: missing required member/) }]);
    expect(bad.status).toBe(0);
  });

  it('roundtrip: the server-everything recording, by the CLI alone', () => {
    const file = 'test/fixtures/traffic/server-everything-2025-06-18.json';
    const r = run(['codec', 'roundtrip', '--spec', '2025-06-18', file]);
    const lines = r.stdout.trim().split('\n');
    const notOk = lines.slice(0, -1).filter((l) => !l.endsWith(': ok')).map((l) => l.slice(file.length));
    expect(notOk).toEqual([
      // Members 2025-06-18's WIT has no place for (the server speaks 2025-11-25 too; request `_meta`
      // of tools/call): decode reports them (onUnknown), so they are not lost in silence.
      '[1]: ok, not carried (reported): /result/capabilities/tasks',
      '[2]: host-internal: the host handles notifications/initialized',
      '[10]: host-internal: the host handles ping',
      '[11]: host-internal: the host handles ping',
      '[15]: ok, not carried (reported): /result/tools/0/execution, /result/tools/1/execution, /result/tools/2/execution, /result/tools/3/execution, /result/tools/4/execution, /result/tools/5/execution, /result/tools/6/execution, /result/tools/7/execution, /result/tools/8/execution, /result/tools/9/execution, /result/tools/10/execution, /result/tools/11/execution, /result/tools/12/execution, /result/tools/13/execution, /result/tools/14/execution, /result/tools/15/execution',
      // The server sent a 2025-11-25 multi-select enum in a 2025-06-18 session: not valid MCP 2025-06-18.
      '[45]: invalid: not valid MCP 2025-06-18 at /params/requestedSchema/properties/untitledMultipleSelectEnum/type: must be equal to constant; the codec refuses it too (/params/requestedSchema/properties/untitledMultipleSelectEnum/type: "array" names no member ("type" of PrimitiveSchemaDefinition: one of "string", "integer", "number", "boolean") (discriminator))',
      '[58]: ok, not carried (reported): /params/_meta',
      '[131]: ok, not carried (reported): /params/_meta',
      '[133]: host-internal: the host handles notifications/cancelled',
      '[136]: host-internal: the host handles ping',
      '[137]: host-internal: the host handles ping',
    ]);
    expect(lines.at(-1)).toBe('138 messages: 131 ok (4 with members not carried, reported), 6 host-internal, 1 invalid (refused, as the schema requires), 0 FAIL');
    expect(r.status).toBe(0);
    // --strict: the four reported messages fail.
    const strict = run(['codec', 'roundtrip', '--spec', '2025-06-18', '--strict', file]);
    expect(strict.stdout.trim().split('\n').at(-1)).toBe('138 messages: 127 ok, 6 host-internal, 1 invalid (refused, as the schema requires), 4 FAIL');
    expect(strict.status).toBe(1);
  });

  it('decode: a whole message without flags, printed as JSON (bigint as a string of digits, json bytes as their text)', () => {
    const p = run(['codec', 'decode', '--spec', '2025-06-18'], JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'echo', arguments: { a: 1 } } }));
    expect(p.stderr).toBe('');
    expect(p.status).toBe(0);
    expect(JSON.parse(p.stdout)).toEqual({ method: 'tools/call', id: 1, function: 'client.call-tool, handlers.call-tool', args: ['echo', '{"a":1}'] });
    const r = run(['codec', 'decode', '--spec', '2025-06-18', '--method', 'completion/complete', '-'], JSON.stringify({ jsonrpc: '2.0', id: 2, result: { completion: { values: ['a'], total: 12 }, _meta: { k: 1 } } }));
    expect(r.status).toBe(0);
    const result = (JSON.parse(r.stdout) as { result: { completion: { total: unknown }; meta: unknown } }).result;
    expect(result.completion.total).toBe('12');
    expect(result.meta).toBe('{"k":1}');
    const t = run(['codec', 'decode', '--spec', '2025-06-18', '--format', 'text'], JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'echo', arguments: { a: 1 } } }));
    expect(t.stdout).toContain('"echo",');
    expect(t.stdout).toContain('json {"a":1},');
  });

  it('decode: bare params or a result with --method and --kind', () => {
    const r = run(['codec', 'decode', '--spec', '2025-06-18', '--method', 'completion/complete', '--kind', 'result'], JSON.stringify({ completion: { values: ['a'], total: 12 } }));
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { result: { completion: { total: unknown } } }).result.completion.total).toBe('12');
  });

  it('decode: invalid input is exit 2 with the path and the rule; JSON errors at line:column', () => {
    const r = run(['codec', 'decode', '--spec', '2025-06-18'], '{"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {"name": 5}}');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('/params/name');
    expect(r.stderr).toContain('(type)');
    const u = run(['codec', 'decode', '--spec', '2025-06-18', '--method', 'ping', '--kind', 'params'], '{}');
    expect(u.status).toBe(2);
    expect(u.stderr).toContain('ping is not carried');
    const j = run(['codec', 'decode'], '{\n  "jsonrpc": "2.0",\n  "id": 1,,\n}');
    expect(j.status).toBe(2);
    expect(j.stderr).toMatch(/^<stdin>:3:11: error\[json-syntax\]/);
    expect(j.stderr).not.toContain('position');
    const m = run(['codec', 'decode', '--method', 'tools/list'], JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'x' } }));
    expect(m.status).toBe(2);
    expect(m.stderr).toContain('the message is tools/call, not tools/list');
    const resp = run(['codec', 'decode'], JSON.stringify({ jsonrpc: '2.0', id: 1, result: {} }));
    expect(resp.status).toBe(2);
    expect(resp.stderr).toContain('--method');
  });
});
