// A package-lock.json for a project that installs the packed tarballs, made from this repository's
// lock: the tarballs' dependency closure at the versions, places and integrity hashes `npm ci`
// already put in the npm cache. With it `npm ci --offline` installs without asking the registry
// anything (a lock-less install would fetch every package's metadata).

export interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  dev?: boolean;
  optional?: boolean;
  devOptional?: boolean;
  peer?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  [key: string]: unknown;
}

export interface Lock {
  name?: string;
  lockfileVersion: number;
  requires?: boolean;
  packages: Record<string, LockEntry>;
}

export interface Tarball {
  /** The package.json inside the tarball. */
  manifest: { name: string; version: string; dependencies?: Record<string, string>; optionalDependencies?: Record<string, string>; peerDependencies?: Record<string, string>; peerDependenciesMeta?: Record<string, { optional?: boolean }>; bin?: Record<string, string>; engines?: Record<string, string>; license?: string };
  /** As the consumer's package.json names it: `file:...tgz`. */
  spec: string;
}

/** The names a package needs installed: its dependencies, optional ones, and required peers. */
function needs(e: Pick<LockEntry, 'dependencies' | 'optionalDependencies' | 'peerDependencies' | 'peerDependenciesMeta'>): { name: string; optional: boolean }[] {
  const out = [
    ...Object.keys(e.dependencies ?? {}).map((name) => ({ name, optional: false })),
    ...Object.keys(e.optionalDependencies ?? {}).map((name) => ({ name, optional: true })),
  ];
  for (const name of Object.keys(e.peerDependencies ?? {})) if (!e.peerDependenciesMeta?.[name]?.optional) out.push({ name, optional: false });
  return out;
}

/** Where Node finds `name` from the package installed at `at` (a lock key): nearest node_modules up. */
function resolveFrom(lock: Lock, at: string, name: string): string | undefined {
  let dir = at;
  for (;;) {
    const key = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (lock.packages[key]) return key;
    if (dir === '') return undefined;
    const i = dir.lastIndexOf('/node_modules/');
    dir = i < 0 ? '' : dir.slice(0, i);
  }
}

export function consumerLock(repo: Lock, tarballs: Tarball[], name = 'consumer'): Lock {
  const packages: Record<string, LockEntry> = {
    '': { name, version: '1.0.0', dependencies: Object.fromEntries(tarballs.map((t) => [t.manifest.name, t.spec])) },
  };
  const queue: { key: string; entry: LockEntry; optional: boolean }[] = [];
  const missing: string[] = [];
  for (const t of tarballs) {
    const { name: pkg, version, dependencies, optionalDependencies, peerDependencies, peerDependenciesMeta, bin, engines, license } = t.manifest;
    const entry: LockEntry = { version, resolved: t.spec, ...(license ? { license } : {}), ...(dependencies ? { dependencies } : {}), ...(optionalDependencies ? { optionalDependencies } : {}), ...(peerDependencies ? { peerDependencies } : {}), ...(peerDependenciesMeta ? { peerDependenciesMeta } : {}), ...(bin ? { bin } : {}), ...(engines ? { engines } : {}) };
    packages[`node_modules/${pkg}`] = entry;
    queue.push({ key: `node_modules/${pkg}`, entry, optional: false });
  }
  const source: Lock = { ...repo, packages: { ...repo.packages } };
  // The tarballs sit at the top, where the repository had nothing (or itself): resolve from there.
  const seen = new Map<string, boolean>();
  while (queue.length > 0) {
    const { key, entry, optional } = queue.shift()!;
    for (const need of needs(entry)) {
      const found = resolveFrom(source, key.startsWith('node_modules/wasi-mcp-') ? '' : key, need.name);
      if (!found) {
        // An optional dependency for another platform is not in the lock: npm skips it too.
        if (!need.optional && !optional) missing.push(`${need.name} (needed by ${key})`);
        continue;
      }
      const opt = optional || need.optional;
      if (seen.has(found) && (seen.get(found) === false || opt)) continue;
      seen.set(found, opt);
      const { dev: _dev, devOptional: _devOptional, optional: _optional, peer: _peer, ...rest } = source.packages[found]!;
      const copy: LockEntry = { ...rest, ...(opt ? { optional: true } : {}) };
      packages[found] = copy;
      queue.push({ key: found, entry: copy, optional: opt });
    }
  }
  if (missing.length > 0) throw new Error(`the repository's lock has no entry for ${missing.join(', ')}`);
  return { name, lockfileVersion: 3, requires: true, packages };
}
