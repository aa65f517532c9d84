/**
 * The reader's stages (src/workbook/read/), each on its own: a small grid in, the stage's record
 * and findings out. Figures are the reports' own (S = semboro-2025.txt, G = gumukmas-2025.txt,
 * A = ambulu-2024.txt, by line).
 */
import fc from 'fast-check';
import { FindingList } from '../../src/engine/findings';
import { DEFAULT_SETTINGS } from '../../src/engine/model';
import { Sheet, type SheetGrid } from '../../src/workbook/grid';
import {
  readIndicatorRows,
  readEfficiencyRows,
  summaryKind,
  type IndicatorRow,
} from '../../src/workbook/rows';
import { classifySheet } from '../../src/workbook/sheets';
import { findTables } from '../../src/workbook/table';
import { classifyWorkbook } from '../../src/workbook/read/classify';
import {
  blocksByPeriod,
  indexRows,
  periodYears,
  readTc25Blocks,
} from '../../src/workbook/read/tc25';
import { markSuperseded, readPkDrafts } from '../../src/workbook/read/pk';
import { pkNamer, readFigureTables } from '../../src/workbook/read/assign';
import { matchByKeyword, matchIndicator } from '../../src/workbook/read/link';
import { parseSasaranRefs, sasaranIndex } from '../../src/workbook/read/sasaran';
import { checkImplausible, sameValue, unitKey } from '../../src/workbook/read/checks';
import { realisasiFromTw } from '../../src/workbook/read/tw';
import { efficiencyRows } from '../../src/workbook/read/efficiency-table';
import { parseCell } from '../../src/engine/values';
import { merge, sheet, workbook, type CellInput } from '../helpers/grid';

const SAS_IKM =
  'Meningkatnya Kepuasan Masyarakat dalam hal Pelayanan Publik yang Merata dan Berkualitas di Kecamatan';
const IKM = 'Indeks Kepuasan Masyarakat';

const classified = (g: SheetGrid) => classifySheet(new Sheet(g));

/** The indicator rows of the first table of a sheet. */
function rowsOf(name: string, rows: CellInput[][]): IndicatorRow[] {
  const t = findTables(new Sheet(sheet(name, rows)))[0];
  return readIndicatorRows(t, null);
}

const codes = (f: FindingList) => f.items.map((x) => x.code);

describe('classify: every sheet with its kind', () => {
  test('by name, first word deciding; LKjIP sheets are generated', () => {
    const book = classifyWorkbook(
      workbook(
        sheet('T-C.25', [['x']]),
        sheet('PK Perubahan 2025', [['x']]),
        sheet('Realisasi TA 2024', [['x']]),
        sheet('LKjIP Capaian', [['x']]),
        sheet('Catatan', [['x']]),
      ),
    );
    expect(book.summary.map((s) => s.kind)).toEqual([
      'tc25',
      'pk',
      'realisasi',
      'generated',
      'other',
    ]);
    expect(book.byKind('pk').map((c) => c.sheet.name)).toEqual(['PK Perubahan 2025']);
  });
});

describe('TC.25 blocks', () => {
  // S1469–1482: "1 (2022) … 5 (2026)" under "Target Kinerja … Pada Tahun ke-"; IKM 85 85 90 95 100.
  const semboro = sheet(
    'TC.25',
    [
      ['Tabel TC. 25 Renstra Kecamatan Semboro (Pemutakhiran)'],
      [],
      [
        'No.',
        'Tujuan',
        'Sasaran',
        'Indikator Tujuan/Sasaran',
        'Target Kinerja Tujuan/Sasaran Pada Tahun ke-',
      ],
      ['', '', '', '', '1 (2022)', '2 (2023)', '3 (2024)', '4 (2025)', '5 (2026)'],
      [1, '', SAS_IKM, IKM, 85, 85, 90, 95, 100],
    ],
    { merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:I3'] },
  );

  test('years printed in the header win: 2022–2026 (S1470)', () => {
    const f = new FindingList();
    const [b] = readTc25Blocks([classified(semboro)], f);
    expect(b.years).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(b.periode).toBe('2022-2026');
    expect(b.rows[0].yearTargets.get(2026)?.value.raw).toBe('100');
    expect(codes(f)).toEqual([]);
  });

  test('"Tahun ke-n" alone takes its years from the title period, else COLUMN_MISSING', () => {
    // G1804–1807: Renstra 2025–2029, IKM 89,75 · 90 · 90,25 · 90,5 · 90,75.
    const rows = (title: string) =>
      sheet('TC.25', [
        [title],
        [],
        [
          'No',
          'Sasaran',
          'Indikator',
          'Tahun ke-1',
          'Tahun ke-2',
          'Tahun ke-3',
          'Tahun ke-4',
          'Tahun ke-5',
        ],
        [1, SAS_IKM, IKM, '89,75', 90, '90,25', '90,5', '90,75'],
      ]);
    const f = new FindingList();
    const [b] = readTc25Blocks([classified(rows('Renstra Kecamatan Gumukmas 2025-2029'))], f);
    expect(b.years).toEqual([2025, 2026, 2027, 2028, 2029]);
    expect(b.rows[0].yearTargets.get(2027)?.value.raw).toBe('90,25');
    expect(codes(f)).toEqual([]);

    const g = new FindingList();
    readTc25Blocks([classified(rows('Renstra Kecamatan Gumukmas'))], g);
    expect(g.items.map((x) => [x.code, x.cell])).toEqual([['COLUMN_MISSING', 'A3']]);
  });

  test('no TC.25 sheet: a warning, not an error', () => {
    const f = new FindingList();
    expect(readTc25Blocks([], f)).toEqual([]);
    expect(f.items.map((x) => [x.code, x.severity])).toEqual([['SHEET_MISSING', 'warning']]);
  });

  test('of two blocks for one period the last is in force (A434–469)', () => {
    const block = (order: number, periode: string) => ({
      sheet: 'TC.25',
      periode,
      years: periodYears(periode),
      rows: [],
      hasAkhirColumn: false,
      order,
    });
    const a = block(0, '2021-2026');
    const b = block(1, '2021-2026');
    const c = block(2, '2025-2029');
    const m = blocksByPeriod([a, b, c]);
    expect(m.get('2021-2026')).toBe(b);
    expect(m.get('2025-2029')).toBe(c);
    expect(periodYears('2021-2026')).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
  });
});

describe('PK sheets', () => {
  const pk = (name: string, title: string) =>
    sheet(name, [
      [title],
      [],
      ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Satuan'],
      [1, SAS_IKM, IKM, 85, 'Indeks'],
    ]);

  test('year, period and jenis from the title block (S792)', () => {
    const f = new FindingList();
    const [d] = readPkDrafts(
      [
        classified(
          pk('PK 2', 'Perjanjian Kinerja Perubahan Tahun 2025 dengan Dasar Renstra 2025 - 2029'),
        ),
      ],
      { settings: DEFAULT_SETTINGS, periods: [], programSheets: [] },
      f,
    );
    expect([d.tahun, d.periode, d.jenis]).toEqual([2025, '2025-2029', 'perubahan']);
    expect(d.rows.map((r) => r.nama)).toEqual([IKM]);
    expect(codes(f)).toEqual([]);
  });

  test('the Perubahan supersedes the PK of the same year and period (A1616–1707)', () => {
    const f = new FindingList();
    const drafts = readPkDrafts(
      [
        classified(pk('PK Perubahan', 'Perjanjian Kinerja Perubahan Tahun 2024')),
        classified(pk('PK', 'Perjanjian Kinerja Tahun 2024')),
      ],
      { settings: DEFAULT_SETTINGS, periods: ['2021-2026'], programSheets: [] },
      f,
    );
    const measured = markSuperseded(drafts, f);
    expect(drafts.map((d) => measured.get(d))).toEqual([true, false]);
    expect(f.items.map((x) => [x.code, x.sheet])).toEqual([['PK_SUPERSEDED', 'PK']]);
  });

  test('a PK sheet without a Target column: COLUMN_MISSING at its header row', () => {
    const f = new FindingList();
    readPkDrafts(
      [
        classified(
          sheet('PK', [
            ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Realisasi'],
            [1, SAS_IKM, IKM, 'Indeks', 83],
          ]),
        ),
      ],
      { settings: DEFAULT_SETTINGS, periods: [], programSheets: [] },
      f,
    );
    expect(f.items.map((x) => [x.code, x.cell])).toEqual([['COLUMN_MISSING', 'A1']]);
  });
});

describe('assigning tables to PKs', () => {
  const drafts = readPkDrafts(
    ['PK', 'PK Perubahan'].map((n) =>
      classified(
        sheet(n, [
          ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target'],
          [1, SAS_IKM, IKM, 85],
        ]),
      ),
    ),
    { settings: DEFAULT_SETTINGS, periods: [], programSheets: [] },
    new FindingList(),
  );

  test('the longest PK name in a title wins; a PK column value names a PK', () => {
    const namer = pkNamer(drafts);
    expect(namer.named('Realisasi PK Perubahan')).toBe('PK Perubahan');
    expect(namer.named('Realisasi — PK')).toBe('PK');
    expect(namer.ofTag('Perubahan')).toBe('PK Perubahan');
    expect(namer.ofTag(null)).toBeNull();
  });

  test('rows of a Realisasi sheet named after a PK belong to it; duplicates are reported', () => {
    // G606 IKM 95 (PK) vs G953 87,16 (PK Perubahan).
    const real = classified(
      sheet('Realisasi PK Perubahan', [
        ['No', 'Sasaran', 'Indikator Kinerja', 'Target', 'Realisasi'],
        [1, SAS_IKM, IKM, 85, '87,16'],
        [2, SAS_IKM, IKM, 85, '87,16'],
      ]),
    );
    const f = new FindingList();
    const t = readFigureTables([real], pkNamer(drafts), f);
    expect(t.realRows.map((x) => [x.item.realisasi?.value.raw, x.pk])).toEqual([
      ['87,16', 'PK Perubahan'],
      ['87,16', 'PK Perubahan'],
    ]);
    expect(f.items.map((x) => [x.code, x.cell])).toEqual([['INDICATOR_DUPLICATE', 'C3']]);
  });
});

describe('linking indicators', () => {
  const tc = rowsOf('TC.25', [
    ['No', 'Sasaran', 'Indikator', 'Target 2025', 'Target 2026'],
    // S1480–1483
    [
      1,
      '',
      'Jumlah Dokumen Penataan Organisasi dan Tata Laksana Pemerintah Daerah',
      '4 Dok',
      '4 Dok',
    ],
    [2, '', 'Persentase Fasilitas Kesehatan masyarakat yang dilaksanakan', '100%', '100%'],
    [3, '', 'Nilai SAKIP Ambulu', 85, 85], // A1479
  ]);

  test('normalised name: "Prosentase" is "Persentase", case and dots ignored', () => {
    const m = matchIndicator(
      { kode: null, nama: 'Prosentase fasilitas kesehatan masyarakat yang dilaksanakan.' },
      tc,
      indexRows(tc),
    );
    expect(m?.item).toBe(tc[1]);
    expect(m?.exact).toBe(true);
  });

  test('a fuzzy match is not exact', () => {
    const m = matchIndicator(
      { kode: null, nama: 'Jumlah Dokumen Penataan Organisasi dan Tatalaksana Pemerintahan' },
      tc,
      indexRows(tc),
    );
    expect(m?.item).toBe(tc[0]);
    expect(m?.exact).toBe(false);
  });

  test('a distinctive shared word: "Nilai SAKIP OPD" (A612) ↔ "Nilai SAKIP Ambulu" (A1479)', () => {
    const pk = rowsOf('PK', [
      ['No', 'Sasaran', 'Indikator Kinerja', 'Target'],
      [1, '', 'Nilai SAKIP OPD', 82],
    ]);
    expect(matchIndicator(pk[0], tc)).toBeNull();
    expect(matchByKeyword(pk[0], tc, pk)?.item).toBe(tc[2]);
  });
});

describe('sasaran references', () => {
  const names = ['Meningkatnya Kepuasan Masyarakat', 'Terjaganya ketertiban umum'];

  test('numbers, "Sasaran n", "1.2" and names', () => {
    expect(parseSasaranRefs('1; 2', names)).toEqual([1, 2]);
    expect(parseSasaranRefs('Sasaran 2', names)).toEqual([2]);
    expect(parseSasaranRefs('1.2', names)).toEqual([2]);
    expect(parseSasaranRefs('Terjaganya ketertiban umum', names)).toEqual([2]);
    expect(parseSasaranRefs('7', names)).toEqual([]);
  });

  test('property: any list of valid numbers joined by ";" reads back as its distinct numbers', () => {
    const many = Array.from({ length: 9 }, (_, i) => `Sasaran nomor ${i + 1}`);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 6 }),
        (ns) => {
          expect(parseSasaranRefs(ns.join('; '), many)).toEqual([...new Set(ns)]);
        },
      ),
    );
  });

  test('numbered by the order of distinct sasaran on the PK', () => {
    const rows = rowsOf('PK', [
      ['No', 'Sasaran', 'Indikator Kinerja', 'Target'],
      [1, names[0], IKM, 85],
      [2, names[1], 'Persentase Penyelesaian', '100%'],
      [3, names[0], 'Indeks Pelayanan', 4],
    ]);
    const idx = sasaranIndex(rows);
    expect(idx.names).toEqual(names);
    expect(idx.no(names[1])).toBe(2);
    expect(idx.noSasaranColumn).toBe(false);
  });
});

describe('structural checks', () => {
  test('same figure written two ways; units compared loosely', () => {
    expect(sameValue(parseCell({ v: '85' }), parseCell({ v: '85,00' }))).toBe(true);
    expect(sameValue(parseCell({ v: '4 Dok' }), parseCell({ v: '5 Dok' }))).toBe(false);
    expect(unitKey('Persen')).toBe('%');
    expect(unitKey('Dok.')).toBe('dok');
    expect(unitKey('Indeks')).toBe('indeks');
  });

  test('a 0 % year between 100 % years is implausible', () => {
    const [row] = rowsOf('TC.25', [
      ['No', 'Indikator', 'Target 2022', 'Target 2023', 'Target 2024'],
      [1, 'Persentase Desa Mandiri', '100%', '0%', '100%'],
    ]);
    const f = new FindingList();
    const block = {
      sheet: 'TC.25',
      periode: '2022-2024',
      years: [2022, 2023, 2024],
      rows: [row],
      hasAkhirColumn: false,
      order: 0,
    };
    checkImplausible(f, 'PK', row, row, block, 'positif');
    expect(f.items.map((x) => [x.code, x.cell])).toEqual([['TARGET_IMPLAUSIBLE', 'D2']]);
  });
});

describe('quarterly realisasi', () => {
  const tw = (jenis: string | null, values: CellInput[]) =>
    rowsOf('Realisasi', [
      [
        'No',
        'Indikator',
        'Target',
        'TW I',
        'TW II',
        'TW III',
        'TW IV',
        ...(jenis ? ['Jenis'] : []),
      ],
      [1, 'Jumlah laporan ketertiban yang diselesaikan', 14, ...values, ...(jenis ? [jenis] : [])],
    ])[0];

  test('jumlah → sum: 3 + 4 + 5 + 2 = 14 (A706: 14 laporan)', () => {
    const f = new FindingList();
    expect(realisasiFromTw(tw('jumlah', [3, 4, 5, 2]), f, 'PK')?.value.raw).toBe('14');
    expect(codes(f)).toEqual([]);
  });

  test('jumlah of decimals is the exact decimal sum: 0,1 + 0,2 + 0,3 + 0,4 = 1', () => {
    const f = new FindingList();
    const sum = realisasiFromTw(tw('jumlah', ['0,1', '0,2', '0,3', '0,4']), f, 'PK');
    expect(sum?.value.num).toBe(1);
    const tenths = realisasiFromTw(tw('jumlah', ['0,1', '0,2', '', '']), f, 'PK');
    expect(String(tenths?.value.num)).toBe('0.3');
  });

  test('rata-rata → mean to two places; no Jenis → last non-empty (TW_ASSUMED)', () => {
    const f = new FindingList();
    // 83,63 + 83,64 + 83,60 + 83,65 = 334,52 / 4 = 83,63 (A609)
    const mean = realisasiFromTw(tw('rata-rata', ['83,63', '83,64', '83,60', '83,65']), f, 'PK');
    expect(mean?.value.raw).toBe('83,63');
    const last = realisasiFromTw(tw(null, [3, 4, 5, '']), f, 'PK');
    expect(last?.value.raw).toBe('5');
    expect(codes(f)).toEqual(['TW_INCOMPLETE', 'TW_ASSUMED']);
  });
});

describe('the typed efficiency table', () => {
  test('rows placed under their sasaran by number and by name (S758–768)', () => {
    const t = findTables(
      new Sheet(
        sheet(
          'Efisiensi',
          [
            ['No', 'Sasaran', 'Capaian Kinerja (%)', 'Serapan Anggaran (%)', 'Efisiensi (%)'],
            ['', '1. Meningkatnya Kepuasan Masyarakat', '100%', '99%', '1%'],
            ['', 'Terjaganya ketertiban umum', '100%', '89,27%', '10,73%'],
            ['', 'JUMLAH', '100%', '97,11%', '2,89%'],
          ],
          { merges: [merge('A2:A2')] },
        ),
      ),
    )[0];
    const out = efficiencyRows(
      readEfficiencyRows(t),
      ['Meningkatnya Kepuasan Masyarakat', 'Terjaganya ketertiban umum'],
      [],
    );
    expect(out.map((r) => [r.sasaranNo, r.isTotal])).toEqual([
      [1, false],
      [2, false],
      [null, true],
    ]);
  });
});

describe('summary labels', () => {
  test('Jumlah / Rata-rata with capaian words, typos included; indicator names are not', () => {
    expect(summaryKind('Rata-rata Capaian Kinerja')).toBe('rata');
    expect(summaryKind('Rata - Rata Capain Kinerja Kecamatan')).toBe('rata');
    expect(summaryKind('J U M L A H')).toBe('jumlah');
    expect(summaryKind('Jumlah Capaian Kinerja Sasaran')).toBe('jumlah');
    // A609, A1481: indicators that start with "Jumlah".
    expect(summaryKind('Jumlah Dokumen Penataan Organisasi dan Tata Laksana')).toBeNull();
    expect(summaryKind('Rata-rata lama sekolah')).toBeNull();
  });
});
