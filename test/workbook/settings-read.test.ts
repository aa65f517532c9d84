/**
 * Reading the Pengaturan custom scale (WORKBOOK.md "Pengaturan", DOMAIN.md §4 Custom, issue 12):
 * a scale with a hole or an overlap is SCALE_INVALID and the run uses the default scale, but the
 * planner's own rows are kept (`skalaKustomInvalid`) with problems that name the bands, so the
 * pane can show them to be fixed; the finding points at the first band named. Saving the
 * corrected bands from the pane's draft makes the error go away.
 */
import ExcelJS from 'exceljs';
import { FindingList } from '../../src/engine/findings';
import { describeScaleProblems, invalidScaleNote } from '../../src/engine/scale-check';
import { applyPlan, toGrid } from '../../src/hosts/xlsx';
import { draftOf, settingsOfDraft } from '../../src/taskpane/settings-draft';
import { analyze } from '../../src/workbook/analyze';
import { Sheet } from '../../src/workbook/grid';
import { readSettings } from '../../src/workbook/settings';
import { buildSettingsPlan, settingsOf } from '../../src/workbook/settings-plan';
import { sheet } from '../helpers/grid';

/** A planner's Kustom table (rows 5–8) with a hole: Sedang ends at 75, Tinggi starts at 77. */
const HOLE: string[][] = [
  ['≥ 90', 'Sangat Tinggi', 'biru muda'],
  ['77 - 89', 'Tinggi', 'hijau'],
  ['66 - 75', 'Sedang', 'kuning muda'],
  ['< 66', 'Rendah', 'merah'],
];

function pengaturan(bands: string[][]) {
  return sheet('Pengaturan', [
    ['Instansi', 'Kecamatan Contoh'],
    ['Skala', 'Kustom'],
    [],
    ['Interval', 'Kriteria', 'Warna'],
    ...bands,
  ]);
}

function read(bands: string[][]) {
  const findings = new FindingList();
  const settings = readSettings(new Sheet(pengaturan(bands)), findings);
  return { settings, findings: findings.items.filter((f) => f.code === 'SCALE_INVALID') };
}

test('a hole keeps the planner rows and names Sedang, Tinggi and 75,01–76,99', () => {
  const { settings, findings } = read(HOLE);
  expect(settings.skala).toBe('permendagri86-jember');
  expect(settings.skalaKustom ?? null).toBeNull();
  expect(settings.skalaKustomInvalid).toEqual({
    rows: HOLE.map(([interval, label, colour]) => ({ interval, label, colour })),
    problems: [
      'Ada celah antara pita “Sedang” (66–75) dan “Tinggi” (mulai 77): nilai 75,01–76,99 tidak masuk pita mana pun.',
    ],
  });
  // One error, at the interval cell of the first band named (Tinggi, row 6).
  expect(findings).toHaveLength(1);
  expect(findings[0]).toMatchObject({ severity: 'error', sheet: 'Pengaturan', cell: 'A6' });
  expect(findings[0].message).toContain('“Sedang” (66–75) dan “Tinggi”');
  // What the report prints where the scale is shown.
  expect(describeScaleProblems(settings)).toEqual(settings.skalaKustomInvalid!.problems);
  expect(invalidScaleNote(settings)).toBe(
    'Skala yang ditetapkan dalam Pengaturan tidak dapat dipakai karena pitanya bermasalah, sehingga predikat ditentukan dengan skala Permendagri 86/2017:',
  );
});

test('an overlap names both bands and the values in both', () => {
  const { settings, findings } = read([
    ['90 - 120', 'Sangat Baik', ''],
    ['76 - 100', 'Baik', ''],
    ['< 76', 'Kurang', ''],
  ]);
  expect(settings.skalaKustomInvalid?.problems).toEqual([
    'Pita “Baik” (76–100) dan “Sangat Baik” (90–120) tumpang tindih pada 90–100: nilai itu masuk dua pita.',
  ]);
  expect(findings[0].cell).toBe('A5');
});

test('a valid custom scale has no skalaKustomInvalid', () => {
  const fixed = HOLE.map((r) => (r[1] === 'Tinggi' ? ['76 - 89', ...r.slice(1)] : r));
  const { settings, findings } = read(fixed);
  expect(settings.skala).toBe('kustom');
  expect(settings.skalaKustom?.bands.map((b) => b.label)).toEqual(HOLE.map((r) => r[1]));
  expect(settings.skalaKustomInvalid ?? null).toBeNull();
  expect(findings).toEqual([]);
  expect(describeScaleProblems(settings)).toEqual([]);
  expect(invalidScaleNote(settings)).toBeNull();
});

test('a preset scale ignores a broken table below it', () => {
  const findings = new FindingList();
  const grid = pengaturan(HOLE);
  grid.rows[1] = [{ v: 'Skala' }, { v: 'Permendagri 86/2017' }];
  const settings = readSettings(new Sheet(grid), findings);
  expect(settings.skalaKustomInvalid ?? null).toBeNull();
  expect(findings.items).toEqual([]);
});

test('round trip: the draft shows the planner rows; fixing Tinggi and saving clears the error', () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Pengaturan');
  pengaturan(HOLE).rows.forEach((row, r) =>
    row.forEach((c, col) => {
      if (c) ws.getCell(r + 1, col + 1).value = c.v as string;
    }),
  );
  const before = toGrid(wb).grid;
  expect(analyze(before).findings.filter((f) => f.code === 'SCALE_INVALID')).toHaveLength(1);

  const draft = draftOf(settingsOf(before));
  expect(draft.skala).toBe('kustom');
  expect(draft.bands.map((b) => [b.interval, b.label, b.colour])).toEqual(HOLE);
  const refused = settingsOfDraft(draft);
  expect(refused.bandIssues.map((x) => [...x.rows].sort())).toEqual([[1, 2]]);

  draft.bands[1] = { ...draft.bands[1], interval: '76 - 89' };
  const ok = settingsOfDraft(draft);
  expect(ok.problems).toEqual([]);
  applyPlan(wb, buildSettingsPlan(before, ok.settings, ok.bands));

  const after = toGrid(wb).grid;
  expect(analyze(after).findings.filter((f) => f.code === 'SCALE_INVALID')).toEqual([]);
  const s = settingsOf(after);
  expect(s.skala).toBe('kustom');
  expect(s.skalaKustomInvalid ?? null).toBeNull();
  // 76 is now Tinggi (A577–579 reading: a band runs from its lower bound).
  const tinggi = s.skalaKustom!.bands.find((b) => b.label === 'Tinggi')!;
  expect([tinggi.min, tinggi.minInclusive]).toEqual([76, true]);
  // The planner's own interval is what the sheet holds now.
  expect(s.skalaKustom!.bands.map((b) => b.text)).toEqual(['≥ 90', '76 - 89', '66 - 75', '< 66']);
});
