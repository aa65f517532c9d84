/**
 * The plan: what Hitung writes (WORKBOOK.md "What we write"). Plain data, applied by a host.
 *
 * - Values only into empty result cells, or cells we wrote earlier whose value is still ours.
 * - Predicate fills and contrast fonts on capaian and kriteria cells that we fill, or whose typed
 *   value agrees with the computation (no finding at the cell).
 * - The original fill and font of a user cell are recorded before we first recolour it, so that
 *   Hapus Warna restores them; the record lives in the hidden sheet `_capaian`.
 * - Corrections (Terapkan perbaikan) only on request, with the old value recorded for undo.
 */
import { capaianOf } from '../engine/capaian';
import { roundHalfUp } from '../engine/decimal';
import type { CellRef, Finding } from '../engine/findings';
import type { PkResult } from '../engine/model';
import { fontFor } from '../engine/scales';
import { parseCell, type RawCell } from '../engine/values';
import { a1, parseA1, Sheet, type WorkbookGrid } from './grid';
import { isTypedCell, placeOf, type CellPlace } from './result-cells';
import { isRecordSheet, RECORD_HEADER, RECORD_SHEET } from './sheets';

export type CellValueOut = string | number | null;

export interface CellWrite {
  sheet: string;
  cell: string;
  /** Value to write; undefined leaves the value alone. */
  value?: CellValueOut;
  numFmt?: string;
  /** `#RRGGBB`, or null to clear the fill; undefined leaves it. */
  fill?: string | null;
  font?: string | null;
  /** The fill and font colour to put back exactly; hosts that can apply it prefer it to fill/font. */
  style?: ExactStyle;
  /** The same in the Excel host's form (pattern, pattern colour, tints), for Office.js. */
  office?: OfficeStyle;
  /** `fill` goes over a pattern or a tint: the host makes it a plain solid fill. */
  solid?: boolean;
  /**
   * Put the cell back exactly as it was (undo of a correction): value and its type (formula,
   * error, date, boolean, rich text, hyperlink) and number format; null empties it. Overrides
   * `value` and `numFmt`.
   */
  restore?: RawCell | null;
}

/** A colour as the file stores it: RGB (`FFRRGGBB`), a theme colour with its tint, or indexed. */
export interface ColorSpec {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

/** A fill as the file stores it (OOXML's shape): a pattern with both colours, or a gradient. */
export type FillSpec =
  | { type: 'pattern'; pattern: string; fgColor?: ColorSpec; bgColor?: ColorSpec }
  | { type: 'gradient'; [k: string]: unknown };

/** A cell's fill and font colour exactly as found, for Hapus Warna (WORKBOOK.md rule 8). */
export interface ExactStyle {
  fill: FillSpec | null;
  font: ColorSpec | null;
}

/**
 * A cell's fill and font colour as Office.js reports them (`getCellProperties`, ExcelApi 1.9): the
 * Excel host's exact form. Office.js resolves theme colours to RGB and gives their tint apart.
 */
export interface OfficeStyle {
  fill: {
    color: string | null;
    pattern: string;
    patternColor: string | null;
    tintAndShade: number;
    patternTintAndShade: number;
  };
  font: { color: string | null; tintAndShade: number };
}

export interface CellStyle {
  /** `#RRGGBB` of a solid RGB fill, else null. */
  fill: string | null;
  font: string | null;
  /** The complete fill and font colour, where the host can read them (theme, indexed, pattern). */
  exact?: ExactStyle;
  /** The same as the Excel host reads them, when they are more than a solid RGB fill. */
  office?: OfficeStyle;
  /**
   * A hyperlink on the cell, as the Excel host reads it (the xlsx host keeps it in the cell's
   * `content`): recorded with a corrected cell so that its undo puts the link back.
   */
  link?: { address: string; screenTip?: string };
}

/**
 * The colours of the workbook's cells by `Sheet!A1`, as a host reads them: a map filled with
 * every styled cell, or a lookup that reads a cell's colours when asked (the xlsx host, whose
 * workbook is in memory: Hitung needs only the cells it may write).
 */
export interface StyleLookup {
  get(key: string): CellStyle | undefined;
}

export type RecordEntry =
  | {
      kind: 'nilai';
      sheet: string;
      cell: string;
      value: CellValueOut;
      /** What the cell held before we filled it, when that was not nothing (whitespace). */
      asli?: RawCell;
    }
  | {
      kind: 'warna';
      sheet: string;
      cell: string;
      fill: string | null;
      font: string | null;
      exact?: ExactStyle;
      office?: OfficeStyle;
    }
  | {
      kind: 'perbaikan';
      sheet: string;
      cell: string;
      old: CellValueOut;
      value: CellValueOut;
      /** The corrected cell exactly as it was, for the undo. */
      asli?: RawCell | null;
    }
  /** A whole sheet we generated (Buat Laporan): ours to replace or remove. */
  | { kind: 'lembar'; sheet: string };

/** Formatting of one cell of a sheet the plan creates. */
export interface CellFormat {
  numFmt?: string;
  fill?: string;
  font?: string;
  bold?: boolean;
  wrap?: boolean;
  align?: 'left' | 'center' | 'right';
  border?: boolean;
  /** A hyperlink to a place in this workbook (`'Realisasi 2025'!F11`), shown as a link. */
  link?: string;
}

/**
 * A whole sheet the plan creates or replaces (generated report sheets, blank templates, a new
 * Pengaturan sheet). Values start at A1.
 */
export interface SheetSpec {
  name: string;
  rows: CellValueOut[][];
  /** Formats by A1 address. */
  formats?: Record<string, CellFormat>;
  /** Merged areas, `A1:C1`. */
  merges?: string[];
  /** Column widths in characters, from column A. */
  columnWidths?: number[];
  /** Excel tables over ranges of the sheet (`A3:H12`, first row is the header). */
  tables?: { name: string; range: string }[];
  hidden?: boolean;
  /** Print on A4 landscape, one page wide (the blank templates); `print` says more. */
  landscape?: boolean;
  /** How the sheet prints (the generated report sheets; NARRATIVE.md "Print"). */
  print?: SheetPrint;
  /** Row heights in points by row, from row 1; null or absent: Excel's default height. */
  rowHeights?: (number | null)[];
  /** The style every cell of the sheet's used area has under its own format. */
  baseStyle?: SheetBaseStyle;
}

/** A sheet's page setup: always A4. */
export interface SheetPrint {
  orientation: 'landscape' | 'portrait';
  /** Scaled to this many pages wide, as many pages tall as it takes. */
  fitToPagesWide: number;
  /** Rows repeated at the top of every printed page, 1-based and inclusive (`[4, 6]`). */
  titleRows?: [number, number];
}

export interface SheetBaseStyle {
  /** Font family. */
  font: string;
  /** Font size in points. */
  size: number;
  /** Text at the top of its cell: the cells of a row grown for wrapped text line up. */
  alignTop: boolean;
}

/** The page setup a host writes for a sheet: `print`, or what `landscape` stands for. */
export function printOf(spec: SheetSpec): SheetPrint | null {
  if (spec.print) return spec.print;
  return spec.landscape ? { orientation: 'landscape', fitToPagesWide: 1 } : null;
}

export interface Plan {
  /** Sheets to create or replace before the cell writes (replace only our own: the caller decides). */
  sheets?: SheetSpec[];
  /** Sheets of ours to delete (an earlier run's generated sheets no longer produced). */
  removeSheets?: string[];
  writes: CellWrite[];
  /** The complete record after the plan is applied (written to the hidden sheet). */
  record: RecordEntry[];
  recordSheet: string;
  /** Cells corrected on request, for the summary. */
  corrected: string[];
  /** Corrections not undone because the planner retyped the cell afterwards (`Sheet!A1`). */
  kept?: string[];
  /** Cells of generated sheets whose text was longer than Excel allows and was cut (`Sheet!A1`). */
  cut?: string[];
}

/** One result cell: where it is, what the engine computed, and how to show it. */
export interface ResultCell {
  ref: CellRef;
  value: CellValueOut;
  numFmt?: string;
  /** Predicate colour for capaian/kriteria cells. */
  fill?: string | null;
}

export interface PlanOptions {
  /** Cells (`Sheet!A1` or `A1` on any sheet) to correct with the computed value. */
  perbaiki?: string[];
  perbaikiSemua?: boolean;
  /** Undo earlier corrections. */
  batalkan?: boolean;
}

const key = (sheet: string, cell: string) => `${sheet}!${cell}`;

/** Our record sheet, recognised by its content (WORKBOOK.md rule 6), or null. */
function findRecordSheet(wb: WorkbookGrid): Sheet | null {
  for (const g of wb.sheets) {
    const sheet = new Sheet(g);
    if (isRecordSheet(sheet)) return sheet;
  }
  return null;
}

/**
 * The name our record is written under: the existing record's, else `_capaian`, else — when a
 * user sheet holds that name in any letter case — the first free `_capaian_2`, `_capaian_3`, ….
 */
export function recordSheetName(wb: WorkbookGrid): string {
  const existing = findRecordSheet(wb);
  if (existing) return existing.name;
  const taken = new Set(wb.sheets.map((g) => g.name.toLowerCase()));
  let name = RECORD_SHEET;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${RECORD_SHEET}_${i}`;
  return name;
}

/** Read the record sheet (if any). */
export function readRecord(wb: WorkbookGrid): RecordEntry[] {
  const sheet = findRecordSheet(wb);
  if (!sheet) return [];
  const out: RecordEntry[] = [];
  // Sheet names and the detail column are read exactly as written: the reader's text clean-up
  // (doubled or no-break spaces, tabs) would change a sheet name or the whitespace to restore.
  const textAt = (r: number, c: number): string => {
    const v = sheet.raw(r, c)?.v;
    return v === null || v === undefined ? '' : String(v);
  };
  // The detail may go on over the cells after column F (no cell over Excel's limit).
  const detailText = (r: number): string => {
    let text = '';
    for (let c = 5; ; c++) {
      const part = textAt(r, c);
      if (!part) return text;
      text += part;
    }
  };
  for (let r = 1; r < sheet.rowCount; r++) {
    const kind = sheet.ownText(r, 0);
    const sh = textAt(r, 1);
    const cell = sheet.ownText(r, 2);
    if (kind === 'lembar' && sh) {
      out.push({ kind, sheet: sh });
      continue;
    }
    if (!sh || !cell) continue;
    const v = (c: number): CellValueOut => {
      const raw = sheet.raw(r, c);
      if (!raw || raw.v === null || raw.v === undefined || raw.v === '') return null;
      return typeof raw.v === 'number' ? raw.v : String(raw.v);
    };
    const s = (c: number) => sheet.ownText(r, c) || null;
    if (kind === 'nilai') {
      const asli = detail(detailText(r))?.asli;
      out.push({ kind, sheet: sh, cell, value: v(3), ...(asli && { asli }) });
    } else if (kind === 'warna') {
      const d = detail(detailText(r));
      out.push({
        kind,
        sheet: sh,
        cell,
        fill: s(3),
        font: s(4),
        ...(d?.exact && { exact: d.exact }),
        ...(d?.office && { office: d.office }),
      });
    } else if (kind === 'perbaikan') {
      const asli = detail(detailText(r))?.asli;
      out.push({
        kind,
        sheet: sh,
        cell,
        old: v(3),
        value: v(4),
        ...(asli !== undefined && { asli }),
      });
    }
  }
  return out;
}

/** The record's detail column: JSON of what does not fit in a cell value (a whole cell). */
type Detail = { asli?: RawCell | null; exact?: ExactStyle; office?: OfficeStyle };

function detail(text: string): Detail | null {
  if (!text) return null;
  try {
    const d = JSON.parse(text) as unknown;
    return d && typeof d === 'object' ? (d as Detail) : null;
  } catch {
    return null;
  }
}

/** Excel's limit on the characters of one cell (WORKBOOK.md rule 9). */
export const MAX_CELL_CHARS = 32_767;

/**
 * A detail too long for one cell (a corrected cell that held a long text) split over as many
 * cells as it needs, never between the two halves of a surrogate pair.
 */
export function splitCellText(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (text.length - i > MAX_CELL_CHARS) {
    let end = i + MAX_CELL_CHARS;
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff) end--;
    out.push(text.slice(i, end));
    i = end;
  }
  out.push(text.slice(i));
  return out;
}

/** One record row: five columns, then the detail over as many cells as it needs. */
function recordRow(cells: CellValueOut[], detail: string | null): CellValueOut[] {
  return detail === null ? [...cells, null] : [...cells, ...splitCellText(detail)];
}

/**
 * Text longer than a cell can hold, cut to the limit with an ellipsis (WORKBOOK.md rule 9); every
 * cell we write goes through this. Returns the value and whether it was cut.
 */
export function fitCell(v: CellValueOut): CellValueOut {
  return typeof v === 'string' && v.length > MAX_CELL_CHARS
    ? v.slice(0, MAX_CELL_CHARS - 1) + '…'
    : v;
}

/** The cells (`Sheet!A1`) of generated sheets whose text had to be cut; the rows are cut in place. */
export function fitSheets(sheets: SheetSpec[]): string[] {
  const cut: string[] = [];
  for (const spec of sheets)
    spec.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        const fitted = fitCell(v);
        if (fitted !== v) {
          row[c] = fitted;
          cut.push(`${spec.name}!${a1(r, c)}`);
        }
      }),
    );
  return cut;
}

/** The record as rows for the hidden sheet (column F on holds the detail, in pieces if long). */
export function recordRows(record: RecordEntry[]): CellValueOut[][] {
  const rows: CellValueOut[][] = [[...RECORD_HEADER]];
  for (const e of record) {
    if (e.kind === 'nilai')
      rows.push(
        recordRow(
          [e.kind, e.sheet, e.cell, e.value, null],
          e.asli ? JSON.stringify({ asli: e.asli }) : null,
        ),
      );
    else if (e.kind === 'warna')
      rows.push(
        recordRow(
          [e.kind, e.sheet, e.cell, e.fill, e.font],
          e.exact || e.office ? JSON.stringify({ exact: e.exact, office: e.office }) : null,
        ),
      );
    else if (e.kind === 'lembar') rows.push([e.kind, e.sheet, null, null, null, null]);
    else
      rows.push(
        recordRow(
          [e.kind, e.sheet, e.cell, e.old, e.value],
          e.asli !== undefined ? JSON.stringify({ asli: e.asli }) : null,
        ),
      );
  }
  return rows;
}

function cellValue(raw: RawCell | undefined): CellValueOut {
  if (!raw || raw.v === null || raw.v === undefined) return null;
  if (typeof raw.v === 'boolean') return String(raw.v);
  return raw.v;
}

function sameOut(a: CellValueOut, b: CellValueOut): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-9;
  return String(a ?? '') === String(b ?? '');
}

/**
 * The workbook as the planner typed it: a cell an earlier run filled that still holds our value
 * is empty again (rule 1: it is ours to fill anew). The analysis reads this, so a second run
 * reads, checks and writes exactly what the first did — no finding on a figure of our own.
 */
export function withoutOurFigures(wb: WorkbookGrid): WorkbookGrid {
  const ours = new Map<string, { cell: string; value: CellValueOut }[]>();
  for (const e of readRecord(wb)) {
    if (e.kind !== 'nilai') continue;
    const list = ours.get(e.sheet) ?? [];
    list.push({ cell: e.cell, value: e.value });
    ours.set(e.sheet, list);
  }
  if (ours.size === 0) return wb;
  return {
    sheets: wb.sheets.map((g) => {
      const list = ours.get(g.name);
      if (!list) return g;
      const rows = g.rows.slice();
      for (const { cell, value } of list) {
        const p = parseA1(cell);
        const raw = p ? rows[p.r]?.[p.c] : undefined;
        // Typed over since: the planner's now.
        if (!p || !raw || !sameOut(value, cellValue(raw))) continue;
        rows[p.r] = rows[p.r].slice();
        rows[p.r][p.c] = undefined;
      }
      return { ...g, rows };
    }),
  };
}

/** Every result cell of the computed PKs, with the value it should hold. */
export function resultCells(results: PkResult[]): ResultCell[] {
  const out: ResultCell[] = [];
  const pct = (x: number) => roundHalfUp(x, 2);
  for (const res of results) {
    if (!res.pk.dilaporkan) continue;
    for (const ind of res.indikator) {
      const i = ind.input;
      if (ind.capaian !== null) {
        if (i.typedCapaian?.ref)
          out.push({
            ref: i.typedCapaian.ref,
            value: pct(ind.capaian),
            numFmt: '0.00',
            fill: ind.warna,
          });
        const tp = i.typedPredikat;
        if (tp?.kind === 'text') out.push({ ref: tp.ref, value: ind.predikat, fill: ind.warna });
        if (tp?.kind === 'ticks') {
          // A row the planner already ticked is checked, not ticked again: a second tick
          // beside a wrong one would contradict itself. Only a row without any tick is filled.
          const anyMarked = tp.columns.some((c) => c.marked);
          for (const c of tp.columns) {
            const mine =
              ind.predikat !== null &&
              c.label.toLowerCase().replace(/\s+/g, ' ').trim() === ind.predikat.toLowerCase();
            if (anyMarked && !c.marked) continue;
            out.push({ ref: c.ref, value: mine ? '✓' : null, fill: mine ? ind.warna : undefined });
          }
        }
      }
      if (ind.capaianAkhir !== null && i.typedCapaianAkhir?.ref) {
        out.push({ ref: i.typedCapaianAkhir.ref, value: pct(ind.capaianAkhir), numFmt: '0.00' });
      }
    }
    for (const b of res.budget) {
      const r = b.row;
      // A row whose typed amount a finding rejects: its serapan and sisa would contradict the
      // amounts still typed in the row; left until the planner corrects them.
      if (b.typed) continue;
      if (r.refs.persen && b.serapan !== null)
        out.push({ ref: r.refs.persen, value: pct(b.serapan), numFmt: '0.00' });
      if (r.refs.sisa && b.sisa !== null)
        out.push({ ref: r.refs.sisa, value: roundHalfUp(b.sisa, 2), numFmt: '#,##0' });
      if ((r.level === 'total' || r.level === 'rata') && r.refs.pagu && b.pagu !== null)
        out.push({ ref: r.refs.pagu, value: roundHalfUp(b.pagu, 2), numFmt: '#,##0' });
      if ((r.level === 'total' || r.level === 'rata') && r.refs.realisasi && b.realisasi !== null)
        out.push({ ref: r.refs.realisasi, value: roundHalfUp(b.realisasi, 2), numFmt: '#,##0' });
    }
    for (const row of res.pk.efficiencyTable) {
      const s = row.isTotal ? null : (res.sasaran.find((x) => x.no === row.sasaranNo) ?? null);
      if (!row.isTotal && !s) continue;
      const c = row.isTotal ? res.ringkasan.efisiensi.capaian : s!.capaianAgregat;
      const sp = row.isTotal ? res.ringkasan.efisiensi.serapan : s!.serapan;
      const e = row.isTotal ? res.ringkasan.efisiensi.nilai : s!.efisiensi;
      const k = row.isTotal ? res.ringkasan.efisiensi.kategori : s!.kategoriEfisiensi;
      // An indicator row under its sasaran is checked against the indicator's own capaian
      // (compute.ts), which the sasaran's C, efficiency and category are not: left as typed.
      const own = row.indikator === null;
      if (own && row.capaian?.ref && c !== null)
        out.push({ ref: row.capaian.ref, value: pct(c), numFmt: '0.00' });
      if (row.serapan?.ref && sp !== null)
        out.push({ ref: row.serapan.ref, value: pct(sp), numFmt: '0.00' });
      if (own && row.efisiensi?.ref && e !== null)
        out.push({ ref: row.efisiensi.ref, value: pct(e), numFmt: '0.00' });
      if (own && row.kategori?.ref && k !== null) out.push({ ref: row.kategori.ref, value: k });
      if (!row.isTotal && row.pagu?.ref && s!.pagu !== null)
        out.push({ ref: row.pagu.ref, value: s!.pagu, numFmt: '#,##0' });
      if (!row.isTotal && row.realisasiAnggaran?.ref && s!.realisasiAnggaran !== null)
        out.push({ ref: row.realisasiAnggaran.ref, value: s!.realisasiAnggaran, numFmt: '#,##0' });
    }
    for (const p of res.pk.programIndicators) {
      if (!p.persen?.ref) continue;
      const t = p.target;
      const r = p.realisasi;
      if (t.kind === 'number' && r.kind === 'number' && t.num && r.num !== null) {
        // The engine's exact capaian (DOMAIN.md §1), as computePk checks it.
        const c = capaianOf(t.num, r.num, 'positif', '2T-R').capaian;
        if (c !== null) out.push({ ref: p.persen.ref, value: pct(c), numFmt: '0.00' });
      }
    }
  }
  // One entry per cell (an indicator in two measured PKs writes the same cell once).
  const seen = new Set<string>();
  return out.filter((c) => {
    const k = key(c.ref.sheet, c.ref.cell);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

type OurValue = { value: CellValueOut; asli?: RawCell };
type Correction = { old: CellValueOut; value: CellValueOut; asli?: RawCell | null };

/** What Hitung works with: the workbook, the record so far, and what this run writes. */
interface PlanContext {
  sheets: Map<string, Sheet>;
  styles: StyleLookup;
  opts: PlanOptions;
  /** From the record: values we wrote, original colours, corrections, generated sheets. */
  ours: Map<string, OurValue>;
  corrections: Map<string, Correction>;
  sheetsOfOurs: RecordEntry[];
  /** Cells with a finding, and with a warning or error. */
  findingsAt: Set<string>;
  /** The cells named by `--perbaiki`, as written. */
  fixRequests: Set<string>;
  errorsAt: Set<string>;
  /** This run: the writes and the record it leaves. */
  writes: CellWrite[];
  newOurs: Map<string, OurValue>;
  newStyle: Map<string, CellStyle>;
  newCorr: Map<string, Correction>;
  corrected: string[];
  kept: string[];
}

function planContext(
  wb: WorkbookGrid,
  findings: Finding[],
  styles: StyleLookup,
  opts: PlanOptions,
): PlanContext {
  const ours = new Map<string, OurValue>();
  const origStyle = new Map<string, CellStyle>();
  const corrections = new Map<string, Correction>();
  const sheetsOfOurs: RecordEntry[] = [];
  for (const e of readRecord(wb)) {
    if (e.kind === 'lembar') {
      sheetsOfOurs.push(e);
      continue;
    }
    const k = key(e.sheet, e.cell);
    if (e.kind === 'nilai') ours.set(k, e);
    else if (e.kind === 'warna') origStyle.set(k, e);
    else if (e.kind === 'perbaikan') corrections.set(k, e);
  }
  const errorsAt = new Set<string>();
  const findingsAt = new Set<string>();
  for (const f of findings) {
    if (!f.sheet || !f.cell) continue;
    findingsAt.add(key(f.sheet, f.cell));
    if (f.severity !== 'info') errorsAt.add(key(f.sheet, f.cell));
  }
  return {
    sheets: new Map(wb.sheets.map((g) => [g.name, new Sheet(g)])),
    styles,
    opts,
    ours,
    corrections,
    sheetsOfOurs,
    findingsAt,
    errorsAt,
    fixRequests: new Set((opts.perbaiki ?? []).map((x) => x.trim())),
    writes: [],
    newOurs: new Map(),
    newStyle: new Map(origStyle),
    newCorr: new Map(corrections),
    corrected: [],
    kept: [],
  };
}

/**
 * Build the plan for Hitung. `styles` gives the current fill and font of user cells (by
 * `Sheet!A1`), read by the host, so that originals can be recorded before recolouring.
 */
export function buildPlan(
  wb: WorkbookGrid,
  results: PkResult[],
  findings: Finding[],
  styles: StyleLookup,
  opts: PlanOptions = {},
): Plan {
  const ctx = planContext(wb, findings, styles, opts);
  if (opts.batalkan) undoCorrections(ctx);
  const cells = placedCells(ctx, resultCells(results));
  const shared = sharedMerges(cells);
  for (const pc of cells) {
    // A merged area holds one value, at its first cell: nothing is written from inside it, nor
    // into one that stands for several rows' figures (a finding says so at the hidden cells).
    if (!shared.has(pc.k)) planResultCell(ctx, pc);
  }
  takeBackStale(ctx, new Set(cells.map((c) => c.k)));
  // Writes that change nothing are dropped, so a second run is a no-op.
  const writes = ctx.writes.filter((w) => changes(w, ctx.sheets, styles));
  return {
    writes,
    record: recordOf(ctx),
    recordSheet: recordSheetName(wb),
    corrected: ctx.corrected,
    kept: ctx.kept,
  };
}

/** The current value of a cell named `Sheet!A1`. */
function valueAt(ctx: PlanContext, k: string): CellValueOut {
  const [sheet, cell] = splitKey(k);
  const pos = parseA1(cell);
  return pos ? cellValue(ctx.sheets.get(sheet)?.raw(pos.r, pos.c)) : null;
}

/** Put a cell's recorded original colours back with a write, and forget them. */
function withOriginalColours(ctx: PlanContext, k: string, write: CellWrite): CellWrite {
  const st = ctx.newStyle.get(k);
  if (st) {
    Object.assign(write, restoreStyle(st));
    ctx.newStyle.delete(k);
  }
  return write;
}

/**
 * Undo corrections (`--batalkan`): only cells that still hold the value we wrote, back exactly as
 * they were; a cell the planner retyped since is theirs, left alone and reported.
 */
function undoCorrections(ctx: PlanContext): void {
  for (const [k, c] of ctx.corrections) {
    const [sheet, cell] = splitKey(k);
    ctx.newCorr.delete(k);
    if (!sameOut(valueAt(ctx, k), c.value)) {
      ctx.kept.push(k);
      continue;
    }
    const write: CellWrite =
      c.asli !== undefined ? { sheet, cell, restore: c.asli } : { sheet, cell, value: c.old };
    ctx.writes.push(withOriginalColours(ctx, k, write));
    ctx.corrected.push(k);
  }
}

/** A cell as it was before a correction, with the hyperlink the host read beside it. */
function asCorrected(raw: RawCell | undefined, st: CellStyle | undefined): RawCell | null {
  if (!raw) return null;
  if (!st?.link || raw.content !== undefined || raw.formula) return raw;
  const text = String(raw.v ?? st.link.address);
  return {
    ...raw,
    content: {
      text,
      hyperlink: st.link.address,
      ...(st.link.screenTip !== undefined && { tooltip: st.link.screenTip }),
    },
  };
}

/** Whether the planner asked for this cell to be corrected. */
function wantsFix(ctx: PlanContext, sheet: string, cell: string): boolean {
  const want = ctx.fixRequests;
  return (
    ctx.opts.perbaikiSemua === true ||
    want.has(key(sheet, cell)) ||
    want.has(cell) ||
    want.has(`'${sheet}'!${cell}`)
  );
}

/** A result cell with its `Sheet!A1` key and where it stands, worked out once per cell. */
interface PlacedCell {
  rc: ResultCell;
  k: string;
  place: CellPlace | null;
}

function placedCells(ctx: PlanContext, cells: ResultCell[]): PlacedCell[] {
  return cells.map((rc) => {
    const sh = ctx.sheets.get(rc.ref.sheet);
    return { rc, k: key(rc.ref.sheet, rc.ref.cell), place: sh ? placeOf(sh, rc.ref.cell) : null };
  });
}

/** One result cell: fill it, correct it on request, colour it, or leave it (rules 1–3, 7). */
function planResultCell(ctx: PlanContext, { rc, k, place }: PlacedCell): void {
  const { sheet, cell } = rc.ref;
  if (!place || place.mergedInto) return;
  const raw = place.raw;
  const current = cellValue(raw);
  const mine = ctx.ours.get(k);
  const wasOurs = !!mine && sameOut(mine.value, current);
  // Whitespace the planner left in a cell we fill is recorded, to be put back exactly.
  const asli = wasOurs ? mine.asli : raw && raw.v !== null ? raw : undefined;
  const hasFill = rc.fill !== undefined && rc.fill !== null;
  let write: CellWrite | null = null;
  let colour = false;
  if (ctx.opts.batalkan && ctx.corrections.has(k)) {
    // Leave the restored value alone this run.
  } else if (!isTypedCell(raw) || wasOurs) {
    if (rc.value !== null && rc.value !== undefined) {
      write = { sheet, cell, value: rc.value, ...(rc.numFmt && { numFmt: rc.numFmt }) };
      ctx.newOurs.set(k, { value: rc.value, ...(asli && { asli }) });
      colour = hasFill;
    } else if (wasOurs && current !== null) {
      write = asli ? { sheet, cell, restore: asli } : { sheet, cell, value: null };
    }
  } else if (ctx.errorsAt.has(k)) {
    if (wantsFix(ctx, sheet, cell) && rc.value !== null) {
      write = { sheet, cell, value: rc.value, ...(rc.numFmt && { numFmt: rc.numFmt }) };
      if (!ctx.newCorr.has(k))
        ctx.newCorr.set(k, {
          old: current,
          value: rc.value,
          asli: asCorrected(raw, ctx.styles.get(k)),
        });
      ctx.corrected.push(k);
      colour = hasFill;
    }
  } else if (ctx.corrections.has(k) && sameOut(ctx.corrections.get(k)!.value, current)) {
    // A correction of ours still in place: keep it coloured.
    colour = hasFill;
  } else {
    // A typed value that agrees (no finding at the cell): colour it.
    colour = hasFill && !ctx.findingsAt.has(k) && agreesWith(raw, rc.value);
  }
  if (colour && rc.fill) {
    if (!ctx.newStyle.has(k)) ctx.newStyle.set(k, ctx.styles.get(k) ?? { fill: null, font: null });
    write = write ?? { sheet, cell };
    write.fill = rc.fill;
    write.font = fontFor(rc.fill);
    if (ctx.styles.get(k)?.office) write.solid = true;
  } else if (write && ctx.newStyle.has(k)) {
    // We coloured this cell before but it no longer qualifies: restore its original colours.
    withOriginalColours(ctx, k, write);
  }
  if (write) ctx.writes.push(write);
}

/**
 * A figure we wrote earlier whose result is gone (its realisasi emptied, say) is taken back,
 * with what the cell held before, as long as the planner has not typed over it.
 */
function takeBackStale(ctx: PlanContext, resultKeys: Set<string>): void {
  for (const [k, mine] of ctx.ours) {
    if (ctx.newOurs.has(k) || resultKeys.has(k)) continue;
    const [sheet, cell] = splitKey(k);
    if (!parseA1(cell) || !sameOut(mine.value, valueAt(ctx, k))) continue;
    const write: CellWrite = mine.asli
      ? { sheet, cell, restore: mine.asli }
      : { sheet, cell, value: null };
    ctx.writes.push(withOriginalColours(ctx, k, write));
  }
}

/**
 * The record this run leaves. Coloured cells that are no longer result cells or no longer
 * qualify keep their entry, so that Hapus Warna can still restore them; generated sheets stay
 * recorded as ours (Buat Laporan replaces them).
 */
function recordOf(ctx: PlanContext): RecordEntry[] {
  const record: RecordEntry[] = [...ctx.sheetsOfOurs];
  for (const [k, mine] of ctx.newOurs) {
    const [sheet, cell] = splitKey(k);
    record.push({ kind: 'nilai', sheet, cell, ...mine });
  }
  for (const [k, st] of ctx.newStyle) {
    const [sheet, cell] = splitKey(k);
    record.push({
      kind: 'warna',
      sheet,
      cell,
      fill: st.fill,
      font: st.font,
      ...(st.exact && { exact: st.exact }),
      ...(st.office && { office: st.office }),
    });
  }
  for (const [k, c] of ctx.newCorr) {
    const [sheet, cell] = splitKey(k);
    record.push({ kind: 'perbaikan', sheet, cell, old: c.old, value: c.value, asli: c.asli });
  }
  return record;
}

/** First cells (`Sheet!A1`) of merged areas that hold another result cell too. */
function sharedMerges(cells: PlacedCell[]): Set<string> {
  const out = new Set<string>();
  for (const { rc, place } of cells)
    if (place?.mergedInto) out.add(key(rc.ref.sheet, place.mergedInto));
  return out;
}

/** The style part of a write that puts a cell's recorded colours back. */
function restoreStyle(st: CellStyle): Pick<CellWrite, 'fill' | 'font' | 'style' | 'office'> {
  return {
    fill: st.fill,
    font: st.font,
    ...(st.exact && { style: st.exact }),
    ...(st.office && { office: st.office }),
  };
}

function agreesWith(raw: RawCell | undefined, computed: CellValueOut): boolean {
  if (computed === null) return false;
  if (typeof computed === 'string') {
    const t = raw && typeof raw.v === 'string' ? raw.v : '';
    if (computed === '✓') return /^(✓|✔|√|v|x|1|ya)$/i.test(t.trim());
    return t.toLowerCase().replace(/[^a-z]/g, '') === computed.toLowerCase().replace(/[^a-z]/g, '');
  }
  const v = parseCell(raw);
  return v.kind === 'number';
}

function changes(w: CellWrite, sheets: Map<string, Sheet>, styles: StyleLookup): boolean {
  const sh = sheets.get(w.sheet);
  const pos = parseA1(w.cell);
  if (!sh || !pos || w.restore !== undefined) return true;
  if (w.value !== undefined && !sameOut(cellValue(sh.raw(pos.r, pos.c)), w.value)) return true;
  const st = styles.get(key(w.sheet, w.cell));
  if (w.fill !== undefined && (st?.fill ?? null) !== w.fill) return true;
  if (w.font !== undefined && (st?.font ?? null) !== w.font) return true;
  if (w.numFmt !== undefined && sh.raw(pos.r, pos.c)?.fmt !== w.numFmt) return true;
  return false;
}

function splitKey(k: string): [string, string] {
  const i = k.lastIndexOf('!');
  return [k.slice(0, i), k.slice(i + 1)];
}

/** Hapus Warna: restore every recorded original fill and font; the record of colours is emptied. */
export function buildClearPlan(wb: WorkbookGrid): Plan {
  const prior = readRecord(wb);
  const writes: CellWrite[] = [];
  const record: RecordEntry[] = [];
  for (const e of prior) {
    if (e.kind === 'warna') writes.push({ sheet: e.sheet, cell: e.cell, ...restoreStyle(e) });
    else record.push(e);
  }
  return { writes, record, recordSheet: recordSheetName(wb), corrected: [] };
}

export { a1 };
