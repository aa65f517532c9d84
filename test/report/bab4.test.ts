/**
 * The report's new parts against figures recomputed from the reports (issue 12): benchmark
 * sentences from benchmark columns, formulasi and sumber data, belanja operasi / modal, the
 * alokasi per sasaran, the programs with the largest sisa, and Bab IV Penutup.
 */
import { buildReport, type Block, type Report } from '../../src/engine/report';
import { analyze } from '../../src/workbook/analyze';
import { sheet } from '../helpers/grid';
import { baseSpec, build, H, ind, prog, type WorkbookSpec } from '../helpers/workbook';
import { load, reportText } from './samples';

function report(spec: WorkbookSpec): Report {
  const a = analyze(build(spec));
  return buildReport(a.results, a.settings, a.findings);
}

const text = (r: Report) => reportText(r).join('\n');

/** The blocks from a heading to the next heading of the same or a higher level. */
function section(r: Report, heading: string): Block[] {
  const i = r.blocks.findIndex((b) => b.kind === 'heading' && b.text === heading);
  expect(i).toBeGreaterThanOrEqual(0);
  const level = (r.blocks[i] as { level: number }).level;
  const end = r.blocks.findIndex((b, j) => j > i && b.kind === 'heading' && b.level <= level);
  return r.blocks.slice(i + 1, end < 0 ? undefined : end);
}

const items = (blocks: Block[]) =>
  blocks.flatMap((b) => (b.kind === 'list' ? b.items.map((x) => x.text) : []));

function withJember(spec: WorkbookSpec): WorkbookSpec {
  spec.extraSheets.push(
    sheet('Pengaturan', [
      ['Pengaturan', 'Nilai'],
      ['Instansi', 'Kecamatan Ambulu'],
      ['Kabupaten', 'Jember'],
    ]),
  );
  return spec;
}

describe('benchmark columns (d.)', () => {
  test('A849/A853: IKM 83,63 against the kabupaten average 87,33 is 3,70 points lower — never a target', () => {
    const spec = withJember(baseSpec());
    ind(spec, 'ikm').real!['Rata-rata IKM Kabupaten'] = '87,33';
    const t = text(report(spec));
    // 87,33 − 83,63 = 3,70 (A853 prints 3,27).
    expect(t).toContain(
      'Realisasi tahun 2024 sebesar 83,63, lebih rendah 3,70 poin dari rata-rata Kabupaten Jember (87,33).',
    );
    expect(t).not.toMatch(/target (tingkat )?kabupaten|target Kabupaten/);
  });

  test('a national target is a target; a provincial realisasi is compared in points', () => {
    const spec = withJember(baseSpec());
    ind(spec, 'ikm').real!['Target Nasional'] = '82,5';
    ind(spec, 'ikm').real!['Realisasi Provinsi'] = '85';
    const t = text(report(spec));
    // 83,63 > 82,5; 85 − 83,63 = 1,37.
    expect(t).toContain(
      'Realisasi tahun 2024 sebesar 83,63, sehingga telah melampaui target nasional (82,5).',
    );
    expect(t).toContain(
      'Realisasi tahun 2024 sebesar 83,63, lebih rendah 1,37 poin dari realisasi tingkat provinsi (85).',
    );
    // The unit's own realisasi and capaian are untouched: 83,63 / 82 = 101,99.
    expect(t).toContain('sebesar 101,99% dari target (realisasi 83,63 terhadap target 82)');
  });

  test('negative polarity: a lower realisasi beats a target', () => {
    const spec = withJember(baseSpec());
    const tr = ind(spec, 'trantib');
    tr.polaritas = 'negatif';
    tr.real!['Target Provinsi'] = '90%';
    // Realisasi 100 % against a provincial target of 90 %: higher is worse here.
    expect(text(report(spec))).toContain(
      'Realisasi tahun 2024 sebesar 100%, sehingga belum melampaui target tingkat provinsi (90%).',
    );
  });
});

describe('formulasi and sumber data (e.)', () => {
  test('both quoted, each ending its sentence; the next letter follows', () => {
    const spec = baseSpec();
    ind(spec, 'ikm').real!['Formulasi'] =
      'Rata-rata nilai unsur pelayanan × 25 (PermenPANRB 14/2017';
    ind(spec, 'ikm').real!['Sumber Data'] = 'aplikasi e-SUKMA';
    const t = text(report(spec));
    expect(t).toContain(
      'e. Berdasarkan formulasi indikator, perhitungan dilakukan dengan cara: Rata-rata nilai unsur pelayanan × 25 (PermenPANRB 14/2017). Sumber data: aplikasi e-SUKMA.',
    );
    expect(t).toContain('f. Capaian sasaran 1 didukung oleh program berikut:');
  });
});

describe('budget composition', () => {
  test('G1169–1174: belanja operasi 4.347.881.123 and modal 11.369.325 of 4.359.250.448', () => {
    const spec = baseSpec();
    const pem = prog(spec, 'pem');
    const tr = prog(spec, 'trantib');
    pem.budget = [
      {
        [H.program]: pem.nama!,
        [H.pagu]: '4.347.881.123',
        [H.realisasi]: '3.610.277.101',
        'Jenis Belanja': 'Belanja Operasi',
      },
    ];
    tr.budget = [
      {
        [H.program]: tr.nama!,
        [H.pagu]: '11.369.325',
        [H.realisasi]: '9.633.200',
        'Jenis Belanja': 'Belanja Modal',
      },
    ];
    spec.jumlah = null;
    const t = text(report(spec));
    // 4.347.881.123 / 4.359.250.448 = 99,7392 %; 11.369.325 / 4.359.250.448 = 0,2608 %.
    // 3.610.277.101 / 4.347.881.123 = 83,0353 %; 9.633.200 / 11.369.325 = 84,7296 %.
    expect(t).toContain(
      'Belanja Operasi sebesar Rp 4.347.881.123 (99,74% dari total pagu), terealisasi Rp 3.610.277.101 (83,04%).',
    );
    expect(t).toContain(
      'Belanja Modal sebesar Rp 11.369.325 (0,26% dari total pagu), terealisasi Rp 9.633.200 (84,73%).',
    );
  });

  test('A540–542: the program for sasaran I is 2.941.063.617 of 4.492.070.793 = 65,47 %', async () => {
    const { report: r } = await load('ambulu-2024');
    expect(text(r)).toMatch(/: Rp 2\.941\.063\.617 atau 65,47% dari total pagu anggaran\./);
  });

  test('Semboro: the largest sisa is the Program Penunjang, 3.246.438.737 − 2.376.886.333 = 869.552.404 (S929)', async () => {
    const { report: r } = await load('semboro-2025');
    const sisa = items(section(r, 'B.2 Analisis Efisiensi Anggaran')).filter((x) =>
      x.includes(': sisa Rp'),
    );
    expect(sisa[0]).toMatch(
      /^Program Penunjang .*: sisa Rp 869\.552\.404 dari pagu Rp 3\.246\.438\.737 \(terserap 73,22%\)\.$/,
    );
    // Ordered by amount, largest first.
    const amounts = sisa.map((x) => Number(x.match(/sisa Rp ([\d.]+)/)![1].replace(/\./g, '')));
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
  });

  test('a workbook without budget sisa lists none, and says nothing it cannot back', () => {
    const spec = baseSpec();
    for (const p of spec.programs) for (const b of p.budget) b[H.realisasi] = b[H.pagu];
    spec.jumlah = null;
    expect(text(report(spec))).not.toMatch(/Sisa anggaran terbesar/);
  });
});

describe('Bab IV Penutup', () => {
  test('Kesimpulan from the numbers; hambatan and langkah from the cells, each once', () => {
    const spec = withJember(baseSpec());
    const ikm = ind(spec, 'ikm').real!;
    const tr = ind(spec, 'trantib').real!;
    ikm['Faktor Pendorong'] = 'Koordinasi yang baik';
    ikm['Faktor Penghambat'] = '1. Jaringan internet tidak stabil 2. Petugas terbatas';
    ikm['Solusi'] = 'Menambah petugas layanan';
    tr['Faktor Pendorong'] = 'koordinasi yang baik.';
    tr['Faktor Penghambat'] = 'petugas terbatas';
    tr['Tantangan'] = 'Survei kepuasan rutin (e-SUKMA';
    const r = report(spec);
    const kes = reportText({ ...r, blocks: section(r, 'A. Kesimpulan') }).join('\n');
    // IKM 101,99 and trantib 100: both tercapai, one above; mean 100,99 (Sangat Tinggi).
    expect(kes).toContain(
      'Dari 2 (dua) indikator yang diperjanjikan dalam Perjanjian Kinerja Tahun 2024, seluruh indikator yang terukur tercapai (1 (satu) indikator di antaranya melampaui target).',
    );
    expect(kes).toContain(
      'Rata-rata capaian kinerja Kecamatan Ambulu tahun 2024 sebesar 100,99% dengan predikat Sangat Tinggi.',
    );
    expect(items(section(r, 'A. Kesimpulan'))).toEqual(['Koordinasi yang baik.']);
    expect(items(section(r, 'B. Hambatan dan Kendala'))).toEqual([
      'Jaringan internet tidak stabil.',
      'Petugas terbatas.',
    ]);
    expect(items(section(r, 'C. Langkah Perbaikan Kinerja'))).toEqual([
      'Menambah petugas layanan.',
      'Survei kepuasan rutin (e-SUKMA).',
    ]);
    expect(text(r)).not.toContain('[isi hambatan');
  });

  test('no faktor cells: visible placeholders, counted', () => {
    const r = report(baseSpec());
    expect(reportText({ ...r, blocks: section(r, 'B. Hambatan dan Kendala') })).toEqual([
      '[isi hambatan dan kendala]',
    ]);
    expect(reportText({ ...r, blocks: section(r, 'C. Langkah Perbaikan Kinerja') })).toEqual([
      '[isi langkah perbaikan kinerja]',
    ]);
    expect(r.placeholders.map((p) => p.text)).toEqual(
      expect.arrayContaining(['[isi hambatan dan kendala]', '[isi langkah perbaikan kinerja]']),
    );
  });

  test('Semboro: every faktor penghambat of both PKs once, in the order written', async () => {
    const { report: r, analysis } = await load('semboro-2025');
    const hambatan = items(section(r, 'B. Hambatan dan Kendala'));
    const typed = analysis.results
      .filter((x) => x.pk.dilaporkan)
      .flatMap((x) => x.indikator.map((i) => i.input.faktorPenghambat ?? ''))
      .filter((x) => x.trim());
    expect(typed.length).toBeGreaterThan(0);
    expect(new Set(hambatan.map((h) => h.toLowerCase())).size).toBe(hambatan.length);
    // Each typed cell reaches Bab IV (its first words at least).
    for (const t of typed) {
      const head = t
        .trim()
        .split(/\s+/)
        .slice(0, 4)
        .join(' ')
        .toLowerCase()
        .replace(/^[-\d.)\s]+/, '');
      expect(hambatan.some((h) => h.toLowerCase().includes(head.slice(0, 15)))).toBe(true);
    }
  });
});
