/**
 * `capaian check FILE… DIR…`: the review of several workbooks (WORKBOOK.md "Several
 * workbooks"). The workbooks are checked in parallel on worker threads (./batch-pool), one
 * alone in this thread; then one summary row per reported PK (./batch-summary), or with
 * `--json` the array of the single-file objects, and with `--rekap` the rekap workbook
 * (./batch-rekap). A file that cannot be read is one row with its message; the exit code is the
 * worst of the files'.
 *
 * Threads: one per core (`os.availableParallelism()`), at most one per file; the environment
 * variable CAPAIAN_THREADS sets a lower number, 0 checks every file in this thread.
 */
import os from 'os';
import type { Args } from './args';
import { checkFile, unreadable, type FileResult } from './batch-check';
import { expandPaths, type BatchEntry } from './batch-files';
import { runPool } from './batch-pool';
import { rekapBytes } from './batch-rekap';
import { batchText } from './batch-summary';
import type { CliIO } from './main';
import { batchWorkerScript } from './runtime';
import { writeFileAtomic } from '../hosts/xlsx';
import path from 'path';

/** How many worker threads for `files` workbooks; 0: check them in this thread. */
export function threadCount(files: number, env: NodeJS.ProcessEnv = process.env): number {
  if (files <= 1) return 0;
  const asked = env.CAPAIAN_THREADS === undefined ? NaN : Number(env.CAPAIAN_THREADS);
  const cores = os.availableParallelism();
  const limit = Number.isInteger(asked) && asked >= 0 ? Math.min(asked, cores) : cores;
  return Math.min(limit, files);
}

const progressLine = (i: number, n: number, file: string) =>
  `Memeriksa ${i + 1}/${n}: ${path.basename(file)}`;

/** Check every workbook named; results in the order of `files`. */
async function checkAll(files: string[], io: CliIO): Promise<FileResult[]> {
  const show = io.progress;
  const threads = threadCount(files.length);
  if (threads === 0) {
    const out: FileResult[] = [];
    for (let i = 0; i < files.length; i++) {
      show?.(progressLine(i, files.length, files[i]));
      out.push(await checkFile(files[i]));
    }
    return out;
  }
  return runPool(files, {
    script: batchWorkerScript(),
    size: threads,
    failed: (file, why) =>
      unreadable(
        file,
        `Pemeriksaan ${file} berhenti tak terduga (${why}); berkas lain tetap diperiksa.`,
      ),
    onStart: show ? (i, file) => show(progressLine(i, files.length, file)) : undefined,
  });
}

/** The results of every entry: the workbooks checked, a folder without any as its own row. */
async function resultsOf(entries: BatchEntry[], io: CliIO): Promise<FileResult[]> {
  const files = entries.filter((e) => e.reason === undefined).map((e) => e.file);
  const checked = await checkAll(files, io);
  io.progress?.('');
  const byFile = new Map(files.map((f, i) => [f, checked[i]]));
  return entries.map((e) =>
    e.reason !== undefined ? unreadable(e.file, e.reason) : byFile.get(e.file)!,
  );
}

export async function runBatch(args: Args, io: CliIO): Promise<number> {
  const entries = await expandPaths(args.files, args.rekap);
  const results = await resultsOf(entries, io);
  if (args.json)
    io.out(
      JSON.stringify(
        results.map((r) => r.json ?? { file: r.file, error: r.reason }),
        null,
        2,
      ),
    );
  else io.out(batchText(results));
  let exit = Math.max(0, ...results.map((r) => r.exit));
  if (args.rekap) {
    const said = args.json ? io.err : io.out;
    try {
      await writeFileAtomic(args.rekap, await rekapBytes(results, args.rekap));
      said(`${args.json ? '' : '\n'}Rekap ditulis: ${args.rekap}`);
    } catch (e) {
      io.err(`Tidak dapat menulis ${args.rekap}: ${(e as Error).message}`);
      exit = 2;
    }
  }
  return exit;
}
