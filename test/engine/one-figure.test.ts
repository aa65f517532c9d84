/**
 * Issue 10 §2 in the engine, on the reports' own figures recomputed by hand:
 * 1. the sasaran capaian is the mean of the clamped values (DOMAIN.md §3), and its efficiency
 *    follows from it;
 * 2. a typed figure a finding rejects is replaced by the computed one before anything uses it;
 * 3. an end target written as a grade with its score is its score (DOMAIN.md §2);
 * 4. the trend word follows the series, step by step, the baseline first.
 */
import fc from 'fast-check';
import { computePk } from '../../src/engine/compute';
import { correctedInput, scoreGrade } from '../../src/engine/corrections';
import { FindingList, type CellRef } from '../../src/engine/findings';
import {
  DEFAULT_SETTINGS,
  type BudgetRow,
  type IndicatorInput,
  type PkInput,
  type ProgramIndicatorRow,
  type Settings,
} from '../../src/engine/model';
import { buildReport } from '../../src/engine/report';
import { sentenceAkhir, sentenceTren } from '../../src/engine/report/narrative';
import { indicatorTrend } from '../../src/engine/trend';
import { parseText } from '../../src/engine/values';
import { EMPTY_PARTS } from '../helpers/indicator';

const at = (cell: string): CellRef => ({ sheet: 'Realisasi', cell });

function ind(
  line: number,
  o: Omit<Partial<IndicatorInput>, 'target' | 'realisasi'> & {
    nama: string;
    target: string;
    realisasi: string;
  },
): IndicatorInput {
  const { target, realisasi, ...rest } = o;
  return {
    key: `i${line}`,
    ...EMPTY_PARTS,
    level: 'sasaran',
    tujuan: null,
    sasaran: `Sasaran ${o.sasaranNo ?? 1}`,
    sasaranNo: 1,
    polaritas: 'positif',
    targetRef: at(`E${line}`),
    realisasiRef: at(`F${line}`),
    ...rest,
    target: parseText(target),
    realisasi: parseText(realisasi),
  };
}

function budget(
  line: number,
  nama: string,
  pagu: string,
  realisasi: string,
  sasaran: number[],
): BudgetRow {
  return {
    key: `b${line}`,
    level: 'program',
    kode: String(line),
    nama,
    parent: null,
    pagu: parseText(pagu),
    realisasi: parseText(realisasi),
    persen: parseText(''),
    sisa: parseText(''),
    refs: { pagu: null, realisasi: null, persen: null, sisa: null, nama: at(`B${line}`) },
    sasaran,
    pk: null,
    jenisBelanja: null,
    belanjaOperasi: null,
    belanjaModal: null,
  };
}

function pk(over: Partial<PkInput>): PkInput {
  return {
    sheet: 'PK',
    tahun: 2025,
    periode: null,
    jenis: 'awal',
    dilaporkan: true,
    indikator: [],
    programs: [],
    budget: [],
    programIndicators: [],
    efficiencyTable: [],
    ...over,
  };
}

function run(input: PkInput, settings: Partial<Settings> = {}) {
  const findings = new FindingList();
  const all = { ...DEFAULT_SETTINGS, ...settings };
  return { result: computePk(input, all, findings), findings: findings.items, settings: all };
}

describe('1. the sasaran capaian under Batas Atas Capaian 100', () => {
  // S926: Nilai SAKIP Kecamatan 81,13 of 81 = 100,1605 %; its program 47.483.635 of 49.569.400
  // = 95,7922 % (S926's own pagu and realisasi).
  const input = pk({
    indikator: [ind(926, { nama: 'Nilai SAKIP Kecamatan', target: '81', realisasi: '81,13' })],
    budget: [budget(926, 'Program Koordinasi', '49.569.400', '47.483.635', [1])],
  });

  test('the indicator keeps 100,16; the sasaran is 100, and so is the C of its efficiency', () => {
    const { result } = run(input, { batasAtasCapaian: 100 });
    expect(result.indikator[0].capaian).toBeCloseTo(100.160494, 5);
    const s = result.sasaran[0];
    expect(s.capaian).toBe(100);
    expect(s.capaianAgregat).toBe(100);
    expect(s.serapan).toBeCloseTo(95.792233, 5);
    expect(s.efisiensi).toBeCloseTo(4.207767, 5); // 100 − 95,7922
    expect(result.ringkasan.rataRataCapaian).toBe(100);
  });

  test('without a batas the sasaran is its mean, 100,16', () => {
    const s = run(input).result.sasaran[0];
    expect(s.capaian).toBeCloseTo(100.160494, 5);
    expect(s.efisiensi).toBeCloseTo(4.368261, 5); // 100,1605 − 95,7922
  });

  test('property: the sasaran capaian is the mean of clamp(c, 0, batas) of its indicators', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 30000 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom(100, 120, null),
        (reals, batas) => {
          // Target 100, realisasi r/100: capaian r/100 exactly as a percentage.
          const inds = reals.map((r, k) =>
            ind(k + 1, { nama: `Indikator ${k + 1}`, target: '100', realisasi: String(r / 100) }),
          );
          const s = run(pk({ indikator: inds }), { batasAtasCapaian: batas }).result.sasaran[0];
          const clamped = reals.map((r) => Math.min(r / 100, batas ?? Infinity));
          const mean = clamped.reduce((a, b) => a + b, 0) / clamped.length;
          expect(s.capaian).toBeCloseTo(mean, 9);
          expect(s.capaian).toBe(s.capaianAgregat);
        },
      ),
    );
  });
});

describe('2. a typed figure a finding rejects is never used', () => {
  // Ambulu A771/A862: four program indicators, Program Penunjang's "persentase realisasi anggaran"
  // 90,21 of 100 not met: 3 of 4 = 75 %, while the PK's IKU realisasi is typed 100 % of 80.
  const program = (line: number, target: string, realisasi: string): ProgramIndicatorRow => ({
    level: 'program',
    kode: null,
    nama: `Program ${line}`,
    indikator: `Indikator program ${line}`,
    satuan: '%',
    target: parseText(target),
    realisasi: parseText(realisasi),
    persen: null,
    sasaran: [1],
    refs: { target: null, realisasi: null, nama: null },
  });
  const input = pk({
    indikator: [
      ind(613, {
        nama: 'Persentase Indikator Program yang tercapai',
        target: '80',
        realisasi: '100%',
        typedCapaian: { value: parseText('125%'), ref: at('F613') },
      }),
    ],
    programIndicators: [
      program(862, '100%', '90,21%'),
      program(863, '100%', '100%'),
      program(864, '100%', '100%'),
      program(865, '100%', '100%'),
    ],
  });

  test('A771: the realisasi is the computed 75 %, the capaian 75 / 80 = 93,75 %', () => {
    const { result, findings } = run(input);
    const i = result.indikator[0];
    expect(findings.map((f) => `${f.code}@${f.cell}`)).toEqual(
      expect.arrayContaining(['PROGRAM_IKU_MISMATCH@F613', 'CAPAIAN_MISMATCH@F613']),
    );
    expect(i.input.realisasi.num).toBe(75);
    expect(i.typed?.realisasi.num).toBe(100);
    expect(i.capaian).toBe(93.75);
    expect(result.sasaran[0].capaian).toBe(93.75);
  });

  test('the program IKU finding comes before every indicator finding, as when it had a pass of its own', () => {
    // An indicator before the IKU one with a wrong typed capaian (90 of 100 typed as 95 %):
    // its finding is made first in the pass, yet the IKU finding, made later, is listed first.
    const both = pk({
      indikator: [
        ind(612, {
          nama: 'Persentase dokumen perencanaan tepat waktu',
          target: '100',
          realisasi: '90',
          typedCapaian: { value: parseText('95%'), ref: at('F612') },
        }),
        ...input.indikator,
      ],
      programIndicators: input.programIndicators,
    });
    const codes = run(both).findings.map((f) => `${f.code}@${f.cell}`);
    const iku = codes.indexOf('PROGRAM_IKU_MISMATCH@F613');
    expect(iku).toBeGreaterThanOrEqual(0);
    expect(codes.indexOf('CAPAIAN_MISMATCH@F612')).toBeGreaterThan(iku);
    expect(codes.indexOf('CAPAIAN_MISMATCH@F613')).toBeGreaterThan(iku);
  });

  test('the report prints 75,00% and 93,75 %, never the typed 100 % or 125 %', () => {
    const { result, settings } = run(input);
    const report = buildReport([result], settings, []);
    const row = report.pks[0].tables.capaian.rows[0].cells.map((c) => c.text);
    expect(row).toEqual(expect.arrayContaining(['80', '75,00%', '93,75%']));
    const text = JSON.stringify(report.blocks);
    expect(text).not.toMatch(/125,00%|realisasi 100% terhadap/);
  });

  test('G603: B(75,50) is BB on AKIP (> 70): the letter is replaced, the score kept', () => {
    const sakip = ind(603, { nama: 'Nilai SAKIP OPD', target: 'A (85)', realisasi: 'A (81,22)' });
    sakip.realisasiLalu = [{ tahun: 2023, value: parseText('B(75,50)'), ref: at('J603') }];
    expect(scoreGrade(sakip.nama, sakip.realisasiLalu[0].value)).toBe('BB');
    const fixed = correctedInput(sakip, null);
    expect(fixed.realisasiLalu[0].value).toMatchObject({ grade: 'BB', num: 75.5 });
    expect(fixed.target).toBe(sakip.target); // A (85) is right: untouched
  });

  test('an input with nothing to correct is the same object', () => {
    const i = ind(1, { nama: 'Indeks Kepuasan Masyarakat', target: '82', realisasi: '83,63' });
    expect(correctedInput(i, null)).toBe(i);
  });
});

describe('2. a budget amount a TOTAL_MISMATCH rejects is the Σ of its rows', () => {
  // S58 (Semboro Tabel 3.10): "Kegiatan A.1 Administrasi umum perangkat daerah" typed
  // 43.328.700 / 38.034.400 while its rows add up to 49.731.100 / 43.184.400 (here two
  // sub-kegiatan of 30.000.000 + 19.731.100 and 25.000.000 + 18.184.400).
  const row = (
    line: number,
    level: BudgetRow['level'],
    nama: string,
    pagu: string,
    realisasi: string,
  ): BudgetRow => ({
    ...budget(line, nama, pagu, realisasi, level === 'program' ? [1] : []),
    level,
    refs: {
      pagu: { sheet: 'Anggaran', cell: `C${line}` },
      realisasi: { sheet: 'Anggaran', cell: `D${line}` },
      persen: null,
      sisa: null,
      nama: { sheet: 'Anggaran', cell: `B${line}` },
    },
  });
  const input = pk({
    indikator: [ind(1, { nama: 'Indeks Kepuasan Masyarakat', target: '82', realisasi: '83,63' })],
    budget: [
      row(57, 'program', 'Program Penunjang', '49.731.100', '43.184.400'),
      row(58, 'kegiatan', 'Kegiatan Administrasi Umum', '43.328.700', '38.034.400'),
      row(59, 'subkegiatan', 'Sub Kegiatan 1', '30.000.000', '25.000.000'),
      row(60, 'subkegiatan', 'Sub Kegiatan 2', '19.731.100', '18.184.400'),
    ],
  });

  test('the kegiatan is 49.731.100 / 43.184.400 = 86,84 %, sisa 6.546.700, in every output', () => {
    const { result, findings, settings } = run(input);
    expect(findings.map((f) => `${f.code}@${f.cell}`)).toEqual(
      expect.arrayContaining(['TOTAL_MISMATCH@C58', 'TOTAL_MISMATCH@D58']),
    );
    const k = result.budget[1];
    expect([k.pagu, k.realisasi, k.sisa]).toEqual([49731100, 43184400, 6546700]);
    expect(k.serapan).toBeCloseTo(86.835803, 5);
    expect(k.typed?.pagu.num).toBe(43328700);
    const t = buildReport([result], settings, []).pks[0].tables.anggaran;
    const texts = t.rows.map((r) => r.cells.map((c) => c.text));
    expect(texts).toContainEqual(
      expect.arrayContaining(['49.731.100', '43.184.400', '86,84%', '6.546.700']),
    );
    expect(JSON.stringify(texts)).not.toMatch(/43\.328\.700|38\.034\.400/);
  });
});

describe('3. an end target written with its score is its score', () => {
  // S548: Nilai SAKIP OPD 81,13 against the end target A(85): 81,13 / 85 = 95,447 → 95,45 %,
  // not 100 % by grade order (81,13 is A too).
  const sakip = ind(548, {
    level: 'tujuan',
    tujuan: 'Tujuan 1',
    sasaranNo: null,
    sasaran: null,
    nama: 'Nilai SAKIP OPD',
    target: '77',
    realisasi: '81,13',
    targetAkhir: parseText('A(85)'),
    targetAkhirRef: at('M548'),
    tahunAkhir: 2026,
  });

  test('capaian akhir 95,45, in the table and the prose, against 85', () => {
    const { result, settings } = run(pk({ indikator: [sakip] }));
    const i = result.indikator[0];
    expect(i.capaianAkhir).toBeCloseTo(95.447059, 5);
    const t = buildReport([result], settings, []).pks[0].tables.capaian;
    const cells = t.rows[0].cells.map((c) => c.text);
    expect(cells).toEqual(expect.arrayContaining(['95,45%']));
    expect(cells.find((x) => /85/.test(x))).toMatch(/85/);
    expect(sentenceAkhir(i, 2025)).toContain('sebesar 95,45%');
    expect(sentenceAkhir(i, 2025)).toMatch(/target akhir A \(85\)/);
  });
});

describe('4. the trend word follows the series', () => {
  const series = (kondisiAwal: string | null, lalu: [number, string][], now: string) =>
    ind(1, {
      nama: 'Nilai SAKIP OPD',
      target: '85',
      realisasi: now,
      kondisiAwal: kondisiAwal === null ? null : parseText(kondisiAwal),
      realisasiLalu: lalu.map(([tahun, v]) => ({ tahun, value: parseText(v), ref: null })),
    });

  test('G603/G622: B → B(75,50) → 70,05 → A(81,22) falls from 75,50 to 70,05: fluktuatif', () => {
    const i = series(
      null,
      [
        [2022, 'B'],
        [2023, 'B(75,50)'],
        [2024, '70.05'],
      ],
      'A (81,22)',
    );
    expect(indicatorTrend(i).trend).toBe('fluktuatif');
  });

  test('75,50 → 70,05 alone is a fall, though both are BB', () => {
    expect(indicatorTrend(series(null, [[2024, 'B(75,50)']], '70,05')).trend).toBe('turun');
  });

  test('S807: the baseline 2,7 against 2,61 is a fall; the sentence names it first', () => {
    const i = series('2,7', [], '2,61');
    i.nama = 'Indeks Pelayanan Publik Kecamatan';
    const t = indicatorTrend(i);
    expect(t.trend).toBe('turun');
    const { result } = run(pk({ indikator: [i] }));
    expect(sentenceTren(result.indikator[0], 2025)).toBe(
      'Tren realisasi menunjukkan penurunan: kondisi awal = 2,7 dan tahun 2025 = 2,61.',
    );
  });

  test('S551: 85 → 90 → 83,57 → 97,92 fluctuates; the earlier years in any order', () => {
    const i = series(
      null,
      [
        [2024, '83,57'],
        [2022, '85'],
        [2023, '90'],
      ],
      '97,92',
    );
    expect(indicatorTrend(i).trend).toBe('fluktuatif');
  });

  test('property: on numbers, naik ⇔ no step down and one up (2 decimals); never naik with a fall', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100000 }), { minLength: 2, maxLength: 6 }),
        fc.boolean(),
        (cents, withBaseline) => {
          const texts = cents.map((c) => String(c / 100).replace('.', ','));
          const [first, ...rest] = texts;
          const now = rest.pop()!;
          const i = withBaseline
            ? series(
                first,
                rest.map((t, k): [number, string] => [2020 + k, t]),
                now,
              )
            : series(
                null,
                [first, ...rest].map((t, k): [number, string] => [2020 + k, t]),
                now,
              );
          const steps = cents.slice(1).map((c, k) => Math.sign(c - cents[k]));
          const want =
            steps.every((s) => s >= 0) && steps.some((s) => s > 0)
              ? 'naik'
              : steps.every((s) => s <= 0) && steps.some((s) => s < 0)
                ? 'turun'
                : steps.every((s) => s === 0)
                  ? 'tetap'
                  : 'fluktuatif';
          expect(indicatorTrend(i).trend).toBe(want);
        },
      ),
    );
  });
});
