/**
 * Layouts real workbooks use (issue 10 §3, WORKBOOK.md "Sheets we read"), each on a small workbook
 * built from the reports' own figures (A = ambulu-2024.txt, S = semboro-2025.txt,
 * G = gumukmas-2025.txt, by line), recomputed by hand (half-up):
 *   IKM      Ambulu 2024 target 82 (A519), realisasi 83,63 (A609): 83,63 / 82 × 100 = 101,987… →
 *            101,99; TC.25 2023–2026 80 / 82 / 82 / 85 (A1485), target akhir 85: 83,63 / 85 × 100
 *            = 98,388… → 98,39.
 *   Trantib  target 100 % (A521), realisasi 100 % = 14/14 (A611, A706): 100.
 */
import fc from 'fast-check';
import { roundHalfUp } from '../../src/engine/decimal';
import type { Finding } from '../../src/engine/findings';
import { analyze, type Analysis } from '../../src/workbook/analyze';
import type { SheetGrid } from '../../src/workbook/grid';
import { cellAt, sheet, workbook, type CellInput } from '../helpers/grid';
import { baseSpec, build, H, prog, PROG_PEM } from '../helpers/workbook';

const SAS_IKM =
  'Meningkatnya Kepuasan Masyarakat dalam hal Pelayanan Publik yang Merata dan Berkualitas di Kecamatan'; // A519
const SAS_TRANTIB = 'Terjaganya ketertiban umum dan ketentraman masyarakat di Kecamatan'; // A521
const IKM = 'Indeks Kepuasan Masyarakat'; // A519
const TRANTIB =
  'Persentase Tingkat Penyelesaian Laporan dan Pelanggaran Ketertiban Umum serta Ketentraman Masyarakat'; // A521
const TUJUAN =
  'Meningkatnya penataan organisasi pemerintah daerah dan tata laksana penyelenggaraan pemerintahan dan pelayanan publik.'; // A1481

/** PK 2024 (A515–521): IKM 82, Trantib 100 %. */
function pk2024(title: CellInput[][] = [['Perjanjian Kinerja Tahun 2024']]): SheetGrid {
  return sheet('PK', [
    ...title,
    [],
    ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Satuan', 'Polaritas'],
    [1, SAS_IKM, IKM, 82, 'Indeks', 'positif'],
    [2, SAS_TRANTIB, TRANTIB, '100%', '%', 'positif'],
  ]);
}

/** Realisasi 2024 (A609, A611). */
function real2024(): SheetGrid {
  return sheet('Realisasi', [
    ['No', 'Sasaran', 'Indikator Kinerja', 'Target', 'Realisasi'],
    [1, SAS_IKM, IKM, 82, '83,63'],
    [2, SAS_TRANTIB, TRANTIB, '100%', '100%'],
  ]);
}

const r2 = (x: number | null | undefined) =>
  x === null || x === undefined ? null : roundHalfUp(x, 2);

function indicator(a: Analysis, nama: string) {
  const i = a.results.find((r) => r.pk.dilaporkan)!.indikator.find((x) => x.input.nama === nama);
  if (!i) throw new Error(`no indicator ${nama}`);
  return i;
}

const codesOf = (fs: Finding[]) => fs.map((f) => f.code);
const at = (fs: Finding[], sheetName: string) => fs.filter((f) => f.sheet === sheetName);

describe('TC.25 in the Permendagri 86 form', () => {
  // "Target Kinerja … pada Tahun ke-" merged over "1 | 2 | 3", the period only in the title
  // ("RPD 2024-2026"), no Target Akhir column, "-" where a year has no target.
  function tcRpd(): SheetGrid {
    return sheet(
      'TC.25',
      [
        ['Tujuan dan Sasaran Jangka Menengah Pelayanan Perangkat Daerah'],
        ['RPD 2024-2026'],
        [],
        [
          'No',
          'Tujuan',
          'Sasaran',
          'Indikator Tujuan/Sasaran',
          'Target Kinerja Tujuan/Sasaran pada Tahun ke-',
        ],
        ['', '', '', '', 1, 2, 3],
        [1, TUJUAN, SAS_IKM, IKM, 82, 82, 85], // A1485, 2024–2026
        ['', '', SAS_TRANTIB, TRANTIB, '100%', '100%', '100%'], // A1487
        // A1481: a document indicator with no target in the first year of the RPD.
        ['', '', '', 'Jumlah Dokumen Penataan Organisasi', '-', '4 Dok', '4 Dok'],
      ],
      { merges: ['A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:G4', 'A6:A8', 'B6:B8'] },
    );
  }

  test('the years come from the title period; the last year is the end target', () => {
    const a = analyze(workbook(tcRpd(), pk2024(), real2024()));
    const ikm = indicator(a, IKM);
    expect(r2(ikm.capaian)).toBe(101.99);
    expect(ikm.input.tahunAkhir).toBe(2026);
    expect(ikm.input.targetAkhir?.raw).toBe('85');
    expect(r2(ikm.capaianAkhir)).toBe(98.39);
    expect(codesOf(a.findings)).not.toContain('COLUMN_MISSING');
    expect(codesOf(a.findings)).not.toContain('INDICATOR_UNMATCHED');
    expect(codesOf(a.findings)).not.toContain('TARGET_MISMATCH');
  });

  test('the same with the parent typed once, not merged (converted from Word)', () => {
    const tc = tcRpd();
    tc.merges = [];
    const a = analyze(workbook(tc, pk2024(), real2024()));
    const ikm = indicator(a, IKM);
    expect(r2(ikm.capaian)).toBe(101.99);
    expect(ikm.input.tahunAkhir).toBe(2026);
    expect(r2(ikm.capaianAkhir)).toBe(98.39);
    expect(codesOf(a.findings)).not.toContain('COLUMN_MISSING');
  });

  test('a PK target that differs from the TC.25 year (column "1" = 2024) is reported there', () => {
    const tc = tcRpd();
    tc.rows[5][4] = { v: 80 };
    const a = analyze(workbook(tc, pk2024(), real2024()));
    expect(a.findings.filter((f) => f.code === 'TARGET_MISMATCH').map((f) => f.cell)).toEqual([
      'E6',
    ]);
  });
});

describe('no sheet passes silently', () => {
  test('a TC.25 table without year columns: a warning at its header row naming them', () => {
    const tc = sheet('TC.25', [
      ['Renstra Kecamatan Ambulu'],
      ['No', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Keterangan'],
      [1, SAS_IKM, IKM, 'Indeks', 'e-SUKMA'],
    ]);
    const a = analyze(workbook(tc, pk2024(), real2024()));
    const f = at(a.findings, 'TC.25');
    expect(f.map((x) => [x.code, x.severity, x.cell])).toEqual([
      ['COLUMN_MISSING', 'warning', 'A2'],
    ]);
    expect(f[0].message).toMatch(/target per tahun/);
  });

  test('a Realisasi sheet with no table at all: an error at A1', () => {
    const real = sheet('Realisasi', [['Realisasi Kinerja Tahun 2024'], ['belum diisi']]);
    const a = analyze(workbook(pk2024(), real));
    const f = at(a.findings, 'Realisasi');
    expect(f.map((x) => [x.code, x.severity, x.cell])).toEqual([['COLUMN_MISSING', 'error', 'A1']]);
    expect(f[0].message).toMatch(/Indikator Kinerja/);
  });

  test('a PK table without a Target column: an error at its header row naming "Target"', () => {
    const pk = sheet('PK', [
      ['Perjanjian Kinerja Tahun 2024'],
      ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan'],
      [1, SAS_IKM, IKM, 'Indeks'],
    ]);
    const a = analyze(workbook(pk, real2024()));
    const f = at(a.findings, 'PK').filter((x) => x.code === 'COLUMN_MISSING');
    expect(f.map((x) => [x.severity, x.cell])).toEqual([['error', 'A2']]);
    expect(f[0].message).toMatch(/"Target"/);
  });

  test('a complete but empty table says it is empty', () => {
    const real = sheet('Realisasi', [
      ['No', 'Sasaran', 'Indikator Kinerja', 'Target', 'Realisasi'],
    ]);
    const a = analyze(workbook(pk2024(), real));
    const f = at(a.findings, 'Realisasi');
    expect(f.map((x) => [x.code, x.cell])).toEqual([['SHEET_MISSING', 'A1']]);
    expect(f[0].message).toMatch(/belum berisi baris indikator/);
  });

  test('property: whatever required header is lost, every sheet that lost one says so', () => {
    // Required headers of each sheet; renaming any of them leaves the sheet without rows.
    const required: [string, string, number][] = [
      ['PK', 'Indikator Kinerja', 2],
      ['PK', 'Target', 3],
      ['Realisasi', 'Indikator Kinerja', 2],
      ['Realisasi', 'Realisasi', 4],
    ];
    fc.assert(
      fc.property(fc.subarray(required, { minLength: 1 }), (lost) => {
        const pk = pk2024([]);
        const real = real2024();
        const grids: Record<string, SheetGrid> = { PK: pk, Realisasi: real };
        for (const [name, , c] of lost) {
          const g = grids[name];
          const hr = g.rows.findIndex((row) => row.some((x) => x?.v === 'No'));
          g.rows[hr][c] = { v: `Keterangan ${c}` };
        }
        const a = analyze(workbook(pk, real));
        for (const name of new Set(lost.map(([n]) => n)))
          expect(at(a.findings, name).some((f) => /MISSING/.test(f.code))).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});

describe('the period in the title block', () => {
  // Semboro 2025, PK Perubahan on Renstra 2025–2029 (S431–437): IPP target 4,3; realisasi 2,61
  // (S796): 2,61 / 4,3 × 100 = 60,697… → 60,70 (the report's 56 % is its own mistake); TC.25
  // 2025–2029 4,3 · 4,64 · 4,65 · 4,66 · 4,67 (S331), end target 4,67: 2,61 / 4,67 × 100 =
  // 55,888… → 55,89 (S796 prints 55,89 %). The old Renstra 2022–2026 (S1469–1482) has no IPP.
  const IPP = 'Indeks Pelayanan Publik Kecamatan';
  const TUJUAN_IPP = 'Meningkatnya Kualitas Pelayanan Publik di Kecamatan';

  function tcTwoPeriods(newTitle: CellInput[][]): SheetGrid {
    return sheet('TC.25', [
      ['Tabel TC. 25 Renstra Kecamatan Semboro (Pemutakhiran)'],
      ['No', 'Sasaran', 'Indikator', '2022', '2023', '2024', '2025', '2026'],
      [1, SAS_IKM, IKM, 85, 85, 90, 95, 100], // S1482
      [],
      [],
      ...newTitle,
      [
        'No',
        'Tujuan / Sasaran Strategis',
        'Indikator',
        'Tahun ke-1',
        'Tahun ke-2',
        'Tahun ke-3',
        'Tahun ke-4',
        'Tahun ke-5',
      ],
      [1, TUJUAN_IPP, IPP, '4,3', '4,64', '4,65', '4,66', '4,67'], // S331
    ]);
  }

  function pkPerubahan(title: CellInput[][]): SheetGrid {
    return sheet('PK Perubahan', [
      ...title,
      ['No', 'Tujuan / Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Polaritas'],
      [1, TUJUAN_IPP, IPP, '4,3', 'positif'], // S434
    ]);
  }

  const realIpp = () =>
    sheet('Realisasi', [
      ['No', 'Tujuan / Sasaran Strategis', 'Indikator', 'Target', 'Realisasi'],
      [1, TUJUAN_IPP, IPP, '4,3', '2,61'], // S796
    ]);

  function expectIpp(a: Analysis): void {
    const r = a.results.find((x) => x.pk.sheet === 'PK Perubahan')!;
    expect([r.pk.tahun, r.pk.periode]).toEqual([2025, '2025-2029']);
    const ipp = r.indikator[0];
    expect(r2(ipp.capaian)).toBe(60.7);
    expect(ipp.input.targetAkhir?.raw).toBe('4,67');
    expect(r2(ipp.capaianAkhir)).toBe(55.89);
    expect(codesOf(a.findings)).not.toContain('INDICATOR_UNMATCHED');
    expect(codesOf(a.findings)).not.toContain('COLUMN_MISSING');
  }

  test('label and value in two cells: "Dasar Renstra :" | "2025-2029", "Tahun :" | 2025', () => {
    const a = analyze(
      workbook(
        tcTwoPeriods([['Tabel 2.4 Matriks Tujuan dan Sasaran'], ['Periode', ':', '2025-2029']]),
        pkPerubahan([
          ['Perjanjian Kinerja Perubahan Kecamatan Semboro'],
          ['Tahun Anggaran :', 2025],
          ['Dasar Renstra :', '2025-2029'],
          [],
        ]),
        realIpp(),
      ),
    );
    expectIpp(a);
  });

  test('on a title line separated from the table by a blank line', () => {
    const a = analyze(
      workbook(
        tcTwoPeriods([
          ['Renstra Kecamatan Semboro 2025-2029'],
          [],
          ['Tabel 2.4 Matriks Tujuan dan Sasaran'],
          [],
        ]),
        pkPerubahan([
          ['Dasar Renstra 2025 - 2029'],
          [],
          ['Perjanjian Kinerja (Perubahan) Kecamatan Semboro Tahun 2025'],
          [],
        ]),
        realIpp(),
      ),
    );
    expectIpp(a);
  });
});

describe('an abbreviation inline on one sheet, spelled out in brackets on another', () => {
  const LONG = 'Hasil Indeks Kepuasan Masyarakat (IKM) pada Pelayanan Publik Kecamatan';
  const SHORT = 'Hasil IKM pada Pelayanan Publik Kecamatan';

  function ikmWorkbook(pkName: string, tcName: string, realName: string) {
    return workbook(
      sheet('TC.25', [
        ['Renstra 2021-2026'],
        ['No', 'Sasaran', 'Indikator', '2023', '2024', '2025', '2026'],
        [1, SAS_IKM, tcName, 80, 82, 82, 85], // A1485
      ]),
      sheet('PK', [
        ['Perjanjian Kinerja Tahun 2024'],
        ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Polaritas'],
        [1, SAS_IKM, pkName, 82, 'positif'], // A519
      ]),
      sheet('Realisasi', [
        ['No', 'Sasaran', 'Indikator Kinerja', 'Target', 'Realisasi'],
        [1, SAS_IKM, realName, 82, '83,63'], // A609
      ]),
    );
  }

  test.each([
    ['spelled out on the PK, inline on TC.25 and Realisasi', LONG, SHORT, SHORT],
    ['inline on the PK, spelled out on TC.25 and Realisasi', SHORT, LONG, LONG],
  ])('%s: linked exactly, no fuzzy-match warning', (_, pkName, tcName, realName) => {
    const a = analyze(ikmWorkbook(pkName, tcName, realName));
    const ikm = a.results[0].indikator[0];
    expect(r2(ikm.capaian)).toBe(101.99);
    expect(ikm.input.targetAkhir?.raw).toBe('85');
    expect(codesOf(a.findings)).not.toContain('INDICATOR_UNMATCHED');
  });

  test('an abbreviation nobody spells out is only a fuzzy match, with its warning', () => {
    const a = analyze(ikmWorkbook(LONG, LONG, 'Hasil SKM pada Pelayanan Publik Kecamatan'));
    const f = a.findings.filter((x) => x.code === 'INDICATOR_UNMATCHED');
    expect(f.map((x) => [x.sheet, x.cell])).toEqual([['PK', 'C3']]);
    expect(f[0].message).toMatch(/dicocokkan dengan "Hasil SKM/);
  });
});

describe('"Capaian Realisasi Anggaran (%)" is the serapan, not an amount', () => {
  const CRA = 'Capaian Realisasi Anggaran (%)';
  const KEG = 'Kegiatan Koordinasi penyelenggaraan kegiatan pemerintahan di Tingkat Kecamatan';

  /** S978–982: 546.800.000 / 555.120.000 = 98,50 → "99%" right; 543.600.000 / 545.040.000 =
   *  99,74, printed "99%" (dipotong); 3.200.000 / 10.080.000 = 31,75 → "32%" right. */
  function semboroBudget(header: string) {
    const s = baseSpec();
    const p = prog(s, 'pem');
    p.anggaran = 'Rp. 555.120.000,00'; // S447
    const row = (nama: string, pagu: string, real: string, pct: string) => ({
      [H.program]: nama,
      [H.pagu]: pagu,
      [H.realisasi]: real,
      [header]: pct,
    });
    p.budget = [
      row(PROG_PEM, '555.120.000,00', '546.800.000,00', '99%'),
      row(KEG, '545.040.000,00', '543.600.000,00', '99%'),
      row(
        'Kegiatan Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat',
        '10.080.000,00',
        '3.200.000,00',
        '32%',
      ),
    ];
    for (const b of prog(s, 'trantib').budget) {
      b[header] = b[H.persen];
      delete b[H.persen];
    }
    s.jumlah = null;
    return build(s);
  }

  test.each([CRA, 'Persentase Realisasi Keuangan', 'Realisasi Anggaran (%)'])(
    'under "%s" the typed 99 %% for 99,74 is found (S979), the right ones are not',
    (header) => {
      const grid = semboroBudget(header);
      const a = analyze(grid);
      const found = a.findings.filter((f) => f.code === 'SERAPAN_MISMATCH');
      expect(found.map((f) => f.cell)).toEqual([cellAt(grid, 'Realisasi', KEG, header)]);
      expect(found[0].message).toMatch(/dipotong/);
      // The amounts are still the Realisasi (Rp) column's: 546.800.000 + 244.304.640.
      const r = a.results[0];
      expect(r.ringkasan.realisasiAnggaran).toBe(546800000 + 244304640);
    },
  );
});

describe('tables with a group per year', () => {
  // Ambulu IKM: 2023 target 80 (A1485), realisasi 83,57 (A801); 2024 target 82 (A519),
  // realisasi 83,63, "102%" (A609): 83,63 / 82 = 101,99 → 102 at 0 decimals, right.
  function twoYear(capaian2024: CellInput): SheetGrid {
    return sheet(
      'Realisasi',
      [
        ['Perbandingan Capaian Kinerja Tahun 2024 dengan Tahun Sebelumnya'],
        ['No', 'Sasaran', 'Indikator Kinerja', 'Tahun 2023', '', '', 'Tahun 2024'],
        ['', '', '', 'Target', 'Realisasi', 'Capaian', 'Target', 'Realisasi', 'Capaian'],
        [1, SAS_IKM, IKM, 80, '83,57', '104,46%', 82, '83,63', capaian2024],
        [2, SAS_TRANTIB, TRANTIB, '100%', '96%', '96%', '100%', '100%', '100%'], // A801
      ],
      { merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:F2', 'G2:I2'] },
    );
  }

  test('"Tahun 2023" | "Tahun 2024" over Target | Realisasi | Capaian: 2024 is measured', () => {
    const grid = workbook(pk2024(), twoYear('102%'));
    const a = analyze(grid);
    const ikm = indicator(a, IKM);
    expect(r2(ikm.capaian)).toBe(101.99);
    expect(ikm.input.typedCapaian?.value.raw).toBe('102%');
    expect(ikm.input.realisasiLalu.map((p) => [p.tahun, p.value.raw])).toEqual([[2023, '83,57']]);
    // The 2023 target 80 is not compared with the PK's 82.
    expect(codesOf(a.findings)).not.toContain('TARGET_MISMATCH');
    expect(codesOf(a.findings)).not.toContain('CAPAIAN_MISMATCH');
  });

  test("the report year's typed capaian is checked: 104 % for 101,99 is wrong at I4", () => {
    const a = analyze(workbook(pk2024(), twoYear('104%')));
    expect(
      a.findings.filter((f) => f.code === 'CAPAIAN_MISMATCH').map((f) => [f.sheet, f.cell]),
    ).toEqual([['Realisasi', 'I4']]);
  });

  test('a trend "Capaian Kinerja Tahun" over 2022 | 2023 is earlier realisasi, not capaian', () => {
    // A801: IKM 72 (2022), 83,57 (2023); Trantib 94,33 % (2022), 96 % (2023).
    const real = sheet(
      'Realisasi',
      [
        [
          'No',
          'Sasaran',
          'Indikator Kinerja',
          'Target',
          'Realisasi',
          'Capaian (%)',
          'Capaian Kinerja Tahun',
        ],
        ['', '', '', '', '', '', 2022, 2023],
        [1, SAS_IKM, IKM, 82, '83,63', '102%', 72, '83,57'],
        [2, SAS_TRANTIB, TRANTIB, '100%', '100%', '100%', '94,33%', '96%'],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:E2', 'F1:F2', 'G1:H1'] },
    );
    const a = analyze(workbook(pk2024(), real));
    const ikm = indicator(a, IKM);
    expect(r2(ikm.capaian)).toBe(101.99);
    expect(ikm.input.typedCapaian?.value.raw).toBe('102%');
    expect(ikm.input.realisasiLalu.map((p) => [p.tahun, p.value.raw])).toEqual([
      [2022, '72'],
      [2023, '83,57'],
    ]);
    expect(indicator(a, TRANTIB).input.realisasiLalu.map((p) => [p.tahun, p.value.raw])).toEqual([
      [2022, '94,33%'],
      [2023, '96%'],
    ]);
    expect(codesOf(a.findings)).not.toContain('CAPAIAN_MISMATCH');
  });

  test('a trend table of its own (A778–790) adds earlier years, no conflict with the main', () => {
    const real = sheet(
      'Realisasi',
      [
        ['No', 'Sasaran', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
        [1, SAS_IKM, IKM, 82, '83,63', '102%'], // A609
        [2, SAS_TRANTIB, TRANTIB, '100%', '100%', '100%'], // A611
        [],
        ['Tabel 3.3 Perbandingan Capaian kinerja Sasaran tahun 2024 dengan tahun sebelumnya'],
        ['No', 'Sasaran Strategis', 'Indikator Sasaran', 'Realisasi'],
        ['', '', '', 2021, 2022, 2023, 2024],
        [1, SAS_IKM, IKM, '', 72, '83,57', '83,63'], // A783
        [2, SAS_TRANTIB, TRANTIB, '', '94,33%', '96%', '100%'], // A786
      ],
      { merges: ['A6:A7', 'B6:B7', 'C6:C7', 'D6:G6'] },
    );
    const a = analyze(workbook(pk2024(), real));
    const ikm = indicator(a, IKM);
    expect(r2(ikm.capaian)).toBe(101.99);
    expect(ikm.input.realisasiRef).toEqual({ sheet: 'Realisasi', cell: 'E2' });
    expect(ikm.input.realisasiLalu.map((p) => [p.tahun, p.value.raw])).toEqual([
      [2022, '72'],
      [2023, '83,57'],
    ]);
    expect(codesOf(a.findings)).not.toContain('REALISASI_CONFLICT');
    expect(codesOf(a.findings)).not.toContain('INDICATOR_UNMATCHED');
  });

  test('single-row trend headers "Capaian Kinerja Tahun 2022" are realisasi of that year', () => {
    const real = sheet('Realisasi', [
      [
        'No',
        'Indikator Kinerja',
        'Target',
        'Realisasi',
        'Capaian Kinerja Tahun 2022',
        'Capaian Kinerja Tahun 2023',
      ],
      [1, IKM, 82, '83,63', 72, '83,57'],
    ]);
    const a = analyze(workbook(pk2024(), real));
    expect(indicator(a, IKM).input.realisasiLalu.map((p) => p.tahun)).toEqual([2022, 2023]);
  });
});

describe('tables converted from Word', () => {
  test('a column merged two cells wide in the header and in every body row', () => {
    const real = sheet(
      'Realisasi',
      [
        ['No', 'Sasaran', 'Indikator Kinerja', '', 'Target', 'Realisasi', 'Capaian (%)'],
        [1, SAS_IKM, IKM, '', 82, '83,63', '102%'], // A609
        [2, SAS_TRANTIB, TRANTIB, '', '100%', '100%', '100%'], // A611
      ],
      { merges: ['C1:D1', 'C2:D2', 'C3:D3'] },
    );
    const a = analyze(workbook(pk2024(), real));
    expect(r2(indicator(a, IKM).capaian)).toBe(101.99);
    expect(indicator(a, IKM).input.realisasiRef).toEqual({ sheet: 'Realisasi', cell: 'F2' });
    expect(r2(indicator(a, TRANTIB).capaian)).toBe(100);
    expect(at(a.findings, 'Realisasi')).toEqual([]);
  });

  test('a parent typed once above Target | Realisasi | Capaian (%), not merged', () => {
    const real = sheet('Realisasi', [
      ['No', 'Sasaran', 'Indikator Kinerja', 'Kinerja Tahun 2024', '', '', 'Keterangan'],
      ['', '', '', 'Target', 'Realisasi', 'Capaian (%)', ''],
      [1, SAS_IKM, IKM, 82, '83,63', '104%'], // A609, capaian mistyped
      [2, SAS_TRANTIB, TRANTIB, '100%', '100%', '100%'], // A611
    ]);
    const a = analyze(workbook(pk2024(), real));
    const ikm = indicator(a, IKM);
    expect(r2(ikm.capaian)).toBe(101.99);
    expect(ikm.input.typedCapaian?.ref).toEqual({ sheet: 'Realisasi', cell: 'F3' });
    expect(a.findings.filter((f) => f.code === 'CAPAIAN_MISMATCH').map((f) => f.cell)).toEqual([
      'F3',
    ]);
    expect(r2(indicator(a, TRANTIB).capaian)).toBe(100);
  });
});

describe('summary rows of a kinerja table', () => {
  // A609–614, Ambulu 2024: capaian 4/4 = 100; 83,63/82 = 101,9878; 100; 100; 84,27/82 =
  // 102,7683; 100/80 = 125. Mean = 629,7561 / 6 = 104,9593… → 104,96 (A1353 prints 102 %).
  const SIX: [string, CellInput, CellInput][] = [
    ['Jumlah Dokumen Penataan Organisasi dan Tata Laksana Pemerintah Daerah', '4 Dok', '4 Dok'],
    [IKM, 82, '83,63'],
    ['Persentase Fasilitas Kesejahteraan masyarakat yang dilaksanakan', '100%', '100%'],
    [TRANTIB, '100%', '100%'],
    ['Nilai SAKIP OPD', 82, '84.27'],
    ['Persentase Indikator Program yang tercapai', '80%', '100%'],
  ];
  const pk6 = () =>
    sheet('PK', [
      ['Perjanjian Kinerja Tahun 2024'],
      ['No', 'Indikator Kinerja', 'Target', 'Polaritas'],
      ...SIX.map(([n, t], i) => [i + 1, n, t, 'positif']),
    ]);

  /** The Realisasi table with summary rows: [label, capaian typed, merged over A:E?]. */
  function real6(summaries: [string, CellInput, boolean][]): SheetGrid {
    const rows: CellInput[][] = [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Keterangan', 'Capaian (%)'],
      ...SIX.map(([n, t, r], i) => [i + 1, n, t, r, '', '']),
    ];
    const merges: string[] = [];
    for (const [label, cap, merged] of summaries) {
      const r = rows.length + 1;
      rows.push(merged ? [label, '', '', '', '', cap] : ['', label, '', '', '', cap]);
      if (merged) merges.push(`A${r}:E${r}`);
    }
    return sheet('Realisasi', rows, { merges });
  }

  test.each([
    ['Rata-rata Capaian Kinerja', true],
    ['Rata-rata Capain Kinerja', true],
    ['Rata - Rata Capaian Kinerja Kecamatan', false],
    ['Jumlah Capaian Kinerja', false],
    ['Rata-rata', false],
  ])('"%s" is not an indicator (merged over A:E: %s)', (label, merged) => {
    const a = analyze(workbook(pk6(), real6([[label as string, '', merged as boolean]])));
    expect(a.results[0].indikator).toHaveLength(6);
    expect(codesOf(a.findings)).not.toContain('INDICATOR_UNMATCHED');
    expect(codesOf(a.findings)).not.toContain('CAPAIAN_MISMATCH');
  });

  test('the typed mean is checked: A1353 "102%" for 104,96 is wrong, "104,96%" is right', () => {
    const wrong = analyze(workbook(pk6(), real6([['Rata-rata Capaian Kinerja', '102%', true]])));
    const f = wrong.findings.filter((x) => x.code === 'CAPAIAN_MISMATCH');
    expect(f.map((x) => [x.sheet, x.cell])).toEqual([['Realisasi', 'F8']]);
    expect(f[0].message).toMatch(/104,96/);
    const right = analyze(workbook(pk6(), real6([['Rata-rata Capain Kinerja', '104,96%', true]])));
    expect(codesOf(right.findings)).not.toContain('CAPAIAN_MISMATCH');
  });

  test('a Jumlah row holds the sum (629,76), a Rata-rata row under it the mean', () => {
    const a = analyze(
      workbook(
        pk6(),
        real6([
          ['Jumlah Capaian Kinerja', '629,76%', false],
          ['Rata-rata Capaian Kinerja', '105%', false],
        ]),
      ),
    );
    expect(codesOf(a.findings)).not.toContain('CAPAIAN_MISMATCH');
    const b = analyze(
      workbook(
        pk6(),
        real6([
          ['Jumlah Capaian Kinerja', '529,76%', false],
          ['Rata-rata Capaian Kinerja', '104%', false],
        ]),
      ),
    );
    expect(b.findings.filter((x) => x.code === 'CAPAIAN_MISMATCH').map((x) => x.cell)).toEqual([
      'F8',
      'F9',
    ]);
  });
});
