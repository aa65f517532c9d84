/**
 * DOMAIN.md §2 (capaian of one indicator) and §3 (aggregates, classification on the printed
 * value, trend). Report references: S = semboro-2025, G = gumukmas-2025, A = ambulu-2024.
 */
import {
  aggregateCapaian,
  capaianOf,
  clampForAggregate,
  indicatorCapaian,
  isMelampaui,
  isTercapai,
  mean,
  trendOf,
} from '../../src/engine/capaian';
import { parseText } from '../../src/engine/values';

const SAKIP = 'Nilai SAKIP OPD';
const IKM = 'Indeks Kepuasan Masyarakat';
const IPP = 'Indeks Pelayanan Publik Kecamatan';

describe('§2 positive polarity: R / T × 100', () => {
  test.each([
    ['A612 SAKIP 84,27 / 82', 82, 84.27, 102.7683],
    ['A609 IKM 83,63 / 82', 82, 83.63, 101.9878],
    ['S548 SAKIP 81,13 / 77', 77, 81.13, 105.3636],
    ['S551 IKM 97,92 / 88 (cell left blank in the report)', 88, 97.92, 111.2727],
    ['S796 IPP 2,61 / 4,3', 4.3, 2.61, 60.6977],
    ['S596 13 / 15 orang (printed 88,40 %)', 15, 13, 86.6667],
    ['A613 program 100 / 80', 80, 100, 125],
  ])('%s', (_w, t, r, expected) => {
    const out = capaianOf(t, r, 'positif', '2T-R');
    expect(out.capaian).toBeCloseTo(expected, 4);
    expect(out.note).toBeNull();
  });

  test('no cap on an indicator: 125 % stays 125 % (A613)', () => {
    expect(capaianOf(80, 100, 'positif', '2T-R').capaian).toBe(125);
  });

  test('target 0 → no capaian, TARGET_ZERO (S332: 2027 target 0 %)', () => {
    const out = capaianOf(0, 100, 'positif', '2T-R');
    expect(out.capaian).toBeNull();
    expect(out.note?.code).toBe('TARGET_ZERO');
  });

  test('the rumus setting does not touch positive indicators', () => {
    expect(capaianOf(82, 84.27, 'positif', 'T/R').capaian).toBeCloseTo(102.7683, 4);
  });
});

describe('§2 negative polarity, default (2T − R) / T × 100 (S535)', () => {
  test('realisasi below target: T 10, R 8 → (20 − 8)/10 = 120', () => {
    expect(capaianOf(10, 8, 'negatif', '2T-R').capaian).toBeCloseTo(120, 10);
  });
  test('realisasi above target: T 10, R 12 → 80', () => {
    expect(capaianOf(10, 12, 'negatif', '2T-R').capaian).toBeCloseTo(80, 10);
  });
  test('a negative result is kept as it is: T 10, R 25 → −50', () => {
    const out = capaianOf(10, 25, 'negatif', '2T-R');
    expect(out.capaian).toBeCloseTo(-50, 10);
    expect(out.note).toBeNull();
  });
  test('R = 0 → 200', () => {
    expect(capaianOf(10, 0, 'negatif', '2T-R').capaian).toBe(200);
  });
  test('target 0 and realisasi 0 → 100', () => {
    const out = capaianOf(0, 0, 'negatif', '2T-R');
    expect(out.capaian).toBe(100);
    expect(out.note).toBeNull();
  });
  test('target 0 and realisasi > 0 → no capaian, TARGET_ZERO', () => {
    const out = capaianOf(0, 3, 'negatif', '2T-R');
    expect(out.capaian).toBeNull();
    expect(out.note?.code).toBe('TARGET_ZERO');
  });
});

describe('§2 negative polarity, setting T / R × 100', () => {
  test('T 10, R 8 → 125', () => {
    expect(capaianOf(10, 8, 'negatif', 'T/R').capaian).toBe(125);
  });
  test('R = 0 → 100 with REALISASI_ZERO_RATIO', () => {
    const out = capaianOf(10, 0, 'negatif', 'T/R');
    expect(out.capaian).toBe(100);
    expect(out.note?.code).toBe('REALISASI_ZERO_RATIO');
  });
  test('T = 0, R = 0 → 100 with REALISASI_ZERO_RATIO', () => {
    const out = capaianOf(0, 0, 'negatif', 'T/R');
    expect(out.capaian).toBe(100);
    expect(out.note?.code).toBe('REALISASI_ZERO_RATIO');
  });
  test('T = 0, R > 0 → no capaian, TARGET_ZERO', () => {
    const out = capaianOf(0, 4, 'negatif', 'T/R');
    expect(out.capaian).toBeNull();
    expect(out.note?.code).toBe('TARGET_ZERO');
  });
});

describe('§2 indicatorCapaian from written values', () => {
  test('S551: 88 / 97,92 → 111,27', () => {
    const out = indicatorCapaian(IKM, parseText('88'), parseText('97,92'), 'positif', '2T-R');
    expect(out.capaian).toBeCloseTo(111.2727, 4);
    expect(out.ordinal).toBe(false);
    expect(out.note).toBeNull();
  });

  test('percent and units are read: A610 100% / 100% → 100; S550 4 Dok / 4 Dok → 100', () => {
    expect(
      indicatorCapaian(
        'Persentase Fasilitas',
        parseText('100%'),
        parseText('100%'),
        'positif',
        '2T-R',
      ).capaian,
    ).toBe(100);
    expect(
      indicatorCapaian('Jumlah Dokumen', parseText('4 Dok'), parseText('4 Dok'), 'positif', '2T-R')
        .capaian,
    ).toBe(100);
  });

  test('A612 written with a dot decimal: 82 / 84.27 → 102,77', () => {
    expect(
      indicatorCapaian(SAKIP, parseText('82'), parseText('84.27'), 'positif', '2T-R').capaian,
    ).toBeCloseTo(102.7683, 4);
  });

  test('a value with a score is its score: G603 A (85) / A (81,22) → 95,55, not an ordinal', () => {
    const out = indicatorCapaian(
      SAKIP,
      parseText('A (85)'),
      parseText('A (81,22)'),
      'positif',
      '2T-R',
    );
    expect(out.capaian).toBeCloseTo(95.5529, 4);
    expect(out.ordinal).toBe(false);
  });

  test('G955: A(81) / A(81,22) → 100,27', () => {
    const out = indicatorCapaian(
      SAKIP,
      parseText('A(81)'),
      parseText('A(81,22)'),
      'positif',
      '2T-R',
    );
    expect(out.capaian).toBeCloseTo(100.2716, 4);
  });

  test('realisasi empty → no capaian, REALISASI_EMPTY (never 0)', () => {
    for (const empty of ['', '-', 'x', 'N/A']) {
      const out = indicatorCapaian(IKM, parseText('88'), parseText(empty), 'positif', '2T-R');
      expect(out.capaian).toBeNull();
      expect(out.note?.code).toBe('REALISASI_EMPTY');
    }
  });

  test('unreadable realisasi or empty target → no capaian (the reader reports the cell)', () => {
    expect(
      indicatorCapaian(IKM, parseText('88'), parseText('banyak'), 'positif', '2T-R').capaian,
    ).toBeNull();
    expect(
      indicatorCapaian(IKM, parseText('-'), parseText('97,92'), 'positif', '2T-R').capaian,
    ).toBeNull();
  });

  test('target 0 % → TARGET_ZERO (S332)', () => {
    const out = indicatorCapaian(
      'Presentase Capaian Kinerja Program',
      parseText('0%'),
      parseText('100%'),
      'positif',
      '2T-R',
    );
    expect(out.capaian).toBeNull();
    expect(out.note?.code).toBe('TARGET_ZERO');
  });

  test('negative polarity through written values: T 10, R 25 → −50', () => {
    const out = indicatorCapaian(
      'Jumlah kasus',
      parseText('10'),
      parseText('25'),
      'negatif',
      '2T-R',
    );
    expect(out.capaian).toBeCloseTo(-50, 10);
  });
});

describe('§2 grade only: ord(R) / ord(T) × 100 on the indicator scale, with an info note', () => {
  test.each([
    // [what, target, realisasi, expected]
    ['S1471 2024 target BB, S548 R2024 BB', 'BB', 'BB', 100],
    ['target A (S1471 2025), realisasi BB: 5/6', 'A', 'BB', (5 / 6) * 100],
    ['S1471 2022 target B, S548 R2022 CC: 3/4', 'B', 'CC', 75],
    ['target BB, realisasi A: 6/5', 'BB', 'A', 120],
    ['target A, realisasi 81,13 (S548) graded A first: 6/6', 'A', '81,13', 100],
    ['target A, realisasi 77 graded BB first: 5/6', 'A', '77', (5 / 6) * 100],
    ['target 77 (S417) graded BB, realisasi A: 6/5', '77', 'A', 120],
    [
      'target A, realisasi B(75,50): the score 75,50 is BB, not B: 5/6',
      'A',
      'B(75,50)',
      (5 / 6) * 100,
    ],
  ])('SAKIP: %s', (_w, t, r, expected) => {
    const out = indicatorCapaian(SAKIP, parseText(t), parseText(r), 'positif', '2T-R');
    expect(out.capaian).toBeCloseTo(expected, 8);
    expect(out.ordinal).toBe(true);
    expect(out.note?.code).toBe('ORDINAL_CAPAIAN');
  });

  test('IKM scale: target A, realisasi B → 3/4 = 75', () => {
    const out = indicatorCapaian(IKM, parseText('A'), parseText('B'), 'positif', '2T-R');
    expect(out.capaian).toBe(75);
    expect(out.ordinal).toBe(true);
  });

  test('IPP scale: target A- (7), realisasi 2,61 graded C (4) → 4/7', () => {
    const out = indicatorCapaian(IPP, parseText('A-'), parseText('2,61'), 'positif', '2T-R');
    expect(out.capaian).toBeCloseTo((4 / 7) * 100, 8);
  });

  test('a letter on an indicator without a grade scale gives no capaian, with a note', () => {
    const out = indicatorCapaian(
      'Persentase Indikator Program yang tercapai',
      parseText('A'),
      parseText('B'),
      'positif',
      '2T-R',
    );
    expect(out.capaian).toBeNull();
    expect(out.note?.code).toBe('ORDINAL_CAPAIAN');
  });

  test('a letter outside the scale (A- on AKIP) gives no capaian', () => {
    expect(
      indicatorCapaian(SAKIP, parseText('A'), parseText('A-'), 'positif', '2T-R').capaian,
    ).toBeNull();
  });
});

describe('§3 clamp and aggregates', () => {
  test.each([
    [125, null, 125],
    [125, 100, 100],
    [125, 120, 120],
    [105.36, 120, 105.36],
    [-50, null, 0],
    [-50, 100, 0],
    [0, null, 0],
  ])('clampForAggregate(%p, batas %p) = %p', (c, batas, expected) => {
    expect(clampForAggregate(c, batas)).toBe(expected);
  });

  // A609–613: 100, 83,63/82, 100, 100, 84,27/82, 100/80 (A622 calls the mean "100%")
  const ambulu = [100, (83.63 / 82) * 100, 100, 100, (84.27 / 82) * 100, 125];

  test('A622: mean of the six capaian, no cap → 104,96', () => {
    expect(aggregateCapaian(ambulu, null)).toBeCloseTo(104.9593, 4);
  });
  test('A622 with batasAtasCapaian 100 → 100 ("100 only if capped")', () => {
    expect(aggregateCapaian(ambulu, 100)).toBe(100);
  });
  test('A622 with batasAtasCapaian 120 → 104,13 (125 enters as 120)', () => {
    expect(aggregateCapaian(ambulu, 120)).toBeCloseTo(104.126, 3);
  });
  test('the floor at 0 always applies: −50 and 100 → 50', () => {
    expect(aggregateCapaian([-50, 100], null)).toBe(50);
  });
  test('indicators without capaian are left out, not counted as 0', () => {
    expect(aggregateCapaian([null, 100, (80 / 81) * 100], null)).toBeCloseTo(99.3827, 4);
  });
  test('S798–799 Sasaran 1.2: (100 + 80/81) / 2 = 99,38 — not tercapai', () => {
    const c = aggregateCapaian([100, (80 / 81) * 100], null)!;
    expect(c).toBeCloseTo(99.3827, 4);
    expect(isTercapai(c)).toBe(false);
  });
  test('G1162: (100 + 81,22/81) / 2 = 100,1358 → printed 100,14', () => {
    expect(aggregateCapaian([100, (81.22 / 81) * 100], null)).toBeCloseTo(100.1358, 4);
    expect(aggregateCapaian([100, (81.22 / 81) * 100], 100)).toBe(100);
  });
  test('no capaian at all → null', () => {
    expect(aggregateCapaian([null, null], null)).toBeNull();
    expect(aggregateCapaian([], 100)).toBeNull();
  });
  test('mean', () => {
    expect(mean([])).toBeNull();
    expect(mean([97.93, 98.07])).toBeCloseTo(98, 10);
  });
});

describe('§3 tercapai / melampaui on the value rounded to 2 dp', () => {
  test.each([
    [100, true, false],
    [99.996, true, false], // prints 100,00
    [99.995, true, false],
    [99.994, false, false], // prints 99,99
    [(80 / 81) * 100, false, false], // S799 98,77
    [100.004, true, false], // prints 100,00: not melampaui
    [100.005, true, true], // prints 100,01
    [(81.22 / 81) * 100, true, true], // G955 100,27
    [125, true, true], // A613
  ])('%p → tercapai %p, melampaui %p', (c, tercapai, melampaui) => {
    expect(isTercapai(c)).toBe(tercapai);
    expect(isMelampaui(c)).toBe(melampaui);
  });
});

describe('§3 trend', () => {
  test('S551 IKM 85 → 90 → 83,57 → 97,92 is fluktuatif (S656 says "peningkatan yang konsisten")', () => {
    expect(trendOf([85, 90, 83.57, 97.92])).toBe('fluktuatif');
  });
  test('A783 IKM 72 → 83,57 → 83,63 is naik', () => {
    expect(trendOf([72, 83.57, 83.63])).toBe('naik');
  });
  test('G606 IKM 93,33 → 88,05 → 81,01 is turun (G732 says "meningkat")', () => {
    expect(trendOf([93.33, 88.05, 81.01])).toBe('turun');
  });
  test('S557 Fasilitas Kesejahteraan 100 → 100 → 100 → 100 is tetap (S690 says "peningkatan")', () => {
    expect(trendOf([100, 100, 100, 100])).toBe('tetap');
  });
  test('S809 IPP 2,7 → 2,61 is turun', () => {
    expect(trendOf([2.7, 2.61])).toBe('turun');
  });
  test('S548 SAKIP as ordinals CC → B → BB → A (81,13) is naik', () => {
    expect(trendOf([3, 4, 5, 6])).toBe('naik');
  });
  test('steps ≥ 0 with one > 0 is naik; ≤ 0 with one < 0 is turun', () => {
    expect(trendOf([100, 100, 101])).toBe('naik');
    expect(trendOf([101, 100, 100])).toBe('turun');
  });
  test('values are compared rounded to 2 dp: 100 → 99,996 is tetap, 100 → 99,994 is turun', () => {
    expect(trendOf([100, 99.996])).toBe('tetap');
    expect(trendOf([100, 99.994])).toBe('turun');
  });
  test('fewer than two values → no trend', () => {
    expect(trendOf([97.92])).toBeNull();
    expect(trendOf([])).toBeNull();
  });
});
