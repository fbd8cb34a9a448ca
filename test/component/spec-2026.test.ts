// The MCP 2026-07-28 messages of the specification pages through a real component built from
// the proposal's wasi:mcp@0.2.0-preview2 worlds: MCP JSON -> codecs -> lowered into the component
// -> lifted back -> codecs -> MCP JSON, as `wasi-mcp codec roundtrip --through-component` runs it.
// Every valid message comes back equal, notifications/cancelled is host-internal, and the
// examples the schema refuses are reported invalid (refused before they reach the component).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildHarness, harnessPackageFor } from '../../compiler/proof/build.js';
import { ROOT, runCli, type CliResult } from '../cli.js';
import { KNOWN_INCONSISTENCIES } from '../codecs/spec-known.js';

const FILE = 'test/fixtures/spec/2026-07-28/messages.json';
const corpus = JSON.parse(readFileSync(join(ROOT, FILE), 'utf8')) as { source: string; message: { method?: string } }[];
let r: CliResult;

beforeAll(async () => {
  await buildHarness({ proposalDir: harnessPackageFor('2026-07-28')! });
  r = runCli(['codec', 'roundtrip', '--through-component', '--spec', '2026-07-28', FILE]);
}, 900_000);

describe('codec roundtrip --through-component --spec 2026-07-28 on the specification pages\' messages', () => {
  it('carries every valid message through the component and back', () => {
    const lines = r.stdout.trim().split('\n').slice(0, -1); // the last: the summary
    expect(lines).toHaveLength(corpus.length);
    corpus.forEach((entry, i) => {
      const verdict = lines[i]!.slice(`${FILE}[${i}]: `.length);
      if (KNOWN_INCONSISTENCIES[entry.source]) expect(verdict, entry.source).toMatch(/^invalid: not valid MCP 2026-07-28 at \/params\/_meta/);
      else if (entry.message.method === 'notifications/cancelled') expect(verdict, entry.source).toMatch(/^host-internal: /);
      else expect(verdict, entry.source).toBe('ok');
    });
    expect(r.status).toBe(0); // the refused examples are invalid (the schema refuses them too), not failures
  });
});
