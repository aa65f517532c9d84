/**
 * The messages between the browser page (main thread) and its worker (worker.ts), which holds the
 * workbook: the in-memory Excel the pane works on, and the exceljs workbook of the opened file
 * that "Unduh hasil (.xlsx)" writes. Plain, structured-cloneable data only.
 */
import type { CustomBandInput } from '../../engine/scales';
import type { Settings } from '../../engine/model';
import type { ActionOutcome } from '../../commands/last-result';
import type { Analysis } from '../../workbook/analyze';
import type { ActionName } from '../host';

/** What the page asks the worker to do. */
export type WorkerRequest =
  /** A workbook from disk: its bytes (transferred, not copied). */
  | { kind: 'open-file'; name: string; bytes: ArrayBuffer; apiVersion?: string }
  /** A bundled sample: its grid as JSON (converted at build time) and its .xlsx, both URLs of
   *  the page's own origin; the .xlsx is fetched only when the result is downloaded. */
  | { kind: 'open-sample'; name: string; jsonUrl: string; xlsxUrl: string; apiVersion?: string }
  | { kind: 'open-blank'; apiVersion?: string }
  | { kind: 'action'; name: ActionName }
  /** Terapkan perbaikan on the named cells, or its undo. */
  | { kind: 'correct'; request: { cells: string[] } | { undo: true } }
  | { kind: 'select'; sheet: string; cell: string | null }
  | { kind: 'save-settings'; settings: Settings; bands: CustomBandInput[] | undefined }
  | { kind: 'insert-templates' }
  /** The rows of one sheet to show: the window starting at `start`, or around `focus` (A1). */
  | { kind: 'view'; sheet: string | null; start?: number; focus?: string | null }
  | { kind: 'download-xlsx' }
  | { kind: 'download-docx' }
  /** bench/browser-page.ts's floor: exceljs' load of the bytes in this worker, nothing kept. */
  | { kind: 'measure-load'; name: string; bytes: ArrayBuffer };

export type WorkerRequestKind = WorkerRequest['kind'];

/** One cell as the grid view draws it (text already formatted the way Excel shows it). */
export interface ViewCell {
  r: number;
  c: number;
  text: string;
  fill?: string;
  font?: string;
  bold?: boolean;
  wrap?: boolean;
  align?: string;
  /** A number (right-aligned unless the cell says otherwise). */
  num?: boolean;
}

export interface ViewMerge {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface SheetInfo {
  name: string;
  visible: boolean;
  /** Rows and columns up to the last used cell. */
  rows: number;
  cols: number;
}

/** A window of rows of one sheet. */
export interface SheetWindow {
  sheet: string;
  /** First row shown (0-based) and one past the last. */
  start: number;
  end: number;
  cols: number;
  cells: ViewCell[];
  merges: ViewMerge[];
}

/** What the grid view needs after any change: the sheets and the rows on screen. */
export interface BookView {
  sheets: SheetInfo[];
  window: SheetWindow | null;
}

export interface OpenResult {
  name: string;
  view: BookView;
}

export interface ActionResultMsg {
  /** The analysis without its budget rows (the pane does not show them; they stay in the
   *  worker for the report). */
  outcome: ActionOutcome;
  /** Plans applied to the workbook so far. */
  changes: number;
}

export interface DownloadResult {
  name: string;
  bytes: ArrayBuffer;
}

/** Results by request kind. */
export interface WorkerResults {
  'open-file': OpenResult;
  'open-sample': OpenResult;
  'open-blank': OpenResult;
  action: ActionResultMsg;
  correct: { analysis: Analysis; cells: string[]; kept: string[] };
  select: null;
  'save-settings': ActionResultMsg;
  'insert-templates': ActionResultMsg & { added: string[] };
  view: BookView;
  'download-xlsx': DownloadResult;
  'download-docx': DownloadResult;
  /** Milliseconds: fetching the exceljs chunk, then loading the workbook. */
  'measure-load': { chunkMs: number; loadMs: number };
}

/** What the worker sends back. */
export type WorkerResponse =
  | { id: number; kind: 'progress'; step: string; fraction: number }
  | { id: number; kind: 'done'; result: unknown }
  | {
      id: number;
      kind: 'error';
      /** Indonesian, ready to show. */
      message: string;
      /** Set for a file that cannot be opened (XlsxOpenError's reason). */
      reason?: string;
    };

export type { Analysis };
