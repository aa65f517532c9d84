/**
 * The xlsx host (exceljs): read a workbook into plain grids, and apply a plan to a copy.
 * Browser-safe (no Node APIs): the `capaian` command and the tests use it through index.ts,
 * which adds file access; the browser page imports this module on demand. Bad files become
 * `XlsxOpenError` with an Indonesian message — never a stack trace in the planner's face.
 */
import ExcelJS from 'exceljs';
import type { RawCell } from '../../engine/values';
import type {
  CellStyle,
  ColorSpec,
  ExactStyle,
  FillSpec,
  Plan,
  RecordEntry,
  SheetBaseStyle,
  SheetSpec,
  StyleLookup,
} from '../../workbook/plan';
import { printOf, recordRows } from '../../workbook/plan';
import { parseA1, type Merge, type SheetGrid, type WorkbookGrid } from '../../workbook/grid';
import { GridStyles } from '../../workbook/styles';

export class XlsxOpenError extends Error {
  constructor(
    message: string,
    readonly reason: 'not-found' | 'empty' | 'xls' | 'encrypted' | 'not-xlsx' | 'corrupt',
  ) {
    super(message);
  }
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Check the bytes before handing them to exceljs: empty, old .xls, encrypted, not a zip. */
export function sniff(buf: Uint8Array, name: string): void {
  if (buf.length === 0) throw new XlsxOpenError(`Berkas ${name} kosong (0 byte).`, 'empty');
  if (OLE_MAGIC.every((b, i) => buf[i] === b)) {
    const text = new TextDecoder('utf-16le').decode(buf);
    if (text.includes('EncryptedPackage') || text.includes('EncryptionInfo')) {
      throw new XlsxOpenError(
        `Berkas ${name} dilindungi kata sandi. Buka di Excel, hapus kata sandinya (File › Info › Lindungi Buku Kerja), lalu simpan sebagai .xlsx tanpa kata sandi.`,
        'encrypted',
      );
    }
    throw new XlsxOpenError(
      `Berkas ${name} berformat Excel lama (.xls). Buka di Excel lalu simpan sebagai "Buku Kerja Excel (.xlsx)".`,
      'xls',
    );
  }
  if (!(buf[0] === 0x50 && buf[1] === 0x4b)) {
    throw new XlsxOpenError(
      `Berkas ${name} bukan buku kerja Excel (.xlsx). Simpan berkas dari Excel sebagai .xlsx.`,
      'not-xlsx',
    );
  }
}

/** Load a workbook from bytes. */
export async function loadWorkbook(buf: Uint8Array, name = 'berkas'): Promise<ExcelJS.Workbook> {
  sniff(buf, name);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    throw new XlsxOpenError(
      `Berkas ${name} rusak atau terpotong dan tidak dapat dibaca sebagai .xlsx. Coba buka di Excel dan simpan ulang.`,
      'corrupt',
    );
  }
  return wb;
}

function argbToHex(argb: string | undefined): string | null {
  if (!argb || !/^[0-9A-Fa-f]{6,8}$/.test(argb)) return null;
  return '#' + argb.slice(-6).toUpperCase();
}

function toRaw(cell: ExcelJS.Cell): RawCell | undefined {
  const v = cell.value as unknown;
  const fmt = cell.numFmt || undefined;
  if (v === null || v === undefined) return undefined;
  // The number format goes with every kind of value: the reader needs it for numbers, and undo
  // puts a corrected or filled cell back with the format it had, whatever it held (rule 8).
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return { v, fmt };
  if (v instanceof Date) {
    // Excel serial date, flagged as a date.
    return { v: v.getTime() / 86400000 + 25569, date: true, fmt };
  }
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('error' in o) return { v: null, err: String(o.error), fmt };
    if ('richText' in o && Array.isArray(o.richText)) {
      const text = (o.richText as { text: string }[]).map((t) => t.text).join('');
      return { v: text, content: o, fmt };
    }
    if ('formula' in o || 'sharedFormula' in o) {
      // A cell of a shared formula (one formula filled over a range) stores only its master's
      // address; its own formula is the master's, moved to this cell.
      const formula = String(cell.formula ?? o.formula ?? o.sharedFormula ?? '');
      const res = o.result as unknown;
      if (res === undefined || res === null) return { v: null, fmt, formula };
      if (typeof res === 'object' && res !== null && 'error' in (res as object)) {
        return { v: null, err: String((res as { error: unknown }).error), fmt, formula };
      }
      // exceljs reads a text result in a date-formatted cell as an invalid Date: the result is
      // then unknown (Excel recalculates it), never NaN.
      if (res instanceof Date && Number.isNaN(res.getTime())) return { v: null, fmt, formula };
      if (res instanceof Date)
        return { v: res.getTime() / 86400000 + 25569, date: true, fmt, formula };
      if (typeof res === 'number' || typeof res === 'string' || typeof res === 'boolean')
        return { v: res, fmt, formula };
      return { v: null, fmt, formula };
    }
    if ('hyperlink' in o) return { v: String(o.text ?? o.hyperlink), content: o, fmt };
    if ('text' in o) return { v: String(o.text), fmt };
  }
  return { v: String(v), fmt };
}

/** A plain JSON copy of what exceljs read (its objects are shared between cells). */
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/**
 * A cell's fill and font colour: `#RRGGBB` where they are plain RGB (what the pane compares), and
 * exactly as the file has them (theme colour and tint, indexed colour, pattern with both colours,
 * gradient) so that Hapus Warna puts them back as found. Null for a cell with neither.
 */
export function styleOf(cell: ExcelJS.Cell): CellStyle | null {
  const fill = cell.fill as ExcelJS.Fill | undefined;
  const hasFill = !!fill && !(fill.type === 'pattern' && fill.pattern === 'none');
  const fontColor = cell.font?.color;
  if (!hasFill && !fontColor) return null;
  const solidHex =
    fill?.type === 'pattern' && fill.pattern === 'solid' ? argbToHex(fill.fgColor?.argb) : null;
  return {
    fill: solidHex,
    font: argbToHex(fontColor?.argb),
    exact: {
      fill: hasFill ? (copy(fill) as FillSpec) : null,
      font: fontColor ? (copy(fontColor) as ColorSpec) : null,
    },
  };
}

export interface ReadOptions {
  /** Read fills and fonts too (needed for Hitung's record of original colours). */
  styles?: boolean;
}

export interface XlsxRead {
  grid: WorkbookGrid;
  /** With `styles`: the fill and font of every styled cell (by position; `get('Sheet!A1')`). */
  styles: GridStyles;
}

/**
 * styleOf for every cell of one read: exceljs hands every cell of a style the same style object,
 * so the fill and font are read (and copied) once per style, not once per cell. The CellStyle is
 * then shared by the cells of that style: plain data that no reader changes.
 */
function styleReader(): (cell: ExcelJS.Cell) => CellStyle | null {
  const byStyle = new WeakMap<object, CellStyle | null>();
  return (cell) => {
    const key = cell.style as object | undefined;
    if (!key) return styleOf(cell);
    let st = byStyle.get(key);
    if (st === undefined) {
      st = styleOf(cell);
      byStyle.set(key, st);
    }
    return st;
  };
}

/**
 * The colours of a loaded workbook's cells, read when asked: what `toGrid` with `styles` would
 * have put in its map for that cell (nothing for a cell inside a merged area but its first),
 * without a pass over every cell. Hitung asks only for the cells it may write.
 */
export function styleLookup(wb: ExcelJS.Workbook): StyleLookup {
  const styleOfCell = styleReader();
  return {
    get(key: string): CellStyle | undefined {
      const bang = key.lastIndexOf('!');
      const pos = parseA1(key.slice(bang + 1));
      const ws = bang > 0 ? wb.getWorksheet(key.slice(0, bang)) : undefined;
      if (!pos || !ws) return undefined;
      const cell = ws.findCell(pos.r + 1, pos.c + 1);
      if (!cell || (cell.isMerged && cell.master !== cell)) return undefined;
      return styleOfCell(cell) ?? undefined;
    },
  };
}

/** Workbook → plain grids (and the fills/fonts of non-empty or styled cells when asked). */
export function toGrid(wb: ExcelJS.Workbook, opts: ReadOptions = {}): XlsxRead {
  const sheets: SheetGrid[] = [];
  const styles = new GridStyles();
  const styleOfCell = styleReader();
  wb.eachSheet((ws) => {
    const rows: (RawCell | undefined)[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const out: (RawCell | undefined)[] = [];
      // With styles, empty cells count too: an empty result cell may already carry a fill that
      // Hapus Warna must restore.
      row.eachCell({ includeEmpty: opts.styles === true }, (cell, colNumber) => {
        if (cell.isMerged && cell.master !== cell) return;
        const raw = toRaw(cell);
        if (raw) out[colNumber - 1] = raw;
        if (opts.styles) {
          const st = styleOfCell(cell);
          if (st) styles.set(ws.name, rowNumber - 1, colNumber - 1, st);
        }
      });
      rows[rowNumber - 1] = out;
    });
    for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
    const merges: Merge[] = [];
    const internal =
      (
        ws as unknown as {
          _merges: Record<string, { top: number; left: number; bottom: number; right: number }>;
        }
      )._merges ?? {};
    for (const m of Object.values(internal)) {
      merges.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
    }
    sheets.push({ name: ws.name, rows, merges, hidden: ws.state !== 'visible' });
  });
  return { grid: { sheets }, styles };
}

function solid(hex: string): ExcelJS.Fill {
  return {
    type: 'pattern',
    pattern: 'solid',
    fgColor: { argb: 'FF' + hex.replace('#', '').toUpperCase() },
  };
}

function argb(hex: string): string {
  return 'FF' + hex.replace('#', '').toUpperCase();
}

/**
 * The exceljs page setup of a sheet: A4 (paper size 9), and from `printOf` the orientation, the
 * fit to N pages wide with `fitToHeight: 0` — written as `fitToHeight="0"`, which SpreadsheetML
 * reads as "as many pages tall as needed" (ECMA-376 Part 1, §18.3.1.63 pageSetup) — and the rows
 * repeated on every page (exceljs writes them as the sheet's `_xlnm.Print_Titles` name).
 */
function pageSetupOf(spec: SheetSpec): Partial<ExcelJS.PageSetup> {
  const print = printOf(spec);
  if (!print) return { paperSize: 9 };
  return {
    paperSize: 9,
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.fitToPagesWide,
    fitToHeight: 0,
    ...(print.titleRows ? { printTitlesRow: print.titleRows.join(':') } : {}),
  };
}

/** The base style on every cell of the sheet's used area, under the cell's own format. */
function setBaseStyle(ws: ExcelJS.Worksheet, spec: SheetSpec, base: SheetBaseStyle): void {
  const width = spec.rows.reduce((m, row) => Math.max(m, row.length), 0);
  for (let r = 0; r < spec.rows.length; r++)
    for (let c = 0; c < width; c++) {
      const cell = ws.getCell(r + 1, c + 1);
      cell.font = { ...cell.font, name: base.font, size: base.size };
      if (base.alignTop) cell.alignment = { ...cell.alignment, vertical: 'top' };
    }
}

/** Create or replace one whole sheet from a `SheetSpec`. */
function writeSheet(wb: ExcelJS.Workbook, spec: SheetSpec): void {
  const old = wb.getWorksheet(spec.name);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(spec.name, {
    state: spec.hidden ? 'hidden' : 'visible',
    pageSetup: pageSetupOf(spec),
  });
  spec.rows.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = v;
    });
  });
  for (const [addr, f] of Object.entries(spec.formats ?? {})) {
    const cell = ws.getCell(addr);
    const style: Partial<ExcelJS.Style> = {};
    if (f.numFmt) style.numFmt = f.numFmt;
    if (f.fill) style.fill = solid(f.fill);
    if (f.font || f.bold)
      style.font = {
        ...(f.font ? { color: { argb: argb(f.font) } } : {}),
        ...(f.bold ? { bold: true } : {}),
      };
    if (f.wrap || f.align)
      style.alignment = {
        ...(f.wrap ? { wrapText: true, vertical: 'top' as const } : {}),
        ...(f.align ? { horizontal: f.align } : {}),
      };
    if (f.border) {
      const thin = { style: 'thin' as const };
      style.border = { top: thin, left: thin, bottom: thin, right: thin };
    }
    cell.style = style as ExcelJS.Style;
  }
  for (const m of spec.merges ?? []) ws.mergeCells(m);
  (spec.columnWidths ?? []).forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  (spec.rowHeights ?? []).forEach((h, r) => {
    if (h !== null) ws.getRow(r + 1).height = h;
  });
  if (spec.baseStyle) setBaseStyle(ws, spec, spec.baseStyle);
  for (const t of spec.tables ?? []) {
    const [from, to] = t.range.split(':');
    const a = parseA1(from);
    const b = parseA1(to);
    if (!a || !b) continue;
    const header = spec.rows[a.r] ?? [];
    const columns = [];
    for (let c = a.c; c <= b.c; c++)
      columns.push({ name: String(header[c] ?? `Kolom ${c - a.c + 1}`), filterButton: false });
    const body: ExcelJS.CellValue[][] = [];
    for (let r = a.r + 1; r <= b.r; r++) {
      const row: ExcelJS.CellValue[] = [];
      for (let c = a.c; c <= b.c; c++) row.push((spec.rows[r]?.[c] ?? null) as ExcelJS.CellValue);
      body.push(row);
    }
    ws.addTable({
      name: t.name,
      ref: from,
      headerRow: true,
      style: { theme: undefined, showRowStripes: false },
      columns,
      rows: body,
    });
  }
  writeLinks(ws, spec);
}

/**
 * Links to places in the workbook (`LKjIP Temuan` → the finding's cell), after the tables wrote
 * their cells. exceljs writes a `#` target as a link inside the workbook (its README, "Hyperlink
 * Value"; exceljs PR #1137).
 */
function writeLinks(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  for (const [addr, f] of Object.entries(spec.formats ?? {})) {
    if (!f.link) continue;
    const cell = ws.getCell(addr);
    cell.value = { text: String(cell.value ?? ''), hyperlink: `#${f.link}` };
    cell.font = { ...cell.font, underline: true, color: { argb: argb('#0563C1') } };
  }
}

/**
 * A plan made by a host that sees colours only as RGB (Office.js: the browser page's Hitung over
 * the in-memory Excel) records original colours without their exact form. The file holds it: an
 * entry whose cell still shows the recorded colours gets them exactly as the file has them, so
 * Hapus Warna on this copy restores theme, indexed and pattern fills too.
 */
function withExactStyles(wb: ExcelJS.Workbook, plan: Plan): RecordEntry[] {
  const known = recordedExact(wb.getWorksheet(plan.recordSheet));
  return plan.record.map((e) => {
    if (e.kind !== 'warna' || e.exact) return e;
    const kept = known.get(`${e.sheet}!${e.cell}`);
    if (kept) return { ...e, exact: kept };
    const pos = parseA1(e.cell);
    const ws = wb.getWorksheet(e.sheet);
    if (!pos || !ws) return e;
    const st = styleOf(ws.getCell(pos.r + 1, pos.c + 1));
    if ((st?.fill ?? null) !== e.fill || (st?.font ?? null) !== e.font || !st?.exact) return e;
    return { ...e, exact: st.exact };
  });
}

/** The exact colours an earlier run kept in the record sheet (its `rinci` column), by cell. */
function recordedExact(ws: ExcelJS.Worksheet | undefined): Map<string, ExactStyle> {
  const out = new Map<string, ExactStyle>();
  ws?.eachRow((row) => {
    const detail = row.getCell(6).value;
    if (row.getCell(1).value !== 'warna' || typeof detail !== 'string') return;
    try {
      const exact = (JSON.parse(detail) as { exact?: ExactStyle }).exact;
      if (exact) out.set(`${String(row.getCell(2).value)}!${String(row.getCell(3).value)}`, exact);
    } catch {
      // Not ours to read: the entry keeps its RGB colours.
    }
  });
  return out;
}

/** The exceljs value that puts a cell back as `raw` describes it. */
function excelValueOf(raw: RawCell | null): ExcelJS.CellValue {
  if (!raw) return null;
  if (raw.content !== undefined) return raw.content as ExcelJS.CellValue;
  const constant: ExcelJS.CellValue = raw.err
    ? ({ error: raw.err } as ExcelJS.CellErrorValue)
    : raw.date && typeof raw.v === 'number'
      ? new Date(Math.round((raw.v - 25569) * 86400000))
      : raw.v;
  if (raw.formula) return { formula: raw.formula, result: constant } as ExcelJS.CellFormulaValue;
  return constant;
}

/**
 * Before the master cell of a shared formula is written, every cell that shares its formula gets
 * that formula as its own: the cells keep their formulas, and the file stays one Excel can read.
 */
function unshare(ws: ExcelJS.Worksheet, master: ExcelJS.Cell): void {
  const v = master.value as { shareType?: string; ref?: string } | null;
  if (!v || typeof v !== 'object' || v.shareType !== 'shared' || !v.ref) return;
  const [from, to] = v.ref.split(':');
  const a = parseA1(from);
  const b = parseA1(to ?? from);
  if (!a || !b) return;
  for (let r = a.r; r <= b.r; r++)
    for (let c = a.c; c <= b.c; c++) {
      const clone = ws.findCell(r + 1, c + 1);
      const cv = clone?.value as { sharedFormula?: string; result?: unknown } | null | undefined;
      if (!clone || !cv || typeof cv !== 'object' || cv.sharedFormula !== master.address) continue;
      clone.value = { formula: clone.formula, result: cv.result } as ExcelJS.CellFormulaValue;
    }
}

/** Apply a plan to the loaded workbook (in memory). */
export function applyPlan(wb: ExcelJS.Workbook, plan: Plan): void {
  for (const name of plan.removeSheets ?? []) {
    const ws = wb.getWorksheet(name);
    if (ws) wb.removeWorksheet(ws.id);
  }
  writeRecord(wb, { ...plan, record: withExactStyles(wb, plan) });
  for (const spec of plan.sheets ?? []) writeSheet(wb, spec);
  for (const w of plan.writes) {
    const ws = wb.getWorksheet(w.sheet);
    const pos = parseA1(w.cell);
    if (!ws || !pos) continue;
    const cell = ws.getCell(pos.r + 1, pos.c + 1);
    if (w.value !== undefined || w.restore !== undefined) unshare(ws, cell);
    if (w.value !== undefined) cell.value = w.value;
    if (w.restore !== undefined) cell.value = excelValueOf(w.restore);
    // Styles are shared between cells read from a file: give this cell its own copy.
    const style: Partial<ExcelJS.Style> = { ...cell.style };
    if (w.numFmt !== undefined) style.numFmt = w.numFmt;
    if (w.restore !== undefined) {
      if (w.restore?.fmt) style.numFmt = w.restore.fmt;
      else delete style.numFmt;
    }
    if (w.style) {
      // Hapus Warna: the fill and font colour exactly as they were found.
      style.fill = (w.style.fill ?? { type: 'pattern', pattern: 'none' }) as ExcelJS.Fill;
      const font: Partial<ExcelJS.Font> = { ...(cell.style.font ?? {}) };
      if (w.style.font) font.color = w.style.font as Partial<ExcelJS.Color>;
      else delete font.color;
      style.font = font;
    } else {
      if (w.fill !== undefined) {
        if (w.fill === null) style.fill = { type: 'pattern', pattern: 'none' };
        else style.fill = solid(w.fill);
      }
      if (w.font !== undefined) {
        const font: Partial<ExcelJS.Font> = { ...(cell.style.font ?? {}) };
        if (w.font === null) delete font.color;
        else font.color = { argb: 'FF' + w.font.replace('#', '') };
        style.font = font;
      }
    }
    cell.style = style as ExcelJS.Style;
  }
}

/**
 * The record sheet, in place when it exists (so the sheet order is the Excel host's: the record
 * is written before any generated sheet), created hidden otherwise, removed when empty.
 */
function writeRecord(wb: ExcelJS.Workbook, plan: Plan): void {
  const existing = wb.getWorksheet(plan.recordSheet);
  if (plan.record.length === 0) {
    if (existing) wb.removeWorksheet(existing.id);
    return;
  }
  const ws = existing ?? wb.addWorksheet(plan.recordSheet, { state: 'hidden' });
  ws.state = 'hidden';
  // Overwrite row by row and empty what is left of a longer earlier record.
  const rows = recordRows(plan.record);
  const before = ws.rowCount;
  rows.forEach((row, i) => {
    const target = ws.getRow(i + 1);
    target.values = [];
    row.forEach((v, c) => {
      if (v !== null && v !== undefined) target.getCell(c + 1).value = v;
    });
  });
  for (let r = rows.length + 1; r <= before; r++) ws.getRow(r).values = [];
}
