/**
 * The Temuan sheet's plan (WORKBOOK.md rule 10): replaced on every run, none when there are no
 * findings — an earlier one of ours is removed — and the record's other generated sheets kept.
 */
import { finding } from '../../src/engine/findings';
import { readRecord, type RecordEntry } from '../../src/workbook/plan';
import { temuanPlan, temuanTable, placeRef } from '../../src/workbook/temuan';
import { TEMUAN_MARKER, REPORT_MARKER } from '../../src/workbook/report-sheets';
import { RECORD_HEADER } from '../../src/workbook/sheets';
import { sheet } from '../helpers/grid';

const record = (entries: RecordEntry[]) =>
  sheet('_capaian', [
    [...RECORD_HEADER],
    ...entries.map((e) => [e.kind, e.sheet, 'cell' in e ? e.cell : null]),
  ]);

const grid = () => ({
  sheets: [
    sheet('Realisasi', [
      ['Indikator', 'Capaian (%)'],
      ['IKM', 102],
    ]),
    sheet('LKjIP Capaian', [['Tabel 3.2'], [REPORT_MARKER]]),
    sheet('LKjIP Temuan', [['Temuan lama'], [TEMUAN_MARKER]]),
    record([
      { kind: 'lembar', sheet: 'LKjIP Capaian' },
      { kind: 'lembar', sheet: 'LKjIP Temuan' },
    ]),
  ],
});

const f = finding('CAPAIAN_MISMATCH', 'Capaian tertulis 102%, hasil hitung 101,99%.', {
  sheet: 'Realisasi',
  cell: 'B2',
});

test('no findings: the old Temuan sheet of ours goes, the report sheets stay recorded', () => {
  const g = grid();
  expect(readRecord(g).filter((e) => e.kind === 'lembar')).toHaveLength(2);
  const plan = temuanPlan(g, []);
  expect(plan.sheets).toEqual([]);
  expect(plan.removeSheets).toEqual(['LKjIP Temuan']);
  expect(plan.record).toEqual([{ kind: 'lembar', sheet: 'LKjIP Capaian' }]);
});

test('findings: the sheet is replaced under its name and recorded once', () => {
  const plan = temuanPlan(grid(), [f]);
  expect(plan.sheets!.map((s) => s.name)).toEqual(['LKjIP Temuan']);
  expect(plan.removeSheets).toEqual([]);
  expect(plan.record.filter((e) => e.kind === 'lembar')).toEqual([
    { kind: 'lembar', sheet: 'LKjIP Capaian' },
    { kind: 'lembar', sheet: 'LKjIP Temuan' },
  ]);
  const spec = plan.sheets![0];
  expect(spec.rows[1][0]).toBe(TEMUAN_MARKER);
  const linked = Object.values(spec.formats ?? {}).filter((x) => x.link);
  expect(linked.map((x) => x.link)).toEqual(["'Realisasi'!B2"]);
});

test('a link names its sheet as Excel quotes it; a finding on a missing sheet is not linked', () => {
  expect(placeRef("Realisasi O'Neil", 'C3')).toBe("'Realisasi O''Neil'!C3");
  expect(placeRef('PK 2025', null)).toBe("'PK 2025'!A1");
  const missing = finding('SHEET_MISSING', 'Lembar Realisasi tidak ditemukan.', {
    sheet: 'Realisasi',
    cell: null,
  });
  const t = temuanTable([missing, f], new Set(['PK']));
  expect(t.rows.map((r) => r.cells[3].link)).toEqual([undefined, undefined]);
  // Errors first; the title before the message, the code last.
  expect(t.rows[0].cells.map((c) => c.text)).toEqual([
    '1',
    'Kesalahan',
    'Lembar tidak ditemukan',
    'Realisasi',
    'Lembar Realisasi tidak ditemukan.',
    'SHEET_MISSING',
  ]);
  expect(t.title).toBe('Temuan Pemeriksaan Buku Kerja (2 kesalahan)');
});
