/**
 * DOMAIN.md §1: every value form planners write, what the parser must read from it, and the
 * precision of a typed figure. Report references: S = semboro-2025, G = gumukmas-2025,
 * A = ambulu-2024, with line numbers.
 */
import {
  formatDecimals,
  hasNumber,
  parseCell,
  parseNumberText,
  parseText,
  type Value,
} from '../../src/engine/values';

/** The parts of a Value a test cares about. */
function read(v: Value) {
  return { kind: v.kind, num: v.num, grade: v.grade, unit: v.unit, precision: v.precision };
}

describe('§1 numbers as written', () => {
  test.each<[string, number, string | null, number, string]>([
    // [written, num, unit, precision, where]
    ['97,93', 97.93, null, 2, 'S331 comma decimal'],
    ['1.234.567,89', 1234567.89, null, 2, 'dot thousands, comma decimal'],
    ['84.27', 84.27, null, 2, 'A612 dot decimal'],
    ['0.00', 0, null, 2, 'S463 dot decimal with a leading 0, not thousands'],
    ['4.300', 4300, null, 0, 'a dot and exactly three digits, no comma: thousands'],
    ['100', 100, null, 0, 'S332 baseline without %'],
    ['100%', 100, '%', 0, 'S418'],
    ['100 %', 100, '%', 0, 'S548 percent with a space'],
    ['102%', 102, '%', 0, 'A612'],
    ['73.49 %', 73.49, '%', 2, '§1 precision example'],
    ['100,2%', 100.2, '%', 1, 'S926'],
    ['99.66 %', 99.66, '%', 2, 'G925 dot decimal with a spaced %'],
    ['9553%', 9553, '%', 0, 'G933 (a lost decimal comma is still a number)'],
    ['4 Dok', 4, 'Dok', 0, 'S550'],
    ['4 dokumen', 4, 'Dok', 0, 'S413: "dokumen" is "Dok"'],
    ['12 Kegiatan', 12, 'Kegiatan', 0, '§1'],
    ['26 orang', 26, 'orang', 0, '§1'],
    ['15 Orang/bulan', 15, 'Orang/bulan', 0, 'S596'],
    ['100 persen', 100, '%', 0, 'S637 "persen" as a word'],
  ])('%p → %p %p (precision %p) — %s', (text, num, unit, precision) => {
    expect(read(parseText(text))).toEqual({ kind: 'number', num, grade: null, unit, precision });
  });

  test('the raw text is kept as written', () => {
    expect(parseText('100 %').raw).toBe('100 %');
  });
});

describe('§1 money and negatives', () => {
  test.each([
    ['Rp 3.964.236.937,00', 3964236937, 2, 'S776'],
    ['Rp. 3.416.528.572,00', 3416528572, 2, 'S425'],
    ['Rp3.246.438.737,00', 3246438737, 2, 'S761 no space after Rp'],
    ['Rp. 3.416.528.572', 3416528572, 0, 'S1082 without decimals'],
    ['Rp 3.297.504.5 48', 3297504548, 0, 'G934 digits split by a page break'],
  ])('%p → %p Rp', (text, num, precision) => {
    expect(read(parseText(text))).toEqual({
      kind: 'number',
      num,
      grade: null,
      unit: 'Rp',
      precision,
    });
  });

  test('"Rp. 10.080.000,-" → 10080000 Rp (§1 money form)', () => {
    expect(read(parseText('Rp. 10.080.000,-'))).toEqual({
      kind: 'number',
      num: 10080000,
      grade: null,
      unit: 'Rp',
      precision: 0,
    });
  });

  test('(46.466.100) is negative (S473)', () => {
    expect(read(parseText('(46.466.100)'))).toEqual({
      kind: 'number',
      num: -46466100,
      grade: null,
      unit: null,
      precision: 0,
    });
  });

  test('(46.466.100,00) is negative with two decimals (S473)', () => {
    const v = parseText('(46.466.100,00)');
    expect(v.num).toBe(-46466100);
    expect(v.precision).toBe(2);
  });

  test('a bare amount with ",00" in a Rp column (S461 790.800,00)', () => {
    expect(parseText('790.800,00').num).toBe(790800);
  });
});

describe('§1 grades', () => {
  test.each(['B', 'BB', 'A', 'CC', 'A-', 'E'])('grade only: %p', (g) => {
    expect(read(parseText(g))).toEqual({
      kind: 'grade',
      num: null,
      grade: g,
      unit: null,
      precision: 0,
    });
  });

  test('a grade written in lower case is upper-cased', () => {
    expect(parseText('bb').grade).toBe('BB');
  });

  test.each([
    // [written, score, grade, precision, where]
    ['A (85)', 85, 'A', 0, 'G603 target'],
    ['B(82)', 82, 'B', 0, '§1'],
    ['BB (73,75)', 73.75, 'BB', 2, '§1'],
    ['A(81,22)', 81.22, 'A', 2, 'G955'],
    ['B(75,50)', 75.5, 'B', 2, 'G603 realisasi 2023'],
    ['A(85)', 85, 'A', 0, 'S548 target akhir'],
  ])('grade with its score: %p → number %p, grade %p kept', (text, num, grade, precision) => {
    const v = parseText(text);
    expect(v.kind).toBe('number');
    expect(v.num).toBe(num);
    expect(v.grade).toBe(grade);
    expect(v.precision).toBe(precision);
    expect(hasNumber(v)).toBe(true);
  });

  test('B (80%): the score keeps its unit', () => {
    expect(read(parseText('B (80%)'))).toEqual({
      kind: 'number',
      num: 80,
      grade: 'B',
      unit: '%',
      precision: 0,
    });
  });
});

describe('§1 number with a note', () => {
  test('97,93 (Nilai IKM) is 97,93 with the note kept (S768)', () => {
    const v = parseText('97,93 (Nilai IKM)');
    expect(read(v)).toEqual({ kind: 'number', num: 97.93, grade: null, unit: null, precision: 2 });
    expect(v.note).toBe('Nilai IKM');
  });
});

describe('§1 no value (never zero)', () => {
  test.each(['-', 'x', 'N/A', 'n/a', '', '   ', '–'])('%p is empty', (text) => {
    const v = parseText(text);
    expect(v.kind).toBe('empty');
    expect(v.num).toBeNull();
    expect(hasNumber(v)).toBe(false);
  });

  test('an empty cell and a null cell are empty, not 0', () => {
    expect(parseCell({ v: null }).kind).toBe('empty');
    expect(parseCell(null).kind).toBe('empty');
    expect(parseCell(undefined).num).toBeNull();
    expect(parseCell({ v: '' }).kind).toBe('empty');
  });

  test('the S923 "x" placeholder in an anggaran cell is empty', () => {
    expect(parseCell({ v: 'x' }).kind).toBe('empty');
  });
});

describe('§1 unreadable cells say why (never a silent 0 or NaN)', () => {
  test.each(['#DIV/0!', '#REF!', '#VALUE!', '#N/A'])('error value %p from the host', (err) => {
    const v = parseCell({ v: null, err });
    expect(v.kind).toBe('unreadable');
    expect(v.num).toBeNull();
    expect(v.reason).toContain(err);
  });

  test('an error value cached as text is unreadable too', () => {
    const v = parseText('#DIV/0!');
    expect(v.kind).toBe('unreadable');
    expect(v.reason).toContain('#DIV/0!');
  });

  test('a date in a number column is unreadable', () => {
    const v = parseCell({ v: 45707, date: true, fmt: 'dd/mm/yyyy' });
    expect(v.kind).toBe('unreadable');
    expect(v.num).toBeNull();
    expect(v.reason).toMatch(/tanggal/);
  });

  test.each([true, false])('a boolean (%p) is unreadable', (b) => {
    const v = parseCell({ v: b });
    expect(v.kind).toBe('unreadable');
    expect(v.num).toBeNull();
    expect(v.reason).toMatch(/logika/);
  });

  test('free text is unreadable with the text in its reason', () => {
    // S548 benchmark cell
    const v = parseText('Tidak tersedia data benchmark');
    expect(v.kind).toBe('unreadable');
    expect(v.num).toBeNull();
    expect(v.reason).toContain('Tidak tersedia data benchmark');
  });

  test('a non-finite numeric cell is unreadable', () => {
    expect(parseCell({ v: NaN }).kind).toBe('unreadable');
  });
});

describe('§1 numeric Excel cells', () => {
  test('0.9793 formatted 0.00% is 97,93 with unit %, precision 2', () => {
    const v = parseCell({ v: 0.9793, fmt: '0.00%' });
    expect(read(v)).toEqual({ kind: 'number', num: 97.93, grade: null, unit: '%', precision: 2 });
  });

  test('1.0277 formatted 0% shows 103%: precision 0, value kept in full (102,77)', () => {
    const v = parseCell({ v: 1.0277, fmt: '0%' });
    expect(v.num).toBe(102.77);
    expect(v.unit).toBe('%');
    expect(v.precision).toBe(0);
  });

  test('a number is a number whatever its (non-percent) format', () => {
    expect(read(parseCell({ v: 3964236937, fmt: '#,##0' }))).toEqual({
      kind: 'number',
      num: 3964236937,
      grade: null,
      unit: null,
      precision: 0,
    });
    expect(parseCell({ v: 97.9, fmt: '0.00' }).precision).toBe(2);
  });

  test('General: its stored decimals, at most 4', () => {
    expect(parseCell({ v: 84.27, fmt: 'General' }).precision).toBe(2);
    expect(parseCell({ v: 100 }).precision).toBe(0);
    // 60.610.200 / 63.446.600 × 100 stored unrounded (G933)
    expect(parseCell({ v: (60610200 / 63446600) * 100 }).precision).toBe(4);
  });

  test('a numeric text cell goes through the text parser', () => {
    expect(parseCell({ v: '97,93' }).num).toBe(97.93);
  });
});

describe('formatDecimals (decimals shown by a number format)', () => {
  test.each([
    ['General', null],
    [undefined, null],
    ['0', 0],
    ['#,##0', 0],
    ['0.00', 2],
    ['#,##0.00', 2],
    ['0.00%', 2],
    ['0%', 0],
    ['0.0', 1],
    ['#,##0.00;[Red]-#,##0.00', 2],
  ])('%p → %p', (fmt, d) => {
    expect(formatDecimals(fmt)).toBe(d);
  });
});

describe('parseNumberText', () => {
  test('returns null for text that is no number', () => {
    expect(parseNumberText('abc')).toBeNull();
    expect(parseNumberText('1.23.4')).toBeNull();
  });
  test('a leading minus', () => {
    expect(parseNumberText('-5')).toEqual({ num: -5, precision: 0 });
  });
  test('1.234.567,89 and 97,93', () => {
    expect(parseNumberText('1.234.567,89')).toEqual({ num: 1234567.89, precision: 2 });
    expect(parseNumberText('97,93')).toEqual({ num: 97.93, precision: 2 });
  });
});
