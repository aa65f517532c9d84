/**
 * The colours of a workbook's cells as a host read them, by sheet and position. `get('Sheet!A1')`
 * answers like the `Sheet!A1` map the hosts used to build, and iterating gives the same entries
 * in the same order (sheet by sheet, row by row), but reading a workbook of 100 000 styled cells
 * builds no key strings, and the in-memory Excel takes the cells by position (`eachStyledCell`)
 * instead of parsing every key back.
 */
import { a1, parseA1 } from './grid';
import type { CellStyle } from './plan';

export class GridStyles implements Iterable<[string, CellStyle]> {
  /** Per sheet, in the order first seen: rows of cells (sparse arrays). */
  private readonly sheets = new Map<string, (CellStyle | undefined)[][]>();
  private count = 0;

  set(sheet: string, r: number, c: number, style: CellStyle): void {
    let rows = this.sheets.get(sheet);
    if (!rows) this.sheets.set(sheet, (rows = []));
    const row = (rows[r] ??= []);
    if (row[c] === undefined) this.count++;
    row[c] = style;
  }

  get(key: string): CellStyle | undefined {
    const bang = key.lastIndexOf('!');
    const pos = bang > 0 ? parseA1(key.slice(bang + 1)) : null;
    return pos ? this.sheets.get(key.slice(0, bang))?.[pos.r]?.[pos.c] : undefined;
  }

  get size(): number {
    return this.count;
  }

  /** Every styled cell, sheet by sheet, row by row (sparse arrays skip the holes). */
  forEachCell(fn: (sheet: string, r: number, c: number, style: CellStyle) => void): void {
    for (const [sheet, rows] of this.sheets)
      rows.forEach((row, r) => row.forEach((st, c) => st && fn(sheet, r, c, st)));
  }

  *[Symbol.iterator](): Iterator<[string, CellStyle]> {
    const out: [string, CellStyle][] = [];
    this.forEachCell((sheet, r, c, st) => out.push([`${sheet}!${a1(r, c)}`, st]));
    yield* out;
  }
}

/** Cell colours in either form: GridStyles, or `Sheet!A1` entries (a map, a sample's JSON). */
export type StyleEntries = GridStyles | Iterable<[string, CellStyle]>;

/** Each styled cell of either form, by sheet name and position. */
export function eachStyledCell(
  styles: StyleEntries,
  fn: (sheet: string, r: number, c: number, style: CellStyle) => void,
): void {
  if (styles instanceof GridStyles) {
    styles.forEachCell(fn);
    return;
  }
  for (const [key, st] of styles) {
    const bang = key.lastIndexOf('!');
    const pos = bang > 0 ? parseA1(key.slice(bang + 1)) : null;
    if (pos) fn(key.slice(0, bang), pos.r, pos.c, st);
  }
}
