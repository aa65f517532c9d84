/**
 * The pane's settings form: a draft made from the workbook's settings saves exactly those
 * settings; a custom scale with a hole, an unknown colour or a bad year is refused with an
 * Indonesian reason (and the Pengaturan sheet is not written).
 */
import { DEFAULT_SETTINGS, type Settings } from '../../src/engine/model';
import { buildCustomScale } from '../../src/engine/scales';
import { draftOf, settingsOfDraft } from '../../src/taskpane/settings-draft';

const strip = (s: Settings) => ({
  skala: s.skala,
  batasAtasCapaian: s.batasAtasCapaian,
  rumusNegatif: s.rumusNegatif,
  metodeEfisiensi: s.metodeEfisiensi,
  instansi: s.instansi ?? null,
  kabupaten: s.kabupaten ?? null,
  tahun: s.tahun ?? null,
  bands: s.skalaKustom?.bands.map((b) => [b.min, b.minInclusive, b.label, b.fill]) ?? null,
});

test.each<Settings>([
  { ...DEFAULT_SETTINGS },
  {
    skala: 'akip',
    batasAtasCapaian: 120,
    rumusNegatif: 'T/R',
    metodeEfisiensi: 'pmk',
    instansi: 'Kecamatan Gumukmas',
    kabupaten: 'Jember',
    tahun: 2025,
  },
  {
    ...DEFAULT_SETTINGS,
    skala: 'kustom',
    skalaKustom: buildCustomScale([
      { interval: '> 100', label: 'Sangat Baik', colour: 'biru muda' },
      { interval: '76 - 100', label: 'Baik', colour: '#00B050' },
      { interval: '< 76', label: 'Kurang', colour: 'merah' },
    ]).scale,
  },
])('an unchanged draft saves the same settings (%#)', (s) => {
  const out = settingsOfDraft(draftOf(s));
  expect(out.problems).toEqual([]);
  expect(strip(out.settings)).toEqual(strip(s));
});

test('a hole between custom bands is refused', () => {
  const d = draftOf({ ...DEFAULT_SETTINGS, skala: 'kustom' });
  d.bands = [
    { interval: '> 90 s/d 110', label: 'Baik', colour: '' },
    { interval: '> 70 s/d 80', label: 'Cukup', colour: '' },
    { interval: '≤ 70', label: 'Kurang', colour: '' },
  ];
  expect(settingsOfDraft(d).problems.join(' ')).toMatch(/celah/);
});

test('unknown colours, missing labels and bad years are refused', () => {
  const d = draftOf({ ...DEFAULT_SETTINGS, skala: 'kustom' });
  d.bands[0] = { ...d.bands[0], colour: 'ungu muda sekali' };
  d.bands[1] = { ...d.bands[1], label: ' ' };
  d.tahun = '20x5';
  const problems = settingsOfDraft(d).problems.join(' ');
  expect(problems).toMatch(/Warna "ungu muda sekali" tidak dikenal/);
  expect(problems).toMatch(/belum diberi kriteria/);
  expect(problems).toMatch(/Tahun harus empat angka/);
});

test('a preset ignores the bands being edited', () => {
  const d = draftOf({ ...DEFAULT_SETTINGS });
  d.bands = [];
  const out = settingsOfDraft(d);
  expect(out.problems).toEqual([]);
  expect(out.bands).toBeUndefined();
});
