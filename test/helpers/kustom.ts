/**
 * The Ambulu 2024 sample with a custom scale in its Pengaturan sheet (`Skala | Kustom` and an
 * `Interval | Kriteria | Warna` table under it), for the settings tests of the pane and the page.
 */
import path from 'path';
import type ExcelJS from 'exceljs';
import { loadWorkbook, readFileBytes } from '../../src/hosts/xlsx';

const root = path.join(__dirname, '..', '..');

export async function ambuluWithScale(bands: string[][]): Promise<ExcelJS.Workbook> {
  const wb = await loadWorkbook(await readFileBytes(path.join(root, 'assets', 'ambulu-2024.xlsx')));
  const ws = wb.getWorksheet('Pengaturan')!;
  ws.getCell('B4').value = 'Kustom';
  ['Interval', 'Kriteria', 'Warna'].forEach((h, c) => (ws.getCell(9, 1 + c).value = h));
  bands.forEach((row, i) => row.forEach((v, c) => (ws.getCell(10 + i, 1 + c).value = v)));
  return wb;
}
