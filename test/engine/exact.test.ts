/**
 * Exact decimal figures (issue 10 §1, DOMAIN.md §1 and §3): every derived figure rounds half-up
 * on its exact decimal value, not on a binary approximation of it. Checked through computePk —
 * named cases recomputed by hand, then properties against an exact rational computation with
 * BigInt on decimals drawn with up to 4 places, biased toward exact ties (x,xx5).
 */
import fc from 'fast-check';
import { computePk } from '../../src/engine/compute';
import Big from 'big.js';
import { formatId, roundHalfUp } from '../../src/engine/decimal';
import { capaianFigure } from '../../src/engine/capaian';
import { serapanFigure } from '../../src/engine/budget';
import { faithfulNumber, typed as typedFigure, type Figure } from '../../src/engine/exact';
import { FindingList, type CellRef } from '../../src/engine/findings';
import {
  DEFAULT_SETTINGS,
  type BudgetRow,
  type IndicatorInput,
  type PkInput,
  type Settings,
  type TypedEfficiencyRow,
} from '../../src/engine/model';
import { parseCell, parseText } from '../../src/engine/values';
import { resultCells } from '../../src/workbook/plan';
import { EMPTY_PARTS } from '../helpers/indicator';

// --- building a PK -------------------------------------------------------------------------------

const at = (cell: string): CellRef => ({ sheet: 'Realisasi', cell });

function indicator(
  line: number,
  target: string,
  realisasi: string,
  o: { polaritas?: 'positif' | 'negatif'; typed?: string; sasaranNo?: number } = {},
): IndicatorInput {
  return {
    key: `i${line}`,
    ...EMPTY_PARTS,
    level: 'sasaran',
    tujuan: null,
    sasaran: `Sasaran ${o.sasaranNo ?? 1}`,
    sasaranNo: o.sasaranNo ?? 1,
    nama: `Persentase layanan ${line}`,
    satuan: '%',
    polaritas: o.polaritas ?? 'positif',
    target: parseText(target),
    targetRef: at(`E${line}`),
    realisasi: parseText(realisasi),
    realisasiRef: at(`F${line}`),
    typedCapaian: o.typed !== undefined ? { value: parseText(o.typed), ref: at(`G${line}`) } : null,
  };
}

/** One program of the budget table, supporting sasaran 1. */
function program(pagu: string, realisasi: string, persen = ''): BudgetRow {
  return {
    key: 'b1',
    level: 'program',
    kode: '1',
    nama: 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH',
    parent: null,
    pagu: parseText(pagu),
    realisasi: parseText(realisasi),
    persen: parseText(persen),
    sisa: parseText(''),
    refs: {
      pagu: { sheet: 'Anggaran', cell: 'C10' },
      realisasi: { sheet: 'Anggaran', cell: 'D10' },
      persen: { sheet: 'Anggaran', cell: 'E10' },
      sisa: null,
      nama: { sheet: 'Anggaran', cell: 'B10' },
    },
    sasaran: [1],
    pk: null,
    jenisBelanja: null,
    belanjaOperasi: null,
    belanjaModal: null,
  };
}

function pk(indikator: IndicatorInput[], budget: BudgetRow[] = []): PkInput {
  return {
    sheet: 'PK 2025',
    tahun: 2025,
    periode: null,
    jenis: 'awal',
    dilaporkan: true,
    indikator,
    programs: [],
    budget,
    programIndicators: [],
    efficiencyTable: [],
  };
}

function run(input: PkInput, settings: Partial<Settings> = {}) {
  const findings = new FindingList();
  const result = computePk(input, { ...DEFAULT_SETTINGS, ...settings }, findings);
  return { result, codes: findings.items.map((f) => f.code) };
}

const shown = (x: number | null): string => (x === null ? '-' : formatId(x, 2));

// --- named cases ---------------------------------------------------------------------------------

describe('exact capaian through computePk', () => {
  it('64,1 / 80 × 100 is exactly 80,125 and prints 80,13', () => {
    const { result, codes } = run(pk([indicator(1, '80', '64,1', { typed: '80,13' })]));
    expect(shown(result.indikator[0].capaian)).toBe('80,13');
    expect(codes).not.toContain('CAPAIAN_MISMATCH');
  });

  it('a typed 80,12 for 64,1 / 80 is wrong (it is 80,125, half-up 80,13)', () => {
    const { codes } = run(pk([indicator(1, '80', '64,1', { typed: '80,12' })]));
    expect(codes).toContain('CAPAIAN_MISMATCH');
  });

  it('88,1 / 80 × 100 = 110,125 → 110,13', () => {
    const { result } = run(pk([indicator(1, '80', '88,1')]));
    expect(shown(result.indikator[0].capaian)).toBe('110,13');
  });

  it('negative polarity, 2T−R: (160 − 95,9) / 80 × 100 = 80,125 → 80,13', () => {
    const { result } = run(pk([indicator(1, '80', '95,9', { polaritas: 'negatif' })]));
    expect(shown(result.indikator[0].capaian)).toBe('80,13');
  });

  it('negative polarity, T/R: 64,1 / 80 × 100 = 80,125 → 80,13', () => {
    const { result } = run(pk([indicator(1, '64,1', '80', { polaritas: 'negatif' })]), {
      rumusNegatif: 'T/R',
    });
    expect(shown(result.indikator[0].capaian)).toBe('80,13');
  });

  it('199,99 / 200 × 100 = 99,995 → 100,00: tercapai, not melampaui', () => {
    const { result } = run(pk([indicator(1, '200', '199,99')]));
    expect(shown(result.indikator[0].capaian)).toBe('100,00');
    expect(result.ringkasan.tercapai).toBe(1);
    expect(result.ringkasan.melampaui).toBe(0);
  });
});

describe('exact means, serapan and efficiency through computePk', () => {
  it('mean tie: a sasaran of 1/12 and 1,91/12 (8,333… and 15,916…) is exactly 12,125 → 12,13', () => {
    const { result } = run(pk([indicator(1, '12', '1'), indicator(2, '12', '1,91')]));
    expect(shown(result.sasaran[0].capaian)).toBe('12,13');
    expect(shown(result.ringkasan.rataRataCapaian)).toBe('12,13');
  });

  it('mean tie of two non-terminating quotients: (100/3 + 100,01/3) / 2 = 33,335 → 33,34', () => {
    const { result } = run(pk([indicator(1, '3', '1'), indicator(2, '3', '1,0001')]));
    expect(shown(result.sasaran[0].capaian)).toBe('33,34');
  });

  it('serapan tie: 161.000.000 / 1.120.000.000 × 100 = 14,375 → 14,38', () => {
    const { result, codes } = run(
      pk([indicator(1, '100', '100')], [program('1.120.000.000', '161.000.000', '14,38%')]),
    );
    expect(shown(result.sasaran[0].serapan)).toBe('14,38');
    expect(shown(result.ringkasan.serapan)).toBe('14,38');
    expect(codes).not.toContain('SERAPAN_MISMATCH');
  });

  it('efficiency tie: C = 200,01/200 = 100,005, S = 100 → selisih 0,005 → 0,01, Efisien', () => {
    const { result } = run(
      pk([indicator(1, '200', '200,01')], [program('1.000.000', '1.000.000')]),
    );
    const s = result.sasaran[0];
    expect(shown(s.efisiensi)).toBe('0,01');
    expect(s.kategoriEfisiensi).toBe('Efisien');
    expect(shown(result.ringkasan.efisiensi.nilai)).toBe('0,01');
  });

  it('efficiency tie below 100: C = 68,02/80 = 85,025, S = 85 → 0,03 (Tidak Efisien)', () => {
    const { result } = run(pk([indicator(1, '80', '68,02')], [program('1.000.000', '850.000')]));
    expect(shown(result.sasaran[0].efisiensi)).toBe('0,03');
    expect(result.sasaran[0].kategoriEfisiensi).toBe('Tidak Efisien');
  });

  it('rasio tie: C = 200,01/200 = 100,005, S = 100 → 1,00005 → 1,0001 > 1, Efisien', () => {
    const { result } = run(
      pk([indicator(1, '200', '200,01')], [program('1.000.000', '1.000.000')]),
      { metodeEfisiensi: 'rasio' },
    );
    expect(formatId(result.sasaran[0].efisiensi!, 4)).toBe('1,0001');
    expect(result.sasaran[0].kategoriEfisiensi).toBe('Efisien');
  });

  it('pmk tie: C = 100, (1.120.000.000 − 959.000.000) / 1.120.000.000 × 100 = 14,375 → 14,38', () => {
    const { result } = run(
      pk([indicator(1, '80', '80')], [program('1.120.000.000', '959.000.000')]),
      { metodeEfisiensi: 'pmk' },
    );
    expect(shown(result.sasaran[0].efisiensi)).toBe('14,38');
    expect(result.sasaran[0].kategoriEfisiensi).toBe('Efisien');
  });

  it('selisih-5 tie: C = 200,01/200 = 100,005, S = 95 → 5,005 → 5,01 > 5, Efisien', () => {
    const { result } = run(pk([indicator(1, '200', '200,01')], [program('1.000.000', '950.000')]), {
      metodeEfisiensi: 'selisih-5',
    });
    expect(shown(result.sasaran[0].efisiensi)).toBe('5,01');
    expect(result.sasaran[0].kategoriEfisiensi).toBe('Efisien');
  });

  it('a typed efficiency table row (0,01, Efisien) is checked against the exact C − S', () => {
    const input = pk([indicator(1, '200', '200,01')], [program('1.000.000', '1.000.000')]);
    const cell = (text: string, col: string) => ({ value: parseText(text), ref: at(`${col}30`) });
    const row: TypedEfficiencyRow = {
      label: 'Sasaran 1',
      sasaranNo: 1,
      indikator: null,
      isTotal: false,
      capaian: null,
      serapan: null,
      efisiensi: cell('0,01', 'E'),
      kategori: { value: 'Efisien', ref: at('F30') },
      pagu: null,
      realisasiAnggaran: null,
      labelRef: at('B30'),
    };
    input.efficiencyTable = [row];
    expect(run(input).codes).toEqual([]);
  });
});

describe('faithfulNumber: a double that rounds like the exact decimal', () => {
  it('80,1249999999999999999 is below the tie although its nearest double reads 80.125', () => {
    expect(Number('80.1249999999999999999')).toBe(80.125);
    const d = faithfulNumber(new Big('80.1249999999999999999'));
    expect(formatId(d, 2)).toBe('80,12');
    expect(formatId(d, 6)).toBe('80,125000');
  });

  it('just above a tie, and negative values, round away from zero like the exact value', () => {
    expect(formatId(faithfulNumber(new Big('33.33500000000000000001')), 2)).toBe('33,34');
    expect(formatId(faithfulNumber(new Big('-2.0049999999999999999')), 2)).toBe('-2,00');
    expect(formatId(faithfulNumber(new Big('-2.005')), 2)).toBe('-2,01');
  });
});

describe('figures written back to the workbook', () => {
  it('a program indicator % (Tabel program, 64,1 of 80) is checked and written as 80,13', () => {
    const input = pk([indicator(1, '80', '64,1')]);
    const persenRef = { sheet: 'Program', cell: 'G12' };
    input.programIndicators = [
      {
        level: 'program',
        kode: '1',
        nama: 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH',
        indikator: 'Persentase dokumen perencanaan yang tersusun tepat waktu',
        satuan: '%',
        target: parseText('80'),
        realisasi: parseText('64,1'),
        persen: { value: parseText('80,13'), ref: persenRef },
        sasaran: [1],
        refs: { target: null, realisasi: null, nama: null },
      },
    ];
    const { result, codes } = run(input);
    expect(codes).not.toContain('CAPAIAN_MISMATCH');
    const written = resultCells([result]).find((c) => c.ref.cell === 'G12');
    expect(written?.value).toBe(80.13);
  });
});

describe('typed inputs are the decimals the planner typed', () => {
  it('a %-formatted numeric cell 0.9793 is exactly 97,93', () => {
    const v = parseCell({ v: 0.9793, fmt: '0.00%' });
    expect(String(v.num)).toBe('97.93');
  });

  it('a %-formatted cell holding the fraction of a decimal with up to 4 places reads as it', () => {
    fc.assert(
      fc.property(decimalArb(10n ** 8n, 4), ({ mantissa, scale }) => {
        const fraction = Number(plain(mantissa, scale + 2));
        const v = parseCell({ v: fraction, fmt: '0.00%' });
        expect(String(v.num)).toBe(String(Number(plain(mantissa, scale))));
      }),
    );
  });
});

// --- exact rationals in the test -----------------------------------------------------------------

interface Q {
  n: bigint;
  /** > 0 */
  d: bigint;
}

const ratio = (n: bigint, d: bigint): Q => (d < 0n ? { n: -n, d: -d } : { n, d });
const sub = (a: Q, b: Q): Q => ({ n: a.n * b.d - b.n * a.d, d: a.d * b.d });
const div = (a: Q, b: Q): Q => ratio(a.n * b.d, a.d * b.n);
const scale100 = (a: Q): Q => ({ n: a.n * 100n, d: a.d });

/** Half-up (away from zero) to hundredths, by integer arithmetic. */
function hundredths(x: Q): bigint {
  const num = x.n * 100n;
  const abs = num < 0n ? -num : num;
  const r = (2n * abs + x.d) / (2n * x.d);
  return num < 0n ? -r : r;
}

/**
 * Within the range the model's numbers are faithful in (|x| < 10^8, exact.ts): a capaian of
 * 10^13 % from a target of 0,0001 has no double with its 2 decimals.
 */
function inRange(x: Q): boolean {
  const abs = x.n < 0n ? -x.n : x.n;
  return abs < 10n ** 8n * x.d;
}

/** An engine figure rounded by the consumers' own roundHalfUp, in hundredths. */
function engineHundredths(x: number | null): bigint {
  if (x === null) throw new Error('no figure');
  return BigInt(Math.round(roundHalfUp(x, 2) * 100));
}

/** `mantissa / 10^scale` as a plain decimal string with a dot. */
function plain(mantissa: bigint, scale: number): string {
  const digits = mantissa.toString().padStart(scale + 1, '0');
  return scale ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
}

/** The same decimal as a planner types it: `1.234.567,8912`. */
function typedText(mantissa: bigint, scale: number): string {
  const [int, frac] = plain(mantissa, scale).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac ? `${grouped},${frac}` : grouped;
}

interface Dec {
  mantissa: bigint;
  scale: number;
}
const q = (x: Dec): Q => ({ n: x.mantissa, d: 10n ** BigInt(x.scale) });
const text = (x: Dec): string => typedText(x.mantissa, x.scale);

function decimalArb(max: bigint, maxScale: number): fc.Arbitrary<Dec> {
  return fc.record({
    mantissa: fc.bigInt({ min: 1n, max }),
    scale: fc.integer({ min: 0, max: maxScale }),
  });
}

/** T = 2v and R = (2k+1)·v / 10^4, so 100·R/T = (2k+1)/200 = x,xx5: an exact tie. */
const tiePair = fc
  .record({ v: fc.bigInt({ min: 1n, max: 99_999n }), k: fc.bigInt({ min: 0n, max: 30_000n }) })
  .map(({ v, k }) => ({
    t: { mantissa: 2n * v, scale: 0 },
    r: { mantissa: (2n * k + 1n) * v, scale: 4 },
  }));
const anyPair = fc.record({ t: decimalArb(10n ** 8n, 4), r: decimalArb(10n ** 8n, 4) });
const capaianPair = fc.oneof(tiePair, anyPair);

/** Rupiah with sen, up to Rp 1 trillion; ties: P = 200w, Re = (2k+1)·w/100 → serapan x,xx5. */
const tieBudget = fc
  .record({
    w: fc.bigInt({ min: 1n, max: 5_000_000_000n }),
    k: fc.bigInt({ min: 0n, max: 12_000n }),
  })
  .map(({ w, k }) => ({
    pagu: { mantissa: 200n * w, scale: 0 },
    realisasi: { mantissa: (2n * k + 1n) * w, scale: 2 },
  }));
/** Serapan with at most 2 decimals (P = 100w, Re = s·w/100): with a tie capaian, a tie selisih. */
const shortBudget = fc
  .record({
    w: fc.bigInt({ min: 1n, max: 10_000_000_000n }),
    s: fc.bigInt({ min: 0n, max: 12_000n }),
  })
  .map(({ w, s }) => ({
    pagu: { mantissa: 100n * w, scale: 0 },
    realisasi: { mantissa: s * w, scale: 2 },
  }));
/** Any pagu and realisasi with sen, serapan up to 200 % (a figure a planner could see). */
const anyBudget = fc
  .record({ pagu: decimalArb(10n ** 14n, 2), realisasi: decimalArb(10n ** 14n, 2) })
  .filter(({ pagu, realisasi }) => {
    const s = scale100(div(q(realisasi), q(pagu)));
    return s.n <= 200n * s.d;
  });
const budgetArb = fc.oneof(tieBudget, shortBudget, anyBudget);

/**
 * Two indicators on T = v whose mean is a tie: R1 + R2 = (2k+1)·v/100, so
 * (100·R1/T + 100·R2/T)/2 = (2k+1)/200; each quotient alone usually does not terminate.
 */
const meanTie = fc
  .record({
    v: fc.bigInt({ min: 1n, max: 9_999n }),
    k: fc.bigInt({ min: 0n, max: 30_000n }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ v, k, share }) => {
    const total = (2n * k + 1n) * v * 100n; // R1 + R2 in 10^-4
    const m1 = BigInt(Math.floor(Number(total) * share));
    const t = { mantissa: v, scale: 0 };
    return [
      { t, r: { mantissa: m1 === 0n ? 1n : m1, scale: 4 } },
      { t, r: { mantissa: total - (m1 === 0n ? 1n : m1), scale: 4 } },
    ] as [{ t: Dec; r: Dec }, { t: Dec; r: Dec }];
  })
  .filter(([, b]) => b.r.mantissa > 0n);

// --- properties ----------------------------------------------------------------------------------

/** The exact value of a double (toPrecision(100) spells out its binary value in full here). */
const exactDouble = (x: number): Big => new Big(x.toPrecision(100));

/** |approx − n/d| ≤ err, decided exactly: |approx·d − n| ≤ err·d. */
function withinBound(f: Figure, x: Q): boolean {
  const d = new Big(x.d.toString());
  const gap = exactDouble(f.approx).times(d).minus(new Big(x.n.toString())).abs();
  return gap.lte(exactDouble(f.err).times(d));
}

describe('property: the error bounds of the fast path hold', () => {
  it('capaian (R/T, (2T−R)/T, T/R): the double is within its bound of the exact quotient', () => {
    fc.assert(
      fc.property(capaianPair, ({ t, r }) => {
        const T = q(t);
        const R = q(r);
        const tn = Number(plain(t.mantissa, t.scale));
        const rn = Number(plain(r.mantissa, r.scale));
        const pos = capaianFigure(tn, rn, 'positif', '2T-R').capaian!;
        const gap = capaianFigure(tn, rn, 'negatif', '2T-R').capaian!;
        const ratio = capaianFigure(tn, rn, 'negatif', 'T/R').capaian!;
        expect(withinBound(pos, scale100(div(R, T)))).toBe(true);
        expect(withinBound(gap, scale100(div(sub({ n: 2n * T.n, d: T.d }, R), T)))).toBe(true);
        expect(withinBound(ratio, scale100(div(T, R)))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('serapan: the double is within its bound of Σ exact rupiah', () => {
    fc.assert(
      fc.property(budgetArb, ({ pagu, realisasi }) => {
        const f = serapanFigure(
          typedFigure(Number(plain(pagu.mantissa, pagu.scale))),
          typedFigure(Number(plain(realisasi.mantissa, realisasi.scale))),
        )!;
        expect(withinBound(f, scale100(div(q(realisasi), q(pagu))))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('property: engine figures equal the exact rational figures', () => {
  it('capaian (both polarities, both negative formulas), tercapai and the typed-capaian check', () => {
    const kinds = ['positif', '2T-R', 'T/R'] as const;
    fc.assert(
      fc.property(capaianPair, fc.constantFrom(...kinds), ({ t, r }, kind) => {
        const T = q(t);
        const R = q(r);
        const exact =
          kind === 'positif'
            ? scale100(div(R, T))
            : kind === '2T-R'
              ? scale100(div(sub({ n: 2n * T.n, d: T.d }, R), T))
              : scale100(div(T, R));
        fc.pre(inRange(exact));
        const h = hundredths(exact);
        const typed = typedText(h < 0n ? -h : h, 2);
        const ind = indicator(1, text(t), text(r), {
          polaritas: kind === 'positif' ? 'positif' : 'negatif',
          typed: h < 0n ? `-${typed}` : typed,
        });
        const { result, codes } = run(pk([ind]), {
          rumusNegatif: kind === 'T/R' ? 'T/R' : '2T-R',
        });
        expect(engineHundredths(result.indikator[0].capaian)).toBe(h);
        expect(result.ringkasan.tercapai).toBe(h >= 10000n ? 1 : 0);
        expect(codes).not.toContain('CAPAIAN_MISMATCH');
      }),
      { numRuns: 400 },
    );
  });

  it('serapan, and efficiency (selisih: C − S) with its category', () => {
    fc.assert(
      fc.property(capaianPair, budgetArb, ({ t, r }, { pagu, realisasi }) => {
        const C = scale100(div(q(r), q(t)));
        const S = scale100(div(q(realisasi), q(pagu)));
        fc.pre(inRange(C));
        const { result } = run(
          pk([indicator(1, text(t), text(r))], [program(text(pagu), text(realisasi))]),
        );
        const s = result.sasaran[0];
        expect(engineHundredths(s.serapan)).toBe(hundredths(S));
        expect(engineHundredths(s.capaianAgregat)).toBe(hundredths(C));
        const e = hundredths(sub(C, S));
        expect(engineHundredths(s.efisiensi)).toBe(e);
        const efisien = hundredths(C) >= 10000n && e > 0n;
        expect(s.kategoriEfisiensi).toBe(efisien ? 'Efisien' : 'Tidak Efisien');
      }),
      { numRuns: 400 },
    );
  });

  it('the mean of a sasaran of two indicators', () => {
    fc.assert(
      fc.property(fc.oneof(meanTie, fc.tuple(capaianPair, capaianPair)), ([a, b]) => {
        const mean = div(
          scale100(
            ((x: Q, y: Q): Q => ({ n: x.n * y.d + y.n * x.d, d: x.d * y.d }))(
              div(q(a.r), q(a.t)),
              div(q(b.r), q(b.t)),
            ),
          ),
          { n: 2n, d: 1n },
        );
        fc.pre(inRange(mean));
        const { result } = run(
          pk([indicator(1, text(a.t), text(a.r)), indicator(2, text(b.t), text(b.r))]),
        );
        expect(engineHundredths(result.sasaran[0].capaian)).toBe(hundredths(mean));
      }),
      { numRuns: 300 },
    );
  });
});
