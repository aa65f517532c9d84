/**
 * How each kind of figure is printed, the same in every output — `capaian check` (table), the
 * pane, the `LKjIP …` sheets and the Word draft (issue 10 §2). Capaian and serapan are
 * `formatPercent` (`102,77%`), rupiah `formatRupiah`; efficiency depends on its method.
 */
import { formatId } from './decimal';
import type { MetodeEfisiensi } from './model';
import type { Value } from './values';

/** The efficiency rule of each method, in one sentence a reader understands. */
export const EFF_RULE: Record<MetodeEfisiensi, string> = {
  selisih:
    'Suatu sasaran dikategorikan efisien apabila targetnya tercapai (capaian kinerja 100% atau lebih) dan persentase capaian kinerjanya lebih besar daripada persentase serapan anggarannya.',
  'selisih-5':
    'Suatu sasaran dikategorikan efisien apabila targetnya tercapai (capaian kinerja 100% atau lebih) dan capaian kinerjanya lebih dari 5 poin di atas serapan anggarannya, dan cukup efisien apabila targetnya tercapai dan selisih keduanya antara −5 dan 5 poin.',
  rasio:
    'Suatu sasaran dikategorikan efisien apabila targetnya tercapai (capaian kinerja 100% atau lebih) dan capaian kinerja dibagi serapan anggarannya lebih dari 1.',
  pmk: 'Suatu sasaran dikategorikan efisien apabila targetnya tercapai (capaian kinerja 100% atau lebih) dan anggaran yang terpakai lebih kecil daripada anggaran yang sebanding dengan kinerjanya (nilai efisiensi lebih dari 0%).',
};

/** How the efficiency column is computed, per method. */
export const EFF_FORMULA: Record<MetodeEfisiensi, string> = {
  selisih: 'Efisiensi = capaian kinerja − serapan anggaran (poin).',
  'selisih-5': 'Efisiensi = capaian kinerja − serapan anggaran (poin).',
  rasio: 'Efisiensi = capaian kinerja ÷ serapan anggaran.',
  pmk: 'Efisiensi = (pagu × capaian kinerja − realisasi) ÷ (pagu × capaian kinerja) × 100%, dengan capaian kinerja paling tinggi 100%.',
};

/** The efficiency column's header, with the method's unit. */
export const EFF_HEADER: Record<MetodeEfisiensi, string> = {
  selisih: 'Efisiensi (poin)',
  'selisih-5': 'Efisiensi (poin)',
  rasio: 'Efisiensi (rasio)',
  pmk: 'Efisiensi (%)',
};

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

/**
 * A typed value echoed in a message, in the one style of every message (issue 14): the number in
 * the Indonesian style at the planner's own precision (`95,24%` for a cell holding 95.24 or
 * `95.24 %`), `%` attached, `Rp` before an amount, another unit after a space (`4 Dok`), a grade
 * with its score as `B (85)`. `unit` is the unit the column implies when the cell has none. What
 * is not a number (a bare grade aside) is the planner's own text in quotes.
 */
export function formatTyped(v: Value, unit: string | null = null): string {
  if (v.num === null) return v.kind === 'grade' && v.grade ? v.grade : `"${v.raw.trim()}"`;
  const n = formatId(Math.abs(v.num), v.precision);
  const sign = v.num < 0 && n.replace(/[0,.]/g, '') !== '' ? '-' : '';
  const u = v.unit ?? unit;
  const shown =
    u === '%'
      ? `${sign}${n}%`
      : u?.toLowerCase() === 'rp'
        ? `${sign}Rp ${n}`
        : `${sign}${n}${u ? ` ${u}` : ''}`;
  return v.grade ? `${v.grade} (${shown})` : shown;
}
