/**
 * Blank templates for a planner who starts from an empty workbook (the pane's "Sisipkan templat
 * kosong"): TC.25 (with the indicators' Formulasi and Sumber Data), PK (with its program table)
 * and Realisasi (kinerja table with a Realisasi Kabupaten comparison column, anggaran table with
 * the Jenis Belanja), laid out with the headers of WORKBOOK.md so that the reader finds their tables as soon as rows are
 * typed in. They are user sheets with plain names: only those the workbook lacks are added, and
 * none is ever replaced.
 */
import {
  readRecord,
  recordSheetName,
  type CellFormat,
  type CellValueOut,
  type Plan,
  type SheetSpec,
} from './plan';
import { a1, Sheet, type WorkbookGrid } from './grid';
import { classifySheet, type SheetKind } from './sheets';
import { settingsOf } from './settings-plan';

export const TEMPLATE_SHEETS = { tc25: 'TC.25', pk: 'PK', realisasi: 'Realisasi' } as const;

export interface TemplateOptions {
  /** The report year (default: the Pengaturan sheet's Tahun, else the current year). */
  tahun?: number;
  /** The Renstra period `2025-2029` (default: five years from `tahun`). */
  periode?: string;
  /** Blank bordered rows under each header. */
  bodyRows?: number;
}

const HEADER: CellFormat = {
  bold: true,
  fill: '#D9E1F2',
  border: true,
  wrap: true,
  align: 'center',
};
const BODY: CellFormat = { border: true, wrap: true };

/** Lays a sheet out row by row, with header and body formats. */
class Layout {
  readonly rows: CellValueOut[][] = [];
  readonly formats: Record<string, CellFormat> = {};
  readonly merges: string[] = [];

  line(...cells: CellValueOut[]): number {
    this.rows.push(cells);
    return this.rows.length - 1;
  }

  title(text: string): number {
    const r = this.line(text);
    this.formats[a1(r, 0)] = { bold: true };
    return r;
  }

  header(cells: CellValueOut[]): number {
    const r = this.line(...cells);
    cells.forEach((_, c) => (this.formats[a1(r, c)] = HEADER));
    return r;
  }

  body(columns: number, count: number): void {
    for (let i = 0; i < count; i++) {
      const r = this.line();
      for (let c = 0; c < columns; c++) this.formats[a1(r, c)] = BODY;
    }
  }

  merge(r0: number, c0: number, r1: number, c1: number): void {
    this.merges.push(`${a1(r0, c0)}:${a1(r1, c1)}`);
  }

  spec(name: string, columnWidths: number[]): SheetSpec {
    return {
      name,
      rows: this.rows,
      formats: this.formats,
      merges: this.merges,
      columnWidths,
      landscape: true,
    };
  }
}

function tc25Sheet(periode: string, bodyRows: number): SheetSpec {
  const [from, to] = periode.split('-').map(Number);
  const years: number[] = [];
  for (let y = from; y <= to; y++) years.push(y);
  const l = new Layout();
  l.title('TC.25 Tujuan dan Sasaran Jangka Menengah Pelayanan Perangkat Daerah');
  l.title(`Renstra ${periode} (sesuaikan periode dan tahun pada kepala kolom)`);
  l.line();
  const before = ['No', 'Tujuan', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Polaritas'];
  const top = [
    ...before,
    `Kondisi Awal (${from - 1})`,
    'Target Kinerja pada Tahun',
    ...years.slice(1).map(() => null),
    'Target Akhir Renstra',
    'Kode',
    'Formulasi',
    'Sumber Data',
  ];
  const h = l.header(top);
  const sub = l.header([...before.map(() => null), null, ...years, null, null, null, null]);
  const yearCol = before.length + 1;
  const cols = top.length;
  for (let c = 0; c < cols; c++) {
    if (c >= yearCol && c < yearCol + years.length) continue;
    l.merge(h, c, sub, c);
  }
  l.merge(h, yearCol, h, yearCol + years.length - 1);
  l.body(cols, bodyRows);
  return l.spec(TEMPLATE_SHEETS.tc25, [
    5,
    30,
    30,
    36,
    10,
    10,
    12,
    ...years.map(() => 9),
    12,
    10,
    36,
    24,
  ]);
}

function pkSheet(tahun: number, periode: string, bodyRows: number): SheetSpec {
  const l = new Layout();
  l.title(`Perjanjian Kinerja Tahun ${tahun}`);
  l.title(`Dasar Renstra ${periode}`);
  l.line();
  const kinerja = [
    'No',
    'Sasaran Strategis',
    'Indikator Kinerja',
    'Target',
    'Satuan',
    'Polaritas',
    'Kode',
  ];
  l.header(kinerja);
  l.body(kinerja.length, bodyRows);
  l.line();
  l.title('Program dan Anggaran');
  const program = ['No', 'Program', 'Anggaran (Rp)', 'Sasaran (No.)'];
  l.header(program);
  l.body(program.length, bodyRows);
  return l.spec(TEMPLATE_SHEETS.pk, [5, 40, 40, 14, 12, 12, 10]);
}

function realisasiSheet(tahun: number, bodyRows: number): SheetSpec {
  const l = new Layout();
  l.title(`Pengukuran Kinerja Tahun ${tahun}`);
  l.line();
  const kinerja = [
    'No',
    'Sasaran',
    'Indikator Kinerja',
    'Satuan',
    'Target',
    'Realisasi',
    'Capaian (%)',
    'Kriteria',
    'Target Akhir Renstra',
    'Capaian thd Target Akhir Renstra (%)',
    'Realisasi Kabupaten',
    'Faktor Pendorong',
    'Faktor Penghambat',
    'Solusi',
  ];
  l.header(kinerja);
  l.body(kinerja.length, bodyRows);
  l.line();
  l.title(`Realisasi Anggaran Tahun ${tahun}`);
  const anggaran = [
    'Kode',
    'Program / Kegiatan / Sub Kegiatan',
    'Pagu Anggaran (Rp)',
    'Realisasi (Rp)',
    '%',
    'Sisa (Rp)',
    'Jenis Belanja (Operasi / Modal)',
  ];
  l.header(anggaran);
  l.body(anggaran.length, bodyRows);
  return l.spec(
    TEMPLATE_SHEETS.realisasi,
    [14, 34, 40, 10, 12, 12, 12, 14, 12, 14, 14, 30, 30, 30],
  );
}

/**
 * The plan that adds the blank TC.25, PK and Realisasi templates the workbook lacks (a sheet of
 * that kind, by name or by its tables, or a sheet with the template's name, counts as present).
 */
export function buildTemplatesPlan(grid: WorkbookGrid, opts: TemplateOptions = {}): Plan {
  const kinds = new Set<SheetKind>(
    grid.sheets.map((g) => classifySheet(new Sheet(g)).kind).filter((k) => k !== 'record'),
  );
  const names = new Set(grid.sheets.map((g) => g.name.toLowerCase()));
  const tahun = opts.tahun ?? settingsOf(grid).tahun ?? new Date().getFullYear();
  const periode = opts.periode ?? `${tahun}-${tahun + 4}`;
  const bodyRows = opts.bodyRows ?? 10;
  const sheets: SheetSpec[] = [];
  const lacks = (kind: SheetKind, name: string) =>
    !kinds.has(kind) && !names.has(name.toLowerCase());
  if (lacks('tc25', TEMPLATE_SHEETS.tc25)) sheets.push(tc25Sheet(periode, bodyRows));
  if (lacks('pk', TEMPLATE_SHEETS.pk)) sheets.push(pkSheet(tahun, periode, bodyRows));
  if (lacks('realisasi', TEMPLATE_SHEETS.realisasi)) sheets.push(realisasiSheet(tahun, bodyRows));
  return {
    sheets,
    writes: [],
    record: readRecord(grid),
    recordSheet: recordSheetName(grid),
    corrected: [],
  };
}
