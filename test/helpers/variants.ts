/**
 * Layout variants of a workbook grid (WORKBOOK.md "Sheets we read"): pure transforms on a
 * `WorkbookGrid` that change where things stand but not what they say — sheet names, column
 * order, added optional columns, title blocks, numbered-column rows, repeated headers and blank
 * rows, one- or two-row headers, merged or repeated tujuan, numbers typed as text or the
 * reverse, tables on their own sheets, extra sheets, Word-style merges.
 *
 * Every transform returns the new grid and a `CellMap`: where a base cell stands in the new
 * grid (null when it is gone), so that the test can follow a finding's cell or a figure's
 * source cell across the move. Transforms find what they change by its text on the grid they
 * receive, so they compose in any order.
 */
import { rng } from '../../bench/rng';
import type { RawCell } from '../../src/engine/values';
import {
  a1,
  cellText,
  parseA1,
  type Merge,
  type SheetGrid,
  type WorkbookGrid,
} from '../../src/workbook/grid';

export interface Ref {
  sheet: string;
  r: number;
  c: number;
}
/** Where a cell of the grid before the transform stands after it; null: removed. */
export type CellMap = (ref: Ref) => Ref | null;
/** Sheet names before → after (a sheet-level finding follows its sheet). */
export type SheetMap = (name: string) => string | null;

export interface Step {
  grid: WorkbookGrid;
  cells: CellMap;
  sheets: SheetMap;
}
export type Transform = (g: WorkbookGrid) => Step;

type Row = (RawCell | undefined)[];

const same: SheetMap = (n) => n;
const ident: CellMap = (x) => x;

/** Compose transforms left to right; the maps compose too. */
export function compose(...ts: Transform[]): Transform {
  return (g0) => {
    let step: Step = { grid: g0, cells: ident, sheets: same };
    for (const t of ts) {
      const next = t(step.grid);
      const prev = step;
      step = {
        grid: next.grid,
        cells: (x) => {
          const y = prev.cells(x);
          return y ? next.cells(y) : null;
        },
        sheets: (n) => {
          const y = prev.sheets(n);
          return y === null ? null : next.sheets(y);
        },
      };
    }
    return step;
  };
}

// ---------------------------------------------------------------------------------------------
// Grid access

function cloneSheet(s: SheetGrid): SheetGrid {
  return {
    name: s.name,
    rows: s.rows.map((r) => (r ? [...r] : [])),
    merges: s.merges.map((m) => ({ ...m })),
    hidden: s.hidden,
  };
}

function sheetOf(g: WorkbookGrid, name: string): SheetGrid {
  const s = g.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`variants: no sheet "${name}" (${g.sheets.map((x) => x.name)})`);
  return s;
}

/** Replace one sheet (by name) with `f(copy)`; other sheets are shared. */
function withSheet(g: WorkbookGrid, name: string, f: (s: SheetGrid) => SheetGrid): WorkbookGrid {
  return { sheets: g.sheets.map((s) => (s.name === name ? f(cloneSheet(s)) : s)) };
}

export function text(s: SheetGrid, r: number, c: number): string {
  return cellText(s.rows[r]?.[c]);
}

function width(s: SheetGrid): number {
  return s.rows.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
}

/** The first cell (row-major) whose text matches; throws when none. */
export function find(s: SheetGrid, pat: RegExp, from = 0): { r: number; c: number } {
  for (let r = from; r < s.rows.length; r++) {
    const row = s.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) if (pat.test(text(s, r, c))) return { r, c };
  }
  throw new Error(`variants: no cell ${pat} on "${s.name}" from row ${from + 1}`);
}

/** The column of a header cell matching `pat` in row `r`. */
export function colIn(s: SheetGrid, r: number, pat: RegExp): number {
  const row = s.rows[r] ?? [];
  for (let c = 0; c < row.length; c++) if (pat.test(text(s, r, c))) return c;
  throw new Error(`variants: no header ${pat} in row ${r + 1} of "${s.name}"`);
}

function emptyRow(s: SheetGrid, r: number): boolean {
  return (s.rows[r] ?? []).every((x) => cellText(x) === '');
}

function inMerge(s: SheetGrid, r: number, c: number): Merge | undefined {
  return s.merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
}

/**
 * A table located by one of its header cells: header rows (one, or two when the header row has
 * merges reaching down), first and last body row (the body ends at the first blank row).
 */
export interface TableAt {
  sheet: string;
  head: number;
  headRows: number;
  body: number;
  last: number;
}

/** A header cell's text, or [text, n]: the n-th table (0-based) with such a header. */
export type Hdr = RegExp | [RegExp, number];

export function tableAt(s: SheetGrid, hdr: Hdr): TableAt {
  const [pat, nth] = Array.isArray(hdr) ? hdr : [hdr, 0];
  let { r } = find(s, pat);
  for (let k = 0; k < nth; k++) r = find(s, pat, r + 1).r;
  const twoRows = s.merges.some((m) => m.top === r && m.bottom === r + 1);
  const headRows = twoRows ? 2 : 1;
  let body = r + headRows;
  if (isNumberedRow(s, body)) body++;
  let last = body;
  while (last + 1 < s.rows.length && !emptyRow(s, last + 1)) last++;
  return { sheet: s.name, head: r, headRows, body, last };
}

/** `1 | 2 | 3 …` (in any order once columns moved with their numbers). */
export function isNumberedRow(s: SheetGrid, r: number): boolean {
  const texts = (s.rows[r] ?? []).map((x) => cellText(x)).filter(Boolean);
  const nums = texts.map((t) => Number(t.match(/^\(?(\d{1,2})\)?(\s*[=(].*)?$/)?.[1]));
  return (
    texts.length >= 3 &&
    nums.every((n) => n >= 1 && n <= texts.length) &&
    new Set(nums).size === texts.length
  );
}

// ---------------------------------------------------------------------------------------------
// Maps

function sheetCells(name: string, f: (r: number, c: number) => { r: number; c: number } | null) {
  return (x: Ref): Ref | null => {
    if (x.sheet !== name) return x;
    const y = f(x.r, x.c);
    return y ? { sheet: name, ...y } : null;
  };
}

function step(grid: WorkbookGrid, cells: CellMap = ident, sheets: SheetMap = same): Step {
  return { grid, cells, sheets };
}

// ---------------------------------------------------------------------------------------------
// Sheets

export function renameSheet(from: string, to: string): Transform {
  return (g) => {
    sheetOf(g, from);
    return step(
      { sheets: g.sheets.map((s) => (s.name === from ? { ...s, name: to } : s)) },
      (x) => (x.sheet === from ? { ...x, sheet: to } : x),
      (n) => (n === from ? to : n),
    );
  };
}

/**
 * Replace a tag in every cell text of one sheet, as a whole phrase (a PK tag column or a table
 * title naming its PK follows a renamed PK sheet).
 */
export function replaceText(sheet: string, from: string, to: string): Transform {
  const esc = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\w])${esc}(?![\\w])`, 'g');
  return (g) =>
    step(
      withSheet(g, sheet, (s) => {
        s.rows = s.rows.map((row) =>
          row.map((x) => {
            if (!x || typeof x.v !== 'string') return x;
            const y = x.v.replace(re, to);
            return y === x.v ? x : { v: y };
          }),
        );
        return s;
      }),
    );
}

/** Move a sheet to another place in the workbook (its name and cells unchanged). */
export function moveSheet(name: string, to: number): Transform {
  return (g) => {
    const s = sheetOf(g, name);
    const rest = g.sheets.filter((x) => x !== s);
    rest.splice(Math.min(to, rest.length), 0, s);
    return step({ sheets: rest });
  };
}

export function addSheet(sheet: SheetGrid, at?: number): Transform {
  return (g) => {
    const sheets = [...g.sheets];
    sheets.splice(at ?? sheets.length, 0, sheet);
    return step({ sheets });
  };
}

// ---------------------------------------------------------------------------------------------
// Rows

/** Insert rows before row `at` (merges crossing the gap grow over it). */
export function insertRowsAt(
  sheet: string,
  at: number | ((s: SheetGrid) => number),
  rows: Row[],
  merges: Merge[] = [],
): Transform {
  return (g) => {
    const s0 = sheetOf(g, sheet);
    const pos = typeof at === 'number' ? at : at(s0);
    const n = rows.length;
    const grid = withSheet(g, sheet, (s) => {
      while (s.rows.length < pos) s.rows.push([]);
      s.rows.splice(pos, 0, ...rows.map((r) => [...r]));
      s.merges = s.merges.map((m) => ({
        ...m,
        top: m.top >= pos ? m.top + n : m.top,
        bottom: m.bottom >= pos ? m.bottom + n : m.bottom,
      }));
      s.merges.push(...merges.map((m) => ({ ...m, top: m.top + pos, bottom: m.bottom + pos })));
      return s;
    });
    return step(
      grid,
      sheetCells(sheet, (r, c) => ({ r: r >= pos ? r + n : r, c })),
    );
  };
}

/** Delete rows [from, from + n); their merges go, merges below move up. */
export function deleteRows(sheet: string, from: (s: SheetGrid) => number, n: number): Transform {
  return (g) => {
    const pos = from(sheetOf(g, sheet));
    const grid = withSheet(g, sheet, (s) => {
      s.rows.splice(pos, n);
      s.merges = s.merges
        .filter((m) => m.bottom < pos || m.top >= pos + n)
        .map((m) => (m.top >= pos + n ? { ...m, top: m.top - n, bottom: m.bottom - n } : m));
      return s;
    });
    return step(
      grid,
      sheetCells(sheet, (r, c) => (r < pos ? { r, c } : r < pos + n ? null : { r: r - n, c })),
    );
  };
}

/** Copies of a table's header rows (with their merges) before body row `k` (0-based in the body). */
export function repeatHeader(sheet: string, header: Hdr, k: number): Transform {
  return (g) => {
    const s = sheetOf(g, sheet);
    const t = tableAt(s, header);
    const rows = s.rows.slice(t.head, t.body);
    const merges = s.merges
      .filter((m) => m.top >= t.head && m.bottom < t.body)
      .map((m) => ({ ...m, top: m.top - t.head, bottom: m.bottom - t.head }));
    return insertRowsAt(sheet, safeRow(s, t.body + k), rows, merges)(g);
  };
}

export function blankRows(sheet: string, header: Hdr, k: number, n = 1): Transform {
  return (g) => {
    const s = sheetOf(g, sheet);
    const t = tableAt(s, header);
    return insertRowsAt(
      sheet,
      safeRow(s, t.body + k),
      Array.from({ length: n }, () => []),
    )(g);
  };
}

/** The first row at or after r that no vertical merge crosses (a body-row boundary). */
function safeRow(s: SheetGrid, r: number): number {
  let x = r;
  while (s.merges.some((m) => m.top < x && m.bottom >= x)) x++;
  return x;
}

/** A numbered-column row (`1 | 2 | 3 …`) below a table's header. */
export function numberedRow(sheet: string, header: Hdr): Transform {
  return (g) => {
    const s = sheetOf(g, sheet);
    const t = tableAt(s, header);
    if (isNumberedRow(s, t.head + t.headRows)) return step(g);
    const cols = width(s);
    const used: number[] = [];
    for (let c = 0; c < cols; c++) {
      const any = [t.head, t.head + t.headRows - 1].some((r) => text(s, r, c) || inMerge(s, r, c));
      if (any) used.push(c);
    }
    const row: Row = [];
    used.forEach((c, i) => (row[c] = { v: i + 1 }));
    return insertRowsAt(sheet, t.head + t.headRows, [row])(g);
  };
}

export function titleRows(sheet: string, lines: string[]): Transform {
  return insertRowsAt(sheet, 0, [...lines.map((l) => [{ v: l }] as Row), []]);
}

/** Remove the title lines above the first table that hold no period and no year. */
export function dropPlainTitles(sheet: string): Transform {
  return (g) => {
    const s = sheetOf(g, sheet);
    const plain: number[] = [];
    for (let r = 0; r < s.rows.length; r++) {
      const texts = (s.rows[r] ?? []).map((x) => cellText(x)).filter(Boolean);
      if (texts.length > 1) break;
      if (texts.length === 1 && !/(19|20)\d\d/.test(texts[0])) plain.push(r);
    }
    // bottom-up, so each row index still holds when its turn comes
    return compose(...plain.reverse().map((r) => deleteRows(sheet, () => r, 1)))(g);
  };
}

// ---------------------------------------------------------------------------------------------
// Columns

/** Insert `n` columns before column `at` on rows [r0, r1]-wide sheets (all rows). */
export function insertCols(
  sheet: string,
  at: number,
  fill: (r: number) => RawCell | undefined = () => undefined,
): Transform {
  return (g) => {
    const grid = withSheet(g, sheet, (s) => {
      s.rows = s.rows.map((row, r) => {
        const out = [...row];
        while (out.length < at) out.push(undefined);
        out.splice(at, 0, fill(r));
        return out;
      });
      s.merges = s.merges.map((m) => ({
        ...m,
        left: m.left >= at ? m.left + 1 : m.left,
        right: m.right >= at ? m.right + 1 : m.right,
      }));
      return s;
    });
    return step(
      grid,
      sheetCells(sheet, (r, c) => ({ r, c: c >= at ? c + 1 : c })),
    );
  };
}

/**
 * Delete columns [at, at + n) on rows [r0, r1] (a table's rows; other rows keep their cells);
 * the deleted cells map to column `to(r, c)`, or are gone when it gives null.
 */
function deleteCols(
  sheet: string,
  at: number,
  n: number,
  to: (r: number, c: number) => number | null,
  [r0, r1]: [number, number] = [0, Number.MAX_SAFE_INTEGER],
): Transform {
  const inRows = (r: number) => r >= r0 && r <= r1;
  return (g) => {
    const grid = withSheet(g, sheet, (s) => {
      s.rows = s.rows.map((row, r) => {
        if (!inRows(r)) return row;
        const out = [...row];
        out.splice(at, n);
        return out;
      });
      const left = (c: number) => (c >= at + n ? c - n : c >= at ? at : c);
      const right = (c: number) => (c >= at + n ? c - n : c >= at ? at - 1 : c);
      s.merges = s.merges
        .map((m) => (inRows(m.top) ? { ...m, left: left(m.left), right: right(m.right) } : m))
        .filter((m) => m.right >= m.left && (m.bottom > m.top || m.right > m.left));
      return s;
    });
    return step(
      grid,
      sheetCells(sheet, (r, c) => {
        if (c < at || !inRows(r)) return { r, c };
        if (c >= at + n) return { r, c: c - n };
        const x = to(r, c);
        return x === null ? null : { r, c: x };
      }),
    );
  };
}

/** A table's column removed (an optional column such as Kode). */
export function dropColumn(sheet: string, header: Hdr, pat: RegExp): Transform {
  return (g) => {
    const s = sheetOf(g, sheet);
    const t = tableAt(s, header);
    const c = colIn(s, t.head, pat);
    return deleteCols(sheet, c, 1, () => null, [t.head, t.last])(g);
  };
}

/**
 * One column per predicate with a tick (`Predikat` over `Sangat Tinggi | Tinggi | …`) written
 * as one text column holding the ticked label; every tick cell maps to that column.
 */
export function ticksAsText(sheet: string, header: Hdr, parentPat: RegExp): Transform {
  return (g) => {
    const s = sheetOf(g, sheet);
    const t = tableAt(s, header);
    const c0 = colIn(s, t.head, parentPat);
    const m = inMerge(s, t.head, c0);
    if (!m || t.headRows !== 2) throw new Error(`variants: ${parentPat} is no tick group`);
    const labels: string[] = [];
    for (let c = m.left; c <= m.right; c++) labels.push(text(s, t.head + 1, c));
    const pre = withSheet(g, sheet, (x) => {
      for (let r = t.body; r <= t.last; r++) {
        const row = (x.rows[r] ??= []);
        let label = '';
        for (let c = m.left; c <= m.right; c++) if (cellText(row[c])) label = labels[c - m.left];
        row[m.left] = label ? { v: label } : undefined;
      }
      x.rows[t.head + 1][m.left] = undefined;
      x.merges = x.merges.filter((y) => y !== m && !(y.top === m.top && y.left === m.left));
      x.merges.push({ top: t.head, bottom: t.head + 1, left: m.left, right: m.left });
      return x;
    });
    return deleteCols(sheet, m.left + 1, m.right - m.left, () => m.left, [t.head, t.last])(pre);
  };
}

/** Remove a sheet (a PK the variant does without). */
export function dropSheet(name: string): Transform {
  return (g) =>
    step(
      { sheets: g.sheets.filter((s) => s.name !== name) },
      (x) => (x.sheet === name ? null : x),
      (n) => (n === name ? null : n),
    );
}

/** An optional column at the right end of a table: header text, then a value per body row. */
export function addColumn(
  sheet: string,
  header: Hdr,
  title: string,
  value: (k: number) => RawCell | undefined,
  at?: (s: SheetGrid, t: TableAt) => number,
): Transform {
  return (g) => {
    const s = sheetOf(g, sheet);
    const t = tableAt(s, header);
    let end = 0;
    for (let r = t.head; r <= t.last; r++) end = Math.max(end, s.rows[r]?.length ?? 0);
    for (const m of s.merges)
      if (m.top >= t.head && m.top <= t.last) end = Math.max(end, m.right + 1);
    const pos = at ? at(s, t) : end;
    const ins = insertCols(sheet, pos, (r) => {
      if (r === t.head) return { v: title };
      if (r >= t.body && r <= t.last) return value(r - t.body);
      return undefined;
    })(g);
    const merges: Merge[] =
      t.headRows === 2 ? [{ top: t.head, bottom: t.head + 1, left: pos, right: pos }] : [];
    const grid = withSheet(ins.grid, sheet, (x) => {
      x.merges.push(...merges);
      return x;
    });
    return { ...ins, grid };
  };
}

/**
 * Move one column of a table (header and body rows only) from `from` to `to`; the columns in
 * between shift by one. A merge inside the table must stay within one column or stay contiguous.
 */
export function moveColumn(sheet: string, header: Hdr, fromPat: RegExp, toPat: RegExp): Transform {
  return moveColumnAt(sheet, header, (s, t) => [
    colIn(s, t.head, fromPat),
    colIn(s, t.head, toPat),
  ]);
}

function moveColumnAt(
  sheet: string,
  header: Hdr,
  where: (s: SheetGrid, t: TableAt) => [number, number],
): Transform {
  return (g) => {
    const s = sheetOf(g, sheet);
    const t = tableAt(s, header);
    const [from, to] = where(s, t);
    const perm = permutation(from, to);
    const grid = withSheet(g, sheet, (x) => {
      for (let r = t.head; r <= t.last; r++) {
        const row = x.rows[r] ?? [];
        const out: Row = [];
        row.forEach((v, c) => (out[perm(c)] = v));
        x.rows[r] = Array.from({ length: Math.max(out.length, row.length) }, (_, i) => out[i]);
      }
      x.merges = x.merges.map((m) => {
        if (m.top < t.head || m.top > t.last) return m;
        const cols = [];
        for (let c = m.left; c <= m.right; c++) cols.push(perm(c));
        const left = Math.min(...cols);
        const right = Math.max(...cols);
        if (right - left !== m.right - m.left)
          throw new Error(`variants: moving a column splits merge ${a1(m.top, m.left)}`);
        // a merged area keeps its value in its top-left cell, wherever that now is
        const master = perm(m.left);
        if (master !== left)
          for (let r = m.top; r <= m.bottom; r++) {
            x.rows[r][left] = x.rows[r][master];
            x.rows[r][master] = undefined;
          }
        return { ...m, left, right };
      });
      return x;
    });
    // the value of a merged area follows its area's new top-left cell
    const before = sheetOf(g, sheet);
    const moved = (r: number, c: number): number => {
      const m = inMerge(before, r, c);
      if (!m || m.left !== c || m.right === m.left) return perm(c);
      let left = perm(m.left);
      for (let k = m.left; k <= m.right; k++) left = Math.min(left, perm(k));
      return left;
    };
    return step(
      grid,
      sheetCells(sheet, (r, c) => ({ r, c: r >= t.head && r <= t.last ? moved(r, c) : c })),
    );
  };
}

export { rng };

/** Columns of a table whose header stands alone (not a parent's sub-header, not a parent). */
function standalone(s: SheetGrid, t: TableAt): number[] {
  const out: number[] = [];
  const last = t.head + t.headRows - 1;
  for (let c = 0; c < width(s); c++) {
    if (!text(s, t.head, c)) continue;
    const m = inMerge(s, t.head, c);
    if (m && m.right > m.left) continue;
    if (t.headRows === 2 && !(m && m.bottom === last) && text(s, last, c)) continue;
    out.push(c);
  }
  return out;
}

/**
 * Shuffle a table's stand-alone columns (seeded): `moves` times, one such column moves to the
 * place of another. Grouped columns (`Kinerja` over `Target | Realisasi | %`) keep their order
 * and stay together — the spec ties their meaning to it.
 */
export function shuffleColumns(sheet: string, header: Hdr, seed: number, moves = 3): Transform {
  return (g) => {
    // a draw whose moves cancel out is no variant: draw again
    for (let k = 0; k < 5; k++) {
      const out = shuffleOnce(sheet, header, seed + 1000 * k, moves)(g);
      if (JSON.stringify(out.grid) !== JSON.stringify(g)) return out;
    }
    throw new Error(`variants: no column of ${sheet} can move`);
  };
}

function shuffleOnce(sheet: string, header: Hdr, seed: number, moves: number): Transform {
  return (g) => {
    const next = rng(seed);
    const draws = Array.from({ length: moves }, () => [next(), next()]);
    const steps = draws.map(([a, b]) =>
      moveColumnAt(sheet, header, (s, t) => {
        const cols = standalone(s, t);
        const from = cols[Math.floor(a * cols.length)];
        // the first place from the drawn one on that splits no merged label
        for (let k = 0; k < cols.length; k++) {
          const to = cols[(Math.floor(b * cols.length) + k) % cols.length];
          if (to !== from && !splitsMerge(s, t, from, to)) return [from, to];
        }
        return [from, from];
      }),
    );
    return compose(...steps)(g);
  };
}

function permutation(from: number, to: number): (c: number) => number {
  return (c) => {
    if (c === from) return to;
    if (from < to && c > from && c <= to) return c - 1;
    if (from > to && c >= to && c < from) return c + 1;
    return c;
  };
}

function splitsMerge(s: SheetGrid, t: TableAt, from: number, to: number): boolean {
  const perm = permutation(from, to);
  return s.merges.some((m) => {
    if (m.top < t.head || m.top > t.last || m.right === m.left) return false;
    const cols = [];
    for (let c = m.left; c <= m.right; c++) cols.push(perm(c));
    return Math.max(...cols) - Math.min(...cols) !== m.right - m.left;
  });
}

/** Word-style: the column `pat` is two merged cells wide in the header and the body. */
export function widenColumn(sheet: string, header: Hdr, pat: RegExp): Transform {
  return (g) => {
    const s = sheetOf(g, sheet);
    const t = tableAt(s, header);
    const c = colIn(s, t.head, pat);
    const ins = insertCols(sheet, c + 1)(g);
    const grid = withSheet(ins.grid, sheet, (x) => {
      const covered = new Set<number>();
      x.merges = x.merges.map((m) => {
        if (m.left === c && m.right === c && m.top >= t.head && m.bottom <= t.last) {
          for (let r = m.top; r <= m.bottom; r++) covered.add(r);
          return { ...m, right: c + 1 };
        }
        return m;
      });
      for (let r = t.head; r <= t.last; r++)
        if (!covered.has(r) && !(r > t.head && r < t.body && inMerge(x, r, c)))
          x.merges.push({ top: r, bottom: r, left: c, right: c + 1 });
      return x;
    });
    return { ...ins, grid };
  };
}

// ---------------------------------------------------------------------------------------------
// Headers

/**
 * Two-row header → one row: each column's label is its sub-header (or `name(parent, child)`),
 * parents and vertical merges dropped, the second row removed.
 */
export function collapseHeader(
  sheet: string,
  header: Hdr,
  name: (parent: string, child: string) => string = (_p, ch) => ch,
): Transform {
  return (g) => {
    const s = sheetOf(g, sheet);
    const t = tableAt(s, header);
    if (t.headRows !== 2) throw new Error(`variants: ${sheet} ${header} has a one-row header`);
    const h = t.head;
    const pre = withSheet(g, sheet, (x) => {
      const top = x.rows[h] ?? [];
      const sub = x.rows[h + 1] ?? [];
      const out: Row = [];
      for (let c = 0; c < Math.max(top.length, sub.length); c++) {
        const m = inMerge(x, h, c);
        const parent = m ? text(x, m.top, m.left) : text(x, h, c);
        const child = text(x, h + 1, c);
        out[c] = child
          ? { v: name(parent, child) }
          : parent && (!m || m.left === c)
            ? { v: parent }
            : undefined;
      }
      x.rows[h] = out;
      x.merges = x.merges.filter((m) => !(m.top === h || m.top === h + 1));
      return x;
    });
    return deleteRows(sheet, () => h + 1, 1)(pre);
  };
}

/**
 * One-row header → two rows: the header cells from `fromPat` to `toPat` go under a parent label
 * merged across them (`merged` false: typed once at the left, Word-style); other header cells
 * merge over both rows.
 */
export function groupHeader(
  sheet: string,
  header: Hdr,
  fromPat: RegExp,
  toPat: RegExp,
  parent: string,
  merged = true,
): Transform {
  return (g) => {
    const s = sheetOf(g, sheet);
    const t = tableAt(s, header);
    if (t.headRows !== 1) throw new Error(`variants: ${sheet} ${header} has a two-row header`);
    const h = t.head;
    const c0 = colIn(s, h, fromPat);
    const c1 = colIn(s, h, toPat);
    const ins = insertRowsAt(sheet, h + 1, [[]])(g);
    const grid = withSheet(ins.grid, sheet, (x) => {
      const top = x.rows[h] ?? [];
      const sub: Row = [];
      for (let c = c0; c <= c1; c++) {
        sub[c] = top[c];
        top[c] = undefined;
      }
      top[c0] = { v: parent };
      x.rows[h + 1] = sub;
      if (merged) x.merges.push({ top: h, bottom: h, left: c0, right: c1 });
      for (let c = 0; c < top.length; c++)
        if ((c < c0 || c > c1) && top[c] && !inMerge(x, h, c))
          x.merges.push({ top: h, bottom: h + 1, left: c, right: c });
      return x;
    });
    // the header cells that moved down are found one row lower
    return {
      ...ins,
      grid,
      cells: (x) => {
        const y = ins.cells(x);
        if (!y || x.sheet !== sheet || x.r !== h || x.c < c0 || x.c > c1) return y;
        return { ...y, r: h + 1 };
      },
    };
  };
}

/** A header cell's text replaced (another wording the spec's column names allow). */
export function renameHeader(sheet: string, header: Hdr, pat: RegExp, to: string): Transform {
  return (g) => {
    const s = sheetOf(g, sheet);
    const t = tableAt(s, header);
    for (let r = t.head; r < t.head + t.headRows; r++) {
      const c = (s.rows[r] ?? []).findIndex((x) => pat.test(cellText(x)));
      if (c >= 0)
        return step(
          withSheet(g, sheet, (x) => {
            x.rows[r][c] = { v: to };
            return x;
          }),
        );
    }
    throw new Error(`variants: no header ${pat} on ${sheet}`);
  };
}

/**
 * Tujuan and Sasaran in one `Tujuan/Sasaran` column (TC.25): each row shows its sasaran, or its
 * tujuan on a tujuan indicator's row; the Tujuan column's cells map to the joined column.
 */
export function joinTujuanSasaran(sheet: string, header: Hdr): Transform {
  return (g) => {
    const s = sheetOf(g, sheet);
    const t = tableAt(s, header);
    const ct = colIn(s, t.head, /^Tujuan$/);
    const cs = colIn(s, t.head, /^Sasaran/);
    if (cs !== ct + 1) throw new Error('variants: Tujuan and Sasaran are not side by side');
    const pre = withSheet(g, sheet, (x) => {
      x.rows[t.head][cs] = { v: 'Tujuan/Sasaran' };
      for (let r = t.body; r <= t.last; r++) {
        const row = (x.rows[r] ??= []);
        const sasaran = inMerge(x, r, cs) ? text(x, inMerge(x, r, cs)!.top, cs) : text(x, r, cs);
        if (!sasaran && text(x, r, ct)) row[cs] = row[ct];
      }
      // the Tujuan column's merges go with it
      x.merges = x.merges.filter((m) => !(m.left === ct && m.right === ct && m.top >= t.body));
      return x;
    });
    return deleteCols(sheet, ct, 1, () => ct, [t.head, t.last])(pre);
  };
}

/** The numbered-column row below a table's header removed. */
export function dropNumberedRow(sheet: string, header: Hdr): Transform {
  return (g) => {
    const s = sheetOf(g, sheet);
    const t = tableAt(s, header);
    const r = t.head + t.headRows;
    if (!isNumberedRow(s, r)) throw new Error(`variants: no numbered row under ${sheet} ${header}`);
    return deleteRows(sheet, () => r, 1)(g);
  };
}

/** A two-row header written without any merge: each label typed once in its top cell. */
export function unmergeHeader(sheet: string, header: Hdr): Transform {
  return (g) => {
    const t = tableAt(sheetOf(g, sheet), header);
    return step(
      withSheet(g, sheet, (x) => {
        x.merges = x.merges.filter((m) => !(m.top >= t.head && m.top < t.head + t.headRows));
        return x;
      }),
    );
  };
}

/** Word-style: the parent labels of a two-row header typed once, not merged across. */
export function unmergeParents(sheet: string, header: Hdr): Transform {
  return (g) => {
    const t = tableAt(sheetOf(g, sheet), header);
    return step(
      withSheet(g, sheet, (x) => {
        x.merges = x.merges.filter((m) => !(m.top === t.head && m.bottom === t.head));
        return x;
      }),
    );
  };
}

// ---------------------------------------------------------------------------------------------
// Body merges

/** A value merged down a column of a table's body written on every row instead. */
export function repeatMerged(sheet: string, header: Hdr, colPat: RegExp): Transform {
  return (g) => {
    const s = sheetOf(g, sheet);
    const t = tableAt(s, header);
    const c = colIn(s, t.head, colPat);
    return step(
      withSheet(g, sheet, (x) => {
        const gone = x.merges.filter(
          (m) => m.left === c && m.right === c && m.top >= t.body && m.bottom <= t.last,
        );
        for (const m of gone)
          for (let r = m.top + 1; r <= m.bottom; r++) (x.rows[r] ??= [])[c] = x.rows[m.top]?.[c];
        x.merges = x.merges.filter((m) => !gone.includes(m));
        return x;
      }),
    );
  };
}

/** Runs of one value (with empty cells below it) in a body column merged down. */
export function mergeDown(sheet: string, header: Hdr, colPat: RegExp): Transform {
  return (g) => {
    const s = sheetOf(g, sheet);
    const t = tableAt(s, header);
    const c = colIn(s, t.head, colPat);
    return step(
      withSheet(g, sheet, (x) => {
        let r = t.body;
        while (r <= t.last) {
          const v = text(x, r, c);
          let e = r;
          while (
            e + 1 <= t.last &&
            !inMerge(x, e + 1, c) &&
            (text(x, e + 1, c) === v || text(x, e + 1, c) === '')
          )
            e++;
          if (v && e > r && !inMerge(x, r, c)) {
            for (let k = r + 1; k <= e; k++) if (x.rows[k]) x.rows[k][c] = undefined;
            x.merges.push({ top: r, bottom: e, left: c, right: c });
          }
          r = e + 1;
        }
        return x;
      }),
    );
  };
}

// ---------------------------------------------------------------------------------------------
// Numbers

/** `1234567.89` with 2 places → `1.234.567,89` (planners' text). */
export function idNumber(v: number, places: number): string {
  const [int, frac] = v.toFixed(places).split('.');
  const neg = int.startsWith('-');
  const digits = neg ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (neg ? '-' : '') + grouped + (frac ? ',' + frac : '');
}

function places(fmt: string | undefined): number | null {
  if (!fmt || /general/i.test(fmt)) return null;
  const m = fmt.split(';')[0].match(/\.(0+)/);
  return m ? m[1].length : 0;
}

function decimalsOf(v: number): number {
  const s = String(v);
  return s.includes('.') ? s.split('.')[1].length : 0;
}

/** A numeric cell as the text a planner would type, or null when the text would lose digits. */
export function asPlannerText(cell: RawCell, style: 'plain' | 'rp' | 'spacedPct'): string | null {
  if (typeof cell.v !== 'number' || cell.date) return null;
  // a year is typed as it is (`2025`), never grouped
  if (Number.isInteger(cell.v) && cell.v >= 1900 && cell.v <= 2100 && places(cell.fmt) === null)
    return String(cell.v);
  const pct = !!cell.fmt && cell.fmt.includes('%');
  const shown = pct ? Number((cell.v * 100).toPrecision(12)) : cell.v;
  const p = places(cell.fmt) ?? decimalsOf(shown);
  if (decimalsOf(shown) > p) return null;
  const body = idNumber(shown, p);
  if (pct) return style === 'spacedPct' ? `${body} %` : `${body}%`;
  return style === 'rp' ? `Rp ${body}` : body;
}

/** Planners' number text as a numeric cell (percent text as a %-formatted fraction). */
export function asNumericCell(t: string): RawCell | null {
  const m = t.trim().match(/^(Rp\.?\s*)?(-?\d{1,3}(?:\.\d{3})+|-?\d+)(?:,(\d+))?(\s*%)?$/);
  if (!m) return null;
  const int = m[2].replace(/\./g, '');
  const frac = m[3] ?? '';
  if (m[2].includes('.') && !m[3] && !m[1] && m[2].split('.').length === 2) return null; // `1.234`: ambiguous
  if (m[4]) {
    const digits = (int.replace('-', '') + frac).padStart(frac.length + 3, '0');
    const point = digits.length - frac.length - 2;
    const v = Number(
      `${int.startsWith('-') ? '-' : ''}${digits.slice(0, point)}.${digits.slice(point)}`,
    );
    return { v, fmt: frac.length ? `0.${'0'.repeat(frac.length)}%` : '0%' };
  }
  const v = Number(frac ? `${int}.${frac}` : int);
  if (m[1]) return { v, fmt: frac.length ? `#,##0.${'0'.repeat(frac.length)}` : '#,##0' };
  return frac.length ? { v, fmt: `0.${'0'.repeat(frac.length)}` } : { v };
}

function mapCells(
  sheet: string,
  header: Hdr,
  cols: RegExp[],
  f: (cell: RawCell) => RawCell | null,
): Transform {
  return (g) => {
    const s = sheetOf(g, sheet);
    const t = tableAt(s, header);
    const targets = cols.map((p) => {
      for (let r = t.head; r < t.body; r++) {
        const row = s.rows[r] ?? [];
        for (let c = 0; c < row.length; c++) if (p.test(text(s, r, c))) return c;
      }
      throw new Error(`variants: no column ${p} in ${sheet}`);
    });
    return step(
      withSheet(g, sheet, (x) => {
        for (let r = t.body; r <= t.last; r++)
          for (const c of targets) {
            const cell = x.rows[r]?.[c];
            if (!cell) continue;
            const y = f(cell);
            if (y) x.rows[r][c] = y;
          }
        return x;
      }),
    );
  };
}

/** Numeric body cells of the given columns typed as planners' text. */
export function numbersAsText(
  sheet: string,
  header: Hdr,
  cols: RegExp[],
  style: 'plain' | 'rp' | 'spacedPct' = 'plain',
): Transform {
  return mapCells(sheet, header, cols, (cell) => {
    const t = asPlannerText(cell, style);
    return t === null ? null : { v: t };
  });
}

/** Number text in the given columns typed as numeric cells (percent text %-formatted). */
export function textAsNumbers(sheet: string, header: Hdr, cols: RegExp[]): Transform {
  return mapCells(sheet, header, cols, (cell) =>
    typeof cell.v === 'string' ? asNumericCell(cell.v) : null,
  );
}

/**
 * Every body cell of a sheet converted (numbered-column rows and the first `skip` rows left
 * alone): the whole sheet typed as planners' text, or every number text made numeric.
 */
export function everyCell(sheet: string, dir: 'toText' | 'toNumber', skip = 0): Transform {
  return (g) =>
    step(
      withSheet(g, sheet, (x) => {
        x.rows.forEach((row, r) => {
          if (r < skip || isNumberedRow(x, r)) return;
          row.forEach((cell, c) => {
            if (!cell) return;
            const y =
              dir === 'toText'
                ? asPlannerText(cell, 'plain')
                : typeof cell.v === 'string'
                  ? asNumericCell(cell.v)
                  : null;
            if (y !== null) row[c] = typeof y === 'string' ? { v: y } : y;
          });
        });
        return x;
      }),
    );
}

// ---------------------------------------------------------------------------------------------
// Tables between sheets

/**
 * Move a table (its title line above when `withTitle`, header and body) to a sheet of its own,
 * named `to`, created when absent (appended after a blank row when it exists).
 */
export function moveTable(sheet: string, header: Hdr, to: string, withTitle = true): Transform {
  return (g) => {
    const s = sheetOf(g, sheet);
    const t = tableAt(s, header);
    const r0 = withTitle && t.head > 0 && !emptyRow(s, t.head - 1) ? t.head - 1 : t.head;
    const r1 = t.last;
    const existing = g.sheets.find((x) => x.name === to);
    const base = existing ? existing.rows.length + 1 : 0;
    const rows = s.rows.slice(r0, r1 + 1).map((r) => [...(r ?? [])]);
    const merges = s.merges
      .filter((m) => m.top >= r0 && m.bottom <= r1)
      .map((m) => ({ ...m, top: m.top - r0 + base, bottom: m.bottom - r0 + base }));
    const target: SheetGrid = existing ? cloneSheet(existing) : { name: to, rows: [], merges: [] };
    while (target.rows.length < base) target.rows.push([]);
    target.rows.push(...rows);
    target.merges.push(...merges);
    let sheets = g.sheets.map((x) => (x.name === to ? target : x));
    if (!existing) {
      const i = g.sheets.findIndex((x) => x.name === sheet);
      sheets = [...sheets.slice(0, i + 1), target, ...sheets.slice(i + 1)];
    }
    // cut the rows (and a blank row before them) from the source
    const cutFrom = r0 > 0 && emptyRow(s, r0 - 1) ? r0 - 1 : r0;
    const n = r1 - cutFrom + 1;
    const cut = deleteRows(sheet, () => cutFrom, n)({ sheets });
    return {
      grid: cut.grid,
      sheets: same,
      cells: (x) => {
        if (x.sheet === sheet && x.r >= r0 && x.r <= r1)
          return { sheet: to, r: x.r - r0 + base, c: x.c };
        return cut.cells(x);
      },
    };
  };
}

/** All of sheet `from` (title block and tables) appended below sheet `to`, after a blank row. */
export function appendSheet(from: string, to: string): Transform {
  return (g) => {
    const src = sheetOf(g, from);
    const dst = cloneSheet(sheetOf(g, to));
    const base = dst.rows.length + 1;
    dst.rows.push([], ...src.rows.map((r) => [...(r ?? [])]));
    dst.merges.push(
      ...src.merges.map((m) => ({ ...m, top: m.top + base, bottom: m.bottom + base })),
    );
    return step(
      { sheets: g.sheets.filter((x) => x !== src).map((x) => (x.name === to ? dst : x)) },
      (x) => (x.sheet === from ? { sheet: to, r: x.r + base, c: x.c } : x),
      (n) => (n === from ? to : n),
    );
  };
}

/** A `sheet!A1` reference through a map (null when the cell is gone). */
export function mapRef(step: Step, ref: string): string | null {
  const i = ref.lastIndexOf('!');
  const sheet = ref.slice(0, i);
  const p = parseA1(ref.slice(i + 1));
  if (!p) return null;
  const y = step.cells({ sheet, r: p.r, c: p.c });
  return y ? `${y.sheet}!${a1(y.r, y.c)}` : null;
}

/** A small unrelated sheet: notes, or chart data with numbers. */
export function notesSheet(name: string): SheetGrid {
  return {
    name,
    rows: [
      [{ v: 'Catatan penyusunan laporan' }],
      [],
      [{ v: '1.' }, { v: 'Data diambil dari aplikasi e-SAKIP per 31 Desember.' }],
      [{ v: '2.' }, { v: 'Angka anggaran sesuai DPA dan laporan realisasi bendahara.' }],
    ],
    merges: [],
  };
}

export function chartSheet(name: string): SheetGrid {
  const rows: Row[] = [[{ v: 'Tahun' }, { v: 'Jumlah Penduduk' }, { v: 'Jumlah Desa' }]];
  [2020, 2021, 2022, 2023, 2024].forEach((y, i) =>
    rows.push([{ v: y }, { v: 61234 + i * 311 }, { v: 7 }]),
  );
  return { name, rows, merges: [] };
}
