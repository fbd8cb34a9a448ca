// `wasi-mcp codec roundtrip --through-component` on a small message file: recorded messages go
// MCP JSON -> codecs -> the harness component -> codecs -> JSON in a child process, as a user
// runs it. The build is made (or found) here first, so the command reuses the cache the other
// component tests share and only pays for instantiation.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildHarness, harnessPackageFor, REPO } from '../../compiler/proof/build.js';
import { displayPath } from '../../compiler/paths.js';
import { runCli, type CliResult } from '../cli.js';
import { loadTraffic } from './traffic.js';

const log = loadTraffic();
/** initialize both ways, a tools/call request and its result, a notification, a ping, notifications/initialized and notifications/cancelled. */
const PICKED = [0, 1, 16, 17, 3, 10, 2, 133];
const INVALID = { method: 'tools/call', message: { jsonrpc: '2.0', id: 99, method: 'tools/call', params: { name: 42, arguments: {} } } };

let file: string;
/** One run with the flag (each run instantiates both components: a few seconds). */
let through: CliResult;

beforeAll(async () => {
  await buildHarness();
  const dir = mkdtempSync(join(tmpdir(), 'wasi-mcp-through-'));
  file = join(dir, 'messages.json');
  writeFileSync(file, JSON.stringify([...PICKED.map((i) => log[i]!), INVALID], null, 2));
  through = runCli(['codec', 'roundtrip', '--through-component', '--spec', '2025-06-18', file]);
}, 300_000);

describe('wasi-mcp codec roundtrip --through-component', () => {
  it('reports ok per carried message, host-internal ones as such, an invalid one with its JSON pointer, and a summary (exit 0: the member the initialize result cannot carry is reported; --strict fails it)', () => {
    expect(PICKED.map((i) => log[i]!.method)).toEqual(['initialize', 'initialize', 'tools/call', 'tools/call', 'notifications/tools/list_changed', 'ping', 'notifications/initialized', 'notifications/cancelled']);
    const r = through;
    // The cache is warm: no build note.
    expect(r.stderr).toBe('');
    const all = r.stdout.trim().split('\n');
    const lines = all.slice(0, -1);
    expect(all.at(-1)).toBe('9 messages: 5 ok (1 with members not carried, reported), 3 host-internal, 1 invalid (refused, as the schema requires), 0 FAIL');
    // Labelled as the CLI shows paths (relative to where it runs, or absolute when far outside).
    const shown = displayPath(file);
    expect(lines.map((l) => l.slice(0, l.indexOf(': ')))).toEqual(PICKED.map((_, i) => `${shown}[${i}]`).concat(`${shown}[${PICKED.length}]`));
    const verdicts = lines.map((l) => l.slice(l.indexOf(': ') + 2));
    expect(verdicts).toEqual([
      'ok',
      // The recording's server sent a 2025-11-25 capability 0.1.0's WIT has no field for: decode reports it.
      'ok, not carried (reported): /result/capabilities/tasks',
      'ok',
      'ok',
      'ok',
      'host-internal: no function of wasi:mcp@0.1.0-preview2 carries ping (the host handles it)',
      'host-internal: no function of wasi:mcp@0.1.0-preview2 carries notifications/initialized (the host handles it)',
      'host-internal: no function of wasi:mcp@0.1.0-preview2 carries notifications/cancelled (the host handles it)',
      'invalid: not valid MCP 2025-06-18 at /params/name: must be string; the codec refuses it too (/params/name: must be a string, is a number (type))',
    ]);
    expect(r.status).toBe(0);
  });

  it('--strict: a reported member is a failure, named with the function that carried the message', () => {
    const strict = runCli(['codec', 'roundtrip', '--through-component', '--strict', '--spec', '2025-06-18', file]);
    const all = strict.stdout.trim().split('\n');
    expect(all[1]!.slice(all[1]!.indexOf(': ') + 2)).toBe('FAIL: client.initialize: not carried (--strict): /result/capabilities/tasks');
    expect(all.at(-1)).toBe('9 messages: 4 ok, 3 host-internal, 1 invalid (refused, as the schema requires), 1 FAIL');
    expect(strict.status).toBe(1);
  }, 120_000);

  it('agrees with the codecs-only round trip on every message the proposal carries', () => {
    const only = runCli(['codec', 'roundtrip', '--spec', '2025-06-18', file]);
    // the same verdict per message: ok, the same failure, or host-internal (both modes say so)
    const verdicts = (out: string) => out.trim().split('\n').map((l) => l.replace(/FAIL: [a-z-]+\.[a-z-]+: /, 'FAIL: ').replace(/: host-internal: .*$/, ': host-internal'));
    expect(verdicts(through.stdout)).toEqual(verdicts(only.stdout));
  });

  it('builds from the WIT package of the codecs\' MCP version: the proposal, a released one, or the generated one', () => {
    expect(harnessPackageFor('2026-07-28')).toBe(join(REPO, 'wit', 'preview2'));
    expect(harnessPackageFor('2025-06-18')).toBe(join(REPO, 'released', '0.1.0', 'wit', 'preview2'));
    expect(harnessPackageFor('2025-11-25')).toBe(join(REPO, 'generated', '2025-11-25', 'wit', 'preview2'));
    expect(harnessPackageFor('1999-01-01')).toBeUndefined();
  });
});
