/**
 * What the ribbon and the pane run: Validasi, Hitung & Warnai, Hapus Warna. Each is one
 * `Excel.run`: read the workbook (one batch), compute with the shared engine, and — for Hitung
 * and Hapus Warna — apply the plan (a constant number of syncs; none when nothing changes).
 */
import { analyze, type Analysis } from '../../workbook/analyze';
import { buildClearPlan, buildPlan, type Plan, type PlanOptions } from '../../workbook/plan';
import { applyPlanInExcel, planIsNoop, STEP_WRITE, type Progress } from './apply';
import { toHostError } from './errors';
import { readWorkbookGrid } from './read';
import { syncCount } from './sync';

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
    return await Excel.run(batch);
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

/** Hitung & Warnai: fill empty result cells, colour predicates, keep the record. */
export function hitung(onProgress?: Progress, options: PlanOptions = {}): Promise<ActionResult> {
  return run(async (context) => {
    onProgress?.(STEP_READ, 0);
    const { grid, styles } = await readWorkbookGrid(context, { styles: true });
    onProgress?.(STEP_COMPUTE, 0.3);
    const analysis = analyze(grid);
    if (analysis.noPk) {
      onProgress?.(STEP_DONE, 1);
      return { analysis, syncs: syncCount(context) };
    }
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
