/**
 * Nothing the planner typed or coloured is ever lost (WORKBOOK.md "What we write", rules 1, 3, 5–8;
 * issue 11 "Done when"): a property over workbooks generated from the three samples by mutating
 * the cells in and around the result cells with exceljs — merges, error constants, whitespace,
 * theme, indexed, pattern and gradient fills, font colours, rich text, hyperlinks, plain and
 * shared formulas, booleans, dates, number formats, borders, emptied cells, odd sheet names.
 *
 * For each generated workbook, through the command line's `run()` (the xlsx host):
 * - `compute`: every cell outside the result cells is as in the input (value, type, number format,
 *   fill, font, borders and alignment); a result cell is as typed, or filled where it was empty
 *   (nothing or whitespace); no cell inside a merged area changes; the input's sheets, their
 *   order, state and merges stay; only our record and our `LKjIP …` sheets are added; a second
 *   `compute` changes nothing.
 * - `compute --perbaiki-semua` then `--batalkan`: every cell is as plain `compute` leaves it, so
 *   each corrected cell is back exactly as typed.
 * - `compute` then `--hapus-warna`: every cell's fill and font are as in the input; values and
 *   number formats differ only where Hitung filled an empty result cell.
 * The same through the Excel host over the in-memory Excel (values, formats, RGB colours).
 *
 * The input side is always the input as exceljs reads it back from the file, and the property
 * first checks that exceljs alone (load, save, load) keeps every cell. What exceljs itself cannot
 * write is left out of the mutations (see `shared`); a hyperlink's tooltip is not generated, as
 * exceljs drops it on its first save.
 *
 * Fixed seed and a bounded number of runs; ROUNDTRIP_RUNS and ROUNDTRIP_SEED give a longer fuzz:
 *   ROUNDTRIP_RUNS=200 ROUNDTRIP_SEED=7 npx jest test/cli/roundtrip.property.test.ts
 */
import { cli, openXlsx as open } from '../helpers/cli';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { toGrid } from '../../src/hosts/xlsx';
import { analyze } from '../../src/workbook/analyze';
import { resultCells } from '../../src/workbook/plan';
import { GENERATED_PREFIX, isRecordSheet } from '../../src/workbook/sheets';
import { a1, Sheet } from '../../src/workbook/grid';
import type { RawCell } from '../../src/engine/values';
import { hapusWarna, hitung } from '../../src/hosts/excel';
import type { ExportedWorkbook } from '../../src/hosts/preview';
import type { PlanOptions } from '../../src/workbook/plan';
import { isTypedCell } from '../../src/workbook/result-cells';
import { inMemory } from '../hosts/helpers';

const root = path.join(__dirname, '..', '..');
const SAMPLES = ['ambulu-2024', 'gumukmas-2025', 'semboro-2025'];
const RUNS = Number(process.env.ROUNDTRIP_RUNS ?? 12);
const SEED = Number(process.env.ROUNDTRIP_SEED ?? 20261103);
// Each run takes well under a second on an idle machine; the bound leaves room for a loaded one.
const TIMEOUT = Math.max(120_000, RUNS * 4_000);

// ---------------------------------------------------------------------------------------------
// Files and the command line

let dir: string;
let counter = 0;

/** `compute` into a fresh file; the command must not fail on the file (exit 0 or 1). */
async function compute(input: string, flags: string[]): Promise<string> {
  const out = path.join(dir, `run-${++counter}.xlsx`);
  const r = await cli(['compute', input, '-o', out, ...flags]);
  if (r.code === 2 || r.err !== '') throw new Error(`compute ${flags.join(' ')}: ${r.err}`);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Snapshots: every cell of every sheet, as exceljs reads it

interface CellShot {
  /** The cell's value as JSON; a merged non-first cell shows its merge's first cell instead. */
  value: string;
  type: number;
  numFmt: string | null;
  fill: string | null;
  font: string | null;
  /** Borders and alignment, which no command of ours changes. */
  layout: string | null;
}

interface SheetShot {
  state: string;
  merges: string[];
  cells: Map<string, CellShot>;
}

type Shot = Map<string, SheetShot>;

const json = (x: unknown): string | null =>
  x === undefined || x === null ? null : JSON.stringify(x);

/**
 * A formula as Excel shows it: a cell of a shared formula (one formula filled over a range) by its
 * own formula text, whether it is stored shared or on its own.
 */
function valueOf(cell: ExcelJS.Cell): string {
  if (cell.isMerged && cell.master !== cell) return `merged into ${cell.master.address}`;
  if (cell.type === ExcelJS.ValueType.Formula)
    return JSON.stringify({ formula: cell.formula, result: cell.result ?? null });
  // JSON would show a NaN as null; Excel cannot open a file holding one.
  if (typeof cell.value === 'number' && !Number.isFinite(cell.value)) return NOT_A_NUMBER;
  return JSON.stringify(cell.value ?? null);
}

const NOT_A_NUMBER = 'not a finite number';

function cellShot(cell: ExcelJS.Cell | undefined): CellShot {
  if (!cell) return { value: 'null', type: 0, numFmt: null, fill: null, font: null, layout: null };
  return {
    value: valueOf(cell),
    type: cell.type,
    numFmt: cell.numFmt || null,
    fill: json(cell.fill),
    font: json(cell.font),
    layout: json({ border: cell.border, alignment: cell.alignment }),
  };
}

function mergesOf(ws: ExcelJS.Worksheet): string[] {
  const internal = (ws as unknown as { _merges: Record<string, { range: string }> })._merges;
  return Object.values(internal ?? {})
    .map((m) => m.range)
    .sort();
}

function shot(wb: ExcelJS.Workbook): Shot {
  const out: Shot = new Map();
  wb.eachSheet((ws) => {
    const cells = new Map<string, CellShot>();
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) => {
        cells.set(c.address, cellShot(c));
      }),
    );
    out.set(ws.name, { state: ws.state, merges: mergesOf(ws), cells });
  });
  return out;
}

const EMPTY = cellShot(undefined);
const cellIn = (s: SheetShot | undefined, addr: string): CellShot => s?.cells.get(addr) ?? EMPTY;

function addresses(a: SheetShot, b: SheetShot | undefined): string[] {
  return [...new Set([...a.cells.keys(), ...(b?.cells.keys() ?? [])])];
}

/**
 * A workbook Excel opens: no number that is not finite, and (rule 9) no cell holding more text
 * than Excel's 32 767 characters.
 */
function expectWithinExcelLimit(s: Shot, label: string): void {
  for (const [name, sheet] of s)
    for (const [addr, c] of sheet.cells) {
      if (c.value === NOT_A_NUMBER) throw new Error(`${label}: ${name}!${addr} holds NaN`);
      if (c.value.length <= 32_767) continue;
      const v = JSON.parse(c.value) as unknown;
      const text =
        typeof v === 'string'
          ? v
          : ((v as { richText?: { text: string }[] } | null)?.richText ?? [])
              .map((t) => t.text)
              .join('');
      if (text.length > 32_767)
        throw new Error(`${label}: ${name}!${addr} holds ${text.length} characters`);
    }
}

/** Nothing, or whitespace only: a cell Hitung may fill (WORKBOOK.md rule 7). */
function isEmptyShot(c: CellShot): boolean {
  if (c.value.startsWith('merged')) return false;
  const v = JSON.parse(c.value) as unknown;
  return v === null || (typeof v === 'string' && v.trim() === '');
}

// ---------------------------------------------------------------------------------------------
// Generated workbooks

/** Cells of a sample the mutations aim at: its result cells and their neighbours. */
interface Sample {
  name: string;
  bytes: Buffer;
  spots: { sheet: string; row: number; col: number }[];
}

const ERRORS = ['#N/A', '#NUM!', '#NAME?', '#DIV/0!', '#VALUE!', '#REF!', '#NULL!'];
const BLANKS = [' ', '\t', '\n', '\u3000', '  \u00a0'];
const FILLS: ExcelJS.Fill[] = [
  {
    type: 'pattern',
    pattern: 'solid',
    fgColor: { theme: 4, tint: 0.3999755851924192 },
  } as ExcelJS.Fill,
  {
    type: 'pattern',
    pattern: 'solid',
    fgColor: { theme: 9, tint: -0.249977111117893 },
  } as ExcelJS.Fill,
  { type: 'pattern', pattern: 'solid', fgColor: { indexed: 43 } } as unknown as ExcelJS.Fill,
  {
    type: 'pattern',
    pattern: 'darkTrellis',
    fgColor: { argb: 'FFFF0000' },
    bgColor: { theme: 2, tint: -0.25 },
  } as ExcelJS.Fill,
  {
    type: 'pattern',
    pattern: 'lightGray',
    fgColor: { indexed: 64 },
    bgColor: { indexed: 65 },
  } as unknown as ExcelJS.Fill,
  { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF9BC2E6' } },
  {
    type: 'gradient',
    gradient: 'angle',
    degree: 45,
    stops: [
      { position: 0, color: { argb: 'FF0000FF' } },
      { position: 1, color: { theme: 4, tint: 0.5 } },
    ],
  } as unknown as ExcelJS.Fill,
  {
    type: 'gradient',
    gradient: 'path',
    center: { left: 0.5, top: 0.5 },
    stops: [
      { position: 0, color: { argb: 'FFFF0000' } },
      { position: 1, color: { indexed: 12 } },
    ],
  } as unknown as ExcelJS.Fill,
];
const NUM_FMTS = ['@', '0.0%', '#,##0.0 "org"', '0.00', '[Red]0.00;-0.00', 'dd/mm/yyyy'];
// exceljs' types name only argb and theme; the file format (and exceljs) also has tint and indexed.
const FONT_COLOURS = [
  { theme: 1 },
  { indexed: 10 },
  { argb: 'FF7030A0' },
  { theme: 0, tint: -0.5 },
] as unknown as ExcelJS.Color[];

type Mutation = { kind: (typeof KINDS)[number]; spot: number; variant: number };
const KINDS = [
  'merge-right',
  'merge-down',
  'error',
  'blank',
  'empty',
  'fill',
  'font',
  'richtext',
  'hyperlink',
  'formula',
  'boolean',
  'number-percent',
  'date',
  'formula-error',
  'shared-formula',
  'border',
  'numfmt',
  'long-text',
] as const;

function valueFor(kind: Mutation['kind'], v: number, cell: ExcelJS.Cell): ExcelJS.CellValue {
  const text = cell.text || '100%';
  switch (kind) {
    case 'error':
      return { error: ERRORS[v % ERRORS.length] } as ExcelJS.CellErrorValue;
    case 'blank':
      return BLANKS[v % BLANKS.length];
    case 'empty':
      return null;
    case 'richtext':
      return {
        richText: [
          { text: text.slice(0, 1) },
          { text: text.slice(1) || ' %', font: { bold: true, color: { theme: 5 } } },
        ],
      } as ExcelJS.CellRichTextValue;
    case 'hyperlink':
      return { text, hyperlink: `https://sakip.example.id/${v}` } as ExcelJS.CellHyperlinkValue;
    case 'formula':
      return v % 2
        ? ({
            formula: `ROUND(${100 + (v % 7)}/1,2)`,
            result: 100 + (v % 7),
          } as ExcelJS.CellFormulaValue)
        : ({ formula: 'A1&""', result: 'x' } as ExcelJS.CellFormulaValue);
    case 'boolean':
      return v % 2 === 0;
    case 'long-text':
      // Now and then as long as Excel allows (32 767 characters): recorded or listed, never more.
      // Seldom, since the engine takes about a second to read such a cell.
      return `${text} `.repeat(40_000).slice(0, v % 10 === 0 ? 32_767 : 300);
    case 'date':
      return new Date(Date.UTC(2024, v % 12, 1 + (v % 28)));
    case 'formula-error':
      return { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
    default:
      return (90 + (v % 20)) / 100;
  }
}

/**
 * A cell of a shared formula made by an earlier mutation. exceljs cannot write a workbook in which
 * such a cell was merged over or given another value while the others still point at it ("Shared
 * Formula master must exist above and or left of clone"), so later mutations leave those cells.
 */
function shared(cell: ExcelJS.Cell): boolean {
  const v = cell.value as { shareType?: string; sharedFormula?: string } | null;
  return typeof v === 'object' && v !== null && (v.shareType === 'shared' || !!v.sharedFormula);
}

function mutate(wb: ExcelJS.Workbook, sample: Sample, m: Mutation): void {
  const spot = sample.spots[m.spot % sample.spots.length];
  const ws = wb.getWorksheet(spot.sheet)!;
  const cell = ws.getCell(spot.row, spot.col);
  const valueKind = !['fill', 'font', 'border', 'numfmt'].includes(m.kind);
  if (valueKind && shared(cell)) return;
  switch (m.kind) {
    case 'merge-right':
    case 'merge-down': {
      const [r2, c2] =
        m.kind === 'merge-right' ? [spot.row, spot.col + 1] : [spot.row + 1, spot.col];
      if (shared(ws.getCell(r2, c2))) return;
      try {
        ws.mergeCells(spot.row, spot.col, r2, c2);
      } catch {
        // Overlaps a merge already there: Excel refuses it too.
      }
      return;
    }
    case 'fill':
      cell.fill = FILLS[m.variant % FILLS.length];
      return;
    case 'shared-formula': {
      // One formula filled down over the cell and the one below (Excel's shared formula).
      const below = ws.getCell(spot.row + 1, spot.col);
      if (cell.isMerged || below.isMerged || shared(below)) return;
      const n = 100 + (m.variant % 5);
      ws.fillFormula(`${cell.address}:${below.address}`, `ROUND(${n}+0*A1,2)`, [n, n]);
      return;
    }
    case 'border':
      cell.border = { top: { style: 'thin' }, bottom: { style: 'double', color: { theme: 3 } } };
      cell.alignment = { horizontal: 'center', wrapText: m.variant % 2 === 0 };
      return;
    case 'font':
      cell.font = {
        ...(cell.font ?? {}),
        ...(m.variant % 3 === 0 && { name: 'Arial', size: 9, italic: true, underline: 'double' }),
        color: FONT_COLOURS[m.variant % FONT_COLOURS.length],
      };
      return;
    case 'numfmt':
      cell.numFmt = NUM_FMTS[m.variant % NUM_FMTS.length];
      return;
    default:
      if (cell.isMerged && cell.master !== cell) return;
      cell.value = valueFor(m.kind, m.variant, cell);
      if (m.kind === 'number-percent') cell.numFmt = '0%';
  }
}

async function loadSample(name: string): Promise<Sample> {
  const file = path.join(root, 'assets', `${name}.xlsx`);
  const bytes = await fs.readFile(file);
  const wb = await open(file);
  const analysis = analyze(toGrid(wb, { styles: true }).grid);
  const spots: Sample['spots'] = [];
  for (const rc of resultCells(analysis.results)) {
    const c = wb.getWorksheet(rc.ref.sheet)!.getCell(rc.ref.cell);
    const row = Number(c.row);
    const col = Number(c.col);
    for (const [dr, dc] of [
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 1],
      [1, 0],
      [0, -1],
      [-1, 0],
    ])
      if (row + dr >= 1 && col + dc >= 1)
        spots.push({ sheet: rc.ref.sheet, row: row + dr, col: col + dc });
  }
  return { name, bytes, spots };
}

// ---------------------------------------------------------------------------------------------
// What the input is, and what may change

interface Input {
  file: string;
  shot: Shot;
  /** Result cells (`Sheet!A1`) of the input's own analysis, with whether Hitung may colour them. */
  results: Map<string, { coloured: boolean }>;
  recordSheets: Set<string>;
}

/**
 * Sheet names with doubled or no-break spaces, as planners type them ("Realisasi  2025"): the
 * record names cells by sheet and must find them again.
 */
function oddNames(wb: ExcelJS.Workbook): void {
  wb.eachSheet((ws) => {
    ws.name = ws.name.includes(' ') ? ws.name.replace(' ', '  ') : `${ws.name}\u00a0`;
  });
}

async function prepare(sample: Sample, muts: Mutation[], rename: boolean): Promise<Input> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(sample.bytes as unknown as ArrayBuffer);
  for (const m of muts) mutate(wb, sample, m);
  if (rename) oddNames(wb);
  const file = path.join(dir, `input-${++counter}.xlsx`);
  await wb.xlsx.writeFile(file);
  const read = await open(file);
  const grid = toGrid(read, { styles: true }).grid;
  const analysis = analyze(grid);
  const results = new Map<string, { coloured: boolean }>();
  for (const rc of resultCells(analysis.results))
    results.set(`${rc.ref.sheet}!${rc.ref.cell}`, {
      coloured: rc.fill !== undefined && rc.fill !== null,
    });
  const recordSheets = new Set(
    grid.sheets.filter((g) => isRecordSheet(new Sheet(g))).map((g) => g.name),
  );
  return { file, shot: shot(read), results, recordSheets };
}

/** exceljs alone keeps every cell of the input (else the comparison would blame our code). */
async function exceljsEcho(input: Input): Promise<void> {
  const wb = await open(input.file);
  const again = path.join(dir, `echo-${++counter}.xlsx`);
  await wb.xlsx.writeFile(again);
  expectSameCells(input.shot, shot(await open(again)), () => true, 'exceljs alone');
}

/** Every cell of the input's sheets for which `check(addr)` holds is identical in `after`. */
function expectSameCells(
  before: Shot,
  after: Shot,
  check: (sheet: string, addr: string) => boolean,
  label: string,
  fields: (keyof CellShot)[] = ['value', 'type', 'numFmt', 'fill', 'font', 'layout'],
): void {
  for (const [name, b] of before) {
    const a = after.get(name);
    for (const addr of addresses(b, a)) {
      if (!check(name, addr)) continue;
      const x = cellIn(b, addr);
      const y = cellIn(a, addr);
      for (const f of fields)
        if (x[f] !== y[f])
          throw new Error(`${label}: ${name}!${addr} ${f} was ${x[f]}, is ${y[f]}`);
    }
  }
}

/** The input's sheets keep their names, order, state and merges; added sheets are ours. */
function expectSameSheets(input: Input, after: Shot, label: string): void {
  const names = [...input.shot.keys()];
  expect([...after.keys()].filter((n) => input.shot.has(n))).toEqual(names);
  for (const [name, b] of input.shot) {
    const a = after.get(name)!;
    expect({ label, name, state: a.state, merges: a.merges }).toEqual({
      label,
      name,
      state: b.state,
      merges: b.merges,
    });
  }
}

async function expectOnlyOurSheetsAdded(input: Input, file: string): Promise<void> {
  const wb = await open(file);
  const grid = toGrid(wb).grid;
  for (const g of grid.sheets) {
    if (input.shot.has(g.name) && !input.recordSheets.has(g.name)) continue;
    const ours = g.name.startsWith(GENERATED_PREFIX) || (g.hidden && isRecordSheet(new Sheet(g)));
    expect({ sheet: g.name, ours }).toEqual({ sheet: g.name, ours: true });
  }
}

/** `compute`: outside the result cells nothing changes; result cells are as typed or were empty. */
function expectComputeKeeps(input: Input, out: Shot): void {
  expectSameSheets(input, out, 'compute');
  const isResult = (sheet: string, addr: string) => input.results.has(`${sheet}!${addr}`);
  const ours = (sheet: string) => input.recordSheets.has(sheet);
  expectSameCells(input.shot, out, (s, a) => !ours(s) && !isResult(s, a), 'compute');
  for (const [k, { coloured }] of input.results) {
    const i = k.lastIndexOf('!');
    const [sheet, addr] = [k.slice(0, i), k.slice(i + 1)];
    const before = cellIn(input.shot.get(sheet), addr);
    const after = cellIn(out.get(sheet), addr);
    if (before.value.startsWith('merged')) {
      // Inside a merged area: never written; its first cell stands for the area.
      expect({ k, after }).toEqual({ k, after: before });
      continue;
    }
    if (!isEmptyShot(before)) {
      // Typed: value, type and number format as typed; only a predicate colour may be added.
      const kept = { value: after.value, type: after.type, numFmt: after.numFmt };
      expect({ k, kept }).toEqual({
        k,
        kept: { value: before.value, type: before.type, numFmt: before.numFmt },
      });
    }
    if (!coloured)
      expect({ k, fill: after.fill, font: after.font }).toEqual({
        k,
        fill: before.fill,
        font: before.font,
      });
  }
}

// ---------------------------------------------------------------------------------------------

const samples: Sample[] = [];
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'capaian-roundtrip-'));
  for (const s of SAMPLES) samples.push(await loadSample(s));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const mutation = fc.record({
  kind: fc.constantFrom(...KINDS),
  spot: fc.nat({ max: 10_000 }),
  variant: fc.nat({ max: 1000 }),
});
const workbook = fc.record({
  sample: fc.nat({ max: SAMPLES.length - 1 }),
  muts: fc.array(mutation, { minLength: 1, maxLength: 12 }),
  rename: fc.boolean(),
});

test(
  'Hitung, its undo and Hapus Warna keep every cell the planner typed or coloured',
  async () => {
    await fc.assert(
      fc.asyncProperty(workbook, async ({ sample, muts, rename }) => {
        const input = await prepare(samples[sample], muts, rename);
        await exceljsEcho(input);

        const computed = await compute(input.file, []);
        const out = shot(await open(computed));
        expectComputeKeeps(input, out);
        expectWithinExcelLimit(out, 'compute');
        await expectOnlyOurSheetsAdded(input, computed);
        // Rule 5: a second run on the result changes nothing.
        const twice = shot(await open(await compute(computed, [])));
        expectSameCells(out, twice, () => true, 'compute twice');

        const fixed = await compute(input.file, ['--perbaiki-semua']);
        const undone = await compute(fixed, ['--batalkan']);
        expectWithinExcelLimit(shot(await open(fixed)), '--perbaiki-semua');
        const back = shot(await open(undone));
        expectWithinExcelLimit(back, '--batalkan');
        expectSameSheets(input, back, '--batalkan');
        expectSameCells(
          out,
          back,
          (s) => input.shot.has(s) && !input.recordSheets.has(s),
          '--batalkan',
        );

        const polos = await compute(computed, ['--hapus-warna']);
        const clear = shot(await open(polos));
        expectSameSheets(input, clear, '--hapus-warna');
        const notOurs = (s: string) => !input.recordSheets.has(s);
        expectSameCells(input.shot, clear, notOurs, '--hapus-warna', ['fill', 'font']);
        const filled = (s: string, a: string) =>
          input.results.has(`${s}!${a}`) && isEmptyShot(cellIn(input.shot.get(s), a));
        expectSameCells(input.shot, clear, (s, a) => notOurs(s) && !filled(s, a), '--hapus-warna');
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true, path: process.env.ROUNDTRIP_PATH },
    );
  },
  TIMEOUT,
);

// ---------------------------------------------------------------------------------------------
// The same promises through the Excel host (Office.js over the in-memory Excel), which reads and
// writes values, number formats, merges and RGB fill and font colours.

interface ExcelCell {
  raw: RawCell | null;
  fill: string | null;
  font: string | null;
}

const sheetOf = (k: string) => k.slice(0, k.lastIndexOf('!'));

/** Every cell of the given sheets as the Excel host exports it: value (with format), fill, font. */
function excelCells(e: ExportedWorkbook, sheets: Set<string>): Map<string, ExcelCell> {
  const out = new Map<string, ExcelCell>();
  const at = (k: string) => out.get(k) ?? out.set(k, { raw: null, fill: null, font: null }).get(k)!;
  for (const g of e.grid.sheets) {
    if (!sheets.has(g.name)) continue;
    g.rows.forEach((row, r) =>
      row?.forEach((raw, c) => {
        if (!raw) return;
        // The in-memory Excel does not calculate: a formula put back has no result until Excel
        // recalculates it, so a formula cell is compared by its formula and format.
        const kept =
          raw.formula !== undefined ? { v: null, formula: raw.formula, fmt: raw.fmt } : raw;
        at(`${g.name}!${a1(r, c)}`).raw = JSON.parse(JSON.stringify(kept)) as RawCell;
      }),
    );
  }
  for (const [k, st] of e.styles) {
    if (!sheets.has(sheetOf(k))) continue;
    // Office.js reads Excel's automatic font colour as black and has no way to set "automatic":
    // the host puts back black where it read black, which Excel shows the same.
    const font = st.font === '#000000' ? null : (st.font ?? null);
    Object.assign(at(k), { fill: st.fill ?? null, font });
  }
  return out;
}

const EMPTY_EXCEL: ExcelCell = { raw: null, fill: null, font: null };

/** Cells of `a` and `b` (by `Sheet!A1`) that differ in the given parts, where `check` holds. */
function excelDiff(
  a: Map<string, ExcelCell>,
  b: Map<string, ExcelCell>,
  check: (k: string) => boolean,
  parts: (keyof ExcelCell)[] = ['raw', 'fill', 'font'],
): string[] {
  const out: string[] = [];
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    if (!check(k)) continue;
    const x = a.get(k) ?? EMPTY_EXCEL;
    const y = b.get(k) ?? EMPTY_EXCEL;
    for (const p of parts)
      if (JSON.stringify(x[p]) !== JSON.stringify(y[p]))
        out.push(`${k} ${p}: ${JSON.stringify(x[p])} → ${JSON.stringify(y[p])}`);
  }
  return out;
}

/** The Excel host over a fresh in-memory Excel holding the input; the workbook after `steps`. */
async function inExcel(
  input: Input,
  steps: (PlanOptions | 'hapus-warna')[],
): Promise<ExportedWorkbook> {
  const mem = inMemory(toGrid(await open(input.file), { styles: true }));
  for (const s of steps) await (s === 'hapus-warna' ? hapusWarna() : hitung(undefined, s));
  return mem.export();
}

test(
  'the Excel host keeps the same promises on the same workbooks',
  async () => {
    await fc.assert(
      fc.asyncProperty(workbook, async ({ sample, muts, rename }) => {
        const input = await prepare(samples[sample], muts, rename);
        const sheets = new Set([...input.shot.keys()].filter((n) => !input.recordSheets.has(n)));
        const before = excelCells(await inExcel(input, []), sheets);
        const isResult = (k: string) => input.results.has(k);

        const after = excelCells(await inExcel(input, [{}]), sheets);
        expect(excelDiff(before, after, (k) => !isResult(k))).toEqual([]);
        const typed = (k: string) => isResult(k) && isTypedCell(before.get(k)?.raw ?? undefined);
        expect(excelDiff(before, after, typed, ['raw'])).toEqual([]);
        const plain = (k: string) => isResult(k) && !input.results.get(k)!.coloured;
        expect(excelDiff(before, after, plain, ['fill', 'font'])).toEqual([]);

        const twice = excelCells(await inExcel(input, [{}, {}]), sheets);
        expect(excelDiff(after, twice, () => true)).toEqual([]);

        const undone = await inExcel(input, [{ perbaikiSemua: true }, { batalkan: true }]);
        expect(excelDiff(after, excelCells(undone, sheets), () => true)).toEqual([]);

        const clear = excelCells(await inExcel(input, [{}, 'hapus-warna']), sheets);
        expect(excelDiff(before, clear, () => true, ['fill', 'font'])).toEqual([]);
        const filled = (k: string) => isResult(k) && !isTypedCell(before.get(k)?.raw ?? undefined);
        expect(excelDiff(before, clear, (k) => !filled(k), ['raw'])).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true, path: process.env.ROUNDTRIP_PATH },
    );
  },
  TIMEOUT,
);
