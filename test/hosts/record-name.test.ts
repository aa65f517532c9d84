/**
 * WORKBOOK.md rule 6 through the Excel host: a user sheet that carries our record's name, in any
 * letter case, stays the planner's; our record takes another name, and both hosts agree.
 */
import { hapusWarna, hitung } from '../../src/hosts/excel';
import { applyPlan, toGrid } from '../../src/hosts/xlsx';
import { analyze } from '../../src/workbook/analyze';
import { buildPlan } from '../../src/workbook/plan';
import { diffWorkbooks, inMemory, loadSample } from './helpers';

test.each(['_capaian', '_CAPAIAN'])(
  'a user sheet %s is left alone by Hitung and Hapus Warna in the Excel host',
  async (name) => {
    const { wb } = await loadSample('ambulu-2024');
    const user = wb.addWorksheet(name);
    user.getCell('A1').value = 'Catatan rapat evaluasi';
    user.getCell('B3').value = 7;
    const withUser = toGrid(wb, { styles: true });
    const mem = inMemory(withUser);
    await hitung();
    const after = mem.export();
    const names = after.grid.sheets.map((s) => `${s.name}${s.hidden ? ' (hidden)' : ''}`);
    expect(names).toContain(name);
    expect(names).toContain('_capaian_2 (hidden)');
    const mine = after.grid.sheets.find((s) => s.name === name)!;
    expect(mine.rows[0]?.[0]?.v).toBe('Catatan rapat evaluasi');
    expect(mine.rows[2]?.[1]?.v).toBe(7);

    // exceljs, given the same workbook and plan, ends with the same workbook.
    const a = analyze(withUser.grid);
    applyPlan(wb, buildPlan(withUser.grid, a.results, a.findings, withUser.styles));
    expect(diffWorkbooks(toGrid(wb, { styles: true }), after)).toEqual([]);

    await hapusWarna();
    const cleared = mem.export().grid.sheets.find((s) => s.name === name)!;
    expect(cleared.rows).toEqual(mine.rows);
  },
);
