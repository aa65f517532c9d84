/**
 * Efficiency per sasaran (DOMAIN.md §5). In every method C < 100 is Tidak Efisien.
 */
import { roundHalfUp } from './decimal';
import { atMost, div, Figure, HUNDRED, minus, numberOf, signOf, times, typed } from './exact';
import type { MetodeEfisiensi } from './model';

/** A figure given as a typed decimal or as an exact derived figure. */
type Amount = number | Figure;

export interface EfficiencyInput {
  /** Capaian kinerja of the sasaran (clamped as in §3). */
  capaian: Amount;
  /** Serapan of its programs. */
  serapan: Amount;
  /** Σ pagu and Σ realisasi of its programs (needed by `pmk`). */
  pagu: Amount;
  realisasi: Amount;
}

export interface EfficiencyOutcome {
  /** Faithful double of the exact value (rounds like it, DOMAIN.md §1). */
  nilai: number | null;
  kategori: 'Efisien' | 'Cukup Efisien' | 'Tidak Efisien';
}

const fig = (x: Amount): Figure => (typeof x === 'number' ? typed(x) : x);

/** The method's figure, exactly (null when its divisor is 0). */
function efficiencyFigure(metode: MetodeEfisiensi, x: EfficiencyInput): Figure | null {
  const c = fig(x.capaian);
  const s = fig(x.serapan);
  switch (metode) {
    case 'selisih':
    case 'selisih-5':
      return minus(c, s);
    case 'rasio':
      return signOf(s) === 0 ? null : div(c, s);
    case 'pmk': {
      // (pagu·CK − R) / (pagu·CK) × 100 with CK = min(C,100)/100, written as one quotient,
      // 100 − 100·100·R / (pagu·min(C,100)), so the exact value carries no scaled-up error.
      const denom = times(fig(x.pagu), atMost(c, 100));
      if (signOf(denom) === 0) return null;
      return minus(HUNDRED, div(times(times(fig(x.realisasi), HUNDRED), HUNDRED), denom));
    }
  }
}

export function efficiency(metode: MetodeEfisiensi, x: EfficiencyInput): EfficiencyOutcome {
  const met = roundHalfUp(fig(x.capaian).toNumber(), 2) >= 100;
  const nilai = numberOf(efficiencyFigure(metode, x));
  if (nilai === null) return { nilai, kategori: 'Tidak Efisien' };
  switch (metode) {
    case 'selisih':
    case 'pmk':
      return { nilai, kategori: met && roundHalfUp(nilai, 2) > 0 ? 'Efisien' : 'Tidak Efisien' };
    case 'selisih-5': {
      const d = roundHalfUp(nilai, 2);
      if (met && d > 5) return { nilai, kategori: 'Efisien' };
      if (met && d >= -5 && d <= 5) return { nilai, kategori: 'Cukup Efisien' };
      return { nilai, kategori: 'Tidak Efisien' };
    }
    case 'rasio':
      return { nilai, kategori: met && roundHalfUp(nilai, 4) > 1 ? 'Efisien' : 'Tidak Efisien' };
  }
}
