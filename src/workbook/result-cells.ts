/**
 * Result cells as they stand in the grid (WORKBOOK.md "What we write", rule 7): what counts as
 * typed, and the findings for typed content the engine cannot see — an error value pasted into a
 * result cell, or a merged area that hides a row's own result cell.
 */
import { formatId, formatRupiah } from '../engine/decimal';
import type { Finding, FindingList } from '../engine/findings';
import type { RawCell } from '../engine/values';
import { a1, parseA1, Sheet, type WorkbookGrid } from './grid';
import type { ResultCell } from './plan';

/** Where a result cell stands: its own cell, or inside a merged area whose first cell is elsewhere. */
export interface CellPlace {
  raw: RawCell | undefined;
  /** The first cell of the merged area covering it, when that is another cell. */
  mergedInto: string | null;
}

export function placeOf(sheet: Sheet, cell: string): CellPlace | null {
  const pos = parseA1(cell);
  if (!pos) return null;
  const m = sheet.master(pos.r, pos.c);
  if (m.r === pos.r && m.c === pos.c) return { raw: sheet.raw(pos.r, pos.c), mergedInto: null };
  return { raw: sheet.raw(m.r, m.c), mergedInto: a1(m.r, m.c) };
}

/**
 * Typed content: anything but nothing or whitespace — numbers, text, dates, booleans, formulas,
 * error values, hyperlinks (the link is content even when its text is blank). Whitespace-only
 * text (space, tab, line break, U+3000 …) is empty.
 */
export function isTypedCell(raw: RawCell | undefined): boolean {
  if (!raw) return false;
  if (raw.err || raw.formula || isHyperlink(raw)) return true;
  if (raw.v === null || raw.v === undefined) return false;
  return typeof raw.v !== 'string' || raw.v.trim() !== '';
}

function isHyperlink(raw: RawCell): boolean {
  const c = raw.content;
  return typeof c === 'object' && c !== null && 'hyperlink' in c;
}

/** Typed, yet nothing the engine can read: a hyperlink whose text is blank. */
function blankLink(raw: RawCell | undefined): boolean {
  return !!raw && isHyperlink(raw) && String(raw.v ?? '').trim() === '';
}

/** The computed value as the cell would show it: an amount (`#,##0`) in rupiah, else `102,77`. */
const shown = (rc: ResultCell): string =>
  typeof rc.value === 'number'
    ? rc.numFmt === '#,##0'
      ? formatRupiah(rc.value)
      : formatId(rc.value, 2)
    : String(rc.value ?? '');

/** Findings for result cells holding an error value or hidden by a merged area. */
export function resultCellFindings(
  grid: WorkbookGrid,
  cells: ResultCell[],
  existing: Finding[],
  findings: FindingList,
): void {
  const sheets = new Map(grid.sheets.map((g) => [g.name, new Sheet(g)]));
  const reported = new Set(existing.map((f) => `${f.sheet}!${f.cell}`));
  for (const rc of cells) {
    if (rc.value === null) continue;
    const { sheet, cell } = rc.ref;
    const sh = sheets.get(sheet);
    const place = sh ? placeOf(sh, cell) : null;
    // Most result cells are plain cells of their own: nothing to report, nothing to look up.
    if (!place || (!place.mergedInto && !place.raw?.err && !blankLink(place.raw))) continue;
    if (reported.has(`${sheet}!${cell}`)) continue;
    if (place.mergedInto) {
      findings.push(
        'VALUE_UNREADABLE',
        `Sel ${cell} tergabung (merge) dengan ${place.mergedInto}${isTypedCell(place.raw) ? ' yang sudah berisi nilai' : ''}, sehingga hasil hitung baris ini (${shown(rc)}) tidak dapat ditulis. Pisahkan sel gabungan itu agar setiap baris punya selnya sendiri.`,
        rc.ref,
      );
    } else if (place.raw?.err) {
      findings.push(
        'VALUE_UNREADABLE',
        `Sel ${cell} berisi nilai galat ${place.raw.err}; hasil hitungnya ${shown(rc)}. Ganti nilainya, kosongkan sel agar diisi otomatis, atau pakai Terapkan perbaikan.`,
        rc.ref,
      );
    } else if (blankLink(place.raw)) {
      findings.push(
        'VALUE_UNREADABLE',
        `Sel ${cell} berisi tautan (hyperlink) tanpa teks; hasil hitungnya ${shown(rc)}. Isi nilainya, hapus tautan agar diisi otomatis, atau pakai Terapkan perbaikan.`,
        rc.ref,
      );
    }
  }
}
