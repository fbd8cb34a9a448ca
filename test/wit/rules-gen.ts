// Generator of small packages that exercise the reference's rejection rules: `@unstable` gates on
// interfaces, worlds, types and functions (no feature is enabled, as in jco), `use` within and
// across packages (a nested `package t:dep { }`), top-level `use` aliases, `include` of worlds
// and of interfaces, imports and exports whose `use`s clash in elaboration, and type nesting
// around the reference's depth limits. Used by rules.test.ts against jco.

import fc from 'fast-check';

export const GATE = '@unstable(feature = off)\n';

type Gate = boolean;
/** One item of an interface: a (maybe gated) type, a `use` (local or foreign), a function, a deep type. */
type IfaceOp =
  | ['type', Gate]
  | ['use', number, Gate]
  | ['use-dep', number]
  | ['func', number, Gate]
  | ['deep', number];
type WorldOp =
  | ['import', number, Gate]
  | ['export', number, Gate]
  | ['export-named', number]
  | ['export-inline', number]
  | ['import-inline', number]
  | ['include', number, Gate]
  | ['include-iface', number]
  | ['use', number]
  | ['import-dep', number]
  | ['func', number];

export interface RulesSpec {
  interfaces: { gated: Gate; ops: IfaceOp[] }[];
  worlds: { gated: Gate; ops: WorldOp[] }[];
  /** Top-level `use` statements: [target interface (or world, when negative), alias]. */
  aliases: [number, number][];
  /** Interfaces of the nested dependency package, each with one type. */
  deps: { gated: Gate; uses: number[] }[];
}

/**
 * Depths around the limits: 100 nested types parse, 101 do not; a defined type deeper than 100
 * does not encode. Shallow ones are repeated so that most inputs get past this rule.
 */
const DEPTHS = [2, 2, 2, 2, 3, 3, 99, 100, 101];

const n = fc.nat(5);

const ifaceOp: fc.Arbitrary<IfaceOp> = fc.oneof(
  fc.tuple(fc.constant('type' as const), fc.boolean()),
  fc.tuple(fc.constant('use' as const), n, fc.boolean()),
  fc.tuple(fc.constant('use-dep' as const), n),
  fc.tuple(fc.constant('func' as const), n, fc.boolean()),
  fc.tuple(fc.constant('deep' as const), fc.nat(DEPTHS.length - 1)),
);

const worldOp: fc.Arbitrary<WorldOp> = fc.oneof(
  fc.tuple(fc.constant('import' as const), n, fc.boolean()),
  fc.tuple(fc.constant('export' as const), n, fc.boolean()),
  fc.tuple(fc.constant('export-named' as const), n),
  fc.tuple(fc.constant('export-inline' as const), n),
  fc.tuple(fc.constant('import-inline' as const), n),
  fc.tuple(fc.constant('include' as const), n, fc.boolean()),
  fc.tuple(fc.constant('include-iface' as const), n),
  fc.tuple(fc.constant('use' as const), n),
  fc.tuple(fc.constant('import-dep' as const), n),
  fc.tuple(fc.constant('func' as const), n),
);

export const rulesSpec: fc.Arbitrary<RulesSpec> = fc.record({
  // Interfaces are gated less often than their items: a gated one decides most verdicts.
  interfaces: fc.array(fc.record({ gated: fc.nat(3).map((x) => x === 0), ops: fc.array(ifaceOp, { maxLength: 4 }) }), { minLength: 1, maxLength: 4 }),
  worlds: fc.array(fc.record({ gated: fc.boolean(), ops: fc.array(worldOp, { maxLength: 4 }) }), { maxLength: 2 }),
  aliases: fc.array(fc.tuple(fc.integer({ min: -2, max: 5 }), fc.nat(5)), { maxLength: 2 }),
  deps: fc.array(fc.record({ gated: fc.boolean(), uses: fc.array(n, { maxLength: 1 }) }), { maxLength: 2 }),
});

/**
 * Gates are rare in real WIT but every rule has a gated variant: a gate is kept on one item in
 * three (the boolean is combined with the position), so most inputs still reach the later checks.
 */
function gated(g: boolean, salt: number): string {
  return g && salt % 3 === 0 ? GATE : '';
}

function nested(depth: number): string {
  return 'list<'.repeat(depth - 1) + 'u8' + '>'.repeat(depth - 1);
}

export function renderRules(s: RulesSpec): string {
  const ni = s.interfaces.length;
  const nd = s.deps.length;
  const nw = s.worlds.length;
  let t = 'package t:a;\n\n';
  s.aliases.forEach(([target, alias], k) => {
    const name = target < 0 && nw > 0 ? `w${(-target - 1) % nw}` : `i${Math.abs(target) % ni}`;
    // One alias in six reuses an interface's name (a clash when that interface is in this file).
    t += `use ${name} as ${alias === 5 ? `i${alias % ni}` : `al${k}`};\n`;
    if (k === s.aliases.length - 1) t += '\n';
  });
  s.interfaces.forEach((iface, k) => {
    t += `${gated(iface.gated, k)}interface i${k} {\n`;
    iface.ops.forEach((op, j) => {
      switch (op[0]) {
        case 'type':
          t += `  ${gated(op[1], j)}type t${k}x${j} = u32;\n`;
          break;
        case 'use': {
          const x = op[1] % ni;
          if (x !== k) t += `  use i${x}.{t${x}};\n`;
          break;
        }
        case 'use-dep':
          if (nd > 0) t += `  use t:dep/d${op[1] % nd}.{dt${op[1] % nd} as dt${op[1] % nd}x${j}};\n`;
          break;
        case 'func':
          // Mostly the interface's own type; sometimes a sibling type that may be gated or missing.
          t += `  ${gated(op[2], j)}f${j}: func(x: ${op[1] % 3 !== 0 ? `t${k}` : `t${k}x${op[1] % 3}`});\n`;
          break;
        case 'deep':
          t += `  type deep${j} = ${nested(DEPTHS[op[1]]!)};\n`;
          break;
      }
    });
    // A gated interface with an ungated type is always an error in jco 1.35; most gated
    // interfaces gate their type too, so the references to them are what gets checked.
    const whole = iface.gated && k % 3 === 0 && iface.ops.length % 3 !== 0 ? GATE : '';
    t += `  ${whole}type t${k} = u32;\n}\n\n`;
  });
  s.worlds.forEach((world, k) => {
    t += `${gated(world.gated, k + 1)}world w${k} {\n`;
    world.ops.forEach((op, j) => {
      const x = op[1] % ni;
      switch (op[0]) {
        case 'import':
          t += `  ${gated(op[2], j)}import i${x};\n`;
          break;
        case 'export':
          t += `  ${gated(op[2], j)}export i${x};\n`;
          break;
        case 'export-named':
          t += `  export e${j}: i${x};\n`;
          break;
        case 'export-inline':
          t += `  export e${j}: interface { use i${x}.{t${x}}; }\n`;
          break;
        case 'import-inline':
          t += `  import m${j}: interface { use i${x}.{t${x}}; }\n`;
          break;
        case 'include':
          if (nw > 0) t += `  ${gated(op[2], j)}include w${op[1] % nw};\n`;
          break;
        case 'include-iface':
          t += `  include i${x};\n`;
          break;
        case 'use':
          t += `  use i${x}.{t${x} as u${j}};\n`;
          break;
        case 'import-dep':
          if (nd > 0) t += `  import t:dep/d${op[1] % nd};\n`;
          break;
        case 'func':
          t += `  import g${j}: func(x: list<t${x}>);\n`;
          break;
      }
    });
    t += '}\n\n';
  });
  if (nd > 0) {
    t += 'package t:dep {\n';
    s.deps.forEach((d, k) => {
      t += `  ${gated(d.gated, k).replace('\n', '\n  ')}interface d${k} {\n`;
      for (const u of d.uses) if (u % nd !== k) t += `    use d${u % nd}.{dt${u % nd} as from${u % nd}};\n`;
      t += `    type dt${k} = u32;\n  }\n`;
    });
    t += '}\n';
  }
  return t;
}

/** Two generated packages as a directory: the root (`t:a`) and `deps/b` (`t:b`), maybe linked. */
export const multiSpec = fc.tuple(rulesSpec, rulesSpec, fc.boolean());

export function renderMulti([a, b, link]: [RulesSpec, RulesSpec, boolean]): Record<string, string> {
  let root = renderRules(a);
  if (link) root = root.replace('package t:a;\n', 'package t:a;\n\ninterface link {\n  use t:b/i0.{t0};\n}\n');
  const dep = renderRules(b).replace('package t:a;', 'package t:b;').replaceAll('t:dep', 't:bdep');
  return { 'a.wit': root, 'deps/b/b.wit': dep };
}
