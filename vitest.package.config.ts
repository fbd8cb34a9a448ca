import { defineConfig } from 'vitest/config';

// The packaging test (pack, install, strict tsc, run) runs after the rest of the suite, alone:
// it builds, installs ~240 packages and runs tsc, and would slow the timing-sensitive host tests
// that otherwise run beside it.
export default defineConfig({
  test: {
    include: ['test/package/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 900_000,
    pool: 'forks',
  },
});
