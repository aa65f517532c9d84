/**
 * Issue 15: toGrid reads each style's fill and font once (exceljs hands every cell of a style the
 * same style object) and shares the result among those cells. Over generated workbooks — cells
 * with solid and patterned fills, tints, theme colours and font colours, several cells per style
 * and some styled on their own — every cell's style is what styleOf gives for that cell alone,
 * and a solid fill reads as the colour written.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { loadWorkbook, readFileBytes, styleLookup, styleOf, toGrid } from '../../src/hosts/xlsx';
import { analyze } from '../../src/workbook/analyze';
import { resultCells } from '../../src/workbook/plan';
import path from 'path';

const SAMPLES = ['semboro-2025', 'gumukmas-2025', 'ambulu-2024'];
const samplePath = (name: string) => path.join(__dirname, '..', '..', 'assets', `${name}.xlsx`);
import { a1 } from '../../src/workbook/grid';

const FILLS: (ExcelJS.Fill | null)[] = [
  null,
  { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050' } },
  { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF9BC2E6' } },
  {
    type: 'pattern',
    pattern: 'solid',
    fgColor: { argb: 'FF00B050', tint: 0.4 } as unknown as ExcelJS.Color,
  },
  {
    type: 'pattern',
    pattern: 'darkTrellis',
    fgColor: { argb: 'FFFF0000' },
    bgColor: { argb: 'FFFFFF00' },
  },
  { type: 'pattern', pattern: 'solid', fgColor: { theme: 4 } as unknown as ExcelJS.Color },
];
const FONTS: (Partial<ExcelJS.Color> | null)[] = [
  null,
  { argb: 'FF1F4E79' },
  { argb: 'FFFFFFFF' },
  { theme: 1, tint: -0.25 } as Partial<ExcelJS.Color>,
];

const styledCell = fc.record({
  r: fc.integer({ min: 0, max: 6 }),
  c: fc.integer({ min: 0, max: 4 }),
  fill: fc.integer({ min: 0, max: FILLS.length - 1 }),
  font: fc.integer({ min: 0, max: FONTS.length - 1 }),
  value: fc.oneof(fc.constant(null), fc.integer(), fc.constantFrom('Tinggi', 'x')),
});

type StyledCell = typeof styledCell extends fc.Arbitrary<infer T> ? T : never;

async function roundTrip(cells: StyledCell[], merge?: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('S');
  if (merge) ws.mergeCells(merge);
  for (const x of cells) {
    const cell = ws.getCell(x.r + 1, x.c + 1);
    cell.value = x.value;
    const fill = FILLS[x.fill];
    if (fill) cell.fill = fill;
    const font = FONTS[x.font];
    if (font) cell.font = { color: font };
  }
  const buf = await wb.xlsx.writeBuffer();
  return loadWorkbook(new Uint8Array(buf as ArrayBuffer), 'styles.xlsx');
}

describe('toGrid reads a style once for all its cells', () => {
  test('property: every cell has the style styleOf gives it alone', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(styledCell, { maxLength: 25 }), async (cells) => {
        const wb = await roundTrip(cells);
        const { styles } = toGrid(wb, { styles: true });
        const ws = wb.getWorksheet('S')!;
        let seen = 0;
        // The cells toGrid visits: rows with a value, every cell of them.
        ws.eachRow({ includeEmpty: false }, (row, r) =>
          row.eachCell({ includeEmpty: true }, (cell, c) => {
            const want = styleOf(cell);
            const got = styles.get(`S!${a1(r - 1, c - 1)}`);
            if (want) seen++;
            expect(got ?? null).toEqual(want);
          }),
        );
        expect(styles.size).toBe(seen);
        // The last write to a cell decides its fill: a solid RGB fill reads as its colour.
        const last = new Map(cells.map((x) => [a1(x.r, x.c), x]));
        for (const [cell, x] of last) {
          const fill = FILLS[x.fill];
          if (!ws.findRow(x.r + 1)?.hasValues) continue;
          if (fill?.type === 'pattern' && fill.pattern === 'solid' && fill.fgColor?.argb)
            expect(styles.get(`S!${cell}`)?.fill).toBe(`#${fill.fgColor.argb.slice(2)}`);
        }
      }),
      { numRuns: 25 },
    );
  });
});

/**
 * compute reads a cell's colours only when Hitung asks for them (styleLookup): for every cell the
 * eager read visits, the lookup gives the same style, and nothing for a cell inside a merged area
 * but its first.
 */
describe('styleLookup gives what the eager read gives', () => {
  const merge = fc.option(
    fc
      .record({ r: fc.integer({ min: 0, max: 5 }), c: fc.integer({ min: 0, max: 3 }) })
      .map(({ r, c }) => `${a1(r, c)}:${a1(r + 1, c + 1)}`),
    { nil: undefined },
  );

  test('property: generated cells, fills, fonts and a merged area', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(styledCell, { maxLength: 25 }), merge, async (cells, m) => {
        const wb = await roundTrip(cells, m);
        const { styles } = toGrid(wb, { styles: true });
        const lookup = styleLookup(wb);
        const ws = wb.getWorksheet('S')!;
        for (const [k, st] of styles) expect(lookup.get(k)).toEqual(st);
        ws.eachRow({ includeEmpty: false }, (row, r) => {
          for (let c = 1; c <= 6; c++) {
            const k = `S!${a1(r - 1, c - 1)}`;
            expect(lookup.get(k)).toEqual(styles.get(k));
          }
        });
        if (m) {
          const [first, last] = m.split(':');
          expect(lookup.get(`S!${last}`)).toBeUndefined();
          expect(lookup.get(`S!${first}`)).toEqual(styleOf(ws.getCell(first)) ?? undefined);
        }
        expect(lookup.get('Tidak Ada!A1')).toBeUndefined();
        expect(lookup.get('S!bukan-sel')).toBeUndefined();
      }),
      { numRuns: 25 },
    );
  });

  test.each(SAMPLES)('%s: every cell Hitung may write', async (sample) => {
    const wb = await loadWorkbook(await readFileBytes(samplePath(sample)), sample);
    const { grid, styles } = toGrid(wb, { styles: true });
    const lookup = styleLookup(wb);
    const cells = resultCells(analyze(grid).results);
    expect(cells.length).toBeGreaterThan(20);
    let coloured = 0;
    for (const { ref } of cells) {
      const k = `${ref.sheet}!${ref.cell}`;
      expect(lookup.get(k)).toEqual(styles.get(k));
      if (styles.get(k)) coloured++;
    }
    expect(coloured).toBeGreaterThan(0);
  });
});
