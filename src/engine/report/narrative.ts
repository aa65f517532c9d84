/**
 * The sentences of the narrative (NARRATIVE.md "Narrative"). Every word that judges a figure —
 * tercapai / melampaui, the trend, the benchmark, efficiency — is decided here from the numbers,
 * on values rounded half-up to two decimals as they are printed.
 */
import { formatId, formatPercent, formatRupiah, roundHalfUp } from '../decimal';
import { isMelampaui, isTercapai } from '../capaian';
import type { IndicatorResult, MetodeEfisiensi, PkResult, SasaranResult } from '../model';
import { BASELINE_YEAR } from '../trend';
import { hasNumber } from '../values';
import { benchmarkNumber, formatValue, isNoBenchmark, TREND_PHRASE } from './format';
import { formatEfisiensi, formatEfisiensiUnit } from '../figures';

/** `tercapai dan melampaui` (> 100), `tercapai` (≥ 100), `tidak tercapai`. */
export function statusTarget(c: number): string {
  if (isMelampaui(c)) return 'tercapai dan melampaui';
  if (isTercapai(c)) return 'tercapai';
  return 'tidak tercapai';
}

/** `a, b dan c`. */
export function joinId(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} dan ${parts[parts.length - 1]}`;
}

const dot = (s: string) => (/[.!?:]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

export function tahunText(tahun: number | null): string {
  return tahun !== null ? String(tahun) : 'ini';
}

/** a. Capaian and predicate. */
export function sentenceCapaian(ind: IndicatorResult, tahun: number | null): string {
  const i = ind.input;
  const th = tahunText(tahun);
  if (ind.capaian === null) {
    const why =
      i.realisasi.kind === 'empty'
        ? 'realisasi belum diisi'
        : hasNumber(i.target) && i.target.num === 0
          ? 'target bernilai 0'
          : 'target atau realisasinya tidak dapat dibaca atau dibandingkan';
    return `Capaian kinerja tahun ${th} belum dapat dihitung karena ${why}.`;
  }
  let s =
    `Capaian kinerja tahun ${th} sebesar ${formatPercent(ind.capaian)} dari target ` +
    `(realisasi ${formatValue(i.realisasi)} terhadap target ${formatValue(i.target)}). ` +
    `Dengan demikian target ${statusTarget(ind.capaian)} dengan kriteria capaian ${ind.predikat}.`;
  if (i.polaritas === 'negatif')
    s += ' Indikator ini berpolaritas negatif: semakin rendah realisasi, semakin baik kinerjanya.';
  if (ind.ordinal) s += ' Capaian dihitung dari urutan nilai huruf pada skalanya.';
  return s;
}

/** b. Against the end-of-Renstra target. */
export function sentenceAkhir(ind: IndicatorResult, tahun: number | null): string {
  const i = ind.input;
  const th = i.tahunAkhir !== null ? ` (th. ${i.tahunAkhir})` : '';
  if (ind.capaianAkhir === null) {
    if (!i.targetAkhir || i.targetAkhir.kind === 'empty')
      return 'Target akhir periode Renstra untuk indikator ini tidak tersedia, sehingga capaian terhadap target akhir tidak dihitung.';
    return `Capaian terhadap target akhir periode renstra${th} belum dapat dihitung.`;
  }
  return (
    `Capaian realisasi tahun ${tahunText(tahun)} terhadap target akhir periode renstra${th} ` +
    `adalah sebesar ${formatPercent(ind.capaianAkhir)} (target akhir ${formatValue(i.targetAkhir)}).`
  );
}

/** c. The trend over earlier years, its word computed from the series. */
export function sentenceTren(ind: IndicatorResult, tahun: number | null): string {
  const i = ind.input;
  const used = new Set(ind.trendValues.map((t) => t.tahun).filter((t) => Number.isFinite(t)));
  const hasBaseline = ind.trendValues.some((t) => t.tahun === BASELINE_YEAR);
  const hasCurrent = ind.trendValues.some((t) => Number.isNaN(t.tahun));
  const parts = [...i.realisasiLalu]
    .filter((p) => used.has(p.tahun))
    .sort((a, b) => a.tahun - b.tahun)
    .map((p) => `tahun ${p.tahun} = ${formatValue(p.value)}`);
  if (hasBaseline) parts.unshift(`kondisi awal = ${formatValue(i.kondisiAwal)}`);
  if (hasCurrent) parts.push(`tahun ${tahunText(tahun)} = ${formatValue(i.realisasi)}`);
  if (ind.trend === null) {
    return 'Data realisasi tahun-tahun sebelumnya belum tersedia, sehingga tren realisasi belum dapat dianalisis.';
  }
  const grades = i.realisasiLalu.some((p) => p.value.kind === 'grade');
  const note = grades ? ' (nilai huruf dibandingkan menurut urutannya pada skala nilai)' : '';
  return `Tren realisasi menunjukkan ${TREND_PHRASE[ind.trend]}${note}: ${joinId(parts)}.`;
}

export const NO_BENCHMARK =
  'Indikator tersebut tidak dapat dilakukan benchmark dikarenakan tidak ada data untuk benchmark indikator yang sama.';

/** d. The benchmark: melampaui or not, from the numbers and the polarity. */
export function sentenceBenchmark(ind: IndicatorResult, tahun: number | null): string {
  const i = ind.input;
  const bm = (i.benchmark ?? '').trim();
  if (!bm || isNoBenchmark(bm)) return NO_BENCHMARK;
  const head = `Benchmark (target nasional/regional) indikator ini: ${dot(bm.replace(/\s+/g, ' '))}`;
  const b = benchmarkNumber(bm);
  const r = hasNumber(i.realisasi) ? i.realisasi.num : null;
  if (b === null || r === null) {
    return `${head} Realisasi tahun ${tahunText(tahun)} (${formatValue(i.realisasi)}) tidak dapat dibandingkan secara angka dengan benchmark tersebut.`;
  }
  const r2 = roundHalfUp(r, 2);
  const b2 = roundHalfUp(b, 2);
  const better = i.polaritas === 'negatif' ? r2 < b2 : r2 > b2;
  const word = r2 === b2 ? 'sama dengan' : better ? 'telah melampaui' : 'belum melampaui';
  return `${head} Realisasi tahun ${tahunText(tahun)} sebesar ${formatValue(i.realisasi)}, sehingga ${word} target nasional/regional (${formatId(b, 2, { trim: true })}).`;
}

/** e. The indicator's formula, only when the planner keeps one. */
export function sentenceFormulasi(ind: IndicatorResult): string | null {
  const f = (ind.input.formulasi ?? '').trim();
  if (!f) return null;
  return `Berdasarkan formulasi indikator, perhitungan dilakukan dengan cara: ${dot(f)}`;
}

/** The efficiency sentence of one sasaran, following the method. */
export function sentenceEfisiensi(s: SasaranResult, m: MetodeEfisiensi): string {
  const no = `Sasaran ${s.no}`;
  const C = s.capaianAgregat;
  const S = s.serapan;
  const E = s.efisiensi;
  if (C === null)
    return `Efisiensi ${no} tidak dapat dihitung karena capaian kinerjanya belum dapat diukur.`;
  if (S === null)
    return `Efisiensi ${no} tidak dapat dihitung karena belum ada program pendukung yang dipetakan ke sasaran ini (atau pagunya tidak terbaca).`;
  const c = formatPercent(C);
  const sp = formatPercent(S);
  if (!isTercapai(C))
    return `Capaian kinerja ${no} sebesar ${c} belum mencapai 100%, sehingga tidak dapat dikategorikan efisien walaupun serapan anggarannya ${sp}: efisiensi hanya dapat diklaim untuk target yang tercapai.`;
  const e = formatEfisiensi(E, m);
  const K = s.kategoriEfisiensi;
  switch (m) {
    case 'selisih':
      return K === 'Efisien'
        ? `Capaian kinerja ${no} dapat dikategorikan efisien karena capaian kinerja ${c} lebih besar daripada serapan anggaran ${sp} (selisih ${e} poin).`
        : `Capaian kinerja ${no} tidak dapat dikategorikan efisien karena capaian kinerja ${c} tidak lebih besar daripada serapan anggaran ${sp} (selisih ${e} poin).`;
    case 'selisih-5':
      if (K === 'Efisien')
        return `Capaian kinerja ${no} dapat dikategorikan efisien karena selisih capaian kinerja ${c} dan serapan anggaran ${sp} sebesar ${e} poin, lebih dari 5 poin.`;
      if (K === 'Cukup Efisien')
        return `Capaian kinerja ${no} dikategorikan cukup efisien karena selisih capaian kinerja ${c} dan serapan anggaran ${sp} sebesar ${e} poin, berada antara −5 dan 5 poin.`;
      return `Capaian kinerja ${no} tidak dapat dikategorikan efisien karena selisih capaian kinerja ${c} dan serapan anggaran ${sp} sebesar ${e} poin, kurang dari −5 poin.`;
    case 'rasio':
      return K === 'Efisien'
        ? `Capaian kinerja ${no} dapat dikategorikan efisien karena rasio capaian kinerja ${c} terhadap serapan anggaran ${sp} adalah ${e}, lebih dari 1.`
        : `Capaian kinerja ${no} tidak dapat dikategorikan efisien karena rasio capaian kinerja ${c} terhadap serapan anggaran ${sp} adalah ${e}, tidak lebih dari 1.`;
    case 'pmk':
      return K === 'Efisien'
        ? `Capaian kinerja ${no} dapat dikategorikan efisien karena nilai efisiensinya ${e}% (lebih dari 0) dengan serapan anggaran ${sp}.`
        : `Capaian kinerja ${no} tidak dapat dikategorikan efisien karena nilai efisiensinya ${e}% (tidak lebih dari 0) dengan serapan anggaran ${sp}.`;
  }
}

const METODE_NAME: Record<MetodeEfisiensi, string> = {
  selisih: 'selisih capaian kinerja dan serapan anggaran',
  'selisih-5': 'selisih capaian kinerja dan serapan anggaran (ambang 5 poin)',
  rasio: 'rasio capaian kinerja terhadap serapan anggaran',
  pmk: 'efisiensi gaya PMK 22/2021',
};

/** The paragraph under the efficiency table (the JUMLAH row and the counts per category). */
export function paragraphEfisiensi(res: PkResult, m: MetodeEfisiensi, instansi: string): string {
  const j = res.ringkasan.efisiensi;
  const th = tahunText(res.pk.tahun);
  if (j.capaian === null || j.serapan === null || j.pagu === null || j.realisasi === null) {
    return `Efisiensi ${instansi} tahun ${th} belum dapat dihitung secara keseluruhan karena belum ada program yang dipetakan ke sasaran atau capaian kinerjanya belum dapat diukur.`;
  }
  const word = isMelampaui(j.capaian)
    ? 'melampaui target'
    : isTercapai(j.capaian)
      ? 'mencapai target'
      : 'belum mencapai target';
  const n = res.sasaran.length;
  const ef = res.sasaran.filter((s) => s.kategoriEfisiensi === 'Efisien').length;
  const cukup = res.sasaran.filter((s) => s.kategoriEfisiensi === 'Cukup Efisien').length;
  let text =
    `Berdasarkan tabel di atas, rata-rata capaian kinerja indikator sasaran ${instansi} tahun ${th} sebesar ${formatPercent(j.capaian)} (${word}), ` +
    `dengan realisasi anggaran program yang berkaitan langsung dengan pencapaian sasaran, sebesar ${formatRupiah(j.pagu)} terealisasi ${formatRupiah(j.realisasi)} atau ${formatPercent(j.serapan)}. ` +
    `Dengan metode ${METODE_NAME[m]}, ${ef} dari ${n} sasaran dikategorikan efisien${cukup ? ` dan ${cukup} cukup efisien` : ''}. `;
  const e = formatEfisiensiUnit(j.nilai, m);
  if (j.kategori === 'Efisien')
    text += `Secara keseluruhan penggunaan anggaran dapat dikategorikan efisien (efisiensi ${e}).`;
  else if (j.kategori === 'Cukup Efisien')
    text += `Secara keseluruhan penggunaan anggaran dikategorikan cukup efisien (efisiensi ${e}).`;
  else if (!isTercapai(j.capaian))
    text += `Secara keseluruhan penggunaan anggaran belum dapat dikategorikan efisien karena rata-rata capaian kinerja belum mencapai 100%; hal ini menjadi catatan perbaikan pencapaian target${res.pk.tahun !== null ? ` tahun ${res.pk.tahun + 1}` : ''}.`;
  else
    text += `Secara keseluruhan penggunaan anggaran belum dapat dikategorikan efisien (efisiensi ${e}).`;
  return text;
}
