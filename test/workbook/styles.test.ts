/**
 * GridStyles keeps cell colours by position; it must answer exactly as the `Sheet!A1` map it
 * replaced: the same `get`, `size` and entries in the same order (sheet by sheet, row by row),
 * and `eachStyledCell` gives the same cells from either form.
 */
import fc from 'fast-check';
import { a1 } from '../../src/workbook/grid';
import type { CellStyle } from '../../src/workbook/plan';
import { eachStyledCell, GridStyles } from '../../src/workbook/styles';

const SHEETS = ['PK', 'Realisasi', 'TC.25 (2)', 'Data!x'];

const cell = fc.record({
  sheet: fc.constantFrom(...SHEETS),
  r: fc.integer({ min: 0, max: 40 }),
  c: fc.integer({ min: 0, max: 30 }),
  fill: fc.constantFrom('#00B050', '#FFFF00', null),
});

type Cell = typeof cell extends fc.Arbitrary<infer T> ? T : never;

/** What a host read: row by row within a sheet, sheet after sheet (toGrid's order). */
function inReadOrder(cells: Cell[]): Cell[] {
  return [...cells].sort(
    (x, y) => SHEETS.indexOf(x.sheet) - SHEETS.indexOf(y.sheet) || x.r - y.r || x.c - y.c,
  );
}

function both(cells: Cell[]): { grid: GridStyles; map: Map<string, CellStyle> } {
  const grid = new GridStyles();
  const map = new Map<string, CellStyle>();
  for (const x of inReadOrder(cells)) {
    const st: CellStyle = { fill: x.fill, font: null };
    grid.set(x.sheet, x.r, x.c, st);
    map.set(`${x.sheet}!${a1(x.r, x.c)}`, st);
  }
  return { grid, map };
}

describe('GridStyles answers like the Sheet!A1 map', () => {
  test('property: get, size and entries in order', () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 60 }), (cells) => {
        const { grid, map } = both(cells);
        expect(grid.size).toBe(map.size);
        expect([...grid]).toEqual([...map]);
        for (const x of cells) {
          const k = `${x.sheet}!${a1(x.r, x.c)}`;
          expect(grid.get(k)).toBe(map.get(k));
          const other = `${x.sheet}!${a1(x.r + 41, x.c)}`;
          expect(grid.get(other)).toBeUndefined();
        }
        expect(grid.get('Tidak ada!A1')).toBeUndefined();
        expect(grid.get('A1')).toBeUndefined();
      }),
    );
  });

  test('property: eachStyledCell gives the same cells from either form', () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 60 }), (cells) => {
        const { grid, map } = both(cells);
        const seen = (s: GridStyles | Map<string, CellStyle>) => {
          const out: string[] = [];
          eachStyledCell(s, (sheet, r, c, st) => out.push(`${sheet}|${r}|${c}|${st.fill}`));
          return out;
        };
        expect(seen(grid)).toEqual(seen(map));
        expect(seen(grid)).toHaveLength(map.size);
      }),
    );
  });

  test('a cell set twice counts once and keeps the last colours', () => {
    const g = new GridStyles();
    g.set('PK', 3, 2, { fill: '#FFFF00', font: null });
    g.set('PK', 3, 2, { fill: '#00B050', font: null });
    expect(g.size).toBe(1);
    expect(g.get('PK!C4')?.fill).toBe('#00B050');
  });
});
