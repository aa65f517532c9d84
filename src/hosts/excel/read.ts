/**
 * Read the whole workbook into plain grids — the same `{ grid, styles }` the xlsx host's
 * `toGrid` gives — in a constant number of syncs:
 *
 *   1. the sheets' names and visibility — and, for an action that writes afterwards (`state`),
 *      what the writes must know: protection of the sheets and of the structure, events;
 *   2. each sheet's used range (values only): its position and size;
 *   3. for every sheet at once: values, number formats, formulas, merged areas (ExcelApi 1.13,
 *      asked from column A and row 1 to the used range's far corner, in blocks of rows because
 *      one request may return at most 512 areas — see `queueMerges`) and, for
 *      Hitung, the fill and font colour of each cell (`getCellProperties`, ExcelApi 1.9).
 *
 * A large used range is read in row blocks (`READ_BLOCK_CELLS`), several syncs; one over
 * `MAX_SHEET_CELLS` is refused with a message naming the sheet. On Excel on the web, which
 * refuses an answer over 5 MB, the blocks are sized beforehand to fit `RESPONSE_BUDGET`, and
 * Hitung's colours come with the values only when all of them fit one answer. When Excel still
 * refuses an answer as too large, or answers a range with `null`, the same reads are repeated in
 * smaller row blocks, one sync per block group.
 */
import { EXCEL_ERROR_VALUES, isDateFormat, type RawCell } from '../../engine/values';
import { a1, parseA1, type Merge, type SheetGrid, type WorkbookGrid } from '../../workbook/grid';
import type { CellStyle } from '../../workbook/plan';
import { errorCode, ExcelHostError, isResponsePayloadError, MESSAGES, toHostError } from './errors';
import { queueState, type WorkbookState } from './state';
import { onTheWeb, supports, sync } from './sync';

export interface ExcelReadOptions {
  /** Read the fill and font colour of each non-empty cell too (`styles`, as the xlsx host). */
  styles?: boolean;
  /**
   * Read the fill, font colour and hyperlink of every cell of the used ranges, empty ones too,
   * as `readCellStyles` reads them — with the values, in the same syncs (Hitung: the original
   * colours of the cells it recolours, without a sync of their own).
   */
  cellStyles?: boolean;
  /** Load what the writes must know (`WorkbookState`) with the first sync. */
  state?: boolean;
}

/** Used range of a sheet, 0-based. */
export interface UsedArea {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface CellStyles {
  /** `Sheet!A1` → style, for the cells that have one. */
  styles: Map<string, CellStyle>;
  /** The area read, by sheet name: a cell inside it and not in `styles` has no style. */
  covered: Map<string, UsedArea>;
}

export interface ExcelRead {
  grid: WorkbookGrid;
  styles: Map<string, CellStyle>;
  /** With `cellStyles` (and ExcelApi 1.9). */
  cellStyles?: CellStyles;
  /** With `state`. */
  state?: WorkbookState;
}

interface ReadFlags {
  merges: boolean;
  styles: boolean;
  cellStyles: boolean;
}

/** Rows per merged-areas request: at most 512 areas may come back from one. */
const MERGE_BLOCK_ROWS = 100;

/** One cell as the reader wants it (the xlsx host's `toRaw`); undefined for an empty cell. */
export function toRawCell(
  value: unknown,
  numberFormat: unknown,
  formula: unknown,
): RawCell | undefined {
  const f = typeof formula === 'string' && formula.startsWith('=') ? formula.slice(1) : undefined;
  const nf =
    typeof numberFormat === 'string' && numberFormat !== 'General' ? numberFormat : undefined;
  if (typeof value === 'string' && EXCEL_ERROR_VALUES.has(value)) {
    return f !== undefined
      ? { v: null, err: value, fmt: nf, formula: f }
      : { v: null, err: value, fmt: nf };
  }
  if (f !== undefined) {
    if (value === null || value === undefined) return { v: null, fmt: nf, formula: f };
    if (typeof value === 'number' && isDateFormat(nf))
      return { v: value, date: true, fmt: nf, formula: f };
    if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
      return { v: value, fmt: nf, formula: f };
    return { v: null, fmt: nf, formula: f };
  }
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'number') {
    if (isDateFormat(nf)) return { v: value, date: true, fmt: nf };
    return { v: value, fmt: nf };
  }
  // The format goes with text and booleans too: undo puts a cell back with it (rule 8).
  if (typeof value === 'string' || typeof value === 'boolean') return { v: value, fmt: nf };
  return { v: String(value), fmt: nf };
}

interface SheetInfo {
  name: string;
  hidden: boolean;
  /** Used range (values only), 0-based; null when the sheet holds no value. */
  used: UsedArea | null;
}

interface Unit {
  sheet: SheetInfo;
  /** Rows of the used range this unit covers (0-based, absolute). */
  top: number;
  rows: number;
}

interface PendingUnit {
  unit: Unit;
  range: Excel.Range;
  props: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
  merges: Excel.RangeAreas[];
}

function rangeRef(row: number, col: number, rows: number, cols: number): string {
  return `${a1(row, col)}:${a1(row + rows - 1, col + cols - 1)}`;
}

/**
 * Every sheet of the workbook as plain grids, and (with `styles`) the fill and font colour of
 * each non-empty cell by `Sheet!A1`.
 */
export async function readWorkbookGrid(
  context: Excel.RequestContext,
  opts: ExcelReadOptions = {},
): Promise<ExcelRead> {
  try {
    const { sheets, state } = await readSheetInfo(context, !!opts.state);
    for (const s of sheets) checkReadable(s);
    const props = supports('1.9');
    const flags = {
      merges: supports('1.13'),
      styles: !!opts.styles && props,
      cellStyles: !!opts.cellStyles && props && coloursFitOneAnswer(sheets),
    };
    const read = await readCells(context, sheets, flags);
    return state ? { ...read, state } : read;
  } catch (e) {
    throw toHostError(e);
  }
}

/**
 * Whether the colours of every cell fit in one answer with the values. When they do not, they
 * are not read with the values at all: Hitung then reads the colours of the cells it writes
 * (`readCellStyles`), a small part of the workbook, in one more sync — fewer syncs and bytes
 * than values and colours of every cell split over several answers.
 */
function coloursFitOneAnswer(sheets: SheetInfo[]): boolean {
  return (
    answerBudget() === null ||
    usedCells(sheets) * ANSWER_BYTES_PER_CELL.withColours <= RESPONSE_BUDGET
  );
}

/** `RESPONSE_BUDGET` on Excel on the web; null on desktop Excel, whose answers have no limit. */
function answerBudget(): number | null {
  return onTheWeb() ? RESPONSE_BUDGET : null;
}

function usedCells(sheets: SheetInfo[]): number {
  return sheets.reduce((s, x) => s + (x.used ? x.used.rows * x.used.cols : 0), 0);
}

/**
 * Syncs 1 and 2: the sheets' names and visibility (with `withState`, the protections and events
 * too), then each sheet's used range (values only).
 */
async function readSheetInfo(
  context: Excel.RequestContext,
  withState: boolean,
): Promise<{ sheets: SheetInfo[]; state?: WorkbookState }> {
  const worksheets = context.workbook.worksheets;
  const stateLoad = withState ? queueState(context) : null;
  worksheets.load(['items/name,items/visibility', stateLoad?.select].filter(Boolean).join(','));
  await sync(context);
  const state = stateLoad?.read(worksheets.items);
  const list = worksheets.items.map((ws) => ({
    ws,
    info: { name: ws.name, hidden: ws.visibility !== 'Visible', used: null } as SheetInfo,
  }));
  const used = list.map(({ ws }) => {
    const r = ws.getUsedRangeOrNullObject(true);
    r.load('rowIndex,columnIndex,rowCount,columnCount');
    return r;
  });
  await sync(context);
  list.forEach(({ info }, i) => {
    const r = used[i];
    if (!r.isNullObject)
      info.used = { row: r.rowIndex, col: r.columnIndex, rows: r.rowCount, cols: r.columnCount };
  });
  return { sheets: list.map(({ info }) => info), state };
}

/**
 * Cells per range read. Excel reads at most five million cells in one get, and past that
 * returns `null` for `values` instead of throwing (learn.microsoft.com "Performance optimization
 * using the Excel JavaScript API", payload size limits; OfficeDev/office-js #4783, #6781);
 * Microsoft's advice for large ranges is to read them in row blocks ("Read or write to a large
 * range using the Excel JavaScript API"). A stray value far from the data makes the used range
 * that large.
 */
export const READ_BLOCK_CELLS = 1_000_000;
/** Cells read in one sync (several blocks, several sheets): what the pane holds at once. */
export const READ_BATCH_CELLS = 2_000_000;
/**
 * A used range larger than this is not read at all: twice Excel's limit for one read, minutes of
 * syncs on Excel on the web, and always a stray value (an LKjIP sheet is a few thousand cells).
 */
export const MAX_SHEET_CELLS = 10_000_000;

/**
 * Bytes one answer may carry: Excel on the web refuses an answer over 5 MB ("Resource limits and
 * performance optimization for Office Add-ins", Excel: payload size limit for requests and
 * responses); a margin is kept for our estimate, as for the writes (apply.ts).
 */
export const RESPONSE_BUDGET = 4 * 1024 * 1024;
/**
 * Estimated bytes per cell of an answer: values, number formats and formulas; and with the
 * colours (`getCellProperties`: fill, pattern, tints, font colour, hyperlink), about four times
 * that. Measured on generated LKjIP workbooks through the in-memory Excel (50 and 229 bytes),
 * rounded up for long indicator names. An answer larger than estimated is still refused and
 * read again in smaller blocks.
 */
export const ANSWER_BYTES_PER_CELL = { values: 80, withColours: 300 };

/** A sheet too large to read: a message naming the sheet and its used range, never a crash. */
function checkReadable(s: SheetInfo): void {
  if (!s.used) return;
  const cells = s.used.rows * s.used.cols;
  if (cells <= MAX_SHEET_CELLS) return;
  const address = rangeRef(s.used.row, s.used.col, s.used.rows, s.used.cols);
  throw new ExcelHostError(MESSAGES.tooLarge(s.name, address, cells), 'too-large', {
    sheet: s.name,
  });
}

/** Excel answered a range read without its cells (`null`): the range was too large to read. */
class NullRead extends Error {
  constructor(readonly sheet: SheetInfo) {
    super('Excel returned null for a range read');
  }
}

/**
 * Sync 3 (and more for large sheets): the cells. One batch for everything up to
 * `READ_BATCH_CELLS`; smaller blocks when Excel refuses the answer as too big (5 MB on the web)
 * or answers a range with `null`.
 */
async function readCells(
  context: Excel.RequestContext,
  sheets: SheetInfo[],
  flags: ReadFlags,
): Promise<ExcelRead> {
  const cells = usedCells(sheets);
  const widest = Math.max(...sheets.map((x) => x.used?.cols ?? 1));
  let limits = firstLimits(flags, widest);
  for (;;) {
    const out: Collected = {
      grids: new Map(),
      withStyles: flags.styles,
      styles: new Map(),
      cellStyles: flags.cellStyles ? new Map() : null,
      mergeKeys: new Map(),
    };
    for (const s of sheets)
      out.grids.set(s.name, { name: s.name, rows: [], merges: [], hidden: s.hidden });
    try {
      for (const batch of planBatches(sheets, limits.unit, limits.batch)) {
        const pending = batch.map((unit) => queueUnit(context, unit, flags));
        await sync(context);
        for (const p of pending) collect(p, out);
      }
      return resultOf(sheets, out);
    } catch (e) {
      const tooBig = e instanceof NullRead || isRangeLimitError(e);
      if (!tooBig && !isResponsePayloadError(e)) throw e;
      if (limits.unit <= widest) throw cannotRead(e, sheets);
      const half = Math.max(widest, Math.floor(Math.min(limits.unit, cells) / 2));
      limits = { unit: half, batch: half };
    }
  }
}

/**
 * Cells per block and per sync to begin with: Excel's own limits, and as many cells as the
 * estimate puts in one answer of `RESPONSE_BUDGET` (at least one row of the widest sheet).
 */
function firstLimits(flags: ReadFlags, widest: number): { unit: number; batch: number } {
  const perCell =
    flags.styles || flags.cellStyles
      ? ANSWER_BYTES_PER_CELL.withColours
      : ANSWER_BYTES_PER_CELL.values;
  const budget = answerBudget();
  if (budget === null) return { unit: READ_BLOCK_CELLS, batch: READ_BATCH_CELLS };
  const answer = Math.max(widest, Math.floor(budget / perCell));
  const batch = Math.min(READ_BATCH_CELLS, answer);
  return { unit: Math.min(READ_BLOCK_CELLS, batch), batch };
}

/** What the blocks read so far add up to. */
interface Collected {
  grids: Map<string, SheetGrid>;
  /** Whether `styles` was asked for. */
  withStyles: boolean;
  styles: Map<string, CellStyle>;
  cellStyles: Map<string, CellStyle> | null;
  mergeKeys: Map<string, Set<string>>;
}

function resultOf(sheets: SheetInfo[], out: Collected): ExcelRead {
  const read: ExcelRead = {
    grid: { sheets: sheets.map((s) => out.grids.get(s.name)!) },
    styles: out.styles,
  };
  if (!out.cellStyles) return read;
  const covered = new Map<string, UsedArea>();
  for (const s of sheets) if (s.used) covered.set(s.name, s.used);
  return { ...read, cellStyles: { styles: out.cellStyles, covered } };
}

/** Excel refused a range as having too many cells. */
function isRangeLimitError(e: unknown): boolean {
  return errorCode(e) === 'RangeExceedsLimit';
}

/** The error when even one row at a time cannot be read. */
function cannotRead(e: unknown, sheets: SheetInfo[]): ExcelHostError {
  const s = e instanceof NullRead ? e.sheet : sheets.find((x) => x.used);
  if (!s?.used || isResponsePayloadError(e))
    return new ExcelHostError(MESSAGES.payload, 'payload', { cause: e });
  const address = rangeRef(s.used.row, s.used.col, s.used.rows, s.used.cols);
  const cells = s.used.rows * s.used.cols;
  return new ExcelHostError(MESSAGES.tooLarge(s.name, address, cells), 'too-large', {
    sheet: s.name,
    cause: e,
  });
}

/** Row blocks of at most `unitCells` cells, grouped into syncs of at most `batchCells`. */
function planBatches(sheets: SheetInfo[], unitCells: number, batchCells: number): Unit[][] {
  const units: Unit[] = [];
  for (const s of sheets) {
    if (!s.used) continue;
    const perUnit = Math.max(1, Math.floor(unitCells / s.used.cols));
    for (let top = s.used.row; top < s.used.row + s.used.rows; top += perUnit)
      units.push({ sheet: s, top, rows: Math.min(perUnit, s.used.row + s.used.rows - top) });
  }
  const batches: Unit[][] = [];
  let cur: Unit[] = [];
  let size = 0;
  for (const u of units) {
    const n = u.rows * u.sheet.used!.cols;
    if (cur.length && size + n > batchCells) {
      batches.push(cur);
      cur = [];
      size = 0;
    }
    cur.push(u);
    size += n;
  }
  if (cur.length) batches.push(cur);
  return batches;
}

function queueUnit(context: Excel.RequestContext, unit: Unit, flags: ReadFlags): PendingUnit {
  const u = unit.sheet.used!;
  const ws = context.workbook.worksheets.getItem(unit.sheet.name);
  const range = ws.getRange(rangeRef(unit.top, u.col, unit.rows, u.cols));
  range.load('values,numberFormat,formulas');
  const props =
    flags.styles || flags.cellStyles
      ? range.getCellProperties({
          format: STYLE_PROPS,
          ...(flags.cellStyles && { hyperlink: true }),
        })
      : null;
  const merges = flags.merges ? queueMerges(ws, unit) : [];
  return { unit, range, props, merges };
}

/**
 * The merged areas that may touch the unit's rows. Excel returns only the merges whose top-left
 * cell lies inside the range asked (OfficeDev/office-js #3611), and a merge's top-left cell may
 * hold no value and so lie above or left of the used range (values only). Every merge that
 * overlaps the used range has its top-left cell at or above its bottom row and at or left of its
 * right column: asking from column A, and for the sheet's first unit from row 1, finds them all.
 */
function queueMerges(ws: Excel.Worksheet, unit: Unit): Excel.RangeAreas[] {
  const u = unit.sheet.used!;
  const first = unit.top === u.row ? 0 : unit.top;
  const end = unit.top + unit.rows;
  const merges: Excel.RangeAreas[] = [];
  for (let top = first; top < end; top += MERGE_BLOCK_ROWS) {
    const rows = Math.min(MERGE_BLOCK_ROWS, end - top);
    const areas = ws.getRange(rangeRef(top, 0, rows, u.col + u.cols)).getMergedAreasOrNullObject();
    areas.load('areaCount');
    areas.areas.load('items/rowIndex,items/columnIndex,items/rowCount,items/columnCount');
    merges.push(areas);
  }
  return merges;
}

function collect(p: PendingUnit, out: Collected): void {
  const { unit } = p;
  const u = unit.sheet.used!;
  const grid = out.grids.get(unit.sheet.name)!;
  const values = p.range.values;
  const formats = p.range.numberFormat;
  const formulas = p.range.formulas;
  // Over Excel's cell limit the answer may be null instead of an error (office-js #4783, #6781).
  if (!values || !formats || !formulas) throw new NullRead(unit.sheet);
  const props = p.props?.value ?? null;
  collectMerges(p, grid, out.mergeKeys);
  for (let i = 0; i < unit.rows; i++) {
    const r = unit.top + i;
    for (let j = 0; j < u.cols; j++) {
      const raw = toRawCell(values[i][j], formats[i][j], formulas[i][j]);
      const c = u.col + j;
      if (raw) (grid.rows[r] ??= [])[c] = raw;
      if (props && (raw || out.cellStyles))
        collectStyle(out, `${unit.sheet.name}!${a1(r, c)}`, !!raw, props[i][j]);
    }
  }
  for (let i = 0; i < grid.rows.length; i++) if (!grid.rows[i]) grid.rows[i] = [];
}

/** A cell's colours: into `styles` when it holds a value, into `cellStyles` in any case. */
function collectStyle(out: Collected, k: string, hasValue: boolean, p: Excel.CellProperties) {
  const st = styleOf(p.format?.fill, p.format?.font);
  if (out.withStyles && hasValue && st) out.styles.set(k, st);
  if (!out.cellStyles) return;
  const linked = withLink(st, p);
  if (linked) out.cellStyles.set(k, linked);
}

function collectMerges(p: PendingUnit, grid: SheetGrid, mergeKeys: Map<string, Set<string>>) {
  let seen = mergeKeys.get(p.unit.sheet.name);
  if (!seen) {
    seen = new Set();
    mergeKeys.set(p.unit.sheet.name, seen);
  }
  for (const areas of p.merges) {
    if (areas.isNullObject) continue;
    for (const r of areas.areas.items) {
      const m: Merge = {
        top: r.rowIndex,
        left: r.columnIndex,
        bottom: r.rowIndex + r.rowCount - 1,
        right: r.columnIndex + r.columnCount - 1,
      };
      const k = `${m.top},${m.left},${m.bottom},${m.right}`;
      if (seen.has(k)) continue;
      seen.add(k);
      grid.merges.push(m);
    }
  }
}

/** What Hitung reads of a cell's colours: everything Office.js says of its fill and font colour. */
const STYLE_PROPS = {
  fill: {
    color: true,
    pattern: true,
    patternColor: true,
    tintAndShade: true,
    patternTintAndShade: true,
  },
  font: { color: true, tintAndShade: true },
};

type FillProps = {
  color?: string;
  pattern?: string;
  patternColor?: string;
  tintAndShade?: number;
  patternTintAndShade?: number;
};
type FontProps = { color?: string; tintAndShade?: number };

/**
 * The fill and font colour exactly as Office.js reports them, when they are more than a plain
 * solid RGB fill (a pattern, a tint, a pattern colour), for Hapus Warna to put back.
 */
function officeStyleOf(fill: FillProps | undefined, font: FontProps | undefined) {
  const pattern = fill?.pattern ?? 'Solid';
  const plain =
    (pattern === 'Solid' || pattern === 'None') &&
    !fill?.tintAndShade &&
    !fill?.patternTintAndShade &&
    !font?.tintAndShade;
  if (plain || !fill) return undefined;
  return {
    fill: {
      color: pattern === 'None' ? null : (fill.color?.toUpperCase() ?? null),
      pattern,
      patternColor: fill.patternColor?.toUpperCase() ?? null,
      tintAndShade: fill.tintAndShade ?? 0,
      patternTintAndShade: fill.patternTintAndShade ?? 0,
    },
    font: { color: font?.color?.toUpperCase() ?? null, tintAndShade: font?.tintAndShade ?? 0 },
  };
}

/** A result cell's hyperlink beside its colours (a corrected cell's undo puts it back). */
function withLink(st: CellStyle | null, p: Excel.CellProperties): CellStyle | null {
  const h = p.hyperlink;
  if (!h?.address) return st;
  const link = { address: h.address, ...(h.screenTip && { screenTip: h.screenTip }) };
  return { ...(st ?? { fill: null, font: null }), link };
}

function styleOf(fill: FillProps | undefined, font: FontProps | undefined): CellStyle | null {
  const colour = fill?.color ? fill.color.toUpperCase() : null;
  const f =
    fill?.pattern === undefined
      ? colour && colour !== '#FFFFFF'
        ? colour
        : null
      : fill.pattern === 'Solid'
        ? colour
        : null;
  const fc = font?.color ? font.color.toUpperCase() : null;
  const office = officeStyleOf(fill, font);
  // Automatic black on no fill is an unstyled cell (exceljs reports none either).
  if (f === null && (fc === null || fc === '#000000') && !office) return null;
  return { fill: f, font: fc, ...(office && { office }) };
}

/**
 * The fill and font colour of the given cells only (`Sheet!A1` → style), in one sync (one more
 * per `RESPONSE_BUDGET` of answer, for tens of thousands of cells): what
 * Hitung needs to record original colours, without reading the colours of every cell of every
 * sheet. Adjacent cells of a column are read as one range.
 */
export async function readCellStyles(
  context: Excel.RequestContext,
  cells: { sheet: string; cell: string }[],
): Promise<Map<string, CellStyle>> {
  const out = new Map<string, CellStyle>();
  try {
    // One answer holds the colours of about this many cells; more go in further syncs.
    const budget = answerBudget();
    const perAnswer =
      budget === null ? Infinity : Math.floor(budget / ANSWER_BYTES_PER_CELL.withColours);
    for (const group of answerGroups(columnRuns(cells), perAnswer))
      await readRuns(context, group, out);
    return out;
  } catch (e) {
    throw toHostError(e);
  }
}

/** Cells of one column read as one range: `n` rows from `top`, of which `wanted` are asked. */
interface ColumnRun {
  sheet: string;
  col: number;
  top: number;
  n: number;
  wanted: Set<number>;
}

/** The cells by column, adjacent ones (small gaps read along and ignored) as one run. */
function columnRuns(cells: { sheet: string; cell: string }[]): ColumnRun[] {
  const bySheet = new Map<string, Map<number, number[]>>();
  for (const { sheet, cell } of cells) {
    const p = parseA1(cell);
    if (!p) continue;
    const cols = bySheet.get(sheet) ?? new Map<number, number[]>();
    bySheet.set(sheet, cols);
    const rows = cols.get(p.c) ?? [];
    rows.push(p.r);
    cols.set(p.c, rows);
  }
  const runs: ColumnRun[] = [];
  for (const [sheet, cols] of bySheet)
    for (const [col, rowList] of cols) {
      const rows = [...new Set(rowList)].sort((x, y) => x - y);
      let i = 0;
      while (i < rows.length) {
        let j = i + 1;
        while (j < rows.length && rows[j] - rows[j - 1] <= 5 && rows[j] - rows[i] < 2000) j++;
        const top = rows[i];
        runs.push({ sheet, col, top, n: rows[j - 1] - top + 1, wanted: new Set(rows.slice(i, j)) });
        i = j;
      }
    }
  return runs;
}

/** Runs grouped into syncs of at most `perAnswer` cells (a longer run is a sync of its own). */
function answerGroups(runs: ColumnRun[], perAnswer: number): ColumnRun[][] {
  const groups: ColumnRun[][] = [];
  let cur: ColumnRun[] = [];
  let cells = 0;
  for (const run of runs) {
    if (cur.length && cells + run.n > perAnswer) {
      groups.push(cur);
      cur = [];
      cells = 0;
    }
    cur.push(run);
    cells += run.n;
  }
  if (cur.length) groups.push(cur);
  return groups;
}

/**
 * Read the colours of a group of runs in one sync. When Excel refuses the answer as too large
 * (the estimate was short), the group is read again in halves — a run on its own split by rows
 * — down to a single cell, which is then an error like any other.
 */
async function readRuns(
  context: Excel.RequestContext,
  runs: ColumnRun[],
  out: Map<string, CellStyle>,
): Promise<void> {
  const collect = runs.map((run) => queueRun(context, run, out));
  try {
    await sync(context);
  } catch (e) {
    const cells = runs.reduce((n, r) => n + r.n, 0);
    if (!isResponsePayloadError(e) || cells <= 1) throw e;
    for (const half of halves(runs)) await readRuns(context, half, out);
    return;
  }
  for (const f of collect) f();
}

/** Two halves of a group: its runs, or the rows of its one run (one half when the other asks nothing). */
function halves(runs: ColumnRun[]): ColumnRun[][] {
  if (runs.length > 1) {
    const mid = Math.ceil(runs.length / 2);
    return [runs.slice(0, mid), runs.slice(mid)];
  }
  const run = runs[0];
  const k = Math.ceil(run.n / 2);
  const part = (top: number, n: number): ColumnRun => ({
    ...run,
    top,
    n,
    wanted: new Set([...run.wanted].filter((r) => r >= top && r < top + n)),
  });
  // A half with none of the asked rows (they sat in the other half) is not read at all.
  return [part(run.top, k), part(run.top + k, run.n - k)]
    .filter((p) => p.wanted.size > 0)
    .map((p) => [p]);
}

/** Queue one run's colours; the function returned puts them in `out` after the sync. */
function queueRun(
  context: Excel.RequestContext,
  { sheet, col, top, n, wanted }: ColumnRun,
  out: Map<string, CellStyle>,
): () => void {
  const ws = context.workbook.worksheets.getItem(sheet);
  if (supports('1.9')) {
    const props = ws.getRange(rangeRef(top, col, n, 1)).getCellProperties({
      format: STYLE_PROPS,
      hyperlink: true,
    });
    return () =>
      props.value.forEach((row, k) => {
        if (!wanted.has(top + k)) return;
        const st = withLink(styleOf(row[0].format?.fill, row[0].format?.font), row[0]);
        if (st) out.set(`${sheet}!${a1(top + k, col)}`, st);
      });
  }
  // Before ExcelApi 1.9: one range per cell (a white fill then reads as no fill).
  const reads = [...wanted].map((r) => {
    const format = ws.getRange(a1(r, col)).format;
    format.fill.load('color');
    format.font.load('color');
    return { r, format };
  });
  return () => {
    for (const { r, format } of reads) {
      const st = styleOf({ color: format.fill.color }, { color: format.font.color });
      if (st) out.set(`${sheet}!${a1(r, col)}`, st);
    }
  };
}
