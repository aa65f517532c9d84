/**
 * The narrative's key sentences on the three samples — counts, percentages, tercapai / tidak
 * tercapai / melampaui, trend words, benchmark and efficiency wording — against figures recomputed
 * by hand, including the places where the reports themselves chose the wrong words.
 */
import {
  benchmarkNumber,
  splitItems,
  statusTarget,
  type Block,
  type Report,
} from '../../src/engine/report';
import type { IndicatorResult } from '../../src/engine/model';
import { sentenceTren } from '../../src/engine/report/narrative';
import { CURRENT_YEAR } from '../../src/engine/trend';
import { load } from './samples';

/** All the text of a report, one string per paragraph or list item. */
function lines(r: Report): string[] {
  return r.blocks.flatMap((b: Block) =>
    b.kind === 'list'
      ? b.items.map((i) => `${i.label} ${i.text}`)
      : b.kind === 'table'
        ? []
        : [b.text],
  );
}

/** The blocks from the heading that contains `heading` up to the next heading of level ≤ 4. */
function section(r: Report, heading: string | RegExp, nth = 0): string[] {
  const match = (t: string) =>
    typeof heading === 'string' ? t.includes(heading) : heading.test(t);
  const starts = r.blocks
    .map((b, i) => (b.kind === 'heading' && match(b.text) ? i : -1))
    .filter((i) => i >= 0);
  if (starts.length <= nth) throw new Error(`no heading ${heading}`);
  const from = starts[nth];
  const out: string[] = [];
  for (let i = from + 1; i < r.blocks.length; i++) {
    const b = r.blocks[i];
    if (b.kind === 'heading') break;
    if (b.kind === 'paragraph') out.push(b.text);
    if (b.kind === 'list') out.push(...b.items.map((x) => `${x.label} ${x.text}`));
  }
  return out;
}

/** The a–e items of the indicator block introduced by `Diukur dengan indikator “name”`. */
function tujuanIndicator(r: Report, name: string, nth = 0): string[] {
  const idx = r.blocks
    .map((b, i) => (b.kind === 'paragraph' && b.text.includes(`indikator “${name}”`) ? i : -1))
    .filter((i) => i >= 0)[nth];
  const list = r.blocks[idx + 1];
  if (list.kind !== 'list') throw new Error('no list');
  return list.items.map((x) => `${x.label} ${x.text}`);
}

describe('Semboro 2025', () => {
  let r: Report;
  beforeAll(async () => {
    r = (await load('semboro-2025')).report;
  });

  test('Ikhtisar: counts per PK and the budget sentence', () => {
    const t = lines(r).join('\n');
    // PK 2025: 6 indicators; IKM 111,27 and SAKIP 105,36 above 100; the program IKU at its
    // computed 3/4 = 75 % (PROGRAM_IKU_MISMATCH rejects the typed 100 %) below it.
    expect(t).toContain(
      '(lembar PK 2025): dari hasil pengukuran realisasi kinerja terhadap 6 (enam) indikator',
    );
    expect(t).toContain(
      'Sebanyak 5 indikator tercapai sesuai target, dengan capaian realisasi sama dengan atau di atas 100% (2 di antaranya melampaui target)',
    );
    expect(t).toContain('Sebanyak 1 indikator tidak tercapai sesuai target');
    // PK Perubahan: IPP 60,70, IKM 87,78, SAKIP 98,77 and the program IKU at 75 % below 100.
    expect(t).toContain(
      '(lembar PK Perubahan 2025): dari hasil pengukuran realisasi kinerja terhadap 4 (empat) indikator',
    );
    // A count of zero is never printed as a figure (issue 12): all four are below target.
    expect(t).not.toMatch(/Sebanyak 0 /);
    expect(t).toContain('Seluruh 4 (empat) indikator yang terukur belum tercapai sesuai target');
    // 3.080.233.968 / 3.964.236.937 = 77,70 % (S776 prints 78 %).
    expect(t).toContain(
      'Kinerja keuangan pada tahun 2025 menunjukkan realisasi sebesar Rp 3.080.233.968 atau 77,70% dari total pagu anggaran sebesar Rp 3.964.236.937.',
    );
  });

  test('S656: the IKM series 85 → 90 → 83,57 → 97,92 is a fluctuation, not "peningkatan yang konsisten"', () => {
    const s = section(r, 'Indikator “Indeks kepuasan masyarakat”').join('\n');
    expect(s).toContain(
      'a. Capaian kinerja tahun 2025 sebesar 111,27% dari target (realisasi 97,92 terhadap target 88). Dengan demikian target tercapai dan melampaui dengan kriteria capaian Sangat Tinggi.',
    );
    // S655 leaves the figure out; 97,92 / 100 (TC.25's end target).
    expect(s).toContain(
      'b. Capaian realisasi tahun 2025 terhadap target akhir periode renstra (th. 2026) adalah sebesar 97,92%',
    );
    // The baseline (Kondisi Awal, typed 0 at Realisasi 2025!E10) opens the series.
    expect(s).toContain(
      'c. Tren realisasi menunjukkan fluktuasi (naik-turun): kondisi awal = 0, tahun 2022 = 85, tahun 2023 = 90, tahun 2024 = 83,57 dan tahun 2025 = 97,92.',
    );
    const trend = section(r, 'Indikator “Indeks kepuasan masyarakat”').find((x) =>
      x.startsWith('c. '),
    );
    expect(trend).not.toMatch(/peningkatan|konsisten/i);
    expect(s).toContain('d. Indikator tersebut tidak dapat dilakukan benchmark');
  });

  test('SAKIP OPD: baseline 64,58 (B) → CC → B → BB → 81,13 (A) falls first: a fluctuation; 81,13 is above the national 71', () => {
    const s = tujuanIndicator(r, 'Nilai SAKIP OPD').join('\n');
    // 81,13 / 77 = 105,36 (S548 prints "100 %").
    expect(s).toContain('sebesar 105,36% dari target');
    expect(s).toContain('target tercapai dan melampaui dengan kriteria capaian Sangat Tinggi');
    // The baseline is part of the series (DOMAIN.md §3): 64,58 is B (> 60) on AKIP, then CC.
    expect(s).toMatch(
      /c\. Tren realisasi menunjukkan fluktuasi .*kondisi awal = 64,58, tahun 2022 = CC, tahun 2023 = B, tahun 2024 = BB dan tahun 2025 = 81,13\./,
    );
    expect(s).toMatch(/d\. .*Nasional : 71.*sehingga telah melampaui target nasional/);
  });

  test('S807: IPP 2,61 of 4,3 is 60,70 % — not tercapai (the report writes "tercapai 56%"), below the national 3,68', () => {
    const s = tujuanIndicator(r, 'Indeks Pelayanan Publik Kecamatan').join('\n');
    expect(s).toContain(
      'a. Capaian kinerja tahun 2025 sebesar 60,70% dari target (realisasi 2,61 terhadap target 4,3). Dengan demikian target tidak tercapai dengan kriteria capaian Rendah.',
    );
    // 2,61 / 4,67 = 55,89 (S808).
    expect(s).toContain('(th. 2029) adalah sebesar 55,89%');
    // No earlier years, but the baseline 2,7 (S807) against 2,61: a fall.
    expect(s).toContain(
      'c. Tren realisasi menunjukkan penurunan: kondisi awal = 2,7 dan tahun 2025 = 2,61.',
    );
    expect(s).toMatch(/sehingga belum melampaui target nasional \(3,68\)/);
  });

  test('SAKIP Kecamatan 80 of 81 = 98,77 %: Sangat Tinggi but not tercapai', () => {
    const t = lines(r).join('\n');
    expect(t).toContain(
      'sebesar 98,77% dari target (realisasi 80 terhadap target 81). Dengan demikian target belum tercapai, namun capaiannya masih termasuk kategori Sangat Tinggi.',
    );
  });

  test('efficiency: S775 "Tidak Efisien" for 100 % against 95,79 % is Efisien; a sasaran below 100 % never is', () => {
    const t = lines(r).join('\n');
    expect(t).toContain(
      'Capaian kinerja Sasaran 3 dapat dikategorikan efisien karena capaian kinerja 100,00% lebih besar daripada serapan anggaran 95,79% (selisih 4,21 poin).',
    );
    expect(t).toContain(
      'Capaian kinerja Sasaran 1 sebesar 87,78% belum mencapai target, sehingga penggunaan anggarannya belum dapat dikategorikan efisien',
    );
    expect(t).toContain('sebesar Rp 3.964.236.937 terealisasi Rp 3.080.233.968 atau 77,70%');
    // Sasaran 4 (the program IKU at its computed 75 %) is below 100, and so is the JUMLAH C
    // (111,27 + 100 + 100 + 75) / 4 = 96,57.
    expect(t).toContain('Sebanyak 3 (tiga) sasaran dari 4 dikategorikan efisien');
    expect(t).toContain(
      'Capaian kinerja Sasaran 4 sebesar 75,00% belum mencapai target, sehingga penggunaan anggarannya belum dapat dikategorikan efisien',
    );
    expect(t).toContain(
      'belum dapat dikategorikan efisien karena rata-rata capaian kinerja belum mencapai 100%',
    );
    expect(t).toContain('Tidak ada sasaran yang dapat dikategorikan efisien.');
    expect(t).not.toMatch(/\b0 dari \d+ sasaran/);
  });

  test('faktor: the planner’s lists are woven in; empty ones leave the placeholder the validator reports', async () => {
    const { analysis } = await load('semboro-2025');
    const s = section(r, 'Indikator “Indeks kepuasan masyarakat”');
    expect(s).toContain(
      '- Koordinasi dan komitmen aparatur kecamatan dalam penyelenggaraan pelayanan publik.',
    );
    expect(s).toContain(
      '- Penerapan standar operasional prosedur pelayanan serta dukungan sarana prasarana yang memadai.',
    );
    expect(s.join('\n')).not.toContain('[isi');
    // Every FAKTOR_EMPTY finding has its placeholder in the text, for that PK and that indicator.
    const empty = analysis.findings.filter((f) => f.code === 'FAKTOR_EMPTY');
    expect(empty.length).toBeGreaterThan(0);
    for (const f of empty) {
      const label = f.message.match(/\[isi ([^\]]+)\]/)![1];
      const who = f.message.match(/^"([^"…]+)/)![1];
      expect(
        r.placeholders.some(
          (p) => p.pk === f.pk && p.text === `[isi ${label}]` && p.indikator.startsWith(who),
        ),
      ).toBe(true);
    }
    expect(lines(r).join('\n')).toContain('Faktor penghambat: [isi faktor penghambat]');
  });

  test('no formula sentence is invented where the workbook keeps no Formulasi', () => {
    expect(lines(r).join('\n')).not.toContain('Berdasarkan formulasi indikator');
  });
});

describe('Gumukmas 2025', () => {
  let r: Report;
  beforeAll(async () => {
    r = (await load('gumukmas-2025')).report;
  });

  test('G620: SAKIP A(81,22) of A(85) = 95,55 % — "tidak tercapai", never "tercapai 95,55%"', () => {
    const s = tujuanIndicator(r, 'Nilai SAKIP OPD').join('\n');
    expect(s).toContain(
      'a. Capaian kinerja tahun 2025 sebesar 95,55% dari target (realisasi A (81,22) terhadap target A (85)). Dengan demikian target belum tercapai, namun capaiannya masih termasuk kategori Sangat Tinggi.',
    );
    expect(s).not.toMatch(/target tercapai|tercapai 95,55/);
    // B → B(75,50) → 70,05 → A(81,22): 75,50 → 70,05 is a fall, whatever their grades (G622
    // says "Peningkatan"). The letter of B(75,50) is rejected (75,50 is BB): BB (75,50) is printed.
    expect(s).toContain(
      'c. Tren realisasi menunjukkan fluktuasi (naik-turun) (nilai huruf dibandingkan menurut urutannya pada skala nilai): tahun 2022 = B, tahun 2023 = BB (75,50), tahun 2024 = 70,05 dan tahun 2025 = A (81,22).',
    );
    expect(s).not.toMatch(/peningkatan/i);
    expect(s).toContain('(th. 2026) adalah sebesar 92,30%');
  });

  test('Ikhtisar counts and the budget the report added up wrong (G94–97, G120)', () => {
    const t = lines(r).join('\n');
    expect(t).toContain('terhadap 6 (enam) indikator');
    expect(t).toContain('Sebanyak 5 indikator tercapai sesuai target');
    expect(t).toContain('Sebanyak 1 indikator tidak tercapai sesuai target');
    // PK Perubahan: IPP 64,42, IKM 97,11 and the program IKU at its computed 5/6 = 83,33 below;
    // SAKIP 100,27 above.
    expect(t).toContain(
      'Sebanyak 1 indikator tercapai sesuai target, dengan capaian realisasi sama dengan atau di atas 100% (1 di antaranya melampaui target)',
    );
    expect(t).toContain('Sebanyak 3 indikator tidak tercapai sesuai target');
    // Σ of the 5 programs 3.619.910.301 / 4.359.250.448 = 83,04 % (G120 prints 3.621.365.301 and 83,07 %).
    expect(t).toContain(
      'realisasi sebesar Rp 3.619.910.301 atau 83,04% dari total pagu anggaran sebesar Rp 4.359.250.448',
    );
  });

  test('IKM 93,33 → 88,05 → 81,01 → 95 fluctuates; G966 leaves the IPP benchmark word open — 2,77 is below 3,68', () => {
    const t = lines(r).join('\n');
    expect(t).toContain(
      'Tren realisasi menunjukkan fluktuasi (naik-turun): tahun 2022 = 93,33, tahun 2023 = 88,05, tahun 2024 = 81,01 dan tahun 2025 = 95.',
    );
    expect(t).toMatch(
      /Realisasi tahun 2025 sebesar 2,77, sehingga belum melampaui target nasional \(3,68\)/,
    );
    // G963 leaves the predicate open: 2,77 / 4,3 = 64,42 → Rendah, not tercapai.
    expect(t).toContain(
      'sebesar 64,42% dari target (realisasi 2,77 terhadap target 4,3). Dengan demikian target tidak tercapai dengan kriteria capaian Rendah.',
    );
    // G1076: 81,22 / 81 = 100,27 — above 100: melampaui.
    expect(t).toContain(
      'sebesar 100,27% dari target (realisasi A (81,22) terhadap target 81). Dengan demikian target tercapai dan melampaui',
    );
  });

  test('efficiency of PK Perubahan over the mapped programs (G1165)', () => {
    const t = lines(r).join('\n');
    expect(t).toContain(
      'sebesar 93,57% (belum sepenuhnya mencapai target), dengan realisasi anggaran program yang berkaitan langsung dengan pencapaian sasaran sebesar Rp 4.041.616.548 terealisasi Rp 3.310.466.251 atau 81,91%',
    );
    expect(t).toContain(
      'belum dapat dikategorikan efisien karena rata-rata capaian kinerja belum mencapai 100%',
    );
  });
});

describe('Ambulu 2024', () => {
  let r: Report;
  beforeAll(async () => {
    r = (await load('ambulu-2024')).report;
  });

  test('one measured PK; the superseded one is named, not measured', () => {
    const t = lines(r).join('\n');
    expect(r.pks.map((p) => p.sheet)).toEqual(['PK Perubahan']);
    expect(t).toContain('Lembar PK digantikan');
    expect(t).toContain('terhadap 6 (enam) indikator');
    // SAKIP 102,77 and IKM 101,99 above 100; the program IKU at its computed 75/80 = 93,75 below.
    expect(t).toContain(
      'Sebanyak 5 indikator tercapai sesuai target, dengan capaian realisasi sama dengan atau di atas 100% (2 di antaranya melampaui target)',
    );
    // 4.124.398.349 / 4.492.070.793 = 91,82 % (A91 prints 91,80 %).
    expect(t).toContain(
      'Rp 4.124.398.349 atau 91,82% dari total pagu anggaran sebesar Rp 4.492.070.793',
    );
  });

  test('IKM 83,63 is below the kabupaten benchmark 87,33 (A853); the planner’s solusi is listed (A1285)', () => {
    const s = section(r, 'Indikator “Indeks Kepuasan Masyarakat”');
    const t = s.join('\n');
    expect(t).toContain(
      'Tren realisasi menunjukkan peningkatan: tahun 2022 = 72, tahun 2023 = 83,57 dan tahun 2024 = 83,63.',
    );
    // 87,33 is the kabupaten's figure, not a target: the gap in points, never "target".
    // 87,33 − 83,63 = 3,70.
    expect(t).toMatch(
      /87,33 \(IKM Kab\. Jember\)\. Realisasi tahun 2024 sebesar 83,63, lebih rendah 3,70 poin dari nilai pembanding tingkat kabupaten \(87,33\)\./,
    );
    expect(t).not.toMatch(/target nasional|target (tingkat )?kabupaten/);
    expect(s).toContain('Solusi untuk mengatasi kendala:');
    expect(t).toMatch(/- Menyusun SOP/);
  });

  test('the typed 100 % the validator rejects (3 of 4 program indicators met, A771) is never printed: 75 % of 80 is 93,75 %', () => {
    const t = lines(r).join('\n');
    expect(t).toContain(
      'sebesar 93,75% dari target (realisasi 75,00% terhadap target 80). Dengan demikian target belum tercapai, namun capaiannya masih termasuk kategori Sangat Tinggi',
    );
    expect(t).not.toMatch(/125,00%|realisasi 100% terhadap target 80/);
  });
});

describe('word choices on the printed (2-dp, half-up) value', () => {
  test.each([
    [99.994, 'tidak tercapai'],
    [99.995, 'tercapai'],
    [100, 'tercapai'],
    [100.004, 'tercapai'],
    [100.005, 'tercapai dan melampaui'],
    [125, 'tercapai dan melampaui'],
    [-10, 'tidak tercapai'],
  ])('%s → %s', (c, word) => {
    expect(statusTarget(c)).toBe(word);
  });

  const fake = (series: number[]): IndicatorResult =>
    ({
      input: {
        realisasi: {
          kind: 'number',
          num: series[series.length - 1],
          grade: null,
          unit: null,
          precision: 2,
          raw: '',
        },
        realisasiLalu: series.slice(0, -1).map((v, i) => ({
          tahun: 2021 + i,
          value: { kind: 'number', num: v, grade: null, unit: null, precision: 2, raw: '' },
          ref: null,
        })),
      },
      trend: null,
      trendSeries: [],
    }) as unknown as IndicatorResult;

  test.each([
    ['naik', 'peningkatan'],
    ['turun', 'penurunan'],
    ['tetap', 'kondisi yang tetap (stabil)'],
    ['fluktuatif', 'fluktuasi (naik-turun)'],
  ] as const)('trend %s → "%s"', (trend, phrase) => {
    const ind = fake([1, 2]);
    ind.trend = trend;
    ind.trendSeries = [2021, 1, CURRENT_YEAR, 2];
    expect(sentenceTren(ind, 2022)).toBe(
      `Tren realisasi menunjukkan ${phrase}: tahun 2021 = 1,00 dan tahun 2022 = 2,00.`,
    );
  });

  test('faktor cells typed as inline lists become list items', () => {
    expect(splitItems('- koordinasi yang baik; - partisipasi aktif')).toEqual([
      'koordinasi yang baik',
      'partisipasi aktif',
    ]);
    expect(splitItems('1. Menyusun SOP. 2. Survei rutin.')).toEqual([
      'Menyusun SOP.',
      'Survei rutin.',
    ]);
    expect(splitItems('a. Regulasi: sesuaikan. b. Pemetaan SDM.')).toEqual([
      'Regulasi: sesuaikan.',
      'Pemetaan SDM.',
    ]);
    expect(splitItems('keterbatasan anggaran, sarana')).toEqual(['keterbatasan anggaran, sarana']);
  });

  test('benchmark figures: the number stated, years skipped, "tidak tersedia" is none', () => {
    expect(benchmarkNumber('Target Nilai AKIP Rata Rata Nasional : 71 (BB/ Sangat Baik')).toBe(71);
    expect(benchmarkNumber('87,33 (IKM Kab. Jember)')).toBe(87.33);
    expect(benchmarkNumber('Target Nilai IPP Nasional 3,68')).toBe(3.68);
    expect(benchmarkNumber('Renstra KemenPANRB 2025-2029: 71')).toBe(71);
    expect(
      benchmarkNumber('Tidak tersedia data benchmark/ perbandingan target nasional'),
    ).toBeNull();
  });
});
