/**
 * Typed figures that a finding proves wrong, replaced by the computed figure before anything is
 * computed from them or printed (issue 10 §2). Every output — `--json`, the CLI table, the pane,
 * the `LKjIP …` sheets and the Word draft — prints an indicator's `input`, so the replacement
 * happens once, here, and no output can print the rejected figure:
 * - a "% indikator program tercapai" realisasi above the share of program indicators that are
 *   tercapai (`PROGRAM_IKU_MISMATCH`) becomes that share;
 * - a grade written beside a score of another grade (`B(75,50)` for AKIP, `GRADE_SCORE_MISMATCH`)
 *   becomes the score's own grade (`BB (75,50)`).
 * The values as typed stay in the result's `typed`, for the JSON's `tertulis`.
 */
import { formatId } from './decimal';
import type { IndicatorInput } from './model';
import { gradeOf, gradeOrdinal, gradeScaleFor } from './scales';
import type { Value } from './values';

/** The grade of a written score on the indicator's scale, when the written letter is another. */
export function scoreGrade(nama: string, v: Value): string | null {
  if (v.kind !== 'number' || !v.grade || v.num === null) return null;
  const scale = gradeScaleFor(nama);
  if (!scale) return null;
  const g = gradeOf(scale, v.num);
  return g && g !== v.grade && gradeOrdinal(scale, v.grade) !== null ? g : null;
}

function withScoreGrade(nama: string, v: Value): Value {
  const g = scoreGrade(nama, v);
  return g ? { ...v, grade: g } : v;
}

/** A computed percentage as a value: two decimals, with the typed unit. */
export function computedPercent(x: number, typed: Value): Value {
  return {
    kind: 'number',
    num: x,
    grade: null,
    unit: typed.unit ?? '%',
    precision: 2,
    raw: `${formatId(x, 2)}%`,
  };
}

/**
 * The indicator's input with every figure a finding rejects replaced by the computed one;
 * the same object when there is none.
 */
export function correctedInput(ind: IndicatorInput, realisasi: Value | null): IndicatorInput {
  const fix = (v: Value) => withScoreGrade(ind.nama, v);
  const out: IndicatorInput = {
    ...ind,
    target: fix(ind.target),
    realisasi: realisasi ?? fix(ind.realisasi),
    targetAkhir: ind.targetAkhir && fix(ind.targetAkhir),
    realisasiLalu: ind.realisasiLalu.map((p) => ({ ...p, value: fix(p.value) })),
  };
  const changed =
    out.target !== ind.target ||
    out.realisasi !== ind.realisasi ||
    out.targetAkhir !== ind.targetAkhir ||
    out.realisasiLalu.some((p, k) => p.value !== ind.realisasiLalu[k].value);
  return changed ? out : ind;
}
