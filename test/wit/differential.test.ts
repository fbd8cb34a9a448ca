// Differential tests against jco (the reference): same accept/reject verdict on jco's WASI corpus
// and on every fixture; same root-cause message for rejected fixtures; and for accepted inputs, our
// printed output is accepted too and `jco types` on it equals `jco types` on the original.

import { afterAll, describe, it } from 'vitest';
import { parseWitPath } from '../../compiler/wit/index.js';
import { closeJco } from '../../compiler/wit/oracle.js';
import { builtinCorpus, fixtures, oracleSkipped } from './helpers.js';
import { expectModelPrintEquivalent, expectPrintedEquivalent, expectSameVerdict } from './oracle-checks.js';

/** Rejected fixtures where our message differs from jco's (the verdict still agrees). */
const KNOWN_MESSAGE_DIFFERENCES: Record<string, string> = {};

const corpus = builtinCorpus();
const ok = fixtures('ok');
const fail = fixtures('fail').filter((f) => !oracleSkipped(f.path));

afterAll(() => closeJco());

describe.concurrent('verdict equals jco (embed + new)', () => {
  for (const e of [...corpus, ...ok, ...fail]) {
    it(e.name, () => expectSameVerdict(e.path, KNOWN_MESSAGE_DIFFERENCES[e.name]));
  }
});

describe.concurrent('printed output is accepted by jco and gives the same `jco types`', () => {
  for (const e of [...corpus.filter((c) => parseWitPath(c.path).model), ...ok]) {
    it(e.name, () => expectPrintedEquivalent(e.path));
  }
});

describe.concurrent('the printed resolved model is accepted by jco and gives the same `jco types`', () => {
  for (const e of [...corpus.filter((c) => parseWitPath(c.path).model), ...ok]) {
    it(e.name, () => expectModelPrintEquivalent(e.path));
  }
});
