/**
 * The worker threads of a batch review: each checks one workbook at a time
 * (./batch-worker.ts) and takes the next file when it answers. A worker that stops — a crash,
 * V8 out of memory — costs only the file it was checking: that file gets a result saying why,
 * and a new worker takes over the files still waiting.
 */
import { Worker } from 'worker_threads';
import type { BatchJob } from './batch-worker';

export interface PoolOptions<R> {
  /** The worker's script (runtime.ts `batchWorkerScript()`). */
  script: string;
  /** How many workers at most. */
  size: number;
  /** The result of a file whose worker stopped before answering. */
  failed: (file: string, why: string) => R;
  /** Called as each file is handed to a worker (progress). */
  onStart?: (index: number, file: string) => void;
}

/** Why a worker stopped, in Indonesian. */
function stopReason(e: Error | null, code: number): string {
  const c = (e as NodeJS.ErrnoException | null)?.code;
  if (c === 'ERR_WORKER_OUT_OF_MEMORY') return 'memori tidak cukup';
  return e ? e.message : `berhenti dengan kode ${code}`;
}

/** Check every file on at most `size` workers; results in the order of `files`. */
export function runPool<R>(files: string[], opts: PoolOptions<R>): Promise<R[]> {
  const results: R[] = new Array<R>(files.length);
  if (files.length === 0) return Promise.resolve(results);
  return new Promise((resolve) => {
    let next = 0;
    let done = 0;
    const finish = (id: number, r: R) => {
      results[id] = r;
      if (++done === files.length) resolve(results);
    };
    const spawn = () => {
      if (next >= files.length) return;
      const w = new Worker(opts.script);
      let current: number | null = null;
      let error: Error | null = null;
      const give = () => {
        if (next >= files.length) {
          current = null;
          void w.terminate();
          return;
        }
        current = next++;
        opts.onStart?.(current, files[current]);
        w.postMessage({ id: current, file: files[current] } satisfies BatchJob);
      };
      w.on('message', (m: { id: number; result: R }) => {
        current = null;
        finish(m.id, m.result);
        give();
      });
      w.on('error', (e) => (error = e));
      w.on('exit', (code) => {
        if (current === null) return;
        const id = current;
        current = null;
        finish(id, opts.failed(files[id], stopReason(error, code)));
        spawn();
      });
      give();
    };
    for (let i = 0; i < Math.min(opts.size, files.length); i++) spawn();
  });
}
