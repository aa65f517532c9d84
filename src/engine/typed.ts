/**
 * Checking a typed figure against its computed value (DOMAIN.md §7, "A typed figure is wrong"):
 * wrong only when the computed value, rounded half-up to the typed figure's precision, differs.
 * The message then says how it looks — dipotong, dibatasi, tanda desimal hilang — and only when
 * the numbers show it.
 */
import { formatPercent, roundHalfUp, truncateTo } from './decimal';
import { formatTyped } from './figures';
import type { Value } from './values';

export type TypedVerdict =
  | { ok: true }
  | { ok: false; how: 'dipotong' | 'dibatasi' | 'desimal' | 'pecahan' | 'lain'; expected: number };

/**
 * The decimal mark lost: the typed figure is a whole number, the computed value's digits at one
 * or two decimals — as the message shows them — with the mark taken out (G933 `9553%` for
 * 95,53), i.e. the computed value × 10 or × 100 rounded (or cut) to a whole number. Zero is
 * never a lost mark.
 */
function lostDecimalMark(typed: number, computed: number): boolean {
  if (typed === 0 || !Number.isInteger(typed)) return false;
  for (let k = 1; k <= 2; k++) {
    const shifted = computed * Math.pow(10, k);
    if (roundHalfUp(shifted, 0) === typed || truncateTo(shifted, 0) === typed) return true;
  }
  return false;
}

/**
 * A percentage written as a fraction: `0,9553` for 95,53 (the typed figure × 100), a fraction
 * being at most 2 (200%).
 */
function writtenAsFraction(typed: number, precision: number, computed: number): boolean {
  if (typed === 0 || Math.abs(typed) > 2 || precision < 2) return false;
  return roundHalfUp(computed / 100, precision) === typed;
}

/** Compare a typed number with the computed value at the typed precision. */
export function checkTyped(typed: number, precision: number, computed: number): TypedVerdict {
  const atPrecision = roundHalfUp(computed, precision);
  if (atPrecision === typed) return { ok: true };
  if (truncateTo(computed, precision) === typed)
    return { ok: false, how: 'dipotong', expected: computed };
  if ((typed === 100 || typed === 120) && computed > typed) {
    return { ok: false, how: 'dibatasi', expected: computed };
  }
  if (lostDecimalMark(typed, computed)) return { ok: false, how: 'desimal', expected: computed };
  if (writtenAsFraction(typed, precision, computed))
    return { ok: false, how: 'pecahan', expected: computed };
  return { ok: false, how: 'lain', expected: computed };
}

const HOW_TEXT: Record<Extract<TypedVerdict, { ok: false }>['how'], string> = {
  dipotong: ' (tampaknya dipotong, bukan dibulatkan)',
  dibatasi: ' (tampaknya dibatasi, padahal hasil hitungnya tidak dibatasi)',
  desimal: ' (tanda desimal hilang)',
  pecahan: ' (tampaknya ditulis sebagai pecahan, bukan persen)',
  lain: '',
};

/** How the computed figure is shown, and the unit a typed figure without one is read in. */
export interface TypedUnit {
  /** The unit of the column for a typed cell without one (`%`, or null). */
  typed: string | null;
  /** The computed figure with its unit, at `decimals` places. */
  show: (x: number, decimals: number) => string;
}

/** Percentages: `102,77%`. */
export const PERCENT: TypedUnit = { typed: '%', show: (x, d) => formatPercent(x, d) };

/** `Capaian tertulis 102%, hasil hitung 102,77% (tampaknya dipotong, bukan dibulatkan). …` */
export function typedMessage(
  what: string,
  typed: Value,
  verdict: Extract<TypedVerdict, { ok: false }>,
  unit: TypedUnit = PERCENT,
  decimals = 2,
): string {
  const shown = unit.show(verdict.expected, Math.max(decimals, typed.precision));
  const how = verdict.how === 'pecahan' && unit.typed !== '%' ? '' : HOW_TEXT[verdict.how];
  return `${what} tertulis ${formatTyped(typed, unit.typed)}, hasil hitung ${shown}${how}. Perbaiki nilainya atau kosongkan sel agar diisi otomatis.`;
}
