/**
 * What the ribbon and the pane run: Validasi, Hitung & Warnai, Hapus Warna. Each is one
 * `Excel.run`: read the workbook (one batch), compute with the shared engine, and — for Hitung
 * and Hapus Warna — apply the plan (a constant number of syncs; none when nothing changes).
 */
import { analyze, type Analysis } from '../../workbook/analyze';
import {
  buildClearPlan,
  buildPlan,
  resultCells,
  type Plan,
  type PlanOptions,
} from '../../workbook/plan';
import { applyPlanInExcel, planIsNoop, STEP_WRITE, type Progress } from './apply';
import { toHostError } from './errors';
import { readCellStyles, readWorkbookGrid } from './read';
import { runExcel, syncCount } from './sync';

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

async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await runExcel(batch);
  } catch (e) {
    throw toHostError(e);
  }
}

/** Read and check: findings and results, nothing written. */
export function validasi(onProgress?: Progress): Promise<ActionResult> {
  return run(async (context) => {
    onProgress?.(STEP_READ, 0);
    const { grid } = await readWorkbookGrid(context, { styles: false });
    onProgress?.(STEP_COMPUTE, 0.5);
    const analysis = analyze(grid);
    onProgress?.(STEP_DONE, 1);
    return { analysis, syncs: syncCount(context) };
  });
}

/**
 * Hitung & Warnai: fill empty result cells, colour predicates, keep the record. Syncs: 3 to
 * read, 1 for the colours of the result cells, then (unless nothing changes) 1 check, the write
 * batch(es) and 1 to turn events back on.
 */
export function hitung(onProgress?: Progress, options: PlanOptions = {}): Promise<ActionResult> {
  return run(async (context) => {
    onProgress?.(STEP_READ, 0);
    const { grid } = await readWorkbookGrid(context, { styles: false });
    onProgress?.(STEP_COMPUTE, 0.3);
    const analysis = analyze(grid);
    if (analysis.noPk) {
      onProgress?.(STEP_DONE, 1);
      return { analysis, syncs: syncCount(context) };
    }
    // Colours only of the cells the plan may recolour: one small read instead of every cell's.
    const styles = await readCellStyles(
      context,
      resultCells(analysis.results).map((c) => c.ref),
    );
    const plan = buildPlan(grid, analysis.results, analysis.findings, styles, options);
    if (!planIsNoop(plan, grid))
      await applyPlanInExcel(context, plan, (step, f) => onProgress?.(step, 0.4 + 0.6 * f), {
        current: grid,
      });
    onProgress?.(STEP_DONE, 1);
    return { analysis, plan, syncs: syncCount(context) };
  });
}

/** Hapus Warna: restore every original fill and font recorded before we recoloured a cell. */
export function hapusWarna(onProgress?: Progress): Promise<ActionResult> {
  return run(async (context) => {
    onProgress?.(STEP_READ, 0);
    const { grid } = await readWorkbookGrid(context, { styles: false });
    onProgress?.(STEP_COMPUTE, 0.3);
    const analysis = analyze(grid);
    const plan = buildClearPlan(grid);
    if (!planIsNoop(plan, grid))
      await applyPlanInExcel(context, plan, (step, f) => onProgress?.(step, 0.4 + 0.6 * f), {
        current: grid,
      });
    onProgress?.(STEP_DONE, 1);
    return { analysis, plan, syncs: syncCount(context) };
  });
}
