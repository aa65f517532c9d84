/**
 * `capaian check` timed as the benchmark runs it (row 2): the path of the command — readOnlyGrid
 * (loadWorkbook, toGrid, the exceljs workbook let go), analyze, the summary — and its floor,
 * exceljs alone reading the same file. CPU time of the process (cpuNow).
 */
import ExcelJS from 'exceljs';
import path from 'path';
import { summaryText } from '../src/cli/summary';
import { loadWorkbook, readFileBytes, toGrid } from '../src/hosts/xlsx';
import { analyze, type Analysis } from '../src/workbook/analyze';
import type { WorkbookGrid } from '../src/workbook/grid';
import { cpuNow } from './timing';

export interface CheckTimes {
  load: number;
  grid: number;
  analyze: number;
  total: number;
}

/**
 * Read the grid as `capaian check` does (readOnlyGrid): the exceljs workbook is gone once the
 * grid is made. Fills in the load and toGrid times.
 */
async function timedGrid(file: string, t: CheckTimes): Promise<WorkbookGrid> {
  const t0 = cpuNow();
  const wb = await loadWorkbook(await readFileBytes(file), path.basename(file));
  const t1 = cpuNow();
  const read = toGrid(wb, { styles: false });
  t.load = t1 - t0;
  t.grid = cpuNow() - t1;
  return read.grid;
}

/** The same path as `capaian check` (src/cli/commands.ts: readOnlyGrid, analyze, summary). */
export async function checkOnce(
  file: string,
): Promise<{ t: CheckTimes; a: Analysis; grid: WorkbookGrid }> {
  const t: CheckTimes = { load: 0, grid: 0, analyze: 0, total: 0 };
  const t0 = cpuNow();
  const grid = await timedGrid(file, t);
  const t2 = cpuNow();
  const a = analyze(grid);
  t.analyze = cpuNow() - t2;
  // The command then prints its summary (not timed separately: a few ms).
  if (summaryText(path.basename(file), a).length === 0) throw new Error('empty summary');
  t.total = cpuNow() - t0;
  return { t, a, grid };
}

/** The floor: exceljs alone reading the same file. */
export async function checkFloorOnce(file: string): Promise<number> {
  const t0 = cpuNow();
  await new ExcelJS.Workbook().xlsx.readFile(file);
  return cpuNow() - t0;
}
