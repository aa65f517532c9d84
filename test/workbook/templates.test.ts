/**
 * Blank templates (the pane's "Sisipkan templat kosong"): the reader must find their sheets and
 * tables, and only the missing ones are added.
 */
import ExcelJS from 'exceljs';
import { belanjaComposition } from '../../src/engine/budget';
import { applyPlan, toGrid } from '../../src/hosts/xlsx';
import { analyze } from '../../src/workbook/analyze';
import { Sheet } from '../../src/workbook/grid';
import { classifySheet } from '../../src/workbook/sheets';
import { col, tableKind } from '../../src/workbook/table';
import { buildTemplatesPlan, TEMPLATE_SHEETS } from '../../src/workbook/templates';

function blankWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1');
  return wb;
}

describe('buildTemplatesPlan', () => {
  test('a blank workbook gets TC.25, PK and Realisasi', () => {
    const plan = buildTemplatesPlan(toGrid(blankWorkbook()).grid, { tahun: 2025 });
    expect(plan.sheets?.map((s) => s.name)).toEqual(['TC.25', 'PK', 'Realisasi']);
    expect(plan.writes).toEqual([]);
    expect(plan.removeSheets ?? []).toEqual([]);
  });

  test('the reader finds the templates and their tables', () => {
    const wb = blankWorkbook();
    applyPlan(wb, buildTemplatesPlan(toGrid(wb).grid, { tahun: 2025 }));
    const grid = toGrid(wb).grid;
    const classified = grid.sheets.map((g) => classifySheet(new Sheet(g)));
    const kind = (name: string) => classified.find((c) => c.sheet.name === name)!;

    const tc = kind(TEMPLATE_SHEETS.tc25);
    expect(tc.kind).toBe('tc25');
    expect(tc.tables.map(tableKind)).toEqual(['tc25']);
    const years = tc.tables[0].columns
      .filter((c) => c.role.k === 'targetTahun')
      .map((c) => (c.role.k === 'targetTahun' ? c.role.tahun : 0));
    expect(years).toEqual([2025, 2026, 2027, 2028, 2029]);
    for (const k of ['no', 'tujuan', 'sasaran', 'indikator', 'satuan', 'polaritas'] as const)
      expect(col(tc.tables[0], k)).toBeDefined();
    expect(col(tc.tables[0], 'kondisiAwal')).toBeDefined();
    expect(col(tc.tables[0], 'targetAkhir')).toBeDefined();
    expect(col(tc.tables[0], 'kode')).toBeDefined();
    expect(col(tc.tables[0], 'formulasi')).toBeDefined();
    expect(col(tc.tables[0], 'sumberData')).toBeDefined();

    const pk = kind(TEMPLATE_SHEETS.pk);
    expect(pk.kind).toBe('pk');
    expect(pk.tables.map(tableKind)).toEqual(['pk', 'pkProgram']);
    expect(col(pk.tables[0], 'target')).toBeDefined();
    expect(col(pk.tables[1], 'pagu')).toBeDefined();
    expect(col(pk.tables[1], 'sasaran')).toBeDefined();

    const re = kind(TEMPLATE_SHEETS.realisasi);
    expect(re.kind).toBe('realisasi');
    expect(re.tables.map(tableKind)).toEqual(['kinerja', 'anggaran']);
    for (const k of [
      'indikator',
      'target',
      'realisasi',
      'capaian',
      'kriteria',
      'targetAkhir',
      'capaianAkhir',
      'faktorPendorong',
      'faktorPenghambat',
      'solusi',
    ] as const)
      expect(col(re.tables[0], k)).toBeDefined();
    expect(col(re.tables[0], 'benchmarkAngka')?.role).toEqual({
      k: 'benchmarkAngka',
      wilayah: 'kabupaten',
      jenis: 'realisasi',
    });
    // The comparison column is not the realisasi.
    expect(col(re.tables[0], 'realisasi')?.header).toBe('Realisasi');
    for (const k of [
      'program',
      'pagu',
      'realisasiAnggaran',
      'capaian',
      'sisa',
      'jenisBelanja',
    ] as const)
      expect(col(re.tables[1], k)).toBeDefined();

    // The whole reader accepts them: the PK and TC.25 are found, the period comes from the title.
    const a = analyze(grid);
    expect(a.noPk).toBe(false);
    expect(a.sheets.filter((s) => s.kind !== 'other').map((s) => s.name)).toEqual([
      'TC.25',
      'PK',
      'Realisasi',
    ]);
    expect(a.findings.filter((f) => f.code === 'COLUMN_MISSING')).toEqual([]);
    expect(a.results.map((r) => [r.pk.sheet, r.pk.tahun, r.pk.periode])).toEqual([
      ['PK', 2025, '2025-2029'],
    ]);
  });

  test('once filled in, the templates compute like a planner workbook', () => {
    const wb = blankWorkbook();
    applyPlan(wb, buildTemplatesPlan(toGrid(wb).grid, { tahun: 2025 }));
    const tc = wb.getWorksheet('TC.25')!;
    [
      '1',
      'Meningkatnya pelayanan',
      'Meningkatnya kualitas layanan',
      'Indeks Kepuasan Masyarakat',
      'Nilai',
      'Positif',
      80,
      82,
      83,
      84,
      85,
      86,
      86,
      '',
      'Jumlah nilai persepsi per unsur / jumlah unsur × nilai penimbang',
      'E Sukma Kecamatan Ambulu', // A851
    ].forEach((v, i) => (tc.getCell(6, i + 1).value = v));
    const pk = wb.getWorksheet('PK')!;
    [
      1,
      'Meningkatnya kualitas layanan',
      'Indeks Kepuasan Masyarakat',
      82,
      'Nilai',
      'Positif',
    ].forEach((v, i) => (pk.getCell(5, i + 1).value = v));
    const re = wb.getWorksheet('Realisasi')!;
    [1, 'Meningkatnya kualitas layanan', 'Indeks Kepuasan Masyarakat', 'Nilai', 82, 83.63].forEach(
      (v, i) => (re.getCell(4, i + 1).value = v),
    );
    re.getCell(4, 11).value = 87.33; // Realisasi Kabupaten: IKM Kab. Jember (A849)
    // The anggaran table (header on row 16): Program Penyelenggaraan Pemerintahan dan Pelayanan
    // Publik 1.041.115.000 / 1.032.500.000 (A879), belanja operasi.
    expect(re.getCell(16, 7).value).toBe('Jenis Belanja (Operasi / Modal)');
    [
      '7.01.02',
      'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik',
      1041115000,
      1032500000,
      null,
      null,
      'Belanja Operasi',
    ].forEach((v, i) => (re.getCell(17, i + 1).value = v));
    const a = analyze(toGrid(wb).grid);
    const ind = a.results[0].indikator[0];
    expect(ind.input.nama).toBe('Indeks Kepuasan Masyarakat');
    expect(ind.capaian).toBeCloseTo((83.63 / 82) * 100, 6);
    expect(ind.predikat).toBe('Sangat Tinggi');
    expect(ind.input.typedCapaian?.ref).toEqual({ sheet: 'Realisasi', cell: 'G4' });
    expect(ind.input.targetAkhir?.num).toBe(86);
    expect(ind.input.formulasi).toBe(
      'Jumlah nilai persepsi per unsur / jumlah unsur × nilai penimbang',
    );
    expect(ind.input.sumberData).toBe('E Sukma Kecamatan Ambulu');
    expect(ind.input.realisasi.num).toBe(83.63);
    expect(ind.input.benchmarks.map((b) => [b.header, b.jenis, b.value.num])).toEqual([
      ['Realisasi Kabupaten', 'realisasi', 87.33],
    ]);
    expect(belanjaComposition(a.results[0].pk.budget)).toEqual({
      operasi: { pagu: 1_041_115_000, realisasi: 1_032_500_000 },
      modal: null,
      total: 1_041_115_000,
    });
  });

  test('only the missing templates are added, and never over a user sheet', () => {
    const wb = blankWorkbook();
    wb.addWorksheet('Perjanjian Kinerja 2025');
    wb.addWorksheet('Realisasi'); // an empty sheet with the template's name
    const plan = buildTemplatesPlan(toGrid(wb).grid, { tahun: 2025 });
    expect(plan.sheets?.map((s) => s.name)).toEqual(['TC.25']);
    applyPlan(wb, plan);
    expect(buildTemplatesPlan(toGrid(wb).grid).sheets).toEqual([]);
  });

  test('the year defaults to the Pengaturan sheet', () => {
    const wb = blankWorkbook();
    const p = wb.addWorksheet('Pengaturan');
    p.getCell('A1').value = 'Tahun';
    p.getCell('B1').value = 2024;
    p.getCell('A2').value = 'Skala';
    p.getCell('B2').value = 'Permendagri 86/2017';
    const plan = buildTemplatesPlan(toGrid(wb).grid);
    expect(plan.sheets?.find((s) => s.name === 'PK')?.rows[0]).toEqual([
      'Perjanjian Kinerja Tahun 2024',
    ]);
  });
});
