/**
 * The pane's only door to the workbook: the Excel host's actions and operations, wrapped so the
 * components never touch `Excel.run` themselves. Inside Excel this is Office.js; in the browser
 * preview the same calls go to the in-memory Excel that `installExcel` put in their place.
 *
 * The work itself (the reader, the engine, the Excel host: ./host-excel.ts) is a chunk loaded on
 * demand, so that the pane's first screen does not wait for it: `loadHostWork()` starts fetching
 * it as the pane starts (src/taskpane/index.tsx), and each call below waits for it.
 */
import type { CustomBandInput } from '../engine/scales';
import type { Settings } from '../engine/model';
import { ExcelHostError } from '../hosts/excel/errors';
import type { ActionOutcome } from '../commands/last-result';
import type { Analysis } from '../workbook/analyze';
import type { Plan } from '../workbook/plan';
import type { DocxResult } from './download';

export type Progress = (step: string, fraction: number) => void;

export type ActionName = 'validasi' | 'hitung' | 'buatLaporan' | 'hapusWarna';

export interface CorrectionOutcome {
  /** The workbook read again after the writes: the findings the corrections settled are gone. */
  analysis: Analysis;
  /** Cells written (corrected, or put back by the undo). */
  cells: string[];
  /** Corrections the undo left alone: the planner retyped the cell since. */
  kept: string[];
  /** The plan applied (the browser page applies it to its .xlsx copy too). */
  plan?: Plan;
}

type HostWork = typeof import('./host-excel');

let work: Promise<HostWork> | null = null;

/** Start loading the work chunk (once; again after a failed load, e.g. the network was down). */
export function loadHostWork(): Promise<HostWork> {
  if (!work) {
    const loading = import(/* webpackChunkName: "panel-kerja" */ './host-excel');
    work = loading;
    loading.catch(() => {
      if (work === loading) work = null;
    });
  }
  return work;
}

export async function runAction(name: ActionName, onProgress?: Progress): Promise<ActionOutcome> {
  return (await loadHostWork()).runAction(name, onProgress);
}

/**
 * Terapkan perbaikan (WORKBOOK.md rule 2): write the computed value into the named cells
 * (`Sheet!A1`), the old cells recorded for the undo; or, with `undo`, put every corrected cell
 * back as it was. Only ever on the planner's request.
 */
export async function correct(
  request: { cells: string[] } | { undo: true },
  onProgress?: Progress,
): Promise<CorrectionOutcome> {
  return (await loadHostWork()).correct(request, onProgress);
}

/** Excel 2016 without updates (ExcelApi below 1.7) cannot run the pane. */
export function excelApiSupported(): boolean {
  try {
    return Office.context.requirements.isSetSupported('ExcelApi', '1.7');
  } catch {
    return false;
  }
}

/** Select a finding's cell (activates its sheet). */
export async function goToCell(sheet: string, cell: string | null): Promise<void> {
  return (await loadHostWork()).goToCell(sheet, cell);
}

/** Save the settings to the Pengaturan sheet (created with defaults when missing). */
export async function saveSettings(
  settings: Settings,
  bands: CustomBandInput[] | undefined,
  onProgress?: Progress,
): Promise<void> {
  return (await loadHostWork()).saveSettings(settings, bands, onProgress);
}

/** Insert the blank TC.25 / PK / Realisasi templates the workbook lacks. */
export async function insertTemplates(onProgress?: Progress): Promise<string[]> {
  return (await loadHostWork()).insertTemplates(onProgress);
}

/** An Indonesian message for anything thrown. */
export function describeError(e: unknown): string {
  if (e instanceof ExcelHostError) return e.message;
  const msg = e instanceof Error ? e.message : String(e);
  return `Terjadi kesalahan yang tidak terduga: ${msg}. Coba lagi; bila terus terjadi, simpan buku kerja lalu buka ulang panel.`;
}

/**
 * Build the report's Word draft (Bab III and Bab IV) and hand it to the browser as a download —
 * only where a download reaches the planner (not in Excel for Mac or iPad: see ./download.ts).
 */
export async function downloadDocx(analysis: Analysis): Promise<DocxResult> {
  return (await loadHostWork()).downloadDocx(analysis);
}
