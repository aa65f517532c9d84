/**
 * The browser page's worker keeps the analysis of its workbook as it stands (issue 15: the page
 * reads a workbook once). Every change of the in-memory workbook goes through the worker
 * (worker.ts: Hitung, Hapus Warna, Buat Laporan, corrections, settings, templates), and each of
 * them drops the kept analysis; until then Validasi, Hitung and "Unduh hasil" use it instead of
 * reading and analysing the workbook again.
 *
 * `readCurrent` is Validasi (src/hosts/excel/actions.ts) and `hitungOn` is Hitung & Warnai after
 * its read: the same steps, in the same batch order, over the kept grid and analysis.
 */
import { readWorkbookGrid } from '../../hosts/excel';
import {
  hitungPlan,
  readAnalysed,
  runAction as run,
  STEP_COMPUTE,
  STEP_DONE,
  writePlan,
} from '../../hosts/excel/actions';
import type { Analysis } from '../../workbook/analyze';
import type { WorkbookGrid } from '../../workbook/grid';
import type { Plan, PlanOptions } from '../../workbook/plan';
import type { Progress } from '../host';

/** The workbook as the pane's Validasi reads it, and its analysis. */
export interface Current {
  grid: WorkbookGrid;
  analysis: Analysis;
  /** Hitung's plan (default options) for this state, once `planHitung` has made it. */
  plan?: Plan;
}

/** Read the in-memory workbook and analyse it: Validasi, keeping the grid it read. */
export async function readCurrent(onProgress?: Progress): Promise<Current> {
  const { grid, analysis } = await readAnalysed(onProgress);
  return { grid, analysis };
}

/** The grid alone (settings and templates need no analysis of the workbook before them). */
export async function readGrid(): Promise<WorkbookGrid> {
  return run(async (context) => (await readWorkbookGrid(context, { styles: false })).grid);
}

export interface HitungOutcome {
  analysis: Analysis;
  plan?: Plan;
  /** The plan wrote something: the kept analysis no longer describes the workbook. */
  changed: boolean;
}

/**
 * Make and keep Hitung's plan for the workbook as it stands, before it is asked for (the worker
 * does this while the page shows the analysis): reads the colours, writes nothing.
 */
export async function planHitung(current: Current): Promise<void> {
  if (current.plan || current.analysis.noPk) return;
  current.plan = await run((context) => hitungPlan(context, current.grid, current.analysis, {}));
}

/**
 * Hitung & Warnai over the kept analysis: the colours of the result cells, the plan (the kept
 * one for the default options), and its writes — as `hitung` in src/hosts/excel/actions.ts does
 * after reading the workbook.
 */
export function hitungOn(
  current: Current,
  onProgress?: Progress,
  options: PlanOptions = {},
): Promise<HitungOutcome> {
  const { grid, analysis } = current;
  return run(async (context) => {
    onProgress?.(STEP_COMPUTE, 0.3);
    if (analysis.noPk) {
      onProgress?.(STEP_DONE, 1);
      return { analysis, changed: false };
    }
    const kept = Object.keys(options).length === 0 ? current.plan : undefined;
    const plan = kept ?? (await hitungPlan(context, grid, analysis, options));
    const changed = await writePlan(context, plan, grid, onProgress);
    onProgress?.(STEP_DONE, 1);
    return { analysis, plan, changed };
  });
}
