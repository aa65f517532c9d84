/**
 * How each kind of figure is printed, the same in every output — `capaian check` (table), the
 * pane, the `LKjIP …` sheets and the Word draft (issue 10 §2). Capaian and serapan are
 * `formatPercent` (`102,77%`), rupiah `formatRupiah`; efficiency depends on its method.
 */
import { formatId } from './decimal';
import type { MetodeEfisiensi } from './model';

/** Decimals of the efficiency figure: points and percentages 2, a ratio 4. */
export const EFF_DECIMALS: Record<MetodeEfisiensi, number> = {
  selisih: 2,
  'selisih-5': 2,
  rasio: 4,
  pmk: 2,
};

/** What follows the efficiency figure in a sentence: points, nothing for a ratio, or %. */
export const EFF_UNIT: Record<MetodeEfisiensi, string> = {
  selisih: ' poin',
  'selisih-5': ' poin',
  rasio: '',
  pmk: '%',
};

/** The efficiency figure as printed in a table cell: `22,24`, `1,1296`; `-` when there is none. */
export function formatEfisiensi(x: number | null, m: MetodeEfisiensi): string {
  return x === null ? '-' : formatId(x, EFF_DECIMALS[m]);
}

/** The efficiency figure with its unit, as in a sentence: `22,24 poin`, `1,1296`, `3,50%`. */
export function formatEfisiensiUnit(x: number | null, m: MetodeEfisiensi): string {
  return x === null ? '-' : `${formatEfisiensi(x, m)}${EFF_UNIT[m]}`;
}
