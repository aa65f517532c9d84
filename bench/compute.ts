/**
 * `capaian compute` on the check benchmark's workbook (issue 15: ≤ 1,2× exceljs reading and
 * writing the same file). Ours is the path the command takes (src/cli/commands.ts): read the bytes,
 * loadWorkbook, toGrid, analyze, buildPlan with the colours of the cells it may write (styleLookup), temuanPlan on the findings still open,
 * withReport, applyPlan and saveWorkbook. The floor, measured in the same run and interleaved
 * with ours so that drift hits both, is exceljs alone: readFile and writeBuffer of the same file.
 * Both in CPU time of the process (cpuNow), the median of the runs after a warm-up on a small
 * workbook of the same shape.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import {
  applyPlan,
  loadWorkbook,
  readFileBytes,
  saveWorkbook,
  styleLookup,
  toGrid,
} from '../src/hosts/xlsx';
import { analyze } from '../src/workbook/analyze';
import { buildPlan } from '../src/workbook/plan';
import { withReport } from '../src/workbook/report-sheets';
import { temuanPlan } from '../src/workbook/temuan';
import { collectGarbage, cpuNow, median } from './timing';

export const COMPUTE_TARGET_RATIO = 1.2;

export interface ComputeBench {
  floor: { median: number; runs: number[] };
  compute: { median: number; runs: number[] };
  ratio: number;
  /** Cells the plan wrote in the last run (a sanity check: the run did compute). */
  writes: number;
}

/** exceljs alone: read the file and write it back to a buffer. */
export async function computeFloorOnce(file: string): Promise<number> {
  const t0 = cpuNow();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  await wb.xlsx.writeBuffer();
  return cpuNow() - t0;
}

/** What `capaian compute FILE -o OUT` does, timed as a whole. */
export async function computeOnce(
  file: string,
  out: string,
): Promise<{ ms: number; writes: number }> {
  const t0 = cpuNow();
  const wb = await loadWorkbook(await readFileBytes(file), path.basename(file));
  const read = toGrid(wb);
  const analysis = analyze(read.grid);
  const hitung = buildPlan(read.grid, analysis.results, analysis.findings, styleLookup(wb), {
    perbaiki: [],
    perbaikiSemua: false,
    batalkan: false,
  });
  const settled = new Set(hitung.corrected);
  const open = analysis.findings.filter((f) => !settled.has(`${f.sheet}!${f.cell}`));
  const plan = withReport(hitung, temuanPlan(read.grid, open));
  applyPlan(wb, plan);
  await saveWorkbook(wb, out);
  return { ms: cpuNow() - t0, writes: plan.writes.length };
}

export async function benchCompute(
  file: string,
  warmupFile: string,
  runs: number,
): Promise<ComputeBench> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'capaian-compute-'));
  try {
    const out = path.join(dir, 'hasil.xlsx');
    await computeFloorOnce(warmupFile);
    await computeOnce(warmupFile, out);
    const floor: number[] = [];
    const ours: number[] = [];
    let writes = 0;
    for (let i = 0; i < runs; i++) {
      collectGarbage();
      floor.push(await computeFloorOnce(file));
      collectGarbage();
      const c = await computeOnce(file, out);
      ours.push(c.ms);
      writes = c.writes;
    }
    const f = median(floor);
    const c = median(ours);
    return {
      floor: { median: f, runs: floor },
      compute: { median: c, runs: ours },
      ratio: c / f,
      writes,
    };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
