/**
 * A command in its own process, as the benchmark measures it: its wall time, the CPU time it
 * used (user + system; on Linux from /proc/self/stat's cutime and cstime, which count finished
 * children; null elsewhere), its exit code, and its peak memory (bench/peak-rss.cjs).
 */
import { spawnSync } from 'child_process';
import { readFileSync } from 'fs';
import path from 'path';
import { now } from './timing';

const PEAK = path.join(__dirname, 'peak-rss.cjs');

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

export interface Spawned {
  wallMs: number;
  cpuMs: number | null;
  exit: number | null;
}

/** `node ARGV…` once, output ignored. */
export function spawned(argv: string[], cwd?: string): Spawned {
  const cpu0 = childrenCpuMs();
  const t0 = now();
  const r = spawnSync(process.execPath, argv, { cwd, stdio: 'ignore' });
  const wallMs = now() - t0;
  const cpu1 = childrenCpuMs();
  return { wallMs, cpuMs: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0, exit: r.status };
}

/**
 * Peak resident memory (MB) of `node ARGV…` run as the command runs (CAPAIAN_WORKER=1: in the
 * process bin/capaian.js starts, worker threads included), and its exit code.
 */
export function peakOf(argv: string[]): { peakMb: number | null; exit: number | null } {
  const r = spawnSync(process.execPath, argv, {
    env: { ...process.env, CAPAIAN_WORKER: '1', NODE_OPTIONS: `--require ${PEAK}` },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const kb = [...(r.stderr ?? '').matchAll(/CAPAIAN_PEAK_RSS_KB (\d+)/g)].map((m) => Number(m[1]));
  return { peakMb: kb.length ? Math.round(Math.max(...kb) / 1024) : null, exit: r.status };
}
