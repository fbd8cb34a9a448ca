// Official MCP conformance, the 2026-07-28 scenarios of conformance 0.2.0-alpha.12 (stateless wire, input-required results, headers, caching), against the ONE conformance component served by
// `wasi-mcp serve --http` (runner.ts). Skipped, with the probe's reason, while the host cannot
// serve it yet; WASI_MCP_CONFORMANCE=require makes that a failure instead.

import { afterAll, describe, expect, it } from 'vitest';
import { report, runSuite, serveForSuite } from './runner.js';

const VERSION = '2026-07-28';
/** What the pinned suite lists for 2026-07-28 (docs/host.md, Conformance). */
const LISTED = 40;

const served = await serveForSuite(VERSION);
afterAll(() => served.stop());

describe.skipIf(served.skip !== undefined)(`official conformance suite, ${VERSION} server scenarios${served.skip ? ` (pending: ${served.skip})` : ''}`, () => {
  it(`passes all ${LISTED} scenarios`, async () => {
    const result = await runSuite(served.url!, VERSION);
    console.log(report(result));
    expect(result.failures).toEqual([]);
    expect(result.passed).toEqual(result.listed);
    expect(result.listed).toHaveLength(LISTED);
  }, 900_000);
});
