import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../cli.js';
import { locateLocal } from '../../compiler/schema/pins.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'wasi-mcp-schema-'));

describe('wasi-mcp schema', () => {
  it('list shows every pinned version and where it resolves', () => {
    const r = runCli(['schema', 'list']);
    expect(r.status).toBe(0);
    for (const v of ['2024-11-05', '2025-03-26', '2025-06-18', '2025-11-25']) expect(r.stdout).toMatch(new RegExp(`^${v}.*(shared|env|cache): `, 'm'));
    expect(r.stdout).toMatch(/^2026-07-28 \(default\)/m);
  });

  it('show prints counts by kind and direction', () => {
    const r = runCli(['schema', 'show', '--spec', '2025-06-18']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('definitions:   91\n');
    expect(r.stdout).toContain('requests:      16 (client-to-server 13, server-to-client 4)\n');
    expect(r.stdout).toContain('notifications: 9 (client-to-server 4, server-to-client 7)\n');
  });

  it('show --json prints the whole model, byte-identical across runs', () => {
    const a = runCli(['schema', 'show', '--spec', '2025-11-25', '--json']);
    const b = runCli(['schema', 'show', '--spec', '2025-11-25', '--json']);
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const model = JSON.parse(a.stdout) as { definitions: string[]; definitionsKey: string };
    expect(model.definitions).toHaveLength(145);
    expect(model.definitionsKey).toBe('$defs');
  });

  it('sync with everything in place downloads nothing', () => {
    const r = runCli(['schema', 'sync']);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('downloaded');
  });

  it('--schema reads any file, labelled by --spec', () => {
    const dir = tmp();
    cpSync(locateLocal('2025-06-18')!.path, join(dir, 'next.json'));
    const r = runCli(['schema', 'show', '--schema', join(dir, 'next.json'), '--spec', '2099-01-01']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^MCP 2099-01-01 \(draft-07/);
  });
});

describe('bad input: one clear line, exit 2', () => {
  it('invalid JSON names line and column', () => {
    const f = join(tmp(), 'broken.json');
    writeFileSync(f, '{\n  "definitions": {\n    "A": { "type": "string", }\n  }\n}\n');
    const r = runCli(['schema', 'show', '--schema', f]);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(`${f}:3:30: error[json-syntax]: invalid JSON: property name expected`);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('a document that is not a schema', () => {
    const f = join(tmp(), 'array.json');
    writeFileSync(f, '[1, 2, 3]');
    const r = runCli(['schema', 'show', '--schema', f]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`${f}#: error[not-a-schema]: not a JSON Schema document: expected an object at the top level`);
  });

  it('a dangling $ref names its JSON pointer', () => {
    const f = join(tmp(), 'dangling.json');
    writeFileSync(
      f,
      JSON.stringify({
        $schema: 'http://json-schema.org/draft-07/schema#',
        definitions: {
          ClientRequest: { anyOf: [{ $ref: '#/definitions/PingRequest' }] },
          PingRequest: { type: 'object', properties: { method: { const: 'ping' }, params: { $ref: '#/definitions/Nope' } } },
        },
      }),
    );
    const r = runCli(['schema', 'show', '--schema', f]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`${f}#/definitions/PingRequest/properties/params/$ref: error[dangling-ref]: $ref "#/definitions/Nope" points to nothing in this document`);
  });

  it('an unknown version', () => {
    const r = runCli(['schema', 'show', '--spec', '2031-01-01']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('error[unknown-version]: unknown MCP version "2031-01-01"');
  });

  it('a sha256 mismatch names both hashes', () => {
    const dir = tmp();
    const bytes = readFileSync(locateLocal('2025-06-18')!.path);
    mkdirSync(join(dir, '2025-06-18'));
    writeFileSync(join(dir, '2025-06-18', 'schema.json'), Buffer.concat([bytes, Buffer.from('\n')]));
    const r = runCli(['schema', 'show', '--spec', '2025-06-18'], { env: { MCP_SCHEMA_DIR: dir } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/error\[sha256-mismatch\]: sha256 mismatch for MCP 2025-06-18: expected af845e7e5b9d27107d1690f0936022546177a1403e63ffb11470135b296a2e01, found [0-9a-f]{64}/);
  });

  it('list exits 1 when a local copy does not match its pin, and says why on stderr', () => {
    const dir = tmp();
    const bytes = readFileSync(locateLocal('2025-06-18')!.path);
    mkdirSync(join(dir, '2025-06-18'));
    writeFileSync(join(dir, '2025-06-18', 'schema.json'), Buffer.concat([bytes, Buffer.from('\n')]));
    const r = runCli(['schema', 'list'], { env: { MCP_SCHEMA_DIR: dir } });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^2025-06-18 .*INVALID: sha256 mismatch/m);
    expect(r.stderr).toContain('error[sha256-mismatch]');
  });

  it('an unreadable path', () => {
    const r = runCli(['schema', 'show', '--schema', '/nonexistent/schema.json']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('/nonexistent/schema.json: error[unreadable]: cannot read file: ENOENT');
  });

  it('a usage error', () => {
    const r = runCli(['schema', 'show', '--bogus']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown option '--bogus'");
  });
});
