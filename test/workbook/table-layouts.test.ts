/**
 * The table reader on the layouts the variant test (variants.test.ts) found it missing, each on
 * a small grid: the columns' roles and the body rows it reads.
 *
 * Figures are Semboro 2025's efficiency table (S758–760, the sample's `Efisiensi` sheet): IKM
 * target 97,93, realisasi 97,93; pagu Rp 555.120.000, realisasi Rp 546.800.000.
 */
import { Sheet, type SheetGrid } from '../../src/workbook/grid';
import { findTables, type Table } from '../../src/workbook/table';
import { sheet } from '../helpers/grid';

function only(g: SheetGrid): Table {
  const tables = findTables(new Sheet(g));
  expect(tables).toHaveLength(1);
  return tables[0];
}

const roles = (t: Table) => t.columns.map((c) => c.role);

describe('tables converted from Word', () => {
  test('parents typed once above their sub-headers, no merge: Kinerja and Anggaran groups', () => {
    const t = only(
      sheet('Efisiensi', [
        [
          'No',
          'Sasaran',
          'Kinerja',
          '',
          '',
          'Anggaran Program Pendukung Sasaran',
          '',
          '',
          'Kategori Efisiensi',
        ],
        ['', '', 'Target', 'Realisasi', '%', 'Target', 'Realisasi', '%'],
        [
          1,
          'Meningkatnya Kepuasan Masyarakat',
          '97,93',
          '97,93',
          '100%',
          'Rp555.120.000,00',
          'Rp546.800.000,00',
          '99%',
          'Tidak Efisien',
        ],
      ]),
    );
    expect(t.headerBottom).toBe(1);
    expect(roles(t).map((r) => r.k)).toEqual([
      'no',
      'sasaran',
      'target',
      'realisasi',
      'capaian',
      // the second "Target" under the budget parent is the pagu (WORKBOOK.md Table 4)
      'pagu',
      'realisasiAnggaran',
      'serapan',
      'kategoriEfisiensi',
    ]);
    expect(t.rows).toEqual([2]);
  });

  test('a parent typed once over Target | Realisasi | Capaian (%) | Kriteria is a two-row header', () => {
    const t = only(
      sheet('Realisasi', [
        ['No', 'Indikator', 'Capaian Tahun 2025', '', '', ''],
        ['', '', 'Target', 'Realisasi', 'Capaian (%)', 'Kriteria'],
        [1, 'Indeks Kepuasan Masyarakat', 97.93, 97.93, '100%', 'Sangat Tinggi'],
      ]),
    );
    expect(t.headerBottom).toBe(1);
    expect(roles(t).map((r) => r.k)).toEqual([
      'no',
      'indikator',
      'target',
      'realisasi',
      'capaian',
      'kriteria',
    ]);
  });

  test('a column two merged cells wide in the header and the body is one column', () => {
    const t = only(
      sheet(
        'PK',
        [
          ['No', 'Sasaran Strategis', 'Indikator Kinerja', '', 'Target'],
          [1, 'Meningkatnya Kepuasan Masyarakat', 'Indeks Kepuasan Masyarakat', '', 97.93],
          [2, 'Terjaganya ketertiban umum', 'Persentase penyelesaian laporan', '', '100%'],
        ],
        { merges: ['C1:D1', 'C2:D2', 'C3:D3'] },
      ),
    );
    expect(t.headerBottom).toBe(0);
    expect(roles(t).map((r) => r.k)).toEqual(['no', 'sasaran', 'indikator', 'target']);
    expect(t.rows).toEqual([1, 2]);
  });
});

test('predicate labels heading their own columns, without Predikat above, are tick columns', () => {
  const labels = ['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah'];
  const t = only(
    sheet('Realisasi', [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', ...labels],
      [1, 'Indeks Kepuasan Masyarakat', 82, '83,63', '102%', '✓'], // A609
    ]),
  );
  expect(roles(t).slice(5)).toEqual(labels.map((label) => ({ k: 'predikatTick', label })));
});

test('two predicate words alone are not a tick group', () => {
  const t = only(
    sheet('Realisasi', [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Tinggi', 'Rendah'],
      [1, 'Indeks Kepuasan Masyarakat', 82, '83,63', '', ''],
    ]),
  );
  expect(
    roles(t)
      .slice(4)
      .map((r) => r.k),
  ).toEqual(['unknown', 'unknown']);
});

test('a one-row TC.25 header of bare years (numeric cells) is a header with year columns', () => {
  const t = only(
    sheet('TC.25', [
      ['No', 'Indikator', 2021, 2022, 2023, 2024, 2025, 2026, 'Target Akhir Renstra'],
      [1, 'Indeks Kepuasan Masyarakat', 85, 85, 85, 90, 95, 98, 98], // G Tabel TC.25 2021-2026
    ]),
  );
  expect(roles(t).slice(2, 8)).toEqual(
    [2021, 2022, 2023, 2024, 2025, 2026].map((tahun) => ({ k: 'targetTahun', tahun })),
  );
  expect(t.rows).toEqual([1]);
});

test('a numbered-column row whose numbers moved with their columns is skipped', () => {
  const t = only(
    sheet('PK', [
      ['No', 'Indikator Kinerja', 'Sasaran Strategis', 'Target'],
      ['(1)', '(3)', '(2)', '(4)'],
      [1, 'Indeks Kepuasan Masyarakat', 'Meningkatnya Kepuasan Masyarakat', 88], // S PK 2025
    ]),
  );
  expect(t.rows).toEqual([2]);
});
