/**
 * The five tables of Bab III for one PK (NARRATIVE.md "Tables") and the supporting-program table
 * of each sasaran. Columns with no data anywhere are left out; the numbered-column row is derived
 * from the columns actually present.
 */
import { programKey } from '../budget';
import { clampForAggregate, indicatorCapaian } from '../capaian';
import { EFF_DECIMALS, EFF_FORMULA, EFF_HEADER, EFF_RULE } from '../figures';
import type {
  IndicatorResult,
  MetodeEfisiensi,
  PkResult,
  ProgramIndicatorRow,
  SasaranResult,
  Settings,
} from '../model';
import { bandText, classify, type Scale } from '../scales';
import { normaliseName } from '../text';
import {
  colour,
  colourName,
  decimalCell,
  EMPTY,
  integerCell,
  percentCell,
  rupiahCell,
  textCell,
  valueCell,
} from './format';
import type { ReportCell, ReportColumn, ReportRow, ReportTable } from './model';
import { outlineOf } from './outline';
import { scaleName } from './words';

/** Sum of column widths above which a table goes on a landscape page. */
const PORTRAIT_WIDTH = 100;

function table(t: Omit<ReportTable, 'wide'> & { wide?: boolean }): ReportTable {
  const width = t.columns.reduce((a, c) => a + c.width, 0);
  return { ...t, wide: t.wide ?? width > PORTRAIT_WIDTH };
}

const row = (cells: ReportCell[], kind: ReportRow['kind'] = 'data'): ReportRow => ({ kind, cells });

const TICK = '✓';

// --- Tabel 3.1: Skala ------------------------------------------------------------------------

export function skalaTable(scale: Scale, no: string, source = scale.source): ReportTable {
  const hasCode = scale.bands.some((b) => b.code);
  const columns: ReportColumn[] = [
    { header: 'No', width: 5, align: 'center' },
    { header: 'Interval Nilai Realisasi Kinerja', width: 24, align: 'center' },
  ];
  if (hasCode) columns.push({ header: 'Nilai', width: 8, align: 'center' });
  columns.push(
    { header: 'Kriteria Penilaian Realisasi Kinerja', width: 30, wrap: true },
    { header: 'Kode Warna', width: 16, align: 'center' },
  );
  const rows = scale.bands.map((b, i) => {
    const cells: ReportCell[] = [
      integerCell(i + 1),
      textCell(bandText(scale, i), { align: 'center' }),
    ];
    if (hasCode) cells.push(textCell(b.code ?? '', { align: 'center' }));
    cells.push(
      textCell(b.label, colour(b.fill)),
      textCell(colourName(b.fill), { ...colour(b.fill), align: 'center' }),
    );
    return row(cells);
  });
  return table({
    id: 'skala',
    title: `Tabel ${no} Skala Nilai Peringkat Kinerja`,
    sheetTitle: 'Skala',
    columns,
    numbering: null,
    rows,
    notes: [`Sumber: ${source}.`],
  });
}

// --- Tabel 3.2: Capaian Kinerja --------------------------------------------------------------

function pkTitle(res: PkResult): string {
  const p = res.pk;
  const jenis = p.jenis === 'perubahan' ? 'PK Perubahan' : 'PK';
  const tahun = p.tahun !== null ? ` Tahun ${p.tahun}` : '';
  const periode = p.periode ? ` dengan Dasar Renstra ${p.periode}` : '';
  return `atas Kinerja pada ${jenis}${tahun}${periode}`;
}

export function capaianTable(
  res: PkResult,
  settings: Settings,
  scale: Scale,
  no: string,
): ReportTable {
  const inds = res.indikator;
  const tahun = res.pk.tahun;
  const th = tahun !== null ? ` ${tahun}` : '';
  const hasKA = inds.some((i) => i.input.kondisiAwal && i.input.kondisiAwal.kind !== 'empty');
  const years = [
    ...new Set(
      inds.flatMap((i) =>
        i.input.realisasiLalu.filter((p) => p.value.kind !== 'empty').map((p) => p.tahun),
      ),
    ),
  ].sort((a, b) => a - b);
  const hasTA = inds.some((i) => i.input.targetAkhir && i.input.targetAkhir.kind !== 'empty');
  const hasCA = inds.some((i) => i.capaianAkhir !== null);
  const hasBM = inds.some((i) => (i.input.benchmark ?? '').trim() !== '');
  const akhirYears = [
    ...new Set(inds.map((i) => i.input.tahunAkhir).filter((y): y is number => y !== null)),
  ];
  const akhir = akhirYears.length === 1 ? ` (${akhirYears[0]})` : '';
  const group = `Capaian Tahun${th}`;

  const columns: ReportColumn[] = [
    { header: 'No', width: 5, align: 'center' },
    { header: 'Tujuan / Sasaran Strategis', width: 26, wrap: true },
    { header: 'Indikator', width: 26, wrap: true },
  ];
  const col = { ka: -1, t: -1, r: -1, p: -1, k: -1, ta: -1, ca: -1, bm: -1 };
  if (hasKA) {
    col.ka = columns.length;
    columns.push({ header: 'Kondisi Awal / Baseline', width: 11, align: 'center', wrap: true });
  }
  col.t = columns.length;
  columns.push({ header: `Target${th}`, group, width: 10, align: 'center', wrap: true });
  col.r = columns.length;
  columns.push({ header: `Realisasi${th}`, group, width: 10, align: 'center', wrap: true });
  col.p = columns.length;
  columns.push({ header: '% Capaian', group, width: 10, align: 'center' });
  col.k = columns.length;
  columns.push({ header: 'Kriteria', group, width: 13, align: 'center', wrap: true });
  const yearCol = new Map<number, number>();
  for (const y of years) {
    yearCol.set(y, columns.length);
    columns.push({ header: `Realisasi ${y}`, group: 'Tren Realisasi', width: 10, align: 'center' });
  }
  if (hasTA) {
    col.ta = columns.length;
    columns.push({
      header: `Target Akhir Renstra${akhir}`,
      width: 11,
      align: 'center',
      wrap: true,
    });
  }
  if (hasCA && hasTA) {
    col.ca = columns.length;
    columns.push({
      header: `Capaian s/d${th} terhadap Target Akhir`,
      width: 12,
      align: 'center',
      wrap: true,
    });
  }
  if (hasBM) {
    col.bm = columns.length;
    columns.push({ header: '(Benchmark) Target Nasional/ Regional', width: 22, wrap: true });
  }

  // The numbered-column row: 1 … n, with the formulas of the columns that are computed.
  const n = (i: number) => String(i + 1);
  const numbering = columns.map((_, i) => n(i));
  numbering[col.p] = `${n(col.p)} = ${n(col.r)}/${n(col.t)}*100`;
  if (col.ca >= 0) numbering[col.ca] = `${n(col.ca)} = ${n(col.r)}/${n(col.ta)}*100`;

  const { tujuanNo } = outlineOf(res);
  const rows: ReportRow[] = [];
  const seenSasaran = new Set<number>();
  const seenTujuan = new Set<string>();
  inds.forEach((ind, k) => {
    const i = ind.input;
    let label = '';
    if (i.level === 'tujuan') {
      const t = (i.tujuan ?? i.nama).trim();
      if (!seenTujuan.has(t)) label = `Tujuan ${tujuanNo.get(t) ?? ''}: ${t}`;
      seenTujuan.add(t);
    } else if (i.sasaranNo !== null) {
      if (!seenSasaran.has(i.sasaranNo)) label = `Sasaran ${i.sasaranNo}: ${i.sasaran ?? ''}`;
      seenSasaran.add(i.sasaranNo);
    }
    const cells: ReportCell[] = columns.map(() => EMPTY);
    cells[0] = integerCell(k + 1);
    cells[1] = textCell(label);
    cells[2] = textCell(i.nama);
    if (col.ka >= 0) cells[col.ka] = valueCell(i.kondisiAwal);
    cells[col.t] = valueCell(i.target);
    cells[col.r] = valueCell(i.realisasi);
    cells[col.p] = percentCell(ind.capaian, colour(ind.warna));
    cells[col.k] = textCell(ind.predikat ?? '-', { ...colour(ind.warna), align: 'center' });
    for (const p of i.realisasiLalu) {
      const c = yearCol.get(p.tahun);
      if (c !== undefined && p.value.kind !== 'empty') cells[c] = valueCell(p.value);
    }
    for (const [, c] of yearCol) if (cells[c] === EMPTY) cells[c] = valueCell(null);
    if (col.ta >= 0) cells[col.ta] = valueCell(i.targetAkhir);
    if (col.ca >= 0) cells[col.ca] = percentCell(ind.capaianAkhir);
    if (col.bm >= 0) cells[col.bm] = textCell((i.benchmark ?? '').trim() || '-');
    rows.push(row(cells));
  });
  const r = res.ringkasan;
  const warna = r.rataRataCapaian !== null ? classify(scale, r.rataRataCapaian).fill : null;
  const avg: ReportCell[] = columns.map(() => EMPTY);
  avg[1] = textCell('Rata-rata capaian', { bold: true });
  avg[col.p] = percentCell(r.rataRataCapaian, { ...colour(warna), bold: true });
  avg[col.k] = textCell(r.predikat ?? '-', { ...colour(warna), align: 'center', bold: true });
  rows.push(row(avg, 'total'));

  const notes: string[] = [];
  if (inds.some((i) => i.input.polaritas === 'negatif')) {
    notes.push(
      settings.rumusNegatif === 'T/R'
        ? 'Indikator berpolaritas negatif: % = Target / Realisasi × 100.'
        : 'Indikator berpolaritas negatif: % = (Target − (Realisasi − Target)) / Target × 100.',
    );
  }
  if (inds.some((i) => i.ordinal))
    notes.push('Capaian indikator bernilai huruf dihitung dari urutan nilai pada skalanya.');
  if (settings.batasAtasCapaian !== null)
    notes.push(
      `Rata-rata memakai capaian yang dibatasi ${settings.batasAtasCapaian}% (dan paling rendah 0%).`,
    );
  return table({
    id: 'capaian',
    title: `Tabel ${no} Capaian Kinerja Tahun${th} (${pkTitle(res)})`,
    sheetTitle: 'Capaian',
    columns,
    numbering,
    rows,
    notes,
    wide: true,
  });
}

// --- Rekap Predikat --------------------------------------------------------------------------

export function rekapTable(res: PkResult, scale: Scale, no: string): ReportTable {
  const bands = scale.bands;
  const columns: ReportColumn[] = [
    { header: 'No', width: 5, align: 'center' },
    { header: 'Tujuan / Sasaran / Indikator', width: 32, wrap: true },
    { header: '% Capaian', width: 10, align: 'center' },
    { header: 'Predikat', width: 12, align: 'center', wrap: true },
    ...bands.map((b) => ({
      header: b.label,
      group: 'Predikat Kinerja',
      width: bands.length > 5 ? 7 : 8,
      align: 'center' as const,
      wrap: true,
    })),
  ];
  const ticks = (label: string | null, fill: string | null, bold = false): ReportCell[] =>
    bands.map((b) =>
      label !== null && b.label === label
        ? textCell(TICK, { ...colour(fill), align: 'center', bold })
        : EMPTY,
    );
  const predCells = (
    capaian: number | null,
    predikat: string | null,
    fill: string | null,
    bold = false,
  ): ReportCell[] => [
    percentCell(capaian, { ...colour(fill), bold }),
    textCell(predikat ?? '-', { ...colour(fill), align: 'center', bold }),
    ...ticks(predikat, fill, bold),
  ];
  const rows: ReportRow[] = [];
  let k = 0;
  const indRow = (ind: IndicatorResult) => {
    k++;
    rows.push(
      row([
        integerCell(k),
        textCell(ind.input.nama),
        ...predCells(ind.capaian, ind.predikat, ind.warna),
      ]),
    );
  };
  const outline = outlineOf(res);
  const sasaranRows = (s: SasaranResult) => {
    rows.push(
      row(
        [
          EMPTY,
          textCell(`Sasaran ${s.no}: ${s.nama}`, { bold: true }),
          ...predCells(s.capaianAgregat, s.predikat, s.warna, true),
        ],
        'group',
      ),
    );
    s.indikator.forEach(indRow);
  };
  for (const t of outline.tujuan) {
    if (t.indikator.length) {
      rows.push(
        row(
          [
            EMPTY,
            textCell(`Tujuan ${t.no}: ${t.nama}`, { bold: true }),
            ...predCells(
              t.result?.capaian ?? null,
              t.result?.predikat ?? null,
              t.result?.warna ?? null,
              true,
            ),
          ],
          'group',
        ),
      );
      t.indikator.forEach(indRow);
    }
    t.sasaran.forEach(sasaranRows);
  }
  outline.lepas.forEach(sasaranRows);

  const measured = res.indikator.filter((i) => i.predikat !== null);
  const count: ReportCell[] = [
    EMPTY,
    textCell('Jumlah indikator', { bold: true }),
    EMPTY,
    integerCell(measured.length, { bold: true }),
    ...bands.map((b) =>
      integerCell(measured.filter((i) => i.predikat === b.label).length, { bold: true }),
    ),
  ];
  rows.push(row(count, 'total'));
  const r = res.ringkasan;
  const fill = r.rataRataCapaian !== null ? classify(scale, r.rataRataCapaian).fill : null;
  rows.push(
    row(
      [
        EMPTY,
        textCell('Rata-rata capaian indikator', { bold: true }),
        ...predCells(r.rataRataCapaian, r.predikat, fill, true),
      ],
      'total',
    ),
  );
  const notes = [`Predikat menurut ${scaleName(scale)}.`];
  if (r.tanpaCapaian > 0)
    notes.push(
      `${r.tanpaCapaian} indikator belum dapat diukur (realisasi atau target belum terbaca) dan tidak dihitung.`,
    );
  return table({
    id: 'rekap',
    title: `Tabel ${no} Rekapitulasi Predikat Capaian Kinerja Tahun${res.pk.tahun !== null ? ` ${res.pk.tahun}` : ''} (${pkTitle(res)})`,
    sheetTitle: 'Rekap Predikat',
    columns,
    numbering: null,
    rows,
    notes,
  });
}

// --- Tabel 3.5: Efisiensi --------------------------------------------------------------------

export { EFF_DECIMALS };

export function efisiensiTable(res: PkResult, settings: Settings, no: string): ReportTable {
  const m = settings.metodeEfisiensi;
  const batas = settings.batasAtasCapaian;
  const kin = 'Kinerja';
  const ang = 'Anggaran Program Pendukung Sasaran';
  const columns: ReportColumn[] = [
    { header: 'No', width: 5, align: 'center' },
    { header: 'Sasaran dan Indikator Sasaran', width: 34, wrap: true },
    { header: 'Target Kinerja', group: kin, width: 10, align: 'center', wrap: true },
    { header: 'Realisasi Kinerja', group: kin, width: 10, align: 'center', wrap: true },
    { header: '% Kinerja', group: kin, width: 10, align: 'center' },
    { header: 'Pagu (Rp)', group: ang, width: 16, align: 'right' },
    { header: 'Realisasi Anggaran (Rp)', group: ang, width: 16, align: 'right' },
    { header: '% Serapan', group: ang, width: 10, align: 'center' },
    { header: EFF_HEADER[m], width: 11, align: 'center' },
    { header: 'Kategori Efisiensi', width: 14, align: 'center', wrap: true },
  ];
  const effFormula: Record<MetodeEfisiensi, string> = {
    selisih: '9 = 5 − 8',
    'selisih-5': '9 = 5 − 8',
    rasio: '9 = 5 / 8',
    pmk: '9 = (6×CK − 7) / (6×CK) × 100',
  };
  const numbering = [
    '1',
    '2',
    '3',
    '4',
    '5 = 4/3*100',
    '6',
    '7',
    '8 = 7/6*100',
    effFormula[m],
    '10',
  ];
  const dec = EFF_DECIMALS[m];
  const rows: ReportRow[] = [];
  let multi = false;
  let unmapped = false;
  const budgetCells = (
    c: number | null,
    pagu: number | null,
    real: number | null,
    serapan: number | null,
    nilai: number | null,
    kategori: string | null,
    bold = false,
  ): ReportCell[] => [
    percentCell(c, { bold }),
    rupiahCell(pagu, { bold }),
    rupiahCell(real, { bold }),
    percentCell(serapan, { bold }),
    decimalCell(nilai, dec, { bold }),
    textCell(kategori ?? '-', { align: 'center', bold: true }),
  ];
  for (const s of res.sasaran) {
    if (s.pagu === null) unmapped = true;
    if (s.indikator.length === 1) {
      const ind = s.indikator[0];
      rows.push(
        row([
          integerCell(s.no),
          textCell(`Sasaran ${s.no}: ${s.nama} — Indikator: ${ind.input.nama}`),
          valueCell(ind.input.target),
          valueCell(ind.input.realisasi),
          ...budgetCells(
            s.capaianAgregat,
            s.pagu,
            s.realisasiAnggaran,
            s.serapan,
            s.efisiensi,
            s.kategoriEfisiensi,
          ),
        ]),
      );
    } else {
      multi = true;
      rows.push(
        row(
          [
            integerCell(s.no),
            textCell(`Sasaran ${s.no}: ${s.nama}`, { bold: true }),
            EMPTY,
            EMPTY,
            ...budgetCells(
              s.capaianAgregat,
              s.pagu,
              s.realisasiAnggaran,
              s.serapan,
              s.efisiensi,
              s.kategoriEfisiensi,
            ),
          ],
          'group',
        ),
      );
      for (const ind of s.indikator) {
        rows.push(
          row([
            EMPTY,
            textCell(`Indikator: ${ind.input.nama}`),
            valueCell(ind.input.target),
            valueCell(ind.input.realisasi),
            percentCell(ind.capaian === null ? null : clampForAggregate(ind.capaian, batas)),
            EMPTY,
            EMPTY,
            EMPTY,
            EMPTY,
            EMPTY,
          ]),
        );
      }
    }
  }
  const j = res.ringkasan.efisiensi;
  rows.push(
    row(
      [
        EMPTY,
        textCell('JUMLAH', { bold: true }),
        EMPTY,
        EMPTY,
        ...budgetCells(j.capaian, j.pagu, j.realisasi, j.serapan, j.nilai, j.kategori, true),
      ],
      'total',
    ),
  );
  const notes = [
    `${EFF_FORMULA[m]} ${EFF_RULE[m]}`,
    'Serapan anggaran = realisasi ÷ pagu program pendukung sasaran × 100%.',
    'Baris JUMLAH: kolom 5 = rata-rata capaian seluruh indikator sasaran; kolom 6–8 = seluruh program pendukung sasaran, setiap program dihitung satu kali.',
  ];
  if (multi)
    notes.push('Sasaran dengan beberapa indikator: kolom 5 = rata-rata capaian indikatornya.');
  if (batas !== null)
    notes.push(`Capaian yang masuk perhitungan efisiensi dibatasi ${batas}% (paling rendah 0%).`);
  if (unmapped)
    notes.push(
      'Sasaran tanpa program pendukung: serapan dan efisiensinya tidak dapat dihitung (petakan program ke sasaran pada tabel program PK).',
    );
  return table({
    id: 'efisiensi',
    title: `Tabel ${no} Perhitungan Efisiensi (${pkTitle(res)})`,
    sheetTitle: 'Efisiensi',
    columns,
    numbering,
    rows,
    notes,
    wide: true,
  });
}

// --- Tabel 3.10: Realisasi Anggaran ----------------------------------------------------------

/** Sasaran numbers each program supports, from the computed mapping (by program name). */
export function programSasaran(res: PkResult): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const s of res.sasaran) {
    for (const p of s.programs) {
      const k = normaliseName(p);
      out.set(k, [...(out.get(k) ?? []), s.no]);
    }
  }
  return out;
}

export function anggaranTable(res: PkResult, no: string): ReportTable {
  const rowsIn = res.budget.filter((b) => b.row.level !== 'total' && b.row.level !== 'rata');
  const hasKode = rowsIn.some((b) => b.row.kode);
  const columns: ReportColumn[] = [];
  if (hasKode) columns.push({ header: 'Kode', width: 9 });
  columns.push(
    { header: 'Program / Kegiatan / Sub Kegiatan', width: 46, wrap: true },
    { header: 'Sasaran', width: 9, align: 'center' },
    { header: 'Pagu (Rp)', width: 17, align: 'right' },
    { header: 'Realisasi (Rp)', width: 17, align: 'right' },
    { header: '% Serapan', width: 10, align: 'center' },
    { header: 'Sisa (Rp)', width: 16, align: 'right' },
  );
  const o = hasKode ? 1 : 0;
  const n = (i: number) => String(i + 1);
  const numbering = columns.map((_, i) => n(i));
  numbering[o + 4] = `${n(o + 4)} = ${n(o + 3)}/${n(o + 2)}*100`;
  numbering[o + 5] = `${n(o + 5)} = ${n(o + 2)} − ${n(o + 3)}`;

  const sasaranOf = programSasaran(res);
  // A program listed twice (under two sasaran) is shown once, with both sasaran.
  const seenPrograms = new Set<string>();
  let skipping = false;
  const rows: ReportRow[] = [];
  for (const b of rowsIn) {
    if (b.row.level === 'program') {
      const k = programKey(b.row);
      skipping = seenPrograms.has(k);
      seenPrograms.add(k);
    }
    if (skipping) continue;
    const isProgram = b.row.level === 'program';
    const sas = isProgram ? (sasaranOf.get(normaliseName(b.row.nama)) ?? []) : [];
    const cells: ReportCell[] = [];
    if (hasKode) cells.push(textCell(b.row.kode ?? '', { bold: isProgram }));
    cells.push(
      textCell(b.row.nama, { bold: isProgram }),
      textCell(sas.join('; '), { align: 'center', bold: isProgram }),
      rupiahCell(b.pagu, { bold: isProgram }),
      rupiahCell(b.realisasi, { bold: isProgram }),
      percentCell(b.serapan, { bold: isProgram }),
      rupiahCell(b.sisa, { bold: isProgram }),
    );
    rows.push(row(cells, isProgram ? 'group' : 'data'));
  }
  const r = res.ringkasan;
  const total: ReportCell[] = [];
  if (hasKode) total.push(EMPTY);
  total.push(
    textCell('JUMLAH', { bold: true }),
    EMPTY,
    rupiahCell(r.pagu, { bold: true }),
    rupiahCell(r.realisasiAnggaran, { bold: true }),
    percentCell(r.serapan, { bold: true }),
    rupiahCell(
      r.pagu !== null && r.realisasiAnggaran !== null ? r.pagu - r.realisasiAnggaran : null,
      {
        bold: true,
      },
    ),
  );
  rows.push(row(total, 'total'));
  return table({
    id: 'anggaran',
    title: `Tabel ${no} Realisasi Anggaran Tahun${res.pk.tahun !== null ? ` ${res.pk.tahun}` : ''} (${pkTitle(res)})`,
    sheetTitle: 'Anggaran',
    columns,
    numbering,
    rows,
    notes: [
      'Serapan = realisasi ÷ pagu × 100; sisa = pagu − realisasi. JUMLAH = Σ program (program yang tercantum di bawah dua sasaran dihitung sekali).',
    ],
  });
}

// --- Supporting programs of a sasaran ----------------------------------------------------------

export function programCapaian(p: ProgramIndicatorRow, settings: Settings): number | null {
  return indicatorCapaian(p.indikator, p.target, p.realisasi, 'positif', settings.rumusNegatif)
    .capaian;
}

export function programRowsOf(res: PkResult, sasaranNo: number): ProgramIndicatorRow[] {
  return res.pk.programIndicators.filter((p) => p.sasaran.includes(sasaranNo));
}

export function programTable(
  res: PkResult,
  s: SasaranResult,
  settings: Settings,
  no: string,
): ReportTable | null {
  const rowsIn = programRowsOf(res, s.no);
  if (!rowsIn.length) return null;
  const columns: ReportColumn[] = [
    // Target and realisasi carry their unit (`15 Orang/bulan`): wide enough not to break a word.
    { header: 'Program/ Kegiatan/ Sub Kegiatan', width: 27, wrap: true },
    { header: 'Indikator', width: 27, wrap: true },
    { header: 'Satuan', width: 10, align: 'center', wrap: true },
    { header: 'Target', width: 12, align: 'center', wrap: true },
    { header: 'Realisasi', width: 12, align: 'center', wrap: true },
    { header: '% capaian', width: 9, align: 'center' },
  ];
  const rows = rowsIn.map((p) => {
    const bold = p.level === 'program';
    return row(
      [
        textCell(p.nama, { bold }),
        textCell(p.indikator, { bold }),
        textCell(p.satuan ?? '', { align: 'center', bold }),
        valueCell(p.target, { bold }),
        valueCell(p.realisasi, { bold }),
        percentCell(programCapaian(p, settings), { bold }),
      ],
      bold ? 'group' : 'data',
    );
  });
  return table({
    id: 'program',
    title: `Tabel ${no} Kontribusi Capaian Program/ Kegiatan/ Sub Kegiatan terhadap Sasaran ${s.no}`,
    sheetTitle: `Program Sasaran ${s.no}`,
    columns,
    numbering: null,
    rows,
    notes: [],
  });
}
