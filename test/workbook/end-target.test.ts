/**
 * The end target of an indicator written as a bare grade on TC.25 and as the same grade with its
 * score on the Realisasi sheet (S548: TC.25 "A", Realisasi "A(85)") is the score.
 */
import { parseText } from '../../src/engine/values';
import { scoredEndTarget } from '../../src/workbook/end-target';
import type { LocValue } from '../../src/workbook/rows';

const loc = (text: string, cell: string): LocValue => ({
  value: parseText(text),
  ref: { sheet: cell.startsWith('J') ? 'TC.25' : 'Realisasi 2025', cell },
});

describe('scoredEndTarget', () => {
  test('S548: TC.25 "A", Realisasi "A(85)" → the Realisasi cell, whose number is 85', () => {
    const tc = loc('A', 'J7');
    const r = loc('A(85)', 'M7');
    expect(scoredEndTarget(tc, r)).toBe(r);
    expect(scoredEndTarget(tc, r)!.value.num).toBe(85);
  });

  test('TC.25 with a number or a score of its own is used, whatever the Realisasi sheet says', () => {
    const tc = loc('86', 'J22');
    expect(scoredEndTarget(tc, loc('A(85)', 'M16'))).toBe(tc);
    const scored = loc('A (88)', 'J7');
    expect(scoredEndTarget(scored, loc('A(85)', 'M7'))).toBe(scored);
  });

  test('another grade, a bare grade or nothing on the Realisasi sheet: TC.25', () => {
    const tc = loc('A', 'J7');
    expect(scoredEndTarget(tc, loc('BB (75)', 'M7'))).toBe(tc);
    expect(scoredEndTarget(tc, loc('A', 'M7'))).toBe(tc);
    expect(scoredEndTarget(tc, null)).toBe(tc);
    expect(scoredEndTarget(null, loc('A(85)', 'M7'))).toBeNull();
  });
});
