// Shared by the component tests and bench/component.ts: build (or reuse) the harness components
// once per process and instantiate both worlds.

import { buildHarness, type Build } from './build.js';
import { instantiateHarness, type Harness } from './host.js';

export interface Harnesses {
  build: Build;
  /** World `backend-harness`: includes `mcp-backend` (exports handlers, imports runtime). */
  backend: Harness;
  /** World `client-harness`: includes `mcp-client` (exports client-handlers, imports client). */
  client: Harness;
}

let loading: Promise<Harnesses> | undefined;

export function loadHarnesses(): Promise<Harnesses> {
  loading ??= (async () => {
    const build = await buildHarness();
    const [backend, client] = await Promise.all([
      instantiateHarness(build.worlds['backend-harness']!),
      instantiateHarness(build.worlds['client-harness']!),
    ]);
    return { build, backend, client };
  })();
  return loading;
}
