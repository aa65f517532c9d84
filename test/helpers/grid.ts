/**
 * Test helper: build a `WorkbookGrid` (src/workbook/grid.ts) from plain arrays, the way a host
 * would hand it to the reader, and write one to a real .xlsx file for the command-line tests.
 *
 *   sheet('PK', [['No', 'Sasaran', 'Indikator Kinerja', 'Target'], [1, 'Meningkatnya …', 'Nilai SAKIP OPD', '82']],
 *         { merges: ['B2:B3'] })
 *
 * A cell is written as a `RawCell` (`{ v: 84.27 }`, `{ v: '102%' }`, `{ v: null, err: '#DIV/0!' }`,
 * `{ v: 45000, date: true }`, `{ v: 0.9793, fmt: '0.00%' }`) or, for short, as a plain string /
 * number / boolean (`null` / `undefined` / `''` = empty).
 */
import ExcelJS from 'exceljs';
import type { RawCell } from '../../src/engine/values';
import {
  a1,
  parseA1,
  type Merge,
  type SheetGrid,
  type WorkbookGrid,
} from '../../src/workbook/grid';

export type CellInput = RawCell | string | number | boolean | null | undefined;

export function isRawCell(x: CellInput): x is RawCell {
  return typeof x === 'object' && x !== null && 'v' in x;
}

/** A plain value (or a RawCell) as the RawCell a host would produce; undefined for an empty cell. */
export function cell(x: CellInput): RawCell | undefined {
  if (x === null || x === undefined || x === '') return undefined;
  if (isRawCell(x)) return x;
  return { v: x };
}

/** A numeric cell with a percent number format: `pct(0.9793)` is shown as 97,93%. */
export const pct = (v: number, fmt = '0.00%'): RawCell => ({ v, fmt });
/** A numeric cell with an explicit number format. */
export const num = (v: number, fmt?: string): RawCell => (fmt ? { v, fmt } : { v });
/** An error value (`#DIV/0!`, `#REF!` …). */
export const err = (e: string): RawCell => ({ v: null, err: e });
/** A date cell (Excel serial number flagged as a date). */
export const date = (serial: number): RawCell => ({ v: serial, date: true });

/** `'A1:C1'` → a 0-based Merge. */
export function merge(range: string): Merge {
  const [from, to] = range.split(':');
  const a = parseA1(from);
  const b = parseA1(to ?? from);
  if (!a || !b) throw new Error(`bad range ${range}`);
  return { top: a.r, left: a.c, bottom: b.r, right: b.c };
}

export interface SheetOptions {
  merges?: (Merge | string)[];
  hidden?: boolean;
}

export function sheet(name: string, rows: CellInput[][], opts: SheetOptions = {}): SheetGrid {
  return {
    name,
    rows: rows.map((row) => row.map(cell)),
    merges: (opts.merges ?? []).map((m) => (typeof m === 'string' ? merge(m) : m)),
    hidden: opts.hidden,
  };
}

export function workbook(...sheets: SheetGrid[]): WorkbookGrid {
  return { sheets };
}

function textOf(c: RawCell | undefined): string {
  if (!c || c.v === null || c.v === undefined) return '';
  return String(c.v).trim();
}

/**
 * Address of a cell in a grid we built, found by its row and column labels: the first row holding
 * a cell whose text is `rowText`, and the column of the first header cell (searched from the top)
 * whose text is `header`. Test-side lookup of our own layout — it does not use the reader.
 */
export function cellAt(
  grid: WorkbookGrid,
  sheetName: string,
  rowText: string,
  header: string,
  nth = 0,
): string {
  const g = grid.sheets.find((s) => s.name === sheetName);
  if (!g) throw new Error(`no sheet ${sheetName}`);
  let col = -1;
  for (let r = 0; r < g.rows.length && col < 0; r++) {
    const c = (g.rows[r] ?? []).findIndex((x) => textOf(x) === header);
    if (c >= 0) col = c;
  }
  if (col < 0) throw new Error(`no header "${header}" on ${sheetName}`);
  let seen = 0;
  for (let r = 0; r < g.rows.length; r++) {
    if ((g.rows[r] ?? []).some((x) => textOf(x) === rowText)) {
      if (seen === nth) return a1(r, col);
      seen++;
    }
  }
  throw new Error(`no row "${rowText}" on ${sheetName}`);
}

/** Address of the first cell whose text is `text` on a sheet. */
export function cellOf(grid: WorkbookGrid, sheetName: string, text: string): string {
  const g = grid.sheets.find((s) => s.name === sheetName);
  if (!g) throw new Error(`no sheet ${sheetName}`);
  for (let r = 0; r < g.rows.length; r++) {
    const c = (g.rows[r] ?? []).findIndex((x) => textOf(x) === text);
    if (c >= 0) return a1(r, c);
  }
  throw new Error(`no cell "${text}" on ${sheetName}`);
}

/** Write a grid to an .xlsx file (exceljs), values, number formats, errors, dates and merges. */
export async function writeXlsx(grid: WorkbookGrid, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const g of grid.sheets) {
    const ws = wb.addWorksheet(g.name, g.hidden ? { state: 'hidden' } : {});
    g.rows.forEach((row, r) => {
      (row ?? []).forEach((c, col) => {
        if (!c) return;
        const x = ws.getCell(r + 1, col + 1);
        if (c.err) x.value = { error: c.err } as ExcelJS.CellErrorValue;
        else if (c.date && typeof c.v === 'number')
          x.value = new Date(Math.round((c.v - 25569) * 86400000));
        else x.value = c.v as ExcelJS.CellValue;
        if (c.fmt) x.numFmt = c.fmt;
      });
    });
    for (const m of g.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  await wb.xlsx.writeFile(file);
}
