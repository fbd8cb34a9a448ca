// Benchmark: parse + resolve all of jco's bundled WASI WIT repeatedly, and compare with jco's own
// componentEmbed (parse + resolve + encode, in wasm) on the same inputs in the same run.
// Run: npx tsx bench/wit.ts [seconds-per-side]

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtinCorpus } from '../compiler/wit/corpus.js';
import { parseWitPath } from '../compiler/wit/index.js';
import { escape } from '../compiler/wit/printer.js';

export interface WitBenchResult {
  packages: number;
  filesPerPass: number;
  ours: { passes: number; seconds: number; filesPerSecond: number };
  jco: { passes: number; seconds: number; filesPerSecond: number };
  /** ours / jco, in files per second (> 1: we are faster). */
  ratio: number;
}

function countWit(path: string): number {
  if (!statSync(path).isDirectory()) return path.endsWith('.wit') ? 1 : 0;
  return readdirSync(path).reduce((n, f) => n + countWit(join(path, f)), 0);
}

async function timeLoop(seconds: number, pass: () => Promise<void> | void): Promise<{ passes: number; seconds: number }> {
  await pass(); // warm-up (JIT, wasm compilation)
  const start = performance.now();
  let passes = 0;
  while (performance.now() - start < seconds * 1000) {
    await pass();
    passes++;
  }
  return { passes, seconds: (performance.now() - start) / 1000 };
}

export async function main(secondsPerSide = 3, log: (s: string) => void = console.log): Promise<WitBenchResult> {
  // jco's embed needs a world: both sides get the packages that have one, jco their first world.
  const corpus: { path: string; world: string }[] = [];
  for (const e of builtinCorpus()) {
    const m = parseWitPath(e.path).model;
    const w = m?.packages[m.root]?.worlds[0];
    if (m && w) corpus.push({ path: e.path, world: escape(m.worlds[w]!.name) });
  }
  const filesPerPass = corpus.reduce((n, e) => n + countWit(e.path), 0);

  const ours = await timeLoop(secondsPerSide, () => {
    for (const e of corpus) parseWitPath(e.path);
  });

  const { componentEmbed } = await import('@bytecodealliance/jco');
  const jco = await timeLoop(secondsPerSide, async () => {
    for (const e of corpus) await componentEmbed({ witPath: e.path, dummy: true, world: e.world });
  });

  const rate = (r: { passes: number; seconds: number }) => (r.passes * filesPerPass) / r.seconds;
  const result: WitBenchResult = {
    packages: corpus.length,
    filesPerPass,
    ours: { ...ours, filesPerSecond: rate(ours) },
    jco: { ...jco, filesPerSecond: rate(jco) },
    ratio: rate(ours) / rate(jco),
  };
  log(`wit front end: ${result.packages} WASI packages with worlds, ${filesPerPass} .wit files per pass (deps included)`);
  log(`  ours (parse + resolve):        ${result.ours.filesPerSecond.toFixed(0)} files/s (${ours.passes} passes)`);
  log(`  jco componentEmbed (same run): ${result.jco.filesPerSecond.toFixed(0)} files/s (${jco.passes} passes)`);
  log(`  ratio ours/jco: ${result.ratio.toFixed(2)}x`);
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await main(Number(process.argv[2] ?? 3));
}
