// The MCP 2026-07-28 codecs on every message of the specification pages
// (test/fixtures/spec/2026-07-28): each valid one decodes to WIT values and encodes back to the
// same JSON, a host-internal one is reported as such, and each example the schema itself refuses
// (KNOWN_INCONSISTENCIES: requests without their required `_meta`) is refused, naming the member.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../cli.js';
import { KNOWN_INCONSISTENCIES } from './spec-known.js';

const FILE = 'test/fixtures/spec/2026-07-28/messages.json';
const corpus = JSON.parse(readFileSync(join(ROOT, FILE), 'utf8')) as { method: string; source: string; message: { method?: string } }[];

describe('codec roundtrip --spec 2026-07-28 on the specification pages\' messages', () => {
  const r = runCli(['codec', 'roundtrip', '--spec', '2026-07-28', FILE]);
  const lines = r.stdout.trim().split('\n');

  it('reports every message', () => expect(lines).toHaveLength(corpus.length));

  it.each(corpus.map((entry, i) => [i, entry.source, entry] as const))('[%i] %s', (i, source, entry) => {
    const line = lines[i]!;
    expect(line.startsWith(`${FILE}[${i}]: `)).toBe(true);
    const verdict = line.slice(`${FILE}[${i}]: `.length);
    if (KNOWN_INCONSISTENCIES[source]) expect(verdict).toMatch(/^FAIL: rejected: \/params(\/_meta)?: missing required property/);
    else if (entry.message.method === 'notifications/cancelled') expect(verdict).toBe('host-internal: the host handles notifications/cancelled');
    else expect(verdict).toBe('ok');
  });

  it('exits 1 because of the refused examples, and only those', () => {
    expect(lines.filter((l) => l.includes(': FAIL: '))).toHaveLength(Object.keys(KNOWN_INCONSISTENCIES).length);
    expect(r.status).toBe(1);
  });
});
