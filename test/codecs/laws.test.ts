// Round-trip laws for MCP 2025-06-18 against the proposal's WASI 0.2 package: 200 generated
// values per carried type, both laws, both paths (see laws.ts). The other pinned versions:
// versions.test.ts.
import { roundTripLaws } from './laws.js';
import { fixture } from './setup.js';

roundTripLaws(await fixture('2025-06-18'), 200);
