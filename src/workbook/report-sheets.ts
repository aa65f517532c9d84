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
import { colName as col, type WorkbookGrid } from './grid';
import {
  readRecord,
  recordSheetName,
  fitSheets,
  type CellFormat,
  type Plan,
  type SheetSpec,
} from './plan';
import { printReady } from './print';
import { GENERATED_PREFIX } from './sheets';
import { existing, TEMUAN_SHEET, temuanSheet } from './temuan';
import {
  markerEntry,
  isMarkerEntry,
  ourSheets,
  freeName,
  tableName,
  put,
  putLine,
  writeTable,
  tableSheet,
  REPORT_MARKER,
  type SheetBuilder,
} from './generated-sheet';

export {
  SHEET_NAME_MAX,
  REPORT_MARKER,
  TEMUAN_MARKER,
  MARKER_CELL,
  freeName,
  tableSheet,
} from './generated-sheet';

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
