/**
 * Shared by the Excel host tests: the sample workbooks through the xlsx host, an in-memory Excel
 * built from them (installed as the `Excel`/`Office` globals), and a cell-by-cell comparison of
 * two workbooks in the `toGrid` shape.
 */
import path from 'path';
import type ExcelJS from 'exceljs';
import { ExcelHostError } from '../../src/hosts/excel';
import { loadWorkbook, readFileBytes, toGrid, type XlsxRead } from '../../src/hosts/xlsx';
import {
  InMemoryWorkbook,
  installExcel,
  type ExportedWorkbook,
  type InMemoryOptions,
} from '../../src/hosts/preview';
import { a1, Sheet } from '../../src/workbook/grid';
import { isRecordSheet } from '../../src/workbook/sheets';
import type { RecordEntry, StyleLookup } from '../../src/workbook/plan';

/**
 * A record without each host's exact colours: the xlsx host reads the file's (theme, indexed,
 * pattern), the Excel host Office.js's (pattern, tints).
 */
export function withoutExact(record: RecordEntry[]): RecordEntry[] {
  return record.map((e) => {
    if (e.kind !== 'warna') return e;
    const rest = { ...e };
    delete rest.exact;
    delete rest.office;
    return rest;
  });
}

export const root = path.join(__dirname, '..', '..');
export const SAMPLES = ['ambulu-2024', 'gumukmas-2025', 'semboro-2025'] as const;

export function samplePath(name: string): string {
  return path.join(root, 'assets', `${name}.xlsx`);
}

export async function loadSample(name: string): Promise<{ wb: ExcelJS.Workbook; read: XlsxRead }> {
  const wb = await loadWorkbook(await readFileBytes(samplePath(name)), name);
  return { wb, read: toGrid(wb, { styles: true }) };
}

/** An in-memory Excel holding `read`, installed as the globals the host uses. */
export function inMemory(read: XlsxRead, opts: InMemoryOptions = {}): InMemoryWorkbook {
  const mem = InMemoryWorkbook.fromGrid(read.grid, read.styles, opts);
  installExcel(globalThis, mem);
  return mem;
}

export interface CellDiff {
  at: string;
  xlsx: unknown;
  excel: unknown;
}

/**
 * Every difference between two workbooks, sheet by sheet and cell by cell: the sheet list,
 * each cell's value (with its number format, error, date flag) and fill colour.
 */
/** A workbook read by either host: its grid, and its colours by `Sheet!A1`. */
type ReadBack = Pick<ExportedWorkbook, 'grid'> & { styles: StyleLookup };

export function diffWorkbooks(a: ReadBack, b: ReadBack): CellDiff[] {
  const out: CellDiff[] = [];
  const names = (w: ReadBack) =>
    w.grid.sheets.map((s) => `${s.name}${s.hidden ? ' (hidden)' : ''}`);
  if (JSON.stringify(names(a)) !== JSON.stringify(names(b)))
    out.push({ at: 'sheets', xlsx: names(a), excel: names(b) });
  const norm = (c: unknown) => (c === undefined ? null : JSON.parse(JSON.stringify(c)));
  for (const sa of a.grid.sheets) {
    const sb = b.grid.sheets.find((s) => s.name === sa.name);
    if (!sb) continue;
    const rows = Math.max(sa.rows.length, sb.rows.length);
    for (let r = 0; r < rows; r++) {
      const cols = Math.max(sa.rows[r]?.length ?? 0, sb.rows[r]?.length ?? 0);
      for (let c = 0; c < cols; c++) {
        const at = `${sa.name}!${a1(r, c)}`;
        // The record's detail column holds each host's exact colours: the xlsx host sees theme
        // and indexed colours in the file, Office.js only resolved RGB. Everything else is equal.
        if (c === 5 && isRecordSheet(new Sheet(sa))) continue;
        const va = norm(sa.rows[r]?.[c]);
        const vb = norm(sb.rows[r]?.[c]);
        if (JSON.stringify(va) !== JSON.stringify(vb)) out.push({ at, xlsx: va, excel: vb });
        const fa = a.styles.get(at)?.fill ?? null;
        const fb = b.styles.get(at)?.fill ?? null;
        if (fa !== fb) out.push({ at: `${at} (fill)`, xlsx: fa, excel: fb });
      }
    }
    const merges = (s: typeof sa) =>
      s.merges.map((m) => `${m.top},${m.left},${m.bottom},${m.right}`).sort();
    if (JSON.stringify(merges(sa)) !== JSON.stringify(merges(sb)))
      out.push({ at: `${sa.name} (merges)`, xlsx: merges(sa), excel: merges(sb) });
  }
  return out;
}

/** Grids with merges in a stable order (Excel and exceljs list them differently). */
export function sortedMerges(read: { grid: XlsxRead['grid'] }): unknown {
  return JSON.parse(
    JSON.stringify(
      read.grid.sheets.map((s) => ({
        ...s,
        merges: [...s.merges].sort((x, y) => x.top - y.top || x.left - y.left),
      })),
    ),
  );
}

/** The `ExcelHostError` a host action rejects with (the test fails when it resolves). */
export async function hostError(p: Promise<unknown>): Promise<ExcelHostError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ExcelHostError);
    return e as ExcelHostError;
  }
  throw new Error('expected an ExcelHostError');
}
