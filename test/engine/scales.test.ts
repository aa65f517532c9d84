/**
 * DOMAIN.md §4 (scales) and the §3 rule that classification uses the value rounded half-up to
 * 2 decimals. Report references: S = semboro-2025, G = gumukmas-2025, A = ambulu-2024.
 */
import {
  bandText,
  buildCustomScale,
  classify,
  contrastRatio,
  fontFor,
  GRADES_AKIP,
  GRADES_IKM,
  GRADES_IPP,
  gradeOf,
  gradeOrdinal,
  gradeScaleFor,
  parseColour,
  parseInterval,
  PRESET_SCALES,
  SCALE_91,
  SCALE_JEMBER,
  type CustomBandInput,
  type Scale,
} from '../../src/engine/scales';

const label = (s: Scale, v: number) => classify(s, v).label;

describe('Permendagri 86/2017 as printed in the Jember reports (default)', () => {
  test('bands, labels and fills are the §4 table', () => {
    expect(SCALE_JEMBER.bands.map((b) => [b.min, b.minInclusive, b.label, b.fill])).toEqual([
      [90, true, 'Sangat Tinggi', '#9BC2E6'],
      [76, true, 'Tinggi', '#00B050'],
      [66, true, 'Sedang', '#FFFF99'],
      [51, true, 'Rendah', '#808080'],
      [null, true, 'Sangat Rendah', '#FF0000'],
    ]);
  });

  test('it is the default preset id', () => {
    expect(PRESET_SCALES['permendagri86-jember']).toBe(SCALE_JEMBER);
  });

  test.each([
    [90, 'Sangat Tinggi'],
    [89.99, 'Tinggi'],
    [76, 'Tinggi'],
    [75.99, 'Sedang'],
    [75.5, 'Sedang'], // the printed gap 75–76 is closed by the lower-bound-inclusive reading
    [66, 'Sedang'],
    [65.99, 'Rendah'],
    [51, 'Rendah'],
    [50.99, 'Sangat Rendah'],
    [50.5, 'Sangat Rendah'],
    [0, 'Sangat Rendah'],
    [125, 'Sangat Tinggi'], // above the highest bound: top band (A613 125%)
  ])('band edge: %p → %p', (v, expected) => {
    expect(label(SCALE_JEMBER, v)).toBe(expected);
  });

  test('a negative (2T − R)/T result is Sangat Rendah (§2)', () => {
    expect(label(SCALE_JEMBER, -50)).toBe('Sangat Rendah');
  });

  test('§3: classification uses the value rounded half-up to 2 dp (89,995 → 90,00 → Sangat Tinggi)', () => {
    expect(label(SCALE_JEMBER, 89.995)).toBe('Sangat Tinggi');
    expect(label(SCALE_JEMBER, 89.994)).toBe('Tinggi');
    expect(label(SCALE_JEMBER, 75.995)).toBe('Tinggi');
    expect(label(SCALE_JEMBER, 50.995)).toBe('Rendah');
  });

  test.each([
    ['S796 IPP 2,61 / 4,3 = 60,70', (2.61 / 4.3) * 100, 'Rendah'],
    ['S796 printed 56 %', 56, 'Rendah'],
    ['G952 IPP 2,77 / 4,3 = 64,42', (2.77 / 4.3) * 100, 'Rendah'],
    ['G953 IKM 87,16 / 89,75 = 97,11', (87.16 / 89.75) * 100, 'Sangat Tinggi'],
    ['G603 SAKIP 81,22 / 85 = 95,55', (81.22 / 85) * 100, 'Sangat Tinggi'],
    ['S799 SAKIP 80 / 81 = 98,77', (80 / 81) * 100, 'Sangat Tinggi'],
    [
      'A612 SAKIP 84,27 / 82 = 102,77 (A1233 ticks Tinggi: wrong)',
      (84.27 / 82) * 100,
      'Sangat Tinggi',
    ],
    ['A613 program 100 / 80 = 125 (A1235 ticks Tinggi: wrong)', (100 / 80) * 100, 'Sangat Tinggi'],
  ])('%s → %s', (_what, v, expected) => {
    expect(label(SCALE_JEMBER, v)).toBe(expected);
  });

  test('the legend prints the bands as they are applied', () => {
    expect(SCALE_JEMBER.bands.map((_b, i) => bandText(SCALE_JEMBER, i))).toEqual([
      '≥ 90',
      '≥ 76 s/d < 90',
      '≥ 66 s/d < 76',
      '≥ 51 s/d < 66',
      '< 51',
    ]);
  });
});

describe('Permendagri 86/2017 (91)', () => {
  test('the same bands with Sangat Tinggi from 91', () => {
    expect(SCALE_91.bands.map((b) => [b.min, b.label, b.fill])).toEqual([
      [91, 'Sangat Tinggi', '#9BC2E6'],
      [76, 'Tinggi', '#00B050'],
      [66, 'Sedang', '#FFFF99'],
      [51, 'Rendah', '#808080'],
      [null, 'Sangat Rendah', '#FF0000'],
    ]);
    expect(PRESET_SCALES['permendagri86-91']).toBe(SCALE_91);
  });
  test.each([
    [91, 'Sangat Tinggi'],
    [90.99, 'Tinggi'],
    [90, 'Tinggi'],
    [90.995, 'Sangat Tinggi'],
    [76, 'Tinggi'],
    [50.99, 'Sangat Rendah'],
  ])('%p → %p', (v, expected) => {
    expect(label(SCALE_91, v)).toBe(expected);
  });
});

describe('AKIP grades, PermenPANRB 88/2021 (lower bounds exclusive, D from 0)', () => {
  test('codes, labels, bounds', () => {
    expect(GRADES_AKIP.bands.map((b) => [b.code, b.min, b.minInclusive, b.label])).toEqual([
      ['AA', 90, false, 'Sangat Memuaskan'],
      ['A', 80, false, 'Memuaskan'],
      ['BB', 70, false, 'Sangat Baik'],
      ['B', 60, false, 'Baik'],
      ['CC', 50, false, 'Cukup'],
      ['C', 30, false, 'Kurang'],
      ['D', null, true, 'Sangat Kurang'],
    ]);
  });

  test.each([
    [90.01, 'AA'],
    [90, 'A'], // exclusive lower bound: >90 is AA
    [85, 'A'], // G603 "A (85)"
    [81.13, 'A'], // S548
    [81.22, 'A'], // G603 "A (81,22)"
    [80.01, 'A'],
    [80, 'BB'], // G D.3 #15: "B (80) should be BB"
    [77, 'BB'], // S D3.3: "77 is predikat BB"
    [75.5, 'BB'], // G603 "B(75,50)": 75,50 is BB
    [70.05, 'BB'], // G603 realisasi 2024
    [70, 'B'],
    [64.58, 'B'], // S D3.4: "64,58 is predikat B"
    [60, 'CC'],
    [55, 'CC'],
    [50, 'C'],
    [30, 'D'],
    [0, 'D'],
  ])('gradeOf(AKIP, %p) = %p', (score, grade) => {
    expect(gradeOf(GRADES_AKIP, score)).toBe(grade);
  });

  test('grades compare as ordinals: D=1, C=2, CC=3, B=4, BB=5, A=6, AA=7', () => {
    expect(['D', 'C', 'CC', 'B', 'BB', 'A', 'AA'].map((g) => gradeOrdinal(GRADES_AKIP, g))).toEqual(
      [1, 2, 3, 4, 5, 6, 7],
    );
  });

  test('ordinal lookup is case-insensitive; a letter outside the scale has none', () => {
    expect(gradeOrdinal(GRADES_AKIP, 'bb')).toBe(5);
    expect(gradeOrdinal(GRADES_AKIP, 'A-')).toBeNull();
    expect(gradeOrdinal(GRADES_AKIP, 'E')).toBeNull();
  });

  test('as a predicate scale (Skala: AKIP) it carries the §4 fills', () => {
    const akip = PRESET_SCALES.akip;
    expect(akip.bands.map((b) => [b.code, b.fill])).toEqual([
      ['AA', '#2F5597'],
      ['A', '#9BC2E6'],
      ['BB', '#00B050'],
      ['B', '#A9D08E'],
      ['CC', '#FFFF99'],
      ['C', '#F4B183'],
      ['D', '#FF0000'],
    ]);
    // S548 capaian 81,13/77 = 105,36 graded like a SAKIP score: AA
    expect(classify(akip, (81.13 / 77) * 100).label).toBe('Sangat Memuaskan');
  });
});

describe('IKM grades, PermenPANRB 14/2017 (S395)', () => {
  test.each([
    [100, 'A'],
    [88.31, 'A'],
    [88.3, 'B'],
    [97.93, 'A'], // S331
    [83.63, 'B'], // A609
    [76.61, 'B'],
    [76.6, 'C'],
    [65, 'C'],
    [64.99, 'D'],
    [25, 'D'],
  ])('gradeOf(IKM, %p) = %p', (score, grade) => {
    expect(gradeOf(GRADES_IKM, score)).toBe(grade);
  });
  test('labels', () => {
    expect(GRADES_IKM.bands.map((b) => [b.code, b.label])).toEqual([
      ['A', 'Sangat Baik'],
      ['B', 'Baik'],
      ['C', 'Kurang Baik'],
      ['D', 'Tidak Baik'],
    ]);
  });
  test('ordinals D=1 … A=4', () => {
    expect(['D', 'C', 'B', 'A'].map((g) => gradeOrdinal(GRADES_IKM, g))).toEqual([1, 2, 3, 4]);
  });
});

describe('IPP grades (S388)', () => {
  test.each([
    [5, 'A'],
    [4.51, 'A'],
    [4.5, 'A-'],
    [4.3, 'A-'], // S436 target
    [4.01, 'A-'],
    [4, 'B'],
    [3.68, 'B'], // national benchmark S796
    [3.51, 'B'],
    [3.5, 'B-'],
    [3.01, 'B-'],
    [3, 'C'],
    [2.77, 'C'], // G952
    [2.61, 'C'], // S796
    [2.51, 'C'],
    [2.5, 'C-'],
    [2.01, 'C-'],
    [2, 'D'],
    [1.51, 'D'],
    [1.5, 'E'],
    [1.01, 'E'],
  ])('gradeOf(IPP, %p) = %p', (score, grade) => {
    expect(gradeOf(GRADES_IPP, score)).toBe(grade);
  });
  test('ordinals E=1 … A=8', () => {
    expect(
      ['E', 'D', 'C-', 'C', 'B-', 'B', 'A-', 'A'].map((g) => gradeOrdinal(GRADES_IPP, g)),
    ).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('gradeScaleFor: the indicator name decides', () => {
  test.each([
    ['Nilai SAKIP OPD', GRADES_AKIP], // S548
    ['Nilai Sakip Kecamatan (Angka)', GRADES_AKIP], // S333
    ['NILAI SAKIP Perangkat Daerah', GRADES_AKIP],
    ['Nilai AKIP', GRADES_AKIP],
    ['Indeks Kepuasan Masyarakat', GRADES_IKM], // S551
    ['Indeks Kepuasan Masyarakat (IKM)', GRADES_IKM], // S797
    ['Hasil SKM', GRADES_IKM], // A849
    ['IKM', GRADES_IKM],
    ['Indeks Pelayanan Publik Kecamatan (IPP)', GRADES_IPP], // S796
    ['Indeks Pelayanan Publik Kecamatan. (Indeks)', GRADES_IPP], // S330
    ['Nilai IPP', GRADES_IPP],
  ])('%p → its scale', (name, scale) => {
    expect(gradeScaleFor(name)).toBe(scale);
  });

  test.each([
    'Persentase Indikator Program yang tercapai',
    'Jumlah Dokumen Penataan Organisasi dan Tata Laksana Pemerintah Daerah',
    'Persentase Tingkat penyelesaian Laporan dan pelanggaran Ketertiban Umum',
    'Persentase penyelesaian pelayanan publik', // "pelayanan publik" but not an index
  ])('%p → none', (name) => {
    expect(gradeScaleFor(name)).toBeNull();
  });
});

describe('font colour: WCAG contrast ≥ 4.5 against every preset fill', () => {
  // An independent WCAG 2.x computation, so the test does not check the engine with itself.
  function lum(hex: string): number {
    const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    const lin = c.map((s) => (s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4));
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
  }
  function ratio(a: string, b: string): number {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  }
  const fills = [
    ...new Set(
      [SCALE_JEMBER, SCALE_91, GRADES_AKIP, GRADES_IKM, GRADES_IPP, PRESET_SCALES.akip].flatMap(
        (s) => s.bands.map((b) => b.fill),
      ),
    ),
  ];

  test('there are fills to check', () => {
    expect(fills.length).toBeGreaterThanOrEqual(9);
  });

  test.each(fills)('fill %s', (fill) => {
    const font = fontFor(fill);
    expect(['#000000', '#FFFFFF']).toContain(font);
    expect(ratio(fill, font)).toBeGreaterThanOrEqual(4.5);
  });

  test('dark fills get white, light fills get black', () => {
    expect(fontFor('#2F5597')).toBe('#FFFFFF'); // biru tua
    expect(fontFor('#FFFF99')).toBe('#000000'); // kuning muda
    expect(fontFor('#9BC2E6')).toBe('#000000'); // biru muda
  });

  test('contrastRatio: black on white is 21, a colour on itself is 1', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 6);
    expect(contrastRatio('#FFFFFF', '#000000')).toBeCloseTo(21, 6);
    expect(contrastRatio('#808080', '#808080')).toBeCloseTo(1, 6);
  });
});

describe('colour words of Tabel 3.1 (S518–522)', () => {
  test.each([
    ['Biru muda', '#9BC2E6'],
    ['hijau', '#00B050'],
    ['Kuning muda', '#FFFF99'],
    ['Abu tua', '#808080'],
    ['merah', '#FF0000'],
    ['#9bc2e6', '#9BC2E6'],
    ['9BC2E6', '#9BC2E6'],
  ])('%p → %p', (word, hex) => {
    expect(parseColour(word)).toBe(hex);
  });
  test('unknown or empty → null', () => {
    expect(parseColour('pelangi')).toBeNull();
    expect(parseColour('')).toBeNull();
    expect(parseColour(null)).toBeNull();
  });
});

describe('parseInterval: every form of §4', () => {
  test.each([
    ['> 100', { lo: 100, loInclusive: false, hi: null, hiInclusive: false }],
    ['>110 s/d 120', { lo: 110, loInclusive: false, hi: 120, hiInclusive: true }],
    ['76 - 100', { lo: 76, loInclusive: true, hi: 100, hiInclusive: true }],
    ['≥ 90', { lo: 90, loInclusive: true, hi: null, hiInclusive: false }],
    ['>= 90', { lo: 90, loInclusive: true, hi: null, hiInclusive: false }],
    ['55 – 75', { lo: 55, loInclusive: true, hi: 75, hiInclusive: true }],
    ['< 55', { lo: null, loInclusive: true, hi: 55, hiInclusive: false }],
    ['≤ 50', { lo: null, loInclusive: true, hi: 50, hiInclusive: true }],
    ['76 ≤ 90', { lo: 76, loInclusive: true, hi: 90, hiInclusive: true }],
    ['$76 \\leq 90$', { lo: 76, loInclusive: true, hi: 90, hiInclusive: true }], // S519 as LaTeX
    ['66 < x ≤ 75', { lo: 66, loInclusive: false, hi: 75, hiInclusive: true }],
    ['88,31 – 100', { lo: 88.31, loInclusive: true, hi: 100, hiInclusive: true }], // S395 IKM A
  ])('%p', (text, iv) => {
    expect(parseInterval(text)).toEqual(iv);
  });

  test.each(['', 'Sangat Tinggi', '76', '1 2 3'])('%p cannot be read', (text) => {
    expect(parseInterval(text)).toBeNull();
  });
});

describe('custom scales (§4 Custom)', () => {
  test('§4 example 1: >110 Istimewa / >90 Baik / >70 Butuh Perbaikan / >50 Kurang / >0 Sangat Kurang', () => {
    const res = buildCustomScale([
      { interval: '>110', label: 'Istimewa' },
      { interval: '>90', label: 'Baik' },
      { interval: '>70', label: 'Butuh Perbaikan' },
      { interval: '>50', label: 'Kurang' },
      { interval: '>0', label: 'Sangat Kurang' },
    ]);
    expect(res.problems).toEqual([]);
    const s = res.scale!;
    expect(label(s, 110.01)).toBe('Istimewa');
    expect(label(s, 110)).toBe('Baik');
    expect(label(s, 90.01)).toBe('Baik');
    expect(label(s, 90)).toBe('Butuh Perbaikan');
    expect(label(s, 70)).toBe('Kurang');
    expect(label(s, 50.01)).toBe('Kurang');
    expect(label(s, 50)).toBe('Sangat Kurang');
  });

  test('§4 example 2: > 100 Sangat Baik / 76 - 100 Baik / 55 – 75 Cukup / < 55 Kurang', () => {
    const res = buildCustomScale([
      { interval: '> 100', label: 'Sangat Baik', colour: 'biru muda' },
      { interval: '76 - 100', label: 'Baik', colour: 'hijau' },
      { interval: '55 – 75', label: 'Cukup', colour: 'kuning muda' },
      { interval: '< 55', label: 'Kurang', colour: 'merah' },
    ]);
    expect(res.problems).toEqual([]);
    const s = res.scale!;
    expect(s.id).toBe('kustom');
    expect(s.bands.map((b) => b.label)).toEqual(['Sangat Baik', 'Baik', 'Cukup', 'Kurang']);
    expect(s.bands.map((b) => b.fill)).toEqual(['#9BC2E6', '#00B050', '#FFFF99', '#FF0000']);
    expect(label(s, 125)).toBe('Sangat Baik'); // A613
    expect(label(s, 100.01)).toBe('Sangat Baik');
    expect(label(s, 100)).toBe('Baik');
    expect(label(s, 76)).toBe('Baik');
    expect(label(s, 75.99)).toBe('Cukup'); // integer bands that meet (75, 76) are contiguous
    expect(label(s, 75.5)).toBe('Cukup');
    expect(label(s, 55)).toBe('Cukup');
    expect(label(s, 54.99)).toBe('Kurang');
    expect(label(s, (2.61 / 4.3) * 100)).toBe('Cukup'); // S796 60,70
  });

  const tabel31: CustomBandInput[] = [
    // S515–521, copied verbatim
    { interval: '≥ 90', label: 'Sangat Tinggi', colour: 'Biru muda' },
    { interval: '$76 \\leq 90$', label: 'Tinggi', colour: 'hijau' },
    { interval: '$66 \\leq 75$', label: 'Sedang', colour: 'Kuning muda' },
    { interval: '$51 \\leq 65$', label: 'Rendah', colour: 'Abu tua' },
    { interval: '≤ 50', label: 'Sangat Rendah', colour: 'merah' },
  ];

  test('Tabel 3.1 copied verbatim (S515–521) is a valid scale with the preset colours', () => {
    const res = buildCustomScale(tabel31);
    expect(res.problems).toEqual([]);
    expect(res.scale!.bands.map((b) => b.fill)).toEqual(SCALE_JEMBER.bands.map((b) => b.fill));
    const s = res.scale!;
    expect(label(s, 89.99)).toBe('Tinggi');
    expect(label(s, 76)).toBe('Tinggi');
    expect(label(s, 75.99)).toBe('Sedang');
    expect(label(s, 66)).toBe('Sedang');
    expect(label(s, 65.99)).toBe('Rendah');
    expect(label(s, 51)).toBe('Rendah');
    expect(label(s, 50.99)).toBe('Sangat Rendah');
  });

  test('Tabel 3.1 copied verbatim: 90 → Sangat Tinggi (lower-bound-inclusive reading)', () => {
    const s = buildCustomScale(tabel31).scale!;
    expect(label(s, 90)).toBe('Sangat Tinggi');
  });

  test('bands that share a point are contiguous: ≤ 70 / > 70 s/d 80 / > 80 s/d 90 / >90 s/d 110 / > 110', () => {
    const res = buildCustomScale([
      { interval: '> 110', label: 'Istimewa' },
      { interval: '>90 s/d 110', label: 'A' },
      { interval: '> 80 s/d 90', label: 'B' },
      { interval: '> 70 s/d 80', label: 'C' },
      { interval: '≤ 70', label: 'D' },
    ]);
    expect(res.problems).toEqual([]);
    const s = res.scale!;
    expect(label(s, 110.01)).toBe('Istimewa');
    expect(label(s, 110)).toBe('A');
    expect(label(s, 90)).toBe('B');
    expect(label(s, 80.01)).toBe('B');
    expect(label(s, 80)).toBe('C');
    expect(label(s, 70)).toBe('D');
  });

  test('SCALE_INVALID: a hole (> 70 s/d 80 then > 90 s/d 110)', () => {
    const res = buildCustomScale([
      { interval: '> 70 s/d 80', label: 'Cukup' },
      { interval: '> 90 s/d 110', label: 'Baik' },
    ]);
    expect(res.scale).toBeNull();
    expect(res.problems).toHaveLength(1);
    expect(res.problems[0]).toMatch(/celah/);
  });

  test('SCALE_INVALID: overlapping bands (76 - 100 and 90 - 120)', () => {
    const res = buildCustomScale([
      { interval: '76 - 100', label: 'Baik' },
      { interval: '90 - 120', label: 'Sangat Baik' },
    ]);
    expect(res.scale).toBeNull();
    expect(res.problems).toHaveLength(1);
    expect(res.problems[0]).toMatch(/tumpang tindih/);
  });

  test('SCALE_INVALID: nested bands (0 - 100 around 50 - 60)', () => {
    const res = buildCustomScale([
      { interval: '0 - 100', label: 'Semua' },
      { interval: '50 - 60', label: 'Tengah' },
    ]);
    expect(res.scale).toBeNull();
    expect(res.problems.length).toBeGreaterThan(0);
  });

  test('SCALE_INVALID: two bands without a lower bound', () => {
    const res = buildCustomScale([
      { interval: '< 55', label: 'Kurang' },
      { interval: '≤ 50', label: 'Sangat Kurang' },
    ]);
    expect(res.scale).toBeNull();
    expect(res.problems.length).toBeGreaterThan(0);
  });

  test('an interval that cannot be read is reported with its row', () => {
    const res = buildCustomScale([
      { interval: '> 100', label: 'Sangat Baik' },
      { interval: 'banyak', label: 'Baik' },
    ]);
    expect(res.scale).toBeNull();
    expect(res.problems.join(' ')).toMatch(/banyak.*baris 2/);
  });

  test('no band at all is invalid', () => {
    const res = buildCustomScale([]);
    expect(res.scale).toBeNull();
    expect(res.problems.length).toBe(1);
  });
});
