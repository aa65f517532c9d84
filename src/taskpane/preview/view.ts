/**
 * The grid view's data, built in the worker from the in-memory workbook: the sheets, and one
 * window of rows of the sheet on screen with each cell's text as Excel shows it,
 * its fill, font colour and alignment. A window, not the whole sheet: a workbook of 200 000 rows
 * must not cross to the page (nor be drawn) at once.
 */
import { format as formatNumber, getFormatFromId } from 'numfmt';
import type { InMemoryWorkbook, ModelCell } from '../../hosts/preview';
import type { ModelSheet } from '../../hosts/preview/model';
import { parseA1 } from '../../workbook/grid';
import type { BookView, SheetInfo, SheetWindow, ViewCell, ViewMerge } from './protocol';

/** Rows in one window, and the columns shown. */
export const WINDOW_ROWS = 1000;
export const MAX_VIEW_COLS = 100;

/**
 * The grid shows numbers as Excel with an Indonesian locale does (comma decimals, dot
 * thousands, Indonesian month names) — numfmt's `id` locale.
 */
const LOCALE = 'id';

/**
 * exceljs names the built-in short date (numFmtId 14) `mm-dd-yy`; Excel shows that format in
 * the system's short-date order — with an Indonesian locale `dd/mm/yyyy`.
 */
const BUILT_IN: Record<string, string> = { 'mm-dd-yy': getFormatFromId(14, LOCALE) };

/**
 * `value` in the number format `fmt` as Excel shows it: quoted text and escaped characters as
 * written (`0.00"%"` shows 100 as `100,00%`), `%` outside quotes multiplies by 100 (`0%` shows
 * 0,98 as `98%`), thousands separators only where the format has them, `General` as Excel's
 * General, dates by their date codes, text through the format's `@`. A format Excel would not
 * accept shows the value as General.
 */
export function formatCellValue(value: number | string | boolean, fmt: string | undefined): string {
  const pattern = !fmt ? 'General' : (BUILT_IN[fmt] ?? fmt);
  try {
    return formatNumber(pattern, value, { locale: LOCALE });
  } catch {
    return formatNumber('General', value, { locale: LOCALE });
  }
}

/** A cell's text the way Excel shows it (its column wide enough). */
export function displayValue(cell: ModelCell | undefined): string {
  if (!cell) return '';
  if (cell.err) return cell.err;
  const v = cell.v;
  if (v === null || v === undefined) return '';
  return formatCellValue(v, cell.fmt);
}

function extent(sheet: ModelSheet): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const { r, c } of sheet.entries()) {
    if (r + 1 > rows) rows = r + 1;
    if (c + 1 > cols) cols = c + 1;
  }
  for (const m of sheet.merges) {
    rows = Math.max(rows, m.r1 + 1);
    cols = Math.max(cols, m.c1 + 1);
  }
  return { rows, cols };
}

export function sheetInfos(wb: InMemoryWorkbook): SheetInfo[] {
  return wb.sheets.map((s) => ({
    name: s.name,
    visible: s.visibility === 'Visible',
    ...extent(s),
  }));
}

/** The window of `sheet` that starts at `start`, or that holds the cell `focus` near its middle. */
export function sheetWindow(
  wb: InMemoryWorkbook,
  name: string | null,
  opts: { start?: number; focus?: string | null } = {},
): SheetWindow | null {
  const visible = wb.sheets.filter((s) => s.visibility === 'Visible');
  const sheet =
    (name ? visible.find((s) => s.name.toLowerCase() === name.toLowerCase()) : undefined) ??
    visible[0];
  if (!sheet) return null;
  const { rows, cols } = extent(sheet);
  const total = rows + 2;
  let start = Math.max(0, Math.floor(opts.start ?? 0));
  const focus = opts.focus ? parseA1(opts.focus.split(':')[0]) : null;
  if (focus && (focus.r < start || focus.r >= start + WINDOW_ROWS))
    start = Math.max(0, focus.r - Math.floor(WINDOW_ROWS / 2));
  if (start >= total) start = Math.max(0, total - WINDOW_ROWS);
  const end = Math.min(total, start + WINDOW_ROWS);
  const width = Math.min(cols + 1, MAX_VIEW_COLS);
  const cells: ViewCell[] = [];
  for (const { r, c, cell } of sheet.entries()) {
    if (r < start || r >= end || c >= width) continue;
    const text = displayValue(cell);
    const out: ViewCell = { r, c, text };
    if (cell.fill) out.fill = cell.fill;
    if (cell.font) out.font = cell.font;
    if (cell.bold) out.bold = true;
    if (cell.wrap) out.wrap = true;
    if (cell.hAlign && cell.hAlign !== 'General') out.align = cell.hAlign.toLowerCase();
    if (typeof cell.v === 'number' && !cell.err) out.num = true;
    if (text || out.fill || out.font) cells.push(out);
  }
  const merges: ViewMerge[] = [];
  for (const m of sheet.merges) {
    if (m.r1 < start || m.r0 >= end || m.c0 >= width) continue;
    // Clipped to the window: a merged area cut by the window's edge starts at its first row.
    merges.push({
      r0: Math.max(m.r0, start),
      c0: m.c0,
      r1: Math.min(m.r1, end - 1),
      c1: Math.min(m.c1, width - 1),
    });
  }
  return { sheet: sheet.name, start, end, cols: width, cells, merges };
}

export function bookView(
  wb: InMemoryWorkbook,
  name: string | null,
  opts: { start?: number; focus?: string | null } = {},
): BookView {
  return { sheets: sheetInfos(wb), window: sheetWindow(wb, name, opts) };
}
