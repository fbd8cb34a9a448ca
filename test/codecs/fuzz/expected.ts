// The findings the differential fuzz expects today, per version, kind and class, each with its
// smallest reproduction (expected-findings.json, written by `npx tsx scripts/fuzz-codecs.ts
// --write-expected`, reviewed with git diff). The fuzz test fails on a finding not listed here, and
// replays every listed reproduction, failing when one no longer shows its class: the table can only
// shrink as fixes land (issue 15), never rot. What each class means and why it is still here:
//
// lost:_meta             `_meta` (or keys inside it) dropped: 2024-11-05..2025-06-18 drop request
//                        `_meta` where the JSON schema omits it and EmptyResult's; 2025-11-25 keeps only
//                        progressToken; 2026-07-28 drops unknown `_meta` keys. Fix: `codecs` (issue 15).
// lost:open-member       a member of an object the schema declares open (`additionalProperties: {}`,
//                        e.g. Result) dropped. Fix: `codecs` (the openness rule: the WIT carries the rest).
// lost:undeclared-member a member the schema does not declare (JSON Schema allows it) dropped without
//                        a report. Fix: `codecs` (decode reports each such member; a strict option refuses).
// lost:declared, lost:map-entry, changed, crash:*, paths-disagree: none today.
// accepted-invalid:missing-id   a request or a response without `id` accepted (text path).
// accepted-invalid:null-params  `params: null` accepted by `decodeParams` (value path); wrong-type with
//                               a null params is the same defect reached by another mutation.
// accepted-invalid:drop-params  2025-11-25 `notifications/cancelled` without its required params.
// encode-refused:huge-id        an id over 2^53 decoded (rounded), then refused by encode at `/`.
// encode-refused:inf-number     `1e400` decoded to Infinity, then refused by encode.
// refused-valid:result-type     2026-07-28: a `resultType` other than complete/input_required refused,
//                               though the schema's ResultType is any string (and the mutants of such
//                               instances then fail at resultType: far-error rows of 2026-07-28).
// bad-pointer:wrong-type        an error pointer to a child not in the input (`required/0` for
//                               `"required": {}` in a tool's inputSchema, 2025-06-18).
// far-error:<mutation>          an error away from the damage: a union's error about a member the input
//                               never was (a blob resource without `uri` refused for a missing `text`).
// The lead empties this table when merging `codecs`; /work/notes/fuzz-findings.md has the details.
import { readFileSync } from 'node:fs';
import type { Finding } from './oracle.js';

export type Expected = Pick<Finding, 'version' | 'kind' | 'cls' | 'path' | 'input' | 'detail' | 'how' | 'valid' | 'lenient' | 'at'>;

export const EXPECTED_FILE = new URL('./expected-findings.json', import.meta.url);

export const EXPECTED: Expected[] = JSON.parse(readFileSync(EXPECTED_FILE, 'utf8')) as Expected[];

export function expectedFor(version: string, kind: string, cls: string): Expected | undefined {
  return EXPECTED.find((e) => e.version === version && e.kind === kind && e.cls === cls);
}
