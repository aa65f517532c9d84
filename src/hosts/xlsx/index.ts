/**
 * The xlsx host for Node (the `capaian` command, scripts, tests): the browser-safe core plus
 * file access.
 */
import { promises as fs } from 'fs';
import nodePath from 'path';
import type ExcelJS from 'exceljs';
import { loadWorkbook, toGrid, XlsxOpenError, type XlsxRead } from './core';

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

/**
 * Write a file so that a run cut off halfway never damages what stood there (WORKBOOK.md rule 9):
 * the bytes go to a temporary file beside the destination, which is then renamed into place.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const dir = nodePath.dirname(path);
  const tmp = nodePath.join(dir, `.${nodePath.basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, path);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}

export async function saveWorkbook(wb: ExcelJS.Workbook, path: string): Promise<void> {
  const bytes = await wb.xlsx.writeBuffer();
  await writeFileAtomic(path, new Uint8Array(bytes as ArrayBuffer));
}

/**
 * The grid of a workbook that is only read (check, report, the batch): exceljs' workbook is let
 * go as soon as the grid is made, so the analysis runs without it in memory — a garbage
 * collection during the analysis would otherwise walk the whole exceljs workbook.
 */
export async function readOnlyGrid(path: string): Promise<XlsxRead> {
  return toGrid(await loadWorkbook(await readFileBytes(path), nodePath.basename(path)));
}
