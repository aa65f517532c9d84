/**
 * What the ribbon and the pane run: Validasi, Hitung & Warnai, Hapus Warna. Each is one
 * `Excel.run`: read the workbook (3 syncs), compute with the shared engine, and — for Hitung
 * and Hapus Warna — apply the plan (one write batch while it fits the request budget; none when
 * nothing changes). The read's first sync also loads what the writes must check.
 */
import { analyze, type Analysis } from '../../workbook/analyze';
import { a1, parseA1, type WorkbookGrid } from '../../workbook/grid';
import {
  buildClearPlan,
  buildPlan,
  resultCells,
  type CellStyle,
  type Plan,
  type PlanOptions,
} from '../../workbook/plan';
import { applyPlanInExcel, planIsNoop, STEP_WRITE, type Progress } from './apply';
import { toHostError } from './errors';
import { readCellStyles, readWorkbookGrid, type CellStyles } from './read';
import { runExcel, syncCount } from './sync';
import type { WorkbookState } from './state';

export type { Progress };

export const STEP_READ = 'Membaca lembar…';
export const STEP_COMPUTE = 'Menghitung…';
export { STEP_WRITE };
export const STEP_DONE = 'Selesai';

export interface ActionResult {
  analysis: Analysis;
  /** The plan applied (Hitung, Hapus Warna). */
  plan?: Plan;
  /** `context.sync()` calls the action made. */
  syncs?: number;
}

/** One Excel batch, any failure turned into the host's Indonesian error. */
export async function runAction<T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
): Promise<T> {
  try {
    return await runExcel(batch);
  } catch (e) {
    throw toHostError(e);
  }
}

/** Validasi's read and analysis, with the grid it read (the page's worker keeps both). */
export function readAnalysed(
  onProgress?: Progress,
): Promise<{ grid: WorkbookGrid; analysis: Analysis; syncs: number }> {
  return runAction(async (context) => {
    onProgress?.(STEP_READ, 0);
    const { grid } = await readWorkbookGrid(context, { styles: false });
    onProgress?.(STEP_COMPUTE, 0.5);
    const analysis = analyze(grid);
    onProgress?.(STEP_DONE, 1);
    return { grid, analysis, syncs: syncCount(context) };
  });
}

/** Read and check: findings and results, nothing written. */
export async function validasi(onProgress?: Progress): Promise<ActionResult> {
  const { analysis, syncs } = await readAnalysed(onProgress);
  return { analysis, syncs };
}

/**
 * Hitung & Warnai: fill empty result cells, colour predicates, keep the record. Syncs: 3 to
 * read (the first with the protections and events, the third with every cell's colours), then,
 * unless nothing changes, the write batch (more only past the request budget) whose last
 * operation turns events back on — 4 in all. One more where Excel cannot give the colours with
 * the values (before ExcelApi 1.9).
 */
export function hitung(onProgress?: Progress, options: PlanOptions = {}): Promise<ActionResult> {
  return runAction(async (context) => {
    onProgress?.(STEP_READ, 0);
    const read = await readWorkbookGrid(context, { cellStyles: true, state: true });
    const { grid } = read;
    onProgress?.(STEP_COMPUTE, 0.3);
    const analysis = analyze(grid);
    if (analysis.noPk) {
      onProgress?.(STEP_DONE, 1);
      return { analysis, syncs: syncCount(context) };
    }
    const plan = await hitungPlan(context, grid, analysis, options, read.cellStyles);
    await writePlan(context, plan, grid, onProgress, read.state);
    onProgress?.(STEP_DONE, 1);
    return { analysis, plan, syncs: syncCount(context) };
  });
}

/**
 * Hitung's plan: the colours of the result cells (from the read's `cellStyles` where it covered
 * them, else read now), then `buildPlan`.
 */
export async function hitungPlan(
  context: Excel.RequestContext,
  grid: WorkbookGrid,
  analysis: Analysis,
  options: PlanOptions,
  read?: CellStyles,
): Promise<Plan> {
  const cells = resultCells(analysis.results).map((c) => c.ref);
  const styles = await resultStyles(context, read, cells);
  return buildPlan(grid, analysis.results, analysis.findings, styles, options);
}

/**
 * Write the plan unless it changes nothing (progress from 40 % to the end); whether it wrote.
 * `state`: the protections and events read with the workbook, which spare the check sync.
 */
export async function writePlan(
  context: Excel.RequestContext,
  plan: Plan,
  grid: WorkbookGrid,
  onProgress?: Progress,
  state?: WorkbookState,
): Promise<boolean> {
  if (planIsNoop(plan, grid)) return false;
  await applyPlanInExcel(context, plan, (step, f) => onProgress?.(step, 0.4 + 0.6 * f), {
    current: grid,
    state,
  });
  return true;
}

/**
 * The colours of the cells the plan may recolour (`Sheet!A1` → style): from the read where it
 * covered them, the others (none, from ExcelApi 1.9 on) in one more sync.
 */
async function resultStyles(
  context: Excel.RequestContext,
  read: CellStyles | undefined,
  cells: { sheet: string; cell: string }[],
): Promise<Map<string, CellStyle>> {
  const out = new Map<string, CellStyle>();
  const missing: { sheet: string; cell: string }[] = [];
  for (const ref of cells) {
    const p = parseA1(ref.cell);
    if (!p) continue;
    const area = read?.covered.get(ref.sheet);
    const inside =
      area &&
      p.r >= area.row &&
      p.r < area.row + area.rows &&
      p.c >= area.col &&
      p.c < area.col + area.cols;
    if (!inside) {
      missing.push(ref);
      continue;
    }
    const k = `${ref.sheet}!${a1(p.r, p.c)}`;
    const st = read!.styles.get(k);
    if (st) out.set(k, st);
  }
  if (missing.length) for (const [k, st] of await readCellStyles(context, missing)) out.set(k, st);
  return out;
}

/** Hapus Warna: restore every original fill and font recorded before we recoloured a cell. */
export function hapusWarna(onProgress?: Progress): Promise<ActionResult> {
  return runAction(async (context) => {
    onProgress?.(STEP_READ, 0);
    const { grid, state } = await readWorkbookGrid(context, { state: true });
    onProgress?.(STEP_COMPUTE, 0.3);
    const analysis = analyze(grid);
    const plan = buildClearPlan(grid);
    await writePlan(context, plan, grid, onProgress, state);
    onProgress?.(STEP_DONE, 1);
    return { analysis, plan, syncs: syncCount(context) };
  });
}
