/**
 * Start-up of the compiled command (issue 15): `capaian --help` through bin/capaian.js against
 * the floor `node -e 0`, in CPU time of the child processes (user + system), summed over many
 * starts. On Linux the children's CPU time is read from /proc/self/stat (cutime, cstime); where
 * that is missing, wall time is used and said.
 */
import { spawnSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import path from 'path';
import { now } from './timing';

export const STARTUP_TARGET_RATIO = 3;
const root = path.resolve(__dirname, '..');

/** CPU time (ms) the finished children of this process have used, or null off Linux. */
export function childrenCpuMs(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name (which may hold spaces) in parentheses: cutime is field 16,
    // cstime 17; after ") " the first field is field 3.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(f[16 - 3]) + Number(f[17 - 3]);
    return Number.isFinite(ticks) ? (ticks * 1000) / 100 : null;
  } catch {
    return null;
  }
}

function cost(args: string[], starts: number): { ms: number; cpu: boolean } {
  const cpu0 = childrenCpuMs();
  const t0 = now();
  for (let i = 0; i < starts; i++) {
    const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`${args.join(' ')} keluar dengan kode ${r.status}`);
  }
  const cpu1 = childrenCpuMs();
  if (cpu0 !== null && cpu1 !== null) return { ms: (cpu1 - cpu0) / starts, cpu: true };
  return { ms: (now() - t0) / starts, cpu: false };
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
