/**
 * A realistic workbook for the `capaian check` benchmark, written with exceljs as planners lay
 * their forms out (WORKBOOK.md "Sheets we read"): title blocks, two-row merged headers, merged
 * sasaran cells, numbered-column rows, borders and number formats.
 *
 *   TC.25      Renstra 2025-2029: tujuan, sasaran, indikator, satuan, polaritas, kondisi awal,
 *              a target per year and the target akhir.
 *   PK         Table 1 (indikator and target) and Table 2 (programs with kode, anggaran and the
 *              sasaran each supports, then a Jumlah row).
 *   Realisasi  Table 1 (kinerja: target, realisasi, typed capaian and kriteria, faktor) and
 *              Table 3 (anggaran): `budgetRows` program / kegiatan / sub-kegiatan rows with SIPD
 *              kode, pagu, realisasi, typed % and sisa, then a JUMLAH row.
 *
 * Every typed figure is right and the budget sums add up, so a correct reader reports no error.
 */
import ExcelJS from 'exceljs';
import { serapanFigure } from '../src/engine/budget';
import { capaianOf } from '../src/engine/capaian';
import { roundHalfUp } from '../src/engine/decimal';
import { typed } from '../src/engine/exact';
import { classify, SCALE_JEMBER } from '../src/engine/scales';
import { rng } from './rng';

export interface WorkbookGenOptions {
  budgetRows: number;
  /** Sasaran in the PK (three indicators each). */
  sasaran: number;
  /** Kegiatan per program and sub-kegiatan per kegiatan. */
  kegiatanPerProgram: number;
  subPerKegiatan: number;
  seed?: number;
}

export interface GeneratedWorkbook {
  indicators: number;
  sasaran: number;
  programs: number;
  budgetRows: number;
  totalPagu: number;
  totalRealisasi: number;
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFD9E1F2' },
};
const MONEY = '#,##0';

type Cell = string | number | null | { v: number; fmt: string };

function titles(ws: ExcelJS.Worksheet, row: number, width: number, lines: string[]): void {
  lines.forEach((text, i) => {
    ws.mergeCells(row + i, 1, row + i, width);
    const cell = ws.getCell(row + i, 1);
    cell.value = text;
    cell.font = { bold: true, size: i === 0 ? 12 : 11 };
    cell.alignment = { horizontal: 'center' };
  });
}

function headerRow(ws: ExcelJS.Worksheet, row: number, values: (string | number | null)[]): void {
  values.forEach((v, i) => {
    const cell = ws.getCell(row, i + 1);
    if (v !== null) cell.value = v;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
}

function numberedRow(ws: ExcelJS.Worksheet, row: number, values: (string | number)[]): void {
  values.forEach((v, i) => {
    const cell = ws.getCell(row, i + 1);
    cell.value = v;
    cell.font = { italic: true, size: 9 };
    cell.border = BORDER;
  });
}

function bodyRow(ws: ExcelJS.Worksheet, row: number, values: Cell[]): void {
  values.forEach((v, i) => {
    const cell = ws.getCell(row, i + 1);
    cell.border = BORDER;
    if (v === null) return;
    if (typeof v === 'object') {
      cell.value = v.v;
      cell.numFmt = v.fmt;
    } else {
      cell.value = v;
      if (typeof v === 'number' && Number.isInteger(v) && Math.abs(v) >= 1e5) cell.numFmt = MONEY;
    }
  });
}

interface Indicator {
  no: number;
  tujuan: string;
  sasaran: string;
  sasaranNo: number;
  nama: string;
  satuan: string;
  polaritas: 'Positif' | 'Negatif';
  /** Targets 2025…2029 as typed. */
  years: Cell[];
  akhir: Cell;
  target: Cell;
  realisasi: Cell;
  capaian: number;
}

/** The engine's exact capaian (DOMAIN.md §1), so that the typed figures written are right. */
const cap = (t: number, r: number, polaritas: 'positif' | 'negatif' = 'positif'): number =>
  capaianOf(t, r, polaritas, '2T-R').capaian!;
/** The engine's exact serapan. */
const serapan = (pagu: number, real: number): number =>
  serapanFigure(typed(pagu), typed(real))!.toNumber();

function indicators(sasaranCount: number, rand: () => number): Indicator[] {
  const out: Indicator[] = [];
  const r2 = (x: number) => roundHalfUp(x, 2);
  for (let s = 1; s <= sasaranCount; s++) {
    const tujuan = `Meningkatnya kualitas tata kelola pemerintahan dan pelayanan publik bidang ${Math.ceil(s / 4)}`;
    const sasaran = `Meningkatnya kinerja pelayanan dan akuntabilitas sasaran ${s}`;
    for (let k = 0; k < 3; k++) {
      const kind = (s * 3 + k) % 5;
      let ind: Omit<Indicator, 'no' | 'tujuan' | 'sasaran' | 'sasaranNo'>;
      if (kind === 0) {
        const t = 80 + Math.floor(rand() * 15);
        const r = r2(t * (0.85 + rand() * 0.25));
        ind = {
          nama: `Persentase layanan administrasi kependudukan yang diselesaikan tepat waktu ${s}.${k + 1}`,
          satuan: '%',
          polaritas: 'Positif',
          years: [0, 1, 2, 3, 4].map((y) => `${t + y}%`),
          akhir: `${t + 4}%`,
          target: `${t}%`,
          realisasi: { v: r / 100, fmt: '0.00%' },
          capaian: cap(t, r),
        };
      } else if (kind === 1) {
        const t = 4 + Math.floor(rand() * 8);
        const r = t - Math.floor(rand() * 2);
        ind = {
          nama: `Jumlah dokumen perencanaan dan evaluasi kinerja yang tersusun ${s}.${k + 1}`,
          satuan: 'Dokumen',
          polaritas: 'Positif',
          years: [0, 1, 2, 3, 4].map((y) => t + y),
          akhir: t + 4,
          target: t,
          realisasi: r,
          capaian: cap(t, r),
        };
      } else if (kind === 2) {
        const t = r2(82 + rand() * 6);
        const r = r2(t * (0.9 + rand() * 0.15));
        ind = {
          nama: `Indeks Kepuasan Masyarakat terhadap layanan kecamatan ${s}.${k + 1}`,
          satuan: 'Indeks',
          polaritas: 'Positif',
          years: [0, 1, 2, 3, 4].map((y) => ({ v: r2(t + y * 0.5), fmt: '0.00' })),
          akhir: { v: r2(t + 2), fmt: '0.00' },
          target: { v: t, fmt: '0.00' },
          realisasi: { v: r, fmt: '0.00' },
          capaian: cap(t, r),
        };
      } else if (kind === 3) {
        const t = r2(3 + rand() * 4);
        const r = r2(t * (0.8 + rand() * 0.4));
        ind = {
          nama: `Persentase pelanggaran ketertiban umum yang berulang ${s}.${k + 1}`,
          satuan: '%',
          polaritas: 'Negatif',
          years: [0, 1, 2, 3, 4].map((y) => ({ v: r2(t - y * 0.25), fmt: '0.00' })),
          akhir: { v: r2(t - 1), fmt: '0.00' },
          target: { v: t, fmt: '0.00' },
          realisasi: { v: r, fmt: '0.00' },
          capaian: cap(t, r, 'negatif'),
        };
      } else {
        const t = 20 + Math.floor(rand() * 30);
        const r = t + Math.floor(rand() * 6) - 3;
        ind = {
          nama: `Jumlah desa yang difasilitasi pembinaan kelembagaan masyarakat ${s}.${k + 1}`,
          satuan: 'Desa',
          polaritas: 'Positif',
          years: [0, 1, 2, 3, 4].map((y) => t + y),
          akhir: t + 4,
          target: t,
          realisasi: r,
          capaian: cap(t, r),
        };
      }
      out.push({ no: out.length + 1, tujuan, sasaran, sasaranNo: s, ...ind });
    }
  }
  return out;
}

/** Merge runs of equal values in column `c` over body rows `top`… (a value written once). */
function mergeRuns(ws: ExcelJS.Worksheet, top: number, c: number, values: string[]): void {
  let i = 0;
  while (i < values.length) {
    let j = i + 1;
    while (j < values.length && values[j] === values[i]) j++;
    if (j - 1 > i) {
      for (let k = i + 1; k < j; k++) ws.getCell(top + k, c).value = null;
      ws.mergeCells(top + i, c, top + j - 1, c);
    }
    i = j;
  }
}

interface BudgetLine {
  kode: string;
  nama: string;
  level: 'program' | 'kegiatan' | 'subkegiatan';
  pagu: number;
  realisasi: number;
}

const PROGRAM_NAMES = [
  'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
  'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik',
  'Program Pemberdayaan Masyarakat Desa dan Kelurahan',
  'Program Koordinasi Ketentraman dan Ketertiban Umum',
  'Program Penyelenggaraan Urusan Pemerintahan Umum',
  'Program Pembinaan dan Pengawasan Pemerintahan Desa',
];
const KEGIATAN_NAMES = [
  'Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah',
  'Kegiatan Administrasi Keuangan Perangkat Daerah',
  'Kegiatan Administrasi Umum Perangkat Daerah',
  'Kegiatan Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah',
  'Kegiatan Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah',
];
const SUB_NAMES = [
  'Sub Kegiatan Penyediaan Gaji dan Tunjangan ASN',
  'Sub Kegiatan Penyediaan Alat Tulis Kantor',
  'Sub Kegiatan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik',
  'Sub Kegiatan Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya',
  'Sub Kegiatan Penyusunan Dokumen Perencanaan Perangkat Daerah',
  'Sub Kegiatan Koordinasi dan Penyusunan Laporan Capaian Kinerja',
];

/** Program › kegiatan › sub-kegiatan lines in table order, exactly `count` of them. */
function budgetLines(opts: WorkbookGenOptions, rand: () => number): BudgetLine[] {
  const lines: BudgetLine[] = [];
  for (let p = 1; lines.length < opts.budgetRows; p++) {
    // SIPD kode: 7.01.01 (program) · 7.01.01.2.01 (kegiatan) · 7.01.01.2.01.0001 (sub).
    const pk = `${1 + Math.floor((p - 1) / 99)}.01.${String(((p - 1) % 99) + 1).padStart(2, '0')}`;
    const prog: BudgetLine = {
      kode: pk,
      nama: `${PROGRAM_NAMES[(p - 1) % PROGRAM_NAMES.length]} ${p}`,
      level: 'program',
      pagu: 0,
      realisasi: 0,
    };
    lines.push(prog);
    for (let k = 1; k <= opts.kegiatanPerProgram && lines.length < opts.budgetRows; k++) {
      const kk = `${pk}.2.${String(k).padStart(2, '0')}`;
      const keg: BudgetLine = {
        kode: kk,
        nama: `${KEGIATAN_NAMES[(k - 1) % KEGIATAN_NAMES.length]} ${p}.${k}`,
        level: 'kegiatan',
        pagu: 0,
        realisasi: 0,
      };
      lines.push(keg);
      for (let s = 1; s <= opts.subPerKegiatan && lines.length < opts.budgetRows; s++) {
        const pagu = 1000 * Math.round(2_000 + rand() * 400_000);
        const realisasi = Math.round(pagu * (0.75 + rand() * 0.25));
        lines.push({
          kode: `${kk}.${String(s).padStart(4, '0')}`,
          nama: `${SUB_NAMES[(s - 1) % SUB_NAMES.length]} ${p}.${k}.${s}`,
          level: 'subkegiatan',
          pagu,
          realisasi,
        });
        keg.pagu += pagu;
        keg.realisasi += realisasi;
        prog.pagu += pagu;
        prog.realisasi += realisasi;
      }
    }
  }
  // A kegiatan or program cut off without children by the row limit gets its own figures.
  for (const l of lines) {
    if (l.pagu === 0) {
      l.pagu = 1_000_000;
      l.realisasi = 900_000;
    }
  }
  // A program cut off after a childless kegiatan must still equal the sum of its kegiatan.
  let prog: BudgetLine | null = null;
  let kegSumP = 0;
  let kegSumR = 0;
  const fix = () => {
    if (prog && kegSumP) {
      prog.pagu = kegSumP;
      prog.realisasi = kegSumR;
    }
  };
  for (const l of lines) {
    if (l.level === 'program') {
      fix();
      prog = l;
      kegSumP = 0;
      kegSumR = 0;
    } else if (l.level === 'kegiatan') {
      kegSumP += l.pagu;
      kegSumR += l.realisasi;
    }
  }
  fix();
  return lines;
}

export async function generateWorkbook(
  file: string,
  opts: WorkbookGenOptions,
): Promise<GeneratedWorkbook> {
  const rand = rng(opts.seed ?? 424242);
  const inds = indicators(opts.sasaran, rand);
  const lines = budgetLines(opts, rand);
  const programs = lines.filter((l) => l.level === 'program');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Capaian Kinerja bench';
  wb.created = new Date(Date.UTC(2026, 0, 15));
  wb.modified = wb.created;
  const instansi = 'KECAMATAN CONTOH KABUPATEN JEMBER';

  // --- TC.25 --------------------------------------------------------------------------------
  {
    const ws = wb.addWorksheet('TC.25');
    const W = 13;
    titles(ws, 1, W, [
      'TABEL T-C.25 TUJUAN DAN SASARAN JANGKA MENENGAH PELAYANAN PERANGKAT DAERAH',
      instansi,
      'Renstra 2025-2029',
    ]);
    headerRow(ws, 5, [
      'No',
      'Tujuan',
      'Sasaran',
      'Indikator Kinerja',
      'Satuan',
      'Polaritas',
      'Kondisi Awal',
      'Target Kinerja pada Tahun',
      null,
      null,
      null,
      null,
      'Target Akhir Renstra',
    ]);
    headerRow(ws, 6, [
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      2025,
      2026,
      2027,
      2028,
      2029,
      null,
    ]);
    for (const c of [1, 2, 3, 4, 5, 6, 7, 13]) ws.mergeCells(5, c, 6, c);
    ws.mergeCells(5, 8, 5, 12);
    const top = 7;
    inds.forEach((ind, i) => {
      bodyRow(ws, top + i, [
        ind.sasaranNo,
        ind.tujuan,
        ind.sasaran,
        ind.nama,
        ind.satuan,
        ind.polaritas,
        ind.years[0],
        ...ind.years,
        ind.akhir,
      ]);
    });
    mergeRuns(
      ws,
      top,
      2,
      inds.map((x) => x.tujuan),
    );
    mergeRuns(
      ws,
      top,
      3,
      inds.map((x) => x.sasaran),
    );
    mergeRuns(
      ws,
      top,
      1,
      inds.map((x) => String(x.sasaranNo)),
    );
    [5, 40, 40, 48, 10, 10, 10].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  }

  // --- PK -----------------------------------------------------------------------------------
  {
    const ws = wb.addWorksheet('PK');
    const W = 6;
    titles(ws, 1, W, ['PERJANJIAN KINERJA TAHUN 2025', instansi, 'Dasar Renstra 2025-2029']);
    headerRow(ws, 5, [
      'No',
      'Tujuan',
      'Sasaran Strategis',
      'Indikator Kinerja',
      'Satuan',
      'Target',
    ]);
    numberedRow(ws, 6, ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)']);
    const top = 7;
    inds.forEach((ind, i) => {
      bodyRow(ws, top + i, [ind.no, ind.tujuan, ind.sasaran, ind.nama, ind.satuan, ind.target]);
    });
    mergeRuns(
      ws,
      top,
      2,
      inds.map((x) => x.tujuan),
    );
    mergeRuns(
      ws,
      top,
      3,
      inds.map((x) => x.sasaran),
    );
    // Table 2: the programs, each mapped to one or two sasaran.
    const t2 = top + inds.length + 1;
    titles(ws, t2, W, ['Dukungan Anggaran Tahun 2025 (APBD)']);
    headerRow(ws, t2 + 1, ['No', 'Kode', 'Program', 'Anggaran (Rp)', 'Sasaran', 'Keterangan']);
    let total = 0;
    programs.forEach((p, i) => {
      const s1 = (i % opts.sasaran) + 1;
      const s2 = ((i + 1) % opts.sasaran) + 1;
      const sas = i % 3 === 0 && s2 !== s1 ? `${s1}; ${s2}` : String(s1);
      bodyRow(ws, t2 + 2 + i, [i + 1, p.kode, p.nama, p.pagu, sas, 'APBD']);
      total += p.pagu;
    });
    bodyRow(ws, t2 + 2 + programs.length, [null, null, 'Jumlah', total, null, null]);
    [6, 12, 48, 18, 12, 12].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  }

  // --- Realisasi ----------------------------------------------------------------------------
  let totalPagu = 0;
  let totalReal = 0;
  {
    const ws = wb.addWorksheet('Realisasi');
    const W = 11;
    titles(ws, 1, W, ['Tabel 3.2 Capaian Kinerja Tahun 2025', instansi]);
    headerRow(ws, 4, [
      'No',
      'Sasaran Strategis',
      'Indikator Kinerja',
      'Satuan',
      'Capaian Tahun 2025',
      null,
      null,
      null,
      'Faktor Pendorong',
      'Faktor Penghambat',
      'Solusi',
    ]);
    headerRow(ws, 5, [
      null,
      null,
      null,
      null,
      'Target',
      'Realisasi',
      'Capaian (%)',
      'Kriteria',
      null,
      null,
      null,
    ]);
    for (const c of [1, 2, 3, 4, 9, 10, 11]) ws.mergeCells(4, c, 5, c);
    ws.mergeCells(4, 5, 4, 8);
    numberedRow(ws, 6, [1, 2, 3, 4, 5, 6, '7 = 6/5*100', 8, 9, 10, 11]);
    const top = 7;
    inds.forEach((ind, i) => {
      // Two thirds of the typed capaian and kriteria are filled in (right); the rest left empty.
      const typed = i % 3 !== 2;
      bodyRow(ws, top + i, [
        ind.no,
        ind.sasaran,
        ind.nama,
        ind.satuan,
        ind.target,
        ind.realisasi,
        typed ? { v: roundHalfUp(ind.capaian, 2), fmt: '0.00' } : null,
        typed ? classify(SCALE_JEMBER, ind.capaian).label : null,
        'Komitmen aparatur dan koordinasi lintas sektor yang baik.',
        'Keterbatasan sarana prasarana dan jumlah SDM.',
        'Penguatan kapasitas SDM dan optimalisasi sarana.',
      ]);
    });
    mergeRuns(
      ws,
      top,
      2,
      inds.map((x) => x.sasaran),
    );

    // Table 3: anggaran.
    const t3 = top + inds.length + 1;
    titles(ws, t3, 6, ['Tabel 3.10 Realisasi Anggaran Tahun 2025']);
    headerRow(ws, t3 + 1, [
      'Kode',
      'Program/ Kegiatan/ Sub Kegiatan',
      'Anggaran (Rp)',
      'Realisasi (Rp)',
      '% Serapan Anggaran',
      'Sisa (Rp)',
    ]);
    numberedRow(ws, t3 + 2, [1, 2, 3, 4, '5 = 4/3*100', '6 = 3-4']);
    const b = t3 + 3;
    lines.forEach((l, i) => {
      const pct = roundHalfUp(serapan(l.pagu, l.realisasi), 2);
      bodyRow(ws, b + i, [
        l.kode,
        l.nama,
        { v: l.pagu, fmt: MONEY },
        { v: l.realisasi, fmt: MONEY },
        { v: pct / 100, fmt: '0.00%' },
        { v: l.pagu - l.realisasi, fmt: MONEY },
      ]);
      if (l.level === 'program') {
        totalPagu += l.pagu;
        totalReal += l.realisasi;
        ws.getRow(b + i).font = { bold: true };
      }
    });
    const pct = roundHalfUp(serapan(totalPagu, totalReal), 2);
    bodyRow(ws, b + lines.length, [
      null,
      'JUMLAH',
      { v: totalPagu, fmt: MONEY },
      { v: totalReal, fmt: MONEY },
      { v: pct / 100, fmt: '0.00%' },
      { v: totalPagu - totalReal, fmt: MONEY },
    ]);
    [20, 60, 18, 18, 12, 16, 40, 40, 40].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  }

  await wb.xlsx.writeFile(file);
  return {
    indicators: inds.length,
    sasaran: opts.sasaran,
    programs: programs.length,
    budgetRows: lines.length,
    totalPagu,
    totalRealisasi: totalReal,
  };
}
