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
// `encode-refused:*` and `bad-pointer:*`: none today. What remains, and why:
//
// far-error:<mutation>       an error away from the damage, on a union without a discriminator:
//   - value path (most rows): the value path reports ajv's deepest error over the anyOf, which for
//     a content block or resource contents missing its distinguishing member names the first
//     member's required property (`missing required property "text"` for an image without `data`,
//     a blob resource without `blob`; `name` for a `ref/resource` without `uri`). The refusal is
//     right; the message names the wrong member.
//   - text path: a member whose distinguishing key has the wrong type (`"blob": 3`) is no closer to
//     the blob member than to the text member, so "the closest" is the first in rank order;
//     2025-11-25 elicitation/create (URL vs form params) and sampling content likewise.
//   - 2026-07-28 text path: mutants of instances whose `resultType` is not complete/input_required
//     (below) fail at `resultType` first, away from the mutation.
// refused-valid:result-type  2026-07-28 only: a `resultType` other than "complete"/"input_required"
//                            is refused though the schema's ResultType is any string: a documented
//                            narrowing of the codecs (docs/codecs.md), not a loss.
import { readFileSync } from 'node:fs';
import type { Finding } from './oracle.js';

export type Expected = Pick<Finding, 'version' | 'kind' | 'cls' | 'path' | 'input' | 'detail' | 'how' | 'valid' | 'lenient' | 'at'>;

export const EXPECTED_FILE = new URL('./expected-findings.json', import.meta.url);

export const EXPECTED: Expected[] = JSON.parse(readFileSync(EXPECTED_FILE, 'utf8')) as Expected[];

export function expectedFor(version: string, kind: string, cls: string): Expected | undefined {
  return EXPECTED.find((e) => e.version === version && e.kind === kind && e.cls === cls);
}
