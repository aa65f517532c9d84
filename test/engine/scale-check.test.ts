/**
 * The problems of an invalid custom scale (DOMAIN.md §4 Custom, issue 12): each names the two
 * neighbouring bands by their kriteria and the two-decimal values that fall in no band (a hole)
 * or in two (an overlap), in Indonesian number formatting; a scale without a hole or an overlap
 * has no problem, whatever order its rows are written in.
 */
import fc from 'fast-check';
import { buildCustomScale, type CustomBandInput } from '../../src/engine/scales';

const LABELS = [
  'Sangat Rendah',
  'Rendah',
  'Sedang',
  'Tinggi',
  'Sangat Tinggi',
  'Istimewa',
  'Kurang',
  'Cukup',
  'Baik',
  'Butuh Perbaikan',
];

describe('the problems name the bands and the values', () => {
  test('a hole between Sedang (66–75) and Tinggi (77–89)', () => {
    const res = buildCustomScale([
      { interval: '≥ 90', label: 'Sangat Tinggi' },
      { interval: '77 - 89', label: 'Tinggi' },
      { interval: '66 - 75', label: 'Sedang' },
      { interval: '< 66', label: 'Rendah' },
    ]);
    expect(res.scale).toBeNull();
    expect(res.problems).toEqual([
      'Ada celah antara pita “Sedang” (66–75) dan “Tinggi” (mulai 77): nilai 75,01–76,99 tidak masuk pita mana pun.',
    ]);
    // Rows as written: Tinggi is row 2, Sedang row 3 (indices 1 and 2).
    expect(res.issues.map((i) => [...i.rows].sort())).toEqual([[1, 2]]);
  });

  test('§4 example of a hole: > 70 s/d 80 then > 90 s/d 110 leaves 80,01–90', () => {
    const res = buildCustomScale([
      { interval: '> 70 s/d 80', label: 'Cukup' },
      { interval: '> 90 s/d 110', label: 'Baik' },
    ]);
    expect(res.problems).toEqual([
      'Ada celah antara pita “Cukup” (> 70 s/d 80) dan “Baik” (di atas 90): nilai 80,01–90 tidak masuk pita mana pun.',
    ]);
  });

  test('an overlap: Tinggi (76–100) and Sangat Tinggi (90–120) on 90–100', () => {
    const res = buildCustomScale([
      { interval: '76 - 100', label: 'Tinggi' },
      { interval: '90 - 120', label: 'Sangat Tinggi' },
    ]);
    expect(res.problems).toEqual([
      'Pita “Tinggi” (76–100) dan “Sangat Tinggi” (90–120) tumpang tindih pada 90–100: nilai itu masuk dua pita.',
    ]);
  });

  test('nested bands overlap on the inner band', () => {
    const res = buildCustomScale([
      { interval: '0 - 100', label: 'Semua' },
      { interval: '50 - 60', label: 'Tengah' },
    ]);
    expect(res.problems).toEqual([
      'Pita “Semua” (0–100) dan “Tengah” (50–60) tumpang tindih pada 50–60: nilai itu masuk dua pita.',
    ]);
  });

  test('decimal bounds are written with a comma', () => {
    const res = buildCustomScale([
      { interval: '88,31 – 100', label: 'Sangat Baik' },
      { interval: '76,5 – 88,2', label: 'Baik' },
    ]);
    expect(res.problems).toEqual([
      'Ada celah antara pita “Baik” (76,5–88,2) dan “Sangat Baik” (mulai 88,31): nilai 88,21–88,3 tidak masuk pita mana pun.',
    ]);
  });

  test('a band nested in another is one overlap, not also a hole after it', () => {
    const res = buildCustomScale([
      { interval: '> 100', label: 'Istimewa' },
      { interval: '50 - 100', label: 'Baik' },
      { interval: '60 - 70', label: 'Cukup' },
      { interval: '< 50', label: 'Kurang' },
    ]);
    expect(res.problems).toEqual([
      'Pita “Baik” (50–100) dan “Cukup” (60–70) tumpang tindih pada 60–70: nilai itu masuk dua pita.',
    ]);
  });

  test('a band without kriteria is named by its row', () => {
    const res = buildCustomScale([
      { interval: '> 100', label: 'Sangat Baik' },
      { interval: '70 - 90', label: '' },
    ]);
    expect(res.problems[0]).toMatch(/^Ada celah antara pita baris 2 \(70–90\) dan “Sangat Baik”/);
  });

  test('two bands without a lower bound', () => {
    const res = buildCustomScale([
      { interval: '< 55', label: 'Kurang' },
      { interval: '≤ 50', label: 'Sangat Kurang' },
    ]);
    expect(res.problems).toHaveLength(1);
    expect(res.problems[0]).toMatch(
      /“Kurang” \(< 55\).*“Sangat Kurang” \(≤ 50\).*tanpa batas bawah/,
    );
  });

  test('the IKM scale (S395, PermenPANRB 14/2017) meets at two decimals: no hole', () => {
    const res = buildCustomScale([
      { interval: '88,31 – 100', label: 'Sangat Baik' },
      { interval: '76,61 – 88,30', label: 'Baik' },
      { interval: '65,00 – 76,60', label: 'Kurang Baik' },
      { interval: '25,00 – 64,99', label: 'Tidak Baik' },
    ]);
    expect(res.problems).toEqual([]);
    const s = res.scale!;
    const at = (x: number) => s.bands.find((b) => b.min === null || x >= b.min)!.label;
    expect(at(88.3)).toBe('Baik');
    expect(at(88.31)).toBe('Sangat Baik');
    expect(at(76.6)).toBe('Kurang Baik');
  });
});

/**
 * A random valid scale: `n` bands on increasing whole-number bounds, each written `lo - hi`
 * (whole numbers that meet: hi + 1 is the next lo) or `> lo s/d hi` (sharing the end point with
 * the next band), rows in a random order.
 */
interface Gen {
  style: 'integer' | 'shared';
  bounds: number[];
  labels: string[];
  order: number[];
}

const gen = fc
  .record({
    style: fc.constantFrom<'integer' | 'shared'>('integer', 'shared'),
    n: fc.integer({ min: 2, max: 6 }),
    start: fc.integer({ min: 0, max: 40 }),
    widths: fc.array(fc.integer({ min: 6, max: 30 }), { minLength: 6, maxLength: 6 }),
    labels: fc.shuffledSubarray(LABELS, { minLength: 6, maxLength: 6 }),
    seed: fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
  })
  .map(({ style, n, start, widths, labels, seed }): Gen => {
    const bounds = [start];
    for (let i = 0; i < n; i++) bounds.push(bounds[i] + widths[i]);
    const order = [...Array(n).keys()].sort((a, b) => seed[a] - seed[b] || a - b);
    return { style, bounds, labels: labels.slice(0, n), order };
  });

/** Band i covers bounds[i] .. bounds[i+1]; `lo` of band k+1 may be moved by `shift`. */
function rows(g: Gen, k = -1, shift = 0): CustomBandInput[] {
  const lo = (i: number) => g.bounds[i] + (i === k + 1 ? shift : 0);
  const band = (i: number): CustomBandInput => {
    const hi = g.bounds[i + 1];
    const interval = g.style === 'integer' ? `${lo(i)} - ${hi - 1}` : `> ${lo(i)} s/d ${hi}`;
    return { interval, label: g.labels[i] };
  };
  return g.order.map(band);
}

test('property: a valid scale has no problem, in any row order', () => {
  fc.assert(
    fc.property(gen, (g) => {
      const res = buildCustomScale(rows(g));
      expect(res.problems).toEqual([]);
      expect(res.scale?.bands).toHaveLength(g.labels.length);
    }),
  );
});

test('property: one hole names exactly its two bands and the values in it', () => {
  fc.assert(
    fc.property(gen, fc.nat(), fc.integer({ min: 1, max: 3 }), (g, at, d) => {
      const k = at % (g.labels.length - 1);
      const res = buildCustomScale(rows(g, k, d));
      expect(res.problems).toHaveLength(1);
      const m = res.problems[0];
      const named = LABELS.filter((l) => m.includes(`“${l}”`));
      expect(named.sort()).toEqual([g.labels[k], g.labels[k + 1]].sort());
      // The lower band is named first.
      expect(m.indexOf(`“${g.labels[k]}”`)).toBeLessThan(m.indexOf(`“${g.labels[k + 1]}”`));
      const b = g.bounds[k + 1];
      // integer: band k ends at b - 1 (inclusive), band k + 1 starts at b + d (inclusive);
      // shared: band k ends at b (inclusive), band k + 1 starts above b + d.
      const values = g.style === 'integer' ? `${b - 1},01–${b + d - 1},99` : `${b},01–${b + d}`;
      expect(m).toContain(`nilai ${values} tidak masuk pita mana pun`);
      expect(res.issues[0].rows.sort()).toEqual(
        [g.order.indexOf(k), g.order.indexOf(k + 1)].sort(),
      );
    }),
  );
});

test('property: one overlap names exactly its two bands and the values in both', () => {
  fc.assert(
    fc.property(gen, fc.nat(), fc.integer({ min: 1, max: 3 }), (g, at, d) => {
      const k = at % (g.labels.length - 1);
      // Whole-number bands that share an end point (… - 75, 75 - …) are contiguous: an overlap
      // of whole-number bands is two values or more.
      const shift = g.style === 'integer' ? d + 1 : d;
      const res = buildCustomScale(rows(g, k, -shift));
      expect(res.problems).toHaveLength(1);
      const m = res.problems[0];
      const named = LABELS.filter((l) => m.includes(`“${l}”`));
      expect(named.sort()).toEqual([g.labels[k], g.labels[k + 1]].sort());
      const b = g.bounds[k + 1];
      // integer: band k + 1 starts at b - shift, band k ends at b - 1;
      // shared: band k + 1 starts above b - shift, band k ends at b.
      const values = g.style === 'integer' ? `${b - shift}–${b - 1}` : `${b - shift},01–${b}`;
      expect(m).toContain(`tumpang tindih pada ${values}:`);
    }),
  );
});
