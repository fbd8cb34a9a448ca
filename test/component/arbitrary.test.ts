// The WIT-value arbitraries themselves: shapes the proposal does not use yet (nested options,
// other numeric lists, flags, results, tuples) are checked here against jco's conventions
// (/work/shared/notes/jco-values.md), so a proposal that starts using them is covered.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWitSource } from '../../compiler/wit/index.js';
import type { WitModel, WitType } from '../../compiler/wit/model.js';
import { WitArbitraries } from './arbitrary.js';

const WIT = `package test:shapes;
interface shapes {
  flags perms { read, write-all }
  record rec { opt2: option<option<string>>, opt3: option<option<option<u8>>>, r: result<u32, string>, t: tuple<s8, char> }
  type nums = list<s64>;
  type bytes = list<u8>;
  type wide = u64;
}`;

function setup(): { model: WitModel; named: (n: string) => WitType } {
  const { model, diagnostics } = parseWitSource(WIT, 'shapes.wit');
  if (!model) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  const named = (n: string): WitType => ({ kind: 'named', id: Object.values(model.types).find((t) => t.name === n)!.id });
  return { model, named };
}

describe('WitArbitraries', () => {
  const { model, named } = setup();
  const arbs = new WitArbitraries(model);
  const sample = (t: WitType, n = 300) => fc.sample(arbs.of(t), { numRuns: n, seed: 7 });

  it('alternates the plain and tagged option forms with depth, as jco does', () => {
    for (const v of sample(named('rec')) as Record<string, unknown>[]) {
      // option<option<string>>: outer tagged, inner plain.
      const o2 = v.opt2 as { tag: string; val?: unknown };
      expect(['none', 'some']).toContain(o2.tag);
      if (o2.tag === 'some') expect(o2.val === undefined || typeof o2.val === 'string').toBe(true);
      // option<option<option<u8>>>: outer plain (its inner is tagged, never undefined).
      const o3 = v.opt3 as undefined | { tag: string; val?: unknown };
      if (o3 !== undefined) expect(['none', 'some']).toContain(o3.tag);
      expect(['ok', 'err']).toContain((v.r as { tag: string }).tag);
      const [s8, ch] = v.t as [number, string];
      expect(s8).toBeGreaterThanOrEqual(-128);
      expect([...ch]).toHaveLength(1);
    }
  });

  it('uses typed arrays for numeric lists and bigint within range for 64-bit integers', () => {
    for (const v of sample(named('nums'), 50)) expect(v).toBeInstanceOf(BigInt64Array);
    for (const v of sample(named('bytes'), 50)) expect(v).toBeInstanceOf(Uint8Array);
    for (const v of sample(named('wide')) as bigint[]) {
      expect(typeof v).toBe('bigint');
      expect(v >= 0n && v < 2n ** 64n).toBe(true);
    }
  });

  it('gives flags camelCase keys and strings without lone surrogates', () => {
    for (const v of sample(named('perms'), 20)) expect(Object.keys(v as object).sort()).toEqual(['read', 'writeAll']);
    for (const s of fc.sample(arbs.of({ kind: 'primitive', name: 'string' }), { numRuns: 500, seed: 3 }) as string[]) {
      expect(/\p{Surrogate}/u.test(s), s).toBe(false); // a lone surrogate is the only way to match
    }
  });
});
