/**
 * The trend of an indicator's series (DOMAIN.md §3): the baseline (Kondisi Awal) when present,
 * the realisasi of earlier years, then this year's. Each step compares what the two values
 * share: two numbers compare as numbers (rounded half-up to 2 decimals, as printed); a bare
 * grade compares by its ordinal on the indicator's grade scale, the number beside it graded
 * first. So `B(75,50)` → `70,05` is a fall, though both scores are BB.
 */
import { roundHalfUp } from './decimal';
import { trendWord } from './capaian';
import type { IndicatorInput, Trend } from './model';
import { gradeOf, gradeOrdinal, gradeScaleOnce, type GradeScaleOf } from './scales';
import { hasNumber, type Value } from './values';

/*
 * The two points that are not a year of their own are marked by integers far outside the
 * 4-digit years the reader accepts, not by −∞ and NaN: while every `tahun` is a small integer V8
 * keeps it unboxed in the point, where one double among them would box the year of every point
 * of every indicator (100 000 results keep theirs: about 16 bytes more per point to allocate and
 * copy at each garbage collection).
 */
/** Year of the baseline in `trendSeries` (before every year). */
export const BASELINE_YEAR = -1_000_000;
/** Year of this year's realisasi in `trendSeries` (after every year). */
export const CURRENT_YEAR = 1_000_000;

/** Whether a point's `tahun` is a year of its own (not the baseline or this year). */
export function isEarlierYear(tahun: number): boolean {
  return tahun !== BASELINE_YEAR && tahun !== CURRENT_YEAR;
}

export interface TrendPoint {
  tahun: number;
  /** The number, or the ordinal of a bare grade. */
  value: number;
}

/**
 * The series walked value by value: each readable value is compared with the last one kept; a
 * value that cannot be compared with it is left out. Only the last kept value is remembered, and
 * the grade scale is looked up only when a bare grade needs it.
 */
class TrendWalk {
  /**
   * The points kept, as pairs `tahun, value` in one array of numbers sized for the whole series
   * (100 000 results keep theirs: one array of unboxed numbers each, no object per point and no
   * room for growth), cut to the points kept by `points()`.
   */
  private readonly values: number[];
  private count = 0;
  private up = false;
  private down = false;
  /** The last kept value: its number, or the ordinal of a bare grade. */
  private lastNum: number | null = null;
  private lastOrdinal: number | null = null;

  constructor(
    private readonly scaleOf: GradeScaleOf,
    length: number,
  ) {
    this.values = new Array<number>(2 * length);
  }

  add(tahun: number, v: Value): void {
    let num: number | null = null;
    let ordinal: number | null = null;
    if (hasNumber(v)) num = v.num;
    else if (v.kind === 'grade' && v.grade) {
      const scale = this.scaleOf();
      ordinal = scale ? gradeOrdinal(scale, v.grade) : null;
      if (ordinal === null) return;
    } else return;
    if (this.count > 0) {
      const s = this.stepTo(num, ordinal);
      if (s === null) return;
      if (s > 0) this.up = true;
      else if (s < 0) this.down = true;
    }
    this.lastNum = num;
    this.lastOrdinal = ordinal;
    this.values[2 * this.count] = tahun;
    this.values[2 * this.count + 1] = num ?? ordinal!;
    this.count++;
  }

  points(): number[] {
    this.values.length = 2 * this.count;
    return this.values;
  }

  trend(): Trend | null {
    return this.count < 2 ? null : trendWord(this.up, this.down);
  }

  /**
   * −1, 0 or 1 from the last kept value to this one; null when they cannot be compared. Two
   * numbers compare rounded to 2 decimals; otherwise both by ordinal, a number graded first.
   */
  private stepTo(num: number | null, ordinal: number | null): number | null {
    if (this.lastNum !== null && num !== null)
      return Math.sign(roundHalfUp(num, 2) - roundHalfUp(this.lastNum, 2));
    const a = this.lastNum !== null ? this.ordinalOf(this.lastNum) : this.lastOrdinal;
    const b = num !== null ? this.ordinalOf(num) : ordinal;
    return a !== null && b !== null ? Math.sign(b - a) : null;
  }

  /** The ordinal of a score's grade on the indicator's grade scale. */
  private ordinalOf(score: number): number | null {
    const scale = this.scaleOf();
    const g = scale ? gradeOf(scale, score) : null;
    return scale && g ? gradeOrdinal(scale, g) : null;
  }
}

/** The earlier years in order of year (the same array when they already are). */
function inYearOrder(prior: IndicatorInput['realisasiLalu']): IndicatorInput['realisasiLalu'] {
  for (let i = 1; i < prior.length; i++)
    if (prior[i].tahun < prior[i - 1].tahun) return [...prior].sort((a, b) => a.tahun - b.tahun);
  return prior;
}

/**
 * The trend of an indicator and the points it was read from: the baseline, the earlier years
 * and this year. A value that cannot be compared with its neighbour (a bare grade on an
 * indicator with no grade scale) is left out. `scaleOf` gives the indicator's grade scale (by
 * default looked up from its name, once and only when a grade needs it).
 */
export function indicatorTrend(
  ind: IndicatorInput,
  scaleOf: GradeScaleOf = gradeScaleOnce(ind.nama),
): {
  trend: Trend | null;
  trendSeries: number[];
} {
  const length = (ind.kondisiAwal ? 1 : 0) + ind.realisasiLalu.length + 1;
  const walk = new TrendWalk(scaleOf, length);
  if (ind.kondisiAwal) walk.add(BASELINE_YEAR, ind.kondisiAwal);
  const prior = inYearOrder(ind.realisasiLalu);
  for (let i = 0; i < prior.length; i++) walk.add(prior[i].tahun, prior[i].value);
  walk.add(CURRENT_YEAR, ind.realisasi);
  return { trend: walk.trend(), trendSeries: walk.points() };
}

/** The points of a result's `trendSeries` (pairs `tahun, value`), one object each. */
export function trendPoints(trendSeries: readonly number[]): TrendPoint[] {
  const out: TrendPoint[] = [];
  for (let i = 0; i + 1 < trendSeries.length; i += 2)
    out.push({ tahun: trendSeries[i], value: trendSeries[i + 1] });
  return out;
}
