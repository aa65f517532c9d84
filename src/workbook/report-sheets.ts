/**
 * Buat Laporan: the report tables and the narrative as generated sheets (WORKBOOK.md "What we
 * write", NARRATIVE.md). Pure: a `Plan` whose `sheets` every host applies the same way.
 *
 * - One sheet per table per measured PK (`LKjIP Capaian`, `LKjIP Efisiensi PK2` …) and one
 *   `LKjIP Narasi` of paragraphs; names ≤ 31 characters, with a PK tag when several PKs are
 *   measured.
 * - Real Excel tables with the reports' headers, a group-header row above them, the numbered-column
 *   row as the first body row, predicate fills with contrast fonts, number formats as cell formats
 *   (values stay numbers), column widths and wrapping; print-ready (src/workbook/print.ts): A4
 *   landscape one page wide, the table's header rows on every page, row heights for the wrapped
 *   text, the report's font.
 * - A sheet is ours when the record lists it or it carries our marker line; a user sheet with the
 *   same name is never touched — ours gets another name (`… (2)`). Earlier generated sheets no
 *   longer produced are removed; the record is updated so that re-running replaces only ours.
 */
import { buildReport, type Block, type Report, type ReportTable } from '../engine/report';
import type { Analysis } from './analyze';
import { a1, colName as col, Sheet, type WorkbookGrid } from './grid';
import {
  readRecord,
  recordSheetName,
  fitSheets,
  type CellFormat,
  type CellValueOut,
  type Plan,
  type RecordEntry,
  type SheetSpec,
} from './plan';
import { printReady } from './print';
import { GENERATED_PREFIX } from './sheets';
import { existing, TEMUAN_SHEET, temuanSheet } from './temuan';

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
function markerEntry(sheet: string): RecordEntry {
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

function tableName(sheet: string): string {
  return sheet
    .replace(/\((\d+)\)/g, '_$1')
    .replace(/[^A-Za-z0-9_]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/_$/, '');
}

interface SheetBuilder {
  rows: CellValueOut[][];
  formats: Record<string, CellFormat>;
  merges: string[];
}

function put(
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
function putLine(b: SheetBuilder, r: number, n: number, text: string, bold = false): void {
  put(b, r, 0, text, bold ? { bold: true, wrap: true } : { wrap: true });
  if (n > 1) b.merges.push(`${a1(r, 0)}:${a1(r, n - 1)}`);
}

/**
 * Write a report table at row `r0` (title, group headers, header, numbering, body, notes).
 * Returns the rows of its header block (`top` … `header`, and the numbering row), its last body
 * row, and the row where the next block may start.
 */
function writeTable(
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

const NARASI_WIDTHS = [100, 34, 10, 10, 10, 10];

function narasiSheet(name: string, report: Report, sheetOf: Map<ReportTable, string>): SheetSpec {
  const b: SheetBuilder = { rows: [], formats: {}, merges: [] };
  put(b, 0, 0, report.judul, { bold: true, wrap: true });
  put(b, 1, 0, REPORT_MARKER, { wrap: true });
  let r = 3;
  const tables: { name: string; range: string }[] = [];
  // Each paragraph spans the sheet's full width, so the printed page is filled, not its left half.
  const para = (text: string, f: CellFormat = {}) => {
    putLine(b, r, NARASI_WIDTHS.length, text, f.bold === true);
    r++;
  };
  const walk = (block: Block) => {
    switch (block.kind) {
      case 'heading':
        if (block.level <= 2 && r > 3) r++;
        para(block.text, { bold: true });
        break;
      case 'paragraph':
        para(block.text);
        break;
      case 'list':
        for (const it of block.items) para(`    ${it.label} ${it.text}`);
        break;
      case 'table': {
        const sheet = sheetOf.get(block.table);
        if (sheet) {
          para(`${block.table.title} — lihat lembar “${sheet}”.`);
        } else {
          const { header, last, next } = writeTable(b, block.table, r, true);
          const lastCol = col(block.table.columns.length - 1);
          tables.push({
            name: `${tableName(name)}_${tables.length + 1}`,
            range: `A${header + 1}:${lastCol}${last + 1}`,
          });
          r = next;
        }
        break;
      }
    }
  };
  report.blocks.forEach(walk);
  const spec: SheetSpec = {
    name,
    rows: b.rows,
    formats: b.formats,
    merges: b.merges,
    columnWidths: NARASI_WIDTHS,
    tables,
  };
  // The report's title on every printed page (the sheet holds several tables).
  return printReady(spec, [1, 1]);
}

export interface ReportPlanResult extends Plan {
  sheets: SheetSpec[];
  removeSheets: string[];
  /** The report the sheets were built from (the Word draft renders the same). */
  report: Report;
}

/**
 * The plan of Buat Laporan: the generated sheets, the earlier ones to remove, and the record with
 * our sheets listed. Apply it alone, or merge it into Hitung's plan with `withReport`.
 */
export function buildReportPlan(grid: WorkbookGrid, analysis: Analysis): ReportPlanResult {
  const report = buildReport(analysis.results, analysis.settings, analysis.findings);
  const ours = new Set(ourSheets(grid));
  const taken = new Set(
    grid.sheets.filter((g) => !ours.has(g.name)).map((g) => g.name.toLowerCase()),
  );
  const claim = (base: string) => {
    const name = freeName(base, taken);
    taken.add(name.toLowerCase());
    return name;
  };
  const sheets: SheetSpec[] = [];
  const sheetOf = new Map<ReportTable, string>();
  for (const pk of report.pks) {
    const tag = pk.tag ? ` ${pk.tag}` : '';
    for (const t of [
      pk.tables.skala,
      pk.tables.capaian,
      pk.tables.rekap,
      pk.tables.efisiensi,
      pk.tables.anggaran,
    ]) {
      const name = claim(`${GENERATED_PREFIX}${t.sheetTitle}${tag}`);
      if (!sheetOf.has(t)) sheetOf.set(t, name);
      sheets.push(tableSheet(name, t));
    }
  }
  sheets.push(narasiSheet(claim(`${GENERATED_PREFIX}Narasi`), report, sheetOf));
  if (analysis.findings.length)
    sheets.push(temuanSheet(claim(TEMUAN_SHEET), analysis.findings, existing(grid)));
  const cut = fitSheets(sheets);
  const produced = new Set(sheets.map((s) => s.name));
  const removeSheets = [...ours].filter((s) => !produced.has(s));
  const record = [
    ...readRecord(grid).filter((e) => !isMarkerEntry(e)),
    ...sheets.map((s) => markerEntry(s.name)),
  ];
  return {
    sheets,
    removeSheets,
    writes: [],
    record,
    recordSheet: recordSheetName(grid),
    corrected: [],
    cut,
    report,
  };
}

/** Hitung's plan with Buat Laporan's sheets added (`capaian compute --laporan`). */
export function withReport(hitung: Plan, report: Plan): Plan {
  return {
    ...hitung,
    sheets: [...(hitung.sheets ?? []), ...(report.sheets ?? [])],
    removeSheets: [...(hitung.removeSheets ?? []), ...(report.removeSheets ?? [])],
    cut: [...(hitung.cut ?? []), ...(report.cut ?? [])],
    record: [
      ...hitung.record.filter((e) => !isMarkerEntry(e)),
      ...report.record.filter(isMarkerEntry),
    ],
  };
}
