/**
 * Where the command runs from: the compiled bundle (`build/cli/`, made by scripts/build-cli.mjs
 * with esbuild, which defines CAPAIAN_BUNDLED) or the TypeScript sources (tests, `npm run
 * capaian`). The batch review's worker threads need the matching script.
 */
import path from 'path';

declare const CAPAIAN_BUNDLED: boolean | undefined;

export function isBundled(): boolean {
  return typeof CAPAIAN_BUNDLED !== 'undefined' && CAPAIAN_BUNDLED === true;
}

/**
 * The script a batch worker thread runs, beside this module: `batch-worker.mjs` in the bundle
 * (whose banner defines `__dirname` as the bundle's folder), or from the sources a small
 * CommonJS shim that registers tsx and loads `batch-worker.ts`.
 */
export function batchWorkerScript(): string {
  return path.join(__dirname, isBundled() ? 'batch-worker.mjs' : 'batch-worker.cjs');
}
