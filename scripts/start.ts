/**
 * `npm start`: sideload the development manifest into Excel desktop with office-addin-debugging
 * (called through `npx`, kept out of the lockfile: its native `keytar` build needs libsecret).
 * When that tool cannot be installed or started, say why and what works instead, rather than
 * exiting silently. `npm stop` undoes the sideload.
 */
import { spawnSync } from 'child_process';

const stop = process.argv.includes('--stop');
const args = stop
  ? ['--yes', 'office-addin-debugging', 'stop', 'manifest.dev.xml']
  : [
      '--yes',
      'office-addin-debugging',
      'start',
      'manifest.dev.xml',
      'desktop',
      '--dev-server',
      'npm run dev-server',
      '--dev-server-port',
      '3000',
    ];
const run = spawnSync('npx', args, { stdio: 'inherit', shell: process.platform === 'win32' });
if (run.status !== 0) {
  const why = run.error
    ? `npx could not be started (${run.error.message}).`
    : `office-addin-debugging exited with code ${run.status ?? run.signal}.`;
  console.error(
    [
      '',
      `npm ${stop ? 'stop' : 'start'} did not complete: ${why}`,
      'office-addin-debugging is fetched by npx on first use and needs the npm registry. It builds',
      'a native module (keytar); on Linux that needs `libsecret-1-dev`, and sideloading into Excel',
      'desktop works only on Windows and macOS with Excel installed.',
      'Instead: `npm run preview` serves the same task pane over the in-memory Excel at',
      'http://localhost:3000/preview.html, and README "The add-in in Excel" describes sideloading',
      'manifest.dev.xml by hand (Excel on the web: Insert › Add-ins › Upload My Add-in).',
    ].join('\n'),
  );
  process.exit(run.status || 1);
}
