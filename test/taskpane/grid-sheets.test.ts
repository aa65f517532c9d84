/**
 * The browser page's grid over the generated sheets: each sample through Hitung & Warnai and Buat
 * Laporan on the in-memory Excel (as the page's worker runs them), then every number of every
 * `LKjIP …` sheet as the grid shows it, against what Excel with an Indonesian locale shows for
 * that value and number format — worked out here with big.js for the formats the report writes
 * (`0`, `0.00`, `#,##0`, `#,##0.00`, each with an optional quoted suffix such as `"%"` or
 * `" Dok"`, and General), independently of numfmt. A format outside those fails the test, so a
 * new one is checked by hand before it is added here.
 */
import path from 'path';
import Big from 'big.js';
import { InMemoryWorkbook, installExcel } from '../../src/hosts/preview';
import { loadWorkbook, readFileBytes, toGrid } from '../../src/hosts/xlsx';
import { displayValue } from '../../src/taskpane/preview/view';
import { a1 } from '../../src/workbook/grid';
import { MemoryStorage } from '../helpers/storage';

const root = path.join(__dirname, '..', '..');
const SAMPLES = ['semboro-2025', 'gumukmas-2025', 'ambulu-2024'];

/** `0`, `#,##0`, with decimals, with a quoted suffix: `0.00"%"`, `0" Dok"`, `#,##0`. */
const SIMPLE = /^(#,##0|0)(?:\.(0+))?(?:"([^"]*)")?$/;

/**
 * What Excel (Indonesian locale) shows for `v` in `fmt`: rounded half away from zero to the
 * format's decimals, a comma before them, dots between thousands only for `#,##0`, the quoted
 * suffix as written. General: the number as it is, comma decimal, no separators.
 */
function excelShows(v: number, fmt: string | undefined): string {
  if (fmt === undefined || fmt === 'General') {
    const s = String(v).replace('.', ',');
    if (s.length > 11 || /e/i.test(s)) throw new Error(`General ${v}: not checked by hand`);
    return s;
  }
  const m = SIMPLE.exec(fmt);
  if (!m) throw new Error(`format ${fmt}: not checked by hand`);
  const decimals = m[2]?.length ?? 0;
  const fixed = new Big(String(v)).round(decimals, Big.roundHalfUp).toFixed(decimals);
  const sign = fixed.startsWith('-') ? '-' : '';
  const [int, frac] = fixed.replace('-', '').split('.');
  const grouped = m[1] === '#,##0' ? int.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : int;
  return `${sign}${grouped}${frac ? `,${frac}` : ''}${m[3] ?? ''}`;
}

/** The sample's in-memory workbook after Hitung & Warnai and Buat Laporan. */
async function generated(sample: string): Promise<InMemoryWorkbook> {
  const file = path.join(root, 'assets', `${sample}.xlsx`);
  const { grid, styles } = toGrid(await loadWorkbook(await readFileBytes(file), sample), {
    styles: true,
  });
  const wb = InMemoryWorkbook.fromGrid(grid, styles);
  const uninstall = installExcel(globalThis, wb);
  try {
    const { runAction } = await import('../../src/taskpane/host');
    await runAction('hitung');
    await runAction('buatLaporan');
  } finally {
    uninstall();
  }
  return wb;
}

beforeAll(() => {
  (globalThis as Record<string, unknown>).localStorage = new MemoryStorage();
});

afterAll(() => {
  delete (globalThis as Record<string, unknown>).localStorage;
});

test.each(SAMPLES)('%s: every number of the LKjIP sheets shows as Excel shows it', async (s) => {
  const wb = await generated(s);
  const wrong: string[] = [];
  const seen = { percent: 0, amount: 0, unit: 0 };
  const sheets = wb.sheets.filter((x) => x.name.startsWith('LKjIP '));
  expect(sheets.length).toBeGreaterThan(0);
  for (const sheet of sheets)
    for (const { r, c, cell } of sheet.entries()) {
      if (typeof cell.v !== 'number' || cell.err) continue;
      const shown = displayValue(cell);
      const expected = excelShows(cell.v, cell.fmt);
      if (shown !== expected)
        wrong.push(`${sheet.name}!${a1(r, c)} ${cell.v} [${cell.fmt}]: ${shown} ≠ ${expected}`);
      if (cell.fmt?.endsWith('"%"')) seen.percent++;
      else if (cell.fmt?.startsWith('#,##0')) seen.amount++;
      else if (cell.fmt && /"\s*\p{L}/u.test(cell.fmt)) seen.unit++;
    }
  expect(wrong).toEqual([]);
  // Each sample's report has percentages, rupiah amounts and figures with a unit.
  expect(seen.percent).toBeGreaterThan(0);
  expect(seen.amount).toBeGreaterThan(0);
  expect(seen.unit).toBeGreaterThan(0);
});

test('the oracle: what Excel shows for the report formats', () => {
  // Worked by hand: A612 84,27 / 82 × 100 = 102,768… → 102,77; A605 4 Dok.
  expect(excelShows(102.77, '0.00"%"')).toBe('102,77%');
  expect(excelShows(100, '0.00"%"')).toBe('100,00%');
  expect(excelShows(4, '0" Dok"')).toBe('4 Dok');
  expect(excelShows(3964236937, '#,##0')).toBe('3.964.236.937');
  expect(excelShows(1234.5, '#,##0.00')).toBe('1.234,50');
  expect(excelShows(2025, '0')).toBe('2025');
  expect(excelShows(97.92, undefined)).toBe('97,92');
  expect(() => excelShows(0.5, '0%')).toThrow();
});
