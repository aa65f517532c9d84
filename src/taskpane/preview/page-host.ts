/**
 * The pane's door to the workbook on the browser page. The build of the page (webpack.config.js,
 * configuration `page`) gives the pane this module where it imports `../host`: every call goes to
 * the page's worker (worker.ts), which runs the real src/taskpane/host.ts there over the
 * in-memory Excel. So the pane is the same component as inside Excel, the work happens off the
 * main thread, and the add-in's own build never sees this file.
 */
import type * as RealHost from '../host';
import type { ActionOutcome } from '../../commands/last-result';
import type { CustomBandInput } from '../../engine/scales';
import type { Settings } from '../../engine/model';
import type { Analysis } from '../../workbook/analyze';
import type { DocxResult } from '../download';
import { DOCX_TYPE, saveBytes, WorkerError, type Session } from './session';

export type { ActionName, Progress } from '../host';

let current: Session | null = null;

/** The session of the workbook on screen; set before the pane is mounted for it. */
export function setPageSession(s: Session | null): void {
  current = s;
}

function session(): Session {
  if (!current) throw new WorkerError('Belum ada buku kerja yang dibuka.');
  return current;
}

export async function runAction(
  name: RealHost.ActionName,
  onProgress?: RealHost.Progress,
): Promise<ActionOutcome> {
  return (await session().call({ kind: 'action', name }, onProgress)).outcome;
}

export async function correct(
  request: { cells: string[] } | { undo: true },
  onProgress?: RealHost.Progress,
): Promise<RealHost.CorrectionOutcome> {
  return session().call({ kind: 'correct', request }, onProgress);
}

export function excelApiSupported(): boolean {
  return current?.apiSupported ?? true;
}

export async function goToCell(sheet: string, cell: string | null): Promise<void> {
  await session().call({ kind: 'select', sheet, cell });
}

export async function saveSettings(
  settings: Settings,
  bands: CustomBandInput[] | undefined,
  onProgress?: RealHost.Progress,
): Promise<void> {
  await session().call({ kind: 'save-settings', settings, bands }, onProgress);
}

export async function insertTemplates(onProgress?: RealHost.Progress): Promise<string[]> {
  return (await session().call({ kind: 'insert-templates' }, onProgress)).added;
}

export function describeError(e: unknown): string {
  if (e instanceof WorkerError) return e.message;
  const msg = e instanceof Error ? e.message : String(e);
  return `Terjadi kesalahan yang tidak terduga: ${msg}. Coba lagi; bila terus terjadi, muat ulang halaman.`;
}

/**
 * The report's Word draft (Bab III and Bab IV), built in the worker from its full analysis, as a download (the page
 * runs in a browser, where downloads work).
 */
export async function downloadDocx(analysis?: Analysis): Promise<DocxResult> {
  void analysis; // the pane's copy lacks the budget rows; the worker has the whole one
  const { name, bytes } = await session().call({ kind: 'download-docx' });
  saveBytes(bytes, name, DOCX_TYPE);
  return { kind: 'downloaded', name };
}

// This door offers every function of the real one the pane calls, with the same types (checked
// at compile time; the page's build also fails on an import the door lacks). `loadHostWork` is
// the add-in's own start (src/taskpane/index.tsx): here the work is in the worker.
const door = {
  runAction,
  correct,
  excelApiSupported,
  goToCell,
  saveSettings,
  insertTemplates,
  describeError,
  downloadDocx,
} satisfies Omit<typeof RealHost, 'loadHostWork'>;
void door;
