/**
 * Timing helpers for the benchmark: a monotonic clock, forced garbage collection between runs
 * (so one run's garbage is not charged to the next) and the median of several runs.
 */
import { performance } from 'perf_hooks';
import v8 from 'v8';
import vm from 'vm';

v8.setFlagsFromString('--expose-gc');
const gcFn = vm.runInNewContext('gc') as (() => void) | undefined;

/** Collect garbage now, when the runtime lets us. */
export function collectGarbage(): void {
  if (typeof gcFn === 'function') gcFn();
}

export function now(): number {
  return performance.now();
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export interface Measured<T> {
  /** Median of the measured runs (ms). */
  median: number;
  /** Every measured run (ms), warm-up excluded. */
  runs: number[];
  /** Result of the last run. */
  last: T;
}

/**
 * Run `fn` `warmups` times, then `runs` times; report the median time in ms on `opts.clock`
 * (the wall clock unless told: `cpuNow` for CPU time).
 */
export async function measure<T>(
  fn: () => T | Promise<T>,
  runs: number,
  warmups = 1,
  opts: { gc?: boolean; clock?: () => number } = {},
): Promise<Measured<T>> {
  const clock = opts.clock ?? now;
  // A full collection costs hundreds of ms with a large heap: skip it for code that allocates
  // next to nothing (the baseline loop).
  const gc = opts.gc ?? true;
  // Only the last run's result is kept, and only after it ends: a command computes once, and a
  // result kept alive would make every collection of the next run mark it again.
  for (let i = 0; i < warmups; i++) {
    if (gc) collectGarbage();
    await fn();
  }
  const times: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < runs; i++) {
    if (gc) collectGarbage();
    const t0 = clock();
    const result = await fn();
    times.push(clock() - t0);
    if (i === runs - 1) last = result;
  }
  return { median: median(times), runs: times, last: last as T };
}

/** CPU time of this process so far (user + system, every thread), in ms: steadier than the wall
 * clock on a machine other work shares. */
export function cpuNow(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}
