/**
 * Print-ready generated sheets (NARRATIVE.md "Print"): the row-height estimate, and the page
 * setup, print titles, row heights and font as each host writes them — exceljs (read back from
 * the written file) and the Excel host over the in-memory Excel, which rejects what Excel rejects.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { REPORT_FONT } from '../../src/engine/report/font';
import { applyPlanInExcel, readWorkbookGrid } from '../../src/hosts/excel';
import { createExcelApi, InMemoryWorkbook, OfficeApiError } from '../../src/hosts/preview';
import { applyPlan } from '../../src/hosts/xlsx';
import { analyze } from '../../src/workbook/analyze';
import type { SheetSpec } from '../../src/workbook/plan';
import {
  charsPerLine,
  MAX_ROW_HEIGHT,
  rowHeightFor,
  rowHeights,
  wrappedLines,
} from '../../src/workbook/print';
import { buildReportPlan } from '../../src/workbook/report-sheets';
import { inMemory, loadSample } from '../hosts/helpers';

describe('wrappedLines: lines of a wrapped text', () => {
  test('word by word, as a spreadsheet wraps', () => {
    // "aaa bbb" fits 7 characters; "ccc" goes to the next line.
    expect(wrappedLines('aaa bbb ccc', 7)).toBe(2);
    expect(wrappedLines('aaa bbb ccc', 11)).toBe(1);
    expect(wrappedLines('aaa bbb ccc', 3)).toBe(3);
    // A word longer than a line is broken: 10 characters over lines of 4 → 4 + 4 + 2.
    expect(wrappedLines('abcdefghij', 4)).toBe(3);
    // … and the next word continues after its last piece when it fits: "ij k" on line 3.
    expect(wrappedLines('abcdefghij k', 4)).toBe(3);
    // The text's own line breaks start lines; an empty text is one (empty) line.
    expect(wrappedLines('a\nb\n\nc', 80)).toBe(4);
    expect(wrappedLines('', 10)).toBe(1);
  });

  const text = fc
    .array(fc.stringMatching(/^[a-z]{1,15}$/), { minLength: 1, maxLength: 40 })
    .map((ws) => ws.join(' '));

  test('never fewer lines than the characters need, never more than one per word', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 15, max: 120 }), (t, per) => {
        const n = wrappedLines(t, per);
        // n lines hold at most n·per characters plus the n − 1 spaces broken at.
        expect(n).toBeGreaterThanOrEqual(Math.ceil((t.length + 1) / (per + 1)));
        expect(n).toBeLessThanOrEqual(t.split(' ').length);
      }),
    );
  });

  test('a wider column never takes more lines', () => {
    fc.assert(
      fc.property(
        text,
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 0, max: 50 }),
        (t, a, d) => {
          expect(wrappedLines(t, a + d)).toBeLessThanOrEqual(wrappedLines(t, a));
        },
      ),
    );
  });
});

describe('row heights', () => {
  test('characters per line grow with the column; bold text fits fewer', () => {
    expect(charsPerLine(10)).toBeLessThan(charsPerLine(20));
    expect(charsPerLine(40, true)).toBeLessThan(charsPerLine(40));
    // A 100-character column (w·7 + 5 = 705 px) holds about a hundred characters of 10-pt Arial.
    expect(charsPerLine(100)).toBeGreaterThanOrEqual(95);
    expect(charsPerLine(100)).toBeLessThanOrEqual(110);
  });

  test('one line is Excel’s standard 15-pt row; each more line adds 12.75 pt; at most 409', () => {
    expect(rowHeightFor(1)).toBe(15);
    expect(rowHeightFor(3)).toBe(15 + 2 * 12.75);
    expect(rowHeightFor(1000)).toBe(MAX_ROW_HEIGHT);
  });

  test('per row the most lines of its wrapped cells; merged areas by their whole width', () => {
    const long = Array.from({ length: 30 }, () => 'kata').join(' '); // 149 characters
    const spec: SheetSpec = {
      name: 'x',
      rows: [
        [long, null, null],
        ['pendek', long, 'x'],
        [long, null, null],
        [long, 'y', null],
      ],
      formats: {
        A1: { wrap: true }, // merged over A1:C1 (10 + 20 + 30 = 60 wide)
        A2: { wrap: true },
        B2: { wrap: true },
        A3: {}, // not wrapped: one line
        B4: { wrap: true }, // inside the merged area A4:B4, shows nothing
      },
      merges: ['A1:C1', 'A4:B4'],
      columnWidths: [10, 20, 30],
    };
    const lines = (w: number) => wrappedLines(long, charsPerLine(w));
    expect(lines(60)).toBeLessThan(lines(20));
    expect(rowHeights(spec)).toEqual([
      rowHeightFor(lines(60)),
      rowHeightFor(lines(20)), // B2 (20 wide) takes more lines than A2's "pendek"
      null,
      null,
    ]);
  });
});

/** The report plan of a sample, and its sheet with the given name prefix. */
async function samplePlan(name: string) {
  const { wb, read } = await loadSample(name);
  const plan = buildReportPlan(read.grid, analyze(read.grid));
  const sheet = (prefix: string) => plan.sheets.find((s) => s.name.startsWith(prefix))!;
  return { wb, read, plan, sheet };
}

test('the report sheets: every row with wrapped text gets a height, the header rows repeat', async () => {
  const { plan, sheet } = await samplePlan('gumukmas-2025');
  for (const spec of plan.sheets) {
    expect(spec.rowHeights).toHaveLength(spec.rows.length);
    // The marker line (row 2) wraps over at least two lines on every sheet narrower than it.
    const marker = spec.rows[1][0] as string;
    const width = (spec.columnWidths ?? []).reduce((a, b) => a + b, 0);
    if (marker.length > width * 1.2) expect(spec.rowHeights![1]).toBeGreaterThan(15);
  }
  const capaian = sheet('LKjIP Capaian');
  const [from, to] = capaian.print!.titleRows!;
  // The repeated rows are the group header ("Capaian Tahun …"), the header and the numbering.
  expect(capaian.rows[from - 1]).toContain('Capaian Tahun 2025');
  expect(capaian.rows[from]).toContain('Indikator');
  expect(capaian.rows[to - 1].slice(0, 3)).toEqual(['1', '2', '3']);
  expect(sheet('LKjIP Narasi').print!.titleRows).toEqual([1, 1]);
});

test('xlsx host: the file holds A4 landscape, one page wide, print titles, heights, Arial', async () => {
  const { wb, plan } = await samplePlan('semboro-2025');
  applyPlan(wb, plan);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  for (const spec of plan.sheets) {
    const ws = back.getWorksheet(spec.name)!;
    const [from, to] = spec.print!.titleRows!;
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${from}:${to}`,
    });
    spec.rowHeights!.forEach((h, r) => {
      expect({ row: r + 1, height: ws.getRow(r + 1).height ?? null }).toEqual({
        row: r + 1,
        height: h,
      });
    });
    const width = Math.max(...spec.rows.map((r) => r.length));
    for (let r = 1; r <= spec.rows.length; r++)
      for (let c = 1; c <= width; c++) {
        const cell = ws.getCell(r, c);
        expect({ at: cell.address, font: cell.font?.name, size: cell.font?.size }).toEqual({
          at: cell.address,
          font: REPORT_FONT,
          size: 10,
        });
        expect(cell.alignment?.vertical).toBe('top');
      }
  }
  // Bold and colours stay under the font: the title is bold Arial.
  const cap = back.getWorksheet(plan.sheets[1].name)!;
  expect(cap.getCell('A1').font).toMatchObject({ name: REPORT_FONT, bold: true });
});

test('Excel host: pageLayout, print titles, row heights and font as the spec says', async () => {
  const { read, plan } = await samplePlan('ambulu-2024');
  const mem = inMemory(read);
  await Excel.run(async (ctx) => {
    const { grid } = await readWorkbookGrid(ctx);
    await applyPlanInExcel(ctx, buildReportPlan(grid, analyze(grid)), undefined, {
      current: grid,
    });
  });
  for (const spec of plan.sheets) {
    const s = mem.sheet(spec.name)!;
    const [from, to] = spec.print!.titleRows!;
    expect({
      paper: s.paperSize,
      orientation: s.orientation,
      zoom: s.zoom,
      titles: s.printTitleRows,
    }).toEqual({
      paper: 'A4',
      orientation: 'Landscape',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      titles: { r0: from - 1, r1: to - 1 },
    });
    spec.rowHeights!.forEach((h, r) => expect([r, s.rowHeight(r)]).toEqual([r, h ?? 15]));
    const width = Math.max(...spec.rows.map((r) => r.length));
    for (let r = 0; r < spec.rows.length; r++)
      for (let c = 0; c < width; c++) {
        const cell = s.get(r, c);
        expect([r, c, cell?.fontName, cell?.fontSize, cell?.vAlign]).toEqual([
          r,
          c,
          REPORT_FONT,
          10,
          'Top',
        ]);
      }
  }
});

test('Excel host before ExcelApi 1.9: no page layout, the sheets are still written', async () => {
  const { read, plan } = await samplePlan('ambulu-2024');
  const mem = inMemory(read, { apiVersion: '1.8' });
  await Excel.run(async (ctx) => {
    const { grid } = await readWorkbookGrid(ctx);
    await applyPlanInExcel(ctx, buildReportPlan(grid, analyze(grid)), undefined, {
      current: grid,
    });
  });
  const s = mem.sheet(plan.sheets[0].name)!;
  expect(s.printTitleRows).toBeNull();
  expect(s.orientation).toBe('Portrait');
  // Row heights and fonts need only ExcelApi 1.2 and 1.1.
  expect(s.get(0, 0)?.fontName).toBe(REPORT_FONT);
  expect([...s.rowHeights.values()].length).toBeGreaterThan(0);
});

describe('the in-memory Excel refuses what Excel refuses', () => {
  function book(apiVersion = '1.9') {
    const wb = InMemoryWorkbook.fromGrid(
      { sheets: [{ name: 'A', rows: [[{ v: 1 }]], merges: [] }] },
      new Map(),
      { apiVersion },
    );
    return { wb, ...createExcelApi(wb) };
  }
  async function code(run: (ctx: Excel.RequestContext) => void, apiVersion?: string) {
    const { Excel } = book(apiVersion);
    try {
      await Excel.run(async (ctx) => {
        run(ctx as unknown as Excel.RequestContext);
        await ctx.sync();
      });
    } catch (e) {
      expect(e).toBeInstanceOf(OfficeApiError);
      return (e as OfficeApiError).code;
    }
    return 'ok';
  }
  const layout = (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem('A').pageLayout;
  const format = (ctx: Excel.RequestContext, ref: string) =>
    ctx.workbook.worksheets.getItem('A').getRange(ref).format;

  test.each([
    ['a scale below 10 %', (c: Excel.RequestContext) => void (layout(c).zoom = { scale: 5 })],
    [
      'a negative number of pages',
      (c: Excel.RequestContext) => void (layout(c).zoom = { horizontalFitToPages: -1 }),
    ],
    [
      'a fraction of a page',
      (c: Excel.RequestContext) => void (layout(c).zoom = { verticalFitToPages: 0.5 }),
    ],
    [
      'print titles that are not whole rows',
      (c: Excel.RequestContext) => layout(c).setPrintTitleRows('A1:C4'),
    ],
    [
      'a row taller than 409 pt',
      (c: Excel.RequestContext) => void (format(c, '1:1').rowHeight = 410),
    ],
    ['a font size of 0', (c: Excel.RequestContext) => void (format(c, 'A1').font.size = 0)],
  ])('%s: InvalidArgument', async (_l, run) => {
    expect(await code(run)).toBe('InvalidArgument');
  });

  test('what the Excel host writes is accepted and stored', async () => {
    const { wb, Excel } = book();
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('A');
      ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      ws.pageLayout.setPrintTitleRows('$2:$4');
      ws.getRange('3:5').format.rowHeight = 40.5;
      ws.getRange('A1:B2').format.font.name = 'Arial';
      await ctx.sync();
      const f = ws.getRange('3:4').format;
      f.load('rowHeight');
      ws.pageLayout.load('zoom');
      await ctx.sync();
      expect(f.rowHeight).toBe(40.5);
      expect(ws.pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    });
    const s = wb.sheet('A')!;
    expect(s.printTitleRows).toEqual({ r0: 1, r1: 3 });
    expect([s.rowHeight(1), s.rowHeight(2), s.rowHeight(4), s.rowHeight(5)]).toEqual([
      15, 40.5, 40.5, 15,
    ]);
    expect(s.get(1, 1)?.fontName).toBe('Arial');
  });

  test('page layout needs ExcelApi 1.9', async () => {
    expect(await code((c) => void (layout(c).zoom = { horizontalFitToPages: 1 }), '1.8')).toBe(
      'ApiNotFound',
    );
  });
});
