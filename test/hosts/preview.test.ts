/**
 * The in-memory Excel keeps Office's rules: proxies, load/sync, PropertyNotLoaded, ItemNotFound
 * at the sync, null objects, requirement sets, protected sheets, payload limits — so that a host
 * that passes here does not rely on anything real Excel would refuse.
 */
import {
  createExcelApi,
  InMemoryWorkbook,
  installExcel,
  OfficeApiError,
  WEB_PAYLOAD_LIMIT,
} from '../../src/hosts/preview';
import type { WorkbookGrid } from '../../src/workbook/grid';

function small(): InMemoryWorkbook {
  const grid: WorkbookGrid = {
    sheets: [
      {
        name: 'Data',
        rows: [
          [{ v: 'Nama' }, { v: 'Nilai' }],
          [{ v: 'a' }, { v: 0.5, fmt: '0.00%' }],
          [undefined, { v: null, err: '#DIV/0!' }],
        ],
        merges: [{ top: 4, left: 0, bottom: 4, right: 2 }],
      },
      { name: 'Tersembunyi', rows: [[{ v: 1 }]], merges: [], hidden: true },
    ],
  };
  return InMemoryWorkbook.fromGrid(grid, new Map([['Data!A1', { fill: '#FFFF00', font: null }]]));
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

describe('load and sync', () => {
  test('values arrive only after sync; an unloaded property throws PropertyNotLoaded', async () => {
    const wb = small();
    const { Excel } = createExcelApi(wb);
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Data').getRange('A1:B3');
      range.load('values');
      expect(() => range.values).toThrow(/not available/);
      await ctx.sync();
      expect(range.values).toEqual([
        ['Nama', 'Nilai'],
        ['a', 0.5],
        ['', '#DIV/0!'],
      ]);
      // Loaded values, not numberFormat.
      let code = '';
      try {
        void range.numberFormat;
      } catch (e) {
        code = (e as OfficeApiError).code;
      }
      expect(code).toBe('PropertyNotLoaded');
    });
    expect(wb.syncs).toBe(1);
  });

  test('a loaded value is the state at the load, and writes reach the workbook only at sync', async () => {
    const wb = small();
    const { Excel } = createExcelApi(wb);
    await Excel.run(async (ctx) => {
      const cell = ctx.workbook.worksheets.getItem('Data').getRange('A2');
      cell.values = [['b']];
      expect(wb.cell('Data', 'A2')!.v).toBe('a');
      cell.load('values');
      await ctx.sync();
      expect(cell.values).toEqual([['b']]);
      expect(wb.cell('Data', 'A2')!.v).toBe('b');
    });
  });

  test('getItem of a missing sheet fails at the sync with ItemNotFound', async () => {
    const { Excel } = createExcelApi(small());
    const err = await rejects(
      Excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('Tidak Ada'); // no error yet
        ws.load('name');
        await ctx.sync();
      }),
    );
    expect(err.code).toBe('ItemNotFound');
  });

  test('getItemOrNullObject: isNullObject is known after the sync', async () => {
    const { Excel } = createExcelApi(small());
    await Excel.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('Tidak Ada');
      const there = ctx.workbook.worksheets.getItemOrNullObject('Data');
      missing.load('name');
      there.load('name');
      expect(() => missing.isNullObject).toThrow(/not available/);
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(there.isNullObject).toBe(false);
      expect(there.name).toBe('Data');
    });
  });

  test('collections: items after load, with nested properties', async () => {
    const wb = small();
    wb.protectSheet('Tersembunyi');
    const { Excel } = createExcelApi(wb);
    await Excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name,items/visibility,items/protection/protected');
      expect(() => sheets.items).toThrow(/not available/);
      await ctx.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility, s.protection.protected])).toEqual([
        ['Data', 'Visible', false],
        ['Tersembunyi', 'Hidden', true],
      ]);
    });
  });

  test('used range (values only), merged areas, cell properties', async () => {
    const { Excel } = createExcelApi(small());
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Data');
      const used = ws.getUsedRange(true);
      used.load('address,rowIndex,columnIndex,rowCount,columnCount,numberFormat');
      const merged = ws.getRange('A1:C10').getMergedAreasOrNullObject();
      merged.load('areaCount');
      merged.areas.load('items/address');
      const none = ws.getRange('A1:B2').getMergedAreasOrNullObject();
      none.load('areaCount');
      const props = ws.getRange('A1:A2').getCellProperties({
        format: { fill: { color: true, pattern: true }, font: { color: true } },
      });
      expect(() => props.value).toThrow(/not available/);
      await ctx.sync();
      expect(used.address).toBe('Data!A1:B3');
      expect([used.rowIndex, used.columnIndex, used.rowCount, used.columnCount]).toEqual([
        0, 0, 3, 2,
      ]);
      expect(used.numberFormat[1]).toEqual(['General', '0.00%']);
      expect(merged.isNullObject).toBe(false);
      expect(merged.areas.items.map((a) => a.address)).toEqual(['Data!A5:C5']);
      expect(none.isNullObject).toBe(true);
      expect(props.value.map((r) => (r[0] as { format: unknown }).format)).toEqual([
        { fill: { color: '#FFFF00', pattern: 'Solid' }, font: { color: '#000000' } },
        { fill: { color: '#FFFFFF', pattern: 'None' }, font: { color: '#000000' } },
      ]);
    });
  });

  test('getUsedRangeOrNullObject on an empty sheet is a null object', async () => {
    const wb = small();
    wb.addSheet('Kosong');
    const { Excel } = createExcelApi(wb);
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Kosong').getUsedRangeOrNullObject(true);
      r.load('address');
      await ctx.sync();
      expect(r.isNullObject).toBe(true);
    });
  });

  test('Excel.run sends what is still queued when the batch returns', async () => {
    const wb = small();
    const { Excel } = createExcelApi(wb);
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRange('C1').values = [['baru']];
    });
    expect(wb.cell('Data', 'C1')!.v).toBe('baru');
    expect(wb.syncs).toBe(1);
  });
});

describe('writes', () => {
  test('values are taken as Excel takes typed input; null leaves a cell; "" clears it', async () => {
    const wb = small();
    const { Excel } = createExcelApi(wb);
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Data');
      ws.getRange('D1:D6').values = [["'2025"], ['2025'], ['50%'], ['TRUE'], ['=A1'], ['teks']];
      ws.getRange('A1:A2').values = [[null], ['']];
      await ctx.sync();
    });
    expect(wb.cell('Data', 'D1')!.v).toBe('2025');
    expect(wb.cell('Data', 'D2')!.v).toBe(2025);
    expect(wb.cell('Data', 'D3')).toMatchObject({ v: 0.5, fmt: '0%' });
    expect(wb.cell('Data', 'D4')!.v).toBe(true);
    expect(wb.cell('Data', 'D5')!.formula).toBe('A1');
    expect(wb.cell('Data', 'A1')!.v).toBe('Nama');
    expect(wb.cell('Data', 'A2')!.v).toBeNull();
  });

  test('the array must match the range', async () => {
    const { Excel } = createExcelApi(small());
    const err = await rejects(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Data').getRange('A1:B1').values = [['x']];
        await ctx.sync();
      }),
    );
    expect(err.code).toBe('InvalidArgument');
  });

  test('fills, fonts, setCellProperties, fill.clear, merge, tables, widths, visibility', async () => {
    const wb = small();
    const { Excel } = createExcelApi(wb);
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Data');
      ws.getRange('B2').format.fill.color = '#9BC2E6';
      ws.getRange('B2').format.font.color = '#FFFFFF';
      ws.getRange('A1:A2').setCellProperties([[{}], [{ format: { fill: { color: '#00B050' } } }]]);
      ws.getRange('A1').format.fill.clear();
      const added = ctx.workbook.worksheets.add('Baru');
      added.getRange('A1:B3').values = [
        ['H1', 'H2'],
        [1, 2],
        [3, 4],
      ];
      const t = added.tables.add(added.getRange('A1:B3'), true);
      t.name = 'TabelBaru';
      added.getRange('A5:B5').merge(false);
      added.getRange('A:A').format.columnWidth = 100;
      added.visibility = 'Hidden';
      await ctx.sync();
    });
    expect(wb.cell('Data', 'B2')).toMatchObject({ fill: '#9BC2E6', font: '#FFFFFF' });
    expect(wb.cell('Data', 'A2')!.fill).toBe('#00B050');
    expect(wb.cell('Data', 'A1')!.fill).toBeUndefined();
    const baru = wb.sheet('Baru')!;
    expect(baru.tables[0]).toMatchObject({ name: 'TabelBaru' });
    expect(baru.merges).toEqual([{ r0: 4, c0: 0, r1: 4, c1: 1 }]);
    expect(baru.columnWidth(0)).toBe(100);
    expect(baru.visibility).toBe('Hidden');
  });

  test('a protected sheet refuses writes with AccessDenied; earlier actions of the batch stay', async () => {
    const wb = small();
    wb.protectSheet('Tersembunyi');
    const { Excel } = createExcelApi(wb);
    const err = await rejects(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Data').getRange('C1').values = [['sebelum']];
        ctx.workbook.worksheets.getItem('Tersembunyi').getRange('A1').values = [[2]];
        await ctx.sync();
      }),
    );
    expect(err.code).toBe('AccessDenied');
    expect(wb.cell('Data', 'C1')!.v).toBe('sebelum');
    expect(wb.cell('Tersembunyi', 'A1')!.v).toBe(1);
  });

  test('the last visible sheet cannot be hidden or deleted', async () => {
    const { Excel } = createExcelApi(small());
    const err = await rejects(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Data').visibility = 'Hidden';
        await ctx.sync();
      }),
    );
    expect(err.code).toBe('InvalidOperation');
  });
});

describe('requirement sets, payloads, counters', () => {
  test('isSetSupported follows the configured version; newer members fail with ApiNotFound', async () => {
    const wb = InMemoryWorkbook.fromGrid(
      { sheets: [{ name: 'A', rows: [[{ v: 1 }]], merges: [] }] },
      new Map(),
      {
        apiVersion: '1.8',
      },
    );
    const { Excel, Office } = createExcelApi(wb);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(false);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.13')).toBe(false);
    const err = await rejects(
      Excel.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem('A').getRange('A1');
        const p = r.getCellProperties({ format: { fill: { color: true } } });
        await ctx.sync();
        return p.value;
      }),
    );
    expect(err.code).toBe('ApiNotFound');
  });

  test('counts syncs and the bytes of each request; refuses requests over the limit', async () => {
    const wb = small();
    wb.maxRequestBytes = WEB_PAYLOAD_LIMIT;
    const { Excel } = createExcelApi(wb);
    const big = Array.from({ length: 6000 }, () => ['x'.repeat(1000)]);
    const err = await rejects(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Data').getRange('F1:F6000').values = big;
        await ctx.sync();
      }),
    );
    expect(err.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(wb.cell('Data', 'F1')).toBeUndefined();
    expect(wb.syncLog[0].requestBytes).toBeGreaterThan(6_000_000);
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRange('F1:F3000').values = big.slice(0, 3000);
      await ctx.sync();
      ctx.workbook.worksheets.getItem('Data').getRange('F3001:F6000').values = big.slice(3000);
      await ctx.sync();
    });
    expect(wb.syncs).toBe(3);
    expect(wb.syncLog.slice(1).every((s) => s.requestBytes < WEB_PAYLOAD_LIMIT)).toBe(true);
    expect(wb.cell('Data', 'F6000')!.v).toBe('x'.repeat(1000));
  });

  test('a simulated failure half-applies a batch, like a lost connection', async () => {
    const wb = small();
    wb.failSync({ code: 'RequestAborted', afterActions: 1 });
    const { Excel } = createExcelApi(wb);
    const err = await rejects(
      Excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('Data');
        ws.getRange('C1').values = [[1]];
        ws.getRange('C2').values = [[2]];
        await ctx.sync();
      }),
    );
    expect(err.code).toBe('RequestAborted');
    expect(wb.cell('Data', 'C1')!.v).toBe(1);
    expect(wb.cell('Data', 'C2')).toBeUndefined();
  });

  test('installExcel sets the globals and restores them', async () => {
    const target: Record<string, unknown> = {};
    const restore = installExcel(target, small());
    expect(typeof (target.Excel as { run: unknown }).run).toBe('function');
    expect(
      (target.Office as typeof Office).context.requirements.isSetSupported('ExcelApi', '1.13'),
    ).toBe(true);
    restore();
    expect(target.Excel).toBeUndefined();
  });

  test('export gives back the grid and fills it was built from', () => {
    const wb = small();
    const out = wb.export();
    expect(out.grid.sheets[0].rows[1]).toEqual([{ v: 'a' }, { v: 0.5, fmt: '0.00%' }]);
    expect(out.grid.sheets[0].rows[2][1]).toEqual({ v: null, err: '#DIV/0!' });
    expect(out.grid.sheets[1].hidden).toBe(true);
    expect(out.styles.get('Data!A1')).toEqual({ fill: '#FFFF00', font: null });
  });
});
