/**
 * A typed figure is wrong only when the computed value, rounded half-up to the typed figure's
 * precision, differs from it (DOMAIN.md §1 precision, §6/§7). The verdict says how it looks:
 * dipotong, dibatasi, tanda desimal hilang.
 */
import { checkTyped, typedMessage } from '../../src/engine/typed';
import { parseCell, parseText } from '../../src/engine/values';

/** checkTyped on a figure as the planner wrote it. */
function verdict(written: string, computed: number) {
  const v = parseText(written);
  if (v.num === null) throw new Error(`not a number: ${written}`);
  return checkTyped(v.num, v.precision, computed);
}

describe('correct figures are never flagged', () => {
  test.each([
    ['A609 IKM 83,63/82 = 101,99', '102%', (83.63 / 82) * 100],
    ['A609 capaian vs akhir 83,63/85 = 98,39', '98%', (83.63 / 85) * 100],
    ['A613 100/80 = 125', '125%', 125],
    ['S797 IKM 85,96/85 = 101,13', '101 %', (85.96 / 85) * 100],
    ['S926 SAKIP 81,13/81 = 100,16', '100,2%', (81.13 / 81) * 100],
    ['S548 capaian vs akhir 81,13/85 = 95,45', '95%', (81.13 / 85) * 100],
    ['S796 capaian vs akhir 2,61/4,67 = 55,89', '55,89%', (2.61 / 4.67) * 100],
    ['G603 81,22/85 = 95,55', '95,55 %', (81.22 / 85) * 100],
    ['G603 capaian vs akhir 81,22/88 = 92,30', '92,30', (81.22 / 88) * 100],
    ['G955 81,22/81 = 100,27', '100,27%', (81.22 / 81) * 100],
    ['G1162 (100 + 100,27)/2 = 100,1358', '100,14 %', (100 + (81.22 / 81) * 100) / 2],
    ['G1163 3.310.466.251/4.041.616.548 = 81,91', '81,91 %', (3310466251 / 4041616548) * 100],
    ['G1210 12.620.000/12.840.500 = 98,28 (dot decimal)', '98.28%', (12620000 / 12840500) * 100],
    ['A899 1.471.386.640/1.551.007.176 = 94,87', '94,87%', (1471386640 / 1551007176) * 100],
    ['S978 546.800.000/555.120.000 = 98,50', '99%', (546800000 / 555120000) * 100],
  ])('%s: %p is right', (_w, written, computed) => {
    expect(verdict(written, computed)).toEqual({ ok: true });
  });
});

describe('dipotong: the truncated value equals the typed one', () => {
  test('A612 SAKIP: 102% for 84,27/82 = 102,768', () => {
    const c = (84.27 / 82) * 100;
    const v = verdict('102%', c);
    expect(v).toEqual({ ok: false, how: 'dipotong', expected: c });
  });
  test('S799 SAKIP: 98% for 80/81 = 98,77', () => {
    expect(verdict('98%', (80 / 81) * 100)).toMatchObject({ ok: false, how: 'dipotong' });
  });
  test('S797 IKM vs akhir: 98% for 85,96/87 = 98,80', () => {
    expect(verdict('98%', (85.96 / 87) * 100)).toMatchObject({ ok: false, how: 'dipotong' });
  });
  test('S979 serapan: 99% for 543.600.000/545.040.000 = 99,74', () => {
    expect(verdict('99%', (543600000 / 545040000) * 100)).toMatchObject({
      ok: false,
      how: 'dipotong',
    });
  });
});

describe('dibatasi: 100 or 120 while the computed value is above it', () => {
  test('S548 SAKIP: 100 % for 81,13/77 = 105,36', () => {
    const c = (81.13 / 77) * 100;
    expect(verdict('100 %', c)).toEqual({ ok: false, how: 'dibatasi', expected: c });
  });
  test('A1188: 100 for the program indicator 100/80 = 125', () => {
    expect(verdict('100', 125)).toMatchObject({ ok: false, how: 'dibatasi' });
  });
  test('120 for 125 (A613 under a 120 cap typed into the indicator column)', () => {
    expect(verdict('120%', 125)).toMatchObject({ ok: false, how: 'dibatasi' });
  });
  test('S551 IKM: 100 for 97,92/88 = 111,27', () => {
    expect(verdict('100%', (97.92 / 88) * 100)).toMatchObject({ ok: false, how: 'dibatasi' });
  });
});

describe('tanda desimal hilang: the value times a power of ten', () => {
  test('G933: 9553% for 60.610.200/63.446.600 = 95,53', () => {
    const c = (60610200 / 63446600) * 100;
    expect(verdict('9553%', c)).toEqual({ ok: false, how: 'desimal', expected: c });
  });
  test('7790% for G1181 77,90', () => {
    expect(verdict('7790%', (2568847251 / 3297504548) * 100)).toMatchObject({
      ok: false,
      how: 'desimal',
    });
  });
});

describe('other wrong figures', () => {
  test('S596: 88,40% for 13/15 = 86,67', () => {
    expect(verdict('88,40%', (13 / 15) * 100)).toMatchObject({ ok: false, how: 'lain' });
  });
  test('G1209: 87,72% for 21.838.500/22.740.870 = 96,03', () => {
    expect(verdict('87,72%', (21838500 / 22740870) * 100)).toMatchObject({
      ok: false,
      how: 'lain',
    });
  });
  test('S796: 56% for 2,61/4,3 = 60,70', () => {
    expect(verdict('56%', (2.61 / 4.3) * 100)).toMatchObject({ ok: false, how: 'lain' });
  });
  test('S921: 13,90% efficiency for 100 − 98,15 = 1,85', () => {
    expect(verdict('13,90%', 100 - (655864000 / 668228800) * 100)).toMatchObject({
      ok: false,
      how: 'lain',
    });
  });
});

describe('typedMessage', () => {
  test('A612: says what was written, the computed 102,77 and "dipotong"', () => {
    const c = (84.27 / 82) * 100;
    const typed = parseText('102%');
    const v = checkTyped(102, 0, c);
    if (v.ok) throw new Error('expected a wrong figure');
    const msg = typedMessage('Capaian', typed, v);
    expect(msg).toContain('102%');
    expect(msg).toContain('102,77');
    expect(msg).toMatch(/dipotong/);
  });
  test('G933: "tanda desimal hilang" and 95,53', () => {
    const typed = parseText('9553%');
    const v = checkTyped(9553, 0, (60610200 / 63446600) * 100);
    if (v.ok) throw new Error('expected a wrong figure');
    const msg = typedMessage('Serapan anggaran', typed, v);
    expect(msg).toContain('95,53');
    expect(msg).toMatch(/tanda desimal hilang/);
  });
  test('S548: "dibatasi" and 105,36', () => {
    const typed = parseText('100 %');
    const v = checkTyped(100, 0, (81.13 / 77) * 100);
    if (v.ok) throw new Error('expected a wrong figure');
    const msg = typedMessage('Capaian', typed, v);
    expect(msg).toContain('105,36');
    expect(msg).toMatch(/dibatasi/);
  });
  test('a typed figure with more decimals is shown with them', () => {
    const typed = parseText('88,40%');
    const v = checkTyped(88.4, 2, (13 / 15) * 100);
    if (v.ok) throw new Error('expected a wrong figure');
    expect(typedMessage('Capaian', typed, v)).toContain('86,67');
  });
});

describe('a hint only when the numbers show it (issue 14)', () => {
  test('0 for 0,6 is cut, never a lost decimal mark', () => {
    expect(verdict('0', 0.6)).toMatchObject({ how: 'dipotong' });
    expect(verdict('0,00', 0.6)).toMatchObject({ how: 'lain' });
  });
  test('955,3% for 95,53 is no lost mark: a whole number is what a lost mark leaves', () => {
    expect(verdict('955,3%', (60610200 / 63446600) * 100)).toMatchObject({ how: 'lain' });
  });
  test('9554% for 95,53 (G933 with one digit off) gets no hint', () => {
    expect(verdict('9554%', (60610200 / 63446600) * 100)).toMatchObject({ how: 'lain' });
  });
  test('102 for 0,1028: no lost mark the message could show (its 2 decimals read 0,10)', () => {
    expect(verdict('102%', 0.1028)).toMatchObject({ how: 'lain' });
  });
  test('21,74 for 2.173,91 is no fraction (a fraction is at most 2)', () => {
    expect(verdict('21,74%', 2173.913)).toMatchObject({ how: 'lain' });
  });
  test('0,9553 for 95,53 is a percentage written as a fraction', () => {
    expect(verdict('0,9553', (60610200 / 63446600) * 100)).toMatchObject({ how: 'pecahan' });
  });
});

describe('typedMessage: one style for every figure (issue 14)', () => {
  const c = (84.27 / 82) * 100; // A612 102,768
  test('a numeric cell holding 95.24 is echoed 95,24%, the computed 102,77% without a space', () => {
    const typed = parseCell({ v: 95.24 });
    const v = checkTyped(95.24, 2, c);
    if (v.ok) throw new Error('expected a wrong figure');
    expect(typedMessage('Capaian', typed, v)).toBe(
      'Capaian tertulis 95,24%, hasil hitung 102,77%. Perbaiki nilainya atau kosongkan sel agar diisi otomatis.',
    );
  });
  test('the planner\'s text "77.9 %" is echoed 77,9%', () => {
    const typed = parseText('77.9 %');
    const v = checkTyped(77.9, 1, c);
    if (v.ok) throw new Error('expected a wrong figure');
    expect(typedMessage('Serapan', typed, v)).toMatch(
      /^Serapan tertulis 77,9%, hasil hitung 102,77%\./,
    );
  });
  test('G933 9553% is echoed with its thousands dot, 9.553%', () => {
    const typed = parseText('9553%');
    const v = checkTyped(9553, 0, (60610200 / 63446600) * 100);
    if (v.ok) throw new Error('expected a wrong figure');
    expect(typedMessage('Serapan anggaran', typed, v)).toMatch(
      /tertulis 9\.553%, hasil hitung 95,53% \(tanda desimal hilang\)/,
    );
  });
});
