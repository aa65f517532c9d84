/**
 * A Word table of thousands of budget rows shows its programs and the JUMLAH only, with a note
 * naming the sheet that keeps every row; the figures it shows are the table's own.
 */
import { forWord, MAX_WORD_ROWS } from '../../src/report/docx';
import type { ReportRow, ReportTable } from '../../src/engine/report';

const cell = (text: string) => ({ text, value: null }) as never;
const row = (kind: ReportRow['kind'], text: string): ReportRow =>
  ({ kind, cells: [cell(text)] }) as ReportRow;

function budget(programs: number, subPerProgram: number): ReportTable {
  const rows: ReportRow[] = [];
  for (let p = 1; p <= programs; p++) {
    rows.push(row('group', `Program ${p}`));
    for (let s = 1; s <= subPerProgram; s++) rows.push(row('data', `Sub Kegiatan ${p}.${s}`));
  }
  rows.push(row('total', 'JUMLAH'));
  return {
    id: 'anggaran',
    title: 'Tabel 3.13 Realisasi Anggaran Tahun 2025',
    sheetTitle: 'Anggaran',
    columns: [{ header: 'Program / Kegiatan / Sub Kegiatan', width: 46 }],
    rows,
    notes: ['Serapan = realisasi ÷ pagu × 100.'],
  } as unknown as ReportTable;
}

test('a table within the limit is printed whole', () => {
  const t = budget(10, 20);
  expect(forWord(t)).toBe(t);
});

test('20 000 sub-kegiatan rows: programs and JUMLAH, and where the rest is', () => {
  const t = budget(25, 800); // 25 + 20 000 + 1 rows
  const w = forWord(t);
  expect(w.rows.map((r) => r.cells[0].text)).toEqual([
    ...Array.from({ length: 25 }, (_, i) => `Program ${i + 1}`),
    'JUMLAH',
  ]);
  expect(w.notes[0]).toBe(t.notes[0]);
  expect(w.notes[1]).toBe(
    'Tabel ini memuat 20.026 baris; di sini ditampilkan 26 baris program dan jumlahnya. Rincian 20.000 baris lainnya (kegiatan dan sub kegiatan) ada pada lembar "LKjIP Anggaran" di buku kerja hasil Buat Laporan.',
  );
});

test('never more rows than the limit, JUMLAH kept', () => {
  const w = forWord(budget(MAX_WORD_ROWS + 50, 1));
  expect(w.rows).toHaveLength(MAX_WORD_ROWS);
  expect(w.rows[w.rows.length - 1].cells[0].text).toBe('JUMLAH');
});
