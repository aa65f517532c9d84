/**
 * Very large used ranges. Excel reads at most five million cells in one get and past that may
 * answer `values` with `null` instead of an error (learn.microsoft.com "Performance optimization
 * using the Excel JavaScript API"; OfficeDev/office-js #4783, #6781). A stray value far below
 * the data makes the used range that large: the host reads it in row blocks and gets the same
 * grid; a sheet too large to read at all gets a message naming it, never a TypeError.
 */
import { ExcelHostError, readWorkbookGrid, validasi } from '../../src/hosts/excel';
import { MAX_SHEET_CELLS } from '../../src/hosts/excel/read';
import { InMemoryWorkbook, installExcel, MAX_CELLS_READ } from '../../src/hosts/preview';
import { describeError } from '../../src/taskpane/host';
import type { WorkbookGrid } from '../../src/workbook/grid';
import { diffWorkbooks, inMemory, loadSample } from './helpers';

jest.setTimeout(180000);

/** The sample's grid with one stray value put at (row, col) of `sheet` (0-based). */
async function withStray(sheet: string, row: number, col: number) {
  const { read } = await loadSample('ambulu-2024');
  const grid: WorkbookGrid = JSON.parse(JSON.stringify(read.grid));
  const g = grid.sheets.find((s) => s.name === sheet)!;
  g.rows[row] = [];
  g.rows[row][col] = { v: 'x' };
  for (let r = 0; r < g.rows.length; r++) g.rows[r] ??= [];
  return { read, grid };
}

const readAll = (styles = true) => Excel.run((ctx) => readWorkbookGrid(ctx, { styles }));

test('the in-memory Excel answers values and formats of a range over five million cells with null', async () => {
  const mem = InMemoryWorkbook.fromGrid({
    sheets: [{ name: 'Data', rows: [[{ v: 1 }]], merges: [] }],
  });
  installExcel(globalThis, mem);
  expect(MAX_CELLS_READ).toBe(5_000_000);
  await Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('Data');
    const big = ws.getRange('A1:E1000001'); // 5 000 005 cells
    big.load('cellCount,address,values,numberFormat,formulas,text');
    const small = ws.getRange('A1:B2');
    small.load('values');
    await ctx.sync();
    expect(big.cellCount).toBe(5_000_005);
    expect(big.address).toBe('Data!A1:E1000001');
    expect(big.values).toBeNull();
    expect(big.numberFormat).toBeNull();
    expect(big.formulas).toBeNull();
    expect(big.text).toBeNull();
    expect(small.values).toEqual([
      [1, ''],
      ['', ''],
    ]);
  });
});

test('a stray value far below the data (used range over five million cells) is read in row blocks', async () => {
  // Ambulu's Realisasi is 20 columns wide (A:T); a value at K300001 makes its used range
  // A1:T300001, 6 000 020 cells: more than one read may return.
  const { read, grid } = await withStray('Realisasi', 300_000, 10);
  const mem = inMemory({ grid, styles: read.styles });
  mem.resetStats();
  // Without the colours (getCellProperties of six million cells): values, formats, formulas.
  const out = await readAll(false);
  expect(mem.syncLog.every((s) => !s.error)).toBe(true);
  // More than the usual 3 syncs: the large sheet took several blocks.
  expect(mem.syncs).toBeGreaterThan(3);
  const sheet = out.grid.sheets.find((s) => s.name === 'Realisasi')!;
  expect(sheet.rows[300_000][10]).toEqual({ v: 'x' });
  // Everything else as the xlsx host reads it: e.g. the truncated SAKIP 102% at Realisasi!F11.
  expect(sheet.rows[10][5]?.v).toBe('102%');
  const trimmed = { ...out.grid, sheets: out.grid.sheets.map((s) => ({ ...s })) };
  trimmed.sheets.find((s) => s.name === 'Realisasi')!.rows = sheet.rows.slice(0, 300_000);
  const expected = { ...read.grid, sheets: read.grid.sheets.map((s) => ({ ...s })) };
  const real = expected.sheets.find((s) => s.name === 'Realisasi')!;
  real.rows = [...real.rows];
  while (real.rows.length < 300_000) real.rows.push([]);
  const noStyles = new Map();
  expect(
    diffWorkbooks({ grid: expected, styles: noStyles }, { grid: trimmed, styles: noStyles }),
  ).toEqual([]);
});

test('when Excel reads fewer cells than the block size, the host halves the blocks until it can', async () => {
  // Excel's limit set to 20 000 cells: the first blocks come back null, smaller ones are read.
  const { read, grid } = await withStray('PK', 9_999, 5);
  const plain = inMemory(read);
  const want = await readAll();
  const mem = inMemory({ grid, styles: read.styles }, { maxCellsRead: 20_000 });
  const out = await readAll();
  const pk = out.grid.sheets.find((s) => s.name === 'PK')!;
  expect(pk.rows[9_999][5]).toEqual({ v: 'x' });
  pk.rows = pk.rows.slice(0, want.grid.sheets.find((s) => s.name === 'PK')!.rows.length);
  expect(diffWorkbooks(want, out)).toEqual([]);
  expect(mem.syncs).toBeGreaterThan(plain.syncs);
});

test('a sheet whose used range reaches XFD1048576 is refused with a message naming it', async () => {
  const { grid, read } = await withStray('Realisasi', 0, 0);
  // A value in the very last cell of the sheet: 17 179 869 184 cells.
  const mem = InMemoryWorkbook.fromGrid(grid, read.styles);
  mem.sheet('Realisasi')!.ensure(1_048_575, 16_383).v = 'x';
  installExcel(globalThis, mem);
  let err: unknown;
  try {
    await validasi();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(ExcelHostError);
  const e = err as ExcelHostError;
  expect(e.reason).toBe('too-large');
  expect(e.sheet).toBe('Realisasi');
  expect(e.message).toBe(
    'Lembar "Realisasi" terlalu besar untuk dibaca: rentang terpakainya A1:XFD1048576 (17.179.869.184 sel). Biasanya ada isian yang tersasar jauh dari tabel — hapus isi sel di luar tabel (cari dengan Ctrl+End), lalu jalankan lagi.',
  );
  // The pane shows it as it is.
  expect(describeError(err)).toBe(e.message);
  expect(17_179_869_184).toBeGreaterThan(MAX_SHEET_CELLS);
});
