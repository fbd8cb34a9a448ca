// The recorded MCP session (test/fixtures/traffic/) as test input: messages, request/response
// pairing, and a JSON diff. (Which harness function carries a message: compiler/proof/carry.ts.)

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../../compiler/proof/build.js';
import type { Direction } from '../../compiler/schema/model.js';

export interface Recorded {
  direction: Direction;
  method: string;
  kind: 'request' | 'notification' | 'result' | 'error';
  message: { id?: string | number; method?: string; params?: unknown; result?: unknown; error?: unknown };
}

export const TRAFFIC_FILE = join(REPO, 'test/fixtures/traffic/server-everything-2025-06-18.json');

export function loadTraffic(): Recorded[] {
  return JSON.parse(readFileSync(TRAFFIC_FILE, 'utf8')) as Recorded[];
}

/** The request a response answers: the last one before it, the other way, with its id. */
export function requestOf(log: Recorded[], index: number): Recorded | undefined {
  const r = log[index]!;
  for (let i = index - 1; i >= 0; i--) {
    const q = log[i]!;
    if (q.kind === 'request' && q.direction !== r.direction && q.message.id === r.message.id) return q;
  }
  return undefined;
}

/** JSON pointers where two JSON values differ (object key order ignored). */
export function jsonDiff(a: unknown, b: unknown, path = ''): string[] {
  if (Array.isArray(a) && Array.isArray(b)) {
    const out: string[] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) out.push(...jsonDiff(a[i], b[i], `${path}/${i}`));
    return out;
  }
  if (isObject(a) && isObject(b)) {
    const out: string[] = [];
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) out.push(...jsonDiff(a[k], b[k], `${path}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`));
    return out;
  }
  return Object.is(a, b) ? [] : [path];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
