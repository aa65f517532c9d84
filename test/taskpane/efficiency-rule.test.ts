/**
 * Efficiency explained where its category is shown (issue 14 item 5): the pane's results and the
 * CLI summary say the method's rule (EFF_RULE, the sentence the report prints) next to the
 * categories, and the figure carries one unit everywhere — points for the `selisih` methods, a
 * ratio for `rasio`, % for `pmk` (engine/figures.ts).
 *
 * Ambulu 2024, sasaran 1 (A862): serapan 2.653.011.709 / 2.941.063.617 = 90,21 %; its only
 * indicator, Persentase Indikator Program yang tercapai, 75 against a target of 80 = 93,75 %
 * (3 of 4 program indicators met, A771). Efficiency by `selisih`: 93,75 − 90,21 = 3,54 poin,
 * Tidak Efisien because the capaian is under 100 %.
 */
import fs from 'fs';
import path from 'path';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { summaryText } from '../../src/cli/summary';
import { EFF_HEADER, EFF_RULE, formatEfisiensiUnit } from '../../src/engine/figures';
import { EFF_RULE as REPORT_EFF_RULE } from '../../src/engine/report';
import { loadWorkbook, readFileBytes, toGrid } from '../../src/hosts/xlsx';
import { Results } from '../../src/taskpane/components/Results';
import { analyze, type Analysis } from '../../src/workbook/analyze';

const root = path.join(__dirname, '..', '..');

let ambulu: Analysis;
beforeAll(async () => {
  const wb = await loadWorkbook(await readFileBytes(path.join(root, 'assets', 'ambulu-2024.xlsx')));
  ambulu = analyze(toGrid(wb).grid);
});

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&amp;/g, '&');

function pane(a: Analysis): string {
  return unescape(
    renderToStaticMarkup(
      createElement(
        FluentProvider,
        { theme: webLightTheme },
        createElement(Results, { results: a.results, metode: a.settings.metodeEfisiensi }),
      ),
    ),
  );
}

test("one unit per method, the report's rule sentence reused", () => {
  expect(REPORT_EFF_RULE).toBe(EFF_RULE);
  expect(formatEfisiensiUnit(93.75 - 90.21, 'selisih')).toBe('3,54 poin');
  expect(formatEfisiensiUnit(93.75 / 90.21, 'rasio')).toBe('1,0392');
  expect(formatEfisiensiUnit(25.83, 'pmk')).toBe('25,83%');
  expect(EFF_HEADER).toEqual({
    selisih: 'Efisiensi (poin)',
    'selisih-5': 'Efisiensi (poin)',
    rasio: 'Efisiensi (rasio)',
    pmk: 'Efisiensi (%)',
  });
});

test('the pane: 3,54 poin (Tidak Efisien) with the rule as a tip and as a line under the list', () => {
  expect(ambulu.settings.metodeEfisiensi).toBe('selisih');
  const html = pane(ambulu);
  const s1 = html.slice(html.indexOf('data-sasaran="1"'), html.indexOf('data-sasaran="2"'));
  expect(s1).toMatch(/data-figure="efisiensi">3,54 poin</);
  expect(s1).toContain(`title="${EFF_RULE.selisih}">Tidak Efisien<`);
  const rules = html.match(/data-eff-rule[^>]*>([^<]*)</g) ?? [];
  expect(rules).toHaveLength(1);
  expect(rules[0]).toContain(`Kategori efisiensi: ${EFF_RULE.selisih}`);
});

test('the CLI: the efficiency column headed with its unit, the rule on one line after the table (and its blank line)', () => {
  const out = summaryText('ambulu-2024.xlsx', ambulu).split('\n');
  const head = out.findIndex((l) => /^\s*No\s+Sasaran/.test(l));
  expect(out[head]).toContain('Efisiensi (poin)');
  const row1 = out[head + 2];
  expect(row1).toMatch(/93,75%\s+90,21%\s+3,54\s+Tidak Efisien/);
  const end = head + out.slice(head).findIndex((l) => l.trim() === '');
  expect(out[end + 1]).toBe(`Kategori efisiensi: ${EFF_RULE.selisih}`);
  expect(out.filter((l) => l.startsWith('Kategori efisiensi:'))).toHaveLength(1);
});

test('the pane takes the rule from engine/figures, not from the report (loaded on demand)', () => {
  for (const f of ['Results.tsx', 'Findings.tsx']) {
    const src = fs.readFileSync(path.join(root, 'src', 'taskpane', 'components', f), 'utf8');
    expect(src).not.toMatch(/from '[^']*engine\/report/);
  }
});
