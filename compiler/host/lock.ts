// A cross-process build lock: a directory created atomically with mkdir, holding an `owner`
// file (pid and host name). Used for the example builds and the transpile cache, which
// concurrent processes share. A lock whose owner process is gone (killed mid-build) is taken
// over at once; one without an owner file (its creator died between mkdir and writing it) after
// a few seconds; a live owner is waited for, and the wait is reported.

import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';

/** A lock with no owner file this old is stale: writing it takes microseconds after mkdir. */
const NO_OWNER_STALE_MS = 5_000;
const POLL_MS = 100;

export interface LockOwner {
  pid: number;
  host: string;
}

export function readOwner(lock: string): LockOwner | undefined {
  try {
    const o = JSON.parse(readFileSync(join(lock, 'owner'), 'utf8')) as Partial<LockOwner>;
    return typeof o.pid === 'number' && typeof o.host === 'string' ? { pid: o.pid, host: o.host } : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a process with this pid runs on this machine (EPERM: it runs, as another user). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Why the lock is stale, or undefined while its owner may still be working. */
export function staleness(lock: string, now = Date.now()): string | undefined {
  const owner = readOwner(lock);
  if (owner) {
    if (owner.host !== hostname()) return undefined; // cannot tell: another machine on a shared disk
    return processAlive(owner.pid) ? undefined : `its owner (pid ${owner.pid}) is gone`;
  }
  const mtime = statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
  if (mtime === undefined) return undefined; // released meanwhile
  return now - mtime > NO_OWNER_STALE_MS ? 'it has no owner' : undefined;
}

/** Removes a stale lock; a rename first, so that of two processes taking it over only one removes it. */
function takeOver(lock: string): void {
  const aside = `${lock}.stale-${process.pid}-${Date.now()}`;
  try {
    renameSync(lock, aside);
  } catch {
    return; // someone else took it over (or it was released)
  }
  rmSync(aside, { recursive: true, force: true });
}

/**
 * Holds a lock directory while building, so that concurrent processes (vitest runs test files
 * in parallel) build each thing once and the others wait for its result.
 */
export async function withLock<T>(
  lock: string,
  ready: () => boolean,
  build: () => Promise<T>,
  cached: () => T,
  log?: (line: string) => void,
): Promise<T> {
  mkdirSync(dirname(lock), { recursive: true });
  let reported = false;
  for (;;) {
    if (ready()) return cached();
    try {
      mkdirSync(lock);
    } catch {
      const why = staleness(lock);
      if (why) {
        log?.(`taking over the stale lock ${lock}: ${why}`);
        takeOver(lock);
        continue;
      }
      if (!reported) {
        const owner = readOwner(lock);
        log?.(`waiting for ${owner ? `pid ${owner.pid} on ${owner.host}` : 'another process'}, which holds ${lock}`);
        reported = true;
      }
      await new Promise((r) => setTimeout(r, POLL_MS));
      continue;
    }
    try {
      writeFileSync(join(lock, 'owner'), JSON.stringify({ pid: process.pid, host: hostname() } satisfies LockOwner));
      return ready() ? cached() : await build();
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
