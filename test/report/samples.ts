/**
 * The three sample workbooks, read and analysed once per test file, with their report; and the
 * hand-recomputed expectations of test/fixtures.
 */
import path from 'path';
import {
  buildReport,
  type Block,
  type Report,
  type ReportRow,
  type ReportTable,
} from '../../src/engine/report';
import { loadWorkbook, readFileBytes, toGrid, type XlsxRead } from '../../src/hosts/xlsx';
import { analyze, type Analysis } from '../../src/workbook/analyze';
import { expected as ambulu } from '../fixtures/ambulu-2024.expected';
import { expected as gumukmas } from '../fixtures/gumukmas-2025.expected';
import { expected as semboro, type SampleExpectation } from '../fixtures/semboro-2025.expected';

export const root = path.join(__dirname, '..', '..');

export const SAMPLES: [string, SampleExpectation][] = [
  ['semboro-2025', semboro],
  ['gumukmas-2025', gumukmas],
  ['ambulu-2024', ambulu as unknown as SampleExpectation],
];

export interface Loaded {
  read: XlsxRead;
  analysis: Analysis;
  report: Report;
}

const cache = new Map<string, Promise<Loaded>>();

export function load(name: string): Promise<Loaded> {
  let p = cache.get(name);
  if (!p) {
    p = (async () => {
      const file = path.join(root, 'assets', `${name}.xlsx`);
      const wb = await loadWorkbook(await readFileBytes(file), name);
      const read = toGrid(wb, { styles: true });
      const analysis = analyze(read.grid);
      const report = buildReport(analysis.results, analysis.settings, analysis.findings);
      return { read, analysis, report };
    })();
    cache.set(name, p);
  }
  return p;
}

/** Index of a column by its header (throws when absent, so a test names what is missing). */
export function colOf(t: ReportTable, header: string | RegExp): number {
  const i = t.columns.findIndex((c) =>
    typeof header === 'string' ? c.header === header : header.test(c.header),
  );
  if (i < 0) throw new Error(`${t.title}: no column ${header}`);
  return i;
}

export const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();

/** The row whose `col` text is the given name (case, punctuation and spacing ignored). */
export function rowOf(t: ReportTable, col: number, name: string | RegExp): ReportRow | undefined {
  return t.rows.find((r) =>
    typeof name === 'string'
      ? norm(r.cells[col].text) === norm(name)
      : name.test(r.cells[col].text),
  );
}

/** `111,27%` from a hand-recomputed 2-dp figure. */
export const pctText = (x: number): string => `${x.toFixed(2).replace('.', ',')}%`;
/** `3.964.236.937` from a whole rupiah figure. */
export const rpText = (x: number): string => String(x).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** WCAG contrast ratio, written out here so the check does not lean on the engine's own. */
export function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const h = hex.replace('#', '');
    const ch = (i: number) => {
      const s = parseInt(h.slice(i, i + 2), 16) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * ch(0) + 0.7152 * ch(2) + 0.0722 * ch(4);
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** Every sentence of the report, tables' titles and notes included. */
export function reportText(r: Report): string[] {
  return r.blocks.flatMap((b: Block) =>
    b.kind === 'list'
      ? b.items.map((i) => `${i.label} ${i.text}`)
      : b.kind === 'table'
        ? [b.table.title, ...b.table.notes]
        : [b.text],
  );
}
