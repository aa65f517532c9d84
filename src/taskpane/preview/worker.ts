/**
 * The browser page's worker (dist/preview/worker.js): it holds the open workbook, so that reading
 * a big file and every action of the pane run off the page's main thread.
 *
 * - The in-memory Excel (src/hosts/preview) with `Excel` and `Office` installed on the worker's
 *   global: the pane's own actions (src/taskpane/host.ts → src/hosts/excel) run here unchanged,
 *   exactly as they run inside Excel.
 * - The exceljs workbook of the opened file (src/hosts/xlsx/core.ts, loaded by dynamic import
 *   only when a file is opened or a result downloaded): every plan the pane applied is applied to
 *   it too, in order, with the xlsx host's `applyPlan` — the same plan and writes as
 *   `capaian compute` (and `--laporan` after Buat Laporan) — and `writeBuffer` gives the download.
 *
 * Nothing here talks to the network except `fetch` of the page's own bundled samples.
 */
import type ExcelJS from 'exceljs';
import type * as XlsxCore from '../../hosts/xlsx/core';
import { laporanDocx } from '../../commands/laporan';
import { applyPlanInExcel } from '../../hosts/excel';
import { InMemoryWorkbook, installExcel } from '../../hosts/preview';
import type { Analysis } from '../../workbook/analyze';
import type { CellStyle, Plan, PlanOptions } from '../../workbook/plan';
import type { WorkbookGrid } from '../../workbook/grid';
import { buildSettingsPlan } from '../../workbook/settings-plan';
import { buildTemplatesPlan } from '../../workbook/templates';
import { docxFileName } from '../download';
import { describeError, type ActionName, type Progress } from '../host';
import { STEP_COMPUTE, STEP_DONE } from '../../hosts/excel/actions';
import { analyze } from '../../workbook/analyze';
import { goToCell, runAction } from '../host-excel';
import { stage } from '../progress';
import { hitungOn, planHitung, readCurrent, readGrid, type Current } from './current';
import type {
  ActionResultMsg,
  DownloadResult,
  OpenResult,
  WorkerRequest,
  WorkerResponse,
  WorkerResults,
} from './protocol';
import { bookView } from './view';

interface WorkerScope {
  postMessage(message: WorkerResponse, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<{ id: number; req: WorkerRequest }>) => void) | null;
}

const scope = self as unknown as WorkerScope;

let corePromise: Promise<typeof XlsxCore> | null = null;
/** The xlsx host and exceljs: one chunk, fetched the first time it is needed. */
function xlsxCore(): Promise<typeof XlsxCore> {
  corePromise ??= import(/* webpackChunkName: "exceljs" */ '../../hosts/xlsx/core');
  return corePromise;
}

type Source =
  | { kind: 'file'; wb: ExcelJS.Workbook }
  | { kind: 'sample'; xlsxUrl: string; wb?: ExcelJS.Workbook }
  | { kind: 'blank'; wb?: ExcelJS.Workbook };

interface Book {
  /** File name as picked (or the sample's). */
  name: string;
  mem: InMemoryWorkbook;
  source: Source;
  /** Every plan applied to the in-memory workbook, in order. */
  plans: Plan[];
  /** How many of them the exceljs workbook has had applied. */
  appliedToXlsx: number;
  /** The last full analysis (with the budget rows the report needs). */
  analysis: Analysis | null;
  /** The analysis of the workbook as it stands, until the next change (./current.ts). */
  current: Current | null;
  /** The grid the in-memory workbook was built from, while nothing has changed it: what
   *  reading the workbook back would give (test/taskpane/page-current.test.ts). */
  opened: WorkbookGrid | null;
  /** The sheet on screen. */
  active: string | null;
}

let book: Book | null = null;

function needBook(): Book {
  if (!book) throw new Error('Belum ada buku kerja yang dibuka.');
  return book;
}

/** The analysis of the workbook as it stands: the kept one, or read and kept now. */
async function currentOf(b: Book, progress?: Progress): Promise<Current> {
  if (!b.current && b.opened) {
    progress?.(STEP_COMPUTE, 0.5);
    b.current = { grid: b.opened, analysis: analyze(b.opened) };
  }
  b.current ??= await readCurrent(progress);
  return b.current;
}

/** Before anything writes to the workbook: what was kept of it no longer holds. */
function changing(b: Book): void {
  b.current = null;
  b.opened = null;
}

/** Validasi: the kept analysis while the workbook has not changed since. */
async function validasi(b: Book, progress: Progress): Promise<Analysis> {
  const c = await currentOf(b, progress);
  progress(STEP_DONE, 1);
  return c.analysis;
}

/** Hitung & Warnai over the kept analysis; the workbook is read again only after its writes. */
async function hitung(b: Book, progress: Progress, options: PlanOptions = {}) {
  const c = await currentOf(b, stage(progress, 0, 0.3));
  try {
    const out = await hitungOn(c, progress, options);
    if (out.changed) changing(b);
    return out;
  } catch (e) {
    changing(b); // it may have written part of its plan
    throw e;
  }
}

/** Any other action writes to the workbook: the kept analysis goes first. */
async function action(b: Book, name: ActionName, progress: Progress): Promise<ActionResultMsg> {
  if (name === 'validasi') return actionResult(b, await validasi(b, progress), undefined);
  if (name === 'hitung') {
    const out = await hitung(b, progress);
    return actionResult(b, out.analysis, out.plan);
  }
  changing(b);
  const out = await runAction(name, progress);
  return actionResult(b, out.analysis, out.plan);
}

/** Terapkan perbaikan or its undo, as the pane's `correct` (src/taskpane/host-excel.ts). */
async function correct(
  b: Book,
  request: { cells: string[] } | { undo: true },
  progress: Progress,
): Promise<WorkerResults['correct']> {
  const options = 'undo' in request ? { batalkan: true } : { perbaiki: request.cells };
  const out = await hitung(b, progress, options);
  if (out.plan) b.plans.push(out.plan);
  b.analysis = (await currentOf(b)).analysis;
  return {
    analysis: forPane(b.analysis),
    cells: out.plan?.corrected ?? [],
    kept: out.plan?.kept ?? [],
  };
}

const MB = (n: number) => (n / 1048576).toLocaleString('id-ID', { maximumFractionDigits: 1 });

function install(
  name: string,
  mem: InMemoryWorkbook,
  source: Source,
  opened: WorkbookGrid | null,
): OpenResult {
  installExcel(self, mem);
  book = {
    name,
    mem,
    source,
    plans: [],
    appliedToXlsx: 0,
    analysis: null,
    current: null,
    opened,
    active: null,
  };
  return { name, view: bookView(mem, null) };
}

async function openFile(
  name: string,
  bytes: ArrayBuffer,
  apiVersion: string | undefined,
  progress: Progress,
): Promise<OpenResult> {
  progress('Memuat pembaca .xlsx …', 0.05);
  const core = await xlsxCore();
  const buf = new Uint8Array(bytes);
  core.sniff(buf, name);
  progress(`Membuka ${name} (${MB(buf.length)} MB) …`, 0.1);
  const wb = await core.loadWorkbook(buf, name);
  progress('Membaca lembar …', 0.7);
  const read = core.toGrid(wb, { styles: true });
  progress('Menyiapkan buku kerja di memori …', 0.85);
  const mem = InMemoryWorkbook.fromGrid(read.grid, read.styles, { apiVersion });
  return install(name, mem, { kind: 'file', wb }, read.grid);
}

async function fetchOk(url: string): Promise<Response> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return res;
}

async function openSample(
  name: string,
  jsonUrl: string,
  xlsxUrl: string,
  apiVersion: string | undefined,
  progress: Progress,
): Promise<OpenResult> {
  progress('Memuat contoh …', 0.2);
  const j = (await (await fetchOk(jsonUrl)).json()) as {
    grid: WorkbookGrid;
    styles: [string, CellStyle][];
  };
  progress('Menyiapkan buku kerja di memori …', 0.8);
  const mem = InMemoryWorkbook.fromGrid(j.grid, new Map(j.styles), { apiVersion });
  // Read back once: a grid from JSON has nulls where the reader's have nothing.
  return install(name, mem, { kind: 'sample', xlsxUrl }, null);
}

function openBlank(apiVersion: string | undefined): OpenResult {
  const mem = InMemoryWorkbook.fromGrid(
    { sheets: [{ name: 'Sheet1', rows: [], merges: [] }] },
    new Map(),
    { apiVersion },
  );
  return install('Buku kerja kosong', mem, { kind: 'blank' }, null);
}

/** The analysis for the pane: without the budget rows (it never shows them; the worker keeps
 *  them for the report), so that a workbook of 20 000 budget rows does not cross to the page. */
function forPane(a: Analysis): Analysis {
  return {
    ...a,
    results: a.results.map((r) => ({ ...r, budget: [], pk: { ...r.pk, budget: [] } })),
  };
}

/** The plan for the pane's summary line: its writes and the names of its sheets. */
function planForPane(p: Plan | undefined): Plan | undefined {
  if (!p) return undefined;
  return { ...p, sheets: p.sheets?.map((s) => ({ name: s.name, rows: [] })), record: [] };
}

function actionResult(b: Book, analysis: Analysis, plan: Plan | undefined): ActionResultMsg {
  b.analysis = analysis;
  if (plan) b.plans.push(plan);
  return {
    outcome: { analysis: forPane(analysis), plan: planForPane(plan) },
    changes: b.plans.length,
  };
}

/** The same steps as the pane's saveSettings (src/taskpane/host.ts), keeping the plan. */
async function saveSettings(
  b: Book,
  req: Extract<WorkerRequest, { kind: 'save-settings' }>,
  progress: Progress,
): Promise<ActionResultMsg> {
  progress('Membaca buku kerja', 0.1);
  const grid = b.current?.grid ?? b.opened ?? (await readGrid());
  progress('Menyimpan pengaturan', 0.5);
  const plan = buildSettingsPlan(grid, req.settings, req.bands);
  changing(b);
  await Excel.run((context) =>
    applyPlanInExcel(context, plan, stage(progress, 0.5, 0.8), { current: grid }),
  );
  b.plans.push(plan);
  const analysis = await validasi(b, stage(progress, 0.8, 1));
  return actionResult(b, analysis, undefined);
}

/** The same steps as the pane's insertTemplates (src/taskpane/host.ts), keeping the plan. */
async function insertTemplates(
  b: Book,
  progress: Progress,
): Promise<ActionResultMsg & { added: string[] }> {
  progress('Membaca buku kerja', 0.1);
  const grid = b.current?.grid ?? b.opened ?? (await readGrid());
  const plan = buildTemplatesPlan(grid);
  const added = (plan.sheets ?? []).map((s) => s.name);
  progress('Menyisipkan templat', 0.5);
  if (added.length) {
    changing(b);
    await Excel.run((context) =>
      applyPlanInExcel(context, plan, stage(progress, 0.5, 0.8), { current: grid }),
    );
    b.plans.push(plan);
  }
  const analysis = await validasi(b, stage(progress, 0.8, 1));
  return { ...actionResult(b, analysis, undefined), added };
}

function stem(name: string): string {
  return name.replace(/\.(xlsx|xlsm|xls)$/i, '') || 'buku-kerja';
}

/** The exceljs workbook the plans go to: the opened file's, or the sample's, or a blank one. */
async function xlsxOf(b: Book, progress: Progress): Promise<ExcelJS.Workbook> {
  const src = b.source;
  if (src.kind === 'file') return src.wb;
  if (src.wb) return src.wb;
  const core = await xlsxCore();
  if (src.kind === 'sample') {
    progress('Memuat berkas contoh …', 0.1);
    const bytes = new Uint8Array(await (await fetchOk(src.xlsxUrl)).arrayBuffer());
    src.wb = await core.loadWorkbook(bytes, `${b.name}.xlsx`);
  } else {
    const { default: ExcelJSLib } = await import(/* webpackChunkName: "exceljs" */ 'exceljs');
    src.wb = new ExcelJSLib.Workbook();
    src.wb.addWorksheet('Sheet1');
  }
  return src.wb;
}

function exactBuffer(data: ArrayBuffer | ArrayBufferView): ArrayBuffer {
  if (data instanceof ArrayBuffer) return data;
  const u8 = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return u8.slice().buffer;
}

async function downloadXlsx(b: Book, progress: Progress): Promise<DownloadResult> {
  progress('Menyiapkan hasil …', 0.05);
  const wb = await xlsxOf(b, progress);
  const core = await xlsxCore();
  progress('Menerapkan hasil hitung …', 0.3);
  while (b.appliedToXlsx < b.plans.length) core.applyPlan(wb, b.plans[b.appliedToXlsx++]);
  // The downloaded workbook lists its findings with links (WORKBOOK.md rule 10), as
  // `capaian compute` writes them: the list of the workbook as it stands now — the kept
  // analysis, read again only when the workbook changed since. Its sheets and record are the
  // .xlsx copy's (with the Temuan sheet of an earlier download, which this one replaces).
  progress('Menyusun daftar temuan …', 0.4);
  const { findings } = (await currentOf(b)).analysis;
  const grid = core.toGrid(wb).grid;
  // With the report code, loaded on demand (the Temuan sheet is a generated sheet like its own).
  const { temuanPlan } = await import(/* webpackChunkName: "laporan" */ '../../workbook/temuan');
  core.applyPlan(wb, temuanPlan(grid, findings));
  progress('Menulis berkas .xlsx …', 0.5);
  const out = await wb.xlsx.writeBuffer();
  return { name: `${stem(b.name)}-hasil.xlsx`, bytes: exactBuffer(out as ArrayBuffer) };
}

async function downloadDocx(b: Book, progress: Progress): Promise<DownloadResult> {
  progress('Menyusun dokumen Word', 0.2);
  const analysis = b.analysis ?? (await validasi(b, stage(progress, 0.2, 0.5)));
  b.analysis = analysis;
  const bytes = await laporanDocx(analysis);
  // The same name as the pane's download inside Excel (src/taskpane/host.ts).
  const name = docxFileName(analysis);
  return { name, bytes: exactBuffer(bytes) };
}

/** The benchmark's floor (bench/browser-page.ts): exceljs alone, in this worker. */
async function measureLoad(
  name: string,
  bytes: ArrayBuffer,
): Promise<WorkerResults['measure-load']> {
  const t0 = performance.now();
  const core = await xlsxCore();
  const t1 = performance.now();
  await core.loadWorkbook(new Uint8Array(bytes), name);
  return { chunkMs: t1 - t0, loadMs: performance.now() - t1 };
}

async function dispatch(req: WorkerRequest, progress: Progress): Promise<unknown> {
  switch (req.kind) {
    case 'open-file':
      return openFile(req.name, req.bytes, req.apiVersion, progress);
    case 'open-sample':
      return openSample(req.name, req.jsonUrl, req.xlsxUrl, req.apiVersion, progress);
    case 'open-blank':
      return openBlank(req.apiVersion);
    case 'action':
      return action(needBook(), req.name, progress);
    case 'correct':
      return correct(needBook(), req.request, progress);
    case 'select': {
      const b = needBook();
      await goToCell(req.sheet, req.cell);
      b.active = req.sheet;
      return null;
    }
    case 'save-settings':
      return saveSettings(needBook(), req, progress);
    case 'insert-templates':
      return insertTemplates(needBook(), progress);
    case 'view': {
      const b = needBook();
      const view = bookView(b.mem, req.sheet ?? b.active, { start: req.start, focus: req.focus });
      b.active = view.window?.sheet ?? null;
      return view;
    }
    case 'download-xlsx':
      return downloadXlsx(needBook(), progress);
    case 'download-docx':
      return downloadDocx(needBook(), progress);
    case 'measure-load':
      return measureLoad(req.name, req.bytes);
  }
}

function transferables(result: unknown): Transferable[] {
  const bytes = (result as { bytes?: unknown } | null)?.bytes;
  return bytes instanceof ArrayBuffer ? [bytes] : [];
}

async function failure(
  id: number,
  req: WorkerRequest,
  e: unknown,
): Promise<Extract<WorkerResponse, { kind: 'error' }>> {
  if (req.kind === 'open-file' || req.kind === 'download-xlsx' || req.kind === 'open-sample') {
    const core = corePromise ? await corePromise.catch(() => null) : null;
    if (core && e instanceof core.XlsxOpenError)
      return { id, kind: 'error', message: e.message, reason: e.reason };
  }
  if (req.kind === 'open-file') {
    // As the command line says it (src/cli/main.ts).
    const msg = e instanceof Error ? e.message : String(e);
    return {
      id,
      kind: 'error',
      message: `Terjadi kesalahan tak terduga saat membaca ${req.name}: ${msg}`,
    };
  }
  return { id, kind: 'error', message: describeError(e) };
}

let queue: Promise<void> = Promise.resolve();

/**
 * After a workbook is opened, while the page draws it: its analysis, which the pane's Validasi
 * on opening asks for next. A failure here is left for that Validasi to report.
 */
function prepareNext(): void {
  queue = queue.then(async () => {
    if (book) await currentOf(book).catch(() => undefined);
  });
}

/**
 * After the pane was given the analysis, while it shows it: Hitung's plan for the workbook as it
 * stands (kept with the analysis, dropped with it on any write), so that Hitung & Warnai has only
 * its writes left to do. A failure here is left for Hitung to report.
 */
function planNext(): void {
  queue = queue.then(async () => {
    const c = book?.current;
    if (c) await planHitung(c).catch(() => undefined);
  });
}

// One request at a time, in the order sent: an action is never interleaved with a download.
scope.onmessage = (e) => {
  const { id, req } = e.data;
  queue = queue.then(async () => {
    const progress: Progress = (step, fraction) =>
      scope.postMessage({ id, kind: 'progress', step, fraction });
    try {
      const result = await dispatch(req, progress);
      if (req.kind.startsWith('open-')) prepareNext();
      else if (book?.current && !book.current.plan) planNext();
      scope.postMessage({ id, kind: 'done', result }, transferables(result));
    } catch (err) {
      scope.postMessage(await failure(id, req, err));
    }
  });
};
