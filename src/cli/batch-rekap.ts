/**
 * `capaian check FILE… DIR… --rekap REKAP.xlsx`: the batch summary as a workbook.
 *  - "Rekap": the summary rows (./batch-summary) as an Excel table, one row per reported PK or
 *    unusable workbook, figures as numbers with their formats, the average capaian and its
 *    predicate in the predicate's fill (the fill Hitung writes), and a totals row that sums
 *    the counts (Excel's SUBTOTAL: it follows the table's filter).
 *  - "Temuan": every finding of every workbook — file, severity, title, sheet, cell (a link that
 *    opens the workbook at the cell), message, code — as a table too.
 */
import path from 'path';
import ExcelJS from 'exceljs';
import { percentCell, rupiahCell } from '../engine/report/format';
import { FINDING_TITLE, SEVERITY_TITLE, type Finding } from '../engine/findings';
import { fontFor } from '../engine/scales';
import { SEVERITY_STYLE } from '../workbook/temuan';
import { REKAP_SHEET, REKAP_TITLE, type FileResult } from './batch-check';

export { REKAP_SHEET };
import { summaryRows, totalsOf, type SummaryRow } from './batch-summary';

export const TEMUAN_SHEET = 'Temuan';
/** The row of the Rekap table's header (a title stands above it). */
export const REKAP_HEADER_ROW = 3;

interface Column {
  name: string;
  width: number;
  numFmt?: string;
  /** Summed in the totals row. */
  sum?: boolean;
  value: (r: SummaryRow) => ExcelJS.CellValue;
}

// Figures rounded by the cells the report sheets write (one figure everywhere).
const pct = (x: number | null | undefined) => (x == null ? null : percentCell(x).value);
const rupiah = (x: number | null | undefined) => (x == null ? null : rupiahCell(x).value);

const COLUMNS: Column[] = [
  { name: 'Berkas', width: 32, value: (r) => r.file },
  { name: 'Unit', width: 24, value: (r) => r.unit },
  { name: 'Tahun', width: 7, numFmt: '0', value: (r) => r.pk?.tahun ?? null },
  { name: 'PK', width: 18, value: (r) => r.pk?.sheet ?? null },
  { name: 'Renstra', width: 11, value: (r) => r.pk?.periode ?? null },
  { name: 'Indikator', width: 10, numFmt: '0', sum: true, value: (r) => r.pk?.indikator ?? null },
  { name: 'Tercapai', width: 10, numFmt: '0', sum: true, value: (r) => r.pk?.tercapai ?? null },
  { name: 'Rata-rata Capaian (%)', width: 12, numFmt: '0.00', value: (r) => pct(r.pk?.capaian) },
  { name: 'Predikat', width: 15, value: (r) => r.pk?.predikat ?? null },
  { name: 'Pagu (Rp)', width: 17, numFmt: '#,##0', value: (r) => rupiah(r.pk?.pagu) },
  {
    name: 'Realisasi (Rp)',
    width: 17,
    numFmt: '#,##0',
    value: (r) => rupiah(r.pk?.realisasiAnggaran),
  },
  { name: 'Serapan (%)', width: 10, numFmt: '0.00', value: (r) => pct(r.pk?.serapan) },
  { name: 'Kesalahan', width: 11, numFmt: '0', sum: true, value: (r) => r.counts?.error ?? null },
  {
    name: 'Peringatan',
    width: 11,
    numFmt: '0',
    sum: true,
    value: (r) => r.counts?.warning ?? null,
  },
  { name: 'Informasi', width: 11, numFmt: '0', sum: true, value: (r) => r.counts?.info ?? null },
  { name: 'Keterangan', width: 60, value: (r) => r.reason },
];

/** The Rekap header's column names, in order. */
export const REKAP_COLUMNS = COLUMNS.map((c) => c.name);

/** A4 landscape, as wide as one page (the product's generated sheets print so too). */
const PAGE: Partial<ExcelJS.PageSetup> = {
  paperSize: 9,
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
};

function solid(hex: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } };
}

function argb(hex: string): string {
  return 'FF' + hex.replace('#', '').toUpperCase();
}

function colour(cell: ExcelJS.Cell, fill: string, font = fontFor(fill)): void {
  cell.fill = solid(fill);
  cell.font = { ...cell.font, color: { argb: argb(font) } };
}

/** The predicate fill on the capaian and predikat cells, the error style on a reason. */
function styleRekapRow(ws: ExcelJS.Worksheet, row: number, r: SummaryRow): void {
  const at = (name: string) => ws.getCell(row, REKAP_COLUMNS.indexOf(name) + 1);
  if (r.pk?.warna) {
    colour(at('Rata-rata Capaian (%)'), r.pk.warna);
    colour(at('Predikat'), r.pk.warna);
  }
  // Rupiah shown as the report sheets show it: with sen only where there are sen.
  const amounts = [
    ['Pagu (Rp)', r.pk?.pagu],
    ['Realisasi (Rp)', r.pk?.realisasiAnggaran],
  ] as const;
  for (const [name, x] of amounts) {
    const numFmt = x == null ? undefined : rupiahCell(x).numFmt;
    if (numFmt) at(name).numFmt = numFmt;
  }
  if (r.reason !== null) {
    const s = SEVERITY_STYLE.error;
    colour(at('Keterangan'), s.fill, s.font);
  }
}

function totalsColumn(c: Column, rows: SummaryRow[]): ExcelJS.TableColumnProperties {
  const base = { name: c.name, filterButton: true, style: c.numFmt ? { numFmt: c.numFmt } : {} };
  if (c === COLUMNS[0]) return { ...base, totalsRowLabel: 'Jumlah' };
  if (!c.sum) return base;
  const total = rows.reduce((n, r) => n + (Number(c.value(r)) || 0), 0);
  return {
    ...base,
    totalsRowFunction: 'sum',
    totalsRowResult: total,
  } as ExcelJS.TableColumnProperties;
}

function writeRekap(wb: ExcelJS.Workbook, results: FileResult[]): void {
  const ws = wb.addWorksheet(REKAP_SHEET, {
    views: [{ state: 'frozen', ySplit: REKAP_HEADER_ROW }],
    pageSetup: PAGE,
  });
  const rows = summaryRows(results);
  const t = totalsOf(results);
  ws.getCell('A1').value = `${REKAP_TITLE} — ${t.files} buku kerja`;
  ws.getCell('A1').font = { bold: true, size: 13 };
  ws.addTable({
    name: 'RekapBukuKerja',
    ref: `A${REKAP_HEADER_ROW}`,
    headerRow: true,
    totalsRow: true,
    style: { theme: 'TableStyleLight1', showRowStripes: false },
    columns: COLUMNS.map((c) => totalsColumn(c, rows)),
    rows: rows.map((r) => COLUMNS.map((c) => c.value(r))),
  });
  rows.forEach((r, i) => styleRekapRow(ws, REKAP_HEADER_ROW + 1 + i, r));
  const header = ws.getRow(REKAP_HEADER_ROW);
  header.height = 30;
  header.eachCell((c) => (c.alignment = { wrapText: true, vertical: 'bottom' }));
  COLUMNS.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
  });
  const notes = [
    `${t.checked} dari ${t.files} buku kerja diperiksa${t.unusable ? `, ${t.unusable} tidak dapat diperiksa` : ''}.`,
    'Satu baris per PK yang diukur; jumlah temuan tertulis pada baris pertama buku kerjanya. Rata-rata capaian tiap PK tidak dirata-ratakan lagi antar-buku kerja.',
  ];
  const below = REKAP_HEADER_ROW + rows.length + 3;
  notes.forEach((n, i) => (ws.getCell(below + i, 1).value = n));
}

/** `../Kec/semboro.xlsx#'Realisasi'!F11`: opens the workbook at the cell, from the rekap's folder. */
function cellLink(rekapDir: string, file: string, f: Finding): string | null {
  if (!f.sheet || !f.cell) return null;
  const rel = path.relative(rekapDir, path.resolve(file)).split(path.sep).join('/');
  return `${rel}#'${f.sheet.replace(/'/g, "''")}'!${f.cell}`;
}

const TEMUAN_COLUMNS = ['Berkas', 'Tingkat', 'Temuan', 'Lembar', 'Sel', 'Uraian', 'Kode'];
const TEMUAN_WIDTHS = [32, 12, 32, 18, 8, 90, 24];

function writeTemuan(wb: ExcelJS.Workbook, results: FileResult[], rekapDir: string): void {
  const ws = wb.addWorksheet(TEMUAN_SHEET, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: PAGE,
  });
  const list = results.flatMap((r) => r.findings.map((f) => ({ file: r.file, f })));
  TEMUAN_WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  if (list.length === 0) {
    ws.getCell('A1').value = 'Tidak ada temuan.';
    return;
  }
  ws.addTable({
    name: 'DaftarTemuan',
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleLight1', showRowStripes: false },
    columns: TEMUAN_COLUMNS.map((name) => ({ name, filterButton: true })),
    rows: list.map(({ file, f }) => [
      file,
      SEVERITY_TITLE[f.severity],
      FINDING_TITLE[f.code],
      f.sheet,
      f.cell,
      f.message,
      f.code,
    ]),
  });
  list.forEach(({ file, f }, i) => {
    const row = ws.getRow(i + 2);
    const s = SEVERITY_STYLE[f.severity];
    colour(row.getCell(2), s.fill, s.font);
    const link = cellLink(rekapDir, file, f);
    if (link) {
      const c = row.getCell(5);
      c.value = { text: f.cell!, hyperlink: link };
      c.font = { ...c.font, underline: true, color: { argb: argb('#0563C1') } };
    }
  });
}

/** The rekap workbook's bytes; `rekapFile` places the cell links relative to it. */
export async function rekapBytes(results: FileResult[], rekapFile: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Capaian Kinerja';
  writeRekap(wb, results);
  writeTemuan(wb, results, path.dirname(path.resolve(rekapFile)));
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
