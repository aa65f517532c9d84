/**
 * Writing in real Excel (issue 13, items 7 and 8), against the in-memory Excel made to behave as
 * Microsoft documents:
 *
 * - `TableCollection.add` with an address that names no sheet uses the ACTIVE sheet, even through
 *   another sheet's `worksheet.tables` (learn.microsoft.com/javascript/api/excel/
 *   excel.tablecollection, `add`). Buat Laporan adds its Excel tables on sheets it has just
 *   created, which Excel does not activate — so the host passes each sheet's own Range.
 * - Workbook structure protection (Review › Protect Workbook; `workbook.protection`, ExcelApi
 *   1.7) forbids adding, deleting, renaming, hiding and unhiding sheets. The host checks it before
 *   anything is written and names what is protected.
 */
import { buatLaporan } from '../../src/commands/laporan';
import { hitung } from '../../src/hosts/excel/actions';
import { ExcelHostError } from '../../src/hosts/excel';
import { createExcelApi, InMemoryWorkbook, OfficeApiError } from '../../src/hosts/preview';
import { GENERATED_PREFIX, RECORD_SHEET } from '../../src/workbook/sheets';
import type { WorkbookGrid } from '../../src/workbook/grid';
import { inMemory, loadSample } from './helpers';

function twoSheets(): InMemoryWorkbook {
  const grid: WorkbookGrid = {
    sheets: [
      { name: 'Aktif', rows: [[{ v: 'x' }]], merges: [] },
      {
        name: 'Tujuan',
        rows: [
          [{ v: 'Nama' }, { v: 'Nilai' }],
          [{ v: 'a' }, { v: 1 }],
        ],
        merges: [],
      },
    ],
  };
  return InMemoryWorkbook.fromGrid(grid);
}

async function rejects(p: Promise<unknown>): Promise<OfficeApiError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(OfficeApiError);
    return e as OfficeApiError;
  }
  throw new Error('expected a rejection');
}

const tablesOn = (wb: InMemoryWorkbook, sheet: string) =>
  wb.sheet(sheet)!.tables.map((t) => t.name);

describe('tables.add resolves its address as Excel does', () => {
  test('a sheet-less address goes on the active sheet, whichever sheet`s tables it is called on', async () => {
    const wb = twoSheets();
    const { Excel } = createExcelApi(wb);
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Aktif').activate();
      ctx.workbook.worksheets.getItem('Tujuan').tables.add('A1:B2', true);
      await ctx.sync();
    });
    expect(tablesOn(wb, 'Aktif')).toEqual(['Table1']);
    expect(tablesOn(wb, 'Tujuan')).toEqual([]);
  });

  test('a Range object or a sheet-qualified address goes on its own sheet', async () => {
    const wb = twoSheets();
    const { Excel } = createExcelApi(wb);
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Aktif').activate();
      const ws = ctx.workbook.worksheets.getItem('Tujuan');
      ws.tables.add(ws.getRange('A1:B2'), true);
      ws.tables.add("'Tujuan'!D1:E2", true);
      await ctx.sync();
    });
    expect(tablesOn(wb, 'Aktif')).toEqual([]);
    expect(tablesOn(wb, 'Tujuan')).toEqual(['Table1', 'Table2']);
  });

  test('a Range object needs ExcelApi 1.3', async () => {
    const wb = twoSheets();
    wb.apiVersion = '1.2';
    const { Excel } = createExcelApi(wb);
    const e = await rejects(
      Excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('Tujuan');
        ws.tables.add(ws.getRange('A1:B2'), true);
        await ctx.sync();
      }),
    );
    expect(e.code).toBe('ApiNotFound');
  });

  test('Buat Laporan with the planner on Realisasi puts every table on its own report sheet', async () => {
    const { read } = await loadSample('ambulu-2024');
    const mem = inMemory(read);
    // The planner is looking at Realisasi when pressing Buat Laporan.
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Realisasi').activate();
      await ctx.sync();
    });
    const out = await buatLaporan();
    const specs = (out.plan?.sheets ?? []).filter((s) => s.tables?.length);
    expect(specs.length).toBeGreaterThan(0);
    for (const spec of specs)
      expect(tablesOn(mem, spec.name)).toEqual(spec.tables!.map((t) => t.name));
    for (const s of mem.sheets.filter((x) => !x.name.startsWith(GENERATED_PREFIX)))
      expect(s.tables).toEqual([]);
  });
});

describe('workbook structure protection', () => {
  test('adding, deleting, renaming and hiding a sheet are refused with AccessDenied', async () => {
    const wb = twoSheets();
    wb.protectStructure();
    const { Excel } = createExcelApi(wb);
    const attempts: ((ctx: Excel.RequestContext) => void)[] = [
      (ctx) => void ctx.workbook.worksheets.add('Baru'),
      (ctx) => ctx.workbook.worksheets.getItem('Tujuan').delete(),
      (ctx) => void (ctx.workbook.worksheets.getItem('Tujuan').name = 'Lain'),
      (ctx) => void (ctx.workbook.worksheets.getItem('Tujuan').visibility = 'Hidden'),
    ];
    for (const attempt of attempts) {
      const e = await rejects(
        Excel.run(async (ctx) => {
          attempt(ctx as unknown as Excel.RequestContext);
          await ctx.sync();
        }),
      );
      expect(e.code).toBe('AccessDenied');
    }
    expect(wb.sheets.map((s) => `${s.name}:${s.visibility}`)).toEqual([
      'Aktif:Visible',
      'Tujuan:Visible',
    ]);
    // Cells stay writable: structure protection is not sheet protection.
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Tujuan').getRange('B2').values = [[2]];
      await ctx.sync();
    });
    expect(wb.cell('Tujuan', 'B2')?.v).toBe(2);
  });

  test('workbook.protection reads and toggles it (ExcelApi 1.7)', async () => {
    const wb = twoSheets();
    const { Excel } = createExcelApi(wb);
    const state = () =>
      Excel.run(async (ctx) => {
        ctx.workbook.load('protection/protected');
        await ctx.sync();
        return ctx.workbook.protection.protected;
      });
    expect(await state()).toBe(false);
    await Excel.run(async (ctx) => {
      ctx.workbook.protection.protect();
      await ctx.sync();
    });
    expect(await state()).toBe(true);
    expect(wb.structureProtected).toBe(true);
    wb.apiVersion = '1.6';
    expect((await rejects(state())).code).toBe('ApiNotFound');
  });

  test('Buat Laporan under structure protection: refused before anything is written, and says what is protected', async () => {
    const { read } = await loadSample('ambulu-2024');
    const mem = inMemory(read);
    mem.protectStructure();
    const before = JSON.stringify(mem.export());
    const syncs = mem.syncs;
    let error: unknown;
    try {
      await buatLaporan();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ExcelHostError);
    const e = error as ExcelHostError;
    expect(e.reason).toBe('structure-protected');
    expect(e.message).toMatch(/^Struktur buku kerja dilindungi \(Tinjau › Lindungi Buku Kerja/);
    expect(e.message).toContain(`lembar "${GENERATED_PREFIX}`);
    expect(e.message).toContain('tidak dapat ditambahkan');
    expect(e.message).toContain('Belum ada yang diubah');
    expect(JSON.stringify(mem.export())).toBe(before);
    // Only reads were sent: the read and the check.
    expect(mem.syncLog.slice(syncs).every((s) => !s.error)).toBe(true);
  });

  test('Hitung on a protected workbook that has no record sheet yet names the record sheet', async () => {
    const { read } = await loadSample('ambulu-2024');
    const mem = inMemory(read);
    mem.protectStructure();
    const before = JSON.stringify(mem.export());
    await expect(hitung()).rejects.toMatchObject({
      reason: 'structure-protected',
      message: expect.stringContaining(`lembar catatan "${RECORD_SHEET}"`),
    });
    expect(JSON.stringify(mem.export())).toBe(before);
  });

  test('Hitung again once the record sheet exists: no sheet is added, so protection does not stop it', async () => {
    const { read } = await loadSample('ambulu-2024');
    const mem = inMemory(read);
    await hitung();
    mem.type('Realisasi', 'F11', 103);
    mem.protectStructure();
    const out = await hitung();
    expect(out.plan).toBeDefined();
    expect(mem.sheet(RECORD_SHEET)?.visibility).toBe('Hidden');
  });
});
