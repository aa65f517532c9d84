/**
 * Peak memory of the `capaian` command (issue 11: `report` on 50 000 budget rows within about
 * twice `check`'s). Each command runs as a planner runs it, in its own process; its peak resident
 * memory is read from the process itself at exit (`bench/peak-rss.cjs`).
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { peakOf } from './spawn';

const BIN = path.join(__dirname, '..', 'bin', 'capaian.js');

export interface MemoryRow {
  command: string;
  peakMb: number | null;
  exit: number | null;
}

function peakRow(args: string[]): MemoryRow {
  return { command: `capaian ${args[0]}`, ...peakOf([BIN, ...args]) };
}

/** check, compute and report on one workbook. */
export async function benchMemory(file: string): Promise<MemoryRow[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'capaian-mem-'));
  try {
    return [
      peakRow(['check', file]),
      peakRow(['compute', file, '-o', path.join(dir, 'hasil.xlsx')]),
      peakRow(['report', file, '-o', path.join(dir, 'laporan.docx')]),
    ];
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
