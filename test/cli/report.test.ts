/**
 * `capaian report FILE.xlsx -o OUT.docx` and `capaian compute … --laporan`: the same exit-code
 * rules as check/compute, the input never modified, the report sheets replaced on a second run.
 */
import { cli } from '../helpers/cli';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { REPORT_MARKER } from '../../src/workbook/report-sheets';

const root = path.join(__dirname, '..', '..');
const ambulu = path.join(root, 'assets', 'ambulu-2024.xlsx');
const semboro = path.join(root, 'assets', 'semboro-2025.xlsx');

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'capaian-report-'));
});

test('report writes a .docx; exit 1 for error findings as check does; the input is untouched', async () => {
  const before = await fs.readFile(ambulu);
  const out = path.join(dir, 'ambulu.docx');
  const r = await cli(['report', ambulu, '-o', out]);
  expect(r.code).toBe(1);
  expect((await cli(['check', ambulu])).code).toBe(r.code);
  const bytes = await fs.readFile(out);
  expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
  expect(r.out).toMatch(
    /Ditulis: .*ambulu\.docx \(draf Bab III dan Bab IV: 1 perjanjian kinerja, \d+ tabel/,
  );
  expect(Buffer.compare(await fs.readFile(ambulu), before)).toBe(0);
});

test.each([
  [['report', ambulu], /-o LAPORAN\.docx/],
  [['report', ambulu, '-o', 'x.xlsx'], /berakhiran \.docx/],
  [['report', path.join(root, 'assets', 'tidak-ada.xlsx'), '-o', 'x.docx'], /tidak ditemukan/],
  [['check', ambulu, '--laporan'], /--laporan hanya untuk perintah compute/],
])('exit 2 for %j', async (args, message) => {
  const r = await cli(args as string[]);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(message);
});

test('report on a file that is not a workbook: exit 2 with the reader’s message', async () => {
  const bad = path.join(dir, 'bukan.xlsx');
  await fs.writeFile(bad, 'bukan buku kerja');
  const r = await cli(['report', bad, '-o', path.join(dir, 'bukan.docx')]);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/bukan buku kerja Excel/);
});

test('compute --laporan adds the report sheets; a second run replaces them under the same names', async () => {
  const before = await fs.readFile(semboro);
  const out1 = path.join(dir, 'semboro-1.xlsx');
  const r1 = await cli(['compute', semboro, '-o', out1, '--laporan']);
  expect(r1.code).toBe((await cli(['check', semboro])).code);
  expect(r1.out).toContain('Lembar laporan: LKjIP Skala PK1, LKjIP Capaian PK1');
  expect(Buffer.compare(await fs.readFile(semboro), before)).toBe(0);

  const wb1 = new ExcelJS.Workbook();
  await wb1.xlsx.readFile(out1);
  const ours1 = wb1.worksheets.filter((w) => w.name.startsWith('LKjIP ')).map((w) => w.name);
  // Five tables per PK, the Narasi, and the list of findings.
  expect(ours1).toHaveLength(12);
  expect(ours1[11]).toBe('LKjIP Temuan');
  for (const n of ours1.slice(0, 11))
    expect(wb1.getWorksheet(n)!.getCell('A2').value).toBe(REPORT_MARKER);
  // Hitung's fills are still there.
  expect(wb1.getWorksheet('_capaian')!.state).toBe('hidden');

  const out2 = path.join(dir, 'semboro-2.xlsx');
  const r2 = await cli(['compute', out1, '-o', out2, '--laporan']);
  expect(r2.code).toBe(r1.code);
  const wb2 = new ExcelJS.Workbook();
  await wb2.xlsx.readFile(out2);
  expect(wb2.worksheets.filter((w) => w.name.startsWith('LKjIP ')).map((w) => w.name)).toEqual(
    ours1,
  );
  expect(r2.out).not.toContain('(2)');
});
