// Every proposal type crosses the canonical ABI both ways: the host lowers a value into the
// component's `echo-<type>` export, the guest (JavaScript inside the component) receives it as
// its own lifted value and returns it, and the host lifts the result back out.

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { WitArbitraries } from './arbitrary.js';
import { loadHarnesses, type Harnesses } from '../../compiler/proof/harness.js';
import { PROPOSAL_DIR } from '../../compiler/proof/build.js';
import { echoName, generateHarnessWit, loadProposal } from '../../compiler/proof/harness-wit.js';
import { camel } from '../../compiler/proof/names.js';
import { zeroValue } from '../../compiler/proof/zero.js';
import { HAND_WRITTEN } from './values.js';

const RUNS = 300;
let h: Harnesses;

beforeAll(async () => {
  h = await loadHarnesses();
});

describe('echo: hand-written values of every proposal type', () => {
  it('has hand-written values for exactly the types the proposal defines', () => {
    expect(Object.keys(HAND_WRITTEN).sort()).toEqual(h.build.harness.types.map((t) => t.name).sort());
  });

  it('returns each value unchanged through both components', () => {
    for (const { name } of h.build.harness.types) {
      for (const harness of [h.backend, h.client]) {
        const echo = harness.echo[camel(echoName(name))]!;
        for (const v of HAND_WRITTEN[name] ?? []) expect(echo(v), name).toStrictEqual(v);
      }
    }
  });

  it('fills absent option fields with undefined, as jco lifts them', () => {
    // Lowering treats a missing key as none; lifting emits every key.
    const out = h.backend.echo.echoRoot!({ uri: 'file:///' }) as Record<string, unknown>;
    expect(Object.keys(out).sort()).toEqual(['meta', 'name', 'uri']);
    expect(out).toStrictEqual({ meta: undefined, name: undefined, uri: 'file:///' });
  });

  it('returns the zero value of each type (compiler/proof/zero.ts: the CLI\'s filler arguments) unchanged', () => {
    for (const { name, type } of h.build.harness.types) {
      const v = zeroValue(h.build.harness.model, type);
      expect(h.backend.echo[camel(echoName(name))]!(v), name).toStrictEqual(v);
    }
  });

  it('rejects values outside the type when lowering', () => {
    expect(() => h.backend.echo.echoRole!('toolUse')).toThrow();
    expect(() => h.backend.echo.echoErrorCode!({ tag: 'nope' })).toThrow();
    expect(() => h.backend.echo.echoJson!([300])).toThrow();
  });
});

describe('echo: generated values of every proposal type', () => {
  // The harness WIT is generated synchronously, so the types are known when tests are collected.
  const { model, types } = generateHarnessWit(loadProposal(PROPOSAL_DIR));
  const arbs = new WitArbitraries(model);
  it.each(types.map((t) => [t.name, t.type] as const))(`%s: ${RUNS} generated values come back unchanged`, (name, type) => {
    const echo = h.backend.echo[camel(echoName(name))]!;
    fc.assert(
      fc.property(arbs.of(type), (v) => {
        expect(echo(v)).toStrictEqual(v);
      }),
      { numRuns: RUNS, seed: 0x6d6370 },
    );
  });
});
