// Shared by `wasi-mcp codec roundtrip --through-component`, the component tests and
// bench/component.ts: build (or reuse) the harness components once per process and instantiate
// both worlds.

import { buildHarness, type Build, type BuildOptions } from './build.js';
import { instantiateHarness, type Harness } from './host.js';

export interface Harnesses {
  build: Build;
  /** World `backend-harness`: includes `mcp-backend` (exports handlers, imports runtime). */
  backend: Harness;
  /** World `client-harness`: includes `mcp-client` (exports client-handlers, imports client). */
  client: Harness;
}

/** One load per package directory and process. */
const loading = new Map<string, Promise<Harnesses>>();

export function loadHarnesses(opts: BuildOptions = {}): Promise<Harnesses> {
  const key = opts.proposalDir ?? '';
  const existing = loading.get(key);
  if (existing) return existing;
  const load = (async () => {
    const build = await buildHarness(opts);
    const [backend, client] = await Promise.all([
      instantiateHarness(build.worlds['backend-harness']!),
      instantiateHarness(build.worlds['client-harness']!),
    ]);
    return { build, backend, client };
  })();
  loading.set(key, load);
  return load;
}

/** Instantiates both worlds again: a trap poisons an instance ("cannot enter component instance"). */
export async function reinstantiate(h: Harnesses): Promise<void> {
  [h.backend, h.client] = await Promise.all([
    instantiateHarness(h.build.worlds['backend-harness']!),
    instantiateHarness(h.build.worlds['client-harness']!),
  ]);
}
