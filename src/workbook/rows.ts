/**
 * Reading the body rows of each kind of table into plain records, with the address of every
 * cell they came from. Merged cells in the body are filled down; heading rows set the context.
 */
import type { CellRef } from '../engine/findings';
import type { BenchmarkInput, BudgetLevel, Polaritas } from '../engine/model';
import { emptyValue, parseCell, type Value } from '../engine/values';
import { a1 } from './grid';
import { col, cols, type Column, type RoleKey, type Table } from './table';

export interface LocValue {
  value: Value;
  ref: CellRef;
}

export interface IndicatorRow {
  table: Table;
  r: number;
  level: 'tujuan' | 'sasaran';
  tujuan: string | null;
  sasaran: string | null;
  nama: string;
  namaRef: CellRef;
  kode: string | null;
  satuan: string | null;
  polaritas: Polaritas | null;
  target: LocValue | null;
  realisasi: LocValue | null;
  /** TW I…IV values when the table has quarterly columns. */
  tw: { n: number; v: LocValue }[];
  jenis: string | null;
  yearTargets: Map<number, LocValue>;
  yearRealisasi: Map<number, LocValue>;
  /** Typed capaian per year (a two-year table: "Tahun 2020" over "Target | Realisasi | Capaian"). */
  yearCapaian: Map<number, LocValue>;
  targetAkhir: LocValue | null;
  kondisiAwal: LocValue | null;
  capaian: LocValue | null;
  capaianAkhir: LocValue | null;
  kriteria: { text: string; ref: CellRef } | null;
  ticks: { label: string; ref: CellRef; marked: boolean }[];
  benchmark: string | null;
  /** One per benchmark column (`Realisasi Kabupaten` …) whose cell on this row is not empty. */
  benchmarks: BenchmarkInput[];
  formulasi: string | null;
  sumberData: string | null;
  faktorPendorong: { text: string | null; ref: CellRef } | null;
  faktorPenghambat: { text: string | null; ref: CellRef } | null;
  solusi: { text: string | null; ref: CellRef } | null;
  tantangan: { text: string | null; ref: CellRef } | null;
  pkTag: string | null;
}

const TOTAL_LABEL =
  /^(j\s*u\s*m\s*l\s*a\s*h|total|rata[\s-]*rata|sub\s*total|grand\s*total)(\s+(keseluruhan|seluruhnya|semua|total|umum|anggaran|belanja|pagu|realisasi|capaian|kinerja|sasaran|program|kegiatan|tujuan)\b.*)?\s*:?\s*$/i;

export function isTotalLabel(s: string): boolean {
  return TOTAL_LABEL.test(s.trim());
}

/**
 * A summary row of a kinerja table: "Jumlah", "Rata-rata", or either followed by capaian words,
 * typos included ("Rata-rata Capain Kinerja", "Jumlah Capaian Kinerja Sasaran"). "Jumlah
 * Dokumen …" is an indicator, not a summary.
 */
const SUMMARY_LABEL =
  /^(j\s*u\s*m\s*l\s*a\s*h|total|sub\s*total|rata[\s-]*rata|rerata)\s*:?(\s+(nilai\s+)?(capa\w*|kinerja|iku)\b.*)?$/i;

/** 'rata' for a mean row, 'jumlah' for a sum row, null for any other label. */
export function summaryKind(label: string): 'rata' | 'jumlah' | null {
  const m = label.trim().match(SUMMARY_LABEL);
  if (!m) return null;
  return /^(rata|rerata)/i.test(m[1]) ? 'rata' : 'jumlah';
}

/** A summary row of a kinerja table and the capaian typed on it. */
export interface SummaryTableRow {
  r: number;
  label: string;
  kind: 'rata' | 'jumlah';
  labelRef: CellRef;
  capaian: LocValue | null;
}

/** The label of a row's summary: in the indicator column (merged over it or not) or before it. */
function summaryLabelOf(table: Table, r: number, cInd: Column): string | null {
  const nama = table.sheet.text(r, cInd.c);
  if (nama && summaryKind(nama)) return nama;
  const first = table.sheet.firstText(r);
  if (first && first.c < cInd.c && (summaryKind(first.t) || isTotalLabel(first.t))) return first.t;
  return null;
}

/** The summary rows ("Rata-rata Capaian Kinerja", "Jumlah …") of a kinerja table. */
export function readSummaryRows(table: Table): SummaryTableRow[] {
  const cInd = col(table, 'indikator');
  if (!cInd) return [];
  const cCap = col(table, 'capaian');
  const out: SummaryTableRow[] = [];
  for (const r of table.rows) {
    const label = summaryLabelOf(table, r, cInd);
    if (!label) continue;
    const m = table.sheet.master(r, cInd.c);
    const at = table.sheet.ownText(r, cInd.c) ? cInd.c : (table.sheet.firstText(r)?.c ?? m.c);
    out.push({
      r,
      label,
      kind: summaryKind(label) ?? 'jumlah',
      labelRef: refOf(table, r, at),
      capaian: loc(table, r, cCap),
    });
  }
  return out;
}

function refOf(table: Table, r: number, c: number): CellRef {
  return { sheet: table.sheet.name, cell: a1(r, c) };
}

function loc(table: Table, r: number, column: Column | undefined): LocValue | null {
  if (!column) return null;
  return { value: parseCell(table.sheet.raw(r, column.c)), ref: refOf(table, r, column.c) };
}

function textAt(table: Table, r: number, column: Column | undefined): string | null {
  if (!column) return null;
  const t = table.sheet.text(r, column.c);
  return t ? t : null;
}

function ownText(table: Table, r: number, column: Column | undefined): string | null {
  if (!column) return null;
  const t = table.sheet.ownText(r, column.c);
  return t ? t : null;
}

export function parsePolaritas(text: string | null): Polaritas | null {
  if (!text) return null;
  const t = text.trim().toLowerCase();
  if (/^(positif|positive|\+|maksimal|maksimum|max|naik|meningkat|tinggi)/.test(t))
    return 'positif';
  if (/^(negatif|negative|-|−|minimal|minimum|min|turun|menurun|rendah)/.test(t)) return 'negatif';
  return null;
}

const TICK = /^(✓|✔|√|v|x|1|ya|√\s*)$/i;

/** Strip a leading "Tujuan 1 :" / "Sasaran 1.1" label. */
export function stripLabel(s: string): string {
  return (
    s.replace(/^(tujuan|sasaran)(\s+strategis)?\s*[\d.]*\s*[:.)-]?\s*/i, '').trim() || s.trim()
  );
}

/** Read the indicator rows of a TC.25, PK or Realisasi kinerja table. */
export function readIndicatorRows(table: Table, yearsOfTahunKe: number[] | null): IndicatorRow[] {
  const sheet = table.sheet;
  const cTujuan = col(table, 'tujuan');
  const cSasaran = col(table, 'sasaran');
  const cTS = col(table, 'tujuanSasaran') ?? col(table, 'sasaranIndikator');
  const cInd =
    col(table, 'indikator') ??
    (col(table, 'sasaranIndikator') && !col(table, 'indikator') ? undefined : undefined);
  if (!cInd) return [];
  const cKode = col(table, 'kode');
  const cSat = col(table, 'satuan');
  const cPol = col(table, 'polaritas');
  const cTarget = col(table, 'target');
  const cReal = col(table, 'realisasi');
  const cJenis = col(table, 'jenis');
  const cAkhir = col(table, 'targetAkhir');
  const cAwal = col(table, 'kondisiAwal');
  const cCap = col(table, 'capaian');
  const cCapAkhir = col(table, 'capaianAkhir');
  const cKrit = col(table, 'kriteria');
  const cTicks = cols(table, 'predikatTick');
  const cBench = col(table, 'benchmark');
  const cForm = col(table, 'formulasi');
  const cSumber = col(table, 'sumberData');
  const cBenchAngka = cols(table, 'benchmarkAngka');
  const cPend = col(table, 'faktorPendorong');
  const cHamb = col(table, 'faktorPenghambat');
  const cSol = col(table, 'solusi');
  const cTan = col(table, 'tantangan');
  const cPk = col(table, 'pk');
  const cTw = cols(table, 'tw');
  const cYears = table.columns.filter(
    (c) => c.role.k === 'targetTahun' || c.role.k === 'targetTahunKe',
  );
  const cRealYears = cols(table, 'realisasiTahun');

  const out: IndicatorRow[] = [];
  let curTujuan: string | null = null;
  let curSasaran: string | null = null;
  let prevHadSasaran = false;
  for (const r of table.rows) {
    const nama = textAt(table, r, cInd);
    // Tujuan / sasaran of the row.
    let tujuan: string | null = null;
    let sasaran: string | null = null;
    let explicitLevel: 'tujuan' | 'sasaran' | null = null;
    if (cTujuan || cSasaran) {
      const tOwn = ownText(table, r, cTujuan);
      const tFill = textAt(table, r, cTujuan);
      if (tFill) tujuan = tFill;
      else if (cTujuan && !tOwn && !sheet.isMergedChild(r, cTujuan.c)) tujuan = curTujuan;
      const sFill = textAt(table, r, cSasaran);
      const sOwn = ownText(table, r, cSasaran);
      if (sFill) sasaran = sFill;
      else if (
        cSasaran &&
        !sOwn &&
        !sheet.isMergedChild(r, cSasaran.c) &&
        prevHadSasaran &&
        (!tOwn || (cTujuan && sheet.isMergedChild(r, cTujuan.c))) &&
        tujuan === curTujuan
      ) {
        sasaran = curSasaran;
      }
      if (
        cTujuan &&
        !tOwn &&
        cTujuan &&
        !sheet.isMergedChild(r, cTujuan.c) &&
        !tFill &&
        !nama &&
        !sasaran
      )
        continue;
    } else if (cTS) {
      const t = textAt(table, r, cTS);
      if (t) {
        if (/^tujuan/i.test(t)) {
          explicitLevel = 'tujuan';
          tujuan = t;
          curTujuan = t;
        } else {
          explicitLevel = 'sasaran';
          sasaran = t;
          tujuan = curTujuan;
        }
      } else {
        sasaran = curSasaran;
        tujuan = curTujuan;
        explicitLevel = curSasaran ? 'sasaran' : 'tujuan';
      }
    }
    if (!nama) {
      // A heading row: a tujuan or sasaran written on its own line.
      if (tujuan) curTujuan = tujuan;
      if (sasaran) {
        curSasaran = sasaran;
        prevHadSasaran = true;
      }
      continue;
    }
    // A closing "Rata-rata" / "Jumlah" row (its label in the indicator column, merged over it,
    // or written before it): a summary (readSummaryRows), not an indicator.
    if (summaryLabelOf(table, r, cInd)) continue;
    const level: 'tujuan' | 'sasaran' =
      explicitLevel ?? (sasaran ? 'sasaran' : tujuan ? 'tujuan' : 'sasaran');
    curTujuan = tujuan;
    curSasaran = level === 'sasaran' ? sasaran : null;
    prevHadSasaran = level === 'sasaran' && !!sasaran;

    const yearTargets = new Map<number, LocValue>();
    cYears.forEach((c) => {
      let y: number | null = null;
      if (c.role.k === 'targetTahun') y = c.role.tahun;
      else if (c.role.k === 'targetTahunKe' && yearsOfTahunKe)
        y = yearsOfTahunKe[c.role.n - 1] ?? null;
      if (y !== null) yearTargets.set(y, loc(table, r, c)!);
    });
    const yearRealisasi = new Map<number, LocValue>();
    cRealYears.forEach((c) => {
      if (c.role.k === 'realisasiTahun') yearRealisasi.set(c.role.tahun, loc(table, r, c)!);
    });
    const yearCapaian = new Map<number, LocValue>();
    for (const c of cols(table, 'capaianTahun'))
      if (c.role.k === 'capaianTahun') yearCapaian.set(c.role.tahun, loc(table, r, c)!);
    const text = (c: Column | undefined) =>
      c ? { text: textAt(table, r, c), ref: refOf(table, r, c.c) } : null;
    out.push({
      table,
      r,
      level,
      tujuan: tujuan ? stripLabel(tujuan) : null,
      sasaran: level === 'sasaran' && sasaran ? stripLabel(sasaran) : null,
      nama,
      namaRef: refOf(table, r, cInd.c),
      kode: textAt(table, r, cKode),
      satuan: textAt(table, r, cSat),
      polaritas: parsePolaritas(textAt(table, r, cPol)),
      target: loc(table, r, cTarget),
      realisasi: loc(table, r, cReal),
      tw: cTw.map((c) => ({ n: c.role.k === 'tw' ? c.role.n : 0, v: loc(table, r, c)! })),
      jenis: textAt(table, r, cJenis),
      yearTargets,
      yearRealisasi,
      yearCapaian,
      targetAkhir: loc(table, r, cAkhir),
      kondisiAwal: loc(table, r, cAwal),
      capaian: loc(table, r, cCap),
      capaianAkhir: loc(table, r, cCapAkhir),
      kriteria: cKrit
        ? { text: ownText(table, r, cKrit) ?? '', ref: refOf(table, r, cKrit.c) }
        : null,
      ticks: cTicks.map((c) => ({
        label: c.role.k === 'predikatTick' ? c.role.label : '',
        ref: refOf(table, r, c.c),
        marked: TICK.test(sheet.ownText(r, c.c)),
      })),
      benchmark: textAt(table, r, cBench),
      benchmarks: benchmarksOf(table, r, cBenchAngka),
      formulasi: textAt(table, r, cForm),
      sumberData: textAt(table, r, cSumber),
      faktorPendorong: text(cPend),
      faktorPenghambat: text(cHamb),
      solusi: text(cSol),
      tantangan: text(cTan),
      pkTag: textAt(table, r, cPk),
    });
  }
  return out;
}

/** The row's cells under the benchmark columns that are not empty, parsed as figures. */
function benchmarksOf(table: Table, r: number, columns: Column[]): BenchmarkInput[] {
  const out: BenchmarkInput[] = [];
  for (const c of columns) {
    if (c.role.k !== 'benchmarkAngka') continue;
    const v = loc(table, r, c)!;
    if (v.value.kind === 'empty') continue;
    out.push({ header: c.header, wilayah: c.role.wilayah, jenis: c.role.jenis, ...v });
  }
  return out;
}

// --- Program tables ----------------------------------------------------------------------------

export function budgetLevelOf(nama: string, kode: string | null): BudgetLevel | null {
  // An enumeration before the name ("A.1 Kegiatan …", "1. Program …", "a) Sub Kegiatan …").
  const n = nama
    .trim()
    .replace(
      /^([A-Za-z]\.\d+(\.\d+)*\.?|\d+(\.\d+)*\.?|[a-z][.)])\s+(?=(program|kegiatan|sub))/i,
      '',
    );
  if (isTotalLabel(n)) return /^rata/i.test(n) ? 'rata' : 'total';
  if (/^sub\s*-?\s*kegiatan/i.test(n)) return 'subkegiatan';
  if (/^kegiatan/i.test(n)) return 'kegiatan';
  if (/^program/i.test(n)) return 'program';
  if (kode) {
    const k = kode.trim().replace(/\s+/g, '');
    // SIPD: 7.01.01 (program) · 7.01.01.2.01 (kegiatan) · 7.01.01.2.01.0001 (sub kegiatan)
    const parts = k.split('.').filter(Boolean);
    if (parts.length >= 6) return 'subkegiatan';
    if (parts.length === 5) return 'kegiatan';
    if (parts.length === 3 && parts[0].length === 1 && parts[1].length === 2) return 'program';
    if (parts.length === 1) return 'program';
    if (parts.length === 2) return 'kegiatan';
    if (parts.length === 3 || parts.length === 4) return 'subkegiatan';
  }
  const letters = n.replace(/[^A-Za-z]/g, '');
  if (letters.length > 5 && letters === letters.toUpperCase()) return 'program';
  return null;
}

export interface ProgramListRow {
  nama: string;
  kode: string | null;
  anggaran: LocValue | null;
  sasaran: string | null;
  sasaranRef: CellRef | null;
  r: number;
}

/** PK Table 2: No · Program · Anggaran (Rp) · Sasaran. */
export function readProgramList(table: Table): ProgramListRow[] {
  const cProg = col(table, 'program');
  if (!cProg) return [];
  const cPagu = col(table, 'pagu');
  const cKode = col(table, 'kode');
  const cSas = col(table, 'sasaran') ?? col(table, 'tujuanSasaran');
  const out: ProgramListRow[] = [];
  for (const r of table.rows) {
    const nama = textAt(table, r, cProg);
    if (!nama || isTotalLabel(nama) || isTotalLabel(table.sheet.firstText(r)?.t ?? '')) continue;
    out.push({
      nama,
      kode: textAt(table, r, cKode),
      anggaran: loc(table, r, cPagu),
      sasaran: cSas ? table.sheet.ownText(r, cSas.c) || textAt(table, r, cSas) : null,
      sasaranRef: cSas ? refOf(table, r, cSas.c) : null,
      r,
    });
  }
  return out;
}

export interface BudgetTableRow {
  r: number;
  level: BudgetLevel;
  kode: string | null;
  nama: string;
  namaRef: CellRef;
  pagu: LocValue | null;
  realisasi: LocValue | null;
  persen: LocValue | null;
  sisa: LocValue | null;
  /** From a `Jenis Belanja` column; null when there is none or it says neither. */
  jenisBelanja: 'operasi' | 'modal' | null;
  belanjaOperasi: LocValue | null;
  belanjaModal: LocValue | null;
  /** Sasaran from a Sasaran column, or the heading the row stands under. */
  sasaranText: string | null;
  heading: string | null;
}

/** "Belanja Operasi", "Operasional", "BO" → operasi; "Belanja Modal", "BM" → modal. */
export function parseJenisBelanja(text: string | null): 'operasi' | 'modal' | null {
  const t = (text ?? '').trim().toLowerCase();
  if (/^(belanja\s+)?operasi|^b\.?\s*o\.?$/.test(t)) return 'operasi';
  if (/^(belanja\s+)?modal|^b\.?\s*m\.?$/.test(t)) return 'modal';
  return null;
}

/** Realisasi Table 3: Kode? · Program/Kegiatan/Sub Kegiatan · Pagu · Realisasi · % · Sisa. */
export function readBudgetRows(table: Table): BudgetTableRow[] {
  const cProg = col(table, 'program');
  if (!cProg) return [];
  const cKode = col(table, 'kode');
  const cPagu = col(table, 'pagu');
  const cReal = col(table, 'realisasiAnggaran') ?? col(table, 'realisasi');
  const cPct = col(table, 'serapan') ?? col(table, 'capaian');
  const cSisa = col(table, 'sisa');
  const cSas = col(table, 'sasaran');
  const cJenis = col(table, 'jenisBelanja');
  const cOperasi = col(table, 'belanjaOperasi');
  const cModal = col(table, 'belanjaModal');
  const out: BudgetTableRow[] = [];
  let heading: string | null = null;
  let lastLevel: BudgetLevel | null = null;
  for (const r of table.rows) {
    const sheet = table.sheet;
    let nama = sheet.ownText(r, cProg.c);
    const kode = cKode ? sheet.ownText(r, cKode.c) || null : null;
    const first = sheet.firstText(r)?.t ?? '';
    if (!nama && isTotalLabel(first)) nama = first;
    const pagu = loc(table, r, cPagu);
    const real = loc(table, r, cReal);
    const noAmounts =
      (!pagu || pagu.value.kind === 'empty') && (!real || real.value.kind === 'empty');
    // A sasaran heading row (budget grouped by sasaran): text only, no amounts.
    const sasHead = cSas ? sheet.text(r, cSas.c) : '';
    if (noAmounts) {
      const t = nama || first;
      if (/^sasaran/i.test(t)) heading = t;
      continue;
    }
    if (!nama) continue;
    let level = budgetLevelOf(nama, kode);
    if (!level) {
      // Without prefix or kode: below a program a plain name is a kegiatan, below a kegiatan
      // a sub kegiatan.
      level =
        lastLevel === 'program'
          ? 'kegiatan'
          : lastLevel === 'kegiatan' || lastLevel === 'subkegiatan'
            ? 'subkegiatan'
            : 'program';
    }
    if (level !== 'total' && level !== 'rata') lastLevel = level;
    out.push({
      r,
      level,
      kode,
      nama,
      namaRef: refOf(table, r, cProg.c),
      pagu,
      realisasi: real,
      persen: loc(table, r, cPct),
      sisa: loc(table, r, cSisa),
      jenisBelanja: parseJenisBelanja(textAt(table, r, cJenis)),
      belanjaOperasi: loc(table, r, cOperasi),
      belanjaModal: loc(table, r, cModal),
      sasaranText: sasHead || null,
      heading,
    });
  }
  return out;
}

export interface ProgramKinerjaRow {
  r: number;
  level: 'program' | 'kegiatan' | 'subkegiatan';
  kode: string | null;
  nama: string;
  namaRef: CellRef;
  indikator: string;
  satuan: string | null;
  target: LocValue | null;
  realisasi: LocValue | null;
  persen: LocValue | null;
  sasaran: string | null;
  pkTag: string | null;
}

/** Realisasi Table 2: Kode? · Program / Kegiatan / Sub Kegiatan · Indikator · Satuan · Target · Realisasi · % · Sasaran. */
export function readProgramKinerja(table: Table): ProgramKinerjaRow[] {
  const cProg = col(table, 'program');
  const cInd = col(table, 'indikator');
  if (!cProg || !cInd) return [];
  const cKode = col(table, 'kode');
  const cSat = col(table, 'satuan');
  const cT = col(table, 'target');
  const cR = col(table, 'realisasi');
  const cP = col(table, 'capaian') ?? col(table, 'serapan');
  const cSas = col(table, 'sasaran');
  const cPk = col(table, 'pk');
  const out: ProgramKinerjaRow[] = [];
  let lastLevel: 'program' | 'kegiatan' | 'subkegiatan' | null = null;
  for (const r of table.rows) {
    const nama = textAt(table, r, cProg);
    const indikator = textAt(table, r, cInd);
    if (!nama || !indikator) continue;
    let level = budgetLevelOf(
      nama.replace(/^program\s*:\s*/i, 'Program '),
      textAt(table, r, cKode),
    );
    if (level === 'total' || level === 'rata') continue;
    if (!level)
      level = lastLevel === null ? 'program' : lastLevel === 'program' ? 'kegiatan' : 'subkegiatan';
    lastLevel = level;
    out.push({
      r,
      level,
      kode: textAt(table, r, cKode),
      nama,
      namaRef: refOf(table, r, cProg.c),
      indikator,
      satuan: textAt(table, r, cSat),
      target: loc(table, r, cT),
      realisasi: loc(table, r, cR),
      persen: loc(table, r, cP),
      sasaran: textAt(table, r, cSas),
      pkTag: textAt(table, r, cPk),
    });
  }
  return out;
}

export interface EfficiencyTableRow {
  r: number;
  label: string;
  /** Set on an indicator row under a sasaran (its name). */
  indikator: string | null;
  labelRef: CellRef;
  isTotal: boolean;
  capaian: LocValue | null;
  serapan: LocValue | null;
  efisiensi: LocValue | null;
  kategori: { text: string | null; ref: CellRef } | null;
  pagu: LocValue | null;
  realisasiAnggaran: LocValue | null;
}

/** Realisasi Table 4 (efisiensi): sasaran rows (indicator rows under them skipped) and the JUMLAH row. */
export function readEfficiencyRows(table: Table): EfficiencyTableRow[] {
  const cLabel =
    col(table, 'sasaranIndikator') ??
    col(table, 'sasaran') ??
    col(table, 'tujuanSasaran') ??
    col(table, 'indikator');
  if (!cLabel) return [];
  const cInd = col(table, 'indikator');
  // Capaian kinerja: a "Capaian Kinerja (%)" column, or the % under a "Kinerja" parent.
  const cC = table.columns.find((c) => c.role.k === 'capaian');
  const cS = col(table, 'serapan');
  const cE = col(table, 'efisiensi');
  const cK = col(table, 'kategoriEfisiensi') ?? col(table, 'kriteria') ?? col(table, 'keterangan');
  const cPagu = col(table, 'pagu');
  const cRA = col(table, 'realisasiAnggaran');
  const out: EfficiencyTableRow[] = [];
  for (const r of table.rows) {
    const sheet = table.sheet;
    const own = sheet.ownText(r, cLabel.c);
    const first = sheet.firstText(r)?.t ?? '';
    const isTotal = isTotalLabel(own) || isTotalLabel(first);
    // Indicator rows under a sasaran: "Indikator : …" in the label column, or an indicator column.
    const indText = cInd && cInd.c !== cLabel.c ? sheet.ownText(r, cInd.c) : '';
    if (!isTotal && !own && !indText) continue;
    const indikator = isTotal
      ? null
      : /^indikator\b/i.test(own)
        ? own.replace(/^indikator\s*\d*\s*[:.)-]?\s*/i, '')
        : !own && indText
          ? indText
          : null;
    out.push({
      r,
      indikator,
      label: isTotal ? own || first : own || indText,
      labelRef: refOf(table, r, cLabel.c),
      isTotal,
      capaian: loc(table, r, cC),
      serapan: loc(table, r, cS),
      efisiensi: loc(table, r, cE),
      kategori: cK ? { text: sheet.ownText(r, cK.c) || null, ref: refOf(table, r, cK.c) } : null,
      pagu: loc(table, r, cPagu),
      realisasiAnggaran: loc(table, r, cRA),
    });
  }
  return out;
}

export function emptyLoc(ref: CellRef): LocValue {
  return { value: emptyValue(), ref };
}

export function roleKeys(table: Table): RoleKey[] {
  return table.columns.map((c) => c.role.k);
}
