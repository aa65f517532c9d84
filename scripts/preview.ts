/**
 * `npm run preview`: build the add-in (webpack, production unless `--dev`) and serve dist/ on
 * http://localhost:3000 — the browser page (preview.html): open a workbook from disk or a bundled
 * sample, the task pane works on it over the in-memory Excel beside a grid view, and the result
 * downloads as .xlsx. `--no-build` serves the existing dist/, `--port N` another port.
 */
import { execFileSync } from 'child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'fs';
import path from 'path';
import { startStaticServer } from './static-server';

const root = path.join(__dirname, '..');
export const DIST = path.join(root, 'dist');
/** Written by `ensureDist` after a build it made, dated when that build started. */
const STAMP = path.join(root, 'node_modules', '.cache', 'capaian-dist-built');
const LOCK = path.join(root, 'node_modules', '.cache', 'capaian-dist-lock');

/** Run webpack (the local one) in `mode`; throws when the build fails. */
export function buildDist(mode: 'production' | 'development' = 'production'): void {
  execFileSync(
    process.execPath,
    [path.join(root, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', mode],
    { cwd: root, stdio: 'inherit' },
  );
}

function newest(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(p).map((f) => newest(path.join(p, f))));
}

/** The files dist/ is built from. */
function sourcesTime(): number {
  return Math.max(
    newest(path.join(root, 'src')),
    newest(path.join(root, 'assets')),
    newest(path.join(root, 'webpack.config.js')),
    newest(path.join(root, 'scripts', 'preview-samples.ts')),
  );
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Build dist/ (production) unless a build made here is newer than every source. For the browser
 * tests and the benchmark: one process builds at a time (a lock directory), the others wait and
 * then find dist/ fresh.
 */
export function ensureDist(): void {
  const fresh = () =>
    existsSync(STAMP) &&
    existsSync(path.join(DIST, 'preview.html')) &&
    existsSync(path.join(DIST, 'taskpane.html')) &&
    statSync(STAMP).mtimeMs > sourcesTime();
  if (fresh()) return;
  mkdirSync(path.dirname(LOCK), { recursive: true });
  const deadline = Date.now() + 10 * 60 * 1000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // Another process is building; a lock older than 10 minutes is left over from a crash.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 10 * 60 * 1000)
        rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`Menunggu build terlalu lama (${LOCK}).`);
      sleep(1000);
    }
  }
  try {
    if (fresh()) return;
    const started = new Date();
    buildDist('production');
    writeFileSync(STAMP, `${started.toISOString()}\n`);
    utimesSync(STAMP, started, started);
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dev = args.includes('--dev');
  const portArg = args.indexOf('--port');
  const port = portArg >= 0 ? Number(args[portArg + 1]) : 3000;
  if (!args.includes('--no-build') || !existsSync(path.join(DIST, 'preview.html'))) {
    console.log(`Membangun add-in (${dev ? 'development' : 'production'}) …`);
    buildDist(dev ? 'development' : 'production');
  }
  let server;
  try {
    server = await startStaticServer(DIST, port);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw e;
    server = await startStaticServer(DIST, 0);
    console.log(`Port ${port} sedang dipakai; memakai port ${server.port}.`);
  }
  console.log(`\nHalaman Capaian Kinerja (tanpa add-in): ${server.url}/preview.html`);
  console.log('Semua data tetap di peramban ini. Tekan Ctrl+C untuk berhenti.');
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
}
