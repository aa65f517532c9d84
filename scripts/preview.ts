/**
 * `npm run preview`: build the add-in (webpack, production unless `--dev`) and serve dist/ on
 * http://localhost:3000 — the task pane beside a grid view of a sample workbook, over the
 * in-memory Excel, in any browser. `--no-build` serves the existing dist/, `--port N` another port.
 */
import { execFileSync } from 'child_process';
import { existsSync } from 'fs';
import path from 'path';
import { startStaticServer } from './static-server';

const root = path.join(__dirname, '..');
export const DIST = path.join(root, 'dist');

/** Run webpack (the local one) in `mode`; throws when the build fails. */
export function buildDist(mode: 'production' | 'development' = 'production'): void {
  execFileSync(
    process.execPath,
    [path.join(root, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', mode],
    { cwd: root, stdio: 'inherit' },
  );
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
  console.log(`\nPratinjau Capaian Kinerja: ${server.url}/preview.html`);
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
