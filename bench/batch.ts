/**
 * The batch review (issue 15 item 3): `capaian check DIR` on 30 and 300 sample-sized workbooks
 * (copies of the three samples) against the floor — the same workbooks through `capaian check
 * FILE` one after another in this process. Both run through `run()` (src/cli/main.ts), so the
 * batch pays for its worker threads' start-up. Wall time is the figure (the batch's gain is
 * parallel); CPU time (`process.cpuUsage()`, every thread of the process) is printed beside it.
 * Peak memory: the batch and one single `check`, each in its own process (bench/peak-rss.cjs).
 *
 * Target: the batch no slower than the floor (ratio ≤ 1; ≈ 1 / cores on an idle machine), and
 * thirty workbooks in a few seconds (≤ 5 s).
 */
import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { run } from '../src/cli/main';
import { collectGarbage, now } from './timing';

const ROOT = path.join(__dirname, '..');
const SAMPLES = ['ambulu-2024.xlsx', 'gumukmas-2025.xlsx', 'semboro-2025.xlsx'].map((s) =>
  path.join(ROOT, 'assets', s),
);
const PEAK = path.join(__dirname, 'peak-rss.cjs');
const BIN = path.join(ROOT, 'bin', 'capaian.js');

export const BATCH_TARGET_RATIO = 1;
export const BATCH_30_TARGET_MS = 5000;

export interface BatchRow {
  workbooks: number;
  /** `capaian check DIR` (worker threads), wall and CPU ms. */
  batchMs: number;
  batchCpuMs: number;
  /** `capaian check FILE` for each, one after another in this process. */
  floorMs: number;
  floorCpuMs: number;
  ratio: number;
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

/** Peak RSS (MB) of `capaian ARGS` in its own process; worker threads count (one process). */
function peakOf(args: string[], command: string[]): number | null {
  const r = spawnSync(process.execPath, [...command, ...args], {
    env: { ...process.env, CAPAIAN_WORKER: '1', NODE_OPTIONS: `--require ${PEAK}` },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const kb = [...(r.stderr ?? '').matchAll(/CAPAIAN_PEAK_RSS_KB (\d+)/g)].map((m) => Number(m[1]));
  return kb.length ? Math.round(Math.max(...kb) / 1024) : null;
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
  // Warm-up: each sample once through the single check, and one small batch.
  for (const s of SAMPLES) await run(['check', s], quiet);
  const warm = await copies(path.join(outDir, 'batch-warm'), 4);
  await run(['check', path.dirname(warm[0])], quiet);
  const rows: BatchRow[] = [];
  for (const n of sizes) {
    const dir = path.join(outDir, `batch-${n}`);
    const files = await copies(dir, n);
    const floor = await timed(async () => {
      let worst = 0;
      for (const f of files) worst = Math.max(worst, await run(['check', f], quiet));
      return worst;
    });
    const batch = await timed(() => run(['check', dir], quiet));
    rows.push({
      workbooks: n,
      batchMs: batch.ms,
      batchCpuMs: batch.cpuMs,
      floorMs: floor.ms,
      floorCpuMs: floor.cpuMs,
      ratio: batch.ms / floor.ms,
      threads: Math.min(os.availableParallelism(), n),
      exit: batch.exit,
      peakMb: peakOf(['check', dir], command),
    });
  }
  return { rows, singlePeakMb: peakOf(['check', SAMPLES[2]], command) };
}

const ms = (x: number) => `${(x / 1000).toFixed(2)} s`;

/** The printed rows: measure, floor, ratio, target, within / NOT within. */
export function batchReport(b: BatchBench): string {
  const lines = b.rows.map((r) => {
    const within =
      r.ratio <= BATCH_TARGET_RATIO && (r.workbooks !== 30 || r.batchMs <= BATCH_30_TARGET_MS);
    return (
      `  ${String(r.workbooks).padStart(3)} workbooks: batch ${ms(r.batchMs)} (CPU ${ms(r.batchCpuMs)}, ${r.threads} threads, exit ${r.exit})` +
      ` · floor ${ms(r.floorMs)} (CPU ${ms(r.floorCpuMs)}) · ratio ${r.ratio.toFixed(2)}×` +
      ` · target ≤ ${BATCH_TARGET_RATIO}×${r.workbooks === 30 ? ` and ≤ ${ms(BATCH_30_TARGET_MS)}` : ''}: ${within ? 'within' : 'NOT within'}` +
      ` · peak ${r.peakMb ?? '—'} MB`
    );
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
