/**
 * computePk: the rules of DOMAIN.md §2–§6 that only show when a whole PK is computed — tujuan vs
 * sasaran aggregates, the batas setting, efficiency per sasaran and for the JUMLAH row, the
 * typed figures of the capaian and efficiency tables, trends with grades, and grade scores.
 * Each cell address carries the report line (G603 → row 603).
 */
import { computePk, scaleFor } from '../../src/engine/compute';
import { FindingList, type CellRef, type Finding } from '../../src/engine/findings';
import {
  DEFAULT_SETTINGS,
  type BudgetRow,
  type IndicatorInput,
  type PkInput,
  type ProgramInput,
  type Settings,
  type TypedEfficiencyRow,
} from '../../src/engine/model';
import { SCALE_91, SCALE_JEMBER, buildCustomScale } from '../../src/engine/scales';
import { trendPoints } from '../../src/engine/trend';
import { parseText } from '../../src/engine/values';
import { EMPTY_PARTS } from '../helpers/indicator';

const SHEET = 'Realisasi';
const at = (col: string, line: number): CellRef => ({ sheet: SHEET, cell: `${col}${line}` });

interface IndOpts {
  level?: 'tujuan' | 'sasaran';
  tujuan?: string;
  sasaran?: string;
  sasaranNo?: number | null;
  nama: string;
  target: string;
  realisasi: string;
  polaritas?: 'positif' | 'negatif';
  akhir?: string;
  /** Earlier years' realisasi: [tahun, text, column]. */
  lalu?: [number, string, string][];
  typed?: string;
  typedAkhir?: string;
  predikat?: string;
  noRealisasiRef?: boolean;
}

/** An indicator row at report line `line`: target E, realisasi F, % G, kriteria H, akhir L, % akhir M. */
function ind(line: number, o: IndOpts): IndicatorInput {
  return {
    key: `i${line}`,
    ...EMPTY_PARTS,
    level: o.level ?? 'sasaran',
    tujuan: o.tujuan ?? null,
    sasaran: o.sasaran ?? null,
    sasaranNo: o.sasaranNo ?? null,
    nama: o.nama,
    polaritas: o.polaritas ?? 'positif',
    target: parseText(o.target),
    targetRef: at('E', line),
    realisasi: parseText(o.realisasi),
    realisasiRef: o.noRealisasiRef ? null : at('F', line),
    targetAkhir: o.akhir !== undefined ? parseText(o.akhir) : null,
    targetAkhirRef: o.akhir !== undefined ? at('L', line) : null,
    realisasiLalu: (o.lalu ?? []).map(([tahun, text, col]) => ({
      tahun,
      value: parseText(text),
      ref: at(col, line),
    })),
    typedCapaian: o.typed !== undefined ? { value: parseText(o.typed), ref: at('G', line) } : null,
    typedPredikat:
      o.predikat !== undefined ? { kind: 'text', text: o.predikat, ref: at('H', line) } : null,
    typedCapaianAkhir:
      o.typedAkhir !== undefined ? { value: parseText(o.typedAkhir), ref: at('M', line) } : null,
  };
}

/** A program row of a budget table (Tabel 3.10) at report line `line`. */
function prog(
  line: number,
  kode: string,
  nama: string,
  pagu: string,
  realisasi: string,
  persen = '',
): BudgetRow {
  return {
    key: `b${line}`,
    level: 'program',
    kode,
    nama,
    parent: null,
    pagu: parseText(pagu),
    realisasi: parseText(realisasi),
    persen: parseText(persen),
    sisa: parseText(''),
    refs: {
      pagu: { sheet: 'Anggaran', cell: `C${line}` },
      realisasi: { sheet: 'Anggaran', cell: `D${line}` },
      persen: { sheet: 'Anggaran', cell: `E${line}` },
      sisa: null,
      nama: { sheet: 'Anggaran', cell: `B${line}` },
    },
    sasaran: [],
    pk: null,
    jenisBelanja: null,
    belanjaOperasi: null,
    belanjaModal: null,
  };
}

/** A program of the PK with the sasaran it supports. */
function pkProg(kode: string, nama: string, sasaran: number[], anggaran = ''): ProgramInput {
  return {
    nama,
    kode,
    anggaran: parseText(anggaran),
    anggaranRef: { sheet: 'PK', cell: `C${kode}` },
    sasaran,
    sasaranRef: null,
  };
}

function pk(over: Partial<PkInput>): PkInput {
  return {
    sheet: 'PK 2025',
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
  const result = computePk(input, { ...DEFAULT_SETTINGS, ...settings }, findings);
  return { result, findings: findings.items };
}

const brief = (fs: Finding[]) => fs.map((f) => `${f.code} ${f.sheet}!${f.cell}`).sort();

// Gumukmas Tabel 3.10 program rows (G1181–1234)
const gumukmasBudget = () => [
  prog(
    1181,
    '1',
    'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA',
    '3.297.504.548',
    '2.568.847.251',
    '77,90%',
  ),
  prog(
    1212,
    '2',
    'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK',
    '744.112.000',
    '741.619.000',
    '99,66%',
  ),
  prog(
    1220,
    '3',
    'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN',
    '254.187.300',
    '248.833.850',
    '97,89%',
  ),
  prog(
    1226,
    '4',
    'PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM',
    '51.335.400',
    '48.575.200',
    '94.62%',
  ),
  prog(
    1234,
    '5',
    'PROGRAM PENYELENGGARAAN URUSAN PEMERINTAHAN UMUM',
    '12.111.200',
    '12.035.000',
    '99,37%',
  ),
];

/** Gumukmas PK Perubahan 2025, Tabel 3.6 (G952–955); budget mapped as Tabel 3.9 (G1154–1163). */
function gumukmasPerubahan(): PkInput {
  const tujuan = 'Meningkatnya Kualitas Pelayanan Publik di Kecamatan';
  return pk({
    sheet: 'PK Perubahan 2025',
    jenis: 'perubahan',
    indikator: [
      ind(952, {
        level: 'tujuan',
        tujuan,
        nama: 'Indeks Pelayanan Publik Kecamatan. (Indeks)',
        target: '4,3',
        realisasi: '2,77',
        typed: '64,42%',
        predikat: 'Rendah',
        akhir: '4,67',
        typedAkhir: '59,31%',
      }),
      ind(953, {
        tujuan,
        sasaran: 'Meningkatnya Kepuasan Masyarakat Terhadap Pelayanan Publik di Kecamatan',
        sasaranNo: 1,
        nama: 'Indeks Kepuasan Masyarakat (Indeks)',
        target: '89,75',
        realisasi: '87,16',
        typed: '97,11%',
        predikat: 'Sangat Tinggi',
        akhir: '90,75',
        typedAkhir: '96,04%',
      }),
      ind(954, {
        tujuan,
        sasaran: 'Meningkatnya akuntabilitas kinerja dan efektivitas pencapaian target kinerja',
        sasaranNo: 2,
        nama: 'Presentase Capaian Kinerja Program yang Tercapai (%)',
        target: '100%',
        realisasi: '100%',
        typed: '100%',
        predikat: 'Sangat Tinggi',
        akhir: '100%',
        typedAkhir: '100%',
      }),
      ind(955, {
        tujuan,
        sasaran: 'Meningkatnya akuntabilitas kinerja dan efektivitas pencapaian target kinerja',
        sasaranNo: 2,
        nama: 'Nilai Sakip Kecamatan',
        target: 'A(81)',
        realisasi: 'A(81,22)',
        typed: '100,27%',
        predikat: 'Sangat Tinggi',
        akhir: '86',
        typedAkhir: '94,44%',
      }),
    ],
    budget: gumukmasBudget(),
    programs: [
      pkProg('2', 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik', [1]),
      pkProg('1', 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', [2]),
    ],
  });
}

describe('Gumukmas PK Perubahan 2025 (G952–955, G1154–1163)', () => {
  test('the printed capaian, end-target capaian and kriteria are all right (G D.1): only the unmapped programs are reported', () => {
    const { findings } = run(gumukmasPerubahan());
    expect(brief(findings)).toEqual([
      'PROGRAM_UNMAPPED Anggaran!B1220',
      'PROGRAM_UNMAPPED Anggaran!B1226',
      'PROGRAM_UNMAPPED Anggaran!B1234',
    ]);
    expect(findings.every((f) => f.severity === 'warning' && f.pk === 'PK Perubahan 2025')).toBe(
      true,
    );
  });

  test('indicator capaian, predicate and capaian against the end target', () => {
    const { result } = run(gumukmasPerubahan());
    const [ipp, ikm, prg, sakip] = result.indikator;
    expect(ipp.capaian).toBeCloseTo(64.418605, 5); // 2,77 / 4,3
    expect(ipp.predikat).toBe('Rendah');
    expect(ipp.warna).toBe('#808080');
    expect(ipp.capaianAkhir).toBeCloseTo(59.314775, 5); // 2,77 / 4,67
    expect(ikm.capaian).toBeCloseTo(97.114206, 5); // 87,16 / 89,75
    expect(ikm.capaianAkhir).toBeCloseTo(96.044077, 5); // 87,16 / 90,75
    expect(prg.capaian).toBe(100);
    expect(sakip.capaian).toBeCloseTo(100.271605, 5); // 81,22 / 81: the scores, not the letters
    expect(sakip.ordinal).toBe(false);
    expect(sakip.capaianAkhir).toBeCloseTo(94.44186, 4); // 81,22 / 86
    expect(sakip.predikat).toBe('Sangat Tinggi');
    expect(sakip.font).toBe('#000000');
  });

  test('a tujuan indicator is a tujuan: its own mean, not a sasaran', () => {
    const { result } = run(gumukmasPerubahan());
    expect(result.tujuan).toHaveLength(1);
    expect(result.tujuan[0].capaian).toBeCloseTo(64.418605, 5);
    expect(result.tujuan[0].predikat).toBe('Rendah');
    expect(result.sasaran.map((s) => s.no)).toEqual([1, 2]);
  });

  test('sasaran 2 = mean of its two indicators: (100 + 100,27)/2 = 100,14 (G1162)', () => {
    const s2 = run(gumukmasPerubahan()).result.sasaran[1];
    expect(s2.capaian).toBeCloseTo(100.135802, 5);
    expect(s2.capaianAgregat).toBeCloseTo(100.135802, 5);
    expect(s2.predikat).toBe('Sangat Tinggi');
  });

  test('sasaran serapan and efficiency (selisih): sasaran 1 Tidak Efisien (C < 100), sasaran 2 Efisien (G1162 says Tidak)', () => {
    const [s1, s2] = run(gumukmasPerubahan()).result.sasaran;
    expect(s1.programs).toEqual(['PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK']);
    expect(s1.pagu).toBe(744112000);
    expect(s1.realisasiAnggaran).toBe(741619000);
    expect(s1.serapan).toBeCloseTo(99.66497, 4);
    expect(s1.kategoriEfisiensi).toBe('Tidak Efisien');
    expect(s2.serapan).toBeCloseTo(77.902766, 5); // 2.568.847.251 / 3.297.504.548
    expect(s2.efisiensi).toBeCloseTo(22.233036, 5);
    expect(s2.kategoriEfisiensi).toBe('Efisien');
  });

  test('JUMLAH row: C = mean of the sasaran indicators (tujuan left out), S over the mapped programs = 81,91 (G1163)', () => {
    const e = run(gumukmasPerubahan()).result.ringkasan.efisiensi;
    expect(e.capaian).toBeCloseTo(99.128604, 5); // (97,1142 + 100 + 100,2716) / 3
    expect(e.pagu).toBe(4041616548);
    expect(e.realisasi).toBe(3310466251);
    expect(e.serapan).toBeCloseTo(81.909459, 5);
    expect(e.nilai).toBeCloseTo(17.219145, 5);
    expect(e.kategori).toBe('Tidak Efisien'); // C 99,13 < 100
  });

  test('ringkasan: all-programs serapan (G120 style) is 3.619.910.301 / 4.359.250.448 = 83,04; counts and overall mean', () => {
    const r = run(gumukmasPerubahan()).result.ringkasan;
    expect(r.pagu).toBe(4359250448);
    expect(r.realisasiAnggaran).toBe(3619910301);
    expect(r.serapan).toBeCloseTo(83.039741, 5);
    expect(r.jumlahIndikator).toBe(4);
    expect(r.tercapai).toBe(2); // G109–112: 2 tercapai, 2 tidak
    expect(r.tidakTercapai).toBe(2);
    expect(r.melampaui).toBe(1);
    expect(r.tanpaCapaian).toBe(0);
    expect(r.rataRataCapaian).toBeCloseTo(90.451104, 5); // (64,4186 + 97,1142 + 100 + 100,2716) / 4
    expect(r.predikat).toBe('Sangat Tinggi');
  });

  test('batasAtasCapaian 100: aggregates and efficiency use clamp(C, 0, 100); the indicator keeps 100,27', () => {
    const { result } = run(gumukmasPerubahan(), { batasAtasCapaian: 100 });
    const sakip = result.indikator[3];
    expect(sakip.capaian).toBeCloseTo(100.271605, 5);
    expect(sakip.predikat).toBe('Sangat Tinggi');
    const s2 = result.sasaran[1];
    expect(s2.capaianAgregat).toBe(100);
    expect(s2.efisiensi).toBeCloseTo(22.097234, 5); // 100 − 77,9028
    expect(result.ringkasan.efisiensi.capaian).toBeCloseTo(99.038069, 5);
    expect(result.ringkasan.rataRataCapaian).toBeCloseTo(90.383203, 5);
  });

  test('metodeEfisiensi pmk: sasaran 2 E = (3.297.504.548 − 2.568.847.251)/3.297.504.548 = 22,10 → Efisien', () => {
    const s2 = run(gumukmasPerubahan(), { metodeEfisiensi: 'pmk' }).result.sasaran[1];
    expect(s2.efisiensi).toBeCloseTo(22.097234, 5);
    expect(s2.kategoriEfisiensi).toBe('Efisien');
  });

  test('a program supporting several sasaran (G D.3 #29: IKM ← Programs 2, 3, 4) counts once in the JUMLAH', () => {
    const input = gumukmasPerubahan();
    input.programs = [
      pkProg('2', 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik', [1]),
      pkProg('3', 'Program Pemberdayaan Masyarakat Desa dan Kelurahan', [1, 2]),
      pkProg('4', 'Program Koordinasi Ketentraman dan Ketertiban Umum', [1]),
      pkProg('1', 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', [2]),
      pkProg('5', 'Program Penyelenggaraan Urusan Pemerintahan Umum', [2]),
    ];
    const { result, findings } = run(input);
    expect(findings).toEqual([]);
    const s1 = result.sasaran[0];
    expect(s1.pagu).toBe(1049634700);
    expect(s1.realisasiAnggaran).toBe(1039028050);
    expect(s1.serapan).toBeCloseTo(98.989491, 5); // G audit: 98,99 %
    // JUMLAH over the five distinct programs = the whole budget
    expect(result.ringkasan.efisiensi.pagu).toBe(4359250448);
    expect(result.ringkasan.efisiensi.realisasi).toBe(3619910301);
  });
});

describe('typed capaian (A605–613) and predicates', () => {
  function ambulu(): PkInput {
    const s = (
      line: number,
      no: number,
      nama: string,
      t: string,
      r: string,
      typed: string,
      akhir: string,
      typedAkhir: string,
    ) =>
      ind(line, {
        sasaran: `Sasaran ${no}`,
        sasaranNo: no,
        nama,
        target: t,
        realisasi: r,
        typed,
        akhir,
        typedAkhir,
      });
    return pk({
      sheet: 'PK 2024',
      tahun: 2024,
      indikator: [
        s(
          605,
          1,
          'Jumlah Dokumen Penataan Organisasi dan Tata Laksana Pemda',
          '4 Dok',
          '4 Dok',
          '100%',
          '4 Dok',
          '100%',
        ),
        s(609, 2, 'Indeks Kepuasan Masyarakat', '82', '83,63', '102%', '85', '98%'),
        s(
          610,
          3,
          'Persentase Fasilitas Kesejahteraan masyarakat yang dilaksanakan',
          '100%',
          '100%',
          '100%',
          '100%',
          '100%',
        ),
        s(
          611,
          4,
          'Persentase Tingkat Penyelesaian Laporan',
          '100%',
          '100%',
          '100%',
          '100%',
          '100%',
        ),
        s(612, 5, 'Nilai SAKIP OPD', '82', '84.27', '102%', '100', '84%'),
        s(
          613,
          6,
          'Persentase Indikator Program yang tercapai',
          '80%',
          '100%',
          '125%',
          '100%',
          '100%',
        ),
      ],
    });
  }

  test('A612 102% for 102,768 is CAPAIAN_MISMATCH (dipotong); A609 102% for 101,99 is right; nothing else', () => {
    const { findings } = run(ambulu());
    expect(brief(findings)).toEqual(['CAPAIAN_MISMATCH Realisasi!G612']);
    expect(findings[0].message).toMatch(/dipotong/);
    expect(findings[0].message).toContain('102,77');
    expect(findings[0].severity).toBe('error');
  });

  test('A622: the overall mean is 104,96 without a cap and 100 with batas 100', () => {
    expect(run(ambulu()).result.ringkasan.rataRataCapaian).toBeCloseTo(104.95935, 4);
    expect(run(ambulu(), { batasAtasCapaian: 100 }).result.ringkasan.rataRataCapaian).toBe(100);
    expect(run(ambulu(), { batasAtasCapaian: 120 }).result.ringkasan.rataRataCapaian).toBeCloseTo(
      104.12602,
      4,
    );
  });

  test('A1446: six of six indicators reached their target (the report says four)', () => {
    const r = run(ambulu()).result.ringkasan;
    expect(r.tercapai).toBe(6);
    expect(r.tidakTercapai).toBe(0);
    expect(r.melampaui).toBe(3); // 101,99, 102,77, 125
  });

  test('a typed predicate contradicting the scale is PREDIKAT_MISMATCH (A1217 ticks Tinggi for 100 %); case is ignored', () => {
    const input = ambulu();
    input.indikator[0].typedPredikat = {
      kind: 'ticks',
      columns: [
        { label: 'Sangat Tinggi', ref: at('H', 1217), marked: false },
        { label: 'Tinggi', ref: at('I', 1217), marked: true },
      ],
    };
    input.indikator[5].typedPredikat = { kind: 'text', text: 'Sangat tinggi', ref: at('H', 613) }; // S580 casing
    input.indikator[2].typedPredikat = { kind: 'text', text: 'Tinggi', ref: at('H', 610) };
    const { findings } = run(input);
    expect(brief(findings)).toEqual([
      'CAPAIAN_MISMATCH Realisasi!G612',
      'PREDIKAT_MISMATCH Realisasi!H610',
      'PREDIKAT_MISMATCH Realisasi!I1217',
    ]);
  });

  test('S548: "100 %" for 81,13/77 = 105,36 is dibatasi; "95%" against A(85) is right', () => {
    const input = pk({
      indikator: [
        ind(548, {
          level: 'tujuan',
          tujuan: 'Tujuan 1',
          nama: 'Nilai SAKIP OPD',
          target: '77',
          realisasi: '81,13',
          typed: '100 %',
          predikat: 'Sangat Tinggi',
          akhir: 'A(85)',
          typedAkhir: '95%',
        }),
      ],
    });
    const { findings, result } = run(input);
    expect(brief(findings)).toEqual(['CAPAIAN_MISMATCH Realisasi!G548']);
    expect(findings[0].message).toMatch(/dibatasi/);
    expect(result.indikator[0].capaianAkhir).toBeCloseTo(95.447059, 5);
  });

  test('S551: capaian against the end target 90 is 108,80, printed 92,86 % → CAPAIAN_MISMATCH on that cell', () => {
    const input = pk({
      indikator: [
        ind(551, {
          sasaranNo: 1,
          nama: 'Indeks Kepuasan Masyarakat',
          target: '88',
          realisasi: '97,92',
          typed: '',
          akhir: '90',
          typedAkhir: '92,86%',
        }),
      ],
    });
    const { findings, result } = run(input);
    expect(brief(findings)).toEqual(['CAPAIAN_MISMATCH Realisasi!M551']);
    expect(result.indikator[0].capaian).toBeCloseTo(111.272727, 5);
    expect(result.indikator[0].capaianAkhir).toBeCloseTo(108.8, 8);
  });

  test('CAPAIAN_PRECISION: "90 %" typed for 89,60 rounds right but crosses into Sangat Tinggi', () => {
    const input = pk({
      indikator: [
        ind(700, {
          sasaranNo: 1,
          nama: 'Persentase X',
          target: '100',
          realisasi: '89,6',
          typed: '90 %',
        }),
      ],
    });
    const { findings, result } = run(input);
    expect(brief(findings)).toEqual(['CAPAIAN_PRECISION Realisasi!G700']);
    expect(findings[0].severity).toBe('warning');
    expect(result.indikator[0].predikat).toBe('Tinggi');
  });

  test('§3: 89,995 is classified as printed, 90,00 → Sangat Tinggi', () => {
    const input = pk({
      indikator: [
        ind(701, { sasaranNo: 1, nama: 'Persentase X', target: '100', realisasi: '89,995' }),
      ],
    });
    expect(run(input).result.indikator[0].predikat).toBe('Sangat Tinggi');
  });

  test('an unreadable typed capaian is VALUE_UNREADABLE with its cell', () => {
    const input = pk({
      indikator: [
        ind(702, {
          sasaranNo: 1,
          nama: 'Persentase X',
          target: '100',
          realisasi: '100',
          typed: '#DIV/0!',
        }),
      ],
    });
    expect(brief(run(input).findings)).toEqual(['VALUE_UNREADABLE Realisasi!G702']);
  });
});

describe('empty realisasi, zero target, ordinals, polarity', () => {
  test('REALISASI_EMPTY is a warning on the realisasi cell; the indicator has no capaian and is not counted as 0', () => {
    const input = pk({
      indikator: [
        ind(800, { sasaranNo: 1, nama: 'Persentase A', target: '100%', realisasi: '-' }),
        ind(801, { sasaranNo: 1, nama: 'Persentase B', target: '100%', realisasi: '80%' }),
      ],
    });
    const { findings, result } = run(input);
    expect(brief(findings)).toEqual(['REALISASI_EMPTY Realisasi!F800']);
    expect(findings[0].severity).toBe('warning');
    expect(result.indikator[0].capaian).toBeNull();
    expect(result.indikator[0].predikat).toBeNull();
    expect(result.sasaran[0].capaian).toBe(80);
    expect(result.ringkasan.tanpaCapaian).toBe(1);
    expect(result.ringkasan.rataRataCapaian).toBe(80);
  });

  test('an indicator with no realisasi row at all is not reported again as REALISASI_EMPTY', () => {
    const input = pk({
      indikator: [
        ind(802, {
          sasaranNo: 1,
          nama: 'Persentase A',
          target: '100%',
          realisasi: '',
          noRealisasiRef: true,
        }),
      ],
    });
    expect(run(input).findings).toEqual([]);
  });

  test('TARGET_ZERO is reported on the target cell (S332 target 0 %)', () => {
    const input = pk({
      indikator: [
        ind(332, {
          sasaranNo: 1,
          nama: 'Presentase Capaian Kinerja Program',
          target: '0%',
          realisasi: '100%',
        }),
      ],
    });
    const { findings, result } = run(input);
    expect(brief(findings)).toEqual(['TARGET_ZERO Realisasi!E332']);
    expect(result.indikator[0].capaian).toBeNull();
  });

  test('grade-only capaian is an ordinal with an info finding (S1471 target A, realisasi BB → 83,33)', () => {
    const input = pk({
      indikator: [
        ind(1471, { sasaranNo: 1, nama: 'Nilai SAKIP OPD', target: 'A', realisasi: 'BB' }),
      ],
    });
    const { findings, result } = run(input);
    expect(brief(findings)).toEqual(['ORDINAL_CAPAIAN Realisasi!F1471']);
    expect(findings[0].severity).toBe('info');
    expect(result.indikator[0].ordinal).toBe(true);
    expect(result.indikator[0].capaian).toBeCloseTo((5 / 6) * 100, 8);
    expect(result.indikator[0].predikat).toBe('Tinggi');
  });

  test('negative polarity with T/R and realisasi 0 → 100 with REALISASI_ZERO_RATIO (info)', () => {
    const input = pk({
      indikator: [
        ind(900, {
          sasaranNo: 1,
          nama: 'Jumlah pelanggaran',
          target: '5',
          realisasi: '0',
          polaritas: 'negatif',
        }),
      ],
    });
    const { findings, result } = run(input, { rumusNegatif: 'T/R' });
    expect(brief(findings)).toEqual(['REALISASI_ZERO_RATIO Realisasi!F900']);
    expect(findings[0].severity).toBe('info');
    expect(result.indikator[0].capaian).toBe(100);
  });

  test('a negative (2T − R)/T result is shown as it is (Sangat Rendah) and enters aggregates as 0', () => {
    const input = pk({
      indikator: [
        ind(901, {
          sasaranNo: 1,
          nama: 'Jumlah pelanggaran',
          target: '10',
          realisasi: '25',
          polaritas: 'negatif',
        }),
        ind(902, { sasaranNo: 1, nama: 'Persentase B', target: '100%', realisasi: '100%' }),
      ],
    });
    const { result } = run(input);
    expect(result.indikator[0].capaian).toBeCloseTo(-50, 10);
    expect(result.indikator[0].predikat).toBe('Sangat Rendah');
    expect(result.sasaran[0].capaian).toBe(50); // (0 + 100) / 2
    expect(result.ringkasan.rataRataCapaian).toBe(50);
  });
});

describe('trend and grade scores', () => {
  test('S548: CC → B → BB → 81,13 compares as ordinals 3, 4, 5, 6 → naik', () => {
    const input = pk({
      indikator: [
        ind(548, {
          level: 'tujuan',
          tujuan: 'Tujuan 1',
          nama: 'Nilai SAKIP OPD',
          target: '77',
          realisasi: '81,13',
          lalu: [
            [2022, 'CC', 'I'],
            [2023, 'B', 'J'],
            [2024, 'BB', 'K'],
          ],
        }),
      ],
    });
    const r = run(input).result.indikator[0];
    expect(r.trend).toBe('naik');
    // Bare grades are ordinals; 81,13 stays a number, compared with BB as its grade A (6).
    expect(trendPoints(r.trendSeries).map((t) => t.value)).toEqual([3, 4, 5, 81.13]);
  });

  test('S551: 85 → 90 → 83,57 → 97,92 is fluktuatif', () => {
    const input = pk({
      indikator: [
        ind(551, {
          sasaranNo: 1,
          nama: 'Indeks Kepuasan Masyarakat',
          target: '88',
          realisasi: '97,92',
          lalu: [
            [2023, '90', 'J'],
            [2022, '85', 'I'],
            [2024, '83,57', 'K'],
          ],
        }),
      ],
    });
    const r = run(input).result.indikator[0];
    expect(r.trend).toBe('fluktuatif');
    expect(trendPoints(r.trendSeries).map((t) => t.value)).toEqual([85, 90, 83.57, 97.92]);
  });

  test('no earlier realisasi → no trend', () => {
    const input = pk({
      indikator: [
        ind(797, {
          sasaranNo: 1,
          nama: 'Indeks Kepuasan Masyarakat',
          target: '85',
          realisasi: '85,96',
        }),
      ],
    });
    expect(run(input).result.indikator[0].trend).toBeNull();
  });

  test('G603: A (85) / A (81,22) — both scores are A, no GRADE_SCORE_MISMATCH; capaian 95,55', () => {
    const input = pk({
      indikator: [
        ind(603, {
          level: 'tujuan',
          tujuan: 'Tujuan 1',
          nama: 'Nilai SAKIP OPD',
          target: 'A (85)',
          realisasi: 'A (81,22)',
          typed: '95,55 %',
        }),
      ],
    });
    const { findings, result } = run(input);
    expect(findings).toEqual([]);
    expect(result.indikator[0].capaian).toBeCloseTo(95.552941, 5);
  });

  test('B(75,50) written as a SAKIP realisasi is GRADE_SCORE_MISMATCH: 75,50 is BB', () => {
    const input = pk({
      indikator: [
        ind(603, {
          sasaranNo: 1,
          nama: 'Nilai SAKIP OPD',
          target: 'BB (73,75)',
          realisasi: 'B(75,50)',
        }),
      ],
    });
    const { findings } = run(input);
    expect(brief(findings)).toEqual(['GRADE_SCORE_MISMATCH Realisasi!F603']);
    expect(findings[0].message).toContain('BB');
  });

  test('a letter on an indicator without a grade scale is kept but not checked', () => {
    const input = pk({
      indikator: [
        ind(604, { sasaranNo: 1, nama: 'Persentase X', target: 'A (85)', realisasi: 'B (85)' }),
      ],
    });
    expect(run(input).findings).toEqual([]);
  });

  test('G603: B(75,50) as the 2023 realisasi is GRADE_SCORE_MISMATCH on its cell', () => {
    const input = pk({
      indikator: [
        ind(603, {
          level: 'tujuan',
          tujuan: 'Tujuan 1',
          nama: 'Nilai SAKIP OPD',
          target: 'A (85)',
          realisasi: 'A (81,22)',
          lalu: [
            [2022, 'B', 'I'],
            [2023, 'B(75,50)', 'J'],
            [2024, '70.05', 'K'],
          ],
        }),
      ],
    });
    expect(brief(run(input).findings)).toEqual(['GRADE_SCORE_MISMATCH Realisasi!J603']);
  });
});

describe('scale in force', () => {
  test('default: the Jember preset; 91 preset moves 90 to Tinggi', () => {
    expect(scaleFor(DEFAULT_SETTINGS)).toBe(SCALE_JEMBER);
    expect(scaleFor({ ...DEFAULT_SETTINGS, skala: 'permendagri86-91' })).toBe(SCALE_91);
    const input = pk({
      indikator: [ind(703, { sasaranNo: 1, nama: 'Persentase X', target: '100', realisasi: '90' })],
    });
    expect(run(input).result.indikator[0].predikat).toBe('Sangat Tinggi');
    expect(run(input, { skala: 'permendagri86-91' }).result.indikator[0].predikat).toBe('Tinggi');
  });

  test('an invalid custom scale (none built) falls back to the default for the run', () => {
    expect(scaleFor({ ...DEFAULT_SETTINGS, skala: 'kustom', skalaKustom: null })).toBe(
      SCALE_JEMBER,
    );
  });

  test('a valid custom scale is used: §4 example 2 puts 100 % in Baik', () => {
    const custom = buildCustomScale([
      { interval: '> 100', label: 'Sangat Baik' },
      { interval: '76 - 100', label: 'Baik' },
      { interval: '55 – 75', label: 'Cukup' },
      { interval: '< 55', label: 'Kurang' },
    ]).scale;
    const input = pk({
      indikator: [
        ind(704, {
          sasaranNo: 1,
          nama: 'Persentase X',
          target: '100%',
          realisasi: '100%',
          predikat: 'Sangat Tinggi',
        }),
      ],
    });
    const { result, findings } = run(input, { skala: 'kustom', skalaKustom: custom });
    expect(result.indikator[0].predikat).toBe('Baik');
    expect(brief(findings)).toEqual(['PREDIKAT_MISMATCH Realisasi!H704']);
  });
});

describe('PK Anggaran vs budget pagu', () => {
  test('S427 vs S984: PK 338.052.700 vs DPPA 113.108.800 is PAGU_CHANGED (info); serapan uses the budget pagu', () => {
    const input = pk({
      indikator: [
        ind(557, {
          sasaranNo: 1,
          nama: 'Persentase Fasilitas Kesejahteraan',
          target: '100%',
          realisasi: '100%',
        }),
      ],
      budget: [
        prog(
          984,
          '3',
          'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN',
          '113.108.800,00',
          '109.064.000,00',
          '96%',
        ),
      ],
      programs: [
        pkProg(
          '3',
          'Program Pemberdayaan Masyarakat Desa dan Kelurahan',
          [1],
          'Rp. 338.052.700,00',
        ),
      ],
    });
    const { findings, result } = run(input);
    expect(brief(findings)).toEqual(['PAGU_CHANGED PK!C3']);
    expect(findings[0].severity).toBe('info');
    expect(result.sasaran[0].pagu).toBe(113108800);
    expect(result.sasaran[0].serapan).toBeCloseTo(96.423974, 5);
  });

  test('a sasaran without any program is PROGRAM_UNMAPPED and gets no efficiency', () => {
    const input = pk({
      indikator: [
        ind(557, {
          sasaranNo: 1,
          nama: 'Persentase Fasilitas Kesejahteraan',
          target: '100%',
          realisasi: '100%',
        }),
        ind(558, {
          sasaranNo: 2,
          nama: 'Persentase Penyelesaian Laporan',
          target: '100%',
          realisasi: '100%',
        }),
      ],
      budget: [
        prog(
          984,
          '3',
          'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN',
          '113.108.800,00',
          '109.064.000,00',
        ),
      ],
      programs: [pkProg('3', 'Program Pemberdayaan Masyarakat Desa dan Kelurahan', [1])],
    });
    const { findings, result } = run(input);
    expect(brief(findings)).toEqual(['PROGRAM_UNMAPPED Realisasi!E558']);
    expect(result.sasaran[1].kategoriEfisiensi).toBeNull();
  });
});

describe('typed efficiency table (Gumukmas Tabel 3.7, G919–940), checked cell by cell', () => {
  function effRow(
    line: number,
    sasaranNo: number | null,
    cells: { c?: string; s?: string; pagu?: string; real?: string; kat?: string },
    isTotal = false,
  ): TypedEfficiencyRow {
    const loc = (text: string | undefined, col: string) =>
      text === undefined ? null : { value: parseText(text), ref: at(col, line) };
    return {
      label: isTotal ? 'Serapan Anggaran' : `Sasaran ${sasaranNo}`,
      isTotal,
      sasaranNo,
      indikator: null,
      capaian: loc(cells.c, 'E'),
      serapan: loc(cells.s, 'H'),
      efisiensi: null,
      kategori: cells.kat === undefined ? null : { value: cells.kat, ref: at('I', line) },
      pagu: loc(cells.pagu, 'F'),
      realisasiAnggaran: loc(cells.real, 'G'),
      labelRef: at('B', line),
    };
  }

  function gumukmas2025(): PkInput {
    return pk({
      indikator: [
        ind(606, {
          sasaranNo: 1,
          nama: 'Indeks Kepuasan Masyarakat',
          target: '95',
          realisasi: '95',
        }),
        ind(611, {
          sasaranNo: 2,
          nama: 'Persentase Fasilitas Kesejahteraan masyarakat yang dilaksanakan',
          target: '86%',
          realisasi: '86%',
        }),
        ind(612, {
          sasaranNo: 3,
          nama: 'Persentase Tingkat Penyelesaian Laporan',
          target: '100%',
          realisasi: '100%',
        }),
        ind(604, {
          sasaranNo: 4,
          nama: '% indikator program yang tercapai',
          target: '100%',
          realisasi: '100%',
        }),
      ],
      budget: gumukmasBudget(),
      programs: [
        pkProg('2', 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik', [1]),
        pkProg('3', 'Program Pemberdayaan Masyarakat Desa dan Kelurahan', [2]),
        pkProg('4', 'Program Koordinasi Ketentraman dan Ketertiban Umum', [3]),
        pkProg('5', 'Program Penyelenggaraan Urusan Pemerintahan Umum', [3]),
        pkProg('1', 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', [4]),
      ],
      efficiencyTable: [
        effRow(925, 1, {
          c: '100',
          s: '99.66 %',
          pagu: 'Rp. 744.112.000',
          real: 'Rp 741.619.000',
          kat: 'Tidak efisien',
        }),
        effRow(931, 2, {
          c: '100%',
          s: '98,47 %',
          pagu: 'Rp 254.187.300',
          real: 'Rp 250.288.850',
          kat: 'Tidak efisien',
        }),
        effRow(933, 3, {
          c: '100%',
          s: '9553%',
          pagu: 'Rp 63.446.600',
          real: 'Rp 60.610.200',
          kat: 'Tidak efisien',
        }),
        effRow(935, 4, {
          c: '100%',
          s: '77.90 %',
          pagu: 'Rp 3.297.504.5 48',
          real: 'Rp 2.568.847.2 51',
          kat: 'Tidak efisien',
        }),
        effRow(
          940,
          null,
          { s: '83,07 %', pagu: 'Rp 4.359.250.4 48', real: 'Rp 3.621.365.3 01' },
          true,
        ),
      ],
    });
  }

  test('exactly the audit’s findings', () => {
    const { findings } = run(gumukmas2025());
    expect(brief(findings)).toEqual(
      [
        // G925/931/933/935: capaian 100 and serapan below it → Efisien under selisih (G D.3 #27)
        'EFISIENSI_MISMATCH Realisasi!I925',
        'EFISIENSI_MISMATCH Realisasi!I931',
        'EFISIENSI_MISMATCH Realisasi!I933',
        'EFISIENSI_MISMATCH Realisasi!I935',
        // G931 vs G1220: Program 3 realisasi 250.288.850 ≠ 248.833.850 (G D.2 #8); its own
        // 250.288.850 / 254.187.300 = 98,47 is right (G D.1)
        'EFISIENSI_MISMATCH Realisasi!G931',
        // G933: 9553% for 60.610.200 / 63.446.600 = 95,53 (G D.2 #9)
        'SERAPAN_MISMATCH Realisasi!H933',
        // G940: realisasi 3.621.365.301 ≠ Σ programs 3.619.910.301 (G D.2 #7); its own
        // 3.621.365.301 / 4.359.250.448 = 83,07 is right (G D.1)
        'TOTAL_MISMATCH Realisasi!G940',
      ].sort(),
    );
  });

  test('G933 is reported as a lost decimal separator', () => {
    const f = run(gumukmas2025()).findings.find((x) => x.cell === 'H933')!;
    expect(f.message).toMatch(/tanda desimal hilang/);
    expect(f.message).toContain('95,53');
  });

  test('sasaran 3 is served by Programs 4 + 5: 60.610.200 / 63.446.600 = 95,53', () => {
    const s3 = run(gumukmas2025()).result.sasaran[2];
    expect(s3.pagu).toBe(63446600);
    expect(s3.serapan).toBeCloseTo(95.529469, 5);
    expect(s3.kategoriEfisiensi).toBe('Efisien');
  });
});
