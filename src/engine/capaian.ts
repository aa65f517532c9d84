/**
 * Capaian of one indicator (DOMAIN.md §2), aggregates (§3) and trend.
 */
import { roundHalfUp } from './decimal';
import { formatTyped } from './figures';
import type Big from 'big.js';
import {
  clamp,
  dec,
  Figure,
  HUNDRED,
  mean as meanOfFigures,
  meanOfValues,
  numberOf,
  typed,
  U,
} from './exact';
import type { FindingCode } from './findings';
import type { IndicatorInput, Polaritas, RumusNegatif, Trend } from './model';
import { gradeOf, gradeOrdinal, gradeScaleFor, type GradeScaleOf, type Scale } from './scales';
import { hasNumber, type Value } from './values';

export interface CapaianOutcome {
  /** The faithful double of `figure` (DOMAIN.md §1: rounds like the exact value). */
  capaian: number | null;
  /** The exact capaian, for aggregates computed from it. */
  figure: Figure | null;
  ordinal: boolean;
  /** Why there is no capaian, or what the engine assumed. */
  note: { code: FindingCode; message: string } | null;
}

/** The number a value stands for on an indicator, or its ordinal on the grade scale. */
function comparable(v: Value, scale: Scale | null, useOrdinal: boolean): number | null {
  if (useOrdinal) {
    if (!scale) return null;
    if (v.grade && v.num === null) return gradeOrdinal(scale, v.grade);
    if (hasNumber(v)) {
      const g = gradeOf(scale, v.num);
      return g ? gradeOrdinal(scale, g) : null;
    }
    return null;
  }
  return hasNumber(v) ? v.num : null;
}

/**
 * A quotient capaian as one Figure: its double, a bound on that double's error from the exact
 * value on the typed decimals, and the recipe for the exact value from the two numbers (no
 * intermediate figures: this runs for every indicator).
 *
 * Error bounds (U = unit roundoff; a typed decimal's double is within |x|·U of it):
 * - 100·a/b: the inputs move the quotient by at most 2.01·U relatively, the two roundings
 *   (×100, ÷b) by 2.01·U more: |exact − ĉ| ≤ 5·U·|ĉ|.
 * - 100·(2T−R)/T: exactly 200 − 100·R/T, so the inputs move it by at most 100·|R/T|·2.01·U; the
 *   three roundings (2T−R, ×100, ÷T) by 3.01·U·|ĉ|: |exact − ĉ| ≤ (201·|R/T| + 4·|ĉ|)·U.
 */
function ratioFigure(a: number, b: number): Figure {
  const approx = (a * 100) / b;
  return new Figure(approx, 5 * U * Math.abs(approx), () => dec(a).times(100).div(dec(b)));
}

function gapFigure(t: number, r: number): Figure {
  const approx = ((2 * t - r) * 100) / t;
  const err = (201 * Math.abs(r / t) + 4 * Math.abs(approx)) * U;
  return new Figure(approx, err, () => dec(t).times(2).minus(dec(r)).times(100).div(dec(t)));
}

const TARGET_ZERO = {
  code: 'TARGET_ZERO',
  message: 'Target 0: capaian tidak dapat dihitung.',
} as const;

/**
 * capaian = R/T×100 (positive), (2T−R)/T×100 or T/R×100 (negative), exactly on the typed
 * decimals (a Figure: see exact.ts).
 */
export function capaianFigure(
  target: number,
  realisasi: number,
  polaritas: Polaritas,
  rumus: RumusNegatif,
): { capaian: Figure | null; note: CapaianOutcome['note'] } {
  if (polaritas === 'positif') {
    if (target === 0) return { capaian: null, note: TARGET_ZERO };
    return { capaian: ratioFigure(realisasi, target), note: null };
  }
  if (rumus === 'T/R') {
    if (realisasi === 0) {
      return {
        capaian: HUNDRED,
        note: {
          code: 'REALISASI_ZERO_RATIO',
          message: 'Rumus T/R dengan realisasi 0: capaian dianggap 100%.',
        },
      };
    }
    if (target === 0) return { capaian: null, note: TARGET_ZERO };
    return { capaian: ratioFigure(target, realisasi), note: null };
  }
  if (target === 0) {
    if (realisasi === 0) return { capaian: HUNDRED, note: null };
    return { capaian: null, note: TARGET_ZERO };
  }
  return { capaian: gapFigure(target, realisasi), note: null };
}

/** capaianFigure as a faithful double. */
export function capaianOf(
  target: number,
  realisasi: number,
  polaritas: Polaritas,
  rumus: RumusNegatif,
): { capaian: number | null; note: CapaianOutcome['note'] } {
  const out = capaianFigure(target, realisasi, polaritas, rumus);
  return { capaian: numberOf(out.capaian), note: out.note };
}

/**
 * Capaian of an indicator from its target and realisasi values. Grades on either side (with no
 * score) are compared by ordinal on the indicator's grade scale (`scaleOf`, when the caller
 * already looked it up; else from the name).
 */
export function indicatorCapaian(
  nama: string,
  target: Value,
  realisasi: Value,
  polaritas: Polaritas,
  rumus: RumusNegatif,
  scaleOf?: GradeScaleOf,
): CapaianOutcome {
  if (realisasi.kind === 'empty') {
    return {
      capaian: null,
      figure: null,
      ordinal: false,
      note: { code: 'REALISASI_EMPTY', message: 'Realisasi belum diisi: capaian tidak dihitung.' },
    };
  }
  if (realisasi.kind === 'unreadable' || target.kind === 'unreadable' || target.kind === 'empty') {
    return { capaian: null, figure: null, ordinal: false, note: null };
  }
  const useOrdinal = target.kind === 'grade' || realisasi.kind === 'grade';
  const scale = !useOrdinal ? null : scaleOf ? scaleOf() : gradeScaleFor(nama);
  const t = comparable(target, scale, useOrdinal);
  const r = comparable(realisasi, scale, useOrdinal);
  if (t === null || r === null) {
    return {
      capaian: null,
      figure: null,
      ordinal: useOrdinal,
      note: useOrdinal
        ? {
            code: 'ORDINAL_CAPAIAN',
            message: `Nilai huruf tidak dapat dibandingkan: indikator ini tidak memakai skala nilai huruf (AKIP/IKM/IPP).`,
          }
        : null,
    };
  }
  const out = capaianFigure(t, r, polaritas, rumus);
  const capaian = numberOf(out.capaian);
  if (useOrdinal && out.capaian !== null) {
    return {
      capaian,
      figure: out.capaian,
      ordinal: true,
      note: {
        code: 'ORDINAL_CAPAIAN',
        message: `Capaian dihitung dari urutan nilai huruf pada skala ${scale?.name}: ${formatTyped(realisasi)} terhadap ${formatTyped(target)}.`,
      },
    };
  }
  return { capaian, figure: out.capaian, ordinal: false, note: out.note };
}

/** The value entering an average: clamp(capaian, 0, batas). */
export function clampForAggregate(c: number, batas: number | null): number {
  const floored = Math.max(c, 0);
  return batas === null ? floored : Math.min(floored, batas);
}

/** Mean of typed decimals, exactly (a faithful double). */
export function mean(values: number[]): number | null {
  return numberOf(meanOfFigures(values.map(typed)));
}

/** Mean of clamped capaian (those that have one), exactly on the exact capaian (§3). */
export function aggregateFigures(values: (Figure | null)[], batas: number | null): Figure | null {
  return meanOfFigures(
    values.filter((v): v is Figure => v !== null).map((v) => clamp(v, 0, batas)),
  );
}

/** aggregateFigures on typed decimals, as a faithful double. */
export function aggregateCapaian(values: (number | null)[], batas: number | null): number | null {
  return numberOf(
    aggregateFigures(
      values.map((v) => (v === null ? null : typed(v))),
      batas,
    ),
  );
}

/**
 * The capaian of a PK's indicators as exact figures, without a Figure object per indicator
 * (100 000 of them kept alive cost more in garbage collection than all the arithmetic): the
 * faithful double each result holds, a bound on its distance from the exact value, and the exact
 * value recomputed from the inputs only when an aggregate lands near a rounding boundary.
 */
export class CapaianFigures {
  /** results[i].capaian, NaN for none. */
  private readonly values: Float64Array;

  constructor(
    private readonly results: readonly { input: IndicatorInput; capaian: number | null }[],
    /** errs[i] bounds |exact − results[i].capaian|. */
    private readonly errs: Float64Array,
    private readonly rumus: RumusNegatif,
    /** results[i].capaian, NaN for none, when the caller has it already. */
    values?: Float64Array,
  ) {
    this.values = values ?? Float64Array.from(results, (r) => r.capaian ?? NaN);
  }

  /**
   * How far the faithful double of `fig` may be from its exact value: the fast path returns the
   * approximation or its 15-digit rounding (within fig.err + 5·10^-15 relatively); the decimal
   * path the nearest double, moved at most one ulp.
   */
  static errOf(fig: Figure | null, value: number | null): number {
    return fig === null || value === null ? 0 : fig.err + Math.abs(value) * 64 * U;
  }

  private exactAt(i: number): Big {
    const { input } = this.results[i];
    const out = indicatorCapaian(
      input.nama,
      input.target,
      input.realisasi,
      input.polaritas,
      this.rumus,
    );
    return out.figure!.exact();
  }

  /** The exact capaian of one result (null when it has none). */
  figureOf(result: { capaian: number | null }): Figure | null {
    const i = this.results.indexOf(result as (typeof this.results)[number]);
    const value = i < 0 ? null : this.results[i].capaian;
    if (value === null) return null;
    return new Figure(value, this.errs[i], () => this.exactAt(i));
  }

  /**
   * Mean of clamp(capaian, 0, batas) over the results at `indices` (null: all) that have a
   * capaian.
   */
  mean(indices: readonly number[] | null, batas: number | null): Figure | null {
    return meanOfValues(this.values, this.errs, indices, 0, batas, (i) => this.exactAt(i));
  }
}

/** Trend of a series (rounded to 2 decimals before comparing). Fewer than two values: null. */
export function trendOf(series: number[]): Trend | null {
  if (series.length < 2) return null;
  let up = false;
  let down = false;
  let prev = roundHalfUp(series[0], 2);
  for (let i = 1; i < series.length; i++) {
    const v = roundHalfUp(series[i], 2);
    if (v > prev) up = true;
    else if (v < prev) down = true;
    prev = v;
  }
  return trendWord(up, down);
}

/** §3: the trend of a series with at least one step, from whether it rises and whether it falls. */
export function trendWord(up: boolean, down: boolean): Trend {
  if (up && down) return 'fluktuatif';
  if (up) return 'naik';
  if (down) return 'turun';
  return 'tetap';
}

/** Classification helpers on the printed (2-decimal) value. */
export const isTercapai = (c: number): boolean => roundHalfUp(c, 2) >= 100;
export const isMelampaui = (c: number): boolean => roundHalfUp(c, 2) > 100;
