/**
 * The work behind the pane's door to the workbook (./host.ts): the Excel host's actions and
 * operations, wrapped so the components never touch `Excel.run` themselves. Inside Excel this is
 * Office.js; in the browser page's worker the same calls go to the in-memory Excel that
 * `installExcel` put in their place (the worker imports this module directly).
 *
 * The pane loads this module on demand (a chunk of its own, fetched as the pane starts): the
 * reader, the engine and the Excel host are not needed for the pane's first paint.
 */
import type { CustomBandInput } from '../engine/scales';
import type { Settings } from '../engine/model';
import { hapusWarna, hitung, validasi } from '../hosts/excel/actions';
import { applyPlanInExcel, readWorkbookGrid, runExcel, selectCell } from '../hosts/excel';
import type { ActionOutcome } from '../commands/last-result';
import { buatLaporan, laporanDocx } from '../commands/laporan';
import type { Analysis } from '../workbook/analyze';
import {
  browserPageUrl,
  docxFileName,
  downloadSupport,
  DOCX_TYPE,
  saveBytes,
  type DocxResult,
} from './download';
import { stage } from './progress';
import { buildSettingsPlan } from '../workbook/settings-plan';
import { buildTemplatesPlan } from '../workbook/templates';

import type { ActionName, CorrectionOutcome, Progress } from './host';

export type { ActionName, CorrectionOutcome, Progress };

export function runAction(name: ActionName, onProgress?: Progress): Promise<ActionOutcome> {
  if (name === 'hitung') return hitung(onProgress);
  if (name === 'buatLaporan') return buatLaporan(onProgress);
  if (name === 'hapusWarna') return hapusWarna(onProgress);
  return validasi(onProgress);
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
  const options = 'undo' in request ? { batalkan: true } : { perbaiki: request.cells };
  const out = await hitung(onProgress, options);
  const after = await validasi();
  return {
    analysis: after.analysis,
    cells: out.plan?.corrected ?? [],
    kept: out.plan?.kept ?? [],
    plan: out.plan,
  };
}

/** Select a finding's cell (activates its sheet). */
export async function goToCell(sheet: string, cell: string | null): Promise<void> {
  await runExcel(async (context) => {
    await selectCell(context, sheet, cell ?? 'A1');
  });
}

/** Save the settings to the Pengaturan sheet (created with defaults when missing). */
export async function saveSettings(
  settings: Settings,
  bands: CustomBandInput[] | undefined,
  onProgress?: Progress,
): Promise<void> {
  await runExcel(async (context) => {
    onProgress?.('Membaca buku kerja', 0.1);
    const { grid, state } = await readWorkbookGrid(context, { state: true });
    onProgress?.('Menyimpan pengaturan', 0.5);
    const plan = buildSettingsPlan(grid, settings, bands);
    await applyPlanInExcel(context, plan, stage(onProgress, 0.5, 1), { current: grid, state });
  });
}

/** Insert the blank TC.25 / PK / Realisasi templates the workbook lacks. */
export async function insertTemplates(onProgress?: Progress): Promise<string[]> {
  let added: string[] = [];
  await runExcel(async (context) => {
    onProgress?.('Membaca buku kerja', 0.1);
    const { grid, state } = await readWorkbookGrid(context, { state: true });
    const plan = buildTemplatesPlan(grid);
    added = (plan.sheets ?? []).map((s) => s.name);
    onProgress?.('Menyisipkan templat', 0.5);
    if (added.length)
      await applyPlanInExcel(context, plan, stage(onProgress, 0.5, 1), { current: grid, state });
  });
  return added;
}

/**
 * Build the report's Word draft (Bab III and Bab IV) and hand it to the browser as a download — only where a
 * download reaches the planner (not in Excel for Mac or iPad: see ./download.ts); there nothing is
 * built and the result says what the pane can offer instead.
 */
export async function downloadDocx(analysis: Analysis): Promise<DocxResult> {
  const support = downloadSupport();
  if (!support.canDownload)
    return {
      kind: 'unavailable',
      platform: support.platform,
      canOpenBrowser: support.canOpenBrowser,
      pageUrl: browserPageUrl(),
    };
  const bytes = await laporanDocx(analysis);
  const name = docxFileName(analysis);
  saveBytes(bytes, name, DOCX_TYPE);
  return { kind: 'downloaded', name };
}
