/**
 * Comparison figures, Sumber Data, Formulasi and the kind of spending (issue 12, WORKBOOK.md
 * Table 1 and Table 3): which header is which column, and what the reader makes of the cells.
 * Figures from the reports (A = ambulu-2024.txt, S = semboro-2025.txt, G = gumukmas-2025.txt, by
 * line):
 *   IKM Ambulu 2024: target 82 (A519), realisasi 83,63 (A609); 83,63 / 82 × 100 = 101,987… →
 *   101,99. The IKM of Kabupaten Jember it is compared with: 87,33 (A849, "87,33 (IKM Kab.
 *   Jember)"). Nilai AKIP nasional: "Target Nilai AKIP Rata Rata Nasional : 71" (S548, G603).
 */
import fc from 'fast-check';
import { roundHalfUp } from '../../src/engine/decimal';
import type { BenchmarkInput, IndicatorInput } from '../../src/engine/model';
import { analyze, type Analysis } from '../../src/workbook/analyze';
import type { SheetGrid } from '../../src/workbook/grid';
import { classifyColumn, type Role } from '../../src/workbook/table';
import { cellAt, sheet, type CellInput } from '../helpers/grid';
import { baseSpec, build, IND_IKM, ind, prog, SAS_IKM } from '../helpers/workbook';

const role = (child: string, parent = ''): Role => classifyColumn(parent, child);
const angka = (wilayah: BenchmarkInput['wilayah'], jenis: BenchmarkInput['jenis']): Role => ({
  k: 'benchmarkAngka',
  wilayah,
  jenis,
});

describe('classifyColumn: comparison figures', () => {
  test.each<[string, string, Role]>([
    ['', 'Realisasi Kabupaten', angka('kabupaten', 'realisasi')],
    ['', 'Rata-rata IKM Kabupaten', angka('kabupaten', 'rata-rata')],
    ['', 'Rerata Kabupaten', angka('kabupaten', 'rata-rata')],
    ['', 'Target Nasional', angka('nasional', 'target')],
    ['', 'Target 2024 Nasional', angka('nasional', 'target')],
    ['', 'Realisasi Prov. Jawa Timur', angka('provinsi', 'realisasi')],
    ['', 'Realisasi Provinsi', angka('provinsi', 'realisasi')],
    ['', 'Capaian Kab. Jember', angka('kabupaten', 'realisasi')],
    ['', 'Realisasi Kota', angka('kabupaten', 'realisasi')],
    ['', 'Nasional', angka('nasional', null)],
    ['', 'Regional', angka('regional', null)],
    ['', 'Realisasi Regional Jawa Timur', angka('regional', 'realisasi')],
    // A two-row header: `Benchmark` merged over the regions.
    ['Benchmark', 'Kabupaten', angka('kabupaten', null)],
    ['Benchmark', 'Provinsi', angka('provinsi', null)],
    ['Benchmark', 'Nasional', angka('nasional', null)],
    ['Benchmark', 'Target', angka(null, 'target')],
    // `Realisasi` over the regions, and a region's figure under a year.
    ['Realisasi', 'Kabupaten', angka('kabupaten', 'realisasi')],
    ['Tahun 2024', 'Realisasi Kabupaten', angka('kabupaten', 'realisasi')],
  ])('%s / %s', (parent, child, expected) => {
    expect(role(child, parent)).toEqual(expected);
  });

  test.each([
    'Benchmark',
    'Benchmark / Target Nasional',
    '(Benchmark) Target Nasional/ Regional', // S545, G600
    'Pembanding',
    'Data Pembanding Nasional',
  ])('the free-text column: %s', (h) => {
    expect(role(h)).toEqual({ k: 'benchmark' });
  });

  test.each<[string, string, Role]>([
    ['', 'Realisasi', { k: 'realisasi' }],
    ['', 'Target', { k: 'target' }],
    ['', 'Realisasi 2024', { k: 'realisasiTahun', tahun: 2024 }],
    ['', 'Target 2025', { k: 'targetTahun', tahun: 2025 }],
    ['Tahun 2024', 'Realisasi', { k: 'realisasiTahun', tahun: 2024 }],
    ['Tahun 2024', 'Target', { k: 'targetTahun', tahun: 2024 }],
    ['Realisasi', '2023', { k: 'realisasiTahun', tahun: 2023 }],
    ['', 'Realisasi Th. 2024', { k: 'realisasiTahun', tahun: 2024 }], // A848
    ['', 'Realisasi Kecamatan', { k: 'realisasi' }],
    ['', 'Indikator Kinerja Utama Kabupaten', { k: 'indikator' }],
    ['', 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', { k: 'program' }],
    ['', 'Target Akhir Renstra (2026)', { k: 'targetAkhir' }], // G600
    ['', 'Realisasi Anggaran (Rp)', { k: 'realisasiAnggaran' }],
  ])('the unit’s own figures stay its own: %s / %s', (parent, child, expected) => {
    expect(role(child, parent)).toEqual(expected);
  });
});

describe('classifyColumn: Sumber Data, Formulasi, spending', () => {
  test.each<[string, string, Role['k']]>([
    ['', 'Sumber Data', 'sumberData'],
    ['', 'Sumber', 'sumberData'],
    ['', 'Sumber Data/ Alat Ukur', 'sumberData'],
    ['', 'Sumber Dana', 'unknown'],
    ['', 'Sumber Anggaran', 'unknown'],
    ['', 'Formulasi', 'formulasi'],
    ['', 'Formulasi/ Indikator', 'formulasi'], // S346
    ['', 'Jenis Belanja', 'jenisBelanja'],
    ['', 'Kelompok Belanja', 'jenisBelanja'],
    ['', 'Jenis', 'jenis'],
    ['', 'Belanja Operasi', 'belanjaOperasi'],
    ['', 'Belanja Operasional (Rp)', 'belanjaOperasi'],
    ['', 'Belanja Modal', 'belanjaModal'],
    ['', 'Belanja Modal (Rp)', 'belanjaModal'],
    ['Belanja', 'Operasi', 'belanjaOperasi'],
    ['Belanja', 'Modal', 'belanjaModal'],
    ['Anggaran', 'Belanja Operasi', 'belanjaOperasi'],
    // Never the pagu, the realisasi or the program of the table.
    ['', 'Realisasi Belanja Modal', 'unknown'],
    ['', 'Belanja Pegawai', 'unknown'],
    ['', 'Pagu Anggaran (Rp)', 'pagu'],
  ])('%s / %s → %s', (parent, child, k) => {
    expect(role(child, parent).k).toBe(k);
  });
});

function measured(a: Analysis): IndicatorInput[] {
  return a.results.find((r) => r.pk.dilaporkan)!.indikator.map((i) => i.input);
}

function ikm(a: Analysis) {
  const i = a.results.find((r) => r.pk.dilaporkan)!.indikator.find((x) => x.input.nama === IND_IKM);
  if (!i) throw new Error('no IKM');
  return i;
}

describe('benchmark cells on the Realisasi sheet', () => {
  test('Ambulu: a Rata-rata IKM Kabupaten column of 87,33 beside IKM 83,63 (A609, A849)', () => {
    const spec = baseSpec();
    ind(spec, 'ikm').real!['Rata-rata IKM Kabupaten'] = '87,33';
    const grid = build(spec);
    const i = ikm(analyze(grid));
    expect(i.input.realisasi.num).toBe(83.63);
    expect(roundHalfUp(i.capaian!, 2)).toBe(101.99);
    expect(i.input.benchmarks).toEqual([
      {
        header: 'Rata-rata IKM Kabupaten',
        wilayah: 'kabupaten',
        jenis: 'rata-rata',
        value: expect.objectContaining({ kind: 'number', num: 87.33 }),
        ref: {
          sheet: 'Realisasi',
          cell: cellAt(grid, 'Realisasi', IND_IKM, 'Rata-rata IKM Kabupaten'),
        },
      },
    ]);
    // The Trantib row has no cell there: no benchmark.
    expect(measured(analyze(grid)).find((x) => x.nama !== IND_IKM)!.benchmarks).toEqual([]);
  });

  test('the free-text Benchmark column stays text (S548, G603)', () => {
    const spec = baseSpec();
    const text = 'Target Nilai AKIP Rata Rata Nasional : 71 (BB/ Sangat Baik)';
    ind(spec, 'ikm').real!['(Benchmark) Target Nasional/ Regional'] = text;
    const i = ikm(analyze(build(spec)));
    expect(i.input.benchmark).toBe(text);
    expect(i.input.benchmarks).toEqual([]);
  });

  test('Benchmark merged over Kabupaten | Provinsi | Nasional', () => {
    const rows: CellInput[][] = [
      ['Pengukuran Kinerja Tahun 2024'],
      ['No', 'Sasaran', 'Indikator Kinerja', 'Target', 'Realisasi', 'Benchmark', null, null],
      [null, null, null, null, null, 'Kabupaten', 'Provinsi', 'Nasional'],
      [1, SAS_IKM, IND_IKM, 82, '83,63', '87,33', '', 'Nilai 71'],
    ];
    const merges = ['F2:H2', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3'];
    const spec = baseSpec();
    spec.has.realisasi = false;
    spec.indicators = [ind(spec, 'ikm')];
    spec.programs = [];
    spec.extraSheets = [sheet('Realisasi', rows, { merges })];
    const i = ikm(analyze(build(spec)));
    expect(i.input.realisasi.num).toBe(83.63);
    expect(
      i.input.benchmarks.map((b) => ({
        header: b.header,
        wilayah: b.wilayah,
        jenis: b.jenis,
        raw: b.value.raw,
        cell: b.ref?.cell,
      })),
    ).toEqual([
      {
        header: 'Benchmark / Kabupaten',
        wilayah: 'kabupaten',
        jenis: null,
        raw: '87,33',
        cell: 'F4',
      },
      {
        header: 'Benchmark / Nasional',
        wilayah: 'nasional',
        jenis: null,
        raw: 'Nilai 71',
        cell: 'H4',
      },
    ]);
  });

  /** The Realisasi kinerja table with its columns in the given order (no budget table). */
  function realisasiIn(order: string[]): SheetGrid {
    const cells: Record<string, CellInput> = {
      Target: 82, // A519
      Realisasi: '83,63', // A609
      'Realisasi Kabupaten': '87,33', // A849
      'Target Nasional': 71, // S548
      'Realisasi Provinsi': '84,5',
      'Capaian (%)': '102%',
      Kriteria: 'Sangat Tinggi',
    };
    return sheet('Realisasi', [
      ['Pengukuran Kinerja Tahun 2024'],
      ['No', 'Sasaran', 'Indikator Kinerja', ...order],
      [1, SAS_IKM, IND_IKM, ...order.map((h) => cells[h])],
    ]);
  }

  test('whatever the order of the columns, the realisasi is the unit’s own', () => {
    const headers = [
      'Target',
      'Realisasi',
      'Realisasi Kabupaten',
      'Target Nasional',
      'Realisasi Provinsi',
      'Capaian (%)',
      'Kriteria',
    ];
    fc.assert(
      fc.property(
        fc.shuffledSubarray(headers, { minLength: headers.length, maxLength: headers.length }),
        (order) => {
          const spec = baseSpec();
          spec.has.realisasi = false;
          spec.indicators = [ind(spec, 'ikm')];
          spec.programs = [prog(spec, 'pem')];
          spec.programs[0].budget = [];
          spec.extraSheets = [realisasiIn(order)];
          const i = ikm(analyze(build(spec)));
          expect(i.input.target.num).toBe(82);
          expect(i.input.realisasi.num).toBe(83.63);
          expect(roundHalfUp(i.capaian!, 2)).toBe(101.99);
          const got = Object.fromEntries(
            i.input.benchmarks.map((b) => [b.header, [b.wilayah, b.jenis, b.value.num]]),
          );
          expect(got).toEqual({
            'Realisasi Kabupaten': ['kabupaten', 'realisasi', 87.33],
            'Target Nasional': ['nasional', 'target', 71],
            'Realisasi Provinsi': ['provinsi', 'realisasi', 84.5],
          });
          // In the order of the columns.
          expect(i.input.benchmarks.map((b) => b.header)).toEqual(order.filter((h) => h in got));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('Sumber Data and Formulasi from TC.25, PK and Realisasi', () => {
  const FORMULA = 'Jumlah nilai persepsi per unsur / jumlah unsur × nilai penimbang'; // IKM
  const SOURCE = 'E Sukma Kecamatan Ambulu'; // A851

  /** The base workbook with a column added to one sheet's indicator table (IKM row only). */
  function withColumn(
    sheetName: 'TC.25' | 'PK' | 'Realisasi',
    header: string,
    value: string,
  ): Analysis {
    const grid = build(baseSpec());
    const g = grid.sheets.find((s) => s.name === sheetName)!;
    const h = g.rows.findIndex((r) =>
      (r ?? []).some((c) => /^Indikator Kinerja$/.test(String(c?.v ?? ''))),
    );
    const width = g.rows[h].length;
    g.rows[h][width] = { v: header };
    const r = g.rows.findIndex((row) => (row ?? []).some((c) => c?.v === IND_IKM));
    g.rows[r][width] = { v: value };
    return analyze(grid);
  }

  test.each(['TC.25', 'PK', 'Realisasi'] as const)('Formulasi on %s', (s) => {
    const a = withColumn(s, 'Formulasi', FORMULA);
    expect(ikm(a).input.formulasi).toBe(FORMULA);
    expect(ikm(a).input.realisasi.num).toBe(83.63);
    expect(measured(a).find((x) => x.nama !== IND_IKM)!.formulasi).toBeNull();
  });

  test.each([
    ['TC.25', 'Sumber Data'],
    ['PK', 'Sumber Data/ Alat Ukur'],
    ['Realisasi', 'Sumber'],
  ] as const)('Sumber Data on %s (%s)', (s, header) => {
    const a = withColumn(s, header, SOURCE);
    expect(ikm(a).input.sumberData).toBe(SOURCE);
    expect(measured(a).find((x) => x.nama !== IND_IKM)!.sumberData).toBeNull();
  });

  test('PK before TC.25 before Realisasi', () => {
    const grid = build(baseSpec());
    for (const [name, text] of [
      ['TC.25', 'dari TC.25'],
      ['PK', 'dari PK'],
      ['Realisasi', 'dari Realisasi'],
    ]) {
      const g = grid.sheets.find((s) => s.name === name)!;
      const h = g.rows.findIndex((r) => (r ?? []).some((c) => c?.v === 'Indikator Kinerja'));
      const width = g.rows[h].length;
      g.rows[h][width] = { v: 'Sumber Data' };
      g.rows[h][width + 1] = { v: 'Formulasi' };
      const r = g.rows.findIndex((row) => (row ?? []).some((c) => c?.v === IND_IKM));
      g.rows[r][width] = { v: text };
      g.rows[r][width + 1] = { v: text };
    }
    const i = ikm(analyze(grid));
    expect([i.input.sumberData, i.input.formulasi]).toEqual(['dari PK', 'dari PK']);
  });
});

describe('Jenis Belanja and Belanja Operasi / Modal on the anggaran table', () => {
  test('a Jenis Belanja column: each budget row’s jenis', () => {
    const spec = baseSpec();
    const jenis = ['Belanja Operasi', 'Operasional', 'BM', 'BO', 'Belanja Modal'];
    let k = 0;
    for (const p of spec.programs) for (const r of p.budget) r['Jenis Belanja'] = jenis[k++];
    const a = analyze(build(spec));
    const budget = a.results.find((r) => r.pk.dilaporkan)!.pk.budget;
    expect(budget.map((b) => [b.level, b.jenisBelanja])).toEqual([
      ['program', 'operasi'],
      ['kegiatan', 'operasi'],
      ['kegiatan', 'modal'],
      ['program', 'operasi'],
      ['kegiatan', 'modal'],
      ['total', null],
    ]);
    // The pagu and realisasi are still the table's (A879, A897).
    expect(budget[0].pagu.num).toBe(1_041_115_000);
    expect(budget[4].realisasi.num).toBe(244_304_640);
    expect(a.findings.filter((f) => f.code === 'TOTAL_MISMATCH')).toEqual([]);
  });

  test('Belanja Operasi / Belanja Modal amount columns', () => {
    const spec = baseSpec();
    // A program's pagu split into operasi and modal (any split the planner typed).
    prog(spec, 'pem').budget[0]['Belanja Operasi (Rp)'] = '1.031.035.000,00';
    prog(spec, 'pem').budget[0]['Belanja Modal (Rp)'] = '10.080.000,00';
    const a = analyze(build(spec));
    const budget = a.results.find((r) => r.pk.dilaporkan)!.pk.budget;
    expect(budget[0].belanjaOperasi?.num).toBe(1_031_035_000);
    expect(budget[0].belanjaModal?.num).toBe(10_080_000);
    expect(budget[0].pagu.num).toBe(1_041_115_000);
    expect(budget[1].belanjaOperasi?.kind).toBe('empty');
    expect(budget[0].jenisBelanja).toBeNull();
    expect(a.findings.filter((f) => f.code === 'TOTAL_MISMATCH')).toEqual([]);
  });

  test('no such column: nothing', () => {
    const budget = analyze(build(baseSpec())).results[0].pk.budget;
    expect(budget.every((b) => b.jenisBelanja === null && b.belanjaOperasi === null)).toBe(true);
  });
});
