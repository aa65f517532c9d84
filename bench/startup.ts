/**
 * Start-up of the compiled command (issue 15): `capaian --help` through bin/capaian.js against
 * the floor `node -e 0`, in CPU time of the child processes (user + system), summed over many
 * starts. On Linux the children's CPU time is read from /proc/self/stat (cutime, cstime); where
 * that is missing, wall time is used and said.
 */
import { existsSync } from 'fs';
import path from 'path';
import { spawned } from './spawn';

export const STARTUP_TARGET_RATIO = 3;
const root = path.resolve(__dirname, '..');

/** Per start: CPU time where it can be read, else wall time; a failing start stops the bench. */
function cost(args: string[], starts: number): { ms: number; cpu: boolean } {
  let cpuMs: number | null = 0;
  let wallMs = 0;
  for (let i = 0; i < starts; i++) {
    const r = spawned(args, root);
    if (r.exit !== 0) throw new Error(`${args.join(' ')} keluar dengan kode ${r.exit}`);
    wallMs += r.wallMs;
    cpuMs = cpuMs === null || r.cpuMs === null ? null : cpuMs + r.cpuMs;
  }
  return cpuMs === null ? { ms: wallMs / starts, cpu: false } : { ms: cpuMs / starts, cpu: true };
}

export interface StartupResult {
  floorMs: number;
  helpMs: number;
  bundleHelpMs: number;
  ratio: number;
  cpu: boolean;
  starts: number;
}

/** `node bin/capaian.js --help` and `node build/cli/capaian.mjs --help` against `node -e 0`. */
export function benchStartup(starts = 30): StartupResult {
  const bin = path.join(root, 'bin', 'capaian.js');
  const bundle = path.join(root, 'build', 'cli', 'capaian.mjs');
  if (!existsSync(bundle))
    throw new Error('build/cli/capaian.mjs tidak ada: jalankan npm run build:cli');
  cost([bin, '--help'], 3); // warm the file cache
  const floor = cost(['-e', '0'], starts);
  const help = cost([bin, '--help'], starts);
  const direct = cost([bundle, '--help'], starts);
  return {
    floorMs: floor.ms,
    helpMs: help.ms,
    bundleHelpMs: direct.ms,
    ratio: help.ms / floor.ms,
    cpu: floor.cpu && help.cpu,
    starts,
  };
}

if (require.main === module) {
  const r = benchStartup();
  console.log(
    `capaian --help: ${r.helpMs.toFixed(1)} ms ${r.cpu ? 'CPU' : 'wall'} per start (build/cli/capaian.mjs directly ${r.bundleHelpMs.toFixed(1)} ms) vs node -e 0 ${r.floorMs.toFixed(1)} ms: ${r.ratio.toFixed(2)}× (target ≤ ${STARTUP_TARGET_RATIO}×)`,
  );
}
