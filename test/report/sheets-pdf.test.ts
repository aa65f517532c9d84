/**
 * The generated `LKjIP …` sheets on paper (NARRATIVE.md "Print"): for each sample, `capaian
 * compute --laporan` writes the workbook and LibreOffice Calc prints each generated sheet
 * (test/helpers/sheets-pdf.ts). Every sheet: landscape pages, one page wide (every page shows
 * something of the first two columns), the header rows on every page (the table's first and last
 * column headers; the report title on `LKjIP Narasi`), `LKjIP Skala` on exactly one page. Before
 * the print setup, Skala printed portrait over three pages and Rekap Predikat over two, with the
 * header on the first page only. Page pictures: test-results/sheets/.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { GENERATED_PREFIX } from '../../src/workbook/sheets';
import { cli } from '../helpers/cli';
import { printMissing, printProblems, printSheets } from '../helpers/sheets-pdf';
import { root } from './samples';

if (printMissing.length) {
  console.warn(
    `Tes cetak lembar dilewati: ${printMissing.join(', ')} tidak ditemukan (apt-get install -y --no-install-recommends libreoffice-calc poppler-utils).`,
  );
}
const withOffice = printMissing.length ? test.skip : test;

describe.each(['semboro-2025', 'gumukmas-2025', 'ambulu-2024'])(
  '%s printed by LibreOffice',
  (name) => {
    withOffice(
      'every generated sheet: landscape, one page wide, header rows repeated, LKjIP Skala on one page',
      async () => {
        const dir = await fs.mkdtemp(path.join(os.tmpdir(), `lembar-xlsx-${name}-`));
        const xlsx = path.join(dir, `${name}.xlsx`);
        const input = path.join(root, 'assets', `${name}.xlsx`);
        const r = await cli(['compute', input, '-o', xlsx, '--laporan']);
        expect(r.err).toBe('');
        const printed = await printSheets(xlsx, name);
        await fs.rm(dir, { recursive: true, force: true });
        expect(printed.length).toBeGreaterThanOrEqual(6);
        expect(printed.flatMap(printProblems)).toEqual([]);
        expect(printed.some((p) => p.sheet.startsWith(`${GENERATED_PREFIX}Skala`))).toBe(true);
      },
      300000,
    );
  },
);
