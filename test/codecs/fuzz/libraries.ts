// The committed generated library of each pinned version, loaded when asked.
import type { FuzzLibrary } from './oracle.js';

const LIBRARIES: Record<string, () => Promise<unknown>> = {
  '2024-11-05': () => import('../../../generated/2024-11-05/codecs/index.js'),
  '2025-03-26': () => import('../../../generated/2025-03-26/codecs/index.js'),
  '2025-06-18': () => import('../../../generated/2025-06-18/codecs/index.js'),
  '2025-11-25': () => import('../../../generated/2025-11-25/codecs/index.js'),
  '2026-07-28': () => import('../../../generated/2026-07-28/codecs/index.js'),
};

export async function library(version: string): Promise<FuzzLibrary> {
  const load = LIBRARIES[version];
  if (!load) throw new Error(`no generated library for MCP ${version}: add it to test/codecs/fuzz/libraries.ts`);
  return (await load()) as FuzzLibrary;
}
