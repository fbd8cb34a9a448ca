// The recorded MCP session (test/fixtures/traffic/) as test input: messages, request/response
// pairing, which harness function carries a message in its direction, and a JSON diff.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './build.js';

export interface Recorded {
  direction: 'client-to-server' | 'server-to-client';
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

/**
 * The proposal functions (`iface.func`, as the codecs list them) that carry a message sent in
 * `direction`: a client-to-server message leaves a client component through `client` and
 * enters a server component through `handlers`; server-to-client ones go through `runtime` and
 * `client-handlers`.
 */
export function functionsFor(functions: readonly string[], requestDirection: Recorded['direction']): string[] {
  const ifaces = requestDirection === 'client-to-server' ? ['client', 'handlers'] : ['runtime', 'client-handlers'];
  return functions.filter((f) => ifaces.includes(f.slice(0, f.indexOf('.'))));
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
