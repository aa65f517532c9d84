/**
 * A minimal valid workbook (TC.25 + PK with its program table + Realisasi with a kinerja and an
 * anggaran table) described as plain data, and a builder that lays it out as planners do. Tests
 * take `baseSpec()`, change one thing, `build()` it and run `analyze()`.
 *
 * The figures are Ambulu 2024 (/work/shared/reports/ambulu-2024.txt, "A609" = line 609),
 * recomputed by hand (half-up):
 *   IKM      target 82 (A519), realisasi 83,63 (A609): 83,63/82×100 = 101,99 → typed "102%" is right
 *            (A609); TC.25 2023–2026 80 / 82 / 82 / 85 (A1485), target akhir 85.
 *   Trantib  target 100% (A521), realisasi 100% = 14/14 (A706, A611): capaian 100.
 *   Program Penyelenggaraan Pemerintahan dan Pelayanan Publik: PK Rp 1.041.115.000 (A527);
 *            DPA 1.041.115.000 / 1.032.500.000 = 99,17 % (A879) = Σ kegiatan 1.031.035.000 +
 *            10.080.000 / 1.023.200.000 + 9.300.000 (A884, A886).
 *   Program Koordinasi Ketentraman dan Ketertiban Umum: Rp 273.664.376 (A529) /
 *            244.304.640 = 89,27 % (A896, A897).
 *   Jumlah   1.314.779.376 / 1.276.804.640 = 97,11 %.
 * Every typed figure is right and every sheet, column and mapping is present, so the base
 * workbook yields no finding at all.
 */
import type { SheetGrid, WorkbookGrid } from '../../src/workbook/grid';
import { sheet, type CellInput } from './grid';

export interface TcSpec {
  /** One target per year of the period, first year first. */
  targets: CellInput[];
  akhir?: CellInput;
  nama?: string;
  satuan?: string;
  polaritas?: string;
}

export interface IndicatorSpec {
  id: string;
  /** Filled for a tujuan indicator (its Sasaran then empty). */
  tujuan?: string;
  sasaran: string;
  nama: string;
  satuan?: string;
  polaritas?: string;
  /** The PK's target. */
  target: CellInput;
  /** Its TC.25 row; null: not on TC.25. */
  tc: TcSpec | null;
  /** Its Realisasi row, by column header ('Indikator Kinerja' overrides the name); null: no row. */
  real: Record<string, CellInput> | null;
  /** False: a Realisasi (or TC.25) row only, not on the PK. */
  onPk?: boolean;
}

export interface ProgramSpec {
  id: string;
  /** Name on the PK program table; null: not on the PK. */
  nama: string | null;
  anggaran: CellInput;
  sasaran: CellInput;
  /** Budget-table rows (the program row first, then its kegiatan …) by column header. */
  budget: Record<string, CellInput>[];
}

export interface WorkbookSpec {
  tahun: number;
  periode: [number, number];
  indicators: IndicatorSpec[];
  programs: ProgramSpec[];
  /** The budget table's Jumlah row (by header, without the label); null: none. */
  jumlah: Record<string, CellInput> | null;
  has: { tc25: boolean; pk: boolean; realisasi: boolean };
  names: { tc25: string; pk: string; realisasi: string };
  /** Title lines above each sheet's first table (blank strings are blank rows). */
  titles: { tc25: string[]; pk: string[]; realisasi: string[] };
  /** Rows appended to the Realisasi sheet after a blank row (another table). */
  realisasiExtra: CellInput[][];
  extraSheets: SheetGrid[];
}

export const SAS_IKM =
  'Meningkatnya Kepuasan Masyarakat dalam hal Pelayanan Publik yang Merata dan Berkualitas di Kecamatan'; // A519
export const SAS_TRANTIB = 'Terjaganya ketertiban umum dan ketentraman masyarakat di Kecamatan'; // A521
export const IND_IKM = 'Indeks Kepuasan Masyarakat'; // A519
export const IND_TRANTIB =
  'Persentase Tingkat Penyelesaian Laporan dan Pelanggaran Ketertiban Umum serta Ketentraman Masyarakat'; // A521
export const TUJUAN_SAKIP =
  'Meningkatnya kualitas pengelolaan keuangan dan aset daerah yang profesional, efektif, dan efisien.'; // A516
export const PROG_PEM = 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik'; // A527, A879
export const PROG_TRANTIB = 'Program Koordinasi Ketentraman dan Ketertiban Umum'; // A529, A896

export const H = {
  program: 'Program/Kegiatan/Sub Kegiatan',
  pagu: 'Pagu (Rp)',
  realisasi: 'Realisasi (Rp)',
  persen: '% Serapan',
} as const;

export function baseSpec(): WorkbookSpec {
  return {
    tahun: 2024,
    periode: [2021, 2026],
    indicators: [
      {
        id: 'ikm',
        sasaran: SAS_IKM,
        nama: IND_IKM,
        satuan: 'Indeks',
        polaritas: 'positif',
        target: 82, // A519
        tc: { targets: ['-', '-', 80, 82, 82, 85], akhir: 85, satuan: 'Indeks' }, // A1485
        // A609: 83,63 / 82 = 101,99 → 102% (right at 0 decimals); ≥ 90 → Sangat Tinggi
        real: { Target: 82, Realisasi: '83,63', 'Capaian (%)': '102%', Kriteria: 'Sangat Tinggi' },
      },
      {
        id: 'trantib',
        sasaran: SAS_TRANTIB,
        nama: IND_TRANTIB,
        satuan: '%',
        polaritas: 'positif',
        target: '100%', // A521
        tc: { targets: ['-', '-', '100%', '100%', '100%', '100%'], akhir: '100%', satuan: '%' }, // A1487
        // A611, A706: 14/14 = 100 %
        real: {
          Target: '100%',
          Realisasi: '100%',
          'Capaian (%)': '100%',
          Kriteria: 'Sangat Tinggi',
        },
      },
    ],
    programs: [
      {
        id: 'pem',
        nama: PROG_PEM,
        anggaran: 'Rp. 1.041.115.000', // A527
        sasaran: 1,
        budget: [
          {
            [H.program]: PROG_PEM,
            [H.pagu]: '1.041.115.000,00',
            [H.realisasi]: '1.032.500.000,00',
            [H.persen]: '99,17%',
          }, // A879
          {
            [H.program]:
              'Kegiatan Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan',
            [H.pagu]: '1.031.035.000,00',
            [H.realisasi]: '1.023.200.000,00',
            [H.persen]: '99,24%',
          }, // A884
          {
            [H.program]:
              'Kegiatan Penyelenggaraan Urusan Pemerintahan yang tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah yang ada di Kecamatan',
            [H.pagu]: '10.080.000,00',
            [H.realisasi]: '9.300.000,00',
            [H.persen]: '92,26%',
          }, // A886
        ],
      },
      {
        id: 'trantib',
        nama: PROG_TRANTIB,
        anggaran: 'Rp. 273.664.376', // A529
        sasaran: 2,
        budget: [
          {
            [H.program]: PROG_TRANTIB,
            [H.pagu]: '273.664.376,00',
            [H.realisasi]: '244.304.640,00',
            [H.persen]: '89,27%',
          }, // A896
          {
            [H.program]:
              'Kegiatan Koordinasi Penerapan dan Penegakan Peraturan Daerah dan Peraturan Kepala Daerah',
            [H.pagu]: '273.664.376,00',
            [H.realisasi]: '244.304.640,00',
            [H.persen]: '89,27%',
          }, // A897
        ],
      },
    ],
    // 1.041.115.000 + 273.664.376 = 1.314.779.376; 1.032.500.000 + 244.304.640 = 1.276.804.640;
    // 1.276.804.640 / 1.314.779.376 = 97,1117 → 97,11 %
    jumlah: {
      [H.pagu]: '1.314.779.376,00',
      [H.realisasi]: '1.276.804.640,00',
      [H.persen]: '97,11%',
    },
    has: { tc25: true, pk: true, realisasi: true },
    names: { tc25: 'TC.25', pk: 'PK', realisasi: 'Realisasi' },
    titles: {
      tc25: ['Matriks Tujuan dan Sasaran Renstra 2021-2026'],
      pk: ['PERJANJIAN KINERJA TAHUN 2024'],
      realisasi: ['Pengukuran Kinerja Tahun 2024'],
    },
    realisasiExtra: [],
    extraSheets: [],
  };
}

/** The indicator with this id (throws when absent). */
export function ind(spec: WorkbookSpec, id: string): IndicatorSpec {
  const x = spec.indicators.find((i) => i.id === id);
  if (!x) throw new Error(`no indicator ${id}`);
  return x;
}

export function prog(spec: WorkbookSpec, id: string): ProgramSpec {
  const x = spec.programs.find((p) => p.id === id);
  if (!x) throw new Error(`no program ${id}`);
  return x;
}

/**
 * Nilai SAKIP as a tujuan indicator (A516, A1479: "Indikator Tujuan 1"): target 82, realisasi
 * 84.27 (A612), TC.25 2023–2026 80 / 82 / 85 / 85 (A1479). Capaian 84,27/82 = 102,77; as a tujuan
 * it needs no program.
 */
export function sakipTujuan(real: Record<string, CellInput> = {}): IndicatorSpec {
  return {
    id: 'sakip',
    tujuan: TUJUAN_SAKIP,
    sasaran: '',
    nama: 'Nilai SAKIP OPD', // A612
    satuan: 'Nilai',
    polaritas: 'positif',
    target: 82, // A612 (A516 prints "B (82)")
    tc: { targets: ['-', '-', 80, 82, 85, 85], akhir: 85, satuan: 'Nilai' }, // A1479
    real: {
      Target: 82,
      Realisasi: '84.27',
      'Capaian (%)': '102,77%',
      Kriteria: 'Sangat Tinggi',
      ...real,
    },
  };
}

const REAL_ORDER = ['Target', 'Realisasi', 'Capaian (%)', 'Kriteria'];

function orderedKeys(rows: Record<string, CellInput>[], first: string[], skip: string[]): string[] {
  const seen = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) if (!skip.includes(k)) seen.add(k);
  return [...first.filter((k) => seen.has(k)), ...[...seen].filter((k) => !first.includes(k))];
}

function years(spec: WorkbookSpec): number[] {
  const out: number[] = [];
  for (let y = spec.periode[0]; y <= spec.periode[1]; y++) out.push(y);
  return out;
}

export function buildTc25(spec: WorkbookSpec): SheetGrid {
  const rows = spec.indicators.filter((i) => i.tc);
  const anyTujuan = rows.some((i) => i.tujuan);
  const anyAkhir = rows.some((i) => i.tc!.akhir !== undefined);
  const anyPol = rows.some((i) => i.tc!.polaritas);
  const ys = years(spec);
  const header = [
    'No',
    ...(anyTujuan ? ['Tujuan'] : []),
    'Sasaran',
    'Indikator Kinerja',
    'Satuan',
    ...ys.map((y) => `Target ${y}`),
    ...(anyAkhir ? ['Target Akhir Renstra'] : []),
    ...(anyPol ? ['Polaritas'] : []),
  ];
  const body = rows.map((i, n) => [
    n + 1,
    ...(anyTujuan ? [i.tujuan ?? ''] : []),
    i.sasaran,
    i.tc!.nama ?? i.nama,
    i.tc!.satuan ?? i.satuan ?? '',
    ...ys.map((_, k) => i.tc!.targets[k]),
    ...(anyAkhir ? [i.tc!.akhir] : []),
    ...(anyPol ? [i.tc!.polaritas ?? ''] : []),
  ]);
  return sheet(spec.names.tc25, [...spec.titles.tc25.map((t) => [t]), header, ...body]);
}

export function buildPk(spec: WorkbookSpec): SheetGrid {
  const inds = spec.indicators.filter((i) => i.onPk !== false);
  const anyTujuan = inds.some((i) => i.tujuan);
  const anyPol = inds.some((i) => i.polaritas);
  const header = [
    'No',
    ...(anyTujuan ? ['Tujuan'] : []),
    'Sasaran Strategis',
    'Indikator Kinerja',
    'Target',
    'Satuan',
    ...(anyPol ? ['Polaritas'] : []),
  ];
  const body = inds.map((i, n) => [
    n + 1,
    ...(anyTujuan ? [i.tujuan ?? ''] : []),
    i.sasaran,
    i.nama,
    i.target,
    i.satuan ?? '',
    ...(anyPol ? [i.polaritas ?? ''] : []),
  ]);
  const progs = spec.programs.filter((p) => p.nama !== null);
  const progRows: CellInput[][] = progs.length
    ? [
        [],
        ['No', 'Program', 'Anggaran (Rp)', 'Sasaran'],
        ...progs.map((p, n) => [n + 1, p.nama, p.anggaran, p.sasaran]),
      ]
    : [];
  return sheet(spec.names.pk, [...spec.titles.pk.map((t) => [t]), header, ...body, ...progRows]);
}

export function buildRealisasi(spec: WorkbookSpec): SheetGrid {
  const inds = spec.indicators.filter((i) => i.real);
  const keys = orderedKeys(
    inds.map((i) => i.real!),
    REAL_ORDER,
    ['Indikator Kinerja', 'Sasaran'],
  );
  const header = ['No', 'Sasaran', 'Indikator Kinerja', ...keys];
  const body = inds.map((i, n) => [
    n + 1,
    i.real!['Sasaran'] ?? (i.sasaran || i.tujuan || ''),
    i.real!['Indikator Kinerja'] ?? i.nama,
    ...keys.map((k) => i.real![k]),
  ]);
  const budgetRows = spec.programs.flatMap((p) => p.budget);
  let budget: CellInput[][] = [];
  if (budgetRows.length) {
    const bKeys = orderedKeys(
      [...budgetRows, ...(spec.jumlah ? [spec.jumlah] : [])],
      [H.program, H.pagu, H.realisasi, H.persen],
      [],
    );
    budget = [
      [],
      [`Realisasi Anggaran Tahun ${spec.tahun}`],
      bKeys,
      ...budgetRows.map((r) => bKeys.map((k) => r[k])),
      ...(spec.jumlah ? [bKeys.map((k) => (k === H.program ? 'Jumlah' : spec.jumlah![k]))] : []),
    ];
  }
  const extra = spec.realisasiExtra.length ? [[], ...spec.realisasiExtra] : [];
  return sheet(spec.names.realisasi, [
    ...spec.titles.realisasi.map((t) => [t]),
    header,
    ...body,
    ...budget,
    ...extra,
  ]);
}

export function build(spec: WorkbookSpec): WorkbookGrid {
  const sheets: SheetGrid[] = [];
  if (spec.has.tc25) sheets.push(buildTc25(spec));
  if (spec.has.pk) sheets.push(buildPk(spec));
  if (spec.has.realisasi) sheets.push(buildRealisasi(spec));
  sheets.push(...spec.extraSheets);
  return { sheets };
}
