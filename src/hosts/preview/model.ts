/**
 * The plain workbook behind the in-memory Excel: sheets of cells with values, number formats,
 * fills, fonts, merged areas, tables, column widths and page layout. Built from a
 * `WorkbookGrid` (+ the fill/font map the xlsx host reads) and exported back to the same shape,
 * so that a workbook that went through the Excel host can be compared cell by cell with one that
 * went through exceljs. No DOM, no Node: it runs in the browser preview and in the tests.
 */
import { EXCEL_ERROR_VALUES, isDateFormat, type RawCell } from '../../engine/values';
import type { Merge, SheetGrid, WorkbookGrid } from '../../workbook/grid';
import type { CellStyle, ExactStyle } from '../../workbook/plan';
import { eachStyledCell, type StyleEntries } from '../../workbook/styles';
import { colName, fullAddress, MAX_COLS, MAX_ROWS, type Rect } from './address';

/** Excel on the web's limit for one request (and one response): 5 MB. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface ModelCell {
  /** The constant value or a formula's cached result; null when empty or an error. */
  v: string | number | boolean | null;
  err?: string;
  /** Formula text without the leading `=`. */
  formula?: string;
  /** Number format; undefined means `General`. */
  fmt?: string;
  /** Solid fill colour `#RRGGBB`; null/undefined: no fill. */
  fill?: string | null;
  /** Explicit font colour; null/undefined: automatic (reads as black). */
  font?: string | null;
  /**
   * A fill other than solid, as Office.js names it (`Gray50`, `CrissCross` …): `fill` is then
   * its background colour and `patternColor` the pattern's. Tints as `tintAndShade` (−1 … 1).
   */
  pattern?: string;
  patternColor?: string | null;
  /** A hyperlink on the cell (`Range.hyperlink`, ExcelApi 1.7); its text is the value. */
  link?: { address: string; screenTip?: string };
  tint?: number;
  patternTint?: number;
  fontTint?: number;
  /** Font family and size in points (`RangeFont.name`, `.size`); undefined: the default. */
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  wrap?: boolean;
  hAlign?: string;
  vAlign?: string;
  borders?: Record<string, string>;
}

export interface ModelTable {
  name: string;
  rect: Rect;
  showBandedRows: boolean;
  showFilterButton: boolean;
  style: string;
}

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

/** Default column width in points (8.43 characters of Calibri 11). */
export const DEFAULT_COLUMN_WIDTH = 48;
/** Default row height in points (one line of Calibri 11). */
export const DEFAULT_ROW_HEIGHT = 15;

/** `PageLayout.zoom` as set: a scale or a fit to pages wide / tall (0: as many as needed). */
export interface PageZoom {
  scale?: number | null;
  horizontalFitToPages?: number | null;
  verticalFitToPages?: number | null;
}

export class ModelSheet {
  readonly id: string;
  name: string;
  visibility: Visibility = 'Visible';
  protected = false;
  /**
   * The cells, by row then by column. Not one map keyed by `row × 16384 + col`: past row 65 536
   * such keys leave V8's small-integer range and every lookup becomes a heap-number hash.
   */
  private readonly rows = new Map<number, Map<number, ModelCell>>();
  merges: Rect[] = [];
  tables: ModelTable[] = [];
  readonly columnWidths = new Map<number, number>();
  /** Row heights in points set by `RangeFormat.rowHeight`, by 0-based row. */
  readonly rowHeights = new Map<number, number>();
  orientation: 'Portrait' | 'Landscape' = 'Portrait';
  paperSize = 'Letter';
  zoom: PageZoom = { scale: 100 };
  /** Rows repeated at the top of every printed page (0-based, inclusive), or null. */
  printTitleRows: { r0: number; r1: number } | null = null;

  constructor(id: string, name: string) {
    this.id = id;
    this.name = name;
  }

  get(r: number, c: number): ModelCell | undefined {
    return this.rows.get(r)?.get(c);
  }

  ensure(r: number, c: number): ModelCell {
    let row = this.rows.get(r);
    if (!row) {
      row = new Map();
      this.rows.set(r, row);
    }
    let cell = row.get(c);
    if (!cell) {
      cell = { v: null };
      row.set(c, cell);
    }
    return cell;
  }

  /** Put `cell` at row `r`, column `c` (a copy's cells). */
  set(r: number, c: number, cell: ModelCell): void {
    let row = this.rows.get(r);
    if (!row) {
      row = new Map();
      this.rows.set(r, row);
    }
    row.set(c, cell);
  }

  /** Cells of the sheet that exist in the model, with their positions. */
  *entries(): IterableIterator<{ r: number; c: number; cell: ModelCell }> {
    for (const [r, row] of this.rows) for (const [c, cell] of row) yield { r, c, cell };
  }

  /** The used range: cells with a value (valuesOnly) or also with formatting; null when none. */
  usedRect(valuesOnly: boolean): Rect | null {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (const { r, c, cell } of this.entries()) {
      if (!(hasValue(cell) || (!valuesOnly && hasFormat(cell)))) continue;
      if (r < r0) r0 = r;
      if (c < c0) c0 = c;
      if (r > r1) r1 = r;
      if (c > c1) c1 = c;
    }
    if (r1 < 0) return null;
    return { r0, c0, r1, c1 };
  }

  columnWidth(c: number): number {
    return this.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
  }

  rowHeight(r: number): number {
    return this.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT;
  }

  private childCache: { merges: Rect[]; rows: Map<number, Set<number>> } | null = null;

  /** Inside a merged area but not its top-left cell. */
  isMergedChild(r: number, c: number): boolean {
    if (!this.merges.length) return false;
    if (!this.childCache || this.childCache.merges !== this.merges) {
      const rows = new Map<number, Set<number>>();
      for (const m of this.merges)
        for (let i = m.r0; i <= m.r1; i++) {
          let cols = rows.get(i);
          if (!cols) rows.set(i, (cols = new Set()));
          for (let j = m.c0; j <= m.c1; j++) if (i !== m.r0 || j !== m.c0) cols.add(j);
        }
      this.childCache = { merges: this.merges, rows };
    }
    return this.childCache.rows.get(r)?.has(c) ?? false;
  }
}

export function hasValue(cell: ModelCell | undefined): boolean {
  if (!cell) return false;
  return (
    cell.err !== undefined ||
    cell.formula !== undefined ||
    cell.link !== undefined ||
    (cell.v !== null && cell.v !== undefined && cell.v !== '')
  );
}

export function hasFormat(cell: ModelCell): boolean {
  return (
    cell.fmt !== undefined ||
    !!cell.fill ||
    !!cell.font ||
    !!cell.bold ||
    !!cell.fontName ||
    cell.fontSize !== undefined ||
    !!cell.wrap ||
    !!cell.hAlign ||
    !!cell.vAlign ||
    !!cell.borders
  );
}

/** A cell's value as `range.values` returns it. */
export function cellValue(cell: ModelCell | undefined): string | number | boolean {
  if (!cell) return '';
  if (cell.err) return cell.err;
  if (cell.v === null || cell.v === undefined) return '';
  return cell.v;
}

/** Excel's serial number of a calendar date. */
function serial(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / 86400000 + 25569;
}

/**
 * Put one input of `range.values` into a cell the way Excel does when a value is typed: a
 * leading apostrophe keeps text as text, `=` starts a formula, numbers, percents, booleans,
 * error literals and dates written as text are converted.
 */
export function writeInput(cell: ModelCell, input: unknown): void {
  delete cell.err;
  delete cell.formula;
  if (typeof input === 'number') {
    cell.v = input;
    return;
  }
  if (typeof input === 'boolean') {
    cell.v = input;
    return;
  }
  const s = String(input);
  if (s === '') {
    cell.v = null;
    return;
  }
  if (s.startsWith("'")) {
    cell.v = s.slice(1);
    return;
  }
  if (s.startsWith('=') && s.length > 1) {
    cell.formula = s.slice(1);
    cell.v = null;
    return;
  }
  const t = s.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) {
    cell.v = Number(t);
    return;
  }
  let m = t.match(/^([+-]?(\d+\.?\d*|\.\d+))\s*%$/);
  if (m) {
    cell.v = Number(m[1]) / 100;
    if (!cell.fmt) cell.fmt = Number.isInteger(Number(m[1])) ? '0%' : '0.00%';
    return;
  }
  if (/^(true|false)$/i.test(t)) {
    cell.v = t.toLowerCase() === 'true';
    return;
  }
  if (EXCEL_ERROR_VALUES.has(t.toUpperCase())) {
    cell.v = null;
    cell.err = t.toUpperCase();
    return;
  }
  m = t.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/);
  if (m) {
    cell.v = serial(Number(m[1]), Number(m[2]), Number(m[3]));
    if (!cell.fmt) cell.fmt = 'yyyy-mm-dd';
    return;
  }
  m = t.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/);
  if (m) {
    cell.v = serial(Number(m[3]), Number(m[1]), Number(m[2]));
    if (!cell.fmt) cell.fmt = 'm/d/yyyy';
    return;
  }
  if (/^[+-]/.test(t)) {
    // `-abc` is read as a formula that does not compute.
    cell.formula = t;
    cell.v = null;
    cell.err = '#NAME?';
    return;
  }
  cell.v = s;
}

export interface SyncRecord {
  /** 1-based number of the sync in the workbook's life (since the last resetStats). */
  index: number;
  /**
   * Bytes of the request's JSON (the queued object paths and actions); 0 when not measured
   * (no `maxRequestBytes` and no `measureBytes`).
   */
  requestBytes: number;
  /** Bytes of the response's JSON (the values loaded); 0 when not measured (likewise). */
  responseBytes: number;
  actions: number;
  /** The error code the sync failed with, if it did. */
  error?: string;
}

export interface SimulatedFailure {
  /** Error code to raise (`GeneralException`, `AccessDenied`, `RequestAborted` …). */
  code: string;
  message?: string;
  /** Run this many actions of the batch before failing (a half-applied batch). Default 0. */
  afterActions?: number;
  /** Fail the sync with this index (see `SyncRecord.index`); default: the next sync. */
  atSync?: number;
}

export interface InMemoryOptions {
  /** Highest ExcelApi requirement set the simulated Excel supports. Default `1.17`. */
  apiVersion?: string;
  /** Other requirement sets, by name (`{ RibbonApi: '1.1' }`). */
  sets?: Record<string, string>;
  /** Reject requests bigger than this many bytes (Excel on the web: `WEB_PAYLOAD_LIMIT`). */
  maxRequestBytes?: number | null;
  /** Fail syncs whose response is bigger than this many bytes. */
  maxResponseBytes?: number | null;
  /**
   * What `Office.context.platform` says. Default: Excel on the web (`OfficeOnline`) when a
   * payload limit is set — only the web has one — else Windows desktop (`PC`).
   */
  platform?: 'OfficeOnline' | 'PC' | 'Mac';
  /** Measure every request and response even without a limit (the benchmark). Default false. */
  measureBytes?: boolean;
  /**
   * Most cells one range read returns; past it `values`, `numberFormat`, `formulas`, `text` and
   * `valueTypes` come back `null`. Default `MAX_CELLS_READ`, Excel's documented five million.
   */
  maxCellsRead?: number;
}

/**
 * Excel's limit on the cells of one get: "On all platforms, a range is limited to five million
 * cells for get operations" (learn.microsoft.com, "Performance optimization using the Excel
 * JavaScript API", payload size limits). Past it Excel may answer `values` with `null` instead
 * of an error (OfficeDev/office-js #4783, #6781; office-js-docs-pr #5821).
 */
export const MAX_CELLS_READ = 5_000_000;

/** The file's pattern names (OOXML) as Office.js names them. */
const OFFICE_PATTERN: Record<string, string> = {
  darkGray: 'Gray75',
  mediumGray: 'Gray50',
  lightGray: 'Gray25',
  gray125: 'Gray16',
  gray0625: 'Gray8',
  darkHorizontal: 'Horizontal',
  darkVertical: 'Vertical',
  darkDown: 'Down',
  darkUp: 'Up',
  darkGrid: 'Checker',
  darkTrellis: 'SemiGray75',
  lightHorizontal: 'LightHorizontal',
  lightVertical: 'LightVertical',
  lightDown: 'LightDown',
  lightUp: 'LightUp',
  lightGrid: 'Grid',
  lightTrellis: 'CrissCross',
};

const rgbOf = (c: { argb?: string } | undefined): string | null =>
  c?.argb && /^[0-9A-Fa-f]{8}$/.test(c.argb) ? '#' + c.argb.slice(2).toUpperCase() : null;

/**
 * What Excel shows of a file's exact fill and font colour, as far as it needs no theme: patterns
 * with their two RGB colours and the tints. (Theme colours need the file's theme, which the
 * in-memory Excel does not hold; such a colour reads as none.)
 */
function loadExact(cell: ModelCell, exact: ExactStyle): void {
  const f = exact.fill;
  if (f?.type === 'pattern') {
    if (f.pattern !== 'solid' && OFFICE_PATTERN[f.pattern]) {
      cell.pattern = OFFICE_PATTERN[f.pattern];
      cell.fill = rgbOf(f.bgColor) ?? '#FFFFFF';
      cell.patternColor = rgbOf(f.fgColor);
      if (f.fgColor?.tint) cell.patternTint = f.fgColor.tint;
      if (f.bgColor?.tint) cell.tint = f.bgColor.tint;
    } else if (f.pattern === 'solid' && f.fgColor?.tint) cell.tint = f.fgColor.tint;
  }
  if (exact.font?.tint) cell.fontTint = exact.font.tint;
}

export interface ExportedWorkbook {
  grid: WorkbookGrid;
  styles: StyleEntries;
}

/** Compare requirement-set versions `1.13` vs `1.9`. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export class InMemoryWorkbook {
  sheets: ModelSheet[] = [];
  apiVersion: string;
  sets: Record<string, string>;
  maxRequestBytes: number | null;
  maxResponseBytes: number | null;
  /** See `InMemoryOptions.platform`. */
  platform: 'OfficeOnline' | 'PC' | 'Mac';
  /** See `InMemoryOptions.measureBytes`. */
  measureBytes: boolean;
  /** See `InMemoryOptions.maxCellsRead`. */
  maxCellsRead: number;
  /** Every sync so far. */
  syncLog: SyncRecord[] = [];
  selection: { sheet: string; address: string } | null = null;
  activeSheet: string | null = null;
  /** Review › Protect Workbook (structure): no sheet added, deleted, renamed, hidden, unhidden. */
  structureProtected = false;
  /** Set by `suspendApiCalculationUntilNextSync`, cleared by the next sync. */
  calculationSuspended = false;
  enableEvents = true;
  /** Called before each sync runs (tests use it to change the workbook mid-run). */
  onSync: ((index: number) => void) | null = null;
  /**
   * Calls of suspendApiCalculationUntilNextSync; syncs that started while events were disabled;
   * and the changes (a property set or a method other than a `get…` on a sheet, range, table …)
   * that ran while events were off and while they were on.
   */
  readonly counters = {
    calculationSuspensions: 0,
    syncsWithEventsOff: 0,
    changesWithEventsOff: 0,
    changesWithEventsOn: 0,
  };
  private failures: SimulatedFailure[] = [];
  private hangs: (number | undefined)[] = [];
  private nextSheetId = 1;

  constructor(input?: ExportedWorkbook | WorkbookGrid, opts: InMemoryOptions = {}) {
    this.apiVersion = opts.apiVersion ?? '1.17';
    this.sets = opts.sets ?? {};
    this.maxRequestBytes = opts.maxRequestBytes ?? null;
    this.maxResponseBytes = opts.maxResponseBytes ?? null;
    this.platform =
      opts.platform ??
      (this.maxRequestBytes !== null || this.maxResponseBytes !== null ? 'OfficeOnline' : 'PC');
    this.measureBytes = opts.measureBytes ?? false;
    this.maxCellsRead = opts.maxCellsRead ?? MAX_CELLS_READ;
    if (input) {
      const grid = 'grid' in input ? input.grid : input;
      const styles = 'grid' in input ? input.styles : new Map<string, CellStyle>();
      this.load(grid, styles);
    }
  }

  static fromGrid(
    grid: WorkbookGrid,
    styles: StyleEntries = new Map(),
    opts: InMemoryOptions = {},
  ): InMemoryWorkbook {
    return new InMemoryWorkbook({ grid, styles }, opts);
  }

  private load(grid: WorkbookGrid, styles: StyleEntries): void {
    for (const g of grid.sheets) {
      const sheet = this.addSheet(g.name);
      if (g.hidden) sheet.visibility = 'Hidden';
      g.rows.forEach((row, r) => {
        if (!row) return;
        row.forEach((raw, c) => {
          if (!raw) return;
          const cell = sheet.ensure(r, c);
          cell.v = raw.v;
          if (raw.err) {
            cell.err = raw.err;
            cell.v = null;
          }
          if (raw.formula !== undefined) cell.formula = raw.formula;
          const content = raw.content as { hyperlink?: unknown; tooltip?: unknown } | undefined;
          if (content && typeof content.hyperlink === 'string')
            cell.link = {
              address: content.hyperlink,
              ...(typeof content.tooltip === 'string' && { screenTip: content.tooltip }),
            };
          if (raw.fmt !== undefined && raw.fmt !== 'General') cell.fmt = raw.fmt;
          if (raw.date && !cell.fmt) cell.fmt = 'm/d/yyyy';
        });
      });
      sheet.merges = g.merges.map((m) => ({ r0: m.top, c0: m.left, r1: m.bottom, c1: m.right }));
    }
    // The sheet of each name looked up once, not once per styled cell.
    const sheets = new Map<string, ModelSheet | undefined>();
    eachStyledCell(styles, (name, r, c, st) => {
      if (!sheets.has(name)) sheets.set(name, this.sheet(name));
      const sheet = sheets.get(name);
      if (!sheet) return;
      const cell = sheet.ensure(r, c);
      if (st.fill) cell.fill = st.fill.toUpperCase();
      if (st.font) cell.font = st.font.toUpperCase();
      if (st.exact) loadExact(cell, st.exact);
    });
  }

  sheet(name: string): ModelSheet | undefined {
    const n = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === n);
  }

  /** Add a sheet at the end (no checks: the API layer validates names). */
  addSheet(name: string): ModelSheet {
    const s = new ModelSheet(`{${String(this.nextSheetId++).padStart(8, '0')}}`, name);
    this.sheets.push(s);
    return s;
  }

  /** What a user does between two runs: delete, rename or protect a sheet, type a value. */
  deleteSheet(name: string): void {
    const s = this.sheet(name);
    if (s) this.sheets = this.sheets.filter((x) => x !== s);
  }

  renameSheet(from: string, to: string): void {
    const s = this.sheet(from);
    if (s) s.name = to;
  }

  protectSheet(name: string, on = true): void {
    const s = this.sheet(name);
    if (s) s.protected = on;
  }

  /** Protect the workbook's structure (Review › Protect Workbook), as a user would. */
  protectStructure(on = true): void {
    this.structureProtected = on;
  }

  /** Type a value into a cell (`A1`), as a user would. */
  type(sheetName: string, a1: string, value: string | number | boolean | null): void {
    const s = this.sheet(sheetName);
    const m = a1.toUpperCase().match(/^([A-Z]+)(\d+)$/);
    if (!s || !m) throw new Error(`Tidak ada sel ${sheetName}!${a1}`);
    let c = 0;
    for (const ch of m[1]) c = c * 26 + (ch.charCodeAt(0) - 64);
    const cell = s.ensure(Number(m[2]) - 1, c - 1);
    writeInput(cell, value === null ? '' : value);
  }

  /** One cell as the model holds it (undefined when the cell was never touched). */
  cell(sheetName: string, a1: string): ModelCell | undefined {
    const s = this.sheet(sheetName);
    const m = a1.toUpperCase().match(/^([A-Z]+)(\d+)$/);
    if (!s || !m) return undefined;
    let c = 0;
    for (const ch of m[1]) c = c * 26 + (ch.charCodeAt(0) - 64);
    return s.get(Number(m[2]) - 1, c - 1);
  }

  isSetSupported(name: string, version = '1.1'): boolean {
    const have = name === 'ExcelApi' ? this.apiVersion : this.sets[name];
    if (!have) return false;
    return compareVersions(version, have) <= 0;
  }

  /** Make the next sync (or sync number `atSync`) fail with an Office error. */
  failSync(f: SimulatedFailure): void {
    this.failures.push(f);
  }

  /**
   * Make the next sync (or sync number `atSync`) never settle — neither resolve nor reject — as
   * Excel on the web sometimes does (OfficeDev/office-js #6678, #4805). Its batch is not run.
   */
  hangSync(atSync?: number): void {
    this.hangs.push(atSync);
  }

  /** @internal whether the sync about to run hangs. */
  takeHang(index: number): boolean {
    const i = this.hangs.findIndex((at) => at === undefined || at === index);
    if (i < 0) return false;
    this.hangs.splice(i, 1);
    return true;
  }

  /** @internal the failure planned for the sync about to run, if any. */
  takeFailure(index: number): SimulatedFailure | undefined {
    const i = this.failures.findIndex((f) => f.atSync === undefined || f.atSync === index);
    if (i < 0) return undefined;
    return this.failures.splice(i, 1)[0];
  }

  get syncs(): number {
    return this.syncLog.length;
  }

  /** Total request bytes of the syncs so far. */
  get requestBytes(): number {
    return this.syncLog.reduce((s, x) => s + x.requestBytes, 0);
  }

  resetStats(): void {
    this.syncLog = [];
    this.counters.calculationSuspensions = 0;
    this.counters.syncsWithEventsOff = 0;
    this.counters.changesWithEventsOff = 0;
    this.counters.changesWithEventsOn = 0;
  }

  /** Back to the xlsx host's `toGrid` shape: grids (values, formats, merges) and fills/fonts. */
  export(): ExportedWorkbook & { styles: Map<string, CellStyle> } {
    const sheets: SheetGrid[] = [];
    const styles = new Map<string, CellStyle>();
    for (const s of this.sheets) {
      const rows: (RawCell | undefined)[][] = [];
      // Values of cells that hold one; fills and fonts of every cell (an empty cell keeps its
      // shading), as the xlsx host's toGrid reads them.
      const positions = [...s.entries()].sort((a, b) => a.r - b.r || a.c - b.c);
      for (const { r, c, cell } of positions) {
        if (s.isMergedChild(r, c)) continue;
        if (hasValue(cell)) (rows[r] ??= [])[c] = toRaw(cell);
        // A patterned fill is no solid colour (exceljs reads it as none either).
        const fill = cell.pattern ? null : (cell.fill ?? null);
        const font = cell.font ?? null;
        if (fill || font) styles.set(`${s.name}!${colName(c)}${r + 1}`, { fill, font });
      }
      for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
      const merges: Merge[] = s.merges.map((m) => ({
        top: m.r0,
        left: m.c0,
        bottom: m.r1,
        right: m.c1,
      }));
      sheets.push({ name: s.name, rows, merges, hidden: s.visibility !== 'Visible' });
    }
    return { grid: { sheets }, styles };
  }

  /** A copy with the same cells and settings, and fresh statistics. */
  clone(): InMemoryWorkbook {
    const wb = new InMemoryWorkbook(undefined, {
      apiVersion: this.apiVersion,
      sets: { ...this.sets },
      maxRequestBytes: this.maxRequestBytes,
      maxResponseBytes: this.maxResponseBytes,
      measureBytes: this.measureBytes,
      maxCellsRead: this.maxCellsRead,
    });
    wb.structureProtected = this.structureProtected;
    for (const s of this.sheets) {
      const t = wb.addSheet(s.name);
      t.visibility = s.visibility;
      t.protected = s.protected;
      for (const { r, c, cell } of s.entries())
        t.set(r, c, {
          ...cell,
          borders: cell.borders ? { ...cell.borders } : undefined,
        });
      t.merges = s.merges.map((m) => ({ ...m }));
      t.tables = s.tables.map((x) => ({ ...x, rect: { ...x.rect } }));
      for (const [c, w] of s.columnWidths) t.columnWidths.set(c, w);
      for (const [r, h] of s.rowHeights) t.rowHeights.set(r, h);
      t.orientation = s.orientation;
      t.paperSize = s.paperSize;
      t.zoom = { ...s.zoom };
      t.printTitleRows = s.printTitleRows ? { ...s.printTitleRows } : null;
    }
    return wb;
  }

  /** `Sheet!A1:B2` of a rectangle of a sheet, as the API prints addresses. */
  static address(sheet: ModelSheet, r: Rect): string {
    return fullAddress(sheet.name, r);
  }
}

/** One model cell in the xlsx host's RawCell shape (see `toRaw` in src/hosts/xlsx). */
function toRaw(cell: ModelCell): RawCell {
  const fmt = cell.fmt;
  if (cell.formula !== undefined) {
    if (cell.err) return { v: null, err: cell.err, fmt, formula: cell.formula };
    if (cell.v === null) return { v: null, fmt, formula: cell.formula };
    if (typeof cell.v === 'number' && isDateFormat(fmt))
      return { v: cell.v, date: true, fmt, formula: cell.formula };
    return { v: cell.v, fmt, formula: cell.formula };
  }
  if (cell.err) return { v: null, err: cell.err, fmt };
  if (typeof cell.v === 'number') {
    if (isDateFormat(fmt)) return { v: cell.v, date: true, fmt };
    return { v: cell.v, fmt };
  }
  // A hyperlink as the file writes it (exceljs' shape: its text and its target).
  if (cell.link)
    return {
      v: String(cell.v ?? cell.link.address),
      content: {
        text: String(cell.v ?? cell.link.address),
        hyperlink: cell.link.address,
        ...(cell.link.screenTip !== undefined && { tooltip: cell.link.screenTip }),
      },
      fmt,
    };
  // Text and booleans keep their cell's format too, as in the other hosts.
  return { v: cell.v, fmt };
}

export { MAX_ROWS, MAX_COLS };
