/**
 * Print-ready generated sheets (NARRATIVE.md "Print"): every `LKjIP …` sheet prints on A4
 * landscape, one page wide, with its table's header rows on every page, in the report's font, and
 * with each row as tall as the wrapped text it holds. The decisions are made here, once, in the
 * `SheetSpec`; every host writes them as they are (exceljs page setup, Office.js `pageLayout`).
 *
 * Why row heights: a row keeps the height the file (or the API call) gives it. exceljs writes
 * none, so a printed row of wrapped text was one line high and its text ran over the rows below;
 * and Excel never grows a row for a merged cell's text. We cannot measure text without a
 * renderer (the engine runs without a DOM), so the lines are estimated from the column widths
 * and average character widths, erring on the tall side.
 */
import { REPORT_FONT } from '../engine/report/font';
import { parseA1 } from './grid';
import type { SheetBaseStyle, SheetSpec } from './plan';

/**
 * Every cell of a generated sheet: the report's font family at Excel's usual size for tables,
 * text at the top of the cell.
 */
export const SHEET_BASE_STYLE: SheetBaseStyle = { font: REPORT_FONT, size: 10, alignTop: true };

/** Excel's default column width, in characters, for a column the spec gives no width. */
const DEFAULT_WIDTH = 8.43;
/**
 * A column `w` characters wide is `w·7 + 5` pixels: Excel counts widths in the digit width of
 * the workbook's default font (Calibri 11: 7 px) plus 5 px of padding.
 */
const PX_PER_WIDTH_CHAR = 7;
const COLUMN_PADDING_PX = 5;
/** Pixels of cell margin the text does not use (both sides). */
const TEXT_MARGIN_PX = 6;
/**
 * Average advance of one character of Indonesian text in 10-pt Arial (13.3 px em): about half
 * an em, a little more to err on the tall side; bold is wider.
 */
const PX_PER_CHAR = 6.6;
const PX_PER_BOLD_CHAR = 7.2;
/** Height of one line of 10-pt Arial in points (Excel's own row height for that font). */
const LINE_POINTS = 12.75;
/** Space above and below the lines, so that one line gives Excel's standard 15-pt row. */
const ROW_PADDING_POINTS = 2.25;
/** Excel's limit on a row's height, in points. */
export const MAX_ROW_HEIGHT = 409;

/** How many characters of text fit on one line of a column (or merged area) `width` wide. */
export function charsPerLine(width: number, bold = false): number {
  const px = width * PX_PER_WIDTH_CHAR + COLUMN_PADDING_PX - TEXT_MARGIN_PX;
  return Math.max(1, Math.floor(px / (bold ? PX_PER_BOLD_CHAR : PX_PER_CHAR)));
}

/**
 * Lines a text takes when wrapped at `perLine` characters: word by word, as Excel and
 * LibreOffice wrap (a word goes to the next line when it does not fit; a word longer than a line
 * is broken); its own line breaks start new lines.
 */
export function wrappedLines(text: string, perLine: number): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const need = used ? used + 1 + word.length : word.length;
      if (need <= perLine) {
        used = need;
        continue;
      }
      if (used) lines++;
      // A word longer than a line fills whole lines; what is left starts the next one.
      lines += Math.ceil(word.length / perLine) - 1;
      used = word.length % perLine || perLine;
    }
  }
  return lines;
}

/** Points a row needs for `lines` lines of text, within Excel's limit. */
export function rowHeightFor(lines: number): number {
  return Math.min(MAX_ROW_HEIGHT, lines * LINE_POINTS + ROW_PADDING_POINTS);
}

interface Area {
  top: number;
  left: number;
  right: number;
}

/** The spec's merged areas by the rows they cover, each parsed once. */
function mergesByRow(spec: SheetSpec): Map<number, Area[]> {
  const byRow = new Map<number, Area[]>();
  for (const m of spec.merges ?? []) {
    const [a, b] = m.split(':').map((x) => parseA1(x));
    if (!a || !b) continue;
    const area = { top: a.r, left: a.c, right: b.c };
    for (let r = a.r; r <= b.r; r++) {
      const list = byRow.get(r);
      if (list) list.push(area);
      else byRow.set(r, [area]);
    }
  }
  return byRow;
}

/** Width in characters of the cell at `r`,`c`: its column's, or the sum over its merged area. */
function cellWidth(
  spec: SheetSpec,
  merges: Map<number, Area[]>,
  r: number,
  c: number,
): number | null {
  const widthOf = (k: number) => spec.columnWidths?.[k] ?? DEFAULT_WIDTH;
  const area = merges.get(r)?.find((m) => c >= m.left && c <= m.right);
  if (!area) return widthOf(c);
  // Only the top-left cell of a merged area shows text.
  if (r !== area.top || c !== area.left) return null;
  let w = 0;
  for (let k = area.left; k <= area.right; k++) w += widthOf(k);
  return w;
}

/**
 * The height of each row that holds wrapped text: per row, the most lines any of its wrapped
 * cells takes. Rows without wrapped text get null (Excel's default height).
 */
export function rowHeights(spec: SheetSpec): (number | null)[] {
  const lines: number[] = spec.rows.map(() => 0);
  const merges = mergesByRow(spec);
  for (const [addr, f] of Object.entries(spec.formats ?? {})) {
    const p = parseA1(addr);
    const v = p ? spec.rows[p.r]?.[p.c] : null;
    if (!p || !f.wrap || typeof v !== 'string' || !v) continue;
    const width = cellWidth(spec, merges, p.r, p.c);
    if (width === null) continue;
    lines[p.r] = Math.max(lines[p.r], wrappedLines(v, charsPerLine(width, !!f.bold)));
  }
  return lines.map((n) => (n > 1 ? rowHeightFor(n) : null));
}

/**
 * The spec made print-ready: A4 landscape one page wide, `titleRows` (1-based, inclusive)
 * repeated on every page, the report's font with text at the top of each cell, and row heights
 * for its wrapped text.
 */
export function printReady(spec: SheetSpec, titleRows?: [number, number]): SheetSpec {
  return {
    ...spec,
    print: { orientation: 'landscape', fitToPagesWide: 1, ...(titleRows ? { titleRows } : {}) },
    baseStyle: SHEET_BASE_STYLE,
    rowHeights: rowHeights(spec),
  };
}
