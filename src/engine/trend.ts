/**
 * The trend of an indicator's series (DOMAIN.md §3): the baseline (Kondisi Awal) when present,
 * the realisasi of earlier years, then this year's. Each step compares what the two values
 * share: two numbers compare as numbers (rounded half-up to 2 decimals, as printed); a bare
 * grade compares by its ordinal on the indicator's grade scale, the number beside it graded
 * first. So `B(75,50)` → `70,05` is a fall, though both scores are BB.
 */
import { roundHalfUp } from './decimal';
import { trendOf } from './capaian';
import type { IndicatorInput, Trend } from './model';
import { gradeOf, gradeOrdinal, gradeScaleFor, type Scale } from './scales';
import { hasNumber, type Value } from './values';

/** Year of the baseline in `trendValues` (before every year). */
export const BASELINE_YEAR = Number.NEGATIVE_INFINITY;
/** Year of this year's realisasi in `trendValues` (after every year). */
export const CURRENT_YEAR = Number.NaN;

export interface TrendPoint {
  tahun: number;
  /** The number, or the ordinal of a bare grade. */
  value: number;
}

interface Point {
  tahun: number;
  num: number | null;
  ordinal: number | null;
}

function pointOf(tahun: number, v: Value, scale: Scale | null): Point | null {
  if (hasNumber(v)) {
    const g = scale ? gradeOf(scale, v.num) : null;
    return { tahun, num: v.num, ordinal: scale && g ? gradeOrdinal(scale, g) : null };
  }
  if (v.kind === 'grade' && v.grade && scale) {
    const o = gradeOrdinal(scale, v.grade);
    return o === null ? null : { tahun, num: null, ordinal: o };
  }
  return null;
}

/** −1, 0 or 1 for one step of the series; null when the two values cannot be compared. */
function stepOf(a: Point, b: Point): number | null {
  if (a.num !== null && b.num !== null)
    return Math.sign(roundHalfUp(b.num, 2) - roundHalfUp(a.num, 2));
  if (a.ordinal !== null && b.ordinal !== null) return Math.sign(b.ordinal - a.ordinal);
  return null;
}

/** The readable points of the series, in order: baseline, earlier years, this year. */
function seriesOf(ind: IndicatorInput): Point[] {
  const scale = gradeScaleFor(ind.nama);
  const prior = [...ind.realisasiLalu].sort((a, b) => a.tahun - b.tahun);
  const raw: { tahun: number; value: Value }[] = [];
  if (ind.kondisiAwal) raw.push({ tahun: BASELINE_YEAR, value: ind.kondisiAwal });
  raw.push(...prior.map((p) => ({ tahun: p.tahun, value: p.value })));
  raw.push({ tahun: CURRENT_YEAR, value: ind.realisasi });
  return raw.map((r) => pointOf(r.tahun, r.value, scale)).filter((p): p is Point => p !== null);
}

/**
 * The trend of an indicator and the points it was read from. A value that cannot be compared
 * with its neighbour (a bare grade on an indicator with no grade scale) is left out.
 */
export function indicatorTrend(ind: IndicatorInput): {
  trend: Trend | null;
  trendValues: TrendPoint[];
} {
  const points: Point[] = [];
  const steps: number[] = [];
  for (const p of seriesOf(ind)) {
    const prev = points[points.length - 1];
    if (prev) {
      const s = stepOf(prev, p);
      if (s === null) continue;
      steps.push(s);
    }
    points.push(p);
  }
  // The steps as a walk (0, ±1, …): trendOf applies the §3 rule to its rises and falls.
  const walk = steps.reduce<number[]>((w, s) => [...w, w[w.length - 1] + s], [0]);
  return {
    trend: points.length < 2 ? null : trendOf(walk),
    trendValues: points.map((p) => ({ tahun: p.tahun, value: p.num ?? p.ordinal! })),
  };
}
