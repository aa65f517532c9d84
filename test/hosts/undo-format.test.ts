/**
 * WORKBOOK.md rule 8 through the Excel host (the in-memory Excel): undoing a correction brings a
 * text, boolean or error cell back with its number format, as the xlsx host does.
 */
import { hitung, toRawCell } from '../../src/hosts/excel';
import { inMemory, loadSample } from './helpers';

test('the Excel host reads the number format of text, booleans and errors too', () => {
  expect(toRawCell('102%', '0%', '')).toEqual({ v: '102%', fmt: '0%' });
  expect(toRawCell(true, '0.00', '')).toEqual({ v: true, fmt: '0.00' });
  expect(toRawCell('#N/A', '0%', '')).toEqual({ v: null, err: '#N/A', fmt: '0%' });
  expect(toRawCell('102%', 'General', '')).toEqual({ v: '102%', fmt: undefined });
});

test.each([
  ['text', '102%'],
  ['TRUE', true],
])('undo of a correction of %s puts back its number format in the Excel host', async (_, v) => {
  // A612: SAKIP 84,27 / 82 × 100 = 102,768… → the correction writes 102,77 with format 0.00.
  const { read } = await loadSample('ambulu-2024');
  const realisasi = read.grid.sheets.find((s) => s.name === 'Realisasi')!;
  realisasi.rows[10][5] = { v, fmt: '0%' };
  const mem = inMemory(read);
  const fixed = await hitung(undefined, { perbaiki: ['Realisasi!F11'] });
  expect(fixed.plan?.corrected).toEqual(['Realisasi!F11']);
  const corrected = mem.export().grid.sheets.find((s) => s.name === 'Realisasi')!.rows[10][5];
  expect(corrected).toEqual({ v: 102.77, fmt: '0.00' });
  await hitung(undefined, { batalkan: true });
  const back = mem.export().grid.sheets.find((s) => s.name === 'Realisasi')!.rows[10][5];
  expect(back).toEqual({ v, fmt: '0%' });
});

test('the Excel host records a corrected cell of 32 767 characters within the limit and restores it', async () => {
  // Rule 9: the record's detail goes on over the cells after column F.
  const long = '102% '.repeat(7000).slice(0, 32_767);
  const { read } = await loadSample('ambulu-2024');
  read.grid.sheets.find((s) => s.name === 'Realisasi')!.rows[10][5] = { v: long };
  const mem = inMemory(read);
  await hitung(undefined, { perbaiki: ['Realisasi!F11'] });
  const record = mem.export().grid.sheets.find((s) => s.name === '_capaian')!;
  const lengths = record.rows.flatMap((row) => row.map((c) => String(c?.v ?? '').length));
  expect(Math.max(...lengths)).toBe(32_767);
  await hitung(undefined, { batalkan: true });
  const back = mem.export().grid.sheets.find((s) => s.name === 'Realisasi')!.rows[10][5];
  expect(back).toEqual({ v: long });
});
