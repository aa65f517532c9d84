/**
 * DOMAIN.md §5: the four efficiency methods. In every method C < 100 is Tidak Efisien.
 * Inputs are the reports' efficiency tables: S = semboro-2025 Tabel 3.5 (756–776),
 * G = gumukmas-2025 Tabel 3.7 / 3.9 (919–940, 1150–1163).
 */
import { efficiency, type EfficiencyInput } from '../../src/engine/efficiency';
import { EFF_RULE } from '../../src/engine/figures';

/** An efficiency input from a sasaran's capaian and its programs' pagu / realisasi. */
function input(capaian: number, pagu: number, realisasi: number): EfficiencyInput {
  return { capaian, serapan: (realisasi / pagu) * 100, pagu, realisasi };
}

// S768: capaian 100, Program Penyelenggaraan 555.120.000 / 546.800.000 (serapan 98,50)
const s768 = input(100, 555120000, 546800000);
// S775: capaian 100, Program Ketentraman 49.569.400 / 47.483.635 (serapan 95,79)
const s775 = input(100, 49569400, 47483635);
// S761: capaian 100, Program Penunjang 3.246.438.737 / 2.376.886.333 (serapan 73,22)
const s761 = input(100, 3246438737, 2376886333);
// G1155: IKM 87,16 / 89,75 = 97,11, Program 2 744.112.000 / 741.619.000 (serapan 99,66)
const g1155 = input((87.16 / 89.75) * 100, 744112000, 741619000);
// G932–933: capaian 100, Programs 4 + 5: 63.446.600 / 60.610.200 (serapan 95,53)
const g933 = input(100, 63446600, 60610200);

describe('selisih (default): C − S; Efisien when C ≥ 100 and C − S > 0', () => {
  test('S768: 100 − 98,50 = 1,50 → Efisien (printed Tidak Efisien)', () => {
    const e = efficiency('selisih', s768);
    expect(e.nilai).toBeCloseTo(1.4988, 4);
    expect(e.kategori).toBe('Efisien');
  });
  test('S775: 100 − 95,79 = 4,21 → Efisien (printed Tidak Efisien, while S769 with the same 100/96 is Efisien)', () => {
    const e = efficiency('selisih', s775);
    expect(e.nilai).toBeCloseTo(4.2078, 4);
    expect(e.kategori).toBe('Efisien');
  });
  test('S761: 100 − 73,22 = 26,78 → Efisien', () => {
    const e = efficiency('selisih', s761);
    expect(e.nilai).toBeCloseTo(26.7848, 4);
    expect(e.kategori).toBe('Efisien');
  });
  test('G1155: C = 97,11 < 100 → Tidak Efisien', () => {
    const e = efficiency('selisih', g1155);
    expect(e.nilai).toBeCloseTo(97.1142 - 99.665, 3);
    expect(e.kategori).toBe('Tidak Efisien');
  });
  test('C < 100 is Tidak Efisien even when C − S > 0 (G1155 capaian 97,11 against S761 serapan 73,22)', () => {
    const e = efficiency('selisih', { ...s761, capaian: g1155.capaian });
    expect(e.nilai).toBeGreaterThan(0);
    expect(e.kategori).toBe('Tidak Efisien');
  });
  test('C − S = 0 is not > 0 → Tidak Efisien', () => {
    expect(efficiency('selisih', input(100, 10000000, 10000000)).kategori).toBe('Tidak Efisien'); // S969
  });
  test('classification on 2-dp values: C 99,996 counts as 100; C − S = 0,004 prints 0,00 → Tidak Efisien', () => {
    expect(
      efficiency('selisih', { capaian: 99.996, serapan: 95, pagu: 1, realisasi: 0.95 }).kategori,
    ).toBe('Efisien');
    expect(
      efficiency('selisih', { capaian: 100, serapan: 99.996, pagu: 1, realisasi: 1 }).kategori,
    ).toBe('Tidak Efisien');
  });
});

describe('selisih-5: > 5 Efisien, −5 … 5 Cukup Efisien (both with C ≥ 100), else Tidak Efisien', () => {
  test('S761: 26,78 → Efisien', () => {
    expect(efficiency('selisih-5', s761).kategori).toBe('Efisien');
  });
  test('S775: 4,21 → Cukup Efisien', () => {
    const e = efficiency('selisih-5', s775);
    expect(e.nilai).toBeCloseTo(4.2078, 4);
    expect(e.kategori).toBe('Cukup Efisien');
  });
  test('S768: 1,50 → Cukup Efisien', () => {
    expect(efficiency('selisih-5', s768).kategori).toBe('Cukup Efisien');
  });
  test('G933: 100 − 95,53 = 4,47 → Cukup Efisien', () => {
    expect(efficiency('selisih-5', g933).kategori).toBe('Cukup Efisien');
  });
  test.each([
    [100, 95, 'Cukup Efisien'], // exactly 5
    [100, 94.99, 'Efisien'], // 5,01
    [100, 105, 'Cukup Efisien'], // exactly −5
    [100, 105.01, 'Tidak Efisien'], // −5,01
  ])('edges: C %p, S %p → %p', (c, s, k) => {
    expect(
      efficiency('selisih-5', { capaian: c, serapan: s, pagu: 100, realisasi: s }).kategori,
    ).toBe(k);
  });
  test('G1155: C < 100 → Tidak Efisien, and so with a large margin', () => {
    expect(efficiency('selisih-5', g1155).kategori).toBe('Tidak Efisien');
    expect(efficiency('selisih-5', { ...s761, capaian: g1155.capaian }).kategori).toBe(
      'Tidak Efisien',
    );
  });
});

describe('rasio: C / S; Efisien when C ≥ 100 and C / S > 1', () => {
  test('S775: 100 / 95,79 = 1,0439 → Efisien', () => {
    const e = efficiency('rasio', s775);
    expect(e.nilai).toBeCloseTo(1.043926, 5);
    expect(e.kategori).toBe('Efisien');
  });
  test('C = S: ratio 1 → Tidak Efisien (S969 10.000.000 / 10.000.000)', () => {
    const e = efficiency('rasio', input(100, 10000000, 10000000));
    expect(e.nilai).toBe(1);
    expect(e.kategori).toBe('Tidak Efisien');
  });
  test('C < 100 → Tidak Efisien although C / S > 1', () => {
    const e = efficiency('rasio', { ...s761, capaian: g1155.capaian });
    expect(e.nilai!).toBeGreaterThan(1);
    expect(e.kategori).toBe('Tidak Efisien');
  });
  test('serapan 0: no ratio, Tidak Efisien', () => {
    const e = efficiency('rasio', { capaian: 100, serapan: 0, pagu: 100, realisasi: 0 });
    expect(e.nilai).toBeNull();
    expect(e.kategori).toBe('Tidak Efisien');
  });
});

describe('pmk: E = Σ(pagu×CK − realisasi) / Σ(pagu×CK) × 100, CK = min(C, 100)/100', () => {
  test('G933: (63.446.600 − 60.610.200) / 63.446.600 = 4,4705 → Efisien', () => {
    const e = efficiency('pmk', g933);
    expect(e.nilai).toBeCloseTo(4.470531, 5);
    expect(e.kategori).toBe('Efisien');
  });
  test('S775: (49.569.400 − 47.483.635) / 49.569.400 = 4,2078', () => {
    expect(efficiency('pmk', s775).nilai).toBeCloseTo(4.207767, 5);
  });
  test('CK is capped at 1 whatever the capaian: A613 capaian 125 gives the same E as 100', () => {
    const e = efficiency('pmk', { ...g933, capaian: 125 });
    expect(e.nilai).toBeCloseTo(4.470531, 5);
    expect(e.kategori).toBe('Efisien');
  });
  test('G1155: CK = 0,971142 → E = (744.112.000×CK − 741.619.000)/(744.112.000×CK) = −2,6266 → Tidak Efisien', () => {
    const e = efficiency('pmk', g1155);
    expect(e.nilai).toBeCloseTo(-2.626561, 4);
    expect(e.kategori).toBe('Tidak Efisien');
  });
  test('C < 100 is Tidak Efisien even when E > 0: C 90, pagu 100, realisasi 50 → E = 44,44', () => {
    const e = efficiency('pmk', { capaian: 90, serapan: 50, pagu: 100, realisasi: 50 });
    expect(e.nilai).toBeCloseTo(44.4444, 4);
    expect(e.kategori).toBe('Tidak Efisien');
  });
  test('pagu 0 → no figure, Tidak Efisien', () => {
    const e = efficiency('pmk', { capaian: 100, serapan: 0, pagu: 0, realisasi: 0 });
    expect(e.nilai).toBeNull();
    expect(e.kategori).toBe('Tidak Efisien');
  });
});

describe('the rule sentence printed with the table names the 100% bound of every method', () => {
  test.each(['selisih', 'selisih-5', 'rasio', 'pmk'] as const)('%s', (m) => {
    expect(EFF_RULE[m]).toContain('(capaian kinerja 100% atau lebih)');
    expect(EFF_RULE[m]).toMatch(/efisien apabila/);
  });
});
