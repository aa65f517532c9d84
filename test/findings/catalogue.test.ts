/**
 * The findings catalogue (DOMAIN.md §7): every code is produced, at the right sheet and cell, for
 * a small workbook that holds the mistake — and the same workbook without the mistake does not
 * produce it (a finding on a correct figure is as bad as a missed one).
 *
 * Figures come from the real reports in /work/shared/reports/*.txt — "A612" is line 612 of
 * ambulu-2024.txt, "S…" semboro-2025.txt, "G…" gumukmas-2025.txt — recomputed by hand
 * (decimal arithmetic, half-up). The base workbook (test/helpers/workbook.ts) is Ambulu 2024 with
 * every typed figure right; each test changes one thing.
 */
import type { Finding, FindingCode } from '../../src/engine/findings';
import { FINDING_CODES, FINDING_SEVERITY } from '../../src/engine/findings';
import { parseA1, type SheetGrid, type WorkbookGrid } from '../../src/workbook/grid';
import { analyze, type Analysis } from '../../src/workbook/analyze';
import { cellAt, cellOf, date, err, pct, sheet, type CellInput } from '../helpers/grid';
import {
  baseSpec,
  build,
  H,
  IND_IKM,
  IND_TRANTIB,
  ind,
  prog,
  PROG_PEM,
  PROG_TRANTIB,
  SAS_IKM,
  SAS_TRANTIB,
  sakipTujuan,
  type IndicatorSpec,
  type WorkbookSpec,
} from '../helpers/workbook';

// --- helpers ---------------------------------------------------------------------------------

interface Seen {
  code: string;
  severity: string;
  sheet: string | null;
  cell: string | null;
  message: string;
}

const view = (fs: Finding[]): Seen[] =>
  fs.map((f) => ({
    code: f.code,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    message: f.message,
  }));

function run(spec: WorkbookSpec | WorkbookGrid): { grid: WorkbookGrid; a: Analysis; f: Seen[] } {
  const grid = 'sheets' in spec ? spec : build(spec);
  const a = analyze(grid);
  return { grid, a, f: view(a.findings) };
}

function expectFinding(f: Seen[], want: Partial<Seen> & { code: FindingCode }): void {
  expect(f).toContainEqual(expect.objectContaining(want));
}

function ofCode(f: Seen[], code: FindingCode): Seen[] {
  return f.filter((x) => x.code === code);
}

/** A finding at this cell under one of these codes (the spec leaves the choice open). */
function expectAt(f: Seen[], codes: FindingCode[], sheetName: string, cell: string): Seen {
  const x = f.find(
    (y) => y.sheet === sheetName && y.cell === cell && (codes as string[]).includes(y.code),
  );
  expect(x ? { severity: x.severity, sheet: x.sheet, cell: x.cell } : f).toEqual({
    severity: 'error',
    sheet: sheetName,
    cell,
  });
  return x!;
}

function expectNone(f: Seen[], code: FindingCode): void {
  expect(ofCode(f, code)).toEqual([]);
}

function capaianOf(a: Analysis, nama: string, pk?: string): number | null | undefined {
  const r = pk ? a.results.find((x) => x.pk.sheet === pk) : a.results.find((x) => x.pk.dilaporkan);
  return r?.indikator.find((i) => i.input.nama === nama)?.capaian;
}

/** Move the base workbook to another year (the TC.25 targets keep their columns). */
function setYear(spec: WorkbookSpec, tahun: number): WorkbookSpec {
  spec.tahun = tahun;
  spec.titles.pk = [`PERJANJIAN KINERJA TAHUN ${tahun}`];
  spec.titles.realisasi = [`Pengukuran Kinerja Tahun ${tahun}`];
  return spec;
}

/** Replace the text of the cell reading `from` on a sheet we built. */
function renameHeader(grid: WorkbookGrid, sheetName: string, from: string, to: string): void {
  const at = parseA1(cellOf(grid, sheetName, from))!;
  grid.sheets.find((x) => x.name === sheetName)!.rows[at.r][at.c] = { v: to };
}

/** A Pengaturan sheet (WORKBOOK.md): label / value rows, then an optional band table. */
function pengaturan(rows: CellInput[][]): SheetGrid {
  return sheet('Pengaturan', rows);
}

/**
 * Semboro 2025, PK Perubahan on Renstra 2025-2029 (S431–441, TC.25 Tabel 2.4 S326–335), with the
 * report's figures where they agree:
 *   IKM      target 97,93 (S437), realisasi 97,93 (S768, S922) → 100 %; TC.25 2025–2029 97,93 /
 *            97,94 / 97,95 / 97,96 / 97,96 (S331); its printed akhir 97,97 is the TARGET_MISMATCH
 *            test, here the akhir equals the last year.
 *   Program  "Persentase Capaian Kinerja Program Yang tercapai" 100% / 100% (S439, S798); TC.25
 *            100% each year (S332, whose 2027 "0%" is the TARGET_IMPLAUSIBLE test).
 *   SAKIP    target 81 (S438), realisasi 81,13 (S926): 81,13/81 = 100,16 → "100,2%" (S926) is right;
 *            TC.25 81 / 82 / 83 / 84 / 86, akhir 86 (S333).
 *   Budget   Program 2 555.120.000 / 546.800.000 = 98,50 → "99%" (S978) for the IKM sasaran;
 *            Program 4 49.569.400 / 47.483.635 = 95,79 → "96%" (S992), which Tabel 3.9 sets
 *            against the akuntabilitas sasaran (S926). PK Perubahan anggaran: S447, S450.
 */
function semboroPerubahan(): WorkbookSpec {
  const s = baseSpec();
  const SAS_AKUNTABILITAS =
    'Meningkatnya akuntabilitas kinerja dan efektivitas pencapaian target kinerja perangkat daerah'; // S438
  s.tahun = 2025;
  s.periode = [2025, 2029];
  s.names.pk = 'PK Perubahan';
  s.titles = {
    tc25: ['Matriks Tujuan dan Sasaran Renstra 2025-2029'],
    pk: ['PERJANJIAN KINERJA PERUBAHAN TAHUN 2025'],
    realisasi: ['Pengukuran Kinerja Tahun 2025'],
  };
  s.indicators = [
    {
      id: 'ikm',
      sasaran: 'Meningkatnya Kepuasan Masyarakat Terhadap Pelayanan Publik di Kecamatan', // S437
      nama: IND_IKM,
      satuan: 'Indeks',
      polaritas: 'positif',
      target: '97,93',
      tc: {
        targets: ['97,93', '97,94', '97,95', '97,96', '97,96'],
        akhir: '97,96',
        satuan: 'Indeks',
      },
      real: {
        Target: '97,93',
        Realisasi: '97,93',
        'Capaian (%)': '100%',
        Kriteria: 'Sangat Tinggi',
      },
    },
    {
      id: 'iku',
      sasaran: SAS_AKUNTABILITAS,
      nama: 'Persentase Capaian Kinerja Program Yang tercapai', // S439
      satuan: '%',
      polaritas: 'positif',
      target: '100%',
      tc: { targets: ['100%', '100%', '100%', '100%', '100%'], akhir: '100%', satuan: '%' },
      real: { Target: '100%', Realisasi: '100%', 'Capaian (%)': '100%', Kriteria: 'Sangat Tinggi' },
    },
    {
      id: 'sakip',
      sasaran: SAS_AKUNTABILITAS,
      nama: 'Nilai SAKIP Kecamatan', // S438
      satuan: 'Angka',
      polaritas: 'positif',
      target: 81,
      tc: { targets: [81, 82, 83, 84, 86], akhir: 86, satuan: 'Angka' },
      real: { Target: 81, Realisasi: '81,13', 'Capaian (%)': '100,2%', Kriteria: 'Sangat Tinggi' },
    },
  ];
  s.programs = [
    {
      id: 'pem',
      nama: 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik',
      anggaran: 'Rp. 555.120.000,00', // S447
      sasaran: 1,
      budget: [
        {
          [H.program]: 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK',
          [H.pagu]: '555.120.000,00',
          [H.realisasi]: '546.800.000,00',
          [H.persen]: '99%',
        },
      ],
    },
    {
      id: 'trantib',
      nama: 'Program Koordinasi Ketentraman dan Ketertiban Umum',
      anggaran: 'Rp. 49.569.400,00', // S449
      sasaran: 2,
      budget: [
        {
          [H.program]: 'PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM',
          [H.pagu]: '49.569.400,00',
          [H.realisasi]: '47.483.635,00',
          [H.persen]: '96%',
        },
      ],
    },
  ];
  s.jumlah = null;
  return s;
}

/**
 * Gumukmas 2025: two PKs in one year on two Renstra periods (S539, G446–482), both measured.
 * IKM: PK 2025 target 95 (G451), realisasi 95 (G606); PK Perubahan target 89,75 (G478), realisasi
 * 87,16 (G953) → 87,16/89,75 = 97,11 %. TC.25: Renstra 2021-2026 85 85 85 90 95 98, akhir 98
 * (G355); Renstra 2025-2029 89,75 90 90,25 90,5 90,75, akhir 90,75 (G370).
 */
function gumukmasTwoPks(opts: { pkColumn: boolean }): WorkbookGrid {
  const SAS_LAMA =
    'Meningkatnya Kepuasan Masyarakat dalam hal Pelayanan Publik yang Merata dan Berkualitas di Kecamatan'; // G451
  const SAS_BARU = 'Meningkatnya Kepuasan Masyarakat Terhadap Pelayanan Publik di Kecamatan'; // G478
  const pkHeader = [
    'No',
    'Sasaran Strategis',
    'Indikator Kinerja',
    'Target',
    'Satuan',
    'Polaritas',
  ];
  const realHeader = [
    'No',
    'Sasaran',
    'Indikator Kinerja',
    'Target',
    'Realisasi',
    ...(opts.pkColumn ? ['PK'] : []),
  ];
  return {
    sheets: [
      sheet('TC.25', [
        ['Matriks Tujuan dan Sasaran Renstra 2021-2026'],
        [
          'No',
          'Sasaran',
          'Indikator Kinerja',
          'Satuan',
          'Target 2021',
          'Target 2022',
          'Target 2023',
          'Target 2024',
          'Target 2025',
          'Target 2026',
          'Target Akhir Renstra',
        ],
        [1, SAS_LAMA, IND_IKM, 'Indeks', 85, 85, 85, 90, 95, 98, 98],
        [],
        ['Matriks Tujuan dan Sasaran Renstra 2025-2029'],
        [
          'No',
          'Sasaran',
          'Indikator Kinerja',
          'Satuan',
          'Target 2025',
          'Target 2026',
          'Target 2027',
          'Target 2028',
          'Target 2029',
          'Target Akhir Renstra',
        ],
        [1, SAS_BARU, IND_IKM, 'Indeks', '89,75', 90, '90,25', '90,5', '90,75', '90,75'],
      ]),
      sheet('PK', [
        ['PERJANJIAN KINERJA TAHUN 2025 (Renstra 2021-2026)'],
        pkHeader,
        [1, SAS_LAMA, IND_IKM, 95, 'Indeks', 'positif'],
      ]),
      sheet('PK Perubahan', [
        ['PERJANJIAN KINERJA PERUBAHAN TAHUN 2025 (Renstra 2025-2029)'],
        pkHeader,
        [1, SAS_BARU, IND_IKM, '89,75', 'Indeks', 'positif'],
      ]),
      sheet('Realisasi', [
        ['Pengukuran Kinerja Tahun 2025'],
        realHeader,
        [1, SAS_LAMA, IND_IKM, 95, 95, ...(opts.pkColumn ? ['PK'] : [])],
        [2, SAS_BARU, IND_IKM, '89,75', '87,16', ...(opts.pkColumn ? ['PK Perubahan'] : [])],
      ]),
    ],
  };
}

const covered = new Set<FindingCode>();
function describeCode(code: FindingCode, fn: () => void): void {
  covered.add(code);
  describe(code, fn);
}

// --- the base workbook -----------------------------------------------------------------------

describe('the base workbook (every figure right)', () => {
  test('gives no finding at all', () => {
    const { a, f } = run(baseSpec());
    expect(f).toEqual([]);
    // A609: 83,63/82 = 101,99; A611: 100
    expect(capaianOf(a, IND_IKM)).toBeCloseTo(101.9878, 4);
    expect(capaianOf(a, IND_TRANTIB)).toBe(100);
  });

  test('the Semboro PK Perubahan and Gumukmas two-PK workbooks are clean too', () => {
    expect(run(semboroPerubahan()).f).toEqual([]);
    expect(run(gumukmasTwoPks({ pkColumn: true })).f).toEqual([]);
  });
});

// --- §7 codes --------------------------------------------------------------------------------

describeCode('SHEET_MISSING', () => {
  test('no Realisasi sheet: an error', () => {
    const s = baseSpec();
    s.has.realisasi = false;
    const { f } = run(s);
    expectFinding(f, { code: 'SHEET_MISSING', severity: 'error' });
    expect(ofCode(f, 'SHEET_MISSING')[0].message).toMatch(/Realisasi/);
  });

  test('no TC.25: a warning only, and the PK is still measured', () => {
    const s = baseSpec();
    s.has.tc25 = false;
    const { a, f } = run(s);
    expect(ofCode(f, 'SHEET_MISSING')).toEqual([expect.objectContaining({ severity: 'warning' })]);
    expect(f.filter((x) => x.severity === 'error')).toEqual([]);
    expect(capaianOf(a, IND_IKM)).toBeCloseTo(101.9878, 4); // A609
  });

  test('no PK sheet: an error, and the workbook cannot be used', () => {
    const s = baseSpec();
    s.has.pk = false;
    const { a, f } = run(s);
    expectFinding(f, { code: 'SHEET_MISSING', severity: 'error' });
    expect(a.noPk).toBe(true);
  });

  test('not on sheets named as planners name them ("Renstra", "Perjanjian Kinerja 2024", "Realisasi TA 2024")', () => {
    const s = baseSpec();
    s.names = { tc25: 'Renstra', pk: 'Perjanjian Kinerja 2024', realisasi: 'Realisasi TA 2024' };
    expect(run(s).f).toEqual([]);
  });

  test('not when no name fits but the headers do (Sheet1 … Sheet3)', () => {
    const s = baseSpec();
    s.names = { tc25: 'Sheet1', pk: 'Sheet2', realisasi: 'Sheet3' };
    const { f } = run(s);
    expectNone(f, 'SHEET_MISSING');
  });
});

describeCode('COLUMN_MISSING', () => {
  test('a PK table without a Target column', () => {
    const grid = build(baseSpec());
    renameHeader(grid, 'PK', 'Target', 'Keterangan');
    const { f } = run(grid);
    expectFinding(f, { code: 'COLUMN_MISSING', severity: 'error', sheet: 'PK' });
  });

  test('a Realisasi kinerja table without a Realisasi column', () => {
    const grid = build(baseSpec());
    renameHeader(grid, 'Realisasi', 'Realisasi', 'Keterangan');
    const { f } = run(grid);
    expectFinding(f, { code: 'COLUMN_MISSING', severity: 'error', sheet: 'Realisasi' });
  });

  test('TC.25 "Tahun ke-1 … 6" with no Renstra period written anywhere', () => {
    const grid = build(baseSpec());
    renameHeader(
      grid,
      'TC.25',
      'Matriks Tujuan dan Sasaran Renstra 2021-2026',
      'Matriks Tujuan dan Sasaran Renstra',
    );
    for (let k = 0; k < 6; k++)
      renameHeader(grid, 'TC.25', `Target ${2021 + k}`, `Tahun ke-${k + 1}`);
    const { f } = run(grid);
    expectFinding(f, { code: 'COLUMN_MISSING', severity: 'error', sheet: 'TC.25' });
  });

  test('not for "Tahun ke-1 … 6" under a title "Renstra 2021-2026" (WORKBOOK.md)', () => {
    const grid = build(baseSpec());
    for (let k = 0; k < 6; k++)
      renameHeader(grid, 'TC.25', `Target ${2021 + k}`, `Tahun ke-${k + 1}`);
    expect(run(grid).f).toEqual([]);
  });
});

describeCode('VALUE_UNREADABLE', () => {
  const cases: [string, CellInput][] = [
    // S398: "Sangat Baik" is the IKM category, typed instead of the score
    ['text', 'Sangat Baik'],
    ['an error value', err('#DIV/0!')],
    ['a date', date(45000)],
    ['a boolean', true],
  ];
  test.each(cases)(
    'realisasi written as %s: an error at its cell, and no capaian (never 0)',
    (_what, value) => {
      const s = baseSpec();
      ind(s, 'ikm').real!.Realisasi = value;
      ind(s, 'ikm').real!['Capaian (%)'] = '';
      const { grid, a, f } = run(s);
      expectFinding(f, {
        code: 'VALUE_UNREADABLE',
        severity: 'error',
        sheet: 'Realisasi',
        cell: cellAt(grid, 'Realisasi', IND_IKM, 'Realisasi'),
      });
      expect(capaianOf(a, IND_IKM)).toBeNull();
    },
  );

  test('a PK target written in words', () => {
    const s = baseSpec();
    ind(s, 'ikm').target = 'delapan puluh dua';
    const { grid, f } = run(s);
    expectFinding(f, {
      code: 'VALUE_UNREADABLE',
      severity: 'error',
      sheet: 'PK',
      cell: cellAt(grid, 'PK', IND_IKM, 'Target'),
    });
  });

  test('a pagu holding #REF!', () => {
    const s = baseSpec();
    prog(s, 'trantib').budget[0][H.pagu] = err('#REF!');
    const { grid, f } = run(s);
    expectFinding(f, {
      code: 'VALUE_UNREADABLE',
      severity: 'error',
      sheet: 'Realisasi',
      cell: cellAt(grid, 'Realisasi', PROG_TRANTIB, H.pagu),
    });
  });

  test('not for the forms planners write: numbers, 0.00% cells, "Rp … ,00", "97,93 (Nilai IKM)", "4 Dok"', () => {
    const s = baseSpec();
    ind(s, 'ikm').real!.Realisasi = { v: 83.63, fmt: '0.00' }; // A609
    ind(s, 'trantib').real!.Realisasi = pct(1, '0%'); // A611
    prog(s, 'pem').budget[0][H.pagu] = { v: 1041115000, fmt: '#,##0' }; // A879
    prog(s, 'trantib').budget[0][H.realisasi] = 'Rp 244.304.640,00'; // A896
    expect(run(s).f).toEqual([]);
    // S768: the IKM written "97,93 (Nilai IKM)" on target and realisasi
    const p = semboroPerubahan();
    ind(p, 'ikm').target = '97,93 (Nilai IKM)';
    ind(p, 'ikm').real!.Target = '97,93 (Nilai IKM)';
    ind(p, 'ikm').real!.Realisasi = '97,93 (Nilai IKM)';
    expect(run(p).f).toEqual([]);
  });
});

describeCode('REALISASI_EMPTY', () => {
  test.each([[''], ['-'], ['N/A']])(
    'realisasi %p: a warning at its cell, no capaian (never 0)',
    (value) => {
      const s = baseSpec();
      ind(s, 'ikm').real!.Realisasi = value;
      ind(s, 'ikm').real!['Capaian (%)'] = '';
      ind(s, 'ikm').real!.Kriteria = '';
      const { grid, a, f } = run(s);
      expect(ofCode(f, 'REALISASI_EMPTY')).toEqual([
        expect.objectContaining({
          severity: 'warning',
          sheet: 'Realisasi',
          cell: cellAt(grid, 'Realisasi', IND_IKM, 'Realisasi'),
        }),
      ]);
      expect(capaianOf(a, IND_IKM)).toBeNull();
      expect(a.results[0].ringkasan.tanpaCapaian).toBe(1);
    },
  );

  test('not for a realisasi of 0 (a value, not an empty cell)', () => {
    const s = baseSpec();
    // A706 turned round: 0 of 14 laporan resolved would be written 0%, capaian 0
    ind(s, 'trantib').real!.Realisasi = '0%';
    ind(s, 'trantib').real!['Capaian (%)'] = '0%';
    ind(s, 'trantib').real!.Kriteria = 'Sangat Rendah';
    const { a, f } = run(s);
    expectNone(f, 'REALISASI_EMPTY');
    expect(capaianOf(a, IND_TRANTIB)).toBe(0);
  });
});

describeCode('REALISASI_CONFLICT', () => {
  test('two measured PKs, one untagged Realisasi sheet with IKM 95 (G606) and 87,16 (G953)', () => {
    const { grid, f } = run(gumukmasTwoPks({ pkColumn: false }));
    const cells = [
      cellAt(grid, 'Realisasi', '95', 'Realisasi'),
      cellAt(grid, 'Realisasi', '87,16', 'Realisasi'),
    ];
    const found = ofCode(f, 'REALISASI_CONFLICT');
    expect(found.length).toBeGreaterThanOrEqual(1);
    for (const x of found) {
      expect(x).toMatchObject({ severity: 'warning', sheet: 'Realisasi' });
      expect(cells).toContain(x.cell);
    }
  });

  test('not when a PK column says which PK each row belongs to; each PK gets its own realisasi', () => {
    const { a, f } = run(gumukmasTwoPks({ pkColumn: true }));
    expectNone(f, 'REALISASI_CONFLICT');
    expect(capaianOf(a, IND_IKM, 'PK')).toBe(100); // G606: 95/95
    expect(capaianOf(a, IND_IKM, 'PK Perubahan')).toBeCloseTo(97.1142, 4); // G953: 87,16/89,75 = 97,11
  });

  test('one PK, the IKM twice with 83,63 (A609) and 83.60 (A849)', () => {
    const s = baseSpec();
    s.indicators.push({
      ...ind(s, 'ikm'),
      id: 'ikm-again',
      onPk: false,
      tc: null,
      real: { ...ind(s, 'ikm').real!, Realisasi: '83.60' },
    });
    const { grid, f } = run(s);
    const cells = [
      cellAt(grid, 'Realisasi', '83,63', 'Realisasi'),
      cellAt(grid, 'Realisasi', '83.60', 'Realisasi'),
    ];
    expect(ofCode(f, 'REALISASI_CONFLICT')).toEqual([
      expect.objectContaining({ severity: 'warning', sheet: 'Realisasi' }),
    ]);
    expect(cells).toContain(ofCode(f, 'REALISASI_CONFLICT')[0].cell);
  });

  test("not when the one PK's indicator is written twice with the same realisasi", () => {
    const s = baseSpec();
    s.indicators.push({
      ...ind(s, 'ikm'),
      id: 'ikm-again',
      onPk: false,
      tc: null,
      real: { ...ind(s, 'ikm').real! },
    });
    expectNone(run(s).f, 'REALISASI_CONFLICT');
  });
});

describeCode('TARGET_ZERO', () => {
  test('positive polarity, target 0% (the S332 2027 target typed in a PK): a warning at the PK target, no capaian', () => {
    const s = baseSpec();
    ind(s, 'trantib').target = '0%';
    ind(s, 'trantib').real!.Target = '0%';
    ind(s, 'trantib').real!['Capaian (%)'] = '';
    ind(s, 'trantib').real!.Kriteria = '';
    const { grid, a, f } = run(s);
    expectFinding(f, {
      code: 'TARGET_ZERO',
      severity: 'warning',
      sheet: 'PK',
      cell: cellAt(grid, 'PK', IND_TRANTIB, 'Target'),
    });
    expect(capaianOf(a, IND_TRANTIB)).toBeNull();
  });

  test('not for negative polarity with target 0 and realisasi 0 (capaian 100, §2)', () => {
    // A706: 14 of 14 laporan resolved → 0 unresolved, against a target of 0 unresolved
    const s = baseSpec();
    const t = ind(s, 'trantib');
    t.nama = 'Jumlah Laporan Pelanggaran Ketertiban Umum yang Tidak Terselesaikan';
    t.satuan = 'Laporan';
    t.polaritas = 'negatif';
    t.target = 0;
    t.tc = { targets: ['-', '-', 0, 0, 0, 0], akhir: 0, satuan: 'Laporan' };
    t.real = { Target: 0, Realisasi: 0, 'Capaian (%)': '100%', Kriteria: 'Sangat Tinggi' };
    const { a, f } = run(s);
    expectNone(f, 'TARGET_ZERO');
    expect(capaianOf(a, t.nama)).toBe(100);
    expect(f).toEqual([]);
  });
});

describeCode('POLARITY_ASSUMED', () => {
  test('no polarity anywhere: one info for the PK sheet, not one per indicator', () => {
    const s = baseSpec();
    for (const i of s.indicators) delete i.polaritas;
    const { f } = run(s);
    expect(ofCode(f, 'POLARITY_ASSUMED')).toEqual([
      expect.objectContaining({ severity: 'info', sheet: 'PK' }),
    ]);
  });

  test('not when the polarity is on the TC.25 only', () => {
    const s = baseSpec();
    for (const i of s.indicators) {
      delete i.polaritas;
      i.tc!.polaritas = 'positif';
    }
    expect(run(s).f).toEqual([]);
  });
});

describeCode('ORDINAL_CAPAIAN', () => {
  function sakipGraded(target: CellInput): WorkbookSpec {
    // S317 / S1471: SAKIP targets by grade, 2021 "-", 2022–2026 B B BB A A, akhir A;
    // S548: realisasi 2025 81,13
    const s = setYear(baseSpec(), 2025);
    s.indicators.unshift(
      sakipTujuan({ Target: target, Realisasi: '81,13', 'Capaian (%)': '', Kriteria: '' }),
    );
    const k = ind(s, 'sakip');
    k.target = target;
    k.tc = { targets: ['-', 'B', 'B', 'BB', 'A', 'A'], akhir: 'A', satuan: 'Nilai' };
    return s;
  }

  test('target "A" (S1471) and realisasi 81,13 (S548): capaian from the AKIP ordinals, with an info', () => {
    // 81,13 > 80 is A on AKIP (PermenPANRB 88/2021): ord(A)/ord(A) × 100 = 100
    const { grid, a, f } = run(sakipGraded('A'));
    expectFinding(f, {
      code: 'ORDINAL_CAPAIAN',
      severity: 'info',
      sheet: 'Realisasi',
      cell: cellAt(grid, 'Realisasi', 'Nilai SAKIP OPD', 'Realisasi'),
    });
    expect(capaianOf(a, 'Nilai SAKIP OPD')).toBe(100);
  });

  test('not for a numeric target: 81,13 / 77 (S417, S548) = 105,36', () => {
    const { a, f } = run(sakipGraded(77));
    expectNone(f, 'ORDINAL_CAPAIAN');
    expect(capaianOf(a, 'Nilai SAKIP OPD')).toBeCloseTo(105.3636, 4);
  });
});

describeCode('INDICATOR_UNMATCHED', () => {
  test('a PK indicator with no Realisasi row: a warning at its PK name', () => {
    const s = baseSpec();
    ind(s, 'trantib').real = null;
    const { grid, f } = run(s);
    expectFinding(f, {
      code: 'INDICATOR_UNMATCHED',
      severity: 'warning',
      sheet: 'PK',
      cell: cellAt(grid, 'PK', IND_TRANTIB, 'Indikator Kinerja'),
    });
  });

  test('a Realisasi row for no PK indicator (the old-Renstra "SKM Aparatur", A437): a warning at its name', () => {
    const s = baseSpec();
    const SKM =
      'SKM Aparatur (Survey Kepuasan Aparatur Kecamatan dan Desa terhadap layanan Kecamatan secara kelembagaan)';
    s.indicators.push({
      id: 'skm',
      sasaran: 'Meningkatnya kualitas pelayanan aparatur dan publik',
      nama: SKM,
      target: 97,
      tc: null,
      onPk: false,
      real: { Target: 97, Realisasi: '' },
    });
    const { grid, f } = run(s);
    expectFinding(f, {
      code: 'INDICATOR_UNMATCHED',
      severity: 'warning',
      sheet: 'Realisasi',
      cell: cellAt(grid, 'Realisasi', SKM, 'Indikator Kinerja'),
    });
  });

  test('a PK indicator not on TC.25: a warning at its PK name', () => {
    const s = baseSpec();
    ind(s, 'trantib').tc = null;
    const { grid, f } = run(s);
    const found = ofCode(f, 'INDICATOR_UNMATCHED');
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'warning',
        sheet: 'PK',
        cell: cellAt(grid, 'PK', IND_TRANTIB, 'Indikator Kinerja'),
      }),
    ]);
    expect(found[0].message).toMatch(/TC\.?25/);
  });

  /** PK "Nilai SAKIP Ambulu" (A516, TC.25 A1479) measured by the Realisasi row "Nilai SAKIP OPD" (A612). */
  function sakipByKeyword(): WorkbookSpec {
    const s = baseSpec();
    s.indicators.unshift(sakipTujuan({ 'Indikator Kinerja': 'Nilai SAKIP OPD' }));
    ind(s, 'sakip').nama = 'Nilai SAKIP Ambulu';
    return s;
  }

  test('a fuzzy match says what it matched (PK "Nilai SAKIP Ambulu", A516, and Realisasi "Nilai SAKIP OPD", A612)', () => {
    const { grid, a, f } = run(sakipByKeyword());
    const found = ofCode(f, 'INDICATOR_UNMATCHED');
    expect(found).toEqual([
      expect.objectContaining({
        sheet: 'PK',
        cell: cellAt(grid, 'PK', 'Nilai SAKIP Ambulu', 'Indikator Kinerja'),
      }),
    ]);
    expect(found[0].message).toMatch(/Nilai SAKIP OPD/);
    expect(capaianOf(a, 'Nilai SAKIP Ambulu')).toBeCloseTo(102.7683, 4); // 84,27/82, the matched row used
  });

  test('… and it is a warning, as the catalogue says', () => {
    const { f } = run(sakipByKeyword());
    expect(ofCode(f, 'INDICATOR_UNMATCHED')).toEqual([
      expect.objectContaining({ severity: 'warning' }),
    ]);
  });

  test('not for names that differ only by "(IKM)" (S797) or "Presentase" (S332) / "Persentase" (S439)', () => {
    const p = semboroPerubahan();
    ind(p, 'ikm').real!['Indikator Kinerja'] = 'Indeks Kepuasan Masyarakat (IKM)';
    ind(p, 'iku').tc!.nama = 'Presentase Capaian Kinerja Program yang Tercapai (%)';
    expect(run(p).f).toEqual([]);
  });
});

describeCode('INDICATOR_DUPLICATE', () => {
  test('the IKM twice on the PK under its sasaran: a warning at the second', () => {
    const s = baseSpec();
    s.indicators.splice(1, 0, { ...ind(s, 'ikm'), id: 'ikm-again', tc: null, real: null });
    const { grid, f } = run(s);
    expect(ofCode(f, 'INDICATOR_DUPLICATE')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        sheet: 'PK',
        cell: cellAt(grid, 'PK', IND_IKM, 'Indikator Kinerja', 1),
      }),
    ]);
  });

  test('the IKM twice in the Realisasi kinerja table: a warning at the second', () => {
    const s = baseSpec();
    s.indicators.push({
      ...ind(s, 'ikm'),
      id: 'ikm-again',
      onPk: false,
      tc: null,
      real: { ...ind(s, 'ikm').real! },
    });
    const { grid, f } = run(s);
    expect(ofCode(f, 'INDICATOR_DUPLICATE')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        sheet: 'Realisasi',
        cell: cellAt(grid, 'Realisasi', IND_IKM, 'Indikator Kinerja', 1),
      }),
    ]);
  });
});

describeCode('TARGET_MISMATCH', () => {
  test('PK target 88 (S414) vs TC.25 2025 target 95 (S1483): a warning at the TC.25 cell; capaian against the PK', () => {
    const s = setYear(baseSpec(), 2025);
    const k = ind(s, 'ikm');
    k.target = 88;
    k.tc = { targets: ['-', 85, 85, 90, 95, 100], akhir: 100, satuan: 'Indeks' }; // S314
    k.real = {
      Target: 88,
      Realisasi: '97,92',
      'Capaian (%)': '111,27%',
      Kriteria: 'Sangat Tinggi',
    }; // S551: 97,92/88 = 111,27
    const { grid, a, f } = run(s);
    expect(ofCode(f, 'TARGET_MISMATCH')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        sheet: 'TC.25',
        cell: cellAt(grid, 'TC.25', IND_IKM, 'Target 2025'),
      }),
    ]);
    expect(capaianOf(a, IND_IKM)).toBeCloseTo(111.2727, 4);
  });

  test('Realisasi-sheet target 85 (S797) vs PK Perubahan 97,93 (S437): a warning at the Realisasi target', () => {
    const p = semboroPerubahan();
    ind(p, 'ikm').real!.Target = 85;
    const { grid, a, f } = run(p);
    expect(ofCode(f, 'TARGET_MISMATCH')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        sheet: 'Realisasi',
        cell: cellAt(grid, 'Realisasi', IND_IKM, 'Target'),
      }),
    ]);
    expect(capaianOf(a, IND_IKM)).toBe(100); // measured against the PK's 97,93
  });

  test('TC.25 target akhir 97,97 vs its 2029 target 97,96 (S331): a warning at the target akhir', () => {
    const p = semboroPerubahan();
    ind(p, 'ikm').tc!.akhir = '97,97';
    const { grid, f } = run(p);
    expect(ofCode(f, 'TARGET_MISMATCH')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        sheet: 'TC.25',
        cell: cellAt(grid, 'TC.25', IND_IKM, 'Target Akhir Renstra'),
      }),
    ]);
  });

  test('target akhir 100 typed on Realisasi (A612) vs TC.25 85 (A1479): checked, never used', () => {
    const s = baseSpec();
    // 84,27/85 = 99,14 → "99,14%" is right against TC.25's 85
    s.indicators.unshift(
      sakipTujuan({ 'Target Akhir Renstra': 100, 'Capaian thd Target Akhir': '99,14%' }),
    );
    const { grid, a, f } = run(s);
    expect(ofCode(f, 'TARGET_MISMATCH')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        sheet: 'Realisasi',
        cell: cellAt(grid, 'Realisasi', 'Nilai SAKIP OPD', 'Target Akhir Renstra'),
      }),
    ]);
    expectNone(f, 'CAPAIAN_MISMATCH');
    const r = a.results[0].indikator.find((i) => i.input.nama === 'Nilai SAKIP OPD')!;
    expect(r.capaianAkhir).toBeCloseTo(99.1412, 4);
  });

  test('not for "A (85)" (G454) against TC.25 "B (85)" (G352): the numbers agree', () => {
    const s = setYear(baseSpec(), 2025);
    s.indicators.unshift(
      sakipTujuan({
        Target: 'A (85)',
        Realisasi: 'A (81,22)',
        'Capaian (%)': '95,55%',
        Kriteria: 'Sangat Tinggi',
      }),
    ); // G603
    const k = ind(s, 'sakip');
    k.target = 'A (85)';
    k.tc = {
      targets: ['B (85)', 'B (80)', 'B (80)', 'B (83)', 'B (85)', 'BB (88)'],
      akhir: 'BB (88)',
      satuan: 'Nilai',
    };
    expectNone(run(s).f, 'TARGET_MISMATCH');
  });

  test('not for a unit sign alone: "100%" on Realisasi against 100 on the PK (as A613 "80%" against A517 "80")', () => {
    const s = baseSpec();
    ind(s, 'trantib').target = 100;
    expectNone(run(s).f, 'TARGET_MISMATCH');
  });
});

describeCode('UNIT_MISMATCH', () => {
  const DOK = 'Jumlah Dokumen Penataan Organisasi dan Tata Laksana Pemerintah Daerah'; // A1481
  function dok(
    over: Partial<IndicatorSpec> = {},
    real: Record<string, CellInput> = {},
  ): IndicatorSpec {
    return {
      id: 'dok',
      tujuan:
        'Meningkatnya penataan organisasi pemerintah daerah dan tata laksana penyelenggaraan pemerintahan dan pelayanan publik.', // A1481
      sasaran: '',
      nama: DOK,
      satuan: 'Dok',
      polaritas: 'positif',
      target: '4 Dok', // A518
      tc: {
        targets: ['-', '-', '4 Dok', '4 Dok', '4 Dok', '4 Dok'],
        akhir: '4 Dok',
        satuan: 'Dok',
      }, // A1481
      real: {
        Target: '4 Dok',
        Realisasi: '4 Dok',
        'Capaian (%)': '100%',
        Kriteria: 'Sangat Tinggi',
        ...real,
      }, // A605
      ...over,
    };
  }

  test('target akhir "100%" on Realisasi (A605) for an end target of "4 Dok" (A1481): a warning at that cell', () => {
    const s = baseSpec();
    s.indicators.unshift(dok({}, { 'Target Akhir Renstra': '100%' }));
    const { grid, f } = run(s);
    expectFinding(f, {
      code: 'UNIT_MISMATCH',
      severity: 'warning',
      sheet: 'Realisasi',
      cell: cellAt(grid, 'Realisasi', DOK, 'Target Akhir Renstra'),
    });
  });

  test('satuan "%" on the PK, "Dok" on TC.25: a warning', () => {
    const s = baseSpec();
    s.indicators.unshift(dok({ satuan: '%', target: 4 }, { Target: 4, Realisasi: 4 }));
    const { f } = run(s);
    expectFinding(f, { code: 'UNIT_MISMATCH', severity: 'warning' });
  });

  test('not for "4 dokumen" (S413) against "4 Dok" (S313)', () => {
    const s = baseSpec();
    s.indicators.unshift(
      dok(
        { satuan: 'Dokumen', target: '4 dokumen' },
        { Target: '4 dokumen', Realisasi: '4 dokumen', 'Target Akhir Renstra': '4 Dok' },
      ),
    );
    expect(run(s).f).toEqual([]);
  });
});

describeCode('TARGET_IMPLAUSIBLE', () => {
  test('a 0% year between 100% years (S332, 2027): a warning at that TC.25 cell', () => {
    const p = semboroPerubahan();
    ind(p, 'iku').tc!.targets = ['100%', '100%', '0%', '100%', '100%'];
    const { grid, f } = run(p);
    expect(ofCode(f, 'TARGET_IMPLAUSIBLE')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        sheet: 'TC.25',
        cell: cellAt(
          grid,
          'TC.25',
          'Persentase Capaian Kinerja Program Yang tercapai',
          'Target 2027',
        ),
      }),
    ]);
  });

  test('an end target 83 (G1769) below the annual 88 (G352): a warning at the target akhir', () => {
    // G352 scores 85 80 80 83 85 88 (2024 kept at the PK's 82, A1479); target akhir 83 (G1769)
    const s = baseSpec();
    s.indicators.unshift(sakipTujuan());
    ind(s, 'sakip').tc = { targets: [85, 80, 80, 82, 85, 88], akhir: 83, satuan: 'Nilai' };
    const { grid, f } = run(s);
    expectFinding(f, {
      code: 'TARGET_IMPLAUSIBLE',
      severity: 'warning',
      sheet: 'TC.25',
      cell: cellAt(grid, 'TC.25', 'Nilai SAKIP OPD', 'Target Akhir Renstra'),
    });
  });

  test('not for rising targets (S333: 81 82 83 84 86, akhir 86) or flat ones (S332 read right)', () => {
    expectNone(run(semboroPerubahan()).f, 'TARGET_IMPLAUSIBLE');
  });
});

describeCode('CAPAIAN_MISMATCH', () => {
  test('SAKIP "102%" for 84,27/82 = 102,77 (A612): an error at the typed cell, "dipotong"', () => {
    const s = baseSpec();
    s.indicators.unshift(sakipTujuan({ 'Capaian (%)': '102%' }));
    const { grid, f } = run(s);
    const found = ofCode(f, 'CAPAIAN_MISMATCH');
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'error',
        sheet: 'Realisasi',
        cell: cellAt(grid, 'Realisasi', 'Nilai SAKIP OPD', 'Capaian (%)'),
      }),
    ]);
    expect(found[0].message).toMatch(/102,77/);
    expect(found[0].message).toMatch(/dipotong/);
  });

  test('not for the IKM "102%" for 83,63/82 = 101,99 (A609), nor 101,99 written as a 0.00% cell', () => {
    const s = baseSpec();
    expectNone(run(s).f, 'CAPAIAN_MISMATCH');
    ind(s, 'ikm').real!['Capaian (%)'] = pct(1.0199);
    expect(run(s).f).toEqual([]);
  });

  test('SAKIP "100 %" for 81,13/77 = 105,36 (S548): "dibatasi"', () => {
    const s = baseSpec();
    s.indicators.unshift(sakipTujuan({ Target: 77, Realisasi: '81,13', 'Capaian (%)': '100 %' }));
    ind(s, 'sakip').target = 77;
    const { grid, f } = run(s);
    const found = ofCode(f, 'CAPAIAN_MISMATCH');
    expect(found).toEqual([
      expect.objectContaining({
        cell: cellAt(grid, 'Realisasi', 'Nilai SAKIP OPD', 'Capaian (%)'),
      }),
    ]);
    expect(found[0].message).toMatch(/dibatasi/);
  });

  test('capaian against the end target: SAKIP "84%" (A612) for 84,27/85 = 99,14; IKM "98%" (A609) for 83,63/85 = 98,39 is right', () => {
    const s = baseSpec();
    s.indicators.unshift(sakipTujuan({ 'Capaian thd Target Akhir': '84%' }));
    ind(s, 'ikm').real!['Capaian thd Target Akhir'] = '98%';
    ind(s, 'trantib').real!['Capaian thd Target Akhir'] = '100%'; // A611
    const { grid, f } = run(s);
    expect(ofCode(f, 'CAPAIAN_MISMATCH')).toEqual([
      expect.objectContaining({
        severity: 'error',
        sheet: 'Realisasi',
        cell: cellAt(grid, 'Realisasi', 'Nilai SAKIP OPD', 'Capaian thd Target Akhir'),
      }),
    ]);
  });

  test('a program-indicator %: "88,40%" for 13/15 = 86,67 (S596) and "83,33%" for 12/12 (G757); "89,17%" (S594) is right', () => {
    const s = baseSpec();
    const GAJI = 'Jumlah Orang yang Menerima Gaji dan Tunjangan ASN';
    const LAPORAN =
      'Jumlah Laporan Peningkatan Efektifitas Pelaksanaan Pelayanan kepada Masyarakat di Wilayah Kecamatan';
    s.realisasiExtra = [
      ['Kontribusi Program, Kegiatan dan Sub Kegiatan'],
      ['Program/Kegiatan/Sub Kegiatan', 'Indikator', 'Satuan', 'Target', 'Realisasi', '% Capaian'],
      [
        'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
        'Persentase realisasi anggaran',
        '%',
        '100%',
        '89,17%',
        '89,17%',
      ], // S594
      [
        'Sub Kegiatan Penyusunan Dokumen Perencanaan Perangkat Daerah',
        GAJI,
        'Orang/bulan',
        '15 Orang/bulan',
        '13 Orang/bulan',
        '88,40%',
      ], // S596
      [
        'Sub Kegiatan Peningkatan Efektifitas Pelaksanaan Pelayanan Kepada Masyarakat di Kecamatan',
        LAPORAN,
        'Laporan',
        12,
        12,
        '83,33%',
      ], // G757
    ];
    const { grid, f } = run(s);
    const cells = ofCode(f, 'CAPAIAN_MISMATCH')
      .map((x) => `${x.sheet}!${x.cell}`)
      .sort();
    expect(cells).toEqual(
      [
        `Realisasi!${cellAt(grid, 'Realisasi', GAJI, '% Capaian')}`,
        `Realisasi!${cellAt(grid, 'Realisasi', LAPORAN, '% Capaian')}`,
      ].sort(),
    );
  });

  test('IPP "56%" for 2,61/4,3 = 60,70 (S796), while its kriteria "Rendah" is right', () => {
    const s = baseSpec();
    const IPP = 'Indeks Pelayanan Publik Kecamatan (IPP)';
    s.indicators.unshift({
      id: 'ipp',
      tujuan: 'Meningkatnya Kualitas Pelayanan Publik di Kecamatan', // S796
      sasaran: '',
      nama: IPP,
      satuan: 'Indeks',
      polaritas: 'positif',
      target: '4,3',
      tc: { targets: ['-', '-', '-', '4,3', '4,64', '4,67'], akhir: '4,67', satuan: 'Indeks' },
      real: { Target: '4,3', Realisasi: '2,61', 'Capaian (%)': '56%', Kriteria: 'Rendah' },
    });
    const { grid, a, f } = run(s);
    expect(ofCode(f, 'CAPAIAN_MISMATCH')).toEqual([
      expect.objectContaining({ cell: cellAt(grid, 'Realisasi', IPP, 'Capaian (%)') }),
    ]);
    expectNone(f, 'PREDIKAT_MISMATCH');
    expect(capaianOf(a, IPP)).toBeCloseTo(60.6977, 4);
  });
});

describeCode('PREDIKAT_MISMATCH', () => {
  test('kriteria "Tinggi" for the IKM\'s 101,99 (A1223, A1268): an error at the kriteria cell', () => {
    const s = baseSpec();
    ind(s, 'ikm').real!.Kriteria = 'Tinggi';
    const { grid, f } = run(s);
    expect(ofCode(f, 'PREDIKAT_MISMATCH')).toEqual([
      expect.objectContaining({
        severity: 'error',
        sheet: 'Realisasi',
        cell: cellAt(grid, 'Realisasi', IND_IKM, 'Kriteria'),
      }),
    ]);
  });

  test('not for "SANGAT TINGGI" or "sangat tinggi" (case and spacing ignored)', () => {
    const s = baseSpec();
    ind(s, 'ikm').real!.Kriteria = 'SANGAT TINGGI';
    ind(s, 'trantib').real!.Kriteria = ' sangat  tinggi ';
    expect(run(s).f).toEqual([]);
  });

  function ticks(ikmColumn: number, trantibColumn: number): WorkbookGrid {
    // Tabel 3.7 (A1211–1237): a tick per row in one of five predicate columns
    const s = baseSpec();
    s.has.realisasi = false;
    const row = (
      sas: string,
      nama: string,
      t: CellInput,
      r: CellInput,
      c: string,
      col: number,
    ): CellInput[] => {
      const marks: CellInput[] = ['', '', '', '', ''];
      marks[col] = '✓';
      return [sas, nama, t, r, c, ...marks];
    };
    s.extraSheets = [
      sheet(
        'Realisasi',
        [
          ['Rekapitulasi Predikat Capaian Kinerja Tahun 2024'],
          [
            'Sasaran',
            'Indikator Kinerja',
            'Target',
            'Realisasi',
            'Capaian (%)',
            'Predikat Kinerja',
          ],
          ['', '', '', '', '', 'Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah'],
          row(SAS_IKM, IND_IKM, 82, '83,63', '102%', ikmColumn), // A1223
          row(SAS_TRANTIB, IND_TRANTIB, '100%', '100%', '100%', trantibColumn), // A1227
          [],
          ['Realisasi Anggaran Tahun 2024'],
          [H.program, H.pagu, H.realisasi, H.persen],
          [PROG_PEM, '1.041.115.000,00', '1.032.500.000,00', '99,17%'],
          [PROG_TRANTIB, '273.664.376,00', '244.304.640,00', '89,27%'],
        ],
        { merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'F2:J2'] },
      ),
    ];
    return build(s);
  }

  test('a tick under "Tinggi" for 101,99 and 100 (A1223, A1227): an error at each ticked cell', () => {
    const { grid, f } = run(ticks(1, 1));
    expect(
      ofCode(f, 'PREDIKAT_MISMATCH')
        .map((x) => `${x.severity} ${x.sheet}!${x.cell}`)
        .sort(),
    ).toEqual([
      `error Realisasi!${cellAt(grid, 'Realisasi', IND_IKM, 'Tinggi')}`,
      `error Realisasi!${cellAt(grid, 'Realisasi', IND_TRANTIB, 'Tinggi')}`,
    ]);
  });

  test('not for ticks under "Sangat Tinggi"', () => {
    expect(run(ticks(0, 0)).f).toEqual([]);
  });
});

describeCode('GRADE_SCORE_MISMATCH', () => {
  test('PK target "B (82)" for Nilai SAKIP (A516): 82 is A on AKIP — a warning at the PK target', () => {
    const s = baseSpec();
    s.indicators.unshift(sakipTujuan());
    ind(s, 'sakip').target = 'B (82)';
    const { grid, a, f } = run(s);
    expect(ofCode(f, 'GRADE_SCORE_MISMATCH')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        sheet: 'PK',
        cell: cellAt(grid, 'PK', 'Nilai SAKIP OPD', 'Target'),
      }),
    ]);
    // the score is the value: 84,27/82 = 102,77, and 82 agrees with TC.25's 82
    expect(capaianOf(a, 'Nilai SAKIP OPD')).toBeCloseTo(102.7683, 4);
    expectNone(f, 'TARGET_MISMATCH');
  });

  test('not for "A (85)" / "A (81,22)" (G603): 85 and 81,22 are A', () => {
    const s = setYear(baseSpec(), 2025);
    s.indicators.unshift(
      sakipTujuan({
        Target: 'A (85)',
        Realisasi: 'A (81,22)',
        'Capaian (%)': '95,55 %',
        Kriteria: 'Sangat Tinggi',
      }),
    );
    const k = ind(s, 'sakip');
    k.target = 'A (85)';
    k.tc = { targets: ['-', '-', '-', '-', 'A (85)', 'A (88)'], akhir: 'A (88)', satuan: 'Nilai' };
    const { a, f } = run(s);
    expect(f).toEqual([]);
    expect(capaianOf(a, 'Nilai SAKIP OPD')).toBeCloseTo(95.5529, 4); // G603: 81,22/85 = 95,55
  });

  // DOMAIN.md §2 names this very cell (G603).
  test('realisasi 2023 "B(75,50)" for SAKIP (G603): 75,50 is BB — a warning at that cell', () => {
    const s = setYear(baseSpec(), 2025);
    s.indicators.unshift(
      sakipTujuan({
        Target: 'A (85)',
        Realisasi: 'A (81,22)',
        'Capaian (%)': '95,55 %',
        'Realisasi 2022': 'B',
        'Realisasi 2023': 'B(75,50)',
      }),
    );
    const k = ind(s, 'sakip');
    k.target = 'A (85)';
    k.tc = { targets: ['-', '-', '-', '-', 'A (85)', 'A (88)'], akhir: 'A (88)', satuan: 'Nilai' };
    const { grid, f } = run(s);
    expect(ofCode(f, 'GRADE_SCORE_MISMATCH')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        sheet: 'Realisasi',
        cell: cellAt(grid, 'Realisasi', 'Nilai SAKIP OPD', 'Realisasi 2023'),
      }),
    ]);
  });

  // G352 writes "B (85)" for the 2025 SAKIP target, 85 being A.
  test('TC.25 target "B (85)" for 2025 (G352): a warning at that TC.25 cell', () => {
    const s = setYear(baseSpec(), 2025);
    s.indicators.unshift(
      sakipTujuan({ Target: 'A (85)', Realisasi: 'A (81,22)', 'Capaian (%)': '95,55 %' }),
    );
    const k = ind(s, 'sakip');
    k.target = 'A (85)'; // G454
    k.tc = {
      targets: ['B (85)', 'B (80)', 'B (80)', 'B (83)', 'B (85)', 'BB (88)'],
      akhir: 'BB (88)',
      satuan: 'Nilai',
    };
    const { grid, f } = run(s);
    expectFinding(f, {
      code: 'GRADE_SCORE_MISMATCH',
      severity: 'warning',
      sheet: 'TC.25',
      cell: cellAt(grid, 'TC.25', 'Nilai SAKIP OPD', 'Target 2025'),
    });
  });
});

describeCode('SERAPAN_MISMATCH', () => {
  function semboroProgram2(kegiatanPersen: CellInput): WorkbookSpec {
    // S978–982: Program 555.120.000 / 546.800.000 = 98,50 → 99%; Kegiatan 545.040.000 /
    // 543.600.000 = 99,74 (printed 99%); Kegiatan 10.080.000 / 3.200.000 = 31,75 → 32%
    const s = baseSpec();
    const p = prog(s, 'pem');
    p.anggaran = 'Rp. 555.120.000,00'; // S447
    p.budget = [
      {
        [H.program]: PROG_PEM,
        [H.pagu]: '555.120.000,00',
        [H.realisasi]: '546.800.000,00',
        [H.persen]: '99%',
      },
      {
        [H.program]:
          'Kegiatan Koordinasi penyelenggaraan kegiatan pemerintahan di Tingkat Kecamatan',
        [H.pagu]: '545.040.000,00',
        [H.realisasi]: '543.600.000,00',
        [H.persen]: kegiatanPersen,
      },
      {
        [H.program]: 'Kegiatan Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat',
        [H.pagu]: '10.080.000,00',
        [H.realisasi]: '3.200.000,00',
        [H.persen]: '32%',
      },
    ];
    s.jumlah = null;
    return s;
  }

  test('"99%" for 543.600.000 / 545.040.000 = 99,74 (S979): an error at that %, "dipotong"', () => {
    const { grid, f } = run(semboroProgram2('99%'));
    const found = ofCode(f, 'SERAPAN_MISMATCH');
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'error',
        sheet: 'Realisasi',
        cell: cellAt(
          grid,
          'Realisasi',
          'Kegiatan Koordinasi penyelenggaraan kegiatan pemerintahan di Tingkat Kecamatan',
          H.persen,
        ),
      }),
    ]);
    expect(found[0].message).toMatch(/dipotong/);
  });

  test('not for "100%" there, nor for S978 "99%" (98,50) and S981 "32%" (31,75)', () => {
    expect(run(semboroProgram2('100%')).f).toEqual([]);
  });

  test('"9553%" for 60.610.200 / 63.446.600 = 95,53 (G933): "tanda desimal hilang"', () => {
    const s = baseSpec();
    const p = prog(s, 'trantib');
    p.anggaran = 'Rp 63.446.600';
    p.budget = [
      {
        [H.program]: PROG_TRANTIB,
        [H.pagu]: '63.446.600',
        [H.realisasi]: '60.610.200',
        [H.persen]: '9553%',
      },
    ];
    s.jumlah = null;
    const { grid, f } = run(s);
    const found = ofCode(f, 'SERAPAN_MISMATCH');
    expect(found).toEqual([
      expect.objectContaining({ cell: cellAt(grid, 'Realisasi', PROG_TRANTIB, H.persen) }),
    ]);
    expect(found[0].message).toMatch(/desimal/);
  });

  test('not for the serapan as a 0.00% cell (A879: 0,9917)', () => {
    const s = baseSpec();
    prog(s, 'pem').budget[0][H.persen] = pct(0.9917);
    expect(run(s).f).toEqual([]);
  });
});

describeCode('TOTAL_MISMATCH', () => {
  test('Kegiatan Administrasi umum 43.328.700 / 38.034.400 vs its sub kegiatan 49.731.100 / 43.184.400 (S961–966)', () => {
    const s = baseSpec();
    const KEG = 'Kegiatan Administrasi umum perangkat daerah';
    s.programs.unshift({
      id: 'umum',
      nama: null,
      anggaran: null,
      sasaran: null,
      budget: [
        {
          [H.program]: KEG,
          [H.pagu]: '43.328.700,00',
          [H.realisasi]: '38.034.400,00',
          [H.persen]: '88%',
        }, // S961
        {
          [H.program]:
            'Sub Kegiatan penyediaan komponen instalasi Listrik / penerangan bangunan kantor',
          [H.pagu]: '3.265.000,00',
          [H.realisasi]: '3.170.000,00',
          [H.persen]: '97%',
        }, // S962
        {
          [H.program]: 'Sub Kegiatan Penyediaan peralatan dan perlengkapan kantor',
          [H.pagu]: '6.402.400,00',
          [H.realisasi]: '5.150.000,00',
          [H.persen]: '80%',
        }, // S965
        {
          [H.program]: 'Sub Kegiatan Penyediaan Bahan Logistik Kantor',
          [H.pagu]: '40.063.700,00',
          [H.realisasi]: '34.864.400,00',
          [H.persen]: '87%',
        }, // S966
      ],
    });
    const { grid, f } = run(s);
    expect(
      ofCode(f, 'TOTAL_MISMATCH')
        .map((x) => `${x.severity} ${x.sheet}!${x.cell}`)
        .sort(),
    ).toEqual(
      [
        `error Realisasi!${cellAt(grid, 'Realisasi', KEG, H.pagu)}`,
        `error Realisasi!${cellAt(grid, 'Realisasi', KEG, H.realisasi)}`,
      ].sort(),
    );
  });

  test('a Jumlah pagu 3.970.639.337 for programs summing to 3.964.236.937 (S928, S776): an error at that cell', () => {
    // S955, S978, S984, S992: Σ pagu 3.964.236.937, Σ realisasi 3.080.233.968 (= S776)
    const s = baseSpec();
    const row = (nama: string, pagu: string, real: string, persen: string) => ({
      [H.program]: nama,
      [H.pagu]: pagu,
      [H.realisasi]: real,
      [H.persen]: persen,
    });
    s.programs = [
      {
        id: 'p1',
        nama: null,
        anggaran: null,
        sasaran: null,
        budget: [
          row(
            'PROGRAM PENUNJANG URUSAN PEMERINTAH DAERAH KABUPATEN / KOTA',
            '3.246.438.737,00',
            '2.376.886.333,00',
            '73%',
          ),
        ],
      },
      {
        id: 'p2',
        nama: PROG_PEM,
        anggaran: 'Rp. 555.120.000,00',
        sasaran: 1,
        budget: [
          row(
            'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK',
            '555.120.000,00',
            '546.800.000,00',
            '99%',
          ),
        ],
      },
      {
        id: 'p3',
        nama: null,
        anggaran: null,
        sasaran: null,
        budget: [
          row(
            'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN',
            '113.108.800,00',
            '109.064.000,00',
            '96%',
          ),
        ],
      },
      {
        id: 'p4',
        nama: PROG_TRANTIB,
        anggaran: 'Rp. 49.569.400,00',
        sasaran: 2,
        budget: [
          row(
            'PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM',
            '49.569.400,00',
            '47.483.635,00',
            '96%',
          ),
        ],
      },
    ];
    // 3.080.233.968 / 3.964.236.937 = 77,70 → 78% (S776)
    s.jumlah = {
      [H.pagu]: '3.970.639.337,00',
      [H.realisasi]: '3.080.233.968,00',
      [H.persen]: '78%',
    };
    const { grid, f } = run(s);
    expect(ofCode(f, 'TOTAL_MISMATCH')).toEqual([
      expect.objectContaining({
        severity: 'error',
        sheet: 'Realisasi',
        cell: cellAt(grid, 'Realisasi', 'Jumlah', H.pagu),
      }),
    ]);
    // the right Jumlah (S776) is clean
    s.jumlah[H.pagu] = '3.964.236.937,00';
    expectNone(run(s).f, 'TOTAL_MISMATCH');
  });

  test('not for the base Jumlah 1.314.779.376 / 1.276.804.640 and programs = Σ kegiatan (A879, A884, A886)', () => {
    expectNone(run(baseSpec()).f, 'TOTAL_MISMATCH');
  });
});

describeCode('REALISASI_OVER_PAGU', () => {
  test('realisasi 49.596.400 over pagu 49.569.400 (S992 with two digits swapped): a warning at the realisasi', () => {
    const s = baseSpec();
    const p = prog(s, 'trantib');
    p.anggaran = 'Rp. 49.569.400,00';
    p.budget = [
      {
        [H.program]: PROG_TRANTIB,
        [H.pagu]: '49.569.400,00',
        [H.realisasi]: '49.596.400,00',
        [H.persen]: '',
      },
    ];
    s.jumlah = null;
    const { grid, f } = run(s);
    expect(ofCode(f, 'REALISASI_OVER_PAGU')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        sheet: 'Realisasi',
        cell: cellAt(grid, 'Realisasi', PROG_TRANTIB, H.realisasi),
      }),
    ]);
  });

  test('not for realisasi equal to pagu (A924: 78.511.800 / 78.511.800)', () => {
    const s = baseSpec();
    const p = prog(s, 'trantib');
    p.anggaran = 'Rp. 78.511.800';
    p.budget = [
      {
        [H.program]: PROG_TRANTIB,
        [H.pagu]: '78.511.800',
        [H.realisasi]: '78.511.800',
        [H.persen]: '100%',
      },
    ];
    s.jumlah = null;
    expect(run(s).f).toEqual([]);
  });
});

describeCode('EFISIENSI_MISMATCH', () => {
  // Tabel 3.6 (A1184–1193) for the base workbook, method `selisih`:
  //   Sasaran 1: C = 83,63/82 = 101,99; S = 1.032.500.000/1.041.115.000 = 99,17; C − S = 2,82 → Efisien
  //   Sasaran 2: C = 100; S = 244.304.640/273.664.376 = 89,27; C − S = 10,73 → Efisien
  //   JUMLAH: C = (101,9878 + 100)/2 = 100,99; S = 1.276.804.640/1.314.779.376 = 97,11; 3,88 → Efisien
  const HEADER = [
    'Sasaran',
    'Capaian Kinerja (%)',
    'Serapan Anggaran (%)',
    'Efisiensi (%)',
    'Kategori Efisiensi',
  ];
  const ROW1 = [`1. ${SAS_IKM}`, '101,99', '99,17', '2,82', 'Efisien'];
  const ROW2 = [`2. ${SAS_TRANTIB}`, '100', '89,27', '10,73', 'Efisien'];
  const JUMLAH = ['JUMLAH', '100,99', '97,11', '3,88', 'Efisien'];
  function withTable(spec: WorkbookSpec, rows: CellInput[][]): { grid: WorkbookGrid; f: Seen[] } {
    spec.extraSheets.push(
      sheet('Efisiensi', [['Tabel 3.6 Efisiensi Penggunaan Sumber Daya'], HEADER, ...rows]),
    );
    const { grid, f } = run(spec);
    return { grid, f };
  }

  test('not for a table that agrees with the method', () => {
    const { f } = withTable(baseSpec(), [ROW1, ROW2, JUMLAH]);
    expect(f).toEqual([]);
  });

  test('"Tidak Efisien" for C ≥ 100 and C − S > 0 (S768: 100 / 99 "Tidak Efisien"): an error at the category', () => {
    const { grid, f } = withTable(baseSpec(), [
      [...ROW1.slice(0, 4), 'Tidak Efisien'],
      ROW2,
      JUMLAH,
    ]);
    expect(ofCode(f, 'EFISIENSI_MISMATCH')).toEqual([
      expect.objectContaining({
        severity: 'error',
        sheet: 'Efisiensi',
        cell: cellAt(grid, 'Efisiensi', `1. ${SAS_IKM}`, 'Kategori Efisiensi'),
      }),
    ]);
  });

  test('capaian "100" for the IKM sasaran at 101,99 (A1189 prints 100 for 102 %): an error at that cell', () => {
    // a typed capaian in the efficiency table: EFISIENSI_MISMATCH or CAPAIAN_MISMATCH
    const { grid, f } = withTable(baseSpec(), [
      [ROW1[0], '100', '99,17', '0,83', 'Efisien'],
      ROW2,
      JUMLAH,
    ]);
    const x = expectAt(
      f,
      ['EFISIENSI_MISMATCH', 'CAPAIAN_MISMATCH'],
      'Efisiensi',
      cellAt(grid, 'Efisiensi', `1. ${SAS_IKM}`, 'Capaian Kinerja (%)'),
    );
    expect(x.message).toMatch(/dibatasi/);
  });

  /** Trantib's program as G933's Program 4 + 5: 63.446.600 / 60.610.200 = 95,53 %; 100 − 95,53 = 4,47. */
  function g933(): WorkbookSpec {
    const s = baseSpec();
    const p = prog(s, 'trantib');
    p.anggaran = 'Rp 63.446.600';
    p.budget = [
      {
        [H.program]: PROG_TRANTIB,
        [H.pagu]: '63.446.600',
        [H.realisasi]: '60.610.200',
        [H.persen]: '95,53%',
      },
    ];
    s.jumlah = null;
    return s;
  }
  const at2 = (grid: WorkbookGrid, h: string) => cellAt(grid, 'Efisiensi', `2. ${SAS_TRANTIB}`, h);

  test('serapan "9553%" for 95,53 (G933): an error at that cell, "tanda desimal hilang"', () => {
    // a typed serapan in the efficiency table: EFISIENSI_MISMATCH or SERAPAN_MISMATCH
    const { grid, f } = withTable(g933(), [ROW1, [ROW2[0], '100', '9553%', '4,47', 'Efisien']]);
    const x = expectAt(
      f,
      ['EFISIENSI_MISMATCH', 'SERAPAN_MISMATCH'],
      'Efisiensi',
      at2(grid, 'Serapan Anggaran (%)'),
    );
    expect(x.message).toMatch(/desimal/);
  });

  test('"Tidak efisien" for capaian 100 and serapan 95,53 (G933; the report\'s own rule, G917): an error at the category', () => {
    const { grid, f } = withTable(g933(), [
      ROW1,
      [ROW2[0], '100', '95,53', '4,47', 'Tidak efisien'],
    ]);
    expect(ofCode(f, 'EFISIENSI_MISMATCH')).toEqual([
      expect.objectContaining({ cell: at2(grid, 'Kategori Efisiensi') }),
    ]);
  });

  test('not for G933 written right: 100 / 95,53 / 4,47 / Efisien', () => {
    const { f } = withTable(g933(), [ROW1, [ROW2[0], '100', '95,53', '4,47', 'Efisien']]);
    expect(f).toEqual([]);
  });

  test('G933 as printed: findings at "9553%" and "Tidak efisien", none at the right "4,47"', () => {
    const { grid, f } = withTable(g933(), [
      ROW1,
      [ROW2[0], '100', '9553%', '4,47', 'Tidak efisien'],
    ]);
    const cells = f.filter((x) => x.sheet === 'Efisiensi').map((x) => x.cell);
    expect(cells.sort()).toEqual(
      [at2(grid, 'Serapan Anggaran (%)'), at2(grid, 'Kategori Efisiensi')].sort(),
    );
    expect(ofCode(f, 'EFISIENSI_MISMATCH').map((x) => x.cell)).toContain(
      at2(grid, 'Kategori Efisiensi'),
    );
  });
});

describeCode('PROGRAM_IKU_MISMATCH', () => {
  // Semboro PK 2025 (S418, S549): "Persentase indikator program yang tercapai" 100% / 100%, while
  // the program indicators are 89,17/100 (S594), 100/100 (S664, S699, S733): 3 of 4 = 75 %.
  const IKU = 'Persentase indikator program yang tercapai'; // S418
  function iku(realisasi: string, capaian: string, kriteria: string): WorkbookSpec {
    const s = setYear(baseSpec(), 2025);
    s.indicators.push({
      id: 'iku',
      sasaran: 'Meningkatkan Efektivitas Pencapaian Target Kinerja PD', // S549
      nama: IKU,
      satuan: '%',
      polaritas: 'positif',
      target: '100%',
      tc: { targets: ['-', '100%', '100%', '100%', '100%', '100%'], akhir: '100%', satuan: '%' }, // S322
      real: { Target: '100%', Realisasi: realisasi, 'Capaian (%)': capaian, Kriteria: kriteria },
    });
    prog(s, 'pem').sasaran = '1; 3';
    s.realisasiExtra = [
      ['Kontribusi Program terhadap Sasaran'],
      ['Program/Kegiatan/Sub Kegiatan', 'Indikator', 'Satuan', 'Target', 'Realisasi', '% Capaian'],
      [
        'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
        'Persentase realisasi anggaran',
        '%',
        '100%',
        '89,17%',
        '89,17%',
      ], // S594
      [
        'PROGRAM PENYELENGGARAAN PEMERINTAH DAN PELAYANAN PUBLIK',
        'Terselenggarakannya pemerintahan dan pelayanan publik di tingkat kecamatan',
        '%',
        '100%',
        '100%',
        '100%',
      ], // S664
      [
        'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN',
        'Cakupan pemberdayaan desa dan kelurahan',
        '%',
        '100%',
        '100%',
        '100%',
      ], // S699
      [
        'PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM',
        'Terlaksananya koordinasi ketenteraman dan ketertibann umum di tingkat kecamatan',
        '%',
        '100%',
        '100%',
        '100%',
      ], // S733
    ];
    return s;
  }

  test('"100%" (S549) while only 3 of 4 program indicators reached their target: an error at the realisasi', () => {
    const { grid, f } = run(iku('100%', '100%', 'Sangat Tinggi'));
    expect(ofCode(f, 'PROGRAM_IKU_MISMATCH')).toEqual([
      expect.objectContaining({
        severity: 'error',
        sheet: 'Realisasi',
        cell: cellAt(grid, 'Realisasi', IKU, 'Realisasi'),
      }),
    ]);
  });

  test('not for "75%" (3/4, the audit\'s recount)', () => {
    // 75/100 = 75 → Sedang (66 – < 76)
    const { f } = run(iku('75%', '75%', 'Sedang'));
    expect(f).toEqual([]);
  });
});

describeCode('PAGU_CHANGED', () => {
  const PMD = 'Program Pemberdayaan Masyarakat Desa dan Kelurahan';
  function pmd(anggaranPk: CellInput): WorkbookSpec {
    const s = baseSpec();
    s.programs.push({
      id: 'pmd',
      nama: PMD,
      anggaran: anggaranPk,
      sasaran: 2,
      budget: [
        {
          [H.program]: PMD,
          [H.pagu]: '113.108.800,00',
          [H.realisasi]: '109.064.000,00',
          [H.persen]: '96%',
        },
      ], // S984: 96,42
    });
    s.jumlah = null;
    return s;
  }

  test('PK anggaran 338.052.700 (S427) vs DPA pagu 113.108.800 (S984): an info at the PK anggaran; serapan uses the DPA', () => {
    const { grid, a, f } = run(pmd('Rp. 338.052.700,00'));
    expect(ofCode(f, 'PAGU_CHANGED')).toEqual([
      expect.objectContaining({
        severity: 'info',
        sheet: 'PK',
        cell: cellAt(grid, 'PK', PMD, 'Anggaran (Rp)'),
      }),
    ]);
    // sasaran 2: (244.304.640 + 109.064.000) / (273.664.376 + 113.108.800) = 353.368.640 / 386.773.176 = 91,3633 %
    const sas2 = a.results[0].sasaran.find((x) => x.no === 2)!;
    expect(sas2.pagu).toBe(386773176);
    expect(sas2.serapan).toBeCloseTo(91.3633, 4);
  });

  test('not when the PK writes the same amount ("Rp 113.108.800,00" vs "113.108.800,00")', () => {
    expect(run(pmd('Rp 113.108.800,00')).f).toEqual([]);
  });
});

describeCode('SCALE_INVALID', () => {
  function custom(bands: CellInput[][], kriteria?: string): WorkbookSpec {
    const s = baseSpec();
    if (kriteria) {
      ind(s, 'ikm').real!.Kriteria = kriteria;
      ind(s, 'trantib').real!.Kriteria = kriteria;
    }
    s.extraSheets.push(
      pengaturan([
        ['Skala', 'Kustom'],
        ['Batas Atas Capaian', 'Tidak ada'],
        [],
        ['Interval', 'Kriteria', 'Warna'],
        ...bands,
      ]),
    );
    return s;
  }

  test('a hole between "> 70 s/d 80" and "> 90 s/d 110" (DOMAIN.md §4): an error, and the default scale is used', () => {
    const s = custom([
      ['> 110', 'Istimewa', 'biru tua'],
      ['> 90 s/d 110', 'Baik', 'biru muda'],
      ['> 70 s/d 80', 'Butuh Perbaikan', 'kuning muda'],
      ['≤ 70', 'Kurang', 'merah'],
    ]);
    const { a, f } = run(s);
    expect(ofCode(f, 'SCALE_INVALID')).toEqual([
      expect.objectContaining({ severity: 'error', sheet: 'Pengaturan' }),
    ]);
    expectNone(f, 'PREDIKAT_MISMATCH'); // "Sangat Tinggi" is right on the default scale
    expect(a.settings.skala).toBe('permendagri86-jember');
  });

  test('overlapping bands "76 - 100" and "90 - 120": an error', () => {
    const s = custom([
      ['90 - 120', 'Sangat Baik', ''],
      ['76 - 100', 'Baik', ''],
      ['< 76', 'Kurang', ''],
    ]);
    expectFinding(run(s).f, { code: 'SCALE_INVALID', severity: 'error', sheet: 'Pengaturan' });
  });

  test('not for Tabel 3.1 copied verbatim (S515–521, A577–579): "≥ 90 / $76 \\leq 90$ / … / ≤ 50"', () => {
    const s = custom([
      ['≥ 90', 'Sangat Tinggi', 'Biru muda'],
      ['$76 \\leq 90$', 'Tinggi', 'hijau'],
      ['$66 \\leq 75$', 'Sedang', 'Kuning muda'],
      ['$51 \\leq 65$', 'Rendah', 'Abu tua'],
      ['≤ 50', 'Sangat Rendah', 'merah'],
    ]);
    expect(run(s).f).toEqual([]);
  });

  // The band is written "≥ 90", and DOMAIN.md §4 reads this very table lower-bound-inclusive.
  test('Tabel 3.1 verbatim: capaian 90,00 is Sangat Tinggi, as the band "≥ 90" says', () => {
    const s = custom([
      ['≥ 90', 'Sangat Tinggi', 'Biru muda'],
      ['$76 \\leq 90$', 'Tinggi', 'hijau'],
      ['$66 \\leq 75$', 'Sedang', 'Kuning muda'],
      ['$51 \\leq 65$', 'Rendah', 'Abu tua'],
      ['≤ 50', 'Sangat Rendah', 'merah'],
    ]);
    ind(s, 'trantib').real = {
      Target: '100%',
      Realisasi: '90%',
      'Capaian (%)': '90%',
      Kriteria: 'Sangat Tinggi',
    };
    expect(run(s).f).toEqual([]);
  });

  // A kabupaten rule quoted in DOMAIN.md §4: "each band runs from its lower bound up to the next
  // band's lower bound".
  test('not for lower-bound-only bands ">110 Istimewa / >90 Baik / >70 Butuh Perbaikan / >50 Kurang / >0 Sangat Kurang"', () => {
    const s = custom(
      [
        ['>110', 'Istimewa', ''],
        ['>90', 'Baik', ''],
        ['>70', 'Butuh Perbaikan', ''],
        ['>50', 'Kurang', ''],
        ['>0', 'Sangat Kurang', ''],
      ],
      'Baik', // 101,99 and 100 are in "> 90" up to 110
    );
    expect(run(s).f).toEqual([]);
  });
});

describeCode('PROGRAM_UNMAPPED', () => {
  test('a program with no sasaran, and so a sasaran with no program: warnings, no efficiency for it', () => {
    const s = baseSpec();
    prog(s, 'trantib').sasaran = '';
    const { grid, a, f } = run(s);
    const found = ofCode(f, 'PROGRAM_UNMAPPED');
    expect(found.length).toBeGreaterThanOrEqual(1);
    for (const x of found) expect(x.severity).toBe('warning');
    // the program is named at its row (PK program table or budget table)
    const programCells = [
      `PK!${cellAt(grid, 'PK', PROG_TRANTIB, 'Program')}`,
      `PK!${cellAt(grid, 'PK', PROG_TRANTIB, 'Sasaran')}`,
      `PK!${cellAt(grid, 'PK', PROG_TRANTIB, 'Anggaran (Rp)')}`,
      `Realisasi!${cellAt(grid, 'Realisasi', PROG_TRANTIB, H.program)}`,
    ];
    expect(found.some((x) => programCells.includes(`${x.sheet}!${x.cell}`))).toBe(true);
    const sas2 = a.results[0].sasaran.find((x) => x.no === 2)!;
    expect(sas2.efisiensi).toBeNull();
    expect(sas2.kategoriEfisiensi).toBeNull();
  });

  test('not for a program supporting two sasaran ("1; 2"), counted once in the JUMLAH', () => {
    const s = baseSpec();
    prog(s, 'trantib').sasaran = '1; 2';
    const { a, f } = run(s);
    expect(f).toEqual([]);
    // sasaran 1 uses both programs: 1.276.804.640 / 1.314.779.376 = 97,11 %
    expect(a.results[0].sasaran.find((x) => x.no === 1)!.serapan).toBeCloseTo(97.1117, 4);
    expect(a.results[0].ringkasan.efisiensi.pagu).toBe(1314779376);
  });

  test('not for a tujuan indicator, which has no program (DOMAIN.md §3)', () => {
    const s = baseSpec();
    s.indicators.unshift(sakipTujuan());
    expect(run(s).f).toEqual([]);
  });
});

describeCode('PK_SUPERSEDED', () => {
  function withSecondPk(name: string, title: string): WorkbookGrid {
    const grid = build(baseSpec());
    const i = grid.sheets.findIndex((x) => x.name === 'PK');
    const copy: SheetGrid = {
      ...grid.sheets[i],
      name,
      rows: [[{ v: title }], ...grid.sheets[i].rows.slice(1)],
    };
    grid.sheets.splice(i + 1, 0, copy);
    return grid;
  }

  test('PK and PK Perubahan for 2024 on the same Renstra (A1616, A1693): an info on PK; the Perubahan is measured', () => {
    const { a, f } = run(withSecondPk('PK Perubahan', 'PERJANJIAN KINERJA PERUBAHAN TAHUN 2024'));
    expect(f).toEqual([
      expect.objectContaining({ code: 'PK_SUPERSEDED', severity: 'info', sheet: 'PK' }),
    ]);
    expect(a.results.map((r) => [r.pk.sheet, r.pk.dilaporkan])).toEqual([
      ['PK', false],
      ['PK Perubahan', true],
    ]);
  });

  test('two PKs of one kind for the same year and Renstra: the one further right is measured', () => {
    const { a, f } = run(withSecondPk('PK (2)', 'PERJANJIAN KINERJA TAHUN 2024'));
    expect(ofCode(f, 'PK_SUPERSEDED')).toEqual([expect.objectContaining({ sheet: 'PK' })]);
    expect(a.results.find((r) => r.pk.sheet === 'PK (2)')!.pk.dilaporkan).toBe(true);
  });

  test('not for two PKs on different Renstra periods (S539: both are measured)', () => {
    const { a, f } = run(gumukmasTwoPks({ pkColumn: true }));
    expectNone(f, 'PK_SUPERSEDED');
    expect(a.results.map((r) => r.pk.dilaporkan)).toEqual([true, true]);
  });
});

describeCode('CAPAIAN_PRECISION', () => {
  // DOMAIN.md §7: "90 %" typed for 89,60 — right at its precision, but 89,60 is Tinggi
  function trantib(capaian: string, kriteria: string): WorkbookSpec {
    const s = baseSpec();
    ind(s, 'trantib').real = {
      Target: '100%',
      Realisasi: '89,60%',
      'Capaian (%)': capaian,
      Kriteria: kriteria,
    };
    return s;
  }

  test('"90%" for 89,60: a warning at the typed capaian', () => {
    const { grid, f } = run(trantib('90%', 'Tinggi'));
    expect(ofCode(f, 'CAPAIAN_PRECISION')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        sheet: 'Realisasi',
        cell: cellAt(grid, 'Realisasi', IND_TRANTIB, 'Capaian (%)'),
      }),
    ]);
    expectNone(f, 'CAPAIAN_MISMATCH');
  });

  test('not for "89,60%", nor for the IKM "102%" for 101,99 (A609, same band)', () => {
    expect(run(trantib('89,60%', 'Tinggi')).f).toEqual([]);
  });
});

describeCode('REALISASI_ZERO_RATIO', () => {
  // A706: 14 of 14 laporan resolved → 0 % unresolved; a negative indicator with target 5 %
  const NEG = 'Persentase Laporan Pelanggaran Ketertiban Umum yang Tidak Terselesaikan';
  function negatif(rumus: string | null, capaian: string): WorkbookSpec {
    const s = baseSpec();
    const t = ind(s, 'trantib');
    t.nama = NEG;
    t.polaritas = 'negatif';
    t.target = '5%';
    t.tc = { targets: ['-', '-', '5%', '5%', '5%', '5%'], akhir: '5%', satuan: '%' };
    t.real = { Target: '5%', Realisasi: '0%', 'Capaian (%)': capaian, Kriteria: 'Sangat Tinggi' };
    if (rumus) s.extraSheets.push(pengaturan([['Rumus Polaritas Negatif', rumus]]));
    return s;
  }

  test('T/R with realisasi 0: an info at the realisasi, capaian taken as 100', () => {
    const { grid, a, f } = run(negatif('T/R', '100%'));
    expect(ofCode(f, 'REALISASI_ZERO_RATIO')).toEqual([
      expect.objectContaining({
        severity: 'info',
        sheet: 'Realisasi',
        cell: cellAt(grid, 'Realisasi', NEG, 'Realisasi'),
      }),
    ]);
    expect(capaianOf(a, NEG)).toBe(100);
  });

  test('not with the default (2T − R)/T: (10 − 0)/5 = 200 %', () => {
    const { a, f } = run(negatif(null, '200%'));
    expect(f).toEqual([]);
    expect(capaianOf(a, NEG)).toBe(200);
  });
});

describe('quarterly realisasi (TW)', () => {
  // A1043–1048 rekap adminduk: TW I 3.053, TW II 2.803, TW III 2.391, TW IV 2.727, jumlah 10.974.
  // As an indicator: target 10.974 (constructed = the year's total).
  const ADM = 'Jumlah Layanan Administrasi Kependudukan';
  function adminduk(tw4: CellInput, jenis: string | null): WorkbookSpec {
    const s = baseSpec();
    s.indicators.push({
      id: 'adm',
      sasaran: SAS_IKM,
      nama: ADM,
      satuan: 'Layanan',
      polaritas: 'positif',
      target: '10.974',
      tc: { targets: ['-', '-', '-', '10.974', '-', '-'], satuan: 'Layanan' },
      real: {
        Target: '10.974',
        Realisasi: '',
        'TW I': '3.053',
        'TW II': '2.803',
        'TW III': '2.391',
        'TW IV': tw4,
        ...(jenis ? { Jenis: jenis } : {}),
      },
    });
    if (jenis) ind(s, 'ikm').real!.Jenis = 'nilai akhir';
    return s;
  }

  describeCode('TW_ASSUMED', () => {
    test('TW columns without a Jenis: an info at the TW IV taken', () => {
      const { grid, a, f } = run(adminduk('2.727', null));
      expect(ofCode(f, 'TW_ASSUMED')).toEqual([
        expect.objectContaining({
          severity: 'info',
          sheet: 'Realisasi',
          cell: cellAt(grid, 'Realisasi', ADM, 'TW IV'),
        }),
      ]);
      expect(capaianOf(a, ADM)).toBeCloseTo((2727 / 10974) * 100, 6);
    });

    test('not with Jenis "jumlah": realisasi 3.053 + 2.803 + 2.391 + 2.727 = 10.974, capaian 100', () => {
      const { a, f } = run(adminduk('2.727', 'jumlah'));
      expect(f).toEqual([]);
      expect(capaianOf(a, ADM)).toBe(100);
    });
  });

  describeCode('TW_INCOMPLETE', () => {
    test('TW IV empty: a warning at the TW IV cell', () => {
      const { grid, f } = run(adminduk('', 'jumlah'));
      expect(ofCode(f, 'TW_INCOMPLETE')).toEqual([
        expect.objectContaining({
          severity: 'warning',
          sheet: 'Realisasi',
          cell: cellAt(grid, 'Realisasi', ADM, 'TW IV'),
        }),
      ]);
    });

    test('not when TW IV is filled', () => {
      expectNone(run(adminduk('2.727', 'jumlah')).f, 'TW_INCOMPLETE');
    });
  });
});

describeCode('FAKTOR_EMPTY', () => {
  // A1448–1451 (faktor pendukung), A1453–1457 (rekomendasi)
  const PENDORONG = 'Keterlibatan masyarakat dalam berbagai program di Kecamatan Ambulu';
  const PENGHAMBAT = 'Jumlah pegawai belum sesuai kebutuhan';
  const SOLUSI = 'Evaluasi program secara berkala untuk menemukan yang kurang efektif';
  function faktor(penghambatIkm: string): WorkbookSpec {
    const s = baseSpec();
    for (const i of s.indicators)
      Object.assign(i.real!, {
        'Faktor Pendorong': PENDORONG,
        'Faktor Penghambat': PENGHAMBAT,
        Solusi: SOLUSI,
      });
    ind(s, 'ikm').real!['Faktor Penghambat'] = penghambatIkm;
    return s;
  }

  test('an empty Faktor Penghambat: a warning at that cell', () => {
    const { grid, f } = run(faktor(''));
    expect(ofCode(f, 'FAKTOR_EMPTY')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        sheet: 'Realisasi',
        cell: cellAt(grid, 'Realisasi', IND_IKM, 'Faktor Penghambat'),
      }),
    ]);
  });

  test('not when every faktor is written, nor when the columns are absent (base)', () => {
    expect(run(faktor(PENGHAMBAT)).f).toEqual([]);
    expectNone(run(baseSpec()).f, 'FAKTOR_EMPTY');
  });
});

// --- the catalogue itself --------------------------------------------------------------------

describe('catalogue', () => {
  test('every code of DOMAIN.md §7 has its describe block here', () => {
    expect([...covered].sort()).toEqual([...FINDING_CODES].sort());
    expect(FINDING_CODES).toHaveLength(30);
  });

  test('severities are the ones DOMAIN.md §7 gives', () => {
    const errors = [
      'SHEET_MISSING',
      'COLUMN_MISSING',
      'VALUE_UNREADABLE',
      'CAPAIAN_MISMATCH',
      'PREDIKAT_MISMATCH',
      'SERAPAN_MISMATCH',
      'TOTAL_MISMATCH',
      'EFISIENSI_MISMATCH',
      'PROGRAM_IKU_MISMATCH',
      'SCALE_INVALID',
    ];
    const infos = [
      'POLARITY_ASSUMED',
      'ORDINAL_CAPAIAN',
      'PAGU_CHANGED',
      'PK_SUPERSEDED',
      'REALISASI_ZERO_RATIO',
      'TW_ASSUMED',
    ];
    for (const code of FINDING_CODES) {
      const want = errors.includes(code) ? 'error' : infos.includes(code) ? 'info' : 'warning';
      expect([code, FINDING_SEVERITY[code]]).toEqual([code, want]);
    }
  });

  test('the cell helper finds what it is asked for', () => {
    const grid = build(baseSpec());
    expect(cellOf(grid, 'PK', 'Target')).toBe('D2');
  });
});
