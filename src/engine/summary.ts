/**
 * Summary rows typed under a kinerja table ("Rata-rata Capaian Kinerja", "Jumlah Capaian …"):
 * the mean (or sum) of the capaian of the indicators above them, clamped as every aggregate is
 * (DOMAIN.md §3), checked like the efficiency table's JUMLAH (§7, CAPAIAN_MISMATCH).
 */
import { aggregateCapaian, clampForAggregate } from './capaian';
import type { CellRef, FindingList } from './findings';
import type { PkResult } from './model';
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

/** The figure a summary row should show; null when none of its indicators has a capaian. */
export function summaryValue(
  kind: 'rata' | 'jumlah',
  capaian: (number | null)[],
  batas: number | null,
): number | null {
  if (kind === 'rata') return aggregateCapaian(capaian, batas);
  const values = capaian.filter((c): c is number => c !== null);
  if (!values.length) return null;
  return values.map((c) => clampForAggregate(c, batas)).reduce((a, b) => a + b, 0);
}

export function checkSummaries(
  result: PkResult,
  summaries: TypedSummary[],
  batas: number | null,
  findings: FindingList,
): void {
  const byKey = new Map(result.indikator.map((i) => [i.input.key, i]));
  for (const s of summaries) {
    if (s.pk !== result.pk.sheet || !s.capaian || !hasNumber(s.capaian.value)) continue;
    const covered = s.indikator.map((k) => byKey.get(k));
    if (!covered.length || covered.some((i) => !i)) continue;
    const computed = summaryValue(
      s.kind,
      covered.map((i) => i!.capaian),
      batas,
    );
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
