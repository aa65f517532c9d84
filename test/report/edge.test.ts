/**
 * The report on small workbooks built for one situation each (test/helpers/workbook.ts, Ambulu 2024
 * figures): an empty realisasi, negative polarity, a Formulasi column, a benchmark, the other
 * efficiency methods — every word decided by the numbers, nothing invented.
 */
import { buildReport, type Report } from '../../src/engine/report';
import { analyze } from '../../src/workbook/analyze';
import { buildReportPlan } from '../../src/workbook/report-sheets';
import { sheet } from '../helpers/grid';
import { baseSpec, build, ind, type WorkbookSpec } from '../helpers/workbook';

function report(spec: WorkbookSpec): Report {
  const a = analyze(build(spec));
  return buildReport(a.results, a.settings, a.findings);
}

const text = (r: Report) =>
  r.blocks
    .flatMap((b) =>
      b.kind === 'list' ? b.items.map((i) => i.text) : b.kind === 'table' ? [] : [b.text],
    )
    .join('\n');

test('base workbook: one PK, no tag, the Ikhtisar counts and the efficiency words', () => {
  const r = report(baseSpec());
  expect(r.pks.map((p) => p.tag)).toEqual([null]);
  const t = text(r);
  // IKM 83,63/82 = 101,99; trantib 100/100 = 100.
  expect(t).toContain('terhadap 2 (dua) indikator');
  expect(t).toContain(
    'Seluruh 2 (dua) indikator yang terukur tercapai sesuai target, dengan capaian realisasi sama dengan atau di atas 100% (1 di antaranya melampaui target)',
  );
  // 1.276.804.640 / 1.314.779.376 = 97,11 %.
  expect(t).toContain(
    'realisasi sebesar Rp 1.276.804.640 atau 97,11% dari total pagu anggaran sebesar Rp 1.314.779.376',
  );
  // Sasaran 2: 100 against 244.304.640 / 273.664.376 = 89,27 %: selisih 10,73.
  expect(t).toContain(
    'Capaian kinerja Sasaran 2 dapat dikategorikan efisien karena capaian kinerja 100,00% lebih besar daripada serapan anggaran 89,27% (selisih 10,73 poin).',
  );
  // No Faktor columns on this Realisasi sheet: the placeholders show what to write.
  expect(t).toContain('Faktor pendorong ketercapaian: [isi faktor pendorong]');
  // Two indicators × pendorong and penghambat, then Bab IV's hambatan and langkah perbaikan.
  expect(r.placeholders.map((p) => p.field).sort()).toEqual([
    'faktorPendorong',
    'faktorPendorong',
    'faktorPenghambat',
    'faktorPenghambat',
    'faktorPenghambat',
    'solusi',
  ]);
  expect(t).toContain('[isi hambatan dan kendala]');
  expect(t).toContain('[isi langkah perbaikan kinerja]');
  expect(t).not.toContain('Berdasarkan formulasi indikator');
  expect(t).not.toContain('[isi solusi]');
});

test('an empty realisasi: no capaian, never 0 — counted apart, shown as "-"', () => {
  const spec = baseSpec();
  ind(spec, 'ikm').real!.Realisasi = '';
  ind(spec, 'ikm').real!['Capaian (%)'] = '';
  ind(spec, 'ikm').real!.Kriteria = '';
  const r = report(spec);
  const t = text(r);
  expect(t).toContain(
    'Capaian kinerja tahun 2024 belum dapat dihitung karena realisasi belum diisi.',
  );
  expect(t).toContain('Sebanyak 1 indikator belum dapat diukur');
  const cap = r.pks[0].tables.capaian;
  const row = cap.rows.find((x) => x.cells[2].text === 'Indeks Kepuasan Masyarakat')!;
  const pc = cap.columns.findIndex((c) => c.header === '% Capaian');
  expect(row.cells[pc]).toMatchObject({ value: null, text: '-' });
  const count = r.pks[0].tables.rekap.rows.find((x) => x.cells[1].text === 'Jumlah indikator')!;
  expect(count.cells[3].value).toBe(1);
});

test('negative polarity: (2T − R)/T, a note under the table and the benchmark compared the other way', () => {
  const spec = baseSpec();
  const t = ind(spec, 'trantib');
  t.polaritas = 'negatif';
  t.target = 10;
  t.tc = { targets: ['-', '-', 10, 10, 10, 8], akhir: 8, satuan: '%' };
  // (2×10 − 8)/10×100 = 120; a benchmark of 9: lower is better, 8 < 9 → melampaui.
  t.real = { Target: 10, Realisasi: 8, 'Capaian (%)': '', Kriteria: '', Benchmark: '9' };
  const r = report(spec);
  const s = text(r);
  expect(s).toContain(
    'sebesar 120,00% dari target (realisasi 8 terhadap target 10). Dengan demikian target tercapai dan melampaui',
  );
  expect(s).toContain('berpolaritas negatif');
  // "9" does not say it is a target: a comparison in points, with what lower means here.
  expect(s).toContain(
    'Realisasi tahun 2024 sebesar 8, lebih rendah 1 poin dari nilai pembanding (9). Indikator ini berpolaritas negatif, sehingga nilai yang lebih rendah menunjukkan kinerja yang lebih baik.',
  );
  expect(s).not.toMatch(/target nasional/);
  expect(r.pks[0].tables.capaian.notes.join(' ')).toContain(
    '(Target − (Realisasi − Target)) / Target × 100',
  );
});

test('a Formulasi column is quoted; the letter of "f." follows the items actually written', () => {
  const spec = baseSpec();
  ind(spec, 'ikm').real!.Formulasi = 'Nilai IKM hasil survei e-SUKMA';
  const r = report(spec);
  const s = text(r);
  expect(s).toContain(
    'Berdasarkan formulasi indikator, perhitungan dilakukan dengan cara: Nilai IKM hasil survei e-SUKMA.',
  );
  // No program-indicator table: the lead-in names the programs listed right under it.
  expect(s).toContain('f. Capaian sasaran 1 didukung oleh program berikut:');
  expect(s).toContain('e. Capaian sasaran 2 didukung oleh program berikut:');
});

test.each([
  [
    'rasio',
    'Efisiensi (rasio)',
    '9 = 5 / 8',
    // 100 / 89,27 = 1,1202
    'rasio capaian kinerja 100,00% terhadap serapan anggaran 89,27% adalah 1,1202, lebih dari 1',
  ],
  [
    'selisih-5',
    'Efisiensi (poin)',
    '9 = 5 − 8',
    // 100 − 89,27 = 10,73 > 5
    'selisih capaian kinerja 100,00% dan serapan anggaran 89,27% sebesar 10,73 poin, lebih dari 5 poin',
  ],
  [
    'pmk',
    'Efisiensi (%)',
    '9 = (6×CK − 7) / (6×CK) × 100',
    // (273.664.376 × 1 − 244.304.640) / 273.664.376 × 100 = 10,7284
    'nilai efisiensinya 10,73% (lebih dari 0)',
  ],
])('metode %s: header, numbered column and wording', (metode, header, formula, sentence) => {
  const spec = baseSpec();
  spec.extraSheets.push(
    sheet('Pengaturan', [
      ['Pengaturan', 'Nilai'],
      ['Skala', 'Permendagri 86/2017'],
      ['Metode Efisiensi', metode],
    ]),
  );
  const r = report(spec);
  const t = r.pks[0].tables.efisiensi;
  expect(t.columns[8].header).toBe(header);
  expect(t.numbering![8]).toBe(formula);
  expect(text(r)).toContain(sentence);
});

test('a custom scale is the legend and the predicate columns', () => {
  const spec = baseSpec();
  spec.extraSheets.push(
    sheet('Pengaturan', [
      ['Pengaturan', 'Nilai'],
      ['Skala', 'Kustom'],
      [],
      ['Interval', 'Kriteria', 'Warna'],
      ['> 100', 'Sangat Baik', 'biru muda'],
      ['76 - 100', 'Baik', 'hijau'],
      ['55 - 75', 'Cukup', 'kuning muda'],
      ['< 55', 'Kurang', 'merah'],
    ]),
  );
  const r = report(spec);
  const skala = r.pks[0].tables.skala;
  expect(skala.rows.map((x) => x.cells[2].text)).toEqual([
    'Sangat Baik',
    'Baik',
    'Cukup',
    'Kurang',
  ]);
  const rekap = r.pks[0].tables.rekap;
  expect(rekap.columns.filter((c) => c.group).map((c) => c.header)).toEqual([
    'Sangat Baik',
    'Baik',
    'Cukup',
    'Kurang',
  ]);
  // IKM 101,99 > 100 → Sangat Baik; trantib 100 → Baik.
  expect(text(r)).toContain('target tercapai dan melampaui dengan kriteria capaian Sangat Baik');
  expect(text(r)).toContain('target tercapai dengan kriteria capaian Baik');
});

test('the sheets of a one-PK workbook carry no tag', () => {
  const grid = build(baseSpec());
  const plan = buildReportPlan(grid, analyze(grid));
  expect(plan.sheets.map((s) => s.name)).toEqual([
    'LKjIP Skala',
    'LKjIP Capaian',
    'LKjIP Rekap Predikat',
    'LKjIP Efisiensi',
    'LKjIP Anggaran',
    'LKjIP Narasi',
  ]);
});
