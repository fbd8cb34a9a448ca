// Benchmarks print ratios against a baseline measured in the same run; they never assert.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export interface Timing {
  name: string;
  /** Median milliseconds per iteration. */
  median: number;
  runs: number;
}

/** Median wall time of `fn` over `runs` runs after `warmup` runs. */
export async function time(name: string, fn: () => unknown, runs = 20, warmup = 3): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { name, median: samples[Math.floor(samples.length / 2)]!, runs };
}

/** Median wall time of a whole process, start-up included. */
export function timeProcess(name: string, argv: string[], runs = 7): Timing {
  const samples: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const t0 = performance.now();
    const r = spawnSync(argv[0]!, argv.slice(1), { encoding: 'utf8' });
    const ms = performance.now() - t0;
    if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
    if (i > 0) samples.push(ms); // the first run warms the file cache
  }
  samples.sort((a, b) => a - b);
  return { name, median: samples[Math.floor(samples.length / 2)]!, runs };
}

export function report(title: string, rows: Timing[], baseline: Timing, note = ''): void {
  console.log(`\n## ${title}`);
  for (const r of [baseline, ...rows]) {
    const ratio = r === baseline ? 'baseline' : `${(r.median / baseline.median).toFixed(2)}x baseline`;
    console.log(`  ${r.name.padEnd(58)} ${r.median.toFixed(2).padStart(9)} ms  ${ratio}`);
  }
  if (note) console.log(`  ${note}`);
}
