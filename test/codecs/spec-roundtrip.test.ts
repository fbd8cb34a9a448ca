// The MCP 2026-07-28 codecs on every message of the specification pages
// (test/fixtures/spec/2026-07-28): each valid one decodes to WIT values and encodes back to the
// same JSON, a host-internal one is reported as such, and each example the schema itself refuses
// (KNOWN_INCONSISTENCIES: requests without their required `_meta`) is reported invalid (the schema
// and the codec both refuse it, naming the member), which is not a failure of the codecs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../cli.js';
import { KNOWN_INCONSISTENCIES } from './spec-known.js';

const FILE = 'test/fixtures/spec/2026-07-28/messages.json';
const corpus = JSON.parse(readFileSync(join(ROOT, FILE), 'utf8')) as { method: string; source: string; message: { method?: string } }[];

describe('codec roundtrip --spec 2026-07-28 on the specification pages\' messages', () => {
  const r = runCli(['codec', 'roundtrip', '--spec', '2026-07-28', FILE]);
  const all = r.stdout.trim().split('\n');
  const lines = all.slice(0, -1);

  it('reports every message, then a summary line', () => {
    expect(lines).toHaveLength(corpus.length);
    const invalid = Object.keys(KNOWN_INCONSISTENCIES).length;
    expect(all.at(-1)).toBe(`${corpus.length} messages: ${corpus.length - invalid - 1} ok, 1 host-internal, ${invalid} invalid (refused, as the schema requires), 0 FAIL`);
  });

  it.each(corpus.map((entry, i) => [i, entry.source, entry] as const))('[%i] %s', (i, source, entry) => {
    const line = lines[i]!;
    expect(line.startsWith(`${FILE}[${i}]: `)).toBe(true);
    const verdict = line.slice(`${FILE}[${i}]: `.length);
    if (KNOWN_INCONSISTENCIES[source]) expect(verdict).toMatch(/^invalid: not valid MCP 2026-07-28 at \/params\/_meta(\/[^:]*)?: missing required member; the codec refuses it too \(\/params(\/_meta)?: missing required property/);
    else if (entry.message.method === 'notifications/cancelled') expect(verdict).toBe('host-internal: the host handles notifications/cancelled');
    else expect(verdict).toBe('ok');
  });

  it('exits 0: the refused examples are invalid, not failures of the codecs', () => {
    expect(lines.filter((l) => l.includes(': invalid: '))).toHaveLength(Object.keys(KNOWN_INCONSISTENCIES).length);
    expect(r.status).toBe(0);
  });
});
