/**
 * The pane's settings tab on a workbook whose Kustom scale has a hole (issue 12): the Ambulu 2024
 * sample with its Pengaturan switched to a planner's custom table where Sedang ends at 75 and
 * Tinggi starts at 77. The form (rendered with react-dom/server inside the Fluent provider, as
 * the pane mounts it) shows the planner's own rows — not the default scale the run falls back to
 * — the problem naming both bands above them, and marks exactly the two rows concerned.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Settings } from '../../src/engine/model';
import { toGrid } from '../../src/hosts/xlsx';
import { Legend } from '../../src/taskpane/components/Legend';
import { SettingsForm } from '../../src/taskpane/components/SettingsForm';
import { analyze } from '../../src/workbook/analyze';
import { ambuluWithScale as scaled } from '../helpers/kustom';

const HOLE = [
  ['≥ 90', 'Sangat Tinggi', 'biru muda'],
  ['77 - 89', 'Tinggi', 'hijau'],
  ['66 - 75', 'Sedang', 'kuning muda'],
  ['< 66', 'Rendah', 'merah'],
];

async function ambuluWithScale(bands: string[][]) {
  return analyze(toGrid(await scaled(bands)).grid);
}

function render(settings: Settings): string {
  return renderToStaticMarkup(
    createElement(
      FluentProvider,
      { theme: webLightTheme },
      createElement(SettingsForm, { settings, busy: false, onSave: () => undefined }),
    ),
  );
}

/** The value of the input labelled `label`. */
function inputValue(html: string, label: string): string | null {
  const tag = html.match(new RegExp(`<input[^>]*aria-label="${label}"[^>]*>`))?.[0];
  return tag?.match(/value="([^"]*)"/)?.[1] ?? null;
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

test('a hole in the Kustom scale: the planner rows, the problem and the two rows marked', async () => {
  const a = await ambuluWithScale(HOLE);
  // The run falls back to the default scale and says so at the first band named (Tinggi, A11).
  expect(a.settings.skala).toBe('permendagri86-jember');
  expect(a.findings.filter((f) => f.code === 'SCALE_INVALID')).toEqual([
    expect.objectContaining({ sheet: 'Pengaturan', cell: 'A11', severity: 'error' }),
  ]);

  const html = render(a.settings);
  // The editor is open on Kustom with the planner's rows, as written.
  expect(html).toMatch(/<option value="kustom" selected="">/);
  HOLE.forEach(([interval, label, colour], i) => {
    expect(unescape(inputValue(html, `Interval pita ${i + 1}`) ?? '')).toBe(interval);
    expect(inputValue(html, `Kriteria pita ${i + 1}`)).toBe(label);
    expect(inputValue(html, `Warna pita ${i + 1}`)).toBe(colour);
  });
  // The problem, above the rows.
  const bar = html.indexOf('data-scale-problems');
  expect(bar).toBeGreaterThan(-1);
  expect(bar).toBeLessThan(html.indexOf('aria-label="Interval pita 1"'));
  expect(html).toContain(
    'Ada celah antara pita “Sedang” (66–75) dan “Tinggi” (mulai 77): nilai 75,01–76,99 tidak masuk pita mana pun.',
  );
  expect(html).toContain('Perhitungan memakai skala Permendagri 86/2017');
  // Rows 2 (Tinggi) and 3 (Sedang) are marked, the others are not.
  const marked = [...html.matchAll(/data-band="(\d)" data-wrong="(true|false)"/g)].map((m) => [
    Number(m[1]),
    m[2],
  ]);
  expect(marked).toEqual([
    [1, 'false'],
    [2, 'true'],
    [3, 'true'],
    [4, 'false'],
  ]);
  expect(html).toContain('Pita ini bermasalah: lihat nomor 1 di atas.');
  // Saving is refused until the bands are fixed.
  expect(html).toMatch(/<button[^>]*type="submit"[^>]*disabled=""/);
  // The summary's legend shows the default scale in use and says why.
  const legend = renderToStaticMarkup(
    createElement(FluentProvider, { theme: webLightTheme }, createElement(Legend, a)),
  );
  expect(legend).toContain('Skala: Permendagri 86/2017');
  expect(legend).toContain(
    'nilai 75,01–76,99 tidak masuk pita mana pun. Perbaiki di tab Pengaturan.',
  );
});

test('a valid Kustom scale: the planner rows, nothing marked, saving allowed', async () => {
  const fixed = HOLE.map((r) => (r[1] === 'Tinggi' ? ['76 - 89', r[1], r[2]] : r));
  const a = await ambuluWithScale(fixed);
  expect(a.settings.skala).toBe('kustom');
  const html = render(a.settings);
  expect(inputValue(html, 'Interval pita 2')).toBe('76 - 89');
  expect(inputValue(html, 'Kriteria pita 3')).toBe('Sedang');
  expect(inputValue(html, 'Warna pita 3')).toBe('kuning muda');
  expect(html).not.toContain('data-scale-problems');
  expect(html).not.toContain('data-wrong="true"');
  expect(html).not.toMatch(/<button[^>]*type="submit"[^>]*disabled=""/);
});
