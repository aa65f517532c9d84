/**
 * The browser page's grid shows a cell as Excel with an Indonesian locale (Windows "Indonesian
 * (Indonesia)": decimal comma, thousands dot) shows it in a column wide enough: a table of number
 * formats and the strings Excel shows for them, and rules that hold for every value.
 */
import fc from 'fast-check';
import type { ModelCell } from '../../src/hosts/preview';
import { displayValue, formatCellValue } from '../../src/taskpane/preview/view';

describe('formatCellValue: the strings Excel shows', () => {
  test.each<[string | undefined, number | string | boolean, string]>([
    // The generated LKjIP sheets' percentages: a literal percent sign, the value as it is. A605:
    // 4 Dok of 4 Dok → 100 %; A612: 84,27 / 82 × 100 = 102,768… → 102,77.
    ['0.00"%"', 100, '100,00%'],
    ['0.00"%"', 102.77, '102,77%'],
    ['0"%"', 88, '88%'],
    // An escaped percent sign is literal too.
    ['0.0\\%', 98.5, '98,5%'],
    // Excel's percent (unquoted `%`) multiplies by 100: the samples' typed 98 % target is 0,98.
    ['0%', 0.98, '98%'],
    ['0%', 1, '100%'],
    ['0.00%', 0.9793, '97,93%'],
    // Literal units (A518: "4 Dok").
    ['0 "Dok"', 4, '4 Dok'],
    ['0" Dok"', 4, '4 Dok'],
    // Thousands separators only where the format has them: a year is "2025".
    ['0', 2025, '2025'],
    ['#,##0', 3964236937, '3.964.236.937'],
    ['#,##0', 222303109, '222.303.109'],
    ['#,##0', -1234, '-1.234'],
    ['#,##0.00', 1234.5, '1.234,50'],
    ['#,##0.00', 2941063617, '2.941.063.617,00'],
    ['0.00', 90.21, '90,21'],
    ['0.00', 102, '102,00'],
    ['"Rp "#,##0', 1500, 'Rp 1.500'],
    // General: as many decimals as the value has (up to 11 characters), no separators.
    ['General', 97.92, '97,92'],
    ['General', 2025, '2025'],
    ['General', 0.1 + 0.2, '0,3'],
    ['General', 1 / 3, '0,333333333'],
    ['General', -5.5, '-5,5'],
    ['General', 99999999999, '99999999999'],
    ['General', 100000000000, '1E+11'],
    [undefined, 97.92, '97,92'],
    [undefined, 2025, '2025'],
    // Dates: 46023 is 1 January 2026 (45658 = 1 January 2025, + 365).
    ['dd/mm/yyyy', 46023, '01/01/2026'],
    ['d mmmm yyyy', 45839, '1 Juli 2025'],
    // The built-in short date (numFmtId 14, named `mm-dd-yy` by exceljs) in Indonesian order.
    ['mm-dd-yy', 46023, '01/01/2026'],
    // Text passes through.
    ['@', 'teks', 'teks'],
    ['0.00', 'Tercapai', 'Tercapai'],
    [undefined, 'B (82)', 'B (82)'],
    ['General', true, 'TRUE'],
    // A format Excel would refuse (an unclosed quote) shows the value as General.
    ['0.00"', 5.5, '5,5'],
  ])('%s of %p shows %p', (fmt, value, shown) => {
    expect(formatCellValue(value, fmt)).toBe(shown);
  });
});

/** `x` with `decimals` places, id-ID, no thousands separator: 1234.5 → "1234,50". */
function plain(x: number, decimals: number): string {
  return x.toFixed(decimals).replace('.', ',');
}

describe('formatCellValue: rules for every value', () => {
  // Values with at most 2 decimals, as the LKjIP sheets store them (half-up rounded).
  const hundredths = fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100);

  test('a quoted % never multiplies: `0.00"%"` shows the value with 2 decimals', () => {
    fc.assert(
      fc.property(hundredths, (x) => {
        expect(formatCellValue(x, '0.00"%"')).toBe(`${plain(x, 2)}%`);
      }),
    );
  });

  test('an unquoted % multiplies by 100', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (n) => {
        expect(formatCellValue(n / 10000, '0.00%')).toBe(`${plain(n / 100, 2)}%`);
      }),
    );
  });

  test('`0` shows an integer without separators; `#,##0` groups it by threes with dots', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
        expect(formatCellValue(n, '0')).toBe(String(n));
        const grouped = formatCellValue(n, '#,##0');
        expect(grouped).toMatch(/^\d{1,3}(\.\d{3})*$/);
        expect(grouped.replace(/\./g, '')).toBe(String(n));
      }),
    );
  });
});

describe('displayValue', () => {
  const cell = (c: Partial<ModelCell>): ModelCell => ({ v: null, ...c });

  test('empty and error cells', () => {
    expect(displayValue(undefined)).toBe('');
    expect(displayValue(cell({ v: null }))).toBe('');
    expect(displayValue(cell({ v: null, err: '#DIV/0!' }))).toBe('#DIV/0!');
  });

  test('a cell shows its value in its own format', () => {
    expect(displayValue(cell({ v: 100, fmt: '0.00"%"' }))).toBe('100,00%');
    expect(displayValue(cell({ v: 2025 }))).toBe('2025');
    expect(displayValue(cell({ v: 'Sangat Tinggi', fmt: '0.00' }))).toBe('Sangat Tinggi');
  });
});
