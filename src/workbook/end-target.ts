/**
 * The end-of-Renstra target an indicator is measured against (DOMAIN.md §2). TC.25's is used
 * (its Target Akhir column, else its last year's target); the Realisasi sheet's is checked, never
 * used — except that a grade with its score is its score: when TC.25 writes the bare grade (`A`)
 * and the Realisasi sheet the same grade with its score (`A(85)`, S548), both say the same, and
 * only the score can be divided by. So 81,13 against it is 81,13 / 85 = 95,45 %, not 100 % by
 * grade order, and the tables and the prose print 85.
 */
import type { LocValue } from './rows';

export function scoredEndTarget(
  tc25: LocValue | null,
  realisasiSheet: LocValue | null,
): LocValue | null {
  if (!tc25 || !realisasiSheet) return tc25;
  const t = tc25.value;
  const r = realisasiSheet.value;
  const sameGrade = t.kind === 'grade' && !!t.grade && r.grade === t.grade;
  return sameGrade && r.kind === 'number' && r.num !== null ? realisasiSheet : tc25;
}
