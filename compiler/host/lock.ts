// A cross-process build lock: a directory created atomically with mkdir. Used for the
// example builds and the transpile cache, which concurrent test processes share.

import { mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

const LOCK_STALE_MS = 5 * 60_000;

/**
 * Holds a lock directory while building, so that concurrent processes (vitest runs test files
 * in parallel) build each example once and the others wait for its result.
 */
export async function withLock<T>(lock: string, ready: () => boolean, build: () => Promise<T>, cached: () => T): Promise<T> {
  mkdirSync(dirname(lock), { recursive: true });
  for (;;) {
    if (ready()) return cached();
    try {
      mkdirSync(lock);
    } catch {
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > LOCK_STALE_MS) rmSync(lock, { recursive: true, force: true }); // its builder died
      await new Promise((r) => setTimeout(r, 250));
      continue;
    }
    try {
      return ready() ? cached() : await build();
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

