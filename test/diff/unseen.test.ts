// A schema the tool has never seen: unknown keywords are warnings with their JSON pointer, an
// unmappable construct is carried as json by `generate` and reported by `check`, nothing crashes.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { locateLocal } from '../../compiler/schema/pins.js';
import { runCheck } from '../../compiler/pipeline.js';
import { closeJco } from '../../compiler/wit/oracle.js';
import { runCli } from '../cli.js';

afterAll(() => closeJco());

describe('a version never seen before', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test edits the schema JSON freely
  const doc = JSON.parse(readFileSync(locateLocal('2025-06-18')!.path, 'utf8')) as { definitions: Record<string, any> };
  // A vendor keyword, and a property only `patternProperties` describes (no rule maps it).
  doc.definitions.Tool['x-vendor-note'] = 'kept by the vendor';
  doc.definitions.Tool.properties.limits = { type: 'object', patternProperties: { '^max': { type: 'integer' } } };
  const dir = mkdtempSync(join(tmpdir(), 'unseen-'));
  const file = join(dir, 'schema.json');
  writeFileSync(file, JSON.stringify(doc, null, 2));

  it('schema show: warnings with JSON pointers, the model still built', () => {
    const r = runCli(['schema', 'show', '--schema', file, '--spec', '2099-01-01']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`${file}#/definitions/Tool/x-vendor-note: warning[unknown-keyword]: unknown JSON Schema keyword "x-vendor-note" ignored`);
    expect(r.stderr).toContain(`${file}#/definitions/Tool/properties/limits/patternProperties: warning[unknown-keyword]`);
    expect(r.stdout).toContain('definitions:   91');
  });

  it('generate wit: the unmappable property falls back to json, with the warning', () => {
    const out = join(dir, 'wit');
    const r = runCli(['generate', 'wit', '--schema', file, '--spec', '2099-01-01', '--variant', 'p2', '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('patternProperties: warning[unknown-keyword]');
    expect(readFileSync(join(out, 'types.wit'), 'utf8')).toMatch(/record tool \{[^}]*\n    limits: option<json>,/);
  });

  it('check: the proposal lacks the new property, reported missing with a reason', async () => {
    const r = await runCheck({ schema: file, spec: '2099-01-01', wit: 'wit' });
    expect(r.exitCode).toBe(1);
    expect(r.output).toMatch(/missing  Tool\.limits: property limits has no WIT field limits/);
  });
});
