/**
 * `capaian check FILE… DIR…`: the review of several workbooks (WORKBOOK.md "Several
 * workbooks"). The workbooks are checked in parallel on worker threads (./batch-pool), one
 * alone in this thread; then one summary row per reported PK (./batch-summary), or with
 * `--json` the array of the single-file objects, and with `--rekap` the rekap workbook
 * (./batch-rekap). A file that cannot be read is one row with its message; the exit code is the
 * worst of the files'.
 *
 * Threads: one per core in all (`os.availableParallelism()`), at most one per file; this thread
 * checks the small workbooks too. The environment variable CAPAIAN_THREADS sets fewer worker
 * threads; 0 checks every file in this thread.
 */
import { promises as fs } from 'fs';
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

/**
 * How many worker threads for `files` workbooks, beside this thread which checks too: one thread
 * per core in all, at most one per file; CAPAIAN_THREADS sets fewer workers (0: none).
 */
export function workerCount(files: number, env: NodeJS.ProcessEnv = process.env): number {
  if (files <= 1) return 0;
  const asked = env.CAPAIAN_THREADS === undefined ? NaN : Number(env.CAPAIAN_THREADS);
  const workers = Math.min(os.availableParallelism(), files) - 1;
  return Number.isInteger(asked) && asked >= 0 ? Math.min(asked, workers) : workers;
}

/**
 * This thread checks only workbooks up to this size while workers run: a huge one could take
 * the whole run down with it here, in a worker only its own row.
 */
export const LOCAL_MAX_BYTES = 1024 * 1024;

/** Which files this thread may check (unknown size: a missing file, checked anywhere). */
async function smallFiles(files: string[]): Promise<boolean[]> {
  return Promise.all(
    files.map((f) =>
      fs.stat(f).then(
        (st) => st.size <= LOCAL_MAX_BYTES,
        () => true,
      ),
    ),
  );
}

const progressLine = (i: number, n: number, file: string) =>
  `Memeriksa ${i + 1}/${n}: ${path.basename(file)}`;

/** Check every workbook named; results in the order of `files`. */
async function checkAll(files: string[], io: CliIO, json: boolean): Promise<FileResult[]> {
  const show = io.progress;
  const workers = workerCount(files.length);
  const small = workers > 0 ? await smallFiles(files) : null;
  return runPool(files, {
    script: batchWorkerScript(),
    workers,
    failed: (file, why) =>
      unreadable(
        file,
        `Pemeriksaan ${file} berhenti tak terduga (${why}); berkas lain tetap diperiksa.`,
      ),
    onStart: show ? (i, file) => show(progressLine(i, files.length, file)) : undefined,
    json,
    local: { check: (f) => checkFile(f, json), accepts: (i) => small === null || small[i] },
  });
}

/** The results of every entry: the workbooks checked, a folder without any as its own row. */
async function resultsOf(entries: BatchEntry[], io: CliIO, json: boolean): Promise<FileResult[]> {
  const files = entries.filter((e) => e.reason === undefined).map((e) => e.file);
  const checked = await checkAll(files, io, json);
  io.progress?.('');
  const byFile = new Map(files.map((f, i) => [f, checked[i]]));
  return entries.map((e) =>
    e.reason !== undefined ? unreadable(e.file, e.reason) : byFile.get(e.file)!,
  );
}

export async function runBatch(args: Args, io: CliIO): Promise<number> {
  const entries = await expandPaths(args.files, args.rekap);
  const results = await resultsOf(entries, io, args.json);
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
