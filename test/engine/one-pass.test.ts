/**
 * Issue 15: the engine computes each indicator's facts once and gathers the aggregates in the
 * same pass. These properties check that the shortcuts give what the plain rules give, over
 * generated indicators:
 * - the trend walked value by value (trend.ts) against the §3 rule spelled out: every readable
 *   value in order (baseline, earlier years by year, this year), each compared with the last one
 *   kept, two numbers rounded half-up to 2 decimals, otherwise by grade ordinal;
 * - the grade scale looked up once (gradeScaleOnce) against gradeScaleFor;
 * - the tally (tally.ts) against counts and groups recomputed from the results, and the means of
 *   the ringkasan against the mean of one exact Figure per indicator;
 * - predicate labels compared through the memo against the normalisation done afresh.
 */
import fc from 'fast-check';
import { aggregateFigures, indicatorCapaian } from '../../src/engine/capaian';
import { computePk, samePredicate } from '../../src/engine/compute';
import { correctedInput } from '../../src/engine/corrections';
import { roundHalfUp } from '../../src/engine/decimal';
import { Figure, minus, numberOf, sum, times, typed } from '../../src/engine/exact';
import { FindingList } from '../../src/engine/findings';
import {
  DEFAULT_SETTINGS,
  type IndicatorInput,
  type PkInput,
  type Settings,
  type Trend,
} from '../../src/engine/model';
import {
  gradeOf,
  gradeOrdinal,
  gradeScaleFor,
  gradeScaleOnce,
  type Scale,
} from '../../src/engine/scales';
import { BASELINE_YEAR, CURRENT_YEAR, indicatorTrend, trendPoints } from '../../src/engine/trend';
import { hasNumber, parseText, type Value } from '../../src/engine/values';
import { EMPTY_PARTS } from '../helpers/indicator';

/** Names with the AKIP, IKM and IPP scales, and without one. */
const NAMES = [
  'Nilai SAKIP Perangkat Daerah',
  'Indeks Kepuasan Masyarakat',
  'Indeks Pelayanan Publik Kecamatan',
  'Jumlah dokumen perencanaan yang disusun',
  'Persentase layanan tepat waktu',
];

/** A cell as planners type it: a number, a bare grade, a grade with its score, or nothing. */
const cellText = fc.oneof(
  fc.integer({ min: 0, max: 12000 }).map((c) => String(c / 100).replace('.', ',')),
  fc.constantFrom('AA', 'A', 'BB', 'B', 'CC', 'C', 'D', 'A-', 'B-', 'E'),
  fc
    .tuple(fc.constantFrom('A', 'BB', 'B', 'C'), fc.integer({ min: 100, max: 9999 }))
    .map(([g, c]) => `${g} (${String(c / 100).replace('.', ',')})`),
  fc.constantFrom('', '-', 'belum ada data'),
);

function indicator(o: Partial<IndicatorInput> & { nama: string }): IndicatorInput {
  return {
    key: o.nama,
    ...EMPTY_PARTS,
    level: 'sasaran',
    tujuan: null,
    sasaran: 'Sasaran 1',
    sasaranNo: 1,
    polaritas: 'positif',
    target: parseText('100'),
    targetRef: null,
    realisasi: parseText('90'),
    realisasiRef: null,
    ...o,
  };
}

/** The §3 trend rule spelled out, on the whole series at once. */
function plainTrend(ind: IndicatorInput): { trend: Trend | null; years: number[] } {
  const scale: Scale | null = gradeScaleFor(ind.nama);
  const series: { tahun: number; v: Value }[] = [];
  if (ind.kondisiAwal) series.push({ tahun: BASELINE_YEAR, v: ind.kondisiAwal });
  const prior = [...ind.realisasiLalu].sort((a, b) => a.tahun - b.tahun);
  for (const p of prior) series.push({ tahun: p.tahun, v: p.value });
  series.push({ tahun: CURRENT_YEAR, v: ind.realisasi });
  const ordinalOf = (v: Value): number | null => {
    if (!scale) return null;
    if (hasNumber(v)) {
      const g = gradeOf(scale, v.num);
      return g ? gradeOrdinal(scale, g) : null;
    }
    return v.kind === 'grade' && v.grade ? gradeOrdinal(scale, v.grade) : null;
  };
  const readable = series.filter((p) => hasNumber(p.v) || ordinalOf(p.v) !== null);
  const kept: { tahun: number; v: Value }[] = [];
  const steps: number[] = [];
  for (const p of readable) {
    const last = kept[kept.length - 1];
    if (last) {
      let step: number | null = null;
      if (hasNumber(last.v) && hasNumber(p.v))
        step = Math.sign(roundHalfUp(p.v.num, 2) - roundHalfUp(last.v.num, 2));
      else {
        const a = ordinalOf(last.v);
        const b = ordinalOf(p.v);
        if (a !== null && b !== null) step = Math.sign(b - a);
      }
      if (step === null) continue;
      steps.push(step);
    }
    kept.push(p);
  }
  const up = steps.some((s) => s > 0);
  const down = steps.some((s) => s < 0);
  const trend: Trend | null =
    kept.length < 2 ? null : up && down ? 'fluktuatif' : up ? 'naik' : down ? 'turun' : 'tetap';
  return { trend, years: kept.map((p) => p.tahun) };
}

const seriesIndicator = fc
  .record({
    nama: fc.constantFrom(...NAMES),
    kondisiAwal: fc.option(cellText, { nil: null }),
    prior: fc.array(fc.tuple(fc.integer({ min: 2018, max: 2024 }), cellText), { maxLength: 5 }),
    now: cellText,
  })
  .map(({ nama, kondisiAwal, prior, now }) =>
    indicator({
      nama,
      kondisiAwal: kondisiAwal === null ? null : parseText(kondisiAwal),
      realisasiLalu: prior.map(([tahun, t]) => ({ tahun, value: parseText(t), ref: null })),
      realisasi: parseText(now),
    }),
  );

describe('the trend walked value by value is the §3 rule', () => {
  test('property: same trend and same points as the rule on the whole series', () => {
    fc.assert(
      fc.property(seriesIndicator, (ind) => {
        const want = plainTrend(ind);
        const got = indicatorTrend(ind);
        expect(got.trend).toBe(want.trend);
        expect(trendPoints(got.trendSeries).map((p) => p.tahun)).toEqual(want.years);
        // With the scale handed over (as computePk does) the walk is the same.
        expect(indicatorTrend(ind, () => gradeScaleFor(ind.nama))).toEqual(got);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the grade scale looked up once', () => {
  test('property: gradeScaleOnce gives gradeScaleFor, on every call', () => {
    const name = fc.oneof(
      fc.constantFrom(...NAMES),
      fc.string(),
      fc.constantFrom('nilai akip', 'IKM', 'skm unit', 'pelayanan publik', 'indeks ipp'),
    );
    fc.assert(
      fc.property(name, (n) => {
        const once = gradeScaleOnce(n);
        expect(once()).toBe(gradeScaleFor(n));
        expect(once()).toBe(gradeScaleFor(n));
      }),
    );
  });
});

const pkIndicator = fc
  .record({
    nama: fc.constantFrom(...NAMES),
    level: fc.constantFrom<'sasaran' | 'tujuan'>('sasaran', 'sasaran', 'tujuan'),
    sasaranNo: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
    tujuan: fc.option(fc.constantFrom('Tujuan 1', 'Tujuan 2'), { nil: null }),
    negatif: fc.boolean(),
    target: cellText,
    realisasi: cellText,
  })
  .map((o) =>
    indicator({
      nama: o.nama,
      level: o.level,
      sasaranNo: o.level === 'sasaran' ? o.sasaranNo : null,
      tujuan: o.tujuan,
      polaritas: o.negatif ? 'negatif' : 'positif',
      target: parseText(o.target),
      realisasi: parseText(o.realisasi),
    }),
  );

const at6 = (x: number | null) => (x === null ? null : roundHalfUp(x, 6));

describe('wrong grade letters found in the same pass as their findings', () => {
  // computePk tells correctedInput whether a letter is wrong (checkGradeScores) instead of
  // letting it look at every value again; a value without a cell is corrected but not reported.
  const ref = fc.option(fc.constant({ sheet: 'PK', cell: 'E6' }), { nil: null });
  const graded = fc
    .record({
      nama: fc.constantFrom(...NAMES),
      target: cellText,
      targetRef: ref,
      realisasi: cellText,
      realisasiRef: ref,
      akhir: fc.option(fc.tuple(cellText, ref), { nil: null }),
      prior: fc.array(fc.tuple(fc.integer({ min: 2018, max: 2024 }), cellText, ref), {
        maxLength: 3,
      }),
    })
    .map((o) =>
      indicator({
        nama: o.nama,
        target: parseText(o.target),
        targetRef: o.targetRef,
        realisasi: parseText(o.realisasi),
        realisasiRef: o.realisasiRef,
        targetAkhir: o.akhir && parseText(o.akhir[0]),
        targetAkhirRef: o.akhir && o.akhir[1],
        realisasiLalu: o.prior.map(([tahun, t, r]) => ({ tahun, value: parseText(t), ref: r })),
      }),
    );

  test('property: the input computed is correctedInput looking at every value itself', () => {
    fc.assert(
      fc.property(graded, (ind) => {
        const want = correctedInput(ind, null);
        const [got] = computePk(pkOf([ind]), DEFAULT_SETTINGS, new FindingList()).indikator;
        expect(got.input).toEqual(want);
        expect(got.typed === undefined).toBe(want === ind);
      }),
    );
  });
});

function pkOf(indikator: IndicatorInput[]): PkInput {
  return {
    sheet: 'PK',
    tahun: 2025,
    periode: null,
    jenis: 'awal',
    dilaporkan: true,
    indikator,
    programs: [],
    budget: [],
    programIndicators: [],
    efficiencyTable: [],
  };
}

const settingsArb = fc.record({
  skala: fc.constantFrom<Settings['skala']>('permendagri86-jember', 'akip'),
  batasAtasCapaian: fc.constantFrom(null, 100, 120),
  rumusNegatif: fc.constantFrom<Settings['rumusNegatif']>('2T-R', 'T/R'),
  metodeEfisiensi: fc.constant<Settings['metodeEfisiensi']>('selisih'),
});

describe('the aggregates gathered in the same pass', () => {
  test('property: groups and counts are those of the results; means those of one Figure per indicator', () => {
    fc.assert(
      fc.property(fc.array(pkIndicator, { maxLength: 40 }), settingsArb, (inds, settings) => {
        const res = computePk(pkOf(inds), settings, new FindingList());
        const with_ = res.indikator.filter((i) => i.capaian !== null);
        const r = res.ringkasan;
        expect(r.jumlahIndikator).toBe(inds.length);
        expect(r.tercapai).toBe(with_.filter((i) => roundHalfUp(i.capaian!, 2) >= 100).length);
        expect(r.melampaui).toBe(with_.filter((i) => roundHalfUp(i.capaian!, 2) > 100).length);
        expect(r.tidakTercapai).toBe(with_.length - r.tercapai);
        expect(r.tanpaCapaian).toBe(inds.length - with_.length);

        // Each sasaran: its sasaran-level indicators with that number, in order.
        const numbers = [
          ...new Set(
            inds
              .filter((i) => i.level === 'sasaran' && i.sasaranNo !== null)
              .map((i) => i.sasaranNo),
          ),
        ].sort((a, b) => a! - b!);
        expect(res.sasaran.map((s) => s.no)).toEqual(numbers);
        for (const s of res.sasaran) {
          const want = res.indikator.filter(
            (i) => i.input.level === 'sasaran' && i.input.sasaranNo === s.no,
          );
          expect(s.indikator).toEqual(want);
        }
        for (const t of res.tujuan) {
          const want = res.indikator.filter(
            (i) => i.input.level === 'tujuan' && (i.input.tujuan ?? i.input.nama) === t.nama,
          );
          expect(t.indikator).toEqual(want);
        }

        // The means: one exact Figure per indicator, averaged the plain way.
        const figure = (i: IndicatorInput) =>
          indicatorCapaian(i.nama, i.target, i.realisasi, i.polaritas, settings.rumusNegatif)
            .figure;
        // Both are faithful: they round alike at every precision up to 6 decimals.
        const mean = (xs: IndicatorInput[]) =>
          at6(numberOf(aggregateFigures(xs.map(figure), settings.batasAtasCapaian)));
        expect(at6(r.rataRataCapaian)).toBe(mean(res.indikator.map((i) => i.input)));
        expect(at6(r.efisiensi.capaian)).toBe(
          mean(res.indikator.filter((i) => i.input.level === 'sasaran').map((i) => i.input)),
        );
        for (const s of res.sasaran)
          expect(at6(s.capaian)).toBe(mean(s.indikator.map((i) => i.input)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('predicate labels compared through the memo', () => {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/\(.*?\)/g, '')
      .replace(/[^a-z]/g, '');
  const label = fc.oneof(
    fc.constantFrom(
      'Sangat Tinggi',
      'SANGAT TINGGI',
      'sangat  tinggi',
      'Tinggi',
      'Baik (Dengan Catatan)',
      'Baik',
      'Sangat Rendah',
    ),
    fc.string({ maxLength: 12 }),
  );

  test('property: the same answer as the normalisation done afresh, first and later calls', () => {
    fc.assert(
      fc.property(label, label, (a, b) => {
        const want = norm(a) === norm(b);
        expect(samePredicate(a, b)).toBe(want);
        expect(samePredicate(a, b)).toBe(want);
        expect(samePredicate(b, a)).toBe(want);
      }),
    );
  });
});

describe('integer amounts need no big.js', () => {
  const big = (x: number) => BigInt(x);
  const amount = fc.oneof(
    fc.integer({ min: -1e12, max: 1e12 }),
    fc.constantFrom(2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 52, 0),
  );

  test('property: Σ, − and × of exact integers are exact when they stay within 2^53, else bounded', () => {
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 30 }), amount, amount, (xs, a, b) => {
        const s = sum(xs.map(typed));
        const wantSum = xs.reduce((acc, x) => acc + big(x), 0n);
        const absSum = xs.reduce((acc, x) => acc + (x < 0 ? -big(x) : big(x)), 0n);
        if (absSum <= BigInt(Number.MAX_SAFE_INTEGER)) expect(s.err).toBe(0);
        // Whether or not the shortcut applies, the bound holds and the exact value is Σ.
        expect(Math.abs(Number(BigInt(s.approx) - wantSum))).toBeLessThanOrEqual(s.err);
        expect(s.exact().toFixed(0)).toBe(wantSum.toString());

        for (const [f, want] of [
          [minus(typed(a), typed(b)), big(a) - big(b)],
          [times(typed(a), typed(b)), big(a) * big(b)],
        ] as const) {
          if (f.err === 0) expect(BigInt(f.approx)).toBe(want);
          else expect(Number.isSafeInteger(f.approx)).toBe(false);
          expect(f.exact().toFixed(0)).toBe(want.toString());
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('a figure on a short decimal is returned as it is', () => {
  test('property: the double of a 7-decimal grid point is its own 15-digit reading', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e15 - 1 }), fc.boolean(), (n, neg) => {
        const x = (neg ? -n : n) / 1e7;
        // What toNumber returned before the shortcut (the 15-digit reading), and now.
        const before = Number(x.toPrecision(15));
        if (n > 0) expect(before).toBe(x);
        expect(new Figure(x, Math.abs(x) * 4 * 2 ** -53 + 1e-300, x).toNumber()).toBe(before);
      }),
      { numRuns: 2000 },
    );
  });
});
