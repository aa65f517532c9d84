/**
 * The report model (NARRATIVE.md): for each measured PK the five tables and the narrative blocks,
 * as plain data, in the reading order of Bab III, then Bab IV Penutup. Pure: the generated sheets
 * and the Word draft both render this.
 */
import { scaleFor } from '../compute';
import { describeScaleProblems } from '../scale-check';
import { formatPercent, formatRupiah } from '../decimal';
import type { Finding } from '../findings';
import type { PkResult, Settings } from '../model';
import type { Scale } from '../scales';
import { fieldsInUse, Numberer, sasaranBlocks, tujuanBlocks, type PkCtx } from './analysis';
import { efisiensiBlocks, komposisiBlocks } from './budget-text';
import type { Block, Placeholder, PkReport, Report, ReportTable } from './model';
import { joinId, sentenceEfisiensi, tahunText } from './narrative';
import { outlineOf } from './outline';
import { penutupBlocks } from './penutup';
import { anggaranTable, capaianTable, efisiensiTable, rekapTable, skalaTable } from './tables';
import { count, kabupatenOf, pkLabel, scaleName, scaleSource, unitOf } from './words';

export * from './model';
export { formatValue, splitItems, benchmarkNumber } from './format';
export { statusTarget } from './narrative';
export { NO_BENCHMARK } from './benchmark';
export { EFF_RULE } from './budget-text';

function ikhtisarBlocks(res: PkResult): Block[] {
  const r = res.ringkasan;
  const out: Block[] = [
    {
      kind: 'paragraph',
      text: `${pkLabel(res)} (lembar ${res.pk.sheet}): dari hasil pengukuran realisasi kinerja terhadap ${count(r.jumlahIndikator, 'indikator')}, dapat disimpulkan bahwa:`,
    },
  ];
  const items: string[] = [];
  const melampaui = r.melampaui ? ` (${r.melampaui} di antaranya melampaui target)` : '';
  if (r.tercapai > 0 && r.tidakTercapai === 0)
    items.push(
      `Seluruh ${count(r.tercapai, 'indikator')} yang terukur tercapai sesuai target, dengan capaian realisasi sama dengan atau di atas 100%${melampaui}`,
    );
  else if (r.tercapai > 0)
    items.push(
      `Sebanyak ${r.tercapai} indikator tercapai sesuai target, dengan capaian realisasi sama dengan atau di atas 100%${melampaui}`,
    );
  if (r.tidakTercapai > 0)
    items.push(
      r.tercapai === 0
        ? `Seluruh ${count(r.tidakTercapai, 'indikator')} yang terukur belum tercapai sesuai target, dengan capaian realisasi di bawah 100%`
        : `Sebanyak ${r.tidakTercapai} indikator tidak tercapai sesuai target, dengan capaian realisasi di bawah 100%`,
    );
  if (r.tanpaCapaian)
    items.push(
      `Sebanyak ${r.tanpaCapaian} indikator belum dapat diukur karena realisasi atau targetnya belum terbaca`,
    );
  out.push({
    kind: 'list',
    items: items.map((text, i) => ({
      label: '-',
      text: `${text}${i < items.length - 1 ? ';' : '.'}`,
    })),
  });
  if (r.pagu !== null && r.realisasiAnggaran !== null) {
    out.push({
      kind: 'paragraph',
      text: `Kinerja keuangan pada tahun ${tahunText(res.pk.tahun)} menunjukkan realisasi sebesar ${formatRupiah(r.realisasiAnggaran)} atau ${formatPercent(r.serapan)} dari total pagu anggaran sebesar ${formatRupiah(r.pagu)}.`,
    });
  }
  return out;
}

function formulaItems(settings: Settings): { label: string; text: string }[] {
  return [
    {
      label: 'a.',
      text: 'Indikator berpolaritas positif (semakin tinggi realisasi semakin baik): Capaian Kinerja = Realisasi / Target × 100%.',
    },
    {
      label: 'b.',
      text:
        settings.rumusNegatif === 'T/R'
          ? 'Indikator berpolaritas negatif (semakin rendah realisasi semakin baik): Capaian Kinerja = Target / Realisasi × 100%.'
          : 'Indikator berpolaritas negatif (semakin rendah realisasi semakin baik): Capaian Kinerja = (Target − (Realisasi − Target)) / Target × 100%.',
    },
    {
      label: 'c.',
      text:
        'Target dinyatakan tercapai apabila capaian realisasi sama dengan atau di atas 100%, dan melampaui target apabila di atas 100%' +
        (settings.batasAtasCapaian !== null
          ? `; dalam rata-rata dan perhitungan efisiensi, capaian di atas ${settings.batasAtasCapaian}% dihitung ${settings.batasAtasCapaian}%.`
          : '.'),
    },
  ];
}

/** The planner's custom scale could not be used: what is wrong with it, band by band. */
function invalidScaleText(settings: Settings): string | null {
  const problems = describeScaleProblems(settings);
  if (problems.length === 0) return null;
  return `Skala yang ditetapkan dalam lembar Pengaturan tidak dapat dipakai: ${problems.join(' ')} Karena itu, predikat dalam laporan ini ditetapkan dengan skala Permendagri 86/2017 berikut.`;
}

function kerangkaBlocks(
  scale: Scale,
  settings: Settings,
  kabupaten: string | null,
  numberer: Numberer,
): { blocks: Block[]; skala: ReturnType<typeof skalaTable> } {
  const skala = skalaTable(scale, numberer.next(), scaleSource(scale, kabupaten));
  const invalid = invalidScaleText(settings);
  if (invalid) skala.notes.push(invalid);
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: 'A. Kerangka Pengukuran Kinerja' }];
  blocks.push(
    {
      kind: 'paragraph',
      text: `Predikat nilai capaian kinerja dikelompokkan dalam skala pengukuran ordinal menurut ${scaleName(scale)} dengan skala nilai peringkat kinerja sebagai berikut:`,
    },
    { kind: 'table', table: skala },
    { kind: 'paragraph', text: 'Cara menghitung persentase capaian indikator kinerja:' },
    { kind: 'list', items: formulaItems(settings) },
  );
  return { blocks, skala };
}

/** `terdiri dari 2 Tujuan dan 4 Sasaran dengan 6 indikator` — zero counts left out. */
function composition(tujuan: number, sasaran: number, indikator: number): string {
  const parts = [
    tujuan ? `${count(tujuan, 'Tujuan')}` : '',
    sasaran ? `${count(sasaran, 'Sasaran')}` : '',
  ].filter(Boolean);
  const base = parts.length ? `terdiri dari ${parts.join(' dan ')} dengan ` : 'terdiri dari ';
  return `${base}${count(indikator, 'indikator')}`;
}

/** Section B, C … of Bab III for one measured PK. */
function pkBlocks(
  ctx: PkCtx,
  letter: string,
  instansi: string,
  scale: Scale,
  skala: ReportTable,
): { blocks: Block[]; report: PkReport } {
  const { res, settings, numberer } = ctx;
  const label = pkLabel(res);
  const outline = outlineOf(res);
  const r = res.ringkasan;
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: `${letter}. Capaian dan Analisis Kinerja — ${label}` },
  ];
  const capaian = capaianTable(res, settings, scale, numberer.next());
  blocks.push({
    kind: 'paragraph',
    text: `Capaian Kinerja Tahun ${tahunText(res.pk.tahun)} (${label}) ${composition(outline.tujuan.length, res.sasaran.length, r.jumlahIndikator)}, sebagaimana rincian ${capaian.title.split(' ').slice(0, 2).join(' ')} berikut.`,
  });
  blocks.push({ kind: 'table', table: capaian });
  const rekap = rekapTable(res, scale, numberer.next());
  const counts = scale.bands
    .map((b) => ({ label: b.label, n: res.indikator.filter((i) => i.predikat === b.label).length }))
    .filter((x) => x.n > 0)
    .map((x) => `${x.n} indikator ${x.label}`);
  blocks.push({
    kind: 'paragraph',
    text: counts.length
      ? `Rekapitulasi predikat capaian kinerja: ${joinId(counts)}${r.rataRataCapaian !== null ? `; rata-rata capaian ${formatPercent(r.rataRataCapaian)} (${r.predikat})` : ''}.`
      : 'Belum ada indikator yang capaiannya dapat diukur, sehingga rekapitulasi predikat berikut masih kosong.',
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
  blocks.push(
    {
      kind: 'paragraph',
      text: 'Untuk mengetahui efisiensi anggaran dari sasaran yang sudah tercapai dilakukan analisis efisiensi sebagaimana perhitungan dalam tabel berikut:',
    },
    { kind: 'table', table: efisiensi },
  );
  if (res.sasaran.length)
    blocks.push({
      kind: 'list',
      items: res.sasaran.map((s) => ({
        label: '-',
        text: sentenceEfisiensi(s, settings.metodeEfisiensi),
      })),
    });
  blocks.push(...efisiensiBlocks(res, settings.metodeEfisiensi, instansi));

  blocks.push({ kind: 'heading', level: 3, text: `${letter}.3 Realisasi Anggaran` });
  blocks.push(...komposisiBlocks(res, instansi));
  const anggaran = anggaranTable(res, numberer.next());
  blocks.push(
    {
      kind: 'paragraph',
      text: 'Penggunaan anggaran secara terperinci dalam mendukung pencapaian sasaran adalah sebagai berikut:',
    },
    { kind: 'table', table: anggaran },
  );
  if (r.pagu !== null && r.realisasiAnggaran !== null) {
    blocks.push({
      kind: 'paragraph',
      text: `Total pagu anggaran program sebesar ${formatRupiah(r.pagu)} terealisasi ${formatRupiah(r.realisasiAnggaran)} atau ${formatPercent(r.serapan)}, dengan sisa anggaran ${formatRupiah(r.pagu - r.realisasiAnggaran)}.`,
    });
  }
  const report: PkReport = {
    sheet: res.pk.sheet,
    tag: null,
    label,
    tables: { skala, capaian, rekap, efisiensi, anggaran },
    programTables: ctx.programTables,
  };
  return { blocks, report };
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
  const instansi = unitOf(settings, results);
  const instansiText = instansi ?? 'perangkat daerah';
  const kabupaten = kabupatenOf(settings, results);
  const numberer = new Numberer();
  const placeholders: Placeholder[] = [];
  const blocks: Block[] = [];
  const judul = `Laporan Kinerja ${instansi ?? 'Perangkat Daerah'}${tahun !== null ? ` Tahun ${tahun}` : ''}`;

  blocks.push({ kind: 'heading', level: 1, text: 'BAB III AKUNTABILITAS KINERJA' });
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
  const kerangka = kerangkaBlocks(scale, settings, kabupaten, numberer);
  blocks.push(...kerangka.blocks);

  const top = scale.bands[0]?.label ?? null;
  const pks: PkReport[] = [];
  measured.forEach((res, idx) => {
    const ctx: PkCtx = {
      res,
      settings,
      numberer,
      inUse: fieldsInUse(res, findings),
      placeholders,
      programTables: [],
      top,
      kabupaten,
    };
    const letter = String.fromCharCode('B'.charCodeAt(0) + idx);
    const pk = pkBlocks(ctx, letter, instansiText, scale, kerangka.skala);
    blocks.push(...pk.blocks);
    pk.report.tag = measured.length > 1 ? `PK${idx + 1}` : null;
    pks.push(pk.report);
  });

  blocks.push(...penutupBlocks(measured, settings, instansiText, placeholders));
  // The placeholders are visible where they stand; the CLI and the pane count them.
  return { judul, instansi, tahun, blocks, pks, placeholders };
}
