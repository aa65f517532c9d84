/**
 * A1 addresses as Excel's JavaScript API writes and accepts them: `A1`, `A1:C3`, `$A$1`,
 * `B:B`, `3:5`, `Sheet1!A1:B2`, `'My Sheet'!A1`. Rows and columns are 0-based here.
 */

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
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

function colIndex(letters: string): number {
  let c = 0;
  for (const ch of letters.toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c - 1;
}

/** Split `Sheet!A1:B2` into its sheet part (unquoted) and the cell part. */
export function splitSheet(address: string): { sheet: string | null; ref: string } {
  const i = address.lastIndexOf('!');
  if (i < 0) return { sheet: null, ref: address.trim() };
  let sheet = address.slice(0, i).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, ref: address.slice(i + 1).trim() };
}

/** Parse the cell part of an address; null when it is not a valid A1 reference. */
export function parseRef(ref: string): Rect | null {
  const parts = ref.replace(/\$/g, '').toUpperCase().split(':');
  if (parts.length < 1 || parts.length > 2) return null;
  const one = (p: string): { r: number | null; c: number | null } | null => {
    let m = p.match(/^([A-Z]{1,3})(\d+)$/);
    if (m) return { r: Number(m[2]) - 1, c: colIndex(m[1]) };
    m = p.match(/^([A-Z]{1,3})$/);
    if (m) return { r: null, c: colIndex(m[1]) };
    m = p.match(/^(\d+)$/);
    if (m) return { r: Number(m[1]) - 1, c: null };
    return null;
  };
  const a = one(parts[0]);
  const b = parts.length === 2 ? one(parts[1]) : a;
  if (!a || !b) return null;
  // A lone column or row needs its pair (`B:B`, `3:3`).
  if (parts.length === 1 && (a.r === null || a.c === null)) return null;
  if ((a.r === null) !== (b.r === null) || (a.c === null) !== (b.c === null)) return null;
  const rect: Rect = {
    r0: a.r ?? 0,
    c0: a.c ?? 0,
    r1: b.r ?? MAX_ROWS - 1,
    c1: b.c ?? MAX_COLS - 1,
  };
  if (rect.r0 > rect.r1) [rect.r0, rect.r1] = [rect.r1, rect.r0];
  if (rect.c0 > rect.c1) [rect.c0, rect.c1] = [rect.c1, rect.c0];
  if (rect.r0 < 0 || rect.c0 < 0 || rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLS) return null;
  return rect;
}

export function rectToRef(r: Rect): string {
  const a = `${colName(r.c0)}${r.r0 + 1}`;
  if (r.r0 === r.r1 && r.c0 === r.c1) return a;
  return `${a}:${colName(r.c1)}${r.r1 + 1}`;
}

/** A sheet name as Excel prints it in an address: quoted unless plain letters and digits. */
export function quoteSheet(name: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

export function fullAddress(sheet: string, r: Rect): string {
  return `${quoteSheet(sheet)}!${rectToRef(r)}`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export function cellCount(r: Rect): number {
  return (r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1);
}
