/**
 * The yearly realisasi of a row written per quarter (TW I … IV): the sum or the mean when the
 * Jenis column says so, else the last quarter filled (with a finding saying it was assumed).
 */
import { formatId } from '../../engine/decimal';
import { mean, numberOf, sum, typed } from '../../engine/exact';
import type { FindingList } from '../../engine/findings';
import { shortName } from '../../engine/text';
import { emptyValue, hasNumber, type Value } from '../../engine/values';
import type { IndicatorRow, LocValue } from '../rows';

export function realisasiFromTw(
  row: IndicatorRow,
  findings: FindingList,
  pk: string,
): LocValue | null {
  if (row.tw.length === 0) return null;
  const sorted = [...row.tw].sort((a, b) => a.n - b.n);
  const nonEmpty = sorted.filter((t) => t.v.value.kind !== 'empty');
  const tw4 = sorted.find((t) => t.n === 4);
  if (tw4 && tw4.v.value.kind === 'empty') {
    findings.push(
      'TW_INCOMPLETE',
      `"${shortName(row.nama)}": TW IV belum diisi; realisasi tahunan dihitung dari triwulan yang ada.`,
      tw4.v.ref,
      pk,
    );
  }
  if (nonEmpty.length === 0) return tw4 ? { value: emptyValue(), ref: tw4.v.ref } : null;
  const jenis = (row.jenis ?? '').toLowerCase();
  const last = nonEmpty[nonEmpty.length - 1];
  if (!jenis) {
    findings.push(
      'TW_ASSUMED',
      `"${shortName(row.nama)}": kolom Jenis tidak ada; realisasi diambil dari triwulan terakhir yang terisi.`,
      last.v.ref,
      pk,
    );
    return last.v;
  }
  const nums = nonEmpty.map((t) => t.v.value).filter(hasNumber);
  if (nums.length !== nonEmpty.length) return last.v;
  if (/jumlah|total|akumulasi/.test(jenis)) {
    // Exact decimal sum: 0,1 + 0,2 is 0,3, not 0.30000000000000004.
    const total = numberOf(sum(nums.map((v) => typed(v.num))))!;
    return {
      value: numberValue(total, Math.max(...nums.map((v) => v.precision)), nums),
      ref: last.v.ref,
    };
  }
  if (/rata/.test(jenis)) {
    const avg = numberOf(mean(nums.map((v) => typed(v.num))))!;
    return {
      value: numberValue(avg, Math.max(2, ...nums.map((v) => v.precision)), nums),
      ref: last.v.ref,
    };
  }
  return last.v;
}

function numberValue(num: number, precision: number, of: { unit: string | null }[]): Value {
  return {
    kind: 'number',
    num,
    grade: null,
    unit: of[0].unit,
    precision,
    raw: formatId(num, precision),
  };
}
