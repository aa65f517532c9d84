/**
 * What every generated sheet (`LKjIP …`) is made of: the marker line that makes it ours, the
 * names it may take, and a report table laid out as a real Excel table with its header rows,
 * fills, formats and print set-up. `report-sheets.ts` (Buat Laporan) and `temuan.ts` (the list
 * of findings, which Hitung writes too) both build on it.
 */
import type { ReportTable } from '../engine/report';
import { a1, colName as col, Sheet, type WorkbookGrid } from './grid';
import {
  readRecord,
  type CellFormat,
  type CellValueOut,
  type RecordEntry,
  type SheetSpec,
} from './plan';
import { printReady } from './print';
import { GENERATED_PREFIX } from './sheets';

/** Excel's limit on sheet names. */
export const SHEET_NAME_MAX = 31;

/** The line under every generated sheet's title; it also marks the sheet as ours. */
export const REPORT_MARKER =
  'Lembar ini dibuat oleh Capaian Kinerja (Buat Laporan) dan diganti setiap kali laporan dibuat ulang; jangan mengetik di sini.';
/** The marker line of `LKjIP Temuan`, which Hitung writes too. */
export const TEMUAN_MARKER =
  'Lembar ini dibuat oleh Capaian Kinerja (daftar temuan) dan diganti setiap kali buku kerja dihitung ulang; jangan mengetik di sini.';
/** Where the marker line stands on every generated sheet. */
export const MARKER_CELL = 'A2';

const HEADER_FILL = '#D9D9D9';
const NUMBERING_FILL = '#F2F2F2';

/** A record entry naming a generated sheet as ours. */
export function markerEntry(sheet: string): RecordEntry {
  return { kind: 'lembar', sheet };
}

export function isMarkerEntry(e: RecordEntry): boolean {
  return e.kind === 'lembar';
}

/** Sheets of the workbook that an earlier Buat Laporan wrote. */
export function ourSheets(grid: WorkbookGrid): string[] {
  const recorded = new Set(
    readRecord(grid)
      .filter(isMarkerEntry)
      .map((e) => e.sheet),
  );
  return grid.sheets
    .filter((g) => g.name.startsWith(GENERATED_PREFIX))
    .filter((g) => {
      const marker = new Sheet(g).ownText(1, 0);
      return recorded.has(g.name) || marker === REPORT_MARKER || marker === TEMUAN_MARKER;
    })
    .map((g) => g.name);
}

/** `base`, else `base (2)`, `base (3)` … — ≤ 31 characters, not taken (case-insensitive). */
export function freeName(base: string, taken: Set<string>): string {
  const fits = (s: string) => s.slice(0, SHEET_NAME_MAX).trimEnd();
  let name = fits(base);
  for (let k = 2; taken.has(name.toLowerCase()); k++) {
    const suffix = ` (${k})`;
    name =
      fits(base)
        .slice(0, SHEET_NAME_MAX - suffix.length)
        .trimEnd() + suffix;
  }
  return name;
}

export function tableName(sheet: string): string {
  return sheet
    .replace(/\((\d+)\)/g, '_$1')
    .replace(/[^A-Za-z0-9_]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/_$/, '');
}

export interface SheetBuilder {
  rows: CellValueOut[][];
  formats: Record<string, CellFormat>;
  merges: string[];
}

export function put(
  b: SheetBuilder,
  r: number,
  c: number,
  value: CellValueOut,
  format?: CellFormat,
): void {
  while (b.rows.length <= r) b.rows.push([]);
  const rowArr = b.rows[r];
  while (rowArr.length <= c) rowArr.push(null);
  rowArr[c] = value;
  if (format && Object.keys(format).length) b.formats[a1(r, c)] = format;
}

/** A line of text over the first `n` columns: merged across them and wrapped. */
export function putLine(b: SheetBuilder, r: number, n: number, text: string, bold = false): void {
  put(b, r, 0, text, bold ? { bold: true, wrap: true } : { wrap: true });
  if (n > 1) b.merges.push(`${a1(r, 0)}:${a1(r, n - 1)}`);
}

/**
 * Write a report table at row `r0` (title, group headers, header, numbering, body, notes).
 * Returns the rows of its header block (`top` … `header`, and the numbering row), its last body
 * row, and the row where the next block may start.
 */
export function writeTable(
  b: SheetBuilder,
  t: ReportTable,
  r0: number,
  withTitle: boolean,
): { top: number; header: number; headEnd: number; last: number; next: number } {
  const n = t.columns.length;
  let r = r0;
  if (withTitle) {
    put(b, r, 0, t.title, { bold: true });
    r++;
  }
  const top = r;
  // Group headers (`Capaian Tahun 2025` over Target … Kriteria), outside the Excel table.
  if (t.columns.some((c) => c.group)) {
    for (let c = 0; c < n; c++) {
      const g = t.columns[c].group;
      const start = c;
      while (c + 1 < n && g && t.columns[c + 1].group === g) c++;
      for (let k = start; k <= c; k++)
        put(b, r, k, k === start ? (g ?? null) : null, {
          bold: true,
          fill: HEADER_FILL,
          align: 'center',
          border: true,
          wrap: true,
        });
      if (g && c > start) b.merges.push(`${a1(r, start)}:${a1(r, c)}`);
    }
    r++;
  }
  const header = r;
  t.columns.forEach((c, i) =>
    put(b, r, i, c.header, {
      bold: true,
      fill: HEADER_FILL,
      align: 'center',
      wrap: true,
      border: true,
    }),
  );
  r++;
  const headEnd = t.numbering ? r : r - 1;
  if (t.numbering) {
    t.numbering.forEach((x, i) =>
      put(b, r, i, x, { align: 'center', fill: NUMBERING_FILL, border: true }),
    );
    r++;
  }
  for (const row of t.rows) {
    row.cells.forEach((cell, i) => {
      const column = t.columns[i];
      const f: CellFormat = { border: true };
      if (cell.numFmt && typeof cell.value === 'number') f.numFmt = cell.numFmt;
      if (cell.fill) f.fill = cell.fill;
      if (cell.font) f.font = cell.font;
      if (cell.bold) f.bold = true;
      if (column?.wrap && typeof cell.value === 'string') f.wrap = true;
      const align = cell.align ?? column?.align;
      if (align) f.align = align;
      if (cell.link) f.link = cell.link;
      put(b, r, i, cell.value, f);
    });
    r++;
  }
  const last = r - 1;
  for (const note of t.notes) {
    putLine(b, r, n, note);
    r++;
  }
  return { top, header, headEnd, last, next: r + 1 };
}

export function tableSheet(name: string, t: ReportTable, marker = REPORT_MARKER): SheetSpec {
  const b: SheetBuilder = { rows: [], formats: {}, merges: [] };
  const n = t.columns.length;
  putLine(b, 0, n, t.title, true);
  putLine(b, 1, n, marker);
  const { top, header, headEnd, last } = writeTable(b, t, 3, false);
  const lastCol = col(n - 1);
  const spec: SheetSpec = {
    name,
    rows: b.rows,
    formats: b.formats,
    merges: b.merges,
    columnWidths: t.columns.map((c) => c.width),
    tables: [{ name: tableName(name), range: `A${header + 1}:${lastCol}${last + 1}` }],
  };
  // The group-header, header and numbering rows on every printed page.
  return printReady(spec, [top + 1, headEnd + 1]);
}
