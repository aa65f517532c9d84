// A stand-in for the batch worker (src/cli/batch-worker.ts) in the pool test: it answers with
// the file's name, except for a file named "mati…", where the thread dies as a crash would.
const { parentPort } = require('worker_threads');

parentPort.on('message', (job) => {
  if (/mati/.test(job.file)) throw new Error(`worker mati pada ${job.file}`);
  parentPort.postMessage({ id: job.id, result: `ok ${job.file}` });
});
