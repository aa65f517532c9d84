/**
 * The batch review (issue 15 item 3): `capaian check DIR` on 30 and 300 sample-sized workbooks
 * (copies of the three samples), as a reviewer runs it — the compiled command in its own
 * process, start-up and worker threads included — against the issue's floor, the same number of
 * single runs: `capaian check FILE` as a command for each file, one after another. Beside it,
 * the same checks one after another inside one warm process (no start-up paid). Wall time is
 * the figure (the batch's gain is parallel); CPU time is printed beside it. Peak memory: the
 * batch and one single `check`, each in its own process (bench/peak-rss.cjs).
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { run } from '../src/cli/main';
import { peakOf, spawned } from './spawn';
import { collectGarbage, now } from './timing';

const ROOT = path.join(__dirname, '..');
const SAMPLES = ['ambulu-2024.xlsx', 'gumukmas-2025.xlsx', 'semboro-2025.xlsx'].map((s) =>
  path.join(ROOT, 'assets', s),
);
const BIN = path.join(ROOT, 'bin', 'capaian.js');

/** The batch against the same workbooks checked by one command each: faster. */
export const BATCH_TARGET_RATIO = 1;
/** "Thirty sample-sized workbooks finish in a few seconds." */
export const BATCH_30_TARGET_MS = 5000;

export interface BatchRow {
  workbooks: number;
  /**
   * `capaian check DIR`, the compiled command in its own process (worker threads), start-up
   * included: wall and CPU ms (CPU null off Linux).
   */
  batchMs: number;
  batchCpuMs: number | null;
  /** The floor: `capaian check FILE` run as a command for each file, one after another. */
  singleRunsMs: number;
  /** batchMs / singleRunsMs. */
  ratio: number;
  /** For comparison: the same checks one after another inside this process (warm, no starts). */
  inProcessMs: number;
  inProcessCpuMs: number;
  threads: number;
  exit: number;
  /** Peak resident memory of the batch in its own process (MB); null if not measured. */
  peakMb: number | null;
}

export interface BatchBench {
  rows: BatchRow[];
  /** Peak memory of one single `check` of a sample in its own process (MB). */
  singlePeakMb: number | null;
}

const quiet = { out: () => undefined, err: () => undefined };

/** `n` copies of the samples, in turn, in their own folder (reused when already there). */
async function copies(dir: string, n: number): Promise<string[]> {
  await fs.mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < n; i++) {
    const src = SAMPLES[i % SAMPLES.length];
    const file = path.join(dir, `${String(i + 1).padStart(3, '0')}-${path.basename(src)}`);
    try {
      await fs.stat(file);
    } catch {
      await fs.copyFile(src, file);
    }
    files.push(file);
  }
  return files;
}

async function timed(
  fn: () => Promise<number>,
): Promise<{ ms: number; cpuMs: number; exit: number }> {
  collectGarbage();
  const c0 = process.cpuUsage();
  const t0 = now();
  const exit = await fn();
  const ms = now() - t0;
  const c = process.cpuUsage(c0);
  return { ms, cpuMs: (c.user + c.system) / 1000, exit };
}

/**
 * Time the batch against the floor for each size. `command` runs the command in its own process
 * for the peak memory (default: bin/capaian.js, the compiled command).
 */
export async function benchBatch(
  outDir: string,
  opts: { sizes?: number[]; command?: string[] } = {},
): Promise<BatchBench> {
  const sizes = opts.sizes ?? [30, 300];
  const command = opts.command ?? [BIN];
  // Warm-up of the in-process comparison: each sample once through the single check.
  for (const s of SAMPLES) await run(['check', s], quiet);
  const rows: BatchRow[] = [];
  for (const n of sizes) {
    const dir = path.join(outDir, `batch-${n}`);
    const files = await copies(dir, n);
    const inProcess = await timed(async () => {
      let worst = 0;
      for (const f of files) worst = Math.max(worst, await run(['check', f], quiet));
      return worst;
    });
    const batch = spawned([...command, 'check', dir]);
    let singleRunsMs = 0;
    for (const f of files) singleRunsMs += spawned([...command, 'check', f]).wallMs;
    rows.push({
      workbooks: n,
      batchMs: batch.wallMs,
      batchCpuMs: batch.cpuMs,
      singleRunsMs,
      ratio: batch.wallMs / singleRunsMs,
      inProcessMs: inProcess.ms,
      inProcessCpuMs: inProcess.cpuMs,
      threads: Math.min(os.availableParallelism(), n),
      exit: batch.exit ?? 2,
      peakMb: peakOf([...command, 'check', dir]).peakMb,
    });
  }
  return { rows, singlePeakMb: peakOf([...command, 'check', SAMPLES[2]]).peakMb };
}

const ms = (x: number) => `${(x / 1000).toFixed(2)} s`;

/** The printed rows: measure, floor, ratio, target, within / NOT within. */
export function batchReport(b: BatchBench): string {
  const lines = b.rows.map((r) => {
    const fast = r.workbooks !== 30 || r.batchMs <= BATCH_30_TARGET_MS;
    const within = r.ratio <= BATCH_TARGET_RATIO && fast;
    return [
      `  ${String(r.workbooks).padStart(3)} workbooks: capaian check DIR ${ms(r.batchMs)} (CPU ${r.batchCpuMs === null ? '—' : ms(r.batchCpuMs)}, ${r.threads} threads, exit ${r.exit}, peak ${r.peakMb ?? '—'} MB)`,
      `      floor: capaian check FILE ×${r.workbooks} ${ms(r.singleRunsMs)} · ratio ${r.ratio.toFixed(2)}× · target ≤ ${BATCH_TARGET_RATIO}×${r.workbooks === 30 ? ` and ≤ ${ms(BATCH_30_TARGET_MS)}` : ''}: ${within ? 'within' : 'NOT within'}`,
      `      beside it: the same checks one after another inside one warm process ${ms(r.inProcessMs)} (CPU ${ms(r.inProcessCpuMs)}), ${(r.batchMs / r.inProcessMs).toFixed(2)}× of it`,
    ].join('\n');
  });
  lines.push(`  one single check (Semboro) in its own process: peak ${b.singlePeakMb ?? '—'} MB`);
  return lines.join('\n');
}

if (require.main === module) {
  const out = path.join(__dirname, 'out');
  const sizes = process.argv.includes('--small') ? [30] : [30, 300];
  benchBatch(out, { sizes })
    .then((b) => console.log(`Batch review (capaian check DIR)\n${batchReport(b)}`))
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}
