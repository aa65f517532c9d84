/**
 * Apply a plan inside Excel in a constant number of syncs:
 *
 *   1. check: the sheets we write to exist and are not protected, and the workbook's structure
 *      is not protected when sheets are to be added, removed or hidden (nothing is written
 *      otherwise), and whether events are on — from the `WorkbookState` the read loaded with
 *      its first sync (`options.state`), or else in a sync of its own;
 *   2. the writes, in one batch while the request stays under the budget (Excel on the web
 *      refuses requests over 5 MB) — otherwise one batch per further chunk — with events off
 *      and calculation suspended; events back on as the last operation of the last batch. When
 *      a batch fails, one more sync turns them back on.
 *
 * Order, for a safe retry after a half-applied run: first the record extended with what this run
 * is about to do (the original colours of the cells it recolours, the cells it fills), then the
 * removed and generated sheets, the values and colours, and last the final record. A run cut off
 * anywhere leaves a workbook on which the next Hitung computes the same plan: its writes are
 * idempotent, and the record already names every cell this run touched and its original colour.
 *
 * Cell writes are grouped into runs of adjacent rows of one column: one `values` /
 * `numberFormat` array (null leaves a cell alone) and one `setCellProperties` (ExcelApi 1.9) per
 * run, so the request grows with the number of cells written, not the number of operations.
 */
import { a1, parseA1, type WorkbookGrid } from '../../workbook/grid';
import {
  printOf,
  readRecord,
  recordRows,
  type CellFormat,
  type CellValueOut,
  type CellWrite,
  type OfficeStyle,
  type Plan,
  type RecordEntry,
  type SheetSpec,
} from '../../workbook/plan';
import { ExcelHostError, isRequestPayloadError, MESSAGES, toHostError } from './errors';
import { loadState, type WorkbookState } from './state';
import { supports, sync, syncCount, utf8Length } from './sync';

export type Progress = (step: string, fraction: number) => void;

/** Request budget per sync: Excel on the web refuses 5 MB; keep a margin for our estimate. */
export const DEFAULT_REQUEST_BUDGET = 4 * 1024 * 1024;
/** Estimated bytes of one queued operation besides its arguments (object paths, action). */
const OP_OVERHEAD = 320;
/** Longest run of cells written by one operation. */
const MAX_RUN = 2000;
/** Rows a run may skip: a skipped cell gets null (values, formats) or {} (properties), which
 *  Excel leaves as it is. */
const MAX_GAP = 4;
/** Rows of a generated sheet or of the record written by one operation. */
const ROWS_PER_OP = 2000;

export const STEP_WRITE = 'Menulis hasil…';

export interface ApplyOptions {
  /** The grid the plan was computed from: skips a plan that changes nothing, and extends the
   *  record before the writes (see above). */
  current?: WorkbookGrid;
  /** Request budget per sync in bytes (default 4 MB). */
  maxRequestBytes?: number;
  /** The workbook's state, loaded with the read in this same `Excel.run`: no check sync. */
  state?: WorkbookState;
}

export interface ApplyResult {
  /** Syncs this call made. */
  syncs: number;
  /** Write batches (1 while the request fits the budget). */
  batches: number;
  /** True when the plan changed nothing and nothing was sent. */
  skipped: boolean;
}

interface Batch {
  context: Excel.RequestContext;
  sheets: Map<string, Excel.Worksheet>;
}

/** A change to the workbook's structure: refused while Review › Protect Workbook is on. */
export interface StructureChange {
  sheet: string;
  change: 'add' | 'replace' | 'delete' | 'hide';
  /** The hidden record sheet (named as such in the refusal). */
  record?: boolean;
}

interface Op {
  bytes: number;
  run(b: Batch): void;
  structure?: StructureChange;
}

function sheetOf(b: Batch, name: string): Excel.Worksheet {
  const k = name.toLowerCase();
  let ws = b.sheets.get(k);
  if (!ws) {
    ws = b.context.workbook.worksheets.getItem(name);
    b.sheets.set(k, ws);
  }
  return ws;
}

const est = (x: unknown) => OP_OVERHEAD + utf8Length(JSON.stringify(x) ?? '');

/**
 * A value as `range.values` must receive it so that Excel stores exactly it: empty string to
 * clear, and text that Excel would read as a number, date, boolean or formula behind an
 * apostrophe (which Excel keeps out of the value).
 */
export function toExcelValue(v: CellValueOut): string | number {
  if (v === null) return '';
  if (typeof v === 'number') return v;
  if (v === '') return '';
  // Text Excel would parse (a formula, a number, a boolean — also after leading spaces) is
  // written with an apostrophe so that it stays the text the plan names.
  if (/^\s*[=+\-@'#]/.test(v) || /\d/.test(v) || /^\s*(true|false)\s*$/i.test(v)) return `'${v}`;
  return v;
}

/** What `range.values` gets for a write; null leaves the cell's value alone. */
function inputOf(w: CellWrite): string | number | boolean | null {
  if (w.restore === undefined) return w.value !== undefined ? toExcelValue(w.value) : null;
  const r = w.restore;
  if (!r) return '';
  // Excel's own input rules give back what the planner had typed: `=…` is a formula again,
  // `#N/A` the error. Rich text and hyperlinks come back as their text (Office.js cannot write
  // their runs or links in one batch).
  if (r.formula) return r.formula.startsWith('=') ? r.formula : `=${r.formula}`;
  if (r.err) return r.err;
  if (r.v === null) return '';
  // Text Excel would read as a number (`102%`), a date or a boolean stays text.
  return typeof r.v === 'string' ? toExcelValue(r.v) : r.v;
}

/** What `range.numberFormat` gets for a write; null leaves the format alone. */
function numFmtOf(w: CellWrite): string | null {
  if (w.restore !== undefined) return w.restore?.fmt ?? 'General';
  return w.numFmt ?? null;
}

function sameRecord(a: RecordEntry[], b: RecordEntry[]): boolean {
  const norm = (r: RecordEntry[]) =>
    recordRows(r)
      .slice(1)
      .map((row) => JSON.stringify(row))
      .sort();
  const x = norm(a);
  const y = norm(b);
  return x.length === y.length && x.every((s, i) => s === y[i]);
}

/** True when applying the plan to `grid` would change nothing. */
export function planIsNoop(plan: Plan, grid: WorkbookGrid): boolean {
  return (
    !plan.writes.length &&
    !plan.sheets?.length &&
    !plan.removeSheets?.length &&
    sameRecord(readRecord(grid), plan.record)
  );
}

/** The prior record plus what this run adds (kept entries win where both name a cell). */
function extendedRecord(prior: RecordEntry[], next: RecordEntry[]): RecordEntry[] {
  const k = (e: RecordEntry) => `${e.kind}\u0000${e.sheet}!${'cell' in e ? e.cell : ''}`;
  const have = new Set(prior.map(k));
  return [...prior, ...next.filter((e) => !have.has(k(e)))];
}

// ---------------------------------------------------------------------------------------------
// Operations

interface RecordState {
  exists: boolean;
  /** Whether the record sheet is visible (a planner may have unhidden it). */
  visible: boolean;
}

function recordOps(name: string, record: RecordEntry[], state: RecordState): Op[] {
  const k = name.toLowerCase();
  if (!record.length) {
    // exceljs drops the record sheet when the record is empty; so do we.
    if (!state.exists) return [];
    state.exists = false;
    return [
      {
        bytes: OP_OVERHEAD,
        run: (b) => {
          sheetOf(b, name).delete();
          b.sheets.delete(k);
        },
        structure: { sheet: name, change: 'delete', record: true },
      },
    ];
  }
  const existed = state.exists;
  const hide = !existed || state.visible;
  state.exists = true;
  state.visible = false;
  const ops: Op[] = [
    {
      bytes: OP_OVERHEAD * 2,
      run: (b) => {
        if (existed) sheetOf(b, name).getRange().clear('Contents');
        else b.sheets.set(k, b.context.workbook.worksheets.add(name));
      },
      ...(!existed && { structure: { sheet: name, change: 'add', record: true } }),
    },
  ];
  // A long detail goes on after column F: the rows are padded to one width (Excel wants a
  // rectangle of values).
  const raw = recordRows(record);
  const width = Math.max(...raw.map((row) => row.length));
  const rows = raw.map((row) =>
    Array.from({ length: width }, (_, c) => toExcelValue(row[c] ?? null)),
  );
  const last = a1(0, width - 1).replace(/\d+$/, '');
  for (let i = 0; i < rows.length; i += ROWS_PER_OP) {
    const part = rows.slice(i, i + ROWS_PER_OP);
    const ref = `A${i + 1}:${last}${i + part.length}`;
    ops.push({
      bytes: est(part),
      run: (b) => {
        sheetOf(b, name).getRange(ref).values = part;
      },
    });
  }
  // Hiding a sheet is a change of structure; an already hidden record sheet is left as it is.
  if (hide)
    ops.push({
      bytes: OP_OVERHEAD,
      run: (b) => {
        sheetOf(b, name).visibility = 'Hidden';
      },
      ...(existed && { structure: { sheet: name, change: 'hide', record: true } }),
    });
  return ops;
}

function removeOps(names: string[], existing: Set<string>): Op[] {
  const ops: Op[] = [];
  for (const n of names) {
    const k = n.toLowerCase();
    if (!existing.has(k)) continue;
    existing.delete(k);
    ops.push({
      bytes: OP_OVERHEAD,
      run: (b: Batch) => {
        sheetOf(b, n).delete();
        b.sheets.delete(k);
      },
      structure: { sheet: n, change: 'delete' },
    });
  }
  return ops;
}

/** A sheet name as an address prefix: `'LKjIP Tabel 3.1'` (an apostrophe doubled). */
function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

const HALIGN: Record<string, Excel.HorizontalAlignment | 'Left' | 'Center' | 'Right'> = {
  left: 'Left',
  center: 'Center',
  right: 'Right',
};

/** Points of a column `w` characters wide (Calibri 11: 7 px a character, 5 px padding). */
export function columnWidthPoints(w: number): number {
  return Math.round((w * 7 + 5) * 0.75 * 100) / 100;
}

/** The base style (font, text at the top) on the whole used area, before the cells' formats. */
function baseStyleOp(spec: SheetSpec, width: number): Op {
  const base = spec.baseStyle!;
  const ref = `A1:${a1(spec.rows.length - 1, width - 1)}`;
  return {
    bytes: OP_OVERHEAD * 3,
    run: (b) => {
      const format = sheetOf(b, spec.name).getRange(ref).format;
      format.font.name = base.font;
      format.font.size = base.size;
      if (base.alignTop) format.verticalAlignment = 'Top';
    },
  };
}

/** Row heights (ExcelApi 1.2, `RangeFormat.rowHeight`): one range per run of equal heights. */
function rowHeightOps(spec: SheetSpec): Op[] {
  const ops: Op[] = [];
  const heights = spec.rowHeights ?? [];
  let r = 0;
  while (r < heights.length) {
    const h = heights[r];
    let end = r;
    while (end + 1 < heights.length && heights[end + 1] === h) end++;
    if (h !== null && h !== undefined) {
      const ref = `${r + 1}:${end + 1}`;
      ops.push({
        bytes: OP_OVERHEAD,
        run: (b) => void (sheetOf(b, spec.name).getRange(ref).format.rowHeight = h),
      });
    }
    r = end + 1;
  }
  return ops;
}

/**
 * The page setup (ExcelApi 1.9, `Worksheet.pageLayout`): A4, and from `printOf` the orientation,
 * the fit to N pages wide — `zoom` set as a whole object, with `verticalFitToPages: 0` for "as
 * many pages tall as needed", as Excel's own recorder writes "fit all columns on one page"
 * (learn.microsoft.com/javascript/api/excel/excel.pagelayoutzoomoptions) — and the rows repeated
 * on every page (`setPrintTitleRows`, whole rows: excel.pagelayout#setPrintTitleRows).
 */
function pageLayoutOp(spec: SheetSpec): Op {
  const print = printOf(spec);
  return {
    bytes: OP_OVERHEAD * 4,
    run: (b) => {
      const layout = sheetOf(b, spec.name).pageLayout;
      layout.paperSize = 'A4';
      if (!print) return;
      layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      layout.zoom = { horizontalFitToPages: print.fitToPagesWide, verticalFitToPages: 0 };
      if (print.titleRows) {
        const [from, to] = print.titleRows;
        layout.setPrintTitleRows(`$${from}:$${to}`);
      }
    },
  };
}

function sheetSpecOps(spec: SheetSpec, existing: Set<string>, withLayout: boolean): Op[] {
  const ops: Op[] = [];
  const name = spec.name;
  const k = name.toLowerCase();
  const replace = existing.has(k);
  existing.add(k);
  ops.push({
    bytes: OP_OVERHEAD * 2,
    run: (b) => {
      if (replace) sheetOf(b, name).delete();
      b.sheets.set(k, b.context.workbook.worksheets.add(name));
    },
    structure: { sheet: name, change: replace ? 'replace' : 'add' },
  });
  const width = spec.rows.reduce((m, r) => Math.max(m, r.length), 0);
  if (width > 0) {
    for (let i = 0; i < spec.rows.length; i += ROWS_PER_OP) {
      const part = spec.rows
        .slice(i, i + ROWS_PER_OP)
        .map((row) =>
          Array.from({ length: width }, (_, c) =>
            row[c] === null || row[c] === undefined ? null : toExcelValue(row[c]),
          ),
        );
      if (part.every((row) => row.every((v) => v === null))) continue;
      const ref = `A${i + 1}:${a1(i + part.length - 1, width - 1)}`;
      ops.push({
        bytes: est(part),
        run: (b) => {
          sheetOf(b, name).getRange(ref).values = part;
        },
      });
    }
  }
  if (spec.baseStyle && width > 0) ops.push(baseStyleOp(spec, width));
  // Formats: consecutive cells of a row with the same format share one range.
  const byRow = new Map<number, { c: number; f: CellFormat; k: string }[]>();
  for (const [addr, f] of Object.entries(spec.formats ?? {})) {
    const p = parseA1(addr);
    if (!p) continue;
    const list = byRow.get(p.r) ?? [];
    list.push({ c: p.c, f, k: JSON.stringify(f) });
    byRow.set(p.r, list);
  }
  for (const [r, list] of byRow) {
    list.sort((x, y) => x.c - y.c);
    let i = 0;
    while (i < list.length) {
      let j = i + 1;
      while (j < list.length && list[j].c === list[j - 1].c + 1 && list[j].k === list[i].k) j++;
      const f = list[i].f;
      const n = j - i;
      const ref = `${a1(r, list[i].c)}:${a1(r, list[j - 1].c)}`;
      const text = String(spec.rows[r]?.[list[i].c] ?? '');
      ops.push({
        bytes: est(f) + OP_OVERHEAD * 6,
        run: (b) => {
          const range = sheetOf(b, name).getRange(ref);
          if (f.numFmt) range.numberFormat = [Array.from({ length: n }, () => f.numFmt)];
          if (f.fill) range.format.fill.color = f.fill;
          if (f.font) range.format.font.color = f.font;
          if (f.bold) range.format.font.bold = true;
          if (f.wrap) {
            range.format.wrapText = true;
            range.format.verticalAlignment = 'Top';
          }
          if (f.align) range.format.horizontalAlignment = HALIGN[f.align];
          // A link inside the workbook (Range.hyperlink, ExcelApi 1.7: documentReference).
          if (f.link)
            range.hyperlink = {
              documentReference: f.link,
              textToDisplay: text,
            };
          if (f.border) {
            const edges = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;
            for (const e of edges) range.format.borders.getItem(e).style = 'Continuous';
            if (n > 1) range.format.borders.getItem('InsideVertical').style = 'Continuous';
          }
        },
      });
      i = j;
    }
  }
  for (const m of spec.merges ?? [])
    ops.push({
      bytes: est(m),
      run: (b) => sheetOf(b, name).getRange(m).merge(false),
    });
  (spec.columnWidths ?? []).forEach((w, c) => {
    const col = a1(0, c).replace(/\d+$/, '');
    ops.push({
      bytes: OP_OVERHEAD,
      run: (b) => {
        sheetOf(b, name).getRange(`${col}:${col}`).format.columnWidth = columnWidthPoints(w);
      },
    });
  });
  for (const t of spec.tables ?? [])
    ops.push({
      bytes: est(t) + OP_OVERHEAD * 3,
      run: (b) => {
        // "If the address does not contain a sheet name, the currently-active sheet is used"
        // (learn.microsoft.com/javascript/api/excel/excel.tablecollection, `add`) — even through
        // this sheet's `tables`, and a sheet just added is not the active one. So the table gets
        // the sheet's own Range (ExcelApi 1.3), or below that an address naming the sheet.
        const ws = sheetOf(b, name);
        const source = supports('1.3') ? ws.getRange(t.range) : `${quoteSheet(name)}!${t.range}`;
        const table = ws.tables.add(source, true);
        table.name = t.name;
        table.showBandedRows = false;
        table.showFilterButton = false;
      },
    });
  ops.push(...rowHeightOps(spec));
  if (withLayout) ops.push(pageLayoutOp(spec));
  if (spec.hidden)
    ops.push({
      bytes: OP_OVERHEAD,
      run: (b) => {
        sheetOf(b, name).visibility = 'Hidden';
      },
    });
  return ops;
}

interface Cell {
  r: number;
  c: number;
  w: CellWrite;
}

function cellWriteOps(writes: CellWrite[], withProps: boolean): Op[] {
  const ops: Op[] = [];
  const bySheet = new Map<string, Map<number, Cell[]>>();
  for (const w of writes) {
    const p = parseA1(w.cell);
    if (!p) continue;
    const cols = bySheet.get(w.sheet) ?? new Map<number, Cell[]>();
    bySheet.set(w.sheet, cols);
    const list = cols.get(p.c) ?? [];
    list.push({ r: p.r, c: p.c, w });
    cols.set(p.c, list);
  }
  for (const [sheet, cols] of bySheet) {
    for (const list of cols.values()) {
      list.sort((x, y) => x.r - y.r);
      // A later write to the same cell wins, as it would in exceljs.
      const cells: Cell[] = [];
      for (const x of list) {
        const last = cells[cells.length - 1];
        if (last && last.r === x.r) cells[cells.length - 1] = { ...x, w: { ...last.w, ...x.w } };
        else cells.push(x);
      }
      let i = 0;
      while (i < cells.length) {
        let j = i + 1;
        while (
          j < cells.length &&
          cells[j].r - cells[j - 1].r <= MAX_GAP + 1 &&
          cells[j].r - cells[i].r < MAX_RUN
        )
          j++;
        ops.push(...runOps(sheet, cells.slice(i, j), withProps));
        i = j;
      }
    }
  }
  return ops;
}

/** The operations for one run of adjacent cells of one column. */
function runOps(sheet: string, run: Cell[], withProps: boolean): Op[] {
  const ops: Op[] = [];
  const top = run[0];
  const bottom = run[run.length - 1];
  const ref = top === bottom ? a1(top.r, top.c) : `${a1(top.r, top.c)}:${a1(bottom.r, top.c)}`;
  // One slot per row of the run; rows the plan does not name stay undefined.
  const slots: (Cell | undefined)[] = Array.from({ length: bottom.r - top.r + 1 });
  for (const x of run) slots[x.r - top.r] = x;
  if (run.some((x) => x.w.value !== undefined || x.w.restore !== undefined)) {
    const values = slots.map((x) => [x ? inputOf(x.w) : null]);
    ops.push({
      bytes: est(values),
      run: (b) => void (sheetOf(b, sheet).getRange(ref).values = values),
    });
  }
  if (run.some((x) => x.w.numFmt !== undefined || x.w.restore !== undefined)) {
    const formats = slots.map((x) => [x ? numFmtOf(x.w) : null]);
    ops.push({
      bytes: est(formats),
      run: (b) => void (sheetOf(b, sheet).getRange(ref).numberFormat = formats),
    });
  }
  // Fill and font where the plan names them; a cleared fill goes through fill.clear().
  const coloured = run.some(
    (x) => typeof x.w.fill === 'string' || x.w.font !== undefined || x.w.office || linkOf(x.w),
  );
  if (coloured && withProps) {
    const props: Excel.SettableCellProperties[][] = slots.map((x) => {
      if (!x) return [{}];
      const format = x.w.office ? officeFormat(x.w.office) : colourFormat(x.w);
      const hyperlink = linkOf(x.w);
      return [
        {
          ...(format.fill || format.font ? { format } : {}),
          ...(hyperlink && { hyperlink }),
        },
      ];
    });
    ops.push({
      bytes: est(props),
      run: (b) => sheetOf(b, sheet).getRange(ref).setCellProperties(props),
    });
  } else if (coloured) {
    for (const x of run) {
      const cell = a1(x.r, x.c);
      if (typeof x.w.fill === 'string') {
        const fill = x.w.fill;
        ops.push({
          bytes: est(fill),
          run: (b) => void (sheetOf(b, sheet).getRange(cell).format.fill.color = fill),
        });
      }
      if (x.w.font !== undefined) {
        const font = x.w.font ?? '#000000';
        ops.push({
          bytes: est(font),
          run: (b) => void (sheetOf(b, sheet).getRange(cell).format.font.color = font),
        });
      }
    }
  }
  // A fill put back exactly (a pattern with no solid colour) is not cleared after.
  const clears = (w: CellWrite) => w.fill === null && !(withProps && w.office);
  let i = 0;
  while (i < run.length) {
    if (!clears(run[i].w)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < run.length && clears(run[j].w) && run[j].r === run[j - 1].r + 1) j++;
    const a = run[i];
    const z = run[j - 1];
    const clearRef = a === z ? a1(a.r, a.c) : `${a1(a.r, a.c)}:${a1(z.r, z.c)}`;
    ops.push({
      bytes: est(clearRef),
      run: (b) => sheetOf(b, sheet).getRange(clearRef).format.fill.clear(),
    });
    i = j;
  }
  return ops;
}

/** The hyperlink a restored cell had (undo of a correction), as Office.js sets it. */
function linkOf(w: CellWrite): Excel.RangeHyperlink | null {
  const c = w.restore?.content as
    { text?: unknown; hyperlink?: unknown; tooltip?: unknown } | undefined;
  if (!c || typeof c.hyperlink !== 'string') return null;
  return {
    address: c.hyperlink,
    textToDisplay: String(c.text ?? c.hyperlink),
    ...(typeof c.tooltip === 'string' && { screenTip: c.tooltip }),
  };
}

/** Our predicate colour; over a pattern or a tint (`solid`), a plain solid fill in its place. */
function colourFormat(w: CellWrite): Excel.CellPropertiesFormat {
  const format: Excel.CellPropertiesFormat = {};
  const plain = w.solid
    ? { pattern: 'Solid' as const, tintAndShade: 0, patternTintAndShade: 0 }
    : {};
  if (typeof w.fill === 'string') format.fill = { color: w.fill, ...plain };
  if (w.font !== undefined)
    format.font = { color: w.font ?? '#000000', ...(w.solid && { tintAndShade: 0 }) };
  return format;
}

/** Hapus Warna in the Excel host: the fill and font colour as Office.js reported them. */
function officeFormat(o: OfficeStyle): Excel.CellPropertiesFormat {
  const fill: Excel.CellPropertiesFill =
    o.fill.pattern === 'None'
      ? { pattern: 'None' }
      : {
          ...(o.fill.color && { color: o.fill.color }),
          pattern: o.fill.pattern as Excel.FillPattern,
          ...(o.fill.patternColor && { patternColor: o.fill.patternColor }),
          tintAndShade: o.fill.tintAndShade,
          patternTintAndShade: o.fill.patternTintAndShade,
        };
  return {
    fill,
    font: { color: o.font.color ?? '#000000', tintAndShade: o.font.tintAndShade },
  };
}

function batchesOf(ops: Op[], budget: number): Op[][] {
  const out: Op[][] = [];
  let cur: Op[] = [];
  let size = 0;
  for (const op of ops) {
    if (cur.length && size + op.bytes > budget) {
      out.push(cur);
      cur = [];
      size = 0;
    }
    cur.push(op);
    size += op.bytes;
  }
  if (cur.length) out.push(cur);
  return out;
}

// ---------------------------------------------------------------------------------------------

/**
 * Apply `plan` to the workbook open in Excel. Throws `ExcelHostError` (Indonesian message) for
 * anything Office refuses.
 */
export async function applyPlanInExcel(
  context: Excel.RequestContext,
  plan: Plan,
  onProgress?: Progress,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const start = syncCount(context);
  if (options.current && planIsNoop(plan, options.current))
    return { syncs: 0, batches: 0, skipped: true };
  const events = { restore: false, restored: false };
  let hint: string | null = null;
  try {
    onProgress?.(STEP_WRITE, 0);
    // 1. Check.
    const state = options.state ?? (await loadState(context));
    checkSheets(plan, state);
    // 2. The operations, in a retry-safe order.
    const ops = planOps(plan, options.current, state);
    if (state.structureProtected) refuseStructureChanges(ops);
    events.restore = state.eventsOn === true;
    const sheetsTouched = new Set(plan.writes.map((w) => w.sheet));
    hint = sheetsTouched.size === 1 ? [...sheetsTouched][0] : null;
    // 3. The batches.
    const budget = options.maxRequestBytes ?? DEFAULT_REQUEST_BUDGET;
    const batches = await sendBatches(context, ops, budget, events, onProgress);
    return { syncs: syncCount(context) - start, batches, skipped: false };
  } catch (e) {
    if (events.restore && !events.restored) await eventsBackOn(context);
    throw toHostError(e, { sheet: hint });
  }
}

/** The sheets written to exist (or are created) and are not protected; so is the record's. */
function checkSheets(plan: Plan, state: WorkbookState): void {
  const existing = new Set(state.sheets.map((ws) => ws.name.toLowerCase()));
  const isProtected = new Map(state.sheets.map((ws) => [ws.name.toLowerCase(), ws.protected]));
  const created = new Set((plan.sheets ?? []).map((s) => s.name.toLowerCase()));
  const removed = new Set((plan.removeSheets ?? []).map((s) => s.toLowerCase()));
  for (const w of plan.writes) {
    const k = w.sheet.toLowerCase();
    if ((!existing.has(k) || removed.has(k)) && !created.has(k))
      throw new ExcelHostError(MESSAGES.missingSheet(w.sheet), 'missing-sheet', {
        sheet: w.sheet,
      });
    if (!created.has(k) && isProtected.get(k))
      throw new ExcelHostError(MESSAGES.protected(w.sheet), 'protected', { sheet: w.sheet });
  }
  if (isProtected.get(plan.recordSheet.toLowerCase()))
    throw new ExcelHostError(MESSAGES.protected(plan.recordSheet), 'protected', {
      sheet: plan.recordSheet,
    });
}

/**
 * The plan's operations: with `current`, first the record extended with this run's originals,
 * then the sheets and cells, then the final record (see the top of this file).
 */
function planOps(plan: Plan, current: WorkbookGrid | undefined, state: WorkbookState): Op[] {
  const existing = new Set(state.sheets.map((ws) => ws.name.toLowerCase()));
  const visible = new Set(
    state.sheets.filter((ws) => ws.visible).map((ws) => ws.name.toLowerCase()),
  );
  const withProps = supports('1.9');
  const recordKey = plan.recordSheet.toLowerCase();
  const recordState = { exists: existing.has(recordKey), visible: visible.has(recordKey) };
  const ops: Op[] = [];
  if (current) {
    const prior = readRecord(current);
    const extended = extendedRecord(prior, plan.record);
    if (!sameRecord(extended, prior))
      ops.push(...recordOps(plan.recordSheet, extended, recordState));
    ops.push(...removeOps(plan.removeSheets ?? [], existing));
    for (const spec of plan.sheets ?? []) ops.push(...sheetSpecOps(spec, existing, withProps));
    ops.push(...cellWriteOps(plan.writes, withProps));
    if (!sameRecord(plan.record, extended))
      ops.push(...recordOps(plan.recordSheet, plan.record, recordState));
  } else {
    ops.push(...removeOps(plan.removeSheets ?? [], existing));
    for (const spec of plan.sheets ?? []) ops.push(...sheetSpecOps(spec, existing, withProps));
    ops.push(...cellWriteOps(plan.writes, withProps));
    ops.push(...recordOps(plan.recordSheet, plan.record, recordState));
  }
  return ops;
}

/**
 * Send the operations in as few batches as the budget allows; a refused batch is split in two
 * and re-sent (a refused request changed nothing). Events go off with the first batch and back
 * on (when they were on) as the last operation of the last one. Returns the batches sent.
 */
async function sendBatches(
  context: Excel.RequestContext,
  ops: Op[],
  budget: number,
  events: { restore: boolean; restored: boolean },
  onProgress?: Progress,
): Promise<number> {
  const withEvents = supports('1.8');
  const queue = batchesOf(ops, budget);
  let batches = 0;
  let done = 0;
  while (queue.length) {
    const batch = queue.shift()!;
    const last = queue.length === 0;
    const b: Batch = { context, sheets: new Map() };
    if (batches === 0 && withEvents) context.runtime.enableEvents = false;
    if (supports('1.6')) context.application.suspendApiCalculationUntilNextSync();
    for (const op of batch) op.run(b);
    if (last && events.restore) context.runtime.enableEvents = true;
    try {
      await sync(context);
    } catch (e) {
      if (!isRequestPayloadError(e) || batch.length < 2) throw e;
      const half = Math.ceil(batch.length / 2);
      queue.unshift(batch.slice(0, half), batch.slice(half));
      continue;
    }
    if (last && events.restore) events.restored = true;
    batches++;
    done += batch.length;
    onProgress?.(STEP_WRITE, ops.length ? done / ops.length : 1);
  }
  return batches;
}

/** Throw, naming them, when the operations change the protected structure (nothing is sent). */
function refuseStructureChanges(ops: Op[]): void {
  const changes = ops.flatMap((op) => (op.structure ? [op.structure] : []));
  if (changes.length)
    throw new ExcelHostError(MESSAGES.structureProtected(changes), 'structure-protected', {
      sheet: changes[0].sheet,
    });
}

/** After a failed batch: events back on in a sync of their own. */
async function eventsBackOn(context: Excel.RequestContext): Promise<void> {
  try {
    context.runtime.enableEvents = true;
    await sync(context);
  } catch {
    // The connection is gone; Excel turns events back on with the next session.
  }
}

/** Select a cell (activates its sheet); `cell` is `A1` or `A1:B2`. */
export async function selectCell(
  context: Excel.RequestContext,
  sheet: string,
  cell: string,
): Promise<void> {
  try {
    const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
    ws.load('name,visibility');
    await sync(context);
    if (ws.isNullObject)
      throw new ExcelHostError(MESSAGES.missingSheet(sheet), 'missing-sheet', { sheet });
    if (ws.visibility !== 'Visible')
      throw new ExcelHostError(MESSAGES.hidden(sheet), 'unknown', { sheet });
    ws.activate();
    ws.getRange(cell).select();
    await sync(context);
  } catch (e) {
    throw toHostError(e, { sheet });
  }
}
