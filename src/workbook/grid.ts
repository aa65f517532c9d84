/**
 * A plain grid of cells — what every host hands to the reader. Rows and columns are 0-based;
 * merged areas are kept so that a value written once over several cells can be filled down.
 */
import type { RawCell } from '../engine/values';

export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** rows[r][c]; missing entries are empty cells. */
  rows: (RawCell | undefined)[][];
  merges: Merge[];
  /** Fill colour per cell (`#RRGGBB`), when the host reads it; used by the plan's record. */
  fills?: Map<string, string | null>;
  hidden?: boolean;
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
}

export function colName(c: number): string {
  let s = '';
  let n = c + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(r: number, c: number): string {
  return `${colName(c)}${r + 1}`;
}

export function parseA1(ref: string): { r: number; c: number } | null {
  return parseA1Plain(ref) ?? parseA1Written(ref);
}

/** `B12` as a1() writes it (capitals, then digits, nothing else), read without a regex. */
function parseA1Plain(ref: string): { r: number; c: number } | null {
  let i = 0;
  let c = 0;
  for (; i < ref.length && i < 3; i++) {
    const ch = ref.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    c = c * 26 + (ch - 64);
  }
  if (i === 0 || i === ref.length || ref.length - i > 15) return null;
  let r = 0;
  for (let j = i; j < ref.length; j++) {
    const ch = ref.charCodeAt(j);
    if (ch < 48 || ch > 57) return null;
    r = r * 10 + (ch - 48);
  }
  return { r: r - 1, c: c - 1 };
}

/** A reference as a person may write it: spaces, lower case, `$` signs. */
function parseA1Written(ref: string): { r: number; c: number } | null {
  const m = ref
    .trim()
    .toUpperCase()
    .match(/^\$?([A-Z]{1,3})\$?(\d+)$/);
  if (!m) return null;
  let c = 0;
  for (const ch of m[1]) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]) - 1, c: c - 1 };
}

/** Read access to one sheet grid with merge awareness. */
export class Sheet {
  readonly name: string;
  readonly grid: SheetGrid;
  readonly rowCount: number;
  readonly colCount: number;
  private readonly masters = new Map<number, number>();
  /** Merged areas by their top row. */
  readonly mergesByTop = new Map<number, Merge[]>();

  constructor(grid: SheetGrid) {
    this.grid = grid;
    this.name = grid.name;
    this.rowCount = grid.rows.length;
    let cols = 0;
    for (const row of grid.rows) if (row && row.length > cols) cols = row.length;
    this.colCount = cols;
    for (const m of grid.merges) {
      const list = this.mergesByTop.get(m.top) ?? [];
      list.push(m);
      this.mergesByTop.set(m.top, list);
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) {
          if (r === m.top && c === m.left) continue;
          this.masters.set(this.key(r, c), this.key(m.top, m.left));
        }
      }
    }
  }

  private key(r: number, c: number): number {
    return r * 16384 + c;
  }

  /** The cell itself (no merge fill). */
  raw(r: number, c: number): RawCell | undefined {
    return this.grid.rows[r]?.[c];
  }

  /** The top-left cell of the merge covering (r, c), or (r, c) itself. */
  master(r: number, c: number): { r: number; c: number } {
    const k = this.masters.get(this.key(r, c));
    if (k === undefined) return { r, c };
    return { r: Math.floor(k / 16384), c: k % 16384 };
  }

  isMergedChild(r: number, c: number): boolean {
    return this.masters.has(this.key(r, c));
  }

  /** The cell, or the merge's master value when (r, c) lies inside a merged area. */
  filled(r: number, c: number): RawCell | undefined {
    const m = this.master(r, c);
    return this.raw(m.r, m.c);
  }

  /** Display text of a cell (merge-filled), trimmed. */
  text(r: number, c: number): string {
    return cellText(this.filled(r, c));
  }

  /** Display text of the cell itself, not merge-filled. */
  ownText(r: number, c: number): string {
    return cellText(this.raw(r, c));
  }

  /*
   * Row texts are built only for the rows that need all of them (header candidates, titles):
   * the questions asked of every body row — empty? how many texts? the first one? — are answered
   * from the cells without building them.
   */

  isEmptyRow(r: number): boolean {
    return this.textCount(r, 1) === 0;
  }

  /** rowTexts(r).length, counting no further than `upTo`. */
  textCount(r: number, upTo = Infinity): number {
    const cached = this.textCache.get(r);
    if (cached) return Math.min(cached.length, upTo);
    const row = this.grid.rows[r];
    let n = 0;
    if (row) for (let c = 0; c < row.length && n < upTo; c++) if (!isBlank(row[c])) n++;
    return n;
  }

  /** rowTexts(r)[0]: the first cell of the row that shows text. */
  firstText(r: number): { c: number; t: string } | undefined {
    const cached = this.textCache.get(r);
    if (cached) return cached[0];
    const row = this.grid.rows[r];
    if (row)
      for (let c = 0; c < row.length; c++) if (!isBlank(row[c])) return { c, t: cellText(row[c]) };
    return undefined;
  }

  /** Non-empty texts of a row (own cells only), with their columns. */
  rowTexts(r: number): { c: number; t: string }[] {
    const cached = this.textCache.get(r);
    if (cached) return cached;
    const out: { c: number; t: string }[] = [];
    const row = this.grid.rows[r];
    if (row) {
      row.forEach((cell, c) => {
        const t = cellText(cell);
        if (t) out.push({ c, t });
      });
    }
    this.textCache.set(r, out);
    return out;
  }

  private readonly textCache = new Map<number, { c: number; t: string }[]>();
}

/** Whether a cell shows no text (cellText(cell) === ''), without building the text. */
export function isBlank(cell: RawCell | undefined): boolean {
  if (!cell) return true;
  if (cell.err) return false;
  const v = cell.v;
  if (v === null || v === undefined) return true;
  if (typeof v !== 'string') return false;
  // cellText collapses whitespace and trims: a text of whitespace only is empty.
  return v.trim() === '';
}

export function cellText(cell: RawCell | undefined): string {
  if (!cell) return '';
  if (cell.err) return cell.err;
  const v = cell.v;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  const s = String(v);
  // Only text with odd whitespace (doubled, tabs, line breaks, no-break spaces, at the ends)
  // needs the clean-up; most names have single spaces.
  return /\s\s|[\t\n\r\u00a0]|^\s|\s$/.test(s)
    ? s
        .replace(/\u00a0/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
    : s;
}
