/**
 * `capaian compute` on the Ambulu 2024 sample: fills, colours, corrections on request and
 * their undo, Hapus Warna, and the input never modified.
 */
import { cli, openXlsx as open } from '../helpers/cli';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { applyPlan, loadWorkbook, toGrid } from '../../src/hosts/xlsx';
import { analyze } from '../../src/workbook/analyze';
import { buildClearPlan, buildPlan, readRecord } from '../../src/workbook/plan';
import { buildReportPlan } from '../../src/workbook/report-sheets';

const root = path.join(__dirname, '..', '..');
const ambulu = path.join(root, 'assets', 'ambulu-2024.xlsx');

const fillOf = (c: ExcelJS.Cell) =>
  (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? null;

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'capaian-cli-'));
});

test('check: the summary names the PKs and the exit code is 1 for error findings', async () => {
  const r = await cli(['check', ambulu]);
  expect(r.code).toBe(1);
  expect(r.out).toContain('PK Perubahan — tahun 2024, Renstra 2021-2026 (perubahan)');
  expect(r.out).toContain('PK — tahun 2024, Renstra 2021-2026 (awal): digantikan, tidak diukur.');
  // A612: 84,27 / 82 = 102,77 %, typed 102 → truncated.
  expect(r.out).toMatch(/Realisasi!F11: .*102,77% \(tampaknya dipotong, bukan dibulatkan\)/);
});

test('compute fills empty cells and colours them, keeps typed values, leaves the input alone', async () => {
  const before = await fs.readFile(ambulu);
  const out = path.join(dir, 'hasil.xlsx');
  const r = await cli(['compute', ambulu, '-o', out]);
  expect(r.code).toBe(1);
  expect(Buffer.compare(await fs.readFile(ambulu), before)).toBe(0);
  const wb = await open(out);
  const ws = wb.getWorksheet('Realisasi')!;
  // The wrong SAKIP capaian keeps its typed value and its fill (A612).
  expect(ws.getCell('F11').value).toBe('102%');
  expect(fillOf(ws.getCell('F11'))).not.toBe('FF9BC2E6');
  // The correct IKM capaian (A609: 83,63/82 = 101,99, typed 102) is coloured Sangat Tinggi.
  expect(fillOf(ws.getCell('F8'))).toBe('FF9BC2E6');
  // Program table: the empty % cell of Program Penunjang is filled with 90,21 (A862: 2.653.011.709 / 2.941.063.617).
  const prog = wb.getWorksheet('Realisasi')!;
  let found = false;
  prog.eachRow((row) => {
    row.eachCell((c) => {
      if (typeof c.value === 'number' && Math.abs(c.value - 90.21) < 1e-9 && c.numFmt === '0.00')
        found = true;
    });
  });
  expect(found).toBe(true);
});

test('--perbaiki writes the computed value into the named cell and --batalkan restores it', async () => {
  const fixed = path.join(dir, 'diperbaiki.xlsx');
  const r = await cli(['compute', ambulu, '-o', fixed, '--perbaiki', 'Realisasi!F11']);
  expect(r.out).toContain('1 diperbaiki');
  const wb = await open(fixed);
  // 84,27 / 82 × 100 = 102,768… → 102,77
  expect(wb.getWorksheet('Realisasi')!.getCell('F11').value).toBe(102.77);
  expect(fillOf(wb.getWorksheet('Realisasi')!.getCell('F11'))).toBe('FF9BC2E6');
  const undone = path.join(dir, 'dibatalkan.xlsx');
  await cli(['compute', fixed, '-o', undone, '--batalkan']);
  const wb2 = await open(undone);
  expect(wb2.getWorksheet('Realisasi')!.getCell('F11').value).toBe('102%');
});

test('Hapus Warna restores every original fill recorded before recolouring', async () => {
  const out = path.join(dir, 'warna.xlsx');
  await cli(['compute', ambulu, '-o', out]);
  const original = await open(ambulu);
  const coloured = await loadWorkbook(await fs.readFile(out), 'warna');
  const plan = buildClearPlan(toGrid(coloured).grid);
  expect(plan.writes.length).toBeGreaterThan(0);
  applyPlan(coloured, plan);
  for (const w of plan.writes) {
    const a = original.getWorksheet(w.sheet)!.getCell(w.cell);
    const b = coloured.getWorksheet(w.sheet)!.getCell(w.cell);
    expect(fillOf(b) ?? null).toBe(fillOf(a) ?? null);
  }
});

test('usage errors give exit code 2 with an Indonesian message', async () => {
  expect((await cli([])).code).toBe(2);
  expect((await cli(['hitung', ambulu])).err).toContain('tidak dikenal');
  expect((await cli(['compute', ambulu])).err).toContain('-o HASIL.xlsx');
  expect((await cli(['compute', ambulu, '-o', ambulu])).code).toBe(2);
});

test('an empty result cell that already had a fill gets it back from Hapus Warna', async () => {
  // Ambulu's Dok indicator (A605: 4 Dok / 4 Dok = 100 %) with its capaian cell emptied and
  // shaded yellow by the planner.
  const wb = await open(ambulu);
  const cell = wb.getWorksheet('Realisasi')!.getCell('F7');
  cell.value = null;
  cell.style = {
    ...cell.style,
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } },
  };
  const input = path.join(dir, 'kuning.xlsx');
  await wb.xlsx.writeFile(input);
  const out = path.join(dir, 'kuning-hasil.xlsx');
  await cli(['compute', input, '-o', out]);
  const computed = await loadWorkbook(await fs.readFile(out), 'kuning-hasil');
  const f7 = computed.getWorksheet('Realisasi')!.getCell('F7');
  expect(f7.value).toBe(100);
  expect(fillOf(f7)).toBe('FF9BC2E6');
  applyPlan(computed, buildClearPlan(toGrid(computed).grid));
  expect(fillOf(computed.getWorksheet('Realisasi')!.getCell('F7'))).toBe('FFFFFF00');
});

test('applying two plans in a row replaces the record instead of appending to it', async () => {
  const wb = await loadWorkbook(await fs.readFile(ambulu), 'ambulu');
  const read = toGrid(wb, { styles: true });
  const a = analyze(read.grid);
  applyPlan(wb, buildPlan(read.grid, a.results, a.findings, read.styles));
  const afterHitung = toGrid(wb);
  const report = buildReportPlan(afterHitung.grid, analyze(afterHitung.grid));
  applyPlan(wb, report);
  const record = readRecord(toGrid(wb).grid);
  expect(record).toEqual(report.record);
  expect(record.filter((e) => e.kind === 'lembar').length).toBe(report.sheets!.length);
});

test('a predicate row the planner already ticked is not ticked a second time', async () => {
  const out = path.join(dir, 'centang.xlsx');
  await cli(['compute', ambulu, '-o', out]);
  const ws = (await open(out)).getWorksheet('Realisasi')!;
  // A1223: IKM 101,99 % ticked "Tinggi" (H8); Sangat Tinggi (G8) stays empty, H8 uncoloured.
  expect(ws.getCell('H8').value).toBe('✓');
  expect(ws.getCell('G8').value).toBeNull();
  expect(fillOf(ws.getCell('H8'))).not.toBe('FF9BC2E6');
});
