/**
 * An in-memory PK of many indicators for the engine benchmark: targets and realisasi parsed from
 * raw cells as the reader would hand them (`parseCell`), a share of typed capaian and kriteria
 * cells (almost all right, a few wrong), prior years for the trend, a budget table of a few
 * hundred program / kegiatan / sub-kegiatan rows with a JUMLAH row, programs mapped to sasaran,
 * a small program-indicator table and a typed efficiency table.
 */
import { serapanFigure } from '../src/engine/budget';
import { capaianOf } from '../src/engine/capaian';
import { roundHalfUp } from '../src/engine/decimal';
import { typed } from '../src/engine/exact';
import type { CellRef } from '../src/engine/findings';
import type {
  BudgetRow,
  IndicatorInput,
  PkInput,
  ProgramIndicatorRow,
  ProgramInput,
  TypedEfficiencyRow,
} from '../src/engine/model';
import { classify, SCALE_JEMBER } from '../src/engine/scales';
import { hasNumber, parseCell, type RawCell, type Value } from '../src/engine/values';
import { a1 } from '../src/workbook/grid';
import { rng } from './rng';

const PREDIKAT = ['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah'];

export interface PkGenOptions {
  indicators: number;
  /** Indicators per sasaran. */
  perSasaran: number;
  /** Programs in the budget table (each with 4 kegiatan of 3 sub-kegiatan: 17 rows). */
  programs: number;
  seed?: number;
}

export interface GeneratedPk {
  pk: PkInput;
  /** Mistakes written on purpose: the engine must report each (and nothing else of the kind). */
  planted: { capaianMismatch: number; predikatMismatch: number; realisasiEmpty: number };
  sasaranCount: number;
  budgetRows: number;
}

const ref = (sheet: string, r: number, c: number): CellRef => ({ sheet, cell: a1(r, c) });

/** Engine formula (exact, DOMAIN.md §1), used only to write right typed figures into the input. */
function expectedCapaian(t: Value, r: Value, negatif: boolean): number | null {
  if (!hasNumber(t) || !hasNumber(r) || t.num === 0 || t.grade || r.grade) return null;
  return capaianOf(t.num, r.num, negatif ? 'negatif' : 'positif', '2T-R').capaian;
}

/**
 * A name built with a template literal is a rope of pieces in V8 (a cons string); the first
 * regular expression to read it copies it into one flat string. Names read from a workbook come
 * flat, so the generated ones are flattened here (a regular expression reads each once), lest
 * the first measured run pay for copying 100 000 names.
 */
function flat(s: string): string {
  /./.test(s);
  return s;
}

export function generatePk(opts: PkGenOptions): GeneratedPk {
  const rand = rng(opts.seed ?? 20250101);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  // Random figures with `dec` decimals (plain Math.round: any figure will do here).
  const between = (a: number, b: number, dec = 2): number =>
    Math.round((a + rand() * (b - a)) * 10 ** dec) / 10 ** dec;
  const sheet = 'Realisasi';
  const sasaranCount = Math.ceil(opts.indicators / opts.perSasaran);
  const indikator: IndicatorInput[] = [];
  const kondisiAwal = parseCell({ v: 70 });
  const planted = { capaianMismatch: 0, predikatMismatch: 0, realisasiEmpty: 0 };

  for (let i = 0; i < opts.indicators; i++) {
    const row = 6 + i;
    const sNo = Math.floor(i / opts.perSasaran) + 1;
    const tujuanNo = Math.floor((sNo - 1) / 10) + 1;
    // Every 50th indicator measures the tujuan itself.
    const isTujuan = i % 50 === 49;
    const kind = i % 10;
    let nama: string;
    let satuan: string;
    let negatif = false;
    let tRaw: RawCell;
    let rRaw: RawCell;
    let akhirRaw: RawCell | null = null;
    const prior: RawCell[] = [];
    switch (kind) {
      case 0:
      case 1:
      case 2: {
        // Percentages typed as text ("85,5%") or as fractions in a percent-formatted cell.
        nama = `Persentase layanan administrasi yang diselesaikan tepat waktu unit ${i}`;
        satuan = '%';
        const t = between(70, 100, 1);
        tRaw = { v: `${String(t).replace('.', ',')}%` };
        const r = between(t * 0.6, Math.min(t * 1.15, 120), 2);
        rRaw =
          kind === 0 ? { v: r / 100, fmt: '0.00%' } : { v: `${String(r).replace('.', ',')} %` };
        akhirRaw = { v: `${Math.min(100, t + 5)}%` };
        prior.push({ v: between(50, 100) }, { v: between(50, 100) });
        break;
      }
      case 3:
      case 4: {
        nama = `Jumlah dokumen perencanaan dan evaluasi yang disusun bidang ${i}`;
        satuan = 'Dok';
        const t = 2 + Math.floor(rand() * 10);
        tRaw = { v: `${t} Dok` };
        rRaw = { v: Math.max(0, t - Math.floor(rand() * 3)) };
        akhirRaw = { v: `${t + 2} Dok` };
        prior.push({ v: t - 1 }, { v: t });
        break;
      }
      case 5: {
        nama = `Indeks Kepuasan Masyarakat pada unit layanan ${i}`;
        satuan = 'Indeks';
        const t = between(80, 90, 2);
        tRaw = { v: t, fmt: '0.00' };
        const r = between(78, 95, 2);
        // A grade with its score: the score decides (IKM scale, B from 76,61, A from 88,31).
        rRaw = { v: `${r >= 88.31 ? 'A' : 'B'} (${String(r).replace('.', ',')})` };
        akhirRaw = { v: 90, fmt: '0.00' };
        prior.push({ v: between(75, 90) }, { v: between(75, 90) }, { v: between(75, 90) });
        break;
      }
      case 6: {
        nama = `Nilai SAKIP perangkat daerah ${i}`;
        satuan = 'Nilai';
        if (i % 20 === 6) {
          // Bare grades: compared by ordinal (ORDINAL_CAPAIAN).
          tRaw = { v: 'A' };
          rRaw = { v: pick(['BB', 'A', 'AA']) };
        } else {
          tRaw = { v: 'A (81)' };
          const r = between(70.5, 89.5, 2);
          const g = r > 80 ? 'A' : 'BB';
          rRaw = { v: `${g} (${String(r).replace('.', ',')})` };
        }
        akhirRaw = { v: 'A (85)' };
        prior.push({ v: 'BB (75,5)' }, { v: 'A (80,5)' });
        break;
      }
      case 7: {
        nama = `Angka pengangguran terbuka wilayah ${i}`;
        satuan = '%';
        negatif = true;
        const t = between(3, 8, 2);
        tRaw = { v: t, fmt: '0.00' };
        rRaw = { v: between(t * 0.7, t * 1.3, 2), fmt: '0.00' };
        akhirRaw = { v: roundHalfUp(t * 0.8, 2), fmt: '0.00' };
        prior.push({ v: t * 1.2 }, { v: t * 1.1 });
        break;
      }
      default: {
        nama = `Cakupan pembinaan kelembagaan masyarakat desa ${i}`;
        satuan = 'Desa';
        const t = 10 + Math.floor(rand() * 20);
        tRaw = { v: t };
        rRaw = { v: t + Math.floor(rand() * 5) - 2 };
        prior.push({ v: t - 2 });
      }
    }
    // One in 1000 has no realisasi yet ("-"), another one in 1000 an unreadable one.
    if (i % 1000 === 750) rRaw = { v: 'belum ada data' };
    else if (i % 500 === 250) {
      rRaw = { v: '-' };
      planted.realisasiEmpty++;
    }

    const target = parseCell(tRaw);
    const realisasi = parseCell(rRaw);
    const targetAkhir = akhirRaw ? parseCell(akhirRaw) : null;
    const c = expectedCapaian(target, realisasi, negatif);
    const cAkhir = targetAkhir ? expectedCapaian(targetAkhir, realisasi, negatif) : null;

    let typedCapaian: IndicatorInput['typedCapaian'] = null;
    let typedPredikat: IndicatorInput['typedPredikat'] = null;
    let typedCapaianAkhir: IndicatorInput['typedCapaianAkhir'] = null;
    if (c !== null && i % 5 < 2) {
      // 40 % typed; one in a hundred of those truncated instead of rounded (a finding).
      const wrong = i % 500 === 1 && Math.trunc(c) !== roundHalfUp(c, 2);
      if (wrong) planted.capaianMismatch++;
      const typed = wrong ? Math.trunc(c) : roundHalfUp(c, 2);
      typedCapaian = { value: parseCell({ v: typed, fmt: '0.00' }), ref: ref(sheet, row, 6) };
    }
    if (c !== null && i % 10 < 3) {
      const right = classify(SCALE_JEMBER, c).label;
      const wrong = i % 700 === 2;
      if (wrong) planted.predikatMismatch++;
      const label = wrong ? PREDIKAT[(PREDIKAT.indexOf(right) + 1) % 5] : right;
      typedPredikat = { kind: 'text', text: label.toUpperCase(), ref: ref(sheet, row, 7) };
    } else if (c !== null && i % 20 === 3) {
      const right = classify(SCALE_JEMBER, c).label;
      typedPredikat = {
        kind: 'ticks',
        columns: PREDIKAT.map((label, k) => ({
          label,
          ref: ref(sheet, row, 8 + k),
          marked: label === right,
        })),
      };
    }
    if (cAkhir !== null && i % 5 === 0) {
      typedCapaianAkhir = {
        value: parseCell({ v: roundHalfUp(cAkhir, 2), fmt: '0.00' }),
        ref: ref(sheet, row, 14),
      };
    }

    indikator.push({
      key: `PK#${i}`,
      level: isTujuan ? 'tujuan' : 'sasaran',
      tujuan: flat(`Meningkatnya kualitas tata kelola pemerintahan bidang ${tujuanNo}`),
      sasaran: isTujuan ? null : flat(`Meningkatnya kinerja pelayanan sasaran ${sNo}`),
      sasaranNo: isTujuan ? null : sNo,
      nama: flat(nama),
      kode: flat(`IK.${sNo}.${i}`),
      satuan,
      polaritas: negatif ? 'negatif' : 'positif',
      target,
      targetRef: ref('PK', row, 5),
      realisasi,
      realisasiRef: ref(sheet, row, 5),
      targetAkhir,
      targetAkhirRef: akhirRaw ? ref('TC.25', row, 12) : null,
      tahunAkhir: akhirRaw ? 2029 : null,
      kondisiAwal,
      realisasiLalu: prior.map((p, k) => ({
        tahun: 2024 - prior.length + 1 + k,
        value: parseCell(p),
        ref: ref(sheet, row, 15 + k),
      })),
      benchmark: null,
      benchmarks: [],
      formulasi: null,
      sumberData: null,
      faktorPendorong: 'Komitmen aparatur dan koordinasi lintas sektor.',
      faktorPenghambat: 'Keterbatasan sarana dan prasarana.',
      solusi: 'Penguatan kapasitas SDM.',
      tantangan: null,
      typedCapaian,
      typedPredikat,
      typedCapaianAkhir,
    });
  }

  // --- Budget: programs › 4 kegiatan › 3 sub-kegiatan, sums consistent, then a JUMLAH row.
  const budget: BudgetRow[] = [];
  const programs: ProgramInput[] = [];
  const bsheet = 'Anggaran';
  const budgetRow = (
    idx: number,
    level: BudgetRow['level'],
    kode: string | null,
    nama: string,
    pagu: number,
    real: number,
  ): BudgetRow => {
    const r = 5 + idx;
    const persen = roundHalfUp(serapanFigure(typed(pagu), typed(real))?.toNumber() ?? 0, 2);
    return {
      key: `0:${idx}`,
      level,
      kode: kode === null ? null : flat(kode),
      nama: flat(nama),
      parent: null,
      pagu: parseCell({ v: pagu, fmt: '#,##0' }),
      realisasi: parseCell({ v: real, fmt: '#,##0' }),
      persen: parseCell({ v: persen, fmt: '0.00' }),
      sisa: parseCell({ v: pagu - real, fmt: '#,##0' }),
      refs: {
        pagu: ref(bsheet, r, 2),
        realisasi: ref(bsheet, r, 3),
        persen: ref(bsheet, r, 4),
        sisa: ref(bsheet, r, 5),
        nama: ref(bsheet, r, 1),
      },
      sasaran: [],
      pk: null,
      jenisBelanja: null,
      belanjaOperasi: null,
      belanjaModal: null,
    };
  };
  let totalPagu = 0;
  let totalReal = 0;
  for (let p = 1; p <= opts.programs; p++) {
    const pk = `7.01.${String(p).padStart(2, '0')}`;
    const progIdx = budget.length;
    budget.push(
      budgetRow(progIdx, 'program', pk, `Program Penunjang Urusan Pemerintahan ${p}`, 1, 0),
    );
    let progPagu = 0;
    let progReal = 0;
    for (let k = 1; k <= 4; k++) {
      const kk = `${pk}.2.${String(k).padStart(2, '0')}`;
      const kegIdx = budget.length;
      budget.push(budgetRow(kegIdx, 'kegiatan', kk, `Kegiatan Administrasi Umum ${p}.${k}`, 1, 0));
      let kegPagu = 0;
      let kegReal = 0;
      for (let s = 1; s <= 3; s++) {
        const pagu = Math.round(5e6 + rand() * 5e8);
        const real = Math.round(pagu * (0.7 + rand() * 0.3));
        kegPagu += pagu;
        kegReal += real;
        budget.push(
          budgetRow(
            budget.length,
            'subkegiatan',
            `${kk}.${String(s).padStart(4, '0')}`,
            `Sub Kegiatan Penyediaan Jasa Penunjang ${p}.${k}.${s}`,
            pagu,
            real,
          ),
        );
      }
      budget[kegIdx] = budgetRow(kegIdx, 'kegiatan', kk, budget[kegIdx].nama, kegPagu, kegReal);
      progPagu += kegPagu;
      progReal += kegReal;
    }
    const prog = budgetRow(progIdx, 'program', pk, budget[progIdx].nama, progPagu, progReal);
    budget[progIdx] = prog;
    totalPagu += progPagu;
    totalReal += progReal;
    // Program p supports every sasaran s with (s - 1) % programs === p - 1.
    const sas: number[] = [];
    for (let s = p; s <= sasaranCount; s += opts.programs) sas.push(s);
    programs.push({
      nama: prog.nama,
      kode: pk,
      anggaran: prog.pagu,
      anggaranRef: ref('PK', 200 + p, 3),
      sasaran: sas,
      sasaranRef: ref('PK', 200 + p, 4),
    });
  }
  budget.push(budgetRow(budget.length, 'total', null, 'JUMLAH', totalPagu, totalReal));

  // --- Program indicators (the program IKU) and a typed efficiency table.
  const programIndicators: ProgramIndicatorRow[] = [];
  for (let p = 1; p <= opts.programs; p++) {
    const t = 100;
    const r = between(80, 100, 2);
    programIndicators.push({
      level: 'program',
      kode: `7.01.${String(p).padStart(2, '0')}`,
      nama: `Program Penunjang Urusan Pemerintahan ${p}`,
      indikator: 'Persentase realisasi anggaran',
      satuan: '%',
      target: parseCell({ v: `${t}%` }),
      realisasi: parseCell({ v: `${r}%` }),
      persen: {
        value: parseCell({ v: roundHalfUp(r, 2), fmt: '0.00' }),
        ref: ref('Realisasi', p, 6),
      },
      sasaran: [p],
      refs: { target: ref('Realisasi', p, 4), realisasi: ref('Realisasi', p, 5), nama: null },
    });
  }
  const efficiencyTable: TypedEfficiencyRow[] = [];
  for (let s = 1; s <= Math.min(20, sasaranCount); s++) {
    efficiencyTable.push({
      label: `Sasaran ${s}`,
      isTotal: false,
      sasaranNo: s,
      indikator: null,
      capaian: null,
      serapan: null,
      efisiensi: null,
      kategori: null,
      pagu: null,
      realisasiAnggaran: null,
      labelRef: ref('Efisiensi', 5 + s, 1),
    });
  }

  const pk: PkInput = {
    sheet: 'PK',
    tahun: 2025,
    periode: '2025-2029',
    jenis: 'awal',
    dilaporkan: true,
    indikator,
    programs,
    budget,
    programIndicators,
    efficiencyTable,
  };
  return { pk, planted, sasaranCount, budgetRows: budget.length };
}
