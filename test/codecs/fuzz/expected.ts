// The findings the differential fuzz expects today, per version, kind and class, each with its
// smallest reproduction (expected-findings.json, written by `npx tsx scripts/fuzz-codecs.ts
// --write-expected`, reviewed with git diff). The fuzz test fails on a finding not listed here, and
// replays every listed reproduction, failing when one no longer shows its class: the table can only
// shrink, never rot.
//
// A member missing from a valid instance's round trip is not a finding when decode reported it
// (`onUnknown` on the text path, `unknownMembers` on the value path): the caller was told. Unreported
// losses (`lost:_meta`, `lost:open-member`, `lost:undeclared-member`, `lost:map-entry`), losses of a
// declared member (`lost:declared`, reported or not: the WIT has a field for it), reports of members
// that came back (`misreported`), `changed`, `crash:*`, `paths-disagree`, `accepted-invalid:*`,
// `encode-refused:*`, `bad-pointer:*` and `far-error:*` (an invalid case refused with an error away
// from the damage: at a node neither the damaged one, an ancestor nor a descendant of it, or at an
// ancestor naming a required member the valid instance did not have there either): none today.
//
// The table is empty. It last held 43 `far-error` rows (union errors naming a member far from the
// input: ajv's deepest error on the value path, the first of ties on the text path; now both report
// the closest member, runtime.ts `closestOf`) and 10 `refused-valid:result-type` rows (2026-07-28
// results with a `resultType` the specification does not define: invalid per its text, basic/index
// ResultType, so the oracle judges them invalid now, `specValid`, and the codecs refuse them).
import { readFileSync } from 'node:fs';
import type { Finding } from './oracle.js';

export type Expected = Pick<Finding, 'version' | 'kind' | 'cls' | 'path' | 'input' | 'detail' | 'how' | 'valid' | 'lenient' | 'at'>;

export const EXPECTED_FILE = new URL('./expected-findings.json', import.meta.url);

export const EXPECTED: Expected[] = JSON.parse(readFileSync(EXPECTED_FILE, 'utf8')) as Expected[];

export function expectedFor(version: string, kind: string, cls: string): Expected | undefined {
  return EXPECTED.find((e) => e.version === version && e.kind === kind && e.cls === cls);
}
