/**
 * Saving settings to the Pengaturan sheet (WORKBOOK.md "Pengaturan"): the reader must read back
 * exactly the settings saved — on a new sheet, on an existing one updated in place, with a custom
 * scale, after switching scales — and nothing else on the sheet changes.
 */
import path from 'path';
import ExcelJS from 'exceljs';
import { applyPlan, loadWorkbook, readFileBytes, toGrid } from '../../src/hosts/xlsx';
import { DEFAULT_SETTINGS, type Settings } from '../../src/engine/model';
import { buildCustomScale, SCALE_JEMBER, type CustomBandInput } from '../../src/engine/scales';
import { buildPlan } from '../../src/workbook/plan';
import { analyze } from '../../src/workbook/analyze';
import {
  bandsOfScale,
  buildSettingsPlan,
  settingsOf,
  SETTINGS_SHEET,
} from '../../src/workbook/settings-plan';

const root = path.join(__dirname, '..', '..');

function save(wb: ExcelJS.Workbook, s: Settings, bands?: CustomBandInput[]) {
  const before = toGrid(wb).grid;
  const plan = buildSettingsPlan(before, s, bands);
  applyPlan(wb, plan);
  return { plan, grid: toGrid(wb).grid };
}

/** The fields the Pengaturan sheet holds, for comparison. */
function fields(s: Settings) {
  return {
    skala: s.skala,
    batasAtasCapaian: s.batasAtasCapaian,
    rumusNegatif: s.rumusNegatif,
    metodeEfisiensi: s.metodeEfisiensi,
    instansi: s.instansi ?? null,
    kabupaten: s.kabupaten ?? null,
    tahun: s.tahun ?? null,
    bands:
      s.skala === 'kustom'
        ? (s.skalaKustom?.bands ?? []).map((b) => [b.min, b.minInclusive, b.label, b.fill])
        : null,
  };
}

const ISTIMEWA: CustomBandInput[] = [
  { interval: '>110', label: 'Istimewa', colour: 'biru tua' },
  { interval: '>90 s/d 110', label: 'Baik', colour: '#00B050' },
  { interval: '>70 s/d 90', label: 'Butuh Perbaikan', colour: 'kuning muda' },
  { interval: '>50 s/d 70', label: 'Kurang', colour: null },
  { interval: '≤ 50', label: 'Sangat Kurang', colour: 'merah' },
];
const EMPAT: CustomBandInput[] = [
  { interval: '> 100', label: 'Sangat Baik', colour: 'biru muda' },
  { interval: '76 - 100', label: 'Baik', colour: 'hijau' },
  { interval: '55 – 75', label: 'Cukup', colour: 'kuning' },
  { interval: '< 55', label: 'Kurang', colour: 'merah' },
];

function withKustom(s: Settings, bands: CustomBandInput[]): Settings {
  const built = buildCustomScale(bands);
  expect(built.problems).toEqual([]);
  return { ...s, skala: 'kustom', skalaKustom: built.scale };
}

const VARIANTS: Settings[] = [
  { ...DEFAULT_SETTINGS },
  {
    skala: 'permendagri86-91',
    batasAtasCapaian: 120,
    rumusNegatif: 'T/R',
    metodeEfisiensi: 'selisih-5',
    instansi: 'Kecamatan Semboro',
    kabupaten: 'Jember',
    tahun: 2025,
  },
  { skala: 'akip', batasAtasCapaian: 100, rumusNegatif: '2T-R', metodeEfisiensi: 'rasio' },
  { ...DEFAULT_SETTINGS, metodeEfisiensi: 'pmk', tahun: 2024 },
];

describe('a workbook without a Pengaturan sheet', () => {
  function blank(): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('PK').getCell('A1').value = 'Perjanjian Kinerja';
    return wb;
  }

  test.each(VARIANTS.map((v) => [v.skala, v] as const))(
    'creates the sheet and reads back %s settings exactly',
    (_, s) => {
      const wb = blank();
      const { plan, grid } = save(wb, s);
      expect(plan.sheets?.map((x) => x.name)).toEqual([SETTINGS_SHEET]);
      expect(plan.removeSheets ?? []).toEqual([]);
      expect(fields(settingsOf(grid))).toEqual(fields(s));
      // The label rows are what WORKBOOK.md lists.
      const rows = grid.sheets.find((g) => g.name === SETTINGS_SHEET)!.rows;
      const labels = rows.map((r) => r[0]?.v).filter((v) => typeof v === 'string');
      expect(labels).toEqual(
        expect.arrayContaining([
          'Instansi',
          'Kabupaten',
          'Tahun',
          'Skala',
          'Batas Atas Capaian',
          'Rumus Polaritas Negatif',
          'Metode Efisiensi',
        ]),
      );
    },
  );

  test('a custom scale is written as an Interval | Kriteria | Warna table and read back', () => {
    const wb = blank();
    const s = withKustom({ ...DEFAULT_SETTINGS }, ISTIMEWA);
    const { grid } = save(wb, s, ISTIMEWA);
    expect(fields(settingsOf(grid))).toEqual(fields(s));
    const rows = grid.sheets.find((g) => g.name === SETTINGS_SHEET)!.rows;
    const header = rows.findIndex((r) => r[0]?.v === 'Interval');
    expect(rows[header].map((c) => c?.v)).toEqual(['Interval', 'Kriteria', 'Warna']);
    expect(rows[header + 1].map((c) => c?.v)).toEqual(['>110', 'Istimewa', 'biru tua']);
    // No SCALE_INVALID for a valid table.
    expect(analyze(grid).findings.filter((f) => f.code === 'SCALE_INVALID')).toEqual([]);
  });

  test('Kustom without bands given starts from the preset bands', () => {
    const wb = blank();
    const { grid } = save(wb, { ...DEFAULT_SETTINGS, skala: 'kustom' });
    const read = settingsOf(grid);
    expect(read.skala).toBe('kustom');
    expect(read.skalaKustom?.bands.map((b) => [b.label, b.fill])).toEqual(
      SCALE_JEMBER.bands.map((b) => [b.label, b.fill]),
    );
  });

  test('keeps the hidden record of earlier runs', async () => {
    const wb = await loadWorkbook(
      await readFileBytes(path.join(root, 'assets', 'semboro-2025.xlsx')),
    );
    const first = toGrid(wb, { styles: true });
    const a = analyze(first.grid);
    applyPlan(wb, buildPlan(first.grid, a.results, a.findings, first.styles));
    const recordBefore = toGrid(wb).grid.sheets.find((g) => g.name === '_capaian');
    expect(recordBefore).toBeDefined();
    save(wb, { ...DEFAULT_SETTINGS, batasAtasCapaian: 100 });
    const recordAfter = toGrid(wb).grid.sheets.find((g) => g.name === '_capaian');
    expect(recordAfter?.rows.length).toBe(recordBefore!.rows.length);
  });
});

describe('an existing Pengaturan sheet (Ambulu sample) is updated in place', () => {
  let wb: ExcelJS.Workbook;
  beforeEach(async () => {
    wb = await loadWorkbook(await readFileBytes(path.join(root, 'assets', 'ambulu-2024.xlsx')));
    // A planner's own note beside the settings must survive.
    wb.getWorksheet('Pengaturan')!.getCell('D2').value = 'catatan saya';
  });

  test.each(VARIANTS.map((v) => [v.skala, v] as const))(
    'writes only value cells and reads back %s settings exactly',
    (_, s) => {
      const before = toGrid(wb).grid;
      const { plan, grid } = save(wb, s);
      expect(plan.sheets ?? []).toEqual([]);
      expect(plan.writes.every((w) => w.sheet === 'Pengaturan')).toBe(true);
      expect(plan.writes.every((w) => w.cell.startsWith('B'))).toBe(true);
      expect(fields(settingsOf(grid))).toEqual(
        fields({
          ...s,
          instansi: s.instansi === undefined ? 'Kecamatan Ambulu' : s.instansi,
          kabupaten: s.kabupaten === undefined ? 'Jember' : s.kabupaten,
          tahun: s.tahun === undefined ? 2024 : s.tahun,
        }),
      );
      expect(grid.sheets.map((g) => g.name)).toEqual(before.sheets.map((g) => g.name));
      const p = grid.sheets.find((g) => g.name === 'Pengaturan')!;
      expect(p.rows[1][3]?.v).toBe('catatan saya');
      expect(p.rows[0][0]?.v).toBe('Instansi');
    },
  );

  test('saving the same settings twice writes nothing the second time', () => {
    const s: Settings = { ...DEFAULT_SETTINGS, batasAtasCapaian: 120 };
    save(wb, s);
    const { plan } = save(wb, s);
    expect(plan.writes).toEqual([]);
  });

  test('switching to Kustom adds the table, shrinking it clears the old rows, switching back keeps it', () => {
    const five = withKustom({ ...DEFAULT_SETTINGS }, ISTIMEWA);
    let g = save(wb, five, ISTIMEWA).grid;
    expect(fields(settingsOf(g))).toEqual(
      fields({ ...five, instansi: 'Kecamatan Ambulu', kabupaten: 'Jember', tahun: 2024 }),
    );
    const four = withKustom({ ...DEFAULT_SETTINGS }, EMPAT);
    g = save(wb, four, EMPAT).grid;
    expect(fields(settingsOf(g))).toEqual(
      fields({ ...four, instansi: 'Kecamatan Ambulu', kabupaten: 'Jember', tahun: 2024 }),
    );
    const p = g.sheets.find((x) => x.name === 'Pengaturan')!;
    const header = p.rows.findIndex((r) => r[0]?.v === 'Interval');
    // The fifth band row of the old table is gone.
    expect((p.rows[header + 5] ?? []).filter((c) => c && c.v !== null).length).toBe(0);
    // Back to a preset: the custom table stays (ignored), the preset is read.
    g = save(wb, { ...DEFAULT_SETTINGS }).grid;
    expect(settingsOf(g).skala).toBe('permendagri86-jember');
    expect(settingsOf(g).skalaKustom ?? null).toBeNull();
    // …and Kustom again without bands uses the table on the sheet.
    g = save(wb, { ...DEFAULT_SETTINGS, skala: 'kustom' }).grid;
    expect(settingsOf(g).skalaKustom?.bands.map((b) => b.label)).toEqual(EMPAT.map((b) => b.label));
  });

  test('labels missing from a sheet are added above its custom table, moving it when needed', () => {
    const ws = wb.getWorksheet('Pengaturan')!;
    // A planner's sheet: two labels, then the custom table right below.
    for (let r = 1; r <= 10; r++) for (let c = 1; c <= 4; c++) ws.getCell(r, c).value = null;
    ws.getCell('A1').value = 'Skala';
    ws.getCell('B1').value = 'Kustom';
    ws.getCell('A2').value = 'Metode Efisiensi';
    ws.getCell('B2').value = 'rasio';
    ws.getCell('A4').value = 'Interval';
    ws.getCell('B4').value = 'Kriteria';
    ws.getCell('C4').value = 'Warna';
    EMPAT.forEach((b, i) => {
      ws.getCell(5 + i, 1).value = b.interval;
      ws.getCell(5 + i, 2).value = b.label;
      ws.getCell(5 + i, 3).value = b.colour ?? null;
    });
    const s: Settings = {
      ...withKustom({ ...DEFAULT_SETTINGS }, EMPAT),
      batasAtasCapaian: 100,
      rumusNegatif: 'T/R',
      instansi: 'Kecamatan Ambulu',
      tahun: 2024,
    };
    const { grid } = save(wb, s);
    expect(fields(settingsOf(grid))).toEqual(fields({ ...s, kabupaten: null }));
    const p = grid.sheets.find((x) => x.name === 'Pengaturan')!;
    const header = p.rows.findIndex((r) => r[0]?.v === 'Interval');
    expect(header).toBeGreaterThan(3);
  });

  test('bandsOfScale gives rows that build the same scale', () => {
    const built = buildCustomScale(bandsOfScale(SCALE_JEMBER));
    expect(built.scale?.bands.map((b) => [b.min, b.minInclusive, b.label, b.fill])).toEqual(
      SCALE_JEMBER.bands.map((b) => [b.min, b.minInclusive, b.label, b.fill]),
    );
  });
});
