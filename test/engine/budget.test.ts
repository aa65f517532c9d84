/**
 * DOMAIN.md §6: serapan per row, sisa, parent = Σ children (exact rupiah), total rows, a program
 * listed under two sasaran counted once, and the typed figures of a budget table. Rows are the
 * reports' own budget tables; each cell address carries the report line (C862 = line 862).
 */
import { assignParents, computeBudget, programKey } from '../../src/engine/budget';
import { FindingList, type Finding } from '../../src/engine/findings';
import type { BudgetLevel, BudgetRow } from '../../src/engine/model';
import { parseCell, parseText } from '../../src/engine/values';

const SHEET = 'Anggaran';

/** A budget row as a reader builds it: values parsed from the text, refs at the report line. */
function row(
  line: number,
  level: BudgetLevel,
  nama: string,
  pagu: string,
  realisasi: string,
  persen = '',
  opts: { kode?: string; sisa?: string; sasaran?: number[] } = {},
): BudgetRow {
  return {
    key: `r${line}`,
    level,
    kode: opts.kode ?? null,
    nama,
    parent: null,
    pagu: parseText(pagu),
    realisasi: parseText(realisasi),
    persen: parseText(persen),
    sisa: parseText(opts.sisa ?? ''),
    refs: {
      pagu: { sheet: SHEET, cell: `C${line}` },
      realisasi: { sheet: SHEET, cell: `D${line}` },
      persen: { sheet: SHEET, cell: `E${line}` },
      sisa: { sheet: SHEET, cell: `F${line}` },
      nama: { sheet: SHEET, cell: `B${line}` },
    },
    sasaran: opts.sasaran ?? [],
    pk: null,
    jenisBelanja: null,
    belanjaOperasi: null,
    belanjaModal: null,
  };
}

function run(rows: BudgetRow[]) {
  assignParents(rows);
  const findings = new FindingList();
  const results = computeBudget(rows, findings, { pk: 'PK 2024' });
  return { results, findings: findings.items };
}

const brief = (fs: Finding[]) => fs.map((f) => `${f.code} ${f.cell}`).sort();

/** Ambulu Tabel 3.5, lines 862–899: two sections, each closed by a "Total" row. */
function ambulu(): BudgetRow[] {
  return [
    row(
      862,
      'program',
      'Program Penunjang Urusan Pemda Kab/Kota',
      'Rp 2.941.063.617',
      'Rp 2.653.011.709',
      '90,21%',
    ),
    row(
      863,
      'kegiatan',
      'Keg Administrasi Keuangan PD',
      'Rp 2.519.451.117',
      'Rp 2.297.148.008',
      '91,18%',
    ),
    row(
      864,
      'subkegiatan',
      'Sub Penyediaan Gaji dan Tunjangan ASN',
      'Rp 2.421.621.117',
      'Rp 2.202.538.008',
      '90,95%',
    ),
    row(
      865,
      'subkegiatan',
      'Sub Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD',
      'Rp 97.830.000',
      'Rp 94.610.000',
      '96,71%',
    ),
    row(866, 'kegiatan', 'Administrasi Umum PD', 'Rp 78.511.800', 'Rp 72.776.000', '92,69%'),
    row(
      867,
      'subkegiatan',
      'Sub Penyediaan Peralatan dan Perlengkapan Kantor',
      'Rp 78.511.800',
      'Rp 72.776.000',
      '92,69%',
    ),
    row(
      868,
      'kegiatan',
      'Keg Penyediaan Jasa Penunjang Urusan Pemda',
      'Rp 252.339.200',
      'Rp 211.045.025',
      '83,64%',
    ),
    row(
      869,
      'subkegiatan',
      'Sub Penyediaan Jasa Pelayanan Umum Kantor',
      'Rp 252.339.200',
      'Rp 211.045.025',
      '83,64%',
    ),
    row(
      874,
      'kegiatan',
      'Keg Pemeliharaan BMD Penunjang Urusan Pemda',
      'Rp 90.761.500',
      'Rp 72.042.676',
      '79,38%',
    ),
    row(
      875,
      'subkegiatan',
      'Sub Kendaraan Perorangan Dinas/Dinas Jabatan',
      'Rp 49.391.700',
      'Rp 42.549.800',
      '86,15%',
    ),
    row(
      876,
      'subkegiatan',
      'Sub Kendaraan Dinas Operasional/Lapangan',
      'Rp 31.849.000',
      'Rp 20.021.776',
      '62,86%',
    ),
    row(
      877,
      'subkegiatan',
      'Sub Pemeliharaan/Rehabilitasi Gedung Kantor',
      'Rp 9.520.800',
      'Rp 9.471.100',
      '99,48%',
    ),
    row(878, 'total', 'Total', 'Rp 2.941.063.617', 'Rp 2.653.011.709', '90,21%'),
    row(
      879,
      'program',
      'Program Penyelenggaraan Pemerintahan Dan Pelayanan Publik',
      'Rp 1.041.115.000',
      'Rp 1.032.500.000',
      '99,17%',
    ),
    row(
      884,
      'kegiatan',
      'Keg Koordinasi Penyelenggaraan Kegiatan Pemerintahan',
      'Rp 1.031.035.000',
      'Rp 1.023.200.000',
      '99,24%',
    ),
    row(
      885,
      'subkegiatan',
      'Sub Peningkatan Efektifitas Kegiatan Pemerintahan',
      'Rp 1.031.035.000',
      'Rp 1.023.200.000',
      '99,24%',
    ),
    row(
      886,
      'kegiatan',
      'Keg Penyelenggaraan Urusan Pemerintahan yang tidak Dilaksanakan',
      'Rp 10.080.000',
      'Rp 9.300.000',
      '92,26%',
    ),
    row(
      887,
      'subkegiatan',
      'Sub Peningkatan Efektifitas Pelaksanaan Pelayanan',
      'Rp10.080.000',
      'Rp 9.300.000',
      '92,26%',
    ),
    row(
      888,
      'program',
      'Program Pemberdayaan Masyarakat Desa Dan Kelurahan',
      'Rp 236.227.800',
      'Rp 194.582.000',
      '82,37%',
    ),
    row(
      889,
      'kegiatan',
      'Keg Koordinasi Kegiatan Pemberdayaan Desa',
      'Rp 236.227.800',
      'Rp 194.582.000',
      '82,37%',
    ),
    row(
      890,
      'subkegiatan',
      'Sub Peningkatan Partisipasi Masyarakat dalam Forum Musrenbang',
      'Rp 7.231.800',
      'Rp 6.460.000',
      '89,33%',
    ),
    row(
      895,
      'subkegiatan',
      'Sub Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat',
      'Rp 228.996.000',
      'Rp 188.122.000',
      '82,15%',
    ),
    row(
      896,
      'program',
      'Program Koordinasi Ketentraman Dan Ketertiban Umum',
      'Rp 273.664.376',
      'Rp 244.304.640',
      '89,27%',
    ),
    row(
      897,
      'kegiatan',
      'Keg Koordinasi Penerapan dan Penegakan Perda dan Perkada',
      'Rp 273.664.376',
      'Rp 244.304.640',
      '89,27%',
    ),
    row(
      898,
      'subkegiatan',
      'Sub Koordinasi/Sinergi Dengan PD',
      'Rp 273.664.376',
      'Rp 244.304.640',
      '89,27%',
    ),
    row(899, 'total', 'Total', 'Rp 1.551.007.176', 'Rp 1.471.386.640', '94,87%'),
  ];
}

describe('Ambulu Tabel 3.5 (A862–899): every figure right, no finding', () => {
  test('no finding on a correct table (A D1: all 26 percentages and all sums check)', () => {
    expect(run(ambulu()).findings).toEqual([]);
  });

  test('serapan per row and sisa = pagu − realisasi (A862: 2.653.011.709 / 2.941.063.617)', () => {
    const r = run(ambulu()).results[0];
    expect(r.pagu).toBe(2941063617);
    expect(r.realisasi).toBe(2653011709);
    expect(r.serapan).toBeCloseTo(90.205859, 5);
    expect(r.sisa).toBe(288051908);
  });

  test('A876: 20.021.776 / 31.849.000 = 62,86', () => {
    const r = run(ambulu()).results.find((x) => x.row.key === 'r876')!;
    expect(r.serapan).toBeCloseTo(62.8647, 3);
    expect(r.sisa).toBe(11827224);
  });

  test('A899 Total: its serapan is Σ realisasi / Σ pagu = 94,87 (weighted)', () => {
    const r = run(ambulu()).results.find((x) => x.row.key === 'r899')!;
    expect(r.serapan).toBeCloseTo(94.866527, 5);
  });

  test('a Total row with no typed amounts is filled with the sum of its section (A899: 1.551.007.176 / 1.471.386.640)', () => {
    const rows = ambulu();
    const t = rows.find((x) => x.key === 'r899')!;
    t.pagu = parseText('');
    t.realisasi = parseText('');
    t.persen = parseText('');
    const { results, findings } = run(rows);
    const r = results.find((x) => x.row.key === 'r899')!;
    expect(findings).toEqual([]);
    expect(r.pagu).toBe(1551007176);
    expect(r.realisasi).toBe(1471386640);
  });

  test('parents follow the level order', () => {
    const rows = ambulu();
    assignParents(rows);
    const idx = (k: string) => rows.findIndex((x) => x.key === k);
    expect(rows[idx('r863')].parent).toBe(idx('r862'));
    expect(rows[idx('r865')].parent).toBe(idx('r863'));
    expect(rows[idx('r877')].parent).toBe(idx('r874'));
    expect(rows[idx('r878')].parent).toBeNull();
    expect(rows[idx('r884')].parent).toBe(idx('r879'));
    expect(rows[idx('r879')].parent).toBeNull();
  });
});

describe('parent = Σ children, in exact rupiah', () => {
  test('one rupiah off on a program pagu is TOTAL_MISMATCH (A862 typed 2.941.063.618)', () => {
    const rows = ambulu();
    rows[0].pagu = parseText('Rp 2.941.063.618');
    const { findings } = run(rows);
    // the program row against its kegiatan, and the Total row against the program
    // 2.653.011.709 / 2.941.063.618 still rounds to 90,21 — so only the totals are wrong
    expect(brief(findings)).toEqual(['TOTAL_MISMATCH C862', 'TOTAL_MISMATCH C878']);
  });

  test('sen matter: 97.830.000,01 under A863 is TOTAL_MISMATCH', () => {
    const rows = ambulu();
    rows[3].pagu = parseText('97.830.000,01');
    const { findings } = run(rows);
    expect(findings.map((f) => f.code)).toContain('TOTAL_MISMATCH');
    expect(findings.find((f) => f.code === 'TOTAL_MISMATCH')!.cell).toBe('C863');
  });
});

/** Semboro Tabel 3.10, lines 955–983 (Sasaran 1 and 2), as printed. */
function semboro(): BudgetRow[] {
  return [
    row(
      955,
      'program',
      'PROGRAM PENUNJANG URUSAN PEMERINTAH DAERAH KABUPATEN / KOTA',
      '3.246.438.737,00',
      '2.376.886.333,00',
      '73%',
    ),
    row(
      956,
      'kegiatan',
      'Kegiatan A.1 Perencanaan, penganggaran, dan evalauasi kinerja PD',
      '790.800,00',
      '785.000,00',
      '99%',
    ),
    row(
      957,
      'subkegiatan',
      'Sub Kegiatan Penyusunan dokumen perencanaan PD',
      '790.800,00',
      '785.000,00',
      '99%',
    ),
    row(
      958,
      'kegiatan',
      'Kegiatan A.1 Administrasi keuangan PD',
      '2.611.733.686,00',
      '1.805.689.729,00',
      '69%',
    ),
    row(
      959,
      'subkegiatan',
      'Sub Kegiatan Penyediaan gaji dan tunjangan ASN',
      '2.509.848.686,00',
      '1.711.444.729,00',
      '68%',
    ),
    row(
      960,
      'subkegiatan',
      'Sub Kegiatan Pelaksanaan penatausahaan',
      '101.160.000,00',
      '93.520.000,00',
      '92%',
    ),
    row(
      961,
      'kegiatan',
      'Kegiatan A.1 Administrasi umum PD',
      '43.328.700,00',
      '38.034.400,00',
      '88%',
    ),
    row(
      962,
      'subkegiatan',
      'Sub Kegiatan penyediaan komponen instalasi Listrik',
      '3.265.000,00',
      '3.170.000,00',
      '97%',
    ),
    row(
      965,
      'subkegiatan',
      'Sub Kegiatan Penyediaan peralatan dan perlengkapan kantor',
      '6.402.400,00',
      '5.150.000,00',
      '80%',
    ),
    row(
      966,
      'subkegiatan',
      'Sub Kegiatan Penyediaan Bahan Logistik Kantor',
      '40.063.700,00',
      '34.864.400,00',
      '87%',
    ),
    row(
      967,
      'kegiatan',
      'A.1 Kegiatan Penyediaan jasa penunjang urusan pemerintah daerah',
      '527.512.751,00',
      '477.502.204,00',
      '91%',
    ),
    row(
      968,
      'subkegiatan',
      'Penyediaan jasa komunikasi, sumber daya air dan listrik',
      '37.423.151,00',
      '35.955.661,00',
      '96%',
    ),
    row(
      969,
      'subkegiatan',
      'Penyediaan jasa peralatan dan perlengkapan kantor',
      '10.000.000,00',
      '10.000.000,00',
      '100%',
    ),
    row(
      970,
      'subkegiatan',
      'Penyediaan jasa pelayanan umum kantor',
      '480.089.600,00',
      '431.546.543,00',
      '90%',
    ),
    row(
      971,
      'kegiatan',
      'Kegiatan A1 Pemeliharaan Barang milik daerah',
      '63.072.800,00',
      '54.875.000,00',
      '87%',
    ),
    row(
      972,
      'subkegiatan',
      'Sub Kegiatan kendaraan perorangan dinas',
      '39.786.400,00',
      '35.750.000,00',
      '90%',
    ),
    row(
      973,
      'subkegiatan',
      'Sub Kegiatan kendaraan dinas operasional',
      '14.786.400,00',
      '10.750.000,00',
      '73%',
    ),
    row(
      974,
      'subkegiatan',
      'Sub Kegiatan Pemeliharaan / Rehabilitasi Gedung kantor',
      '8.500.000,00',
      '8.375.000,00',
      '99%',
    ),
    row(977, 'total', 'Total', '3.246.438.737,00', '2.376.886.333,00', '73%'),
    row(
      978,
      'program',
      'PROGRAM PENYELENGGARA AN PEMERINTAHAN DAN PELAYANAN PUBLIK',
      '555.120.000,00',
      '546.800.000,00',
      '99%',
    ),
    row(
      979,
      'kegiatan',
      'Kegiatan A.2 Koordinasi penyelenggaraan kegiatan pemerintahan',
      '545.040.000,00',
      '543.600.000,00',
      '99%',
    ),
    row(
      980,
      'subkegiatan',
      'Sub Kegiatan Peningkatan efektifitas kegiatan pemerintahan',
      '545.040.000,00',
      '543.600.000,00',
      '99%',
    ),
    row(
      981,
      'kegiatan',
      'Kegiatan A.1 Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat',
      '10.080.000,00',
      '3.200.000,00',
      '32%',
    ),
    row(
      982,
      'subkegiatan',
      'Sub Kegiatan Pelaksanaan Urusan Pemerintahan yang Terkait dengan Kewenangan Lain',
      '10.080.000,00',
      '3.200.000,00',
      '32%',
    ),
    row(983, 'total', 'Total', '555.120.000,00', '546.800.000,00', '99%'),
  ];
}

describe('Semboro Tabel 3.10 (S955–983): exactly the audit’s mismatches, nothing else', () => {
  test('S958 and S961 kegiatan ≠ Σ sub rows; S979–980 99% is a truncated 99,74', () => {
    const { findings } = run(semboro());
    expect(brief(findings)).toEqual(
      [
        // S958: 2.509.848.686 + 101.160.000 = 2.611.008.686 ≠ 2.611.733.686; 1.804.964.729 ≠ 1.805.689.729
        'TOTAL_MISMATCH C958',
        'TOTAL_MISMATCH D958',
        // S961: 3.265.000 + 6.402.400 + 40.063.700 = 49.731.100 ≠ 43.328.700; 43.184.400 ≠ 38.034.400
        'TOTAL_MISMATCH C961',
        'TOTAL_MISMATCH D961',
        // S979–980: 543.600.000 / 545.040.000 = 99,74 → 100, printed 99
        'SERAPAN_MISMATCH E979',
        'SERAPAN_MISMATCH E980',
      ].sort(),
    );
  });

  test('the S961 message gives both amounts and the difference in rupiah', () => {
    const f = run(semboro()).findings.find((x) => x.cell === 'C961')!;
    expect(f.message).toContain('Rp 43.328.700');
    expect(f.message).toContain('Rp 49.731.100');
    expect(f.message).toContain('-Rp 6.402.400');
  });

  test('S979 is said to be dipotong; severities follow §7', () => {
    const fs = run(semboro()).findings;
    const s = fs.find((x) => x.cell === 'E979')!;
    expect(s.message).toMatch(/dipotong/);
    expect(s.message).toContain('99,74');
    expect(s.severity).toBe('error');
    expect(fs.find((x) => x.code === 'TOTAL_MISMATCH')!.severity).toBe('error');
    expect(s.pk).toBe('PK 2024');
    expect(s.sheet).toBe(SHEET);
  });

  test('S955 program = Σ kegiatan as printed (3.246.438.737 / 2.376.886.333): no finding on it', () => {
    const cells = run(semboro()).findings.map((f) => f.cell);
    expect(cells).not.toContain('C955');
    expect(cells).not.toContain('D955');
  });
});

describe('a program listed under two sasaran counts once in a JUMLAH (§6)', () => {
  // G D.3 #29: Program 3 (254.187.300 / 248.833.850, G1220) supports both the IKM sasaran and the
  // Fasilitasi sasaran; Program 2 is G1212 (744.112.000 / 741.619.000).
  const twoSasaran = (jumlahPagu: string, jumlahReal: string) => [
    row(
      1,
      'program',
      'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK',
      '744.112.000',
      '741.619.000',
      '99,66%',
      {
        kode: '2',
        sasaran: [1],
      },
    ),
    row(
      2,
      'program',
      'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN',
      '254.187.300',
      '248.833.850',
      '97,89%',
      {
        kode: '3',
        sasaran: [1],
      },
    ),
    row(
      3,
      'program',
      'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN',
      '254.187.300',
      '248.833.850',
      '97,89%',
      {
        kode: '3',
        sasaran: [2],
      },
    ),
    row(4, 'total', 'J U M L A H', jumlahPagu, jumlahReal),
  ];

  test('744.112.000 + 254.187.300 = 998.299.300 and 741.619.000 + 248.833.850 = 990.452.850 are right', () => {
    const { findings, results } = run(twoSasaran('998.299.300', '990.452.850'));
    expect(findings).toEqual([]);
    expect(results[3].serapan).toBeCloseTo((990452850 / 998299300) * 100, 8);
  });

  test('counting Program 3 twice (1.252.486.600) is TOTAL_MISMATCH', () => {
    const { findings } = run(twoSasaran('1.252.486.600', '990.452.850'));
    expect(brief(findings)).toEqual(['TOTAL_MISMATCH C4']);
    expect(findings[0].message).toContain('Rp 998.299.300');
  });

  test('without a kode the name decides (case, spacing and "dan" ignored)', () => {
    const rows = twoSasaran('998.299.300', '990.452.850');
    for (const r of rows) r.kode = null;
    rows[2].nama = 'Program Pemberdayaan Masyarakat Desa  dan Kelurahan';
    expect(run(rows).findings).toEqual([]);
  });

  test('programKey: kode first, else the normalised name', () => {
    expect(programKey({ kode: '3', nama: 'x' })).toBe('k:3');
    expect(
      programKey({ kode: null, nama: 'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN' }),
    ).toBe(programKey({ kode: null, nama: 'Program Pemberdayaan Masyarakat Desa dan Kelurahan' }));
  });
});

describe('REALISASI_OVER_PAGU', () => {
  test('realisasi equal to pagu is not over (A924: 78.511.800 / 78.511.800)', () => {
    const { findings, results } = run([
      row(924, 'subkegiatan', 'Penyediaan Peralatan', '78.511.800', '78.511.800', '100%'),
    ]);
    expect(findings).toEqual([]);
    expect(results[0].serapan).toBe(100);
    expect(results[0].sisa).toBe(0);
  });

  test('one rupiah over (S981 pagu 10.080.000) is a warning on the realisasi cell', () => {
    const { findings, results } = run([
      row(981, 'kegiatan', 'Pelaksanaan Urusan Pemerintahan', '10.080.000', '10.080.001'),
    ]);
    expect(brief(findings)).toEqual(['REALISASI_OVER_PAGU D981']);
    expect(findings[0].severity).toBe('warning');
    expect(results[0].sisa).toBe(-1);
    expect(results[0].serapan).toBeGreaterThan(100); // serapan is never capped
  });
});

describe('typed sisa', () => {
  test('A862 sisa 288.051.908 is right; 288.051.900 is TOTAL_MISMATCH', () => {
    const ok = row(
      862,
      'program',
      'Program Penunjang',
      'Rp 2.941.063.617',
      'Rp 2.653.011.709',
      '90,21%',
      {
        sisa: '288.051.908',
      },
    );
    expect(run([ok]).findings).toEqual([]);
    const wrong = row(
      862,
      'program',
      'Program Penunjang',
      'Rp 2.941.063.617',
      'Rp 2.653.011.709',
      '90,21%',
      {
        sisa: '288.051.900',
      },
    );
    expect(brief(run([wrong]).findings)).toEqual(['TOTAL_MISMATCH F862']);
  });
});

describe('Rata-rata row: a mean of the rows’ serapan, checked as one', () => {
  // A862, A879, A888, A896: 90,2059 + 99,1725 + 82,3705 + 89,2716 → mean 90,2551
  const programs = () => [
    row(862, 'program', 'Program Penunjang', 'Rp 2.941.063.617', 'Rp 2.653.011.709', '90,21%'),
    row(
      879,
      'program',
      'Program Penyelenggaraan',
      'Rp 1.041.115.000',
      'Rp 1.032.500.000',
      '99,17%',
    ),
    row(888, 'program', 'Program Pemberdayaan', 'Rp 236.227.800', 'Rp 194.582.000', '82,37%'),
    row(
      896,
      'program',
      'Program Koordinasi Ketentraman',
      'Rp 273.664.376',
      'Rp 244.304.640',
      '89,27%',
    ),
  ];

  test('typed 90,26% is right', () => {
    const { findings, results } = run([
      ...programs(),
      row(900, 'rata', 'Rata-rata', '', '', '90,26%'),
    ]);
    expect(findings).toEqual([]);
    expect(results[4].serapan).toBeCloseTo(90.255125, 5);
  });

  test('the weighted 91,82% (A1436) typed in a Rata-rata row is SERAPAN_MISMATCH', () => {
    const { findings } = run([...programs(), row(900, 'rata', 'Rata-rata', '', '', '91,82%')]);
    expect(brief(findings)).toEqual(['SERAPAN_MISMATCH E900']);
  });

  test('a JUMLAH row over the same programs is weighted: 4.124.398.349 / 4.492.070.793 = 91,82 (A1436)', () => {
    const { findings, results } = run([
      ...programs(),
      row(1436, 'total', 'Jumlah', 'Rp 4.492.070.793', 'Rp 4.124.398.349', '91,82%'),
    ]);
    expect(findings).toEqual([]);
    expect(results[4].serapan).toBeCloseTo(91.815079, 5);
  });
});

describe('pagu 0', () => {
  test('S472 Pengadaan Pakaian Dinas 0,00 / 0,00: no serapan, no finding', () => {
    const { findings, results } = run([
      row(472, 'subkegiatan', 'Pengadaan Pakaian Dinas', '0,00', '0,00'),
    ]);
    expect(findings).toEqual([]);
    expect(results[0].serapan).toBeNull();
    expect(results[0].sisa).toBe(0);
  });
});

test('a budget table of 150 000 rows does not overflow the call stack', () => {
  const row = (i: number): BudgetRow => ({
    key: String(i),
    level: 'subkegiatan',
    kode: null,
    nama: `Sub Kegiatan ${i}`,
    parent: null,
    pagu: parseCell({ v: 1000 }),
    realisasi: parseCell({ v: 900 }),
    persen: parseCell(null),
    sisa: parseCell(null),
    refs: { pagu: null, realisasi: null, persen: null, sisa: null, nama: null },
    sasaran: [],
    pk: null,
    jenisBelanja: null,
    belanjaOperasi: null,
    belanjaModal: null,
  });
  const rows = Array.from({ length: 150_000 }, (_, i) => row(i));
  const out = computeBudget(rows, new FindingList(), { pk: null });
  // 900 / 1000 × 100 on every row.
  expect(out[149_999].serapan).toBe(90);
});
