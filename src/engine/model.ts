/**
 * The engine's input and output, as plain data. The workbook reader builds the input (with the
 * address of every cell it came from); the engine computes results and findings from it.
 */
import type { CellRef } from './findings';
import type { CustomBandInput, Scale, ScaleId } from './scales';
import type { Value } from './values';

export type Polaritas = 'positif' | 'negatif';
export type RumusNegatif = '2T-R' | 'T/R';
export type MetodeEfisiensi = 'selisih' | 'selisih-5' | 'rasio' | 'pmk';

export interface Settings {
  skala: ScaleId;
  batasAtasCapaian: number | null;
  rumusNegatif: RumusNegatif;
  metodeEfisiensi: MetodeEfisiensi;
  /** The bands of a `kustom` scale (already parsed and checked). */
  skalaKustom?: Scale | null;
  /**
   * The planner's custom bands when they cannot be used (a hole, an overlap, an unreadable
   * interval: SCALE_INVALID). `skala` is then the default scale for the computation; the rows are
   * kept as written so the pane shows them to be fixed and the report can name the problems.
   */
  skalaKustomInvalid?: InvalidCustomScale | null;
  instansi?: string | null;
  kabupaten?: string | null;
  tahun?: number | null;
}

export interface InvalidCustomScale {
  /** The rows of the Pengaturan custom table, as written. */
  rows: CustomBandInput[];
  /** Indonesian, one per problem, naming the bands and the values (scale-check.ts). */
  problems: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  skala: 'permendagri86-jember',
  batasAtasCapaian: null,
  rumusNegatif: '2T-R',
  metodeEfisiensi: 'selisih',
};

export interface Located<T> {
  value: T;
  ref: CellRef | null;
}

export interface PriorRealisasi {
  tahun: number;
  value: Value;
  ref: CellRef | null;
}

export type BenchmarkWilayah = 'kabupaten' | 'provinsi' | 'nasional' | 'regional';

/** A comparison figure on the indicator's row: a column naming a region (WORKBOOK.md Table 1). */
export interface BenchmarkInput {
  /** The column header as the planner wrote it (`Realisasi Kabupaten`, `Target Nasional`). */
  header: string;
  wilayah: BenchmarkWilayah | null;
  /** What the figure is: only a `target` may be called a target in prose. */
  jenis: 'target' | 'realisasi' | 'rata-rata' | null;
  /** Parsed as the other figures are (number, percent, grade, text…). */
  value: Value;
  ref: CellRef | null;
}

export interface IndicatorInput {
  /** Unique within the PK. */
  key: string;
  level: 'tujuan' | 'sasaran';
  tujuan: string | null;
  sasaran: string | null;
  /** 1-based order of its sasaran within the PK (tujuan rows: null). */
  sasaranNo: number | null;
  nama: string;
  kode: string | null;
  satuan: string | null;
  polaritas: Polaritas;
  target: Value;
  targetRef: CellRef | null;
  realisasi: Value;
  realisasiRef: CellRef | null;
  /** End-of-Renstra target used for capaian akhir (TC.25's target akhir, else its last year). */
  targetAkhir: Value | null;
  targetAkhirRef: CellRef | null;
  tahunAkhir: number | null;
  kondisiAwal: Value | null;
  realisasiLalu: PriorRealisasi[];
  /** A free-text `Benchmark` / `Pembanding` cell, as written. */
  benchmark: string | null;
  /** One per benchmark column (`Realisasi Kabupaten` …) with a non-empty cell; [] when none. */
  benchmarks: BenchmarkInput[];
  formulasi: string | null;
  /** From a `Sumber Data` column (PK, else TC.25, else Realisasi, like `formulasi`). */
  sumberData: string | null;
  faktorPendorong: string | null;
  faktorPenghambat: string | null;
  solusi: string | null;
  tantangan: string | null;
  /** Cells where the planner types results: checked when they hold a value, filled when empty. */
  typedCapaian: Located<Value> | null;
  typedPredikat: TypedPredikat | null;
  typedCapaianAkhir: Located<Value> | null;
}

export type TypedPredikat =
  | { kind: 'text'; text: string | null; ref: CellRef }
  | {
      kind: 'ticks';
      /** One cell per predicate label; `marked` true where the row carries a tick. */
      columns: { label: string; ref: CellRef; marked: boolean }[];
    };

export type BudgetLevel = 'program' | 'kegiatan' | 'subkegiatan' | 'total' | 'rata';

export interface BudgetRow {
  /** Row key, unique within the budget table. */
  key: string;
  level: BudgetLevel;
  kode: string | null;
  nama: string;
  /** Index of the parent row in the table (program of a kegiatan …); null at the top. */
  parent: number | null;
  pagu: Value;
  realisasi: Value;
  persen: Value;
  sisa: Value;
  refs: {
    pagu: CellRef | null;
    realisasi: CellRef | null;
    persen: CellRef | null;
    sisa: CellRef | null;
    nama: CellRef | null;
  };
  /** Sasaran this row supports (numbers 1…n, from a Sasaran column or a heading). */
  sasaran: number[];
  /** PK the table belongs to, when it says (sheet name); null = every PK. */
  pk: string | null;
  /** From a `Jenis Belanja` / `Kelompok Belanja` column ("Belanja Operasi", "BM" …). */
  jenisBelanja: 'operasi' | 'modal' | null;
  /** From amount columns headed `Belanja Operasi(onal)` / `Belanja Modal`. */
  belanjaOperasi: Value | null;
  belanjaModal: Value | null;
}

export interface ProgramInput {
  nama: string;
  kode: string | null;
  anggaran: Value;
  anggaranRef: CellRef | null;
  sasaran: number[];
  sasaranRef: CellRef | null;
}

export interface ProgramIndicatorRow {
  level: 'program' | 'kegiatan' | 'subkegiatan';
  kode: string | null;
  nama: string;
  indikator: string;
  satuan: string | null;
  target: Value;
  realisasi: Value;
  persen: Located<Value> | null;
  sasaran: number[];
  refs: { target: CellRef | null; realisasi: CellRef | null; nama: CellRef | null };
}

export interface TypedEfficiencyRow {
  /** Sasaran name as written, or `JUMLAH` / `Rata-rata` for the total row. */
  label: string;
  isTotal: boolean;
  sasaranNo: number | null;
  /** An indicator row under its sasaran: the indicator's name. */
  indikator: string | null;
  capaian: Located<Value> | null;
  serapan: Located<Value> | null;
  efisiensi: Located<Value> | null;
  kategori: Located<string | null> | null;
  pagu: Located<Value> | null;
  realisasiAnggaran: Located<Value> | null;
  labelRef: CellRef | null;
}

export interface PkInput {
  sheet: string;
  tahun: number | null;
  periode: string | null;
  jenis: 'awal' | 'perubahan';
  dilaporkan: boolean;
  /** The unit and kabupaten its title block names (`Kecamatan Semboro`, `Kabupaten Jember`). */
  instansi?: string | null;
  kabupaten?: string | null;
  indikator: IndicatorInput[];
  programs: ProgramInput[];
  budget: BudgetRow[];
  programIndicators: ProgramIndicatorRow[];
  efficiencyTable: TypedEfficiencyRow[];
}

// --- Results ---------------------------------------------------------------------------------

export type Trend = 'naik' | 'turun' | 'tetap' | 'fluktuatif';

export interface IndicatorResult {
  /** The input, with every typed figure a finding rejects replaced by the computed one. */
  input: IndicatorInput;
  /** The input as typed, when `input` replaced a figure (corrections.ts). */
  typed?: IndicatorInput;
  capaian: number | null;
  predikat: string | null;
  warna: string | null;
  font: string | null;
  ordinal: boolean;
  capaianAkhir: number | null;
  trend: Trend | null;
  /**
   * The points the trend was read from, in order, as pairs in one array: `tahun, value, tahun,
   * value, …` (`trendPoints` in trend.ts gives them as objects). The baseline's `tahun` is
   * BASELINE_YEAR and this year's CURRENT_YEAR (trend.ts), both integers outside the calendar;
   * `value` is the number, or the ordinal of a bare grade.
   */
  trendSeries: number[];
}

export interface SasaranResult {
  no: number;
  nama: string;
  tujuan: string | null;
  indikator: IndicatorResult[];
  capaian: number | null;
  /** Clamped capaian entering efficiency (§3). */
  capaianAgregat: number | null;
  predikat: string | null;
  warna: string | null;
  programs: string[];
  pagu: number | null;
  realisasiAnggaran: number | null;
  serapan: number | null;
  efisiensi: number | null;
  kategoriEfisiensi: string | null;
}

export interface TujuanResult {
  nama: string;
  indikator: IndicatorResult[];
  capaian: number | null;
  predikat: string | null;
  warna: string | null;
}

export interface BudgetRowResult {
  /** The row, with a pagu or realisasi a finding rejects replaced by the Σ of its rows. */
  row: BudgetRow;
  /** The row as typed, when `row` replaced an amount (corrections.ts). */
  typed?: BudgetRow;
  pagu: number | null;
  realisasi: number | null;
  serapan: number | null;
  sisa: number | null;
}

export interface Ringkasan {
  jumlahIndikator: number;
  tercapai: number;
  melampaui: number;
  tidakTercapai: number;
  tanpaCapaian: number;
  rataRataCapaian: number | null;
  predikat: string | null;
  pagu: number | null;
  realisasiAnggaran: number | null;
  serapan: number | null;
  /** JUMLAH row of the efficiency table. */
  efisiensi: {
    capaian: number | null;
    serapan: number | null;
    nilai: number | null;
    kategori: string | null;
    pagu: number | null;
    realisasi: number | null;
  };
}

export interface PkResult {
  pk: PkInput;
  indikator: IndicatorResult[];
  sasaran: SasaranResult[];
  tujuan: TujuanResult[];
  budget: BudgetRowResult[];
  ringkasan: Ringkasan;
}
