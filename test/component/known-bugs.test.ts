// Pins of upstream bugs the harness works around. Each pin asserts the bug still exists: when
// a release fixes it, the pin fails, and the workaround it names can go.

import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildHarness } from '../../compiler/proof/build.js';
import { instantiateHarness, type Harness } from '../../compiler/proof/host.js';

describe('componentize-js', () => {
  // A trap poisons the instance ("cannot enter component instance"), so this file has its own.
  let h: Harness;
  beforeAll(async () => {
    h = await instantiateHarness((await buildHarness()).worlds['backend-harness']!);
  });

  it('bug #343: a guest traps lowering a negative s64 as a flat import argument (workaround: flat.ts)', () => {
    const received: unknown[][] = [];
    h.host.mirror = (_fn, args) => void received.push(args);
    // In memory the same value is fine: register-resources takes a list.
    h.host.proposal = (_fn, args) => void received.push(args);
    h.driver.registerResources!([{ name: 'r', uri: 'u', size: -3n }]);
    expect(received).toHaveLength(1);
    // Flat: the progress token's payload is an s64 parameter of the mirror import. The guest
    // says why on its WASI stderr (preview2-shim writes it to process.stderr) before it traps:
    // captured here, so a passing run prints nothing, and part of the pin.
    const said: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      said.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    });
    try {
      expect(() => h.handlers.progress!({ tag: 'integer', val: -1n }, 1, undefined, undefined)).toThrow(/unreachable/);
    } finally {
      spy.mockRestore();
    }
    expect(said.join('')).toMatch(/Internal bindgen error in coreabi_from_bigint64[\s\S]*Aborting/);
    expect(received).toHaveLength(1);
  });
});
