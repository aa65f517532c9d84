/**
 * A batch review's worker thread (src/cli/batch-pool.ts): checks the workbooks it is sent one
 * at a time, in the order sent, and posts back each result. The pool keeps the next file
 * waiting here, so the worker never idles while the main thread is busy. Static imports only
 * (see ./batch-check).
 */
import { parentPort } from 'worker_threads';
import { checkFile } from './batch-check';

/** A job: the file to check, its place in the batch, and whether to keep its `--json` object. */
export interface BatchJob {
  id: number;
  file: string;
  json: boolean;
}

const port = parentPort;
const waiting: BatchJob[] = [];
let busy = false;

async function work(): Promise<void> {
  busy = true;
  for (let job = waiting.shift(); job; job = waiting.shift()) {
    const result = await checkFile(job.file, job.json);
    port!.postMessage({ id: job.id, result });
  }
  busy = false;
}

if (port) {
  port.on('message', (job: BatchJob) => {
    waiting.push(job);
    if (!busy) void work();
  });
}
