/**
 * DOMAIN.md §1: results are rounded half-up on the decimal reading (not binary `toFixed`) and
 * written the id-ID way. Every expected value below was recomputed by hand from the reports.
 */
import {
  decimalsOf,
  formatId,
  formatPercent,
  formatRupiah,
  roundHalfUp,
  truncateTo,
} from '../../src/engine/decimal';

describe('roundHalfUp (§1: half-up, decimal arithmetic)', () => {
  test.each([
    // [value, decimals, expected, why]
    [101.985, 2, 101.99, 'the double 101.985 is 101.98499…; a planner reads 101,985 → 101,99'],
    [1.005, 2, 1.01, 'binary toFixed gives 1.00'],
    [2.675, 2, 2.68, 'binary toFixed gives 2.67'],
    [102.768, 2, 102.77, 'A612 SAKIP 84,27/82 = 102,768…'],
    [89.995, 2, 90, '§3: 89,995 prints as 90,00'],
    [99.996, 2, 100, '§3: 99,996 prints as 100,00'],
    [99.994, 2, 99.99, 'below the half stays down'],
    [0.5, 0, 1, 'a tie goes up'],
    [102.5, 0, 103, 'a tie goes up at 0 decimals'],
    [98.5, 0, 99, 'S978: 546.800.000/555.120.000 = 98,50 → 99%'],
    [97.93, 2, 97.93, 'already at precision: unchanged'],
    [999.995, 2, 1000, 'carry through every digit'],
  ])('roundHalfUp(%p, %p) = %p (%s)', (x, d, expected) => {
    expect(roundHalfUp(x, d)).toBe(expected);
  });

  test('A612: 84,27 / 82 × 100 rounds to 102,77 at 2 dp and 103 at 0 dp (printed 102 is truncated)', () => {
    // 84,27 / 82 = 1,027682926… → 102,768…
    const c = (84.27 / 82) * 100;
    expect(roundHalfUp(c, 2)).toBe(102.77);
    expect(roundHalfUp(c, 0)).toBe(103);
  });

  test('A609: 83,63 / 82 × 100 = 101,987… rounds to 101,99 and to 102', () => {
    const c = (83.63 / 82) * 100;
    expect(roundHalfUp(c, 2)).toBe(101.99);
    expect(roundHalfUp(c, 0)).toBe(102);
  });

  test('S979: 543.600.000 / 545.040.000 = 99,7358… rounds to 100 at 0 dp (the report printed 99)', () => {
    expect(roundHalfUp((543600000 / 545040000) * 100, 0)).toBe(100);
  });

  test.each([
    [-1.005, 2, -1.01],
    [-101.985, 2, -101.99],
    [-102.768, 2, -102.77],
    [-0.5, 0, -1],
    [-12.344, 2, -12.34],
  ])(
    'negative values round half away from zero (Python ROUND_HALF_UP, as the audits): %p → %p',
    (x, d, e) => {
      expect(roundHalfUp(x, d)).toBe(e);
    },
  );

  test('default is 2 decimals', () => {
    expect(roundHalfUp(101.985)).toBe(101.99);
  });

  test('non-finite values pass through', () => {
    expect(roundHalfUp(Infinity, 2)).toBe(Infinity);
    expect(Number.isNaN(roundHalfUp(NaN, 2))).toBe(true);
  });

  test('tiny numbers written with an exponent are rounded on their decimal reading', () => {
    // 1.25e-7 = 0,000000125 → 0,00000013 at 8 dp
    expect(roundHalfUp(1.25e-7, 8)).toBe(1.3e-7);
    expect(roundHalfUp(1.25e-7, 2)).toBe(0);
  });
});

describe('truncateTo (what a planner did when a figure looks "dipotong")', () => {
  test('A612: 102,768 truncated to 0 dp is 102', () => {
    expect(truncateTo((84.27 / 82) * 100, 0)).toBe(102);
  });
  test('S799: 80 / 81 = 98,765… truncated is 98 (printed 98%)', () => {
    expect(truncateTo((80 / 81) * 100, 0)).toBe(98);
  });
  test('truncates toward zero, keeping decimals asked for', () => {
    expect(truncateTo(102.768, 2)).toBe(102.76);
    expect(truncateTo(-46.4669, 2)).toBe(-46.46);
  });
});

describe('decimalsOf (§1 precision of a General numeric cell: stored decimals, at most 4)', () => {
  test.each([
    [84.27, 2],
    [100, 0],
    [97.9, 1],
    [2.61, 2],
    [0.123456, 4],
    [95.52946887618879, 4],
  ])('decimalsOf(%p) = %p', (x, d) => {
    expect(decimalsOf(x)).toBe(d);
  });
});

describe('formatId (id-ID: comma decimal, dot thousands)', () => {
  test('102,77 for A612 84,27/82', () => {
    expect(formatId((84.27 / 82) * 100)).toBe('102,77');
  });
  test('1.234.567,89', () => {
    expect(formatId(1234567.89)).toBe('1.234.567,89');
  });
  test('S776 JUMLAH anggaran without decimals: 3.964.236.937', () => {
    expect(formatId(3964236937, 0)).toBe('3.964.236.937');
  });
  test('fixed decimals are padded: 100,2 → 100,20 (S926)', () => {
    expect(formatId(100.2, 2)).toBe('100,20');
  });
  test('trim drops trailing zeros only', () => {
    expect(formatId(100, 2, { trim: true })).toBe('100');
    expect(formatId(100.2, 2, { trim: true })).toBe('100,2');
  });
  test('rounding half-up before formatting: 101,985 → 101,99; 999,995 → 1.000,00', () => {
    expect(formatId(101.985)).toBe('101,99');
    expect(formatId(999.995)).toBe('1.000,00');
  });
  test('negative: S473 (46.466.100) is -46.466.100', () => {
    expect(formatId(-46466100, 0)).toBe('-46.466.100');
  });
  test('non-finite → "-"', () => {
    expect(formatId(NaN)).toBe('-');
  });
});

describe('formatPercent and formatRupiah', () => {
  test('formatPercent: 102,77% (A612 recomputed), null → "-"', () => {
    expect(formatPercent((84.27 / 82) * 100)).toBe('102,77%');
    expect(formatPercent(null)).toBe('-');
  });
  test('formatPercent with 0 decimals: S978 98,50 → 99%', () => {
    expect(formatPercent((546800000 / 555120000) * 100, 0)).toBe('99%');
  });
  test('formatRupiah: Rp 3.964.236.937 (S776), Rp 10.080.000 (S981)', () => {
    expect(formatRupiah(3964236937)).toBe('Rp 3.964.236.937');
    expect(formatRupiah(10080000)).toBe('Rp 10.080.000');
  });
  test('formatRupiah keeps sen when there are any', () => {
    expect(formatRupiah(790800.5)).toBe('Rp 790.800,50');
  });
  test('formatRupiah of a negative amount keeps the sign; null → "-"', () => {
    expect(formatRupiah(-12000000)).toBe('-Rp 12.000.000');
    expect(formatRupiah(null)).toBe('-');
  });
});
