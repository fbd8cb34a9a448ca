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
    expect(r.stdout.trim().split('\n')).toEqual([0, 1, 2, 3].map((i) => `test/codecs/fixtures/messages.json[${i}]: ok`));
    expect(r.status).toBe(0);
  });

  it('roundtrip: the first difference, exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'codec-cli-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify([{ method: 'tools/call', message: { jsonrpc: '2.0', id: 1, result: { content: [{ type: 'text' }] } } }]));
    const r = run(['codec', 'roundtrip', '--spec', '2025-06-18', 'test/codecs/fixtures/lossy.json', bad]);
    expect(r.stdout).toContain('lossy.json: FAIL: /params/extra: 1 != (absent)');
    expect(r.stdout).toMatch(/bad\.json\[0\]: FAIL: rejected: \/result\/content\/0: missing required property "text" \(required\)/);
    expect(r.status).toBe(1);
  });

  it('decode: params to the argument list, bigint as 123n, json bytes as text', () => {
    const r = run(['codec', 'decode', '--spec', '2025-06-18', '--method', 'completion/complete', '--kind', 'result'], JSON.stringify({ completion: { values: ['a'], total: 12 }, _meta: { k: 1 } }));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('total: 12n');
    expect(r.stdout).toContain('meta: json {"k":1}');
    const p = run(['codec', 'decode', '--spec', '2025-06-18', '--method', 'tools/call', '--kind', 'params'], JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'echo', arguments: { a: 1 } } }));
    expect(p.stdout).toContain('"echo",');
    expect(p.stdout).toContain('json {"a":1},');
  });

  it('decode: invalid input is exit 2 with the path and the rule', () => {
    const r = run(['codec', 'decode', '--spec', '2025-06-18', '--method', 'tools/call', '--kind', 'params'], '{"name": 5}');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('/params/name');
    expect(r.stderr).toContain('(type)');
    const u = run(['codec', 'decode', '--spec', '2025-06-18', '--method', 'ping', '--kind', 'params'], '{}');
    expect(u.status).toBe(2);
    expect(u.stderr).toContain('ping is not carried');
  });
});
