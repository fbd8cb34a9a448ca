// Package-level gate rules of wit-parser: a package using `@since`/`@deprecated` needs a version,
// and no gate may name a version later than the package's own.

import type * as A from './ast.js';
import { Abort } from './errors.js';
import { pkgKey, type PackageSource } from './loader.js';

export function checkPackageGates(src: PackageSource, active: (a: A.Attrs) => boolean): void {
  const version = src.name.version;
  const key = pkgKey(src.name);
  for (const g of versionGates(src, active)) {
    if (!version) {
      Abort.at('wit-gate', `package [${key}] contains a feature gate with a version specifier, so it must have a version`, g.span);
    }
    if (compareSemver(g.version, version) > 0) {
      Abort.at(
        'wit-gate',
        `feature gate cannot reference unreleased version ${g.version} of package [${key}] (current version ${version})`,
        g.span,
      );
    }
  }
}

type VersionGate = A.GateNode & { kind: 'since' | 'deprecated' };

function versionGates(src: PackageSource, active: (a: A.Attrs) => boolean): VersionGate[] {
  const out: VersionGate[] = [];
  const take = (a: A.Attrs): boolean => {
    if (!active(a)) return false;
    for (const g of a.gates) if (g.kind !== 'unstable') out.push(g);
    return true;
  };
  const ifaceItems = (items: A.InterfaceItem[]) => {
    for (const i of items) {
      if (!take(i)) continue;
      if (i.kind === 'resource') for (const m of i.members ?? []) take(m);
    }
  };
  for (const f of src.files) {
    for (const item of f.items) {
      if (!take(item)) continue;
      if (item.kind === 'interface') ifaceItems(item.items);
      if (item.kind === 'world') {
        for (const w of item.items) {
          if (!take(w)) continue;
          if (w.kind === 'resource') for (const m of w.members ?? []) take(m);
          if ((w.kind === 'import' || w.kind === 'export') && w.target.kind === 'interface') ifaceItems(w.target.items);
        }
      }
    }
  }
  return out;
}

interface Semver {
  nums: number[];
  pre: string[];
}

function parseSemver(v: string): Semver {
  const noBuild = v.split('+')[0]!;
  const dash = noBuild.indexOf('-');
  const core = dash < 0 ? noBuild : noBuild.slice(0, dash);
  const pre = dash < 0 ? [] : noBuild.slice(dash + 1).split('.');
  return { nums: core.split('.').map(Number), pre };
}

/** semver precedence: negative when a < b. */
export function compareSemver(a: string, b: string): number {
  const x = parseSemver(a);
  const y = parseSemver(b);
  for (let i = 0; i < 3; i++) {
    const d = (x.nums[i] ?? 0) - (y.nums[i] ?? 0);
    if (d !== 0) return d;
  }
  if (x.pre.length === 0 || y.pre.length === 0) return y.pre.length - x.pre.length;
  for (let i = 0; i < Math.min(x.pre.length, y.pre.length); i++) {
    const p = x.pre[i]!;
    const q = y.pre[i]!;
    if (p === q) continue;
    const pn = /^\d+$/.test(p);
    const qn = /^\d+$/.test(q);
    if (pn && qn) return Number(p) - Number(q);
    if (pn) return -1;
    if (qn) return 1;
    return p < q ? -1 : 1;
  }
  return x.pre.length - y.pre.length;
}
