/**
 * Typed figures that a finding proves wrong, replaced by the computed figure before anything is
 * computed from them or printed (issue 10 §2). Every output — `--json`, the CLI table, the pane,
 * the `LKjIP …` sheets and the Word draft — prints an indicator's `input`, so the replacement
 * happens once, here, and no output can print the rejected figure:
 * - a "% indikator program tercapai" realisasi above the share of program indicators that are
 *   tercapai (`PROGRAM_IKU_MISMATCH`) becomes that share;
 * - a grade written beside a score of another grade (`B(75,50)` for AKIP, `GRADE_SCORE_MISMATCH`)
 *   becomes the score's own grade (`BB (75,50)`);
 * - a budget row's pagu or realisasi that disagrees with the Σ of the rows under it
 *   (`TOTAL_MISMATCH`) becomes that Σ, and its serapan and sisa follow.
 * The values as typed stay in the result's `typed`, for the JSON's `tertulis`.
 */
import Big from 'big.js';
import { computeBudget } from './budget';
import { formatId, formatRupiah } from './decimal';
import { FindingList, type CellRef } from './findings';
import type { BudgetRow, BudgetRowResult, IndicatorInput } from './model';
import { gradeOf, gradeOrdinal, gradeScaleFor, type GradeScaleOf } from './scales';
import type { Value } from './values';

/**
 * The grade of a written score on the indicator's scale, when the written letter is another.
 * `scaleOf` gives the indicator's grade scale when the caller already has it (gradeScaleOnce).
 */
export function scoreGrade(nama: string, v: Value, scaleOf?: GradeScaleOf): string | null {
  if (v.kind !== 'number' || !v.grade || v.num === null) return null;
  const scale = scaleOf ? scaleOf() : gradeScaleFor(nama);
  if (!scale) return null;
  const g = gradeOf(scale, v.num);
  return g && g !== v.grade && gradeOrdinal(scale, v.grade) !== null ? g : null;
}

function withScoreGrade(nama: string, v: Value, scaleOf?: GradeScaleOf): Value {
  const g = scoreGrade(nama, v, scaleOf);
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
 * the same object when there is none. `wrongGrade`: whether any value's letter is another grade
 * than its score's, when the caller already knows (computePk's checkGradeScores).
 */
export function correctedInput(
  ind: IndicatorInput,
  realisasi: Value | null,
  scaleOf?: GradeScaleOf,
  wrongGrade: boolean = anyWrongGrade(ind, scaleOf),
): IndicatorInput {
  if (realisasi === null && !wrongGrade) return ind;
  const fix = (v: Value) => withScoreGrade(ind.nama, v, scaleOf);
  return {
    ...ind,
    target: fix(ind.target),
    realisasi: realisasi ?? fix(ind.realisasi),
    targetAkhir: ind.targetAkhir && fix(ind.targetAkhir),
    realisasiLalu: ind.realisasiLalu.map((p) => ({ ...p, value: fix(p.value) })),
  };
}

/** Whether a grade is written beside a score of another grade on any of the indicator's values. */
function anyWrongGrade(ind: IndicatorInput, scaleOf?: GradeScaleOf): boolean {
  const { nama } = ind;
  if (scoreGrade(nama, ind.target, scaleOf) || scoreGrade(nama, ind.realisasi, scaleOf))
    return true;
  if (ind.targetAkhir && scoreGrade(nama, ind.targetAkhir, scaleOf)) return true;
  const lalu = ind.realisasiLalu;
  for (let i = 0; i < lalu.length; i++) if (scoreGrade(nama, lalu[i].value, scaleOf)) return true;
  return false;
}

/** An amount of rupiah as a value (the Σ of a parent's rows). */
function rupiahValue(x: number): Value {
  return {
    kind: 'number',
    num: x,
    grade: null,
    unit: 'Rp',
    precision: Number.isInteger(x) ? 0 : 2,
    raw: formatRupiah(x),
  };
}

/** The rows under each budget row (by the parent index computeBudget assigned). */
function childrenOf(results: BudgetRowResult[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  results.forEach((r, i) => {
    if (r.row.parent === null) return;
    const list = out.get(r.row.parent) ?? [];
    list.push(i);
    out.set(r.row.parent, list);
  });
  return out;
}

/**
 * The budget with every parent amount a `TOTAL_MISMATCH` rejects replaced by the Σ of its rows
 * (deepest first, so a corrected kegiatan counts in its program), recomputed by computeBudget
 * (its findings are already reported); the same array when there is none.
 */
export function correctedBudget(
  results: BudgetRowResult[],
  findings: FindingList,
  pk: string | null,
): BudgetRowResult[] {
  const rejected = new Set(
    findings.items.filter((f) => f.code === 'TOTAL_MISMATCH').map((f) => `${f.sheet}!${f.cell}`),
  );
  if (rejected.size === 0) return results;
  const isRejected = (ref: CellRef | null) => !!ref && rejected.has(`${ref.sheet}!${ref.cell}`);
  if (!results.some((r) => isRejected(r.row.refs.pagu) || isRejected(r.row.refs.realisasi)))
    return results;
  const children = childrenOf(results);
  const rows: BudgetRow[] = results.map((r) => ({ ...r.row }));
  const amount = (i: number, which: 'pagu' | 'realisasi') =>
    rows[i][which] === results[i].row[which] ? results[i][which] : rows[i][which].num;
  let changed = false;
  for (let i = rows.length - 1; i >= 0; i--) {
    const kids = children.get(i) ?? [];
    for (const which of ['pagu', 'realisasi'] as const) {
      const parts = kids.map((k) => amount(k, which));
      if (!kids.length || !isRejected(rows[i].refs[which]) || parts.some((x) => x === null))
        continue;
      const total = parts.reduce((a: Big, x) => a.plus(String(x)), new Big(0)).toNumber();
      rows[i][which] = rupiahValue(total);
      changed = true;
    }
  }
  if (!changed) return results;
  return computeBudget(rows, new FindingList(), { pk }).map((r, i) =>
    r.row.pagu === results[i].row.pagu && r.row.realisasi === results[i].row.realisasi
      ? r
      : { ...r, typed: results[i].row },
  );
}
