/**
 * WORKBOOK.md rule 8 in the Excel host: Hapus Warna puts back a cell's fill and font colour as
 * Office.js reports them — pattern, pattern colour and tints (`getCellProperties`, ExcelApi 1.9;
 * https://learn.microsoft.com/javascript/api/excel/excel.cellpropertiesfill) — not only a solid
 * RGB fill. F8 is the IKM capaian typed 102 % (A609: 83,63 / 82 = 101,99), right, so Hitung
 * colours it Sangat Tinggi.
 */
import type ExcelJS from 'exceljs';
import { hapusWarna, hitung } from '../../src/hosts/excel';
import { toGrid } from '../../src/hosts/xlsx';
import { inMemory, loadSample } from './helpers';

const PROPS = {
  format: {
    fill: {
      color: true,
      pattern: true,
      patternColor: true,
      tintAndShade: true,
      patternTintAndShade: true,
    },
    font: { color: true, tintAndShade: true },
  },
};

async function f8(): Promise<unknown> {
  return Excel.run(async (context) => {
    const p = context.workbook.worksheets
      .getItem('Realisasi')
      .getRange('F8')
      .getCellProperties(PROPS);
    await context.sync();
    return p.value[0][0];
  });
}

// The file's form, and what Excel reports of it (OOXML darkTrellis is Office.js' SemiGray75).
const cases: [string, unknown, unknown, unknown][] = [
  [
    'a pattern with both colours',
    {
      type: 'pattern',
      pattern: 'darkTrellis',
      fgColor: { argb: 'FFFF0000' },
      bgColor: { argb: 'FFFFFF00' },
    },
    { argb: 'FF7030A0' },
    { fill: { pattern: 'SemiGray75', color: '#FFFF00', patternColor: '#FF0000' } },
  ],
  [
    'a solid fill with a tint, and a tinted font',
    { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050', tint: 0.4 } },
    { argb: 'FF1F4E79', tint: -0.25 },
    {
      fill: { pattern: 'Solid', color: '#00B050', tintAndShade: 0.4 },
      font: { color: '#1F4E79', tintAndShade: -0.25 },
    },
  ],
];

test.each(cases)(
  '%s comes back after Hitung and Hapus Warna',
  async (_label, fill, color, shown) => {
    const { wb } = await loadSample('ambulu-2024');
    const cell = wb.getWorksheet('Realisasi')!.getCell('F8');
    cell.fill = fill as ExcelJS.Fill;
    cell.font = { ...(cell.font ?? {}), color: color as ExcelJS.Color };
    inMemory(toGrid(wb, { styles: true }));
    const before = await f8();
    expect(before).toMatchObject({ format: shown });
    await hitung();
    expect(await f8()).toMatchObject({
      format: { fill: { color: '#9BC2E6', pattern: 'Solid', tintAndShade: 0 } },
    });
    await hapusWarna();
    expect(await f8()).toEqual(before);
  },
);
