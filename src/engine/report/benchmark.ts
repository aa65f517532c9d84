/**
 * d. The benchmark of an indicator (NARRATIVE.md "Benchmark"): the planner's benchmark text, and
 * one sentence per benchmark column (`Realisasi Kabupaten`, `Target Nasional`, …) with the gap in
 * points. Only a figure that is a target is called a target; a realisasi or an average is
 * compared as "lebih tinggi / lebih rendah … poin".
 */
import { decimalsOf, formatId, roundHalfUp } from '../decimal';
import { dec } from '../exact';
import type { BenchmarkInput, BenchmarkWilayah, IndicatorResult } from '../model';
import { hasNumber, type Value } from '../values';
import { benchmarkNumber, formatValue, isNoBenchmark } from './format';
import { tahunText } from './narrative';
import { cleanTyped } from './words';

export const NO_BENCHMARK =
  'Indikator tersebut tidak dapat dilakukan benchmark dikarenakan tidak ada data untuk benchmark indikator yang sama.';

/** Who the benchmark is of, in words (`Kabupaten Jember`, `tingkat provinsi`). */
function wilayahText(w: BenchmarkWilayah | null, kabupaten: string | null): string {
  if (w === 'kabupaten') return kabupaten ?? 'tingkat kabupaten';
  if (w === 'provinsi') return 'tingkat provinsi';
  if (w === 'nasional') return 'nasional';
  if (w === 'regional') return 'regional';
  return '';
}

/** `target nasional`, `rata-rata Kabupaten Jember`, `realisasi tingkat provinsi`, `nilai pembanding`. */
function benchmarkName(jenis: BenchmarkInput['jenis'], wilayah: string): string {
  const head =
    jenis === 'target'
      ? 'target'
      : jenis === 'rata-rata'
        ? 'rata-rata'
        : jenis === 'realisasi'
          ? 'realisasi'
          : 'nilai pembanding';
  return wilayah ? `${head} ${wilayah}` : head;
}

/** What a free benchmark text is: a target only when it says so. */
function jenisOfText(t: string): BenchmarkInput['jenis'] {
  if (/\btarget\b/i.test(t)) return 'target';
  if (/rata[\s-]*rata|rerata/i.test(t)) return 'rata-rata';
  if (/realisasi|capaian/i.test(t)) return 'realisasi';
  return null;
}

function wilayahOfText(t: string): BenchmarkWilayah | null {
  if (/\bnasional\b/i.test(t)) return 'nasional';
  if (/\bprov(insi|\.)/i.test(t)) return 'provinsi';
  if (/\bkab(upaten|\.)|\bkota\b/i.test(t)) return 'kabupaten';
  if (/\bregional\b/i.test(t)) return 'regional';
  return null;
}

/** The number a value states, with the decimals it was written with (`87,33 (IKM Kab.)` too). */
function figure(v: Value): { num: number; decimals: number } | null {
  if (hasNumber(v)) return { num: v.num, decimals: v.precision };
  const n = v.kind === 'unreadable' ? benchmarkNumber(v.raw) : null;
  return n === null ? null : { num: n, decimals: decimalsOf(n, 2) };
}

/** The comparison of the realisasi with one benchmark figure. */
function comparison(
  ind: IndicatorResult,
  b: { num: number; decimals: number; text: string },
  jenis: BenchmarkInput['jenis'],
  name: string,
  tahun: number | null,
): string | null {
  const r = figure(ind.input.realisasi);
  if (!r) return null;
  const decimals = Math.min(2, Math.max(r.decimals, b.decimals));
  // The gap between the two figures as printed.
  const gap = dec(roundHalfUp(r.num, decimals)).minus(dec(roundHalfUp(b.num, decimals)));
  const real = `Realisasi tahun ${tahunText(tahun)} sebesar ${formatValue(ind.input.realisasi)}`;
  const negatif = ind.input.polaritas === 'negatif';
  if (jenis === 'target') {
    const better = negatif ? gap.lt(0) : gap.gt(0);
    const word = gap.eq(0) ? 'sama dengan' : better ? 'telah melampaui' : 'belum melampaui';
    return `${real}, sehingga ${word} ${name} (${b.text}).`;
  }
  if (gap.eq(0)) return `${real}, sama dengan ${name} (${b.text}).`;
  const points = formatId(gap.abs().toNumber(), decimals);
  const side = gap.gt(0) ? 'lebih tinggi' : 'lebih rendah';
  const note = negatif
    ? ' Indikator ini berpolaritas negatif, sehingga nilai yang lebih rendah menunjukkan kinerja yang lebih baik.'
    : '';
  return `${real}, ${side} ${points} poin dari ${name} (${b.text}).${note}`;
}

/** The planner's free benchmark text (`Target Nilai AKIP Rata Rata Nasional : 71 (BB/ Sangat Baik)`). */
function textSentence(ind: IndicatorResult, tahun: number | null): string | null {
  const bm = (ind.input.benchmark ?? '').trim();
  if (!bm || isNoBenchmark(bm)) return null;
  const head = `Benchmark indikator ini: ${cleanTyped(bm, true)}`;
  const b = benchmarkNumber(bm);
  const jenis = jenisOfText(bm);
  const name = benchmarkName(jenis, wilayahText(wilayahOfText(bm), null) || '');
  const text = b === null ? '' : formatId(b, 2, { trim: true });
  const cmp =
    b === null
      ? null
      : comparison(ind, { num: b, decimals: decimalsOf(b, 2), text }, jenis, name, tahun);
  if (cmp) return `${head} ${cmp}`;
  return `${head} Realisasi tahun ${tahunText(tahun)} (${formatValue(ind.input.realisasi)}) tidak dapat dibandingkan secara angka dengan benchmark tersebut.`;
}

/** One benchmark column's figure. */
function columnSentence(
  ind: IndicatorResult,
  b: BenchmarkInput,
  tahun: number | null,
  kabupaten: string | null,
): string | null {
  const f = figure(b.value);
  const name = benchmarkName(b.jenis, wilayahText(b.wilayah, kabupaten) || cleanTyped(b.header));
  if (!f) {
    const t = formatValue(b.value);
    return t === '-' ? null : `Nilai ${name}: ${cleanTyped(t, true)}`;
  }
  const text = hasNumber(b.value) ? formatValue(b.value) : formatId(f.num, f.decimals);
  return (
    comparison(ind, { ...f, text }, b.jenis, name, tahun) ??
    `Nilai ${name} sebesar ${text}; realisasi tahun ${tahunText(tahun)} belum dapat dibandingkan.`
  );
}

/** d. Every benchmark of the indicator, or the reports' sentence that there is none. */
export function sentenceBenchmark(
  ind: IndicatorResult,
  tahun: number | null,
  kabupaten: string | null = null,
): string {
  const parts = [
    textSentence(ind, tahun),
    ...(ind.input.benchmarks ?? []).map((b) => columnSentence(ind, b, tahun, kabupaten)),
  ].filter((s): s is string => s !== null);
  return parts.length ? parts.join(' ') : NO_BENCHMARK;
}
