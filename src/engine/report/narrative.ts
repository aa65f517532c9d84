/**
 * The sentences of the narrative (NARRATIVE.md "Narrative"). Every word that judges a figure —
 * tercapai / melampaui, the trend, the benchmark, efficiency — is decided here from the numbers,
 * on values rounded half-up to two decimals as they are printed.
 */
import { formatPercent } from '../decimal';
import { isMelampaui, isTercapai } from '../capaian';
import type { IndicatorResult, MetodeEfisiensi, SasaranResult } from '../model';
import { BASELINE_YEAR, CURRENT_YEAR, isEarlierYear, trendPoints } from '../trend';
import { hasNumber } from '../values';
import { formatValue, TREND_PHRASE } from './format';
import { cleanTyped } from './words';
import { formatEfisiensi } from '../figures';

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

export function tahunText(tahun: number | null): string {
  return tahun !== null ? String(tahun) : 'ini';
}

/**
 * The verdict on a capaian: tercapai (≥ 100), melampaui (> 100), or not — and below 100 % in the
 * top band both facts, the reports' way ("belum mencapai target, namun … masih termasuk kategori").
 */
export function verdict(c: number, predikat: string | null, top: string | null): string {
  if (isTercapai(c)) return `target ${statusTarget(c)} dengan kriteria capaian ${predikat ?? '-'}`;
  if (predikat && predikat === top)
    return `target belum tercapai, namun capaiannya masih termasuk kategori ${predikat}`;
  return `target tidak tercapai dengan kriteria capaian ${predikat ?? '-'}`;
}

/** a. Capaian and predicate; `top` is the label of the scale's highest band. */
export function sentenceCapaian(
  ind: IndicatorResult,
  tahun: number | null,
  top: string | null = null,
): string {
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
    `Dengan demikian ${verdict(ind.capaian, ind.predikat, top)}.`;
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
  const years = trendPoints(ind.trendSeries).map((t) => t.tahun);
  const used = new Set(years.filter(isEarlierYear));
  const hasBaseline = years.includes(BASELINE_YEAR);
  const hasCurrent = years.includes(CURRENT_YEAR);
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

/** e. The indicator's formula and the source of its data, only when the planner keeps them. */
export function sentenceFormulasi(ind: IndicatorResult): string | null {
  const f = cleanTyped(ind.input.formulasi ?? '', true);
  const src = cleanTyped(ind.input.sumberData ?? '', true);
  const parts: string[] = [];
  if (f) parts.push(`Berdasarkan formulasi indikator, perhitungan dilakukan dengan cara: ${f}`);
  if (src) parts.push(`Sumber data: ${src}`);
  return parts.length ? parts.join(' ') : null;
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
    return `Capaian kinerja ${no} sebesar ${c} belum mencapai target, sehingga penggunaan anggarannya belum dapat dikategorikan efisien walaupun serapan anggarannya ${sp}.`;
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
