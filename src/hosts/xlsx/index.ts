/**
 * The xlsx host for Node (the `capaian` command, scripts, tests): the browser-safe core plus
 * file access.
 */
import { promises as fs } from 'fs';
import type ExcelJS from 'exceljs';
import { XlsxOpenError } from './core';

export * from './core';

export async function readFileBytes(path: string): Promise<Buffer> {
  try {
    return await fs.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EISDIR')
      throw new XlsxOpenError(`${path} adalah folder, bukan berkas .xlsx.`, 'not-xlsx');
    throw new XlsxOpenError(`Berkas ${path} tidak ditemukan.`, 'not-found');
  }
}

export async function saveWorkbook(wb: ExcelJS.Workbook, path: string): Promise<void> {
  await wb.xlsx.writeFile(path);
}
