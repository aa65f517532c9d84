/**
 * The threads of a batch review. Worker threads (./batch-worker.ts) each check one workbook at
 * a time, with the next one already waiting in the worker (so it never idles while this thread
 * is busy), and take another file each time they answer. This thread can check too (`local`): it
 * starts at once while the workers are still loading exceljs, which is most of the time a
 * handful of small workbooks takes. It takes only the files it `accepts` (small ones): a crash
 * here would end the run, a crash in a worker — V8 out of memory on a huge workbook — costs only
 * the file it was checking, which gets a result saying why; the file waiting behind it goes
 * back to the queue, and a new worker takes over.
 */
import { Worker } from 'worker_threads';
import type { BatchJob } from './batch-worker';

export interface PoolOptions<R> {
  /** The worker's script (runtime.ts `batchWorkerScript()`). */
  script: string;
  /** How many worker threads to start. */
  workers: number;
  /** The result of a file whose worker stopped while checking it. */
  failed: (file: string, why: string) => R;
  /** Keep each workbook's `--json` object (BatchJob.json). */
  json?: boolean;
  /** Called as each file is handed to a thread (progress). */
  onStart?: (index: number, file: string) => void;
  /** This thread checks too: the files it accepts, with `check`. */
  local?: { check: (file: string) => Promise<R>; accepts: (index: number) => boolean };
}

/** Why a worker stopped, in Indonesian. */
function stopReason(e: Error | null, code: number): string {
  const c = (e as NodeJS.ErrnoException | null)?.code;
  if (c === 'ERR_WORKER_OUT_OF_MEMORY') return 'memori tidak cukup';
  return e ? e.message : `berhenti dengan kode ${code}`;
}

/** The files in order, each taken once: by any worker, or by this thread if it accepts it. */
class Queue {
  private readonly taken: boolean[];
  private next = 0;
  private nextLocal = 0;
  constructor(
    readonly size: number,
    private readonly accepts: (i: number) => boolean = () => true,
  ) {
    this.taken = new Array<boolean>(size).fill(false);
  }

  take(): number | null {
    while (this.next < this.size && this.taken[this.next]) this.next++;
    if (this.next >= this.size) return null;
    this.taken[this.next] = true;
    return this.next++;
  }

  /** Put a file back (its worker stopped before reaching it). */
  release(i: number): void {
    this.taken[i] = false;
    this.next = Math.min(this.next, i);
    this.nextLocal = Math.min(this.nextLocal, i);
  }

  takeLocal(): number | null {
    const skip = (i: number) => this.taken[i] || !this.accepts(i);
    while (this.nextLocal < this.size && skip(this.nextLocal)) this.nextLocal++;
    if (this.nextLocal >= this.size) return null;
    this.taken[this.nextLocal] = true;
    return this.nextLocal++;
  }
}

/** Check every file; results in the order of `files`. */
export function runPool<R>(files: string[], opts: PoolOptions<R>): Promise<R[]> {
  const results: R[] = new Array<R>(files.length);
  if (files.length === 0) return Promise.resolve(results);
  const queue = new Queue(files.length, opts.local?.accepts);
  return new Promise((resolve) => {
    let done = 0;
    const finish = (id: number, r: R) => {
      results[id] = r;
      if (++done === files.length) resolve(results);
    };
    const spawn = () => {
      const first = queue.take();
      if (first === null) return;
      const w = new Worker(opts.script);
      // The file being checked first, then the one waiting behind it.
      const inFlight: number[] = [];
      let error: Error | null = null;
      const give = (id: number | null) => {
        if (id === null) {
          if (inFlight.length === 0) void w.terminate();
          return;
        }
        inFlight.push(id);
        opts.onStart?.(id, files[id]);
        w.postMessage({ id, file: files[id], json: opts.json === true } satisfies BatchJob);
      };
      w.on('message', (m: { id: number; result: R }) => {
        inFlight.splice(inFlight.indexOf(m.id), 1);
        finish(m.id, m.result);
        give(queue.take());
      });
      w.on('error', (e) => (error = e));
      w.on('exit', (code) => {
        const [id, ...back] = inFlight.splice(0);
        if (id === undefined) return;
        for (const b of back) queue.release(b);
        finish(id, opts.failed(files[id], stopReason(error, code)));
        spawn();
      });
      give(first);
      give(queue.take());
    };
    for (let i = 0; i < opts.workers; i++) spawn();
    const local = opts.local;
    if (local)
      void (async () => {
        for (let i = queue.takeLocal(); i !== null; i = queue.takeLocal()) {
          opts.onStart?.(i, files[i]);
          finish(i, await local.check(files[i]));
        }
      })();
  });
}
