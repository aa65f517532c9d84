/**
 * Analysis of each tujuan and sasaran (NARRATIVE.md "Per tujuan and per sasaran", Gumukmas
 * G596–700 the model): the a–e items per indicator, the supporting programs (f.), the planner's
 * faktor lists and the sasaran's conclusion. A lead-in is written only with what it leads into.
 */
import { formatPercent, formatRupiah } from '../decimal';
import type { Finding } from '../findings';
import type { IndicatorResult, PkResult, SasaranResult, Settings } from '../model';
import { bestMatch, normaliseName, titleCaseName } from '../text';
import { sentenceBenchmark } from './benchmark';
import { formatValue, splitItems } from './format';
import type { Block, FaktorField, Placeholder, ReportTable } from './model';
import {
  sentenceAkhir,
  sentenceCapaian,
  sentenceFormulasi,
  sentenceTren,
  tahunText,
  verdict,
} from './narrative';
import type { TujuanNode } from './outline';
import { programCapaian, programRowsOf, programTable } from './tables';
import { cleanTyped, sentenceCase } from './words';

/** Table numbers, consecutive: a number is taken only by a table that is printed. */
export class Numberer {
  private n = 0;
  peek(): string {
    return `3.${this.n + 1}`;
  }
  next(): string {
    this.n++;
    return `3.${this.n}`;
  }
}

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

/** Fields the PK's Realisasi sheet carries: pendorong and penghambat always; the others when used. */
export function fieldsInUse(res: PkResult, findings: Finding[]): Set<FaktorField> {
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
    const items = texts.flatMap(splitItems).map((t) => sentenceCase(cleanTyped(t, true)));
    out.push({ kind: 'paragraph', text: f.heading });
    out.push({ kind: 'list', items: items.map((t) => ({ label: '-', text: t })) });
  }
  return out;
}

function indicatorList(
  ctx: PkCtx,
  ind: IndicatorResult,
): { kind: 'list'; items: { label: string; text: string }[] } {
  const tahun = ctx.res.pk.tahun;
  const items = [
    sentenceCapaian(ind, tahun, ctx.top),
    sentenceAkhir(ind, tahun),
    sentenceTren(ind, tahun),
    sentenceBenchmark(ind, tahun, ctx.kabupaten),
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
    const display = titleCaseName(
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

export interface PkCtx {
  res: PkResult;
  settings: Settings;
  numberer: Numberer;
  inUse: Set<FaktorField>;
  placeholders: Placeholder[];
  programTables: ReportTable[];
  /** Label of the scale's highest band (for "belum tercapai, namun … masih termasuk …"). */
  top: string | null;
  kabupaten: string | null;
}

export function tujuanBlocks(ctx: PkCtx, t: TujuanNode): Block[] {
  const { res } = ctx;
  const out: Block[] = [
    { kind: 'heading', level: 4, text: `Tujuan ${t.no} “${cleanTyped(t.nama)}”` },
  ];
  for (const ind of t.indikator) {
    out.push({
      kind: 'paragraph',
      text: `Diukur dengan indikator “${cleanTyped(ind.input.nama)}”.`,
    });
    out.push(indicatorList(ctx, ind));
    out.push(...faktorBlocks(res, [ind], ctx.inUse, ctx.placeholders));
  }
  if (t.indikator.length > 1 && t.result?.capaian != null) {
    out.push({
      kind: 'paragraph',
      text: `Rata-rata capaian indikator Tujuan ${t.no} sebesar ${formatPercent(t.result.capaian)} dengan kriteria ${t.result.predikat}.`,
    });
  }
  if (t.sasaran.length) {
    out.push({
      kind: 'paragraph',
      text: `Tujuan “${cleanTyped(t.nama)}” didukung oleh sasaran:`,
    });
    out.push({
      kind: 'list',
      items: t.sasaran.map((s, i) => ({
        label: `${i + 1}.`,
        text: `Sasaran ${s.no} “${cleanTyped(s.nama)}”`,
      })),
    });
  }
  return out;
}

export function sasaranBlocks(ctx: PkCtx, s: SasaranResult): Block[] {
  const { res, settings } = ctx;
  const out: Block[] = [];
  const inds = s.indikator;
  let f = '';
  if (inds.length === 1) {
    out.push({
      kind: 'heading',
      level: 4,
      text: `Sasaran ${s.no} “${cleanTyped(s.nama)}”, dengan Indikator “${cleanTyped(inds[0].input.nama)}”`,
    });
    const list = indicatorList(ctx, inds[0]);
    out.push(list);
    f = `${LETTERS[list.items.length]}.`;
  } else {
    out.push({ kind: 'heading', level: 4, text: `Sasaran ${s.no} “${cleanTyped(s.nama)}”` });
    inds.forEach((ind, k) => {
      out.push({
        kind: 'paragraph',
        text: `Indikator ${k + 1}: “${cleanTyped(ind.input.nama)}”`,
      });
      out.push(indicatorList(ctx, ind));
    });
  }
  // f. The supporting programs.
  const tbl = programTable(res, s, settings, ctx.numberer.peek());
  if (tbl) ctx.numberer.next();
  const sentences = programSentences(res, s, settings);
  const lead = f ? `${f} ` : '';
  const list = (): Block => ({
    kind: 'list',
    items: sentences.map((text) => ({ label: '-', text })),
  });
  if (tbl) {
    out.push({
      kind: 'paragraph',
      text: `${lead}Capaian sasaran ${s.no} didukung Program/ Kegiatan/ Sub Kegiatan sebagai berikut:`,
    });
    out.push({ kind: 'table', table: tbl });
    ctx.programTables.push(tbl);
    if (sentences.length) {
      out.push({
        kind: 'paragraph',
        text: `Berikut analisis dukungan program terhadap ketercapaian sasaran “${cleanTyped(s.nama)}”:`,
      });
      out.push(list());
    }
  } else if (sentences.length) {
    out.push({
      kind: 'paragraph',
      text: `${lead}Capaian sasaran ${s.no} didukung oleh program berikut:`,
    });
    out.push(list());
  } else {
    out.push({
      kind: 'paragraph',
      text: `${lead}Belum ada program pendukung yang dipetakan ke Sasaran ${s.no}, sehingga serapan anggaran dan efisiensinya tidak dapat dihitung; program pendukung dapat dipetakan melalui kolom Sasaran pada tabel program.`,
    });
  }
  out.push(...faktorBlocks(res, inds, ctx.inUse, ctx.placeholders));
  if (s.capaianAgregat !== null) {
    out.push({
      kind: 'paragraph',
      text:
        `Dari uraian ketercapaian Sasaran ${s.no} “${cleanTyped(s.nama)}” di atas, dapat disimpulkan bahwa ` +
        `${verdict(s.capaianAgregat, s.predikat, ctx.top)}, dengan capaian ${formatPercent(s.capaianAgregat)}.`,
    });
  }
  return out;
}
