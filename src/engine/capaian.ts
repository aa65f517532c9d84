/**
 * Capaian of one indicator (DOMAIN.md §2), aggregates (§3) and trend.
 */
import { roundHalfUp } from './decimal';
import type { FindingCode } from './findings';
import type { Polaritas, RumusNegatif, Trend } from './model';
import { gradeOf, gradeOrdinal, gradeScaleFor, type Scale } from './scales';
import { hasNumber, type Value } from './values';

export interface CapaianOutcome {
  capaian: number | null;
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

/** capaian = R/T×100 (positive), (2T−R)/T×100 or T/R×100 (negative). */
export function capaianOf(
  target: number,
  realisasi: number,
  polaritas: Polaritas,
  rumus: RumusNegatif,
): { capaian: number | null; note: CapaianOutcome['note'] } {
  if (polaritas === 'positif') {
    if (target === 0)
      return {
        capaian: null,
        note: { code: 'TARGET_ZERO', message: 'Target 0: capaian tidak dapat dihitung.' },
      };
    return { capaian: (realisasi / target) * 100, note: null };
  }
  if (rumus === 'T/R') {
    if (realisasi === 0) {
      return {
        capaian: 100,
        note: {
          code: 'REALISASI_ZERO_RATIO',
          message: 'Rumus T/R dengan realisasi 0: capaian dianggap 100 %.',
        },
      };
    }
    if (target === 0)
      return {
        capaian: null,
        note: { code: 'TARGET_ZERO', message: 'Target 0: capaian tidak dapat dihitung.' },
      };
    return { capaian: (target / realisasi) * 100, note: null };
  }
  if (target === 0) {
    if (realisasi === 0) return { capaian: 100, note: null };
    return {
      capaian: null,
      note: { code: 'TARGET_ZERO', message: 'Target 0: capaian tidak dapat dihitung.' },
    };
  }
  return { capaian: ((2 * target - realisasi) / target) * 100, note: null };
}

/**
 * Capaian of an indicator from its target and realisasi values. Grades on either side (with no
 * score) are compared by ordinal on the indicator's grade scale.
 */
export function indicatorCapaian(
  nama: string,
  target: Value,
  realisasi: Value,
  polaritas: Polaritas,
  rumus: RumusNegatif,
): CapaianOutcome {
  if (realisasi.kind === 'empty') {
    return {
      capaian: null,
      ordinal: false,
      note: { code: 'REALISASI_EMPTY', message: 'Realisasi belum diisi: capaian tidak dihitung.' },
    };
  }
  if (realisasi.kind === 'unreadable' || target.kind === 'unreadable' || target.kind === 'empty') {
    return { capaian: null, ordinal: false, note: null };
  }
  const useOrdinal = target.kind === 'grade' || realisasi.kind === 'grade';
  const scale = useOrdinal ? gradeScaleFor(nama) : null;
  const t = comparable(target, scale, useOrdinal);
  const r = comparable(realisasi, scale, useOrdinal);
  if (t === null || r === null) {
    return {
      capaian: null,
      ordinal: useOrdinal,
      note: useOrdinal
        ? {
            code: 'ORDINAL_CAPAIAN',
            message: `Nilai huruf tidak dapat dibandingkan: indikator ini tidak memakai skala nilai huruf (AKIP/IKM/IPP).`,
          }
        : null,
    };
  }
  const out = capaianOf(t, r, polaritas, rumus);
  if (useOrdinal && out.capaian !== null) {
    return {
      capaian: out.capaian,
      ordinal: true,
      note: {
        code: 'ORDINAL_CAPAIAN',
        message: `Capaian dihitung dari urutan nilai huruf pada skala ${scale?.name}: ${realisasi.raw.trim()} terhadap ${target.raw.trim()}.`,
      },
    };
  }
  return { capaian: out.capaian, ordinal: false, note: out.note };
}

/** The value entering an average: clamp(capaian, 0, batas). */
export function clampForAggregate(c: number, batas: number | null): number {
  const floored = Math.max(c, 0);
  return batas === null ? floored : Math.min(floored, batas);
}

export function mean(values: number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** Mean of clamped capaian (those that have one). */
export function aggregateCapaian(values: (number | null)[], batas: number | null): number | null {
  return mean(
    values.filter((v): v is number => v !== null).map((v) => clampForAggregate(v, batas)),
  );
}

/** Trend of a series (rounded to 2 decimals before comparing). Fewer than two values: null. */
export function trendOf(series: number[]): Trend | null {
  const vals = series.map((v) => roundHalfUp(v, 2));
  if (vals.length < 2) return null;
  let up = false;
  let down = false;
  for (let i = 1; i < vals.length; i++) {
    if (vals[i] > vals[i - 1]) up = true;
    else if (vals[i] < vals[i - 1]) down = true;
  }
  if (up && down) return 'fluktuatif';
  if (up) return 'naik';
  if (down) return 'turun';
  return 'tetap';
}

/** Classification helpers on the printed (2-decimal) value. */
export const isTercapai = (c: number): boolean => roundHalfUp(c, 2) >= 100;
export const isMelampaui = (c: number): boolean => roundHalfUp(c, 2) > 100;
