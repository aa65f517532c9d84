/**
 * Issue 15: the reader answers the questions it asks of every body row (empty? how many texts?
 * the first one?) from the cells, without building the row's texts. These properties check the
 * shortcuts against the texts themselves, over generated rows, before and after the texts of a
 * row are built (and cached).
 */
import fc from 'fast-check';
import type { RawCell } from '../../src/engine/values';
import { a1, cellText, isBlank, parseA1, Sheet } from '../../src/workbook/grid';
import { isNumberedRow } from '../../src/workbook/table';

/** Cells as hosts hand them: text with odd whitespace, numbers, booleans, errors, nothing. */
const cell: fc.Arbitrary<RawCell | undefined> = fc
  .oneof(
    fc.constant(undefined),
    fc.constant({ v: null }),
    fc.constantFrom(' ', '\u00a0', '\t\n', '', '  Program  A ', 'Target', '1', '(2)', '3 = 2/1'),
    fc.string({ maxLength: 6 }),
    fc.double({ noNaN: true }).map((v): RawCell => ({ v })),
    fc.integer({ min: 1, max: 12 }).map((v): RawCell => ({ v })),
    fc.boolean().map((v): RawCell => ({ v })),
    fc.constantFrom('#DIV/0!', '#N/A').map((err): RawCell => ({ v: null, err })),
  )
  .map((c) => (typeof c === 'string' ? { v: c } : c));

/** A row with holes (cells a host never wrote), as a sparse array. */
const row = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 8 }), cell), { maxLength: 8 })
  .map((entries) => {
    const out: (RawCell | undefined)[] = [];
    for (const [c, x] of entries) out[c] = x;
    return out;
  });

describe('row questions answered from the cells', () => {
  test('property: isBlank is cellText(cell) === ""', () => {
    fc.assert(fc.property(cell, (x) => expect(isBlank(x)).toBe(cellText(x) === '')));
  });

  test('property: textCount, isEmptyRow and firstText agree with rowTexts, cached or not', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 4 }), (rows) => {
        const lazy = new Sheet({ name: 'S', rows, merges: [] });
        const built = new Sheet({ name: 'S', rows, merges: [] });
        for (let r = 0; r < rows.length + 1; r++) {
          const texts = built.rowTexts(r);
          for (const sheet of [lazy, built]) {
            expect(sheet.textCount(r)).toBe(texts.length);
            expect(sheet.textCount(r, 2)).toBe(Math.min(texts.length, 2));
            expect(sheet.isEmptyRow(r)).toBe(texts.length === 0);
            expect(sheet.firstText(r)).toEqual(texts[0]);
          }
        }
      }),
    );
  });

  test('property: a numbered-column row is one whose every text is a number from 1 up', () => {
    const numbered = fc
      .array(fc.constantFrom('1', '2', '3', '4', '(1)', '(2)', '(3)', '5 = 4/3*100', 'No'), {
        maxLength: 6,
      })
      .map((ts) => ts.map((v): RawCell => ({ v })));
    fc.assert(
      fc.property(numbered, (cells) => {
        const sheet = new Sheet({ name: 'S', rows: [cells], merges: [] });
        const nums = cells.map((c) => Number(/^\(?(\d{1,2})/.exec(String(c.v))?.[1] ?? NaN));
        const sequential = nums.filter((n, i) => n === (i === 0 ? 1 : nums[i - 1] + 1)).length;
        const set = new Set(nums);
        const permutation =
          set.size === nums.length && [...set].every((n) => n >= 1 && n <= set.size);
        const want =
          nums.length >= 3 &&
          nums.every((n) => !Number.isNaN(n)) &&
          (sequential >= 3 || permutation);
        expect(isNumberedRow(sheet, 0)).toBe(want);
      }),
    );
  });
});

describe('cell references read without a regular expression', () => {
  /** parseA1 as it was: one regular expression for every form. */
  function byRegex(ref: string): { r: number; c: number } | null {
    const m = ref
      .trim()
      .toUpperCase()
      .match(/^\$?([A-Z]{1,3})\$?(\d+)$/);
    if (!m) return null;
    let c = 0;
    for (const ch of m[1]) c = c * 26 + (ch.charCodeAt(0) - 64);
    return { r: Number(m[2]) - 1, c: c - 1 };
  }

  test('property: the same cell as the regular expression, for written and generated forms', () => {
    const written = fc.oneof(
      fc
        .tuple(fc.integer({ min: 0, max: 1048575 }), fc.integer({ min: 0, max: 16383 }))
        .map(([r, c]) => a1(r, c)),
      fc.stringMatching(/^ ?\$?[A-Za-z]{0,4}\$?[0-9]{0,18} ?$/),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(fc.property(written, (ref) => expect(parseA1(ref)).toEqual(byRegex(ref))));
  });
});
