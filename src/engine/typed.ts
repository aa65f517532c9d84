/**
 * Checking a typed figure against its computed value (DOMAIN.md §7, "A typed figure is wrong"):
 * wrong only when the computed value, rounded half-up to the typed figure's precision, differs.
 * The message then says how it looks — dipotong, dibatasi, tanda desimal hilang.
 */
import { formatId, roundHalfUp, truncateTo } from './decimal';
import type { Value } from './values';

export type TypedVerdict =
  { ok: true } | { ok: false; how: 'dipotong' | 'dibatasi' | 'desimal' | 'lain'; expected: number };

/** Compare a typed number with the computed value at the typed precision. */
export function checkTyped(typed: number, precision: number, computed: number): TypedVerdict {
  const atPrecision = roundHalfUp(computed, precision);
  if (atPrecision === typed) return { ok: true };
  if (truncateTo(computed, precision) === typed)
    return { ok: false, how: 'dipotong', expected: computed };
  if ((typed === 100 || typed === 120) && computed > typed) {
    return { ok: false, how: 'dibatasi', expected: computed };
  }
  for (let k = 1; k <= 6; k++) {
    const f = Math.pow(10, k);
    for (const d of [0, 1, 2, 3, 4]) {
      if (roundHalfUp(computed * f, d) === typed || roundHalfUp(computed / f, d + k) === typed) {
        return { ok: false, how: 'desimal', expected: computed };
      }
    }
  }
  return { ok: false, how: 'lain', expected: computed };
}

const HOW_TEXT: Record<'dipotong' | 'dibatasi' | 'desimal' | 'lain', string> = {
  dipotong: ' (tampaknya dipotong, bukan dibulatkan)',
  dibatasi: ' (tampaknya dibatasi, padahal capaian indikator tidak dibatasi)',
  desimal: ' (tanda desimal hilang)',
  lain: '',
};

/** `Capaian tertulis 102 %, hasil hitung 102,77 % (tampaknya dipotong, bukan dibulatkan).` */
export function typedMessage(
  what: string,
  typed: Value,
  verdict: Extract<TypedVerdict, { ok: false }>,
  unit = '%',
): string {
  const written = typed.raw.trim() || String(typed.num);
  const sep = unit === '%' ? ' %' : unit ? ` ${unit}` : '';
  const shown = formatId(verdict.expected, Math.max(2, typed.precision));
  const writtenShown = /%\s*$/.test(written) || !sep ? written : `${written}${sep}`;
  return `${what} tertulis ${writtenShown}, hasil hitung ${shown}${sep}${HOW_TEXT[verdict.how]}. Perbaiki nilainya atau kosongkan sel agar diisi otomatis.`;
}
