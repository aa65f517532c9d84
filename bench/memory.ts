/**
 * Peak memory of the `capaian` command (issue 11: `report` on 50 000 budget rows within about
 * twice `check`'s). Each command runs as a planner runs it, in its own process; its peak resident
 * memory is read from the process itself at exit (`bench/peak-rss.cjs`).
 */
import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';

const BIN = path.join(__dirname, '..', 'bin', 'capaian.js');
const PEAK = path.join(__dirname, 'peak-rss.cjs');

export interface MemoryRow {
  command: string;
  peakMb: number | null;
  exit: number | null;
}

function peakOf(args: string[]): MemoryRow {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...process.env, CAPAIAN_WORKER: '1', NODE_OPTIONS: `--require ${PEAK}` },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const m = /CAPAIAN_PEAK_RSS_KB (\d+)/.exec(r.stderr ?? '');
  return {
    command: `capaian ${args[0]}`,
    peakMb: m ? Math.round(Number(m[1]) / 1024) : null,
    exit: r.status,
  };
}

/** check, compute and report on one workbook. */
export async function benchMemory(file: string): Promise<MemoryRow[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'capaian-mem-'));
  try {
    return [
      peakOf(['check', file]),
      peakOf(['compute', file, '-o', path.join(dir, 'hasil.xlsx')]),
      peakOf(['report', file, '-o', path.join(dir, 'laporan.docx')]),
    ];
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
