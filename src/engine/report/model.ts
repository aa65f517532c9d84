/**
 * The report as plain data (NARRATIVE.md): the tables of Bab III and the narrative around them.
 * Built once from the computed PKs; the generated sheets and the Word draft are two renderings of
 * the same data, so they always say the same thing.
 */

export type TableId =
  'skala' | 'capaian' | 'rekap' | 'efisiensi' | 'anggaran' | 'program' | 'temuan';

/** One cell of a report table: what a sheet stores (numbers stay numbers) and what is printed. */
export interface ReportCell {
  /** The value a sheet stores: a number stays a number (rounded as printed), text stays text. */
  value: string | number | null;
  /** The same as printed in the report, the Indonesian way (`102,77%`, `3.964.236.937`). */
  text: string;
  /** Excel number format for a number (locale-free codes: `0.00"%"`, `#,##0`). */
  numFmt?: string;
  /** Fill `#RRGGBB` (predicate colours) and its contrast font colour. */
  fill?: string;
  font?: string;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  /** A place in the workbook the cell links to (`'Realisasi 2025'!F11`). */
  link?: string;
}

export interface ReportColumn {
  /** Unique header text (also the Excel table's column name). */
  header: string;
  /** A group header spanning consecutive columns (`Capaian Tahun 2025`, `Tren Realisasi`). */
  group?: string;
  /** Width in characters (Excel column width; the Word table scales it). */
  width: number;
  /** Long text: wrap. */
  wrap?: boolean;
  align?: 'left' | 'center' | 'right';
}

export type RowKind = 'data' | 'group' | 'total';

export interface ReportRow {
  kind: RowKind;
  cells: ReportCell[];
}

export interface ReportTable {
  id: TableId;
  /** `Tabel 3.2 Capaian Kinerja Tahun 2025 …` */
  title: string;
  /** Short name for a sheet (`Capaian`, `Efisiensi`); the PK tag is added by the sheet writer. */
  sheetTitle: string;
  columns: ReportColumn[];
  /** The numbered-column row (`1`, `2`, …, `7 = 6/5*100`), or null. */
  numbering: string[] | null;
  rows: ReportRow[];
  /** Lines printed under the table (the rule applied, the source). */
  notes: string[];
  /** Too wide for A4 portrait: a landscape page in Word, landscape print in Excel. */
  wide: boolean;
}

/** One paragraph-level element of the narrative. */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  | { kind: 'paragraph'; text: string }
  | {
      kind: 'list';
      /** Each item carries its own label (`a.`, `1.`, `-`). */
      items: { label: string; text: string }[];
    }
  | { kind: 'table'; table: ReportTable };

export type FaktorField = 'faktorPendorong' | 'faktorPenghambat' | 'solusi' | 'tantangan';

/** A visible `[isi …]` left in the narrative where the planner has not written the text. */
export interface Placeholder {
  pk: string;
  indikator: string;
  field: FaktorField;
  text: string;
}

export interface PkReport {
  /** PK sheet name. */
  sheet: string;
  /** `PK1`, `PK2` … when several PKs are measured; null when there is one. */
  tag: string | null;
  /** `Perjanjian Kinerja Tahun 2025 (Renstra 2021-2026)` */
  label: string;
  tables: {
    skala: ReportTable;
    capaian: ReportTable;
    rekap: ReportTable;
    efisiensi: ReportTable;
    anggaran: ReportTable;
  };
  /** Supporting-program tables, one per sasaran that has program indicators. */
  programTables: ReportTable[];
}

export interface Report {
  judul: string;
  instansi: string | null;
  tahun: number | null;
  /** The whole Bab III draft in reading order (tables included as `table` blocks). */
  blocks: Block[];
  /** Measured PKs, in sheet order. */
  pks: PkReport[];
  placeholders: Placeholder[];
}
