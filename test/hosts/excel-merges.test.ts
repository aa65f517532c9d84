/**
 * Merged areas as real Excel reports them: `getMergedAreasOrNullObject` gives only the merges
 * whose top-left cell lies inside the range (OfficeDev/office-js #3611). A merge whose top-left
 * cell is empty lies partly outside the used range (values only), above or left of it; the
 * Excel host still finds every merge that touches the data, as the xlsx host does.
 */
import { readWorkbookGrid } from '../../src/hosts/excel';
import { InMemoryWorkbook, installExcel } from '../../src/hosts/preview';
import type { WorkbookGrid } from '../../src/workbook/grid';

/**
 * Column A empty; an empty merged block A3:C4 over the first rows of a table whose data sits in
 * B4:D6 (its top-left A3 is outside the used range B4:D6, left of and above it), a header
 * merged normally (E1:F1 holds text), and a merge B6:C6 inside the data.
 */
const GRID: WorkbookGrid = {
  sheets: [
    {
      name: 'Data',
      rows: [
        [],
        [],
        [],
        [undefined, undefined, undefined, { v: 'Target' }],
        [undefined, { v: 'IKU 1' }, undefined, { v: 80 }],
        [undefined, { v: 'IKU 2' }, undefined, { v: 90 }],
      ],
      merges: [
        { top: 2, left: 0, bottom: 3, right: 2 },
        { top: 5, left: 1, bottom: 5, right: 2 },
      ],
    },
  ],
};

const key = (m: { top: number; left: number; bottom: number; right: number }) =>
  `${m.top},${m.left},${m.bottom},${m.right}`;

test('the in-memory Excel returns only merges whose top-left cell is inside the range (#3611)', async () => {
  const mem = InMemoryWorkbook.fromGrid(GRID);
  installExcel(globalThis, mem);
  await Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('Data');
    const used = ws.getUsedRange(true);
    used.load('address');
    // B4:D6 overlaps A3:C4, but A3 is outside it: only B6:C6 comes back.
    const inUsed = ws.getRange('B4:D6').getMergedAreasOrNullObject();
    inUsed.areas.load('items/address');
    const whole = ws.getRange('A1:D6').getMergedAreasOrNullObject();
    whole.areas.load('items/address');
    // C4 alone lies inside A3:C4: no merge starts there.
    const child = ws.getRange('C4').getMergedAreasOrNullObject();
    child.load('areaCount');
    await ctx.sync();
    expect(used.address).toBe('Data!B4:D6');
    expect(inUsed.areas.items.map((a) => a.address)).toEqual(['Data!B6:C6']);
    expect(whole.areas.items.map((a) => a.address).sort()).toEqual(['Data!A3:C4', 'Data!B6:C6']);
    expect(child.isNullObject).toBe(true);
  });
});

test('the Excel host finds the merge whose empty top-left cell lies outside the used range', async () => {
  const mem = InMemoryWorkbook.fromGrid(GRID);
  installExcel(globalThis, mem);
  const { grid } = await Excel.run((ctx) => readWorkbookGrid(ctx));
  expect(grid.sheets[0].merges.map(key).sort()).toEqual(GRID.sheets[0].merges.map(key).sort());
  // The data itself is read as it is.
  expect(grid.sheets[0].rows[4][1]).toEqual({ v: 'IKU 1' });
  expect(grid.sheets[0].rows[5][3]).toEqual({ v: 90 });
});

test('a merge in row blocks further down, starting left of the used range, is found as well', async () => {
  // 250 rows of data in C..D (more than one 100-row merge block), merge A180:C181 empty at A180.
  const rows: WorkbookGrid['sheets'][0]['rows'] = [];
  for (let r = 0; r < 250; r++) rows[r] = [undefined, undefined, { v: `IKU ${r + 1}` }, { v: r }];
  rows[179] = [undefined, undefined, undefined, { v: 179 }];
  rows[180] = [undefined, undefined, undefined, { v: 180 }];
  const merge = { top: 179, left: 0, bottom: 180, right: 2 };
  const mem = InMemoryWorkbook.fromGrid({ sheets: [{ name: 'Panjang', rows, merges: [merge] }] });
  installExcel(globalThis, mem);
  const { grid } = await Excel.run((ctx) => readWorkbookGrid(ctx));
  expect(grid.sheets[0].merges.map(key)).toEqual([key(merge)]);
});
