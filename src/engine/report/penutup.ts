/**
 * Bab IV Penutup (NARRATIVE.md): A. Kesimpulan from the numbers, B. Hambatan dan Kendala from the
 * faktor penghambat cells, C. Langkah Perbaikan Kinerja from the solusi and tantangan cells —
 * grouped without repeats, with a visible placeholder where the planner has written nothing.
 */
import { formatPercent, formatRupiah } from '../decimal';
import type { PkResult, Settings } from '../model';
import { normaliseName } from '../text';
import { splitItems } from './format';
import type { Block, FaktorField, Placeholder } from './model';
import { tahunText } from './narrative';
import { cleanTyped, count, pkLabel, sentenceCase } from './words';

export const PLACEHOLDER_HAMBATAN = '[isi hambatan dan kendala]';
export const PLACEHOLDER_PERBAIKAN = '[isi langkah perbaikan kinerja]';

/** The planner's items of some faktor fields over all measured PKs, each once, in order. */
export function itemsOf(results: PkResult[], fields: FaktorField[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const res of results)
    for (const ind of res.indikator)
      for (const f of fields)
        for (const item of splitItems(ind.input[f] ?? '').flatMap(clauses)) {
          const text = cleanTyped(item, true);
          const key = normaliseName(text);
          if (!key || seen.has(key)) continue;
          seen.add(key);
          out.push(sentenceCase(text));
        }
  return out;
}

/** `a; b; c` typed in one cell: three items, when each is a phrase of its own. */
function clauses(item: string): string[] {
  const parts = item.split(/;\s+/).map((p) => p.trim());
  return parts.length > 1 && parts.every((p) => p.split(/\s+/).length >= 2) ? parts : [item];
}

const numbered = (items: string[]): Block => ({
  kind: 'list',
  items: items.map((text, i) => ({ label: `${i + 1}.`, text })),
});

/** The achievement summary of one PK in the reports' words. */
export function kesimpulanText(res: PkResult, settings: Settings, instansi: string): string {
  const r = res.ringkasan;
  const j = r.efisiensi;
  const th = tahunText(res.pk.tahun);
  const parts: string[] = [];
  const measured = r.tercapai + r.tidakTercapai;
  let head = `Dari ${count(r.jumlahIndikator, 'indikator')} yang diperjanjikan dalam ${pkLabel(res, false)}`;
  if (measured === 0) head += ', belum ada yang capaiannya dapat diukur';
  else if (r.tidakTercapai === 0)
    head += `, seluruh indikator yang terukur tercapai${r.melampaui ? ` (${count(r.melampaui, 'indikator')} di antaranya melampaui target)` : ''}`;
  else if (r.tercapai === 0) head += `, belum ada indikator yang mencapai target`;
  else
    head += `, sebanyak ${count(r.tercapai, 'indikator')} tercapai${r.melampaui ? ` (${r.melampaui} di antaranya melampaui target)` : ''} dan ${count(r.tidakTercapai, 'indikator')} belum tercapai`;
  if (r.tanpaCapaian)
    head += `, sedangkan ${count(r.tanpaCapaian, 'indikator')} belum dapat diukur`;
  parts.push(`${head}.`);
  if (r.rataRataCapaian !== null)
    parts.push(
      `Rata-rata capaian kinerja ${instansi} tahun ${th} sebesar ${formatPercent(r.rataRataCapaian)} dengan predikat ${r.predikat}${settings.batasAtasCapaian !== null ? ` (capaian di atas ${settings.batasAtasCapaian}% dihitung ${settings.batasAtasCapaian}%)` : ''}.`,
    );
  if (r.pagu !== null && r.realisasiAnggaran !== null)
    parts.push(
      `Realisasi anggaran sebesar ${formatRupiah(r.realisasiAnggaran)} dari pagu ${formatRupiah(r.pagu)} atau ${formatPercent(r.serapan)}.`,
    );
  if (j.capaian !== null && j.serapan !== null && j.kategori)
    parts.push(
      `Dibandingkan dengan serapan anggaran program pendukungnya (${formatPercent(j.serapan)}), penggunaan anggaran dikategorikan ${j.kategori.toLowerCase()}.`,
    );
  return parts.join(' ');
}

/** Bab IV: its blocks, and the placeholders it leaves (for the count at the end). */
export function penutupBlocks(
  measured: PkResult[],
  settings: Settings,
  instansi: string,
  placeholders: Placeholder[],
): Block[] {
  const out: Block[] = [
    { kind: 'heading', level: 1, text: 'BAB IV PENUTUP' },
    { kind: 'heading', level: 2, text: 'A. Kesimpulan' },
  ];
  if (measured.length === 0)
    out.push({ kind: 'paragraph', text: 'Tidak ada Perjanjian Kinerja yang dapat diukur.' });
  for (const res of measured)
    out.push({ kind: 'paragraph', text: kesimpulanText(res, settings, instansi) });
  const kunci = itemsOf(measured, ['faktorPendorong']);
  if (kunci.length) {
    out.push({
      kind: 'paragraph',
      text: 'Faktor kunci keberhasilan ketercapaian sasaran adalah sebagai berikut:',
    });
    out.push(numbered(kunci));
  }
  out.push({ kind: 'heading', level: 2, text: 'B. Hambatan dan Kendala' });
  const hambatan = itemsOf(measured, ['faktorPenghambat']);
  if (hambatan.length) {
    out.push({
      kind: 'paragraph',
      text: 'Hasil analisis dalam Laporan Kinerja mengidentifikasi hambatan dan permasalahan kinerja antara lain:',
    });
    out.push(numbered(hambatan));
  } else {
    out.push({ kind: 'paragraph', text: PLACEHOLDER_HAMBATAN });
    placeholders.push({
      pk: '',
      indikator: '',
      field: 'faktorPenghambat',
      text: PLACEHOLDER_HAMBATAN,
    });
  }
  out.push({ kind: 'heading', level: 2, text: 'C. Langkah Perbaikan Kinerja' });
  const langkah = itemsOf(measured, ['solusi', 'tantangan']);
  if (langkah.length) {
    out.push({
      kind: 'paragraph',
      text: 'Adapun langkah-langkah perbaikan kinerja ke depan sebagai berikut:',
    });
    out.push(numbered(langkah));
  } else {
    out.push({ kind: 'paragraph', text: PLACEHOLDER_PERBAIKAN });
    placeholders.push({ pk: '', indikator: '', field: 'solusi', text: PLACEHOLDER_PERBAIKAN });
  }
  return out;
}
