/**
 * The report model (NARRATIVE.md): for each measured PK the five tables and the narrative blocks,
 * as plain data, in the reading order of Bab III. Pure: the generated sheets and the Word draft
 * both render this.
 */
import { scaleFor } from '../compute';
import { formatPercent, formatRupiah } from '../decimal';
import type { Finding } from '../findings';
import type { IndicatorResult, PkResult, SasaranResult, Settings } from '../model';
import { normaliseName, bestMatch } from '../text';
import { formatValue, splitItems } from './format';
import type { Block, FaktorField, Placeholder, PkReport, Report, ReportTable } from './model';
import {
  joinId,
  paragraphEfisiensi,
  sentenceAkhir,
  sentenceBenchmark,
  sentenceCapaian,
  sentenceEfisiensi,
  sentenceFormulasi,
  sentenceTren,
  statusTarget,
  tahunText,
} from './narrative';
import { outlineOf, type TujuanNode } from './outline';
import {
  anggaranTable,
  capaianTable,
  efisiensiTable,
  programCapaian,
  programRowsOf,
  programTable,
  rekapTable,
  skalaTable,
} from './tables';

export * from './model';
export { formatValue, splitItems, benchmarkNumber } from './format';
export { statusTarget, NO_BENCHMARK } from './narrative';

const FAKTOR: { field: FaktorField; label: string; heading: string }[] = [
  {
    field: 'faktorPendorong',
    label: 'faktor pendorong',
    heading: 'Faktor pendorong ketercapaian:',
  },
  { field: 'faktorPenghambat', label: 'faktor penghambat', heading: 'Faktor penghambat:' },
  { field: 'solusi', label: 'solusi', heading: 'Solusi untuk mengatasi kendala:' },
  { field: 'tantangan', label: 'tantangan', heading: 'Tantangan untuk perbaikan ke depan:' },
];

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function titleCase(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (!/[a-z]/.test(t) && /[A-Z]/.test(t)) {
    const small = new Set(['dan', 'di', 'ke', 'dari', 'yang', 'atau', 'pada', 'untuk', 'dalam']);
    return t
      .toLowerCase()
      .split(' ')
      .map((w, i) => (i > 0 && small.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
      .join(' ');
  }
  return t;
}

function pkLabel(res: PkResult): string {
  const p = res.pk;
  const jenis = p.jenis === 'perubahan' ? 'Perjanjian Kinerja Perubahan' : 'Perjanjian Kinerja';
  const tahun = p.tahun !== null ? ` Tahun ${p.tahun}` : '';
  const periode = p.periode ? ` dengan Dasar Renstra ${p.periode}` : '';
  return `${jenis}${tahun}${periode}`;
}

class Numberer {
  private n = 0;
  next(): string {
    this.n++;
    return `3.${this.n}`;
  }
}

/** Fields the PK's Realisasi sheet carries: pendorong and penghambat always; the others when used. */
function fieldsInUse(res: PkResult, findings: Finding[]): Set<FaktorField> {
  const out = new Set<FaktorField>(['faktorPendorong', 'faktorPenghambat']);
  for (const f of FAKTOR) {
    if (res.indikator.some((i) => (i.input[f.field] ?? '').trim() !== '')) out.add(f.field);
    if (
      findings.some(
        (x) =>
          x.code === 'FAKTOR_EMPTY' &&
          x.pk === res.pk.sheet &&
          x.message.includes(`[isi ${f.label}]`),
      )
    )
      out.add(f.field);
  }
  return out;
}

function faktorBlocks(
  res: PkResult,
  inds: IndicatorResult[],
  inUse: Set<FaktorField>,
  placeholders: Placeholder[],
): Block[] {
  const out: Block[] = [];
  for (const f of FAKTOR) {
    if (!inUse.has(f.field)) continue;
    const texts = [
      ...new Set(inds.map((i) => (i.input[f.field] ?? '').trim()).filter((t) => t !== '')),
    ];
    if (texts.length === 0) {
      const text = `[isi ${f.label}]`;
      out.push({ kind: 'paragraph', text: `${f.heading} ${text}` });
      for (const i of inds)
        placeholders.push({ pk: res.pk.sheet, indikator: i.input.nama, field: f.field, text });
      continue;
    }
    const items = texts.flatMap(splitItems);
    out.push({ kind: 'paragraph', text: f.heading });
    out.push({ kind: 'list', items: items.map((t) => ({ label: '-', text: t })) });
  }
  return out;
}

function indicatorList(
  ind: IndicatorResult,
  tahun: number | null,
): { kind: 'list'; items: { label: string; text: string }[] } {
  const items = [
    sentenceCapaian(ind, tahun),
    sentenceAkhir(ind, tahun),
    sentenceTren(ind, tahun),
    sentenceBenchmark(ind, tahun),
  ];
  const f = sentenceFormulasi(ind);
  if (f) items.push(f);
  return { kind: 'list', items: items.map((text, i) => ({ label: `${LETTERS[i]}.`, text })) };
}

function stripProgramPrefix(s: string): string {
  return s.replace(/^\s*program\s*:\s*/i, '').trim();
}

/** f. The programs supporting a sasaran: their indicators and their budget. */
function programSentences(res: PkResult, s: SasaranResult, settings: Settings): string[] {
  const th = tahunText(res.pk.tahun);
  const progRows = programRowsOf(res, s.no).filter((p) => p.level === 'program');
  const names: string[] = [...s.programs];
  for (const p of progRows) {
    const n = stripProgramPrefix(p.nama);
    if (!bestMatch(n, names, (x) => x, 0.7)) names.push(n);
  }
  const out: string[] = [];
  for (const name of names) {
    const budgetPrograms = res.budget.filter((b) => b.row.level === 'program');
    const budget =
      budgetPrograms.find((b) => normaliseName(b.row.nama) === normaliseName(name)) ??
      bestMatch(name, budgetPrograms, (b) => b.row.nama, 0.7)?.item;
    const rows = progRows.filter((p) =>
      bestMatch(stripProgramPrefix(p.nama), [name], (x) => x, 0.7),
    );
    const pkProgram = bestMatch(name, res.pk.programs, (p) => p.nama, 0.7)?.item;
    const display = titleCase(
      rows.length ? stripProgramPrefix(rows[0].nama) : (pkProgram?.nama ?? name),
    );
    const parts: string[] = [];
    for (const r of rows) {
      const c = programCapaian(r, settings);
      parts.push(
        `dengan indikator “${r.indikator.trim()}” pada tahun ${th} ditargetkan sebesar ${formatValue(r.target)} dan terealisasi ${formatValue(r.realisasi)} sehingga % capaian adalah sebesar ${c === null ? '-' : formatPercent(c)}`,
      );
    }
    let text = `${display}${parts.length ? ' ' + parts.join('; ') : ''}.`;
    if (budget && budget.pagu !== null && budget.realisasi !== null) {
      text += ` Anggaran program ini sebesar ${formatRupiah(budget.pagu)} terealisasi ${formatRupiah(budget.realisasi)} atau serapan ${formatPercent(budget.serapan)}.`;
    } else {
      text += ' Anggaran program ini tidak ditemukan pada tabel realisasi anggaran.';
    }
    out.push(text);
  }
  return out;
}

interface PkCtx {
  res: PkResult;
  settings: Settings;
  numberer: Numberer;
  inUse: Set<FaktorField>;
  placeholders: Placeholder[];
  programTables: ReportTable[];
}

function tujuanBlocks(ctx: PkCtx, t: TujuanNode): Block[] {
  const { res } = ctx;
  const tahun = res.pk.tahun;
  const out: Block[] = [{ kind: 'heading', level: 4, text: `Tujuan ${t.no} “${t.nama}”` }];
  for (const ind of t.indikator) {
    out.push({ kind: 'paragraph', text: `Diukur dengan indikator “${ind.input.nama}”.` });
    out.push(indicatorList(ind, tahun));
    out.push(...faktorBlocks(res, [ind], ctx.inUse, ctx.placeholders));
  }
  if (t.indikator.length > 1 && t.result?.capaian != null) {
    out.push({
      kind: 'paragraph',
      text: `Rata-rata capaian indikator Tujuan ${t.no} sebesar ${formatPercent(t.result.capaian)} dengan kriteria ${t.result.predikat}.`,
    });
  }
  if (t.sasaran.length) {
    out.push({ kind: 'paragraph', text: `Tujuan “${t.nama}” didukung oleh sasaran:` });
    out.push({
      kind: 'list',
      items: t.sasaran.map((s, i) => ({ label: `${i + 1}.`, text: `Sasaran ${s.no} “${s.nama}”` })),
    });
  }
  return out;
}

function sasaranBlocks(ctx: PkCtx, s: SasaranResult): Block[] {
  const { res, settings } = ctx;
  const tahun = res.pk.tahun;
  const out: Block[] = [];
  const inds = s.indikator;
  let f = '';
  if (inds.length === 1) {
    out.push({
      kind: 'heading',
      level: 4,
      text: `Sasaran ${s.no} “${s.nama}”, dengan Indikator “${inds[0].input.nama}”`,
    });
    const list = indicatorList(inds[0], tahun);
    out.push(list);
    f = `${LETTERS[list.items.length]}.`;
  } else {
    out.push({ kind: 'heading', level: 4, text: `Sasaran ${s.no} “${s.nama}”` });
    inds.forEach((ind, k) => {
      out.push({ kind: 'paragraph', text: `Indikator ${k + 1}: “${ind.input.nama}”` });
      out.push(indicatorList(ind, tahun));
    });
  }
  // f. The supporting programs.
  const tbl = programTable(res, s, settings, ctx.numberer.next());
  const sentences = programSentences(res, s, settings);
  if (tbl || sentences.length) {
    out.push({
      kind: 'paragraph',
      text: `${f ? f + ' ' : ''}Capaian sasaran ${s.no} didukung Program/ Kegiatan/ Sub Kegiatan sebagai berikut:`,
    });
    if (tbl) {
      out.push({ kind: 'table', table: tbl });
      ctx.programTables.push(tbl);
    }
    if (sentences.length) {
      out.push({
        kind: 'paragraph',
        text: `Berikut analisis dukungan program terhadap ketercapaian sasaran “${s.nama}”:`,
      });
      out.push({ kind: 'list', items: sentences.map((text) => ({ label: '-', text })) });
    }
  } else {
    out.push({
      kind: 'paragraph',
      text: `${f ? f + ' ' : ''}Belum ada program pendukung yang dipetakan ke Sasaran ${s.no}; serapan dan efisiensinya tidak dapat dihitung.`,
    });
  }
  out.push(...faktorBlocks(res, inds, ctx.inUse, ctx.placeholders));
  if (s.capaianAgregat !== null) {
    out.push({
      kind: 'paragraph',
      text:
        `Dari uraian ketercapaian Sasaran ${s.no} “${s.nama}” di atas, dapat disimpulkan bahwa target sasaran ` +
        `${statusTarget(s.capaianAgregat)} dengan capaian ${formatPercent(s.capaianAgregat)} dan kriteria ${s.predikat}.`,
    });
  }
  return out;
}

function ikhtisarBlocks(res: PkResult): Block[] {
  const r = res.ringkasan;
  const out: Block[] = [
    {
      kind: 'paragraph',
      text: `${pkLabel(res)} (lembar ${res.pk.sheet}): dari hasil pengukuran realisasi kinerja terhadap ${r.jumlahIndikator} indikator, dapat disimpulkan bahwa:`,
    },
  ];
  const items = [
    `Sebanyak ${r.tercapai} indikator tercapai sesuai target, dengan capaian realisasi sama dengan atau di atas 100%${r.melampaui ? ` (${r.melampaui} di antaranya melampaui target)` : ''};`,
    `Sebanyak ${r.tidakTercapai} indikator tidak tercapai sesuai target, dengan capaian realisasi di bawah 100%${r.tanpaCapaian ? ';' : '.'}`,
  ];
  if (r.tanpaCapaian)
    items.push(
      `Sebanyak ${r.tanpaCapaian} indikator belum dapat diukur karena realisasi atau targetnya belum terbaca.`,
    );
  out.push({ kind: 'list', items: items.map((text) => ({ label: '-', text })) });
  if (r.pagu !== null && r.realisasiAnggaran !== null) {
    out.push({
      kind: 'paragraph',
      text: `Kinerja keuangan pada tahun ${tahunText(res.pk.tahun)} menunjukkan realisasi sebesar ${formatRupiah(r.realisasiAnggaran)} atau ${formatPercent(r.serapan)} dari total pagu anggaran sebesar ${formatRupiah(r.pagu)}.`,
    });
  }
  return out;
}

function kesimpulanBlocks(res: PkResult, settings: Settings): Block[] {
  const r = res.ringkasan;
  const j = r.efisiensi;
  let text =
    `${pkLabel(res)} (lembar ${res.pk.sheet}): dari ${r.jumlahIndikator} indikator kinerja, ${r.tercapai} indikator tercapai` +
    `${r.melampaui ? ` (${r.melampaui} di antaranya melampaui target)` : ''} dan ${r.tidakTercapai} indikator tidak tercapai` +
    `${r.tanpaCapaian ? `, ${r.tanpaCapaian} belum dapat diukur` : ''}.`;
  if (r.rataRataCapaian !== null) {
    text += ` Rata-rata capaian indikator sebesar ${formatPercent(r.rataRataCapaian)} dengan predikat ${r.predikat}`;
    text +=
      settings.batasAtasCapaian !== null
        ? ` (capaian di atas ${settings.batasAtasCapaian}% dihitung ${settings.batasAtasCapaian}%).`
        : '.';
  }
  if (r.pagu !== null && r.realisasiAnggaran !== null)
    text += ` Realisasi anggaran sebesar ${formatRupiah(r.realisasiAnggaran)} dari pagu ${formatRupiah(r.pagu)} (serapan ${formatPercent(r.serapan)}).`;
  if (j.capaian !== null && j.serapan !== null && j.kategori)
    text += ` Efisiensi secara keseluruhan: capaian kinerja sasaran ${formatPercent(j.capaian)} dengan serapan anggaran program pendukung ${formatPercent(j.serapan)}, dikategorikan ${j.kategori}.`;
  return [{ kind: 'paragraph', text }];
}

function formulaItems(settings: Settings): { label: string; text: string }[] {
  const items = [
    {
      label: 'a.',
      text: 'Indikator berpolaritas positif (semakin tinggi realisasi semakin baik): Capaian Kinerja = Realisasi / Target × 100.',
    },
    {
      label: 'b.',
      text:
        settings.rumusNegatif === 'T/R'
          ? 'Indikator berpolaritas negatif (semakin rendah realisasi semakin baik): Capaian Kinerja = Target / Realisasi × 100.'
          : 'Indikator berpolaritas negatif (semakin rendah realisasi semakin baik): Capaian Kinerja = (Target − (Realisasi − Target)) / Target × 100.',
    },
    {
      label: 'c.',
      text: 'Capaian dibulatkan setengah ke atas menjadi dua desimal; target dinyatakan tercapai bila capaian ≥ 100% dan melampaui bila capaian > 100%.',
    },
  ];
  if (settings.batasAtasCapaian !== null)
    items.push({
      label: 'd.',
      text: `Dalam rata-rata dan perhitungan efisiensi, capaian di atas ${settings.batasAtasCapaian}% dihitung ${settings.batasAtasCapaian}% dan capaian di bawah 0% dihitung 0%.`,
    });
  return items;
}

/** Build the report from the computed PKs (only measured PKs are reported). */
export function buildReport(
  results: PkResult[],
  settings: Settings,
  findings: Finding[] = [],
): Report {
  const scale = scaleFor(settings);
  const measured = results.filter((r) => r.pk.dilaporkan);
  const tahun = settings.tahun ?? measured.find((r) => r.pk.tahun !== null)?.pk.tahun ?? null;
  const instansi = settings.instansi?.trim() || null;
  const instansiText = instansi ?? 'perangkat daerah';
  const numberer = new Numberer();
  const placeholders: Placeholder[] = [];
  const blocks: Block[] = [];
  const judul = `Bab III Akuntabilitas Kinerja — ${instansi ?? 'Perangkat Daerah'}${tahun !== null ? ` Tahun ${tahun}` : ''}`;

  blocks.push({ kind: 'heading', level: 1, text: 'BAB III AKUNTABILITAS KINERJA' });
  blocks.push({
    kind: 'paragraph',
    text: `Draf disusun otomatis oleh Capaian Kinerja dari buku kerja ${instansiText}${tahun !== null ? ` tahun ${tahun}` : ''}. Setiap angka dihitung dari data buku kerja; tanda [isi …] menandai uraian yang masih perlu ditulis perencana.`,
  });

  // Ikhtisar.
  blocks.push({ kind: 'heading', level: 2, text: 'Ikhtisar Capaian Kinerja' });
  if (measured.length === 0)
    blocks.push({ kind: 'paragraph', text: 'Tidak ada Perjanjian Kinerja yang dapat diukur.' });
  for (const res of measured) blocks.push(...ikhtisarBlocks(res));
  for (const res of results.filter((r) => !r.pk.dilaporkan)) {
    blocks.push({
      kind: 'paragraph',
      text: `Lembar ${res.pk.sheet} digantikan oleh perjanjian kinerja yang lebih baru untuk tahun dan Renstra yang sama, sehingga tidak diukur.`,
    });
  }

  // A. Kerangka pengukuran.
  const skala = skalaTable(scale, numberer.next());
  blocks.push({ kind: 'heading', level: 2, text: 'A. Kerangka Pengukuran Kinerja' });
  blocks.push({
    kind: 'paragraph',
    text: `Predikat nilai capaian kinerja dikelompokkan dalam skala pengukuran ordinal menurut ${scale.name} dengan skala nilai peringkat kinerja sebagai berikut:`,
  });
  blocks.push({ kind: 'table', table: skala });
  blocks.push({ kind: 'paragraph', text: 'Cara menghitung persentase capaian indikator kinerja:' });
  blocks.push({ kind: 'list', items: formulaItems(settings) });

  const pks: PkReport[] = [];
  measured.forEach((res, idx) => {
    const letter = String.fromCharCode('B'.charCodeAt(0) + idx);
    const tag = measured.length > 1 ? `PK${idx + 1}` : null;
    const label = pkLabel(res);
    const outline = outlineOf(res);
    const ctx: PkCtx = {
      res,
      settings,
      numberer,
      inUse: fieldsInUse(res, findings),
      placeholders,
      programTables: [],
    };
    const r = res.ringkasan;
    blocks.push({
      kind: 'heading',
      level: 2,
      text: `${letter}. Capaian dan Analisis Kinerja — ${label}`,
    });
    const capaian = capaianTable(res, settings, scale, numberer.next());
    blocks.push({
      kind: 'paragraph',
      text: `Capaian Kinerja Tahun ${tahunText(res.pk.tahun)} (${label}) terdiri dari ${outline.tujuan.length} Tujuan dan ${res.sasaran.length} Sasaran dengan ${r.jumlahIndikator} indikator, sebagaimana rincian ${capaian.title.split(' ').slice(0, 2).join(' ')} berikut.`,
    });
    blocks.push({ kind: 'table', table: capaian });
    const rekap = rekapTable(res, scale, numberer.next());
    const counts = scale.bands
      .map((b) => ({
        label: b.label,
        n: res.indikator.filter((i) => i.predikat === b.label).length,
      }))
      .filter((x) => x.n > 0)
      .map((x) => `${x.n} indikator ${x.label}`);
    blocks.push({
      kind: 'paragraph',
      text: `Rekapitulasi predikat capaian kinerja: ${counts.length ? joinId(counts) : 'belum ada indikator yang terukur'}${r.rataRataCapaian !== null ? `; rata-rata capaian ${formatPercent(r.rataRataCapaian)} (${r.predikat})` : ''}.`,
    });
    blocks.push({ kind: 'table', table: rekap });

    blocks.push({
      kind: 'heading',
      level: 3,
      text: `${letter}.1 Analisis Ketercapaian Tujuan dan Sasaran`,
    });
    for (const t of outline.tujuan) {
      blocks.push(...tujuanBlocks(ctx, t));
      for (const s of t.sasaran) blocks.push(...sasaranBlocks(ctx, s));
    }
    for (const s of outline.lepas) blocks.push(...sasaranBlocks(ctx, s));

    blocks.push({ kind: 'heading', level: 3, text: `${letter}.2 Analisis Efisiensi Anggaran` });
    const efisiensi = efisiensiTable(res, settings, numberer.next());
    blocks.push({
      kind: 'paragraph',
      text: 'Untuk mengetahui efisiensi anggaran dari sasaran yang sudah tercapai dilakukan analisis efisiensi sebagaimana perhitungan dalam tabel berikut:',
    });
    blocks.push({ kind: 'table', table: efisiensi });
    blocks.push({
      kind: 'list',
      items: res.sasaran.map((s) => ({
        label: '-',
        text: sentenceEfisiensi(s, settings.metodeEfisiensi),
      })),
    });
    blocks.push({
      kind: 'paragraph',
      text: paragraphEfisiensi(res, settings.metodeEfisiensi, instansiText),
    });

    blocks.push({ kind: 'heading', level: 3, text: `${letter}.3 Realisasi Anggaran` });
    const anggaran = anggaranTable(res, numberer.next());
    blocks.push({
      kind: 'paragraph',
      text: `Penggunaan anggaran secara terperinci dalam mendukung pencapaian sasaran adalah sebagai berikut:`,
    });
    blocks.push({ kind: 'table', table: anggaran });
    if (r.pagu !== null && r.realisasiAnggaran !== null) {
      blocks.push({
        kind: 'paragraph',
        text: `Total pagu anggaran program sebesar ${formatRupiah(r.pagu)} terealisasi ${formatRupiah(r.realisasiAnggaran)} atau ${formatPercent(r.serapan)}, dengan sisa anggaran ${formatRupiah(r.pagu - r.realisasiAnggaran)}.`,
      });
    }

    pks.push({
      sheet: res.pk.sheet,
      tag,
      label,
      tables: { skala, capaian, rekap, efisiensi, anggaran },
      programTables: ctx.programTables,
    });
  });

  blocks.push({ kind: 'heading', level: 2, text: 'Kesimpulan' });
  for (const res of measured) blocks.push(...kesimpulanBlocks(res, settings));
  if (placeholders.length) {
    blocks.push({
      kind: 'paragraph',
      text: `Masih ada ${placeholders.length} uraian bertanda [isi …] yang perlu dilengkapi pada lembar Realisasi (faktor pendorong, faktor penghambat, solusi atau tantangan).`,
    });
  }

  return { judul, instansi, tahun, blocks, pks, placeholders };
}
