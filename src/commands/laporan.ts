/**
 * Buat Laporan inside Excel (ribbon and pane): the report tables and the narrative written as the
 * generated `LKjIP …` sheets (src/workbook/report-sheets.ts), and the Word draft of Bab III as
 * bytes for a download. The report code is loaded on demand — the pane's and the function file's
 * initial JavaScript carry neither it nor the .docx library.
 */
import { analyze, type Analysis } from '../workbook/analyze';
import { applyPlanInExcel, readWorkbookGrid, runExcel, toHostError } from '../hosts/excel';
import type { ActionOutcome } from './last-result';

type Progress = (step: string, fraction: number) => void;

/** Write the report sheets (replacing only ours from an earlier run). */
export async function buatLaporan(onProgress?: Progress): Promise<ActionOutcome> {
  const { buildReportPlan } = await import(
    /* webpackChunkName: "laporan" */ '../workbook/report-sheets'
  );
  try {
    return await runExcel(async (context) => {
      onProgress?.('Membaca lembar…', 0);
      // The first read sync also loads the protections and events: no check sync before the
      // writes, whose last operation turns events back on (4 syncs in all).
      const { grid, state } = await readWorkbookGrid(context, { state: true });
      onProgress?.('Menyusun laporan…', 0.3);
      const analysis = analyze(grid);
      if (analysis.noPk) return { analysis };
      const plan = buildReportPlan(grid, analysis);
      await applyPlanInExcel(context, plan, (step, f) => onProgress?.(step, 0.4 + 0.6 * f), {
        current: grid,
        state,
      });
      onProgress?.('Selesai', 1);
      return { analysis, plan };
    });
  } catch (e) {
    throw toHostError(e);
  }
}

/** The Word draft of Bab III of an analysed workbook (.docx bytes). */
export async function laporanDocx(analysis: Analysis): Promise<Uint8Array> {
  const { buildLaporanDocx } = await import(/* webpackChunkName: "docx" */ '../report/docx');
  return buildLaporanDocx(analysis);
}
