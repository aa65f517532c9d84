/**
 * Where the command runs from: the compiled bundle (`build/cli/`, made by scripts/build-cli.ts
 * with esbuild, which defines CAPAIAN_BUNDLED) or the TypeScript sources (tests, `npm run
 * capaian`). The batch review's worker threads need the matching script.
 */
import path from 'path';

declare const CAPAIAN_BUNDLED: boolean | undefined;

export function isBundled(): boolean {
  return typeof CAPAIAN_BUNDLED !== 'undefined' && CAPAIAN_BUNDLED === true;
}

/**
 * The script a batch worker thread runs: `batch-worker.mjs` beside the bundle, or from the
 * sources a small CommonJS shim that registers tsx and loads `batch-worker.ts`.
 */
export function batchWorkerScript(): string {
  return isBundled()
    ? path.join(bundleDir(), 'batch-worker.mjs')
    : path.join(__dirname, 'batch-worker.cjs');
}

/** The bundle's folder; the bundle's banner sets `globalThis.CAPAIAN_BUNDLE_DIR`. */
function bundleDir(): string {
  return (globalThis as { CAPAIAN_BUNDLE_DIR?: string }).CAPAIAN_BUNDLE_DIR ?? __dirname;
}
