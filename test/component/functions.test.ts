// Every function of the proposal crosses a real component boundary with arbitrary arguments and
// results, in the direction it has in its world:
//   - exported handlers (`handlers`, `client-handlers`): the host calls the component, which
//     forwards to the imported mirror; the host sees the arguments after lowering into the
//     component and lifting out again, and its reply (an ok value, or an err it throws) goes
//     back in and comes out as the handler's return value or thrown ComponentError.
//   - imports (`runtime`, `client`): the host calls the exported driver, and the component makes
//     the real import call with the same arguments.

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Func, WitType } from '../../compiler/wit/model.js';
import { WitArbitraries } from './arbitrary.js';
import { PROPOSAL_DIR } from '../../compiler/proof/build.js';
import { loadHarnesses, type Harnesses } from '../../compiler/proof/harness.js';
import { HARNESS_WORLDS, loadProposal, proposalInterface } from '../../compiler/proof/harness-wit.js';
import type { Harness } from '../../compiler/proof/host.js';
import { camel } from '../../compiler/proof/names.js';
import { hitsNegativeS64Bug } from '../../compiler/proof/flat.js';

const RUNS = 100;
const model = loadProposal(PROPOSAL_DIR);
const arbs = new WitArbitraries(model);
let h: Harnesses;

beforeAll(async () => {
  h = await loadHarnesses();
});

/** What the host's implementation does: return a value, or fail with a WIT `err`. */
type Outcome = { ok: true; val: unknown } | { ok: false; err: unknown };

/** Outcomes of a function's result type, as the implementation (return or throw) gives them. */
function outcomes(result: WitType | undefined): fc.Arbitrary<Outcome> {
  if (!result) return fc.constant({ ok: true, val: undefined });
  if (result.kind === 'result') {
    // A direct `result<T, E>` return: T is returned, E thrown (jco's ComponentError convention).
    const ok = result.ok ? arbs.of(result.ok) : fc.constant(undefined);
    const err = result.err ? arbs.of(result.err) : fc.constant(undefined);
    return fc.oneof(ok.map((val): Outcome => ({ ok: true, val })), err.map((e): Outcome => ({ ok: false, err: e })));
  }
  return arbs.of(result).map((val): Outcome => ({ ok: true, val }));
}

/** Arguments; the guest forwards them as an import call, so avoid componentize-js bug #343. */
function argsOf(f: Func): fc.Arbitrary<unknown[]> {
  return fc.tuple(...f.params.map((p) => arbs.of(p.type))).filter((args) => !hitsNegativeS64Bug(model, f.params, args));
}

function checkCall(harness: Harness, side: 'mirror' | 'proposal', call: (...args: unknown[]) => unknown, f: Func): void {
  fc.assert(
    fc.property(argsOf(f), outcomes(f.result), (args, outcome) => {
      let seen: { fn: string; args: unknown[] } | undefined;
      harness.host[side] = (fn, received) => {
        seen = { fn, args: received };
        if (outcome.ok) return outcome.val;
        throw Object.assign(new Error('host err'), { payload: outcome.err });
      };
      let returned: unknown;
      let thrown: unknown;
      try {
        returned = call(...args);
      } catch (e) {
        thrown = e;
      }
      expect(seen?.fn, `host not reached; the call threw ${String(thrown)}`).toBe(camel(f.name));
      expect(seen?.args).toStrictEqual(args);
      if (outcome.ok) {
        expect(thrown).toBeUndefined();
        expect(returned).toStrictEqual(outcome.val);
      } else {
        expect((thrown as { payload?: unknown } | undefined)?.payload).toStrictEqual(outcome.err);
      }
    }),
    { numRuns: RUNS, seed: 0x776974 },
  );
}

for (const w of HARNESS_WORLDS) {
  const harnessOf = () => (w.includes === 'mcp-backend' ? h.backend : h.client);

  describe(`${w.includes}: exported ${w.exported} (host -> component -> host reply -> component -> host)`, () => {
    it.each(proposalInterface(model, w.exported).functions.map((f) => [f.name, f] as const))('%s', (_, f) => {
      const harness = harnessOf();
      checkCall(harness, 'mirror', harness.handlers[camel(f.name)]!, f);
    });
  });

  describe(`${w.includes}: imported ${w.imported} (component calls the host with lowered arguments)`, () => {
    it.each(proposalInterface(model, w.imported).functions.map((f) => [f.name, f] as const))('%s', (_, f) => {
      const harness = harnessOf();
      checkCall(harness, 'proposal', harness.driver[camel(f.name)]!, f);
    });
  });
}
