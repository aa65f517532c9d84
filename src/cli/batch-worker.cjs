// A batch worker thread run from the TypeScript sources (tests, `npm run capaian`): register tsx,
// then load the worker. The compiled command runs build/cli/batch-worker.mjs instead.
require('tsx/cjs/api').register();
require('./batch-worker.ts');
