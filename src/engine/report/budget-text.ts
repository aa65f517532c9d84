/**
 * The budget in words (NARRATIVE.md "Efisiensi" and "Budget composition"): the efficiency
 * paragraph under Tabel Efisiensi with its rule in one plain sentence and the programs with the
 * largest sisa, the share of the pagu per sasaran (alokasi), and belanja operasi / modal.
 */
import { isMelampaui, isTercapai } from '../capaian';
import { belanjaComposition, serapanFigure, type BelanjaPart } from '../budget';
import { formatPercent, formatRupiah } from '../decimal';
import { numberOf, typed } from '../exact';
import { EFF_RULE, formatEfisiensiUnit } from '../figures';
import type { BudgetRowResult, MetodeEfisiensi, PkResult } from '../model';
import type { Block } from './model';
import { tahunText } from './narrative';
import { titleCaseName } from '../text';
import { cleanTyped, count } from './words';

export { EFF_RULE };

/** part / whole × 100, exactly as every other percentage; null without a whole. */
export function shareOf(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole === 0) return null;
  return numberOf(serapanFigure(typed(whole), typed(part)));
}

/** The programs (top-level budget rows) with the largest sisa, by amount. */
export function largestSisa(res: PkResult, n = 3): BudgetRowResult[] {
  const top = res.budget.filter(
    (b) => b.row.parent === null && b.row.level !== 'total' && b.row.level !== 'rata',
  );
  return top
    .filter((b) => b.sisa !== null && b.sisa > 0)
    .sort((a, b) => (b.sisa ?? 0) - (a.sisa ?? 0))
    .slice(0, n);
}

function sisaBlocks(res: PkResult): Block[] {
  const rows = largestSisa(res);
  if (rows.length === 0) return [];
  const items = rows.map((b) => ({
    label: '-',
    text: `${titleCaseName(cleanTyped(b.row.nama))}: sisa ${formatRupiah(b.sisa)} dari pagu ${formatRupiah(b.pagu)} (terserap ${formatPercent(b.serapan)}).`,
  }));
  return [
    {
      kind: 'paragraph',
      text:
        rows.length === 1
          ? 'Sisa anggaran terbesar berasal dari program berikut:'
          : 'Sisa anggaran terbesar berasal dari program-program berikut:',
    },
    { kind: 'list', items },
  ];
}

function achievementWord(c: number): string {
  if (isMelampaui(c)) return 'melampaui target';
  if (isTercapai(c)) return 'mencapai target';
  return 'belum sepenuhnya mencapai target';
}

/** The paragraph under the efficiency table: its JUMLAH row, the rule, the verdict, the sisa. */
export function efisiensiBlocks(res: PkResult, m: MetodeEfisiensi, instansi: string): Block[] {
  const j = res.ringkasan.efisiensi;
  const th = tahunText(res.pk.tahun);
  if (j.capaian === null || j.serapan === null || j.pagu === null || j.realisasi === null) {
    return [
      {
        kind: 'paragraph',
        text: `Efisiensi ${instansi} tahun ${th} belum dapat dihitung secara keseluruhan karena belum ada program yang dipetakan ke sasaran atau capaian kinerjanya belum dapat diukur. ${EFF_RULE[m]}`,
      },
    ];
  }
  const n = res.sasaran.length;
  const ef = res.sasaran.filter((s) => s.kategoriEfisiensi === 'Efisien').length;
  const cukup = res.sasaran.filter((s) => s.kategoriEfisiensi === 'Cukup Efisien').length;
  const counted =
    ef === 0 && cukup === 0
      ? `Tidak ada sasaran yang dapat dikategorikan efisien.`
      : `${ef === n ? `Seluruh ${count(n, 'sasaran')}` : `Sebanyak ${count(ef, 'sasaran')} dari ${n}`} dikategorikan efisien${cukup ? ` dan ${count(cukup, 'sasaran')} cukup efisien` : ''}.`;
  let text =
    `Berdasarkan tabel di atas, rata-rata capaian kinerja indikator sasaran ${instansi} tahun ${th} sebesar ${formatPercent(j.capaian)} (${achievementWord(j.capaian)}), ` +
    `dengan realisasi anggaran program yang berkaitan langsung dengan pencapaian sasaran sebesar ${formatRupiah(j.pagu)} terealisasi ${formatRupiah(j.realisasi)} atau ${formatPercent(j.serapan)}. ` +
    `${EFF_RULE[m]} ${ef === 0 && cukup === 0 ? counted : counted.replace(/^./, (c) => c.toUpperCase())} `;
  const e = formatEfisiensiUnit(j.nilai, m);
  if (j.kategori === 'Efisien')
    text += `Secara keseluruhan penggunaan anggaran dapat dikategorikan efisien (efisiensi ${e}).`;
  else if (j.kategori === 'Cukup Efisien')
    text += `Secara keseluruhan penggunaan anggaran dikategorikan cukup efisien (efisiensi ${e}).`;
  else if (!isTercapai(j.capaian))
    text += `Secara keseluruhan penggunaan anggaran belum dapat dikategorikan efisien karena rata-rata capaian kinerja belum mencapai 100%; hal ini menjadi catatan perbaikan pencapaian target${res.pk.tahun !== null ? ` tahun ${res.pk.tahun + 1}` : ''}.`;
  else
    text += `Secara keseluruhan penggunaan anggaran belum dapat dikategorikan efisien (efisiensi ${e}).`;
  return [{ kind: 'paragraph', text }, ...sisaBlocks(res)];
}

const LEVEL_NOUN = { program: 'Program', kegiatan: 'Kegiatan', subkegiatan: 'Sub Kegiatan' };

/** `4 Program, 8 Kegiatan dan 12 Sub Kegiatan` — levels with no row are left out. */
function levelCounts(res: PkResult): string {
  const parts = (['program', 'kegiatan', 'subkegiatan'] as const)
    .map((l) => ({ l, n: res.budget.filter((b) => b.row.level === l).length }))
    .filter((x) => x.n > 0)
    .map((x) => `${x.n} ${LEVEL_NOUN[x.l]}`);
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} dan ${parts[parts.length - 1]}`;
}

function belanjaItem(label: string, part: BelanjaPart, total: number): string {
  const share = formatPercent(shareOf(part.pagu, total));
  const real =
    part.realisasi !== null
      ? `, terealisasi ${formatRupiah(part.realisasi)} (${formatPercent(shareOf(part.realisasi, part.pagu))})`
      : '';
  return `${label} sebesar ${formatRupiah(part.pagu)} (${share} dari total pagu)${real}.`;
}

/** Budget composition: the counts and total, belanja operasi / modal, and alokasi per sasaran. */
export function komposisiBlocks(res: PkResult, instansi: string): Block[] {
  const r = res.ringkasan;
  if (r.pagu === null) return [];
  const out: Block[] = [];
  const levels = levelCounts(res);
  out.push({
    kind: 'paragraph',
    text: `Pada tahun anggaran ${tahunText(res.pk.tahun)} ${instansi} ${levels ? `melaksanakan ${levels} dengan` : 'mendapat'} total pagu anggaran sebesar ${formatRupiah(r.pagu)}.`,
  });
  const comp = belanjaComposition(res.pk.budget);
  if (comp && (comp.operasi || comp.modal)) {
    const items: { label: string; text: string }[] = [];
    if (comp.operasi)
      items.push({ label: '1.', text: belanjaItem('Belanja Operasi', comp.operasi, comp.total) });
    if (comp.modal)
      items.push({
        label: `${items.length + 1}.`,
        text: belanjaItem('Belanja Modal', comp.modal, comp.total),
      });
    out.push({ kind: 'paragraph', text: 'Menurut jenis belanja, anggaran tersebut terdiri atas:' });
    out.push({ kind: 'list', items });
  }
  const alokasi = res.sasaran.filter((s) => s.pagu !== null && s.pagu > 0);
  if (alokasi.length) {
    out.push({
      kind: 'paragraph',
      text: 'Alokasi anggaran program pendukung untuk setiap sasaran adalah sebagai berikut:',
    });
    out.push({
      kind: 'list',
      items: alokasi.map((s) => ({
        label: '-',
        text: `Sasaran ${s.no} “${cleanTyped(s.nama)}”: ${formatRupiah(s.pagu)} atau ${formatPercent(shareOf(s.pagu, r.pagu))} dari total pagu anggaran.`,
      })),
    });
    const sum = alokasi.reduce((a, s) => a + (s.pagu ?? 0), 0);
    if (sum > r.pagu * (1 + 1e-9))
      out.push({
        kind: 'paragraph',
        text: 'Program yang mendukung lebih dari satu sasaran dihitung pada setiap sasaran yang didukungnya, sehingga jumlah persentase di atas melebihi 100%.',
      });
  }
  return out;
}
