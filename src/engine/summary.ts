/**
 * Summary rows typed under a kinerja table ("Rata-rata Capaian Kinerja", "Jumlah Capaian …"):
 * the mean (or sum) of the capaian of the indicators above them, clamped as every aggregate is
 * (DOMAIN.md §3), checked like the efficiency table's JUMLAH (§7, CAPAIAN_MISMATCH).
 */
import { aggregateFigures, indicatorCapaian } from './capaian';
import { clamp, numberOf, sum, type Figure } from './exact';
import type { CellRef, FindingList } from './findings';
import type { IndicatorInput, IndicatorResult, PkResult, RumusNegatif } from './model';
import { checkTyped, typedMessage } from './typed';
import { hasNumber, type Value } from './values';

export interface TypedSummary {
  /** The PK sheet whose indicators it summarises. */
  pk: string;
  label: string;
  kind: 'rata' | 'jumlah';
  labelRef: CellRef;
  capaian: { value: Value; ref: CellRef } | null;
  /** Keys (`IndicatorInput.key`) of the indicators it covers. */
  indikator: string[];
}

/**
 * The figure a summary row should show, on the exact capaian of its indicators (recomputed from
 * their typed target and realisasi); null when none of them has a capaian.
 */
export function summaryValue(
  kind: 'rata' | 'jumlah',
  indicators: { input: IndicatorInput }[],
  rumus: RumusNegatif,
  batas: number | null,
): number | null {
  const figures = indicators.map(
    ({ input: i }) => indicatorCapaian(i.nama, i.target, i.realisasi, i.polaritas, rumus).figure,
  );
  if (kind === 'rata') return numberOf(aggregateFigures(figures, batas));
  const present = figures.filter((f): f is Figure => f !== null);
  return present.length ? numberOf(sum(present.map((f) => clamp(f, 0, batas)))) : null;
}

export function checkSummaries(
  result: PkResult,
  summaries: TypedSummary[],
  batas: number | null,
  rumus: RumusNegatif,
  findings: FindingList,
): void {
  const byKey = new Map(result.indikator.map((i) => [i.input.key, i]));
  for (const s of summaries) {
    if (s.pk !== result.pk.sheet || !s.capaian || !hasNumber(s.capaian.value)) continue;
    const covered = s.indikator.map((k) => byKey.get(k));
    if (!covered.length || covered.some((i) => !i)) continue;
    const computed = summaryValue(s.kind, covered as IndicatorResult[], rumus, batas);
    if (computed === null) continue;
    const typed = s.capaian.value;
    const v = checkTyped(typed.num, typed.precision, computed);
    if (v.ok) continue;
    const what = s.kind === 'rata' ? 'Rata-rata capaian' : 'Jumlah capaian';
    findings.push(
      'CAPAIAN_MISMATCH',
      `${s.label.trim()}: ${typedMessage(what, typed, v)}`,
      s.capaian.ref,
      s.pk,
    );
  }
}
