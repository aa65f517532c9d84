/**
 * Terapkan perbaikan from the pane (WORKBOOK.md rule 2), through the Excel host over the
 * in-memory Excel: the computed value is written only into the named cell, the finding goes,
 * and Batalkan perbaikan puts the typed cell back exactly; a retyped cell is left alone.
 */
import { correct } from '../../src/taskpane/host';
import { toGrid } from '../../src/hosts/xlsx';
import { readRecord } from '../../src/workbook/plan';
import { inMemory, loadSample } from '../hosts/helpers';

const at = (mem: ReturnType<typeof inMemory>, sheet: string, r: number, c: number) =>
  mem.export().grid.sheets.find((s) => s.name === sheet)!.rows[r]?.[c];

test('A612: the truncated SAKIP 102 % becomes 102,77 on request, and comes back on undo', async () => {
  const { read } = await loadSample('ambulu-2024');
  const mem = inMemory(read);
  const before = at(mem, 'Realisasi', 10, 5);
  expect(before?.v).toBe('102%');

  const fixed = await correct({ cells: ['Realisasi!F11'] });
  expect(fixed.cells).toEqual(['Realisasi!F11']);
  // 84,27 / 82 × 100 = 102,768… → 102,77
  expect(at(mem, 'Realisasi', 10, 5)?.v).toBe(102.77);
  expect(fixed.analysis.findings.some((f) => f.sheet === 'Realisasi' && f.cell === 'F11')).toBe(
    false,
  );
  // Nothing else was corrected: the other wrong figures keep their findings.
  expect(fixed.analysis.findings.filter((f) => f.severity === 'error').length).toBeGreaterThan(0);

  const undone = await correct({ undo: true });
  expect(undone.cells).toEqual(['Realisasi!F11']);
  expect(at(mem, 'Realisasi', 10, 5)).toEqual(before);
  expect(undone.analysis.findings.some((f) => f.cell === 'F11' && f.sheet === 'Realisasi')).toBe(
    true,
  );
});

test('undo leaves a cell the planner retyped after the correction, and names it', async () => {
  const { read } = await loadSample('ambulu-2024');
  const mem = inMemory(read);
  await correct({ cells: ['Realisasi!F11'] });
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem('Realisasi').getRange('F11').values = [[103]];
    await context.sync();
  });
  const undone = await correct({ undo: true });
  expect(undone.kept).toEqual(['Realisasi!F11']);
  expect(undone.cells).toEqual([]);
  expect(at(mem, 'Realisasi', 10, 5)?.v).toBe(103);
});

test('undo puts back a hyperlink the corrected cell carried (Range hyperlink, ExcelApi 1.7)', async () => {
  const { wb } = await loadSample('ambulu-2024');
  wb.getWorksheet('Realisasi')!.getCell('F11').value = {
    text: '102%',
    hyperlink: 'https://sakip.example.id/ambulu',
  };
  const mem = inMemory(toGrid(wb, { styles: true }));
  const link = () =>
    Excel.run(async (context) => {
      const p = context.workbook.worksheets
        .getItem('Realisasi')
        .getRange('F11')
        .getCellProperties({ hyperlink: true });
      await context.sync();
      return p.value[0][0].hyperlink;
    });
  const before = await link();
  expect(before).toEqual({ address: 'https://sakip.example.id/ambulu', textToDisplay: '102%' });
  await correct({ cells: ['Realisasi!F11'] });
  expect(at(mem, 'Realisasi', 10, 5)?.v).toBe(102.77);
  // The record keeps the link with the old cell, whatever Excel does to it when the value changes.
  const entry = readRecord(mem.export().grid).find((e) => e.kind === 'perbaikan');
  expect(entry?.kind === 'perbaikan' && entry.asli?.content).toEqual({
    text: '102%',
    hyperlink: 'https://sakip.example.id/ambulu',
  });
  await correct({ undo: true });
  expect(at(mem, 'Realisasi', 10, 5)?.v).toBe('102%');
  expect(await link()).toEqual(before);
});
