/**
 * Findings as the planner reads them in the pane (issue 14 item 3): every code has a short
 * Indonesian title, and the pane shows the title first — never `[CODE]` or the bare code as the
 * heading — with the code kept in small secondary text for support. Rendered with
 * react-dom/server inside the Fluent provider, on the Ambulu 2024 sample's own findings.
 */
import path from 'path';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import {
  FINDING_CODES,
  FINDING_SEVERITY,
  FINDING_TITLE,
  SEVERITY_TITLE,
  type Finding,
} from '../../src/engine/findings';
import { loadWorkbook, readFileBytes, toGrid } from '../../src/hosts/xlsx';
import { Findings } from '../../src/taskpane/components/Findings';
import { analyze } from '../../src/workbook/analyze';

const root = path.join(__dirname, '..', '..');

function render(findings: Finding[]): string {
  return renderToStaticMarkup(
    createElement(
      FluentProvider,
      { theme: webLightTheme },
      createElement(Findings, { findings, onSelect: () => undefined }),
    ),
  );
}

/** The visible text of each finding item, in order: its elements' text joined by `|`. */
function items(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/data-finding="[A-Z_]+"[^>]*>([\s\S]*?)<\/(?:button|div)><\/li>/g))
    out.push(
      m[1]
        .replace(/<[^>]+>/g, '|')
        .split('|')
        .map((t) => t.trim())
        .filter(Boolean)
        .join('|'),
    );
  return out;
}

describe('titles', () => {
  test('every code has a short Indonesian title, none a code', () => {
    for (const code of FINDING_CODES) {
      const t = FINDING_TITLE[code];
      expect(t).toMatch(/^[A-Z][a-z]/);
      expect(t.length).toBeLessThanOrEqual(40);
      expect(t).not.toMatch(/[A-Z]{2,}_|_/);
    }
    expect(Object.keys(FINDING_TITLE).sort()).toEqual([...FINDING_CODES].sort());
    expect(new Set(Object.values(FINDING_TITLE)).size).toBe(FINDING_CODES.length);
  });
  test('severities are named in Indonesian', () => {
    expect(SEVERITY_TITLE).toEqual({
      error: 'Kesalahan',
      warning: 'Peringatan',
      info: 'Informasi',
    });
  });
});

describe('the pane shows the title first and the code as secondary text', () => {
  test('one finding of every code', () => {
    const findings: Finding[] = FINDING_CODES.map((code, i) => ({
      code,
      severity: FINDING_SEVERITY[code],
      pk: null,
      sheet: i % 3 === 0 ? null : 'Realisasi',
      cell: i % 3 === 1 ? `F${i + 2}` : null,
      message: `Pesan ${i}.`,
    }));
    const html = render(findings);
    const shown = items(html);
    expect(shown).toHaveLength(FINDING_CODES.length);
    const bySeverity = (['error', 'warning', 'info'] as const).flatMap((sev) =>
      findings.filter((f) => f.severity === sev),
    );
    shown.forEach((text, i) => {
      const f = bySeverity[i];
      const parts = text.split('|');
      expect(parts[0]).toBe(FINDING_TITLE[f.code]);
      expect(parts).toContain(f.message);
      // The code appears only once, last, after "Kode:" — never in brackets, never as a heading.
      expect(parts[parts.length - 1]).toBe(`Kode: ${f.code}`);
      expect(text).not.toContain(`[${f.code}]`);
      expect(parts.filter((p) => p.includes(f.code))).toHaveLength(1);
    });
    expect(html).toContain('Kesalahan');
    expect(html).toContain('Informasi');
  });

  test('Ambulu 2024: A612 capaian 102% for 102,77 reads "Capaian tertulis salah" first', async () => {
    const wb = await loadWorkbook(
      await readFileBytes(path.join(root, 'assets', 'ambulu-2024.xlsx')),
    );
    const a = analyze(toGrid(wb).grid);
    const html = render(a.findings);
    const f11 = items(html).find((t) => t.includes('Realisasi!F11'));
    expect(f11?.split('|')[0]).toBe('Capaian tertulis salah');
    // A612: 84,27 / 82 = 102,768 → 102,77%, typed 102%.
    expect(f11).toContain('Capaian tertulis 102%, hasil hitung 102,77% (tampaknya dipotong');
    expect(html).not.toMatch(/\[[A-Z_]{5,}\]/);
  });
});
