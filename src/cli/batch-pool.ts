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

/** How many files a worker holds once it has answered: the one it checks, the next waiting. */
const DEPTH = 2;

/** One run of the pool: the queue, the results, and the threads that fill them. */
class Run<R> {
  private readonly results: R[];
  private readonly queue: Queue;
  private done = 0;

  constructor(
    private readonly files: string[],
    private readonly opts: PoolOptions<R>,
    private readonly resolve: (results: R[]) => void,
  ) {
    this.results = new Array<R>(files.length);
    this.queue = new Queue(files.length, opts.local?.accepts);
  }

  start(): void {
    // This thread first, so that it takes the first file while the workers load.
    if (this.opts.local) void this.checkHere(this.opts.local.check);
    for (let i = 0; i < this.opts.workers; i++) this.spawn();
  }

  private finish(id: number, r: R): void {
    this.results[id] = r;
    if (++this.done === this.files.length) this.resolve(this.results);
  }

  private async checkHere(check: (file: string) => Promise<R>): Promise<void> {
    for (let i = this.queue.takeLocal(); i !== null; i = this.queue.takeLocal()) {
      this.opts.onStart?.(i, this.files[i]);
      this.finish(i, await check(this.files[i]));
    }
  }

  /**
   * A worker with one file; once it answers, it holds DEPTH files. If it stops, the file it was
   * checking fails, the one waiting goes back to the queue and another worker takes over.
   */
  private spawn(): void {
    const first = this.queue.take();
    if (first === null) return;
    const w = new Worker(this.opts.script);
    const inFlight: number[] = [];
    let error: Error | null = null;
    const give = (id: number) => {
      inFlight.push(id);
      this.opts.onStart?.(id, this.files[id]);
      w.postMessage({ id, file: this.files[id], json: this.opts.json === true } satisfies BatchJob);
    };
    w.on('message', (m: { id: number; result: R }) => {
      inFlight.splice(inFlight.indexOf(m.id), 1);
      this.finish(m.id, m.result);
      for (let id = this.queue.take(); id !== null; id = this.queue.take()) {
        give(id);
        if (inFlight.length >= DEPTH) break;
      }
      if (inFlight.length === 0) void w.terminate();
    });
    w.on('error', (e) => (error = e));
    w.on('exit', (code) => {
      const [id, ...back] = inFlight.splice(0);
      if (id === undefined) return;
      for (const b of back) this.queue.release(b);
      this.finish(id, this.opts.failed(this.files[id], stopReason(error, code)));
      this.spawn();
    });
    give(first);
  }
}

/** Check every file; results in the order of `files`. */
export function runPool<R>(files: string[], opts: PoolOptions<R>): Promise<R[]> {
  if (files.length === 0) return Promise.resolve([]);
  return new Promise((resolve) => new Run(files, opts, resolve).start());
}
