/**
 * `LKjIP Temuan` (WORKBOOK.md rule 10): every finding with its severity, title, message and a
 * link to its cell, so a planner who opens the computed workbook sees which typed cells are
 * wrong. A generated sheet like the report's: replaced on every run, none when there are no
 * findings. `capaian compute` writes it always, Buat Laporan with the report sheets.
 */
import { FINDING_TITLE, SEVERITY_TITLE, type Finding, type Severity } from '../engine/findings';
import type { ReportCell, ReportRow, ReportTable } from '../engine/report';
import type { WorkbookGrid } from './grid';
import { readRecord, recordSheetName, fitSheets, type Plan, type SheetSpec } from './plan';
import { freeName, isMarkerEntry, ourSheets, tableSheet, TEMUAN_MARKER } from './generated-sheet';
import { GENERATED_PREFIX } from './sheets';

export const TEMUAN_SHEET = `${GENERATED_PREFIX}Temuan`;

/** Excel's own "Bad / Neutral" cell styles, and a light blue for information. */
export const SEVERITY_STYLE: Record<Severity, { fill: string; font: string }> = {
  error: { fill: '#FFC7CE', font: '#9C0006' },
  warning: { fill: '#FFEB9C', font: '#9C5700' },
  info: { fill: '#DDEBF7', font: '#1F4E78' },
};

const ORDER: Severity[] = ['error', 'warning', 'info'];

/** The sheets of the workbook, by name, for links that lead somewhere. */
export function existing(grid: WorkbookGrid): Set<string> {
  return new Set(grid.sheets.map((s) => s.name));
}

/** `'Realisasi 2025'!F11` — a sheet name quoted as Excel quotes it. */
export function placeRef(sheet: string, cell: string | null): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell ?? 'A1'}`;
}

function cell(text: string, extra: Partial<ReportCell> = {}): ReportCell {
  return { value: text || null, text, ...extra };
}

function rowOf(f: Finding, no: number, sheets: Set<string>): ReportRow {
  const where = f.sheet ? `${f.sheet}${f.cell ? `!${f.cell}` : ''}` : '(buku kerja)';
  const link = f.sheet && sheets.has(f.sheet) ? placeRef(f.sheet, f.cell) : undefined;
  return {
    kind: 'data',
    cells: [
      { value: no, text: String(no), align: 'center' },
      cell(SEVERITY_TITLE[f.severity], { ...SEVERITY_STYLE[f.severity], align: 'center' }),
      cell(FINDING_TITLE[f.code]),
      cell(where, link ? { link, font: '#0563C1' } : {}),
      cell(f.message),
      cell(f.code),
    ],
  };
}

/** The findings as a table: errors first, then warnings and information, each in found order. */
export function temuanTable(findings: Finding[], sheets: Set<string>): ReportTable {
  const sorted = ORDER.flatMap((s) => findings.filter((f) => f.severity === s));
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const parts = ORDER.filter((s) => count(s) > 0).map(
    (s) => `${count(s)} ${SEVERITY_TITLE[s].toLowerCase()}`,
  );
  return {
    id: 'temuan',
    title: `Temuan Pemeriksaan Buku Kerja (${parts.join(', ')})`,
    sheetTitle: 'Temuan',
    columns: [
      { header: 'No', width: 5, align: 'center' },
      { header: 'Tingkat', width: 12 },
      { header: 'Temuan', width: 26, wrap: true },
      { header: 'Letak', width: 22, wrap: true },
      { header: 'Uraian', width: 70, wrap: true },
      { header: 'Kode', width: 22 },
    ],
    numbering: null,
    rows: sorted.map((f, i) => rowOf(f, i + 1, sheets)),
    notes: [
      'Klik Letak untuk membuka sel yang dimaksud. Perbaiki sel pada lembar Anda, lalu hitung ulang: daftar ini diperbarui setiap kali.',
    ],
    wide: true,
  };
}

export function temuanSheet(name: string, findings: Finding[], sheets: Set<string>): SheetSpec {
  return tableSheet(name, temuanTable(findings, sheets), TEMUAN_MARKER);
}

/**
 * Hitung's companion when no report is made (`capaian compute`): the Temuan sheet replaced (or
 * removed when there is nothing to list), the record's other generated sheets kept as they are.
 */
export function temuanPlan(grid: WorkbookGrid, findings: Finding[]): Plan {
  const old = ourSheets(grid).filter((s) => s.startsWith(TEMUAN_SHEET));
  const taken = new Set(
    grid.sheets.filter((g) => !old.includes(g.name)).map((g) => g.name.toLowerCase()),
  );
  const name = freeName(TEMUAN_SHEET, taken);
  const sheets = findings.length ? [temuanSheet(name, findings, existing(grid))] : [];
  const cut = fitSheets(sheets);
  const record = [
    ...readRecord(grid).filter((e) => !(isMarkerEntry(e) && old.includes(e.sheet))),
    ...sheets.map((s) => ({ kind: 'lembar' as const, sheet: s.name })),
  ];
  return {
    sheets,
    removeSheets: old.filter((s) => !sheets.some((x) => x.name === s)),
    writes: [],
    record,
    recordSheet: recordSheetName(grid),
    corrected: [],
    cut,
  };
}
