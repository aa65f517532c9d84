/**
 * A batch review's worker thread (src/cli/batch-pool.ts): checks one workbook per message and
 * posts back its result. Static imports only (see ./batch-check).
 */
import { parentPort } from 'worker_threads';
import { checkFile } from './batch-check';

/** A job: the file to check, and its place in the batch. */
export interface BatchJob {
  id: number;
  file: string;
}

const port = parentPort;
if (port) {
  port.on('message', (job: BatchJob) => {
    void checkFile(job.file).then((result) => port.postMessage({ id: job.id, result }));
  });
}
