/**
 * Buat Laporan through both hosts: the generated `LKjIP …` sheets written by the Excel host
 * (over the in-memory Excel) and by exceljs (`capaian compute --laporan`) are the same workbook,
 * cell by cell, in values, number formats, fills and merges.
 */
import { applyPlanInExcel, readWorkbookGrid } from '../../src/hosts/excel';
import { applyPlan, toGrid } from '../../src/hosts/xlsx';
import { analyze } from '../../src/workbook/analyze';
import { buildReportPlan } from '../../src/workbook/report-sheets';
import { GENERATED_PREFIX } from '../../src/workbook/sheets';
import { diffWorkbooks, inMemory, loadSample, SAMPLES } from './helpers';

test.each(SAMPLES)(
  '%s: the report sheets are the same through Excel and through exceljs',
  async (name) => {
    // exceljs, as `capaian compute --laporan` writes them.
    const { wb, read } = await loadSample(name);
    const a = analyze(read.grid);
    const plan = buildReportPlan(read.grid, a);
    expect(plan.sheets.length).toBeGreaterThanOrEqual(6);
    applyPlan(wb, plan);
    const viaXlsx = toGrid(wb, { styles: true });

    // The Excel host: read, analyse and plan inside Excel.run, then apply.
    const mem = inMemory(read);
    await Excel.run(async (ctx) => {
      const { grid } = await readWorkbookGrid(ctx);
      const p = buildReportPlan(grid, analyze(grid));
      await applyPlanInExcel(ctx, p, undefined, { current: grid });
    });
    const viaExcel = mem.export();

    const generated = viaXlsx.grid.sheets.filter((s) => s.name.startsWith(GENERATED_PREFIX));
    expect(generated.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
    expect(viaExcel.grid.sheets.map((s) => s.name)).toEqual(viaXlsx.grid.sheets.map((s) => s.name));
    // The comparison sees differences when there are some.
    expect(diffWorkbooks(read, viaExcel).length).toBeGreaterThan(0);
    expect(diffWorkbooks(viaXlsx, viaExcel)).toEqual([]);
  },
);
