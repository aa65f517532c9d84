/**
 * WORKBOOK.md "What we write", rule 7: error values are typed content, a merged area holds one
 * value at its first cell, whitespace-only cells are empty. Hitung never writes over typed content
 * or into a merged area; a finding at the cell says why, and the computed value is offered as a
 * correction. Through the plan and through the Excel host (in-memory Excel).
 *
 * Figures: Ambulu 2024, IKM 83,63 / 82 × 100 = 101,987… → 101,99 (A519, A609).
 */
import { hitung } from '../../src/hosts/excel';
import { InMemoryWorkbook, installExcel } from '../../src/hosts/preview';
import { analyze } from '../../src/workbook/analyze';
import type { WorkbookGrid } from '../../src/workbook/grid';
import { buildPlan } from '../../src/workbook/plan';
import { err, merge } from '../helpers/grid';
import { baseSpec, build, ind, IND_IKM, IND_TRANTIB } from '../helpers/workbook';
import { cellAt } from '../helpers/grid';

function withCapaian(ikm: unknown, trantib: unknown = '100%'): WorkbookGrid {
  const spec = baseSpec();
  ind(spec, 'ikm').real!['Capaian (%)'] = ikm as never;
  ind(spec, 'trantib').real!['Capaian (%)'] = trantib as never;
  return build(spec);
}

const planOf = (grid: WorkbookGrid, perbaiki: string[] = []) => {
  const a = analyze(grid);
  return { a, plan: buildPlan(grid, a.results, a.findings, new Map(), { perbaiki }) };
};

describe.each(['#N/A', '#NUM!', '#NAME?', '#DIV/0!', '#VALUE!', '#REF!', '#NULL!'])(
  'an error value %s typed in a result cell',
  (code) => {
    const grid = withCapaian(err(code));
    const at = cellAt(grid, 'Realisasi', IND_IKM, 'Capaian (%)');

    test('is reported at its cell with the computed value, and never written over', () => {
      const { a, plan } = planOf(grid);
      const f = a.findings.filter((x) => x.sheet === 'Realisasi' && x.cell === at);
      expect(f).toHaveLength(1);
      expect(f[0].code).toBe('VALUE_UNREADABLE');
      expect(f[0].message).toContain(code);
      expect(f[0].message).toContain('101,99');
      expect(plan.writes.filter((w) => w.cell === at)).toEqual([]);
    });

    test('is replaced only on request, with the old content recorded', () => {
      const { plan } = planOf(grid, [`Realisasi!${at}`]);
      expect(plan.writes.find((w) => w.cell === at)?.value).toBe(101.99);
      expect(plan.record.find((e) => e.kind === 'perbaikan' && e.cell === at)).toBeTruthy();
    });

    test('the Excel host leaves it as it is', async () => {
      const mem = InMemoryWorkbook.fromGrid(grid, new Map());
      installExcel(globalThis, mem);
      await hitung();
      const sheet = mem.export().grid.sheets.find((s) => s.name === 'Realisasi')!;
      const { r, c } = { r: Number(at.slice(1)) - 1, c: at.charCodeAt(0) - 65 };
      expect(sheet.rows[r][c]?.err).toBe(code);
    });
  },
);

describe('a merged result cell', () => {
  /** The capaian cells of IKM and Trantib merged into one area over both rows. */
  function merged(first: unknown): { grid: WorkbookGrid; top: string; below: string } {
    const grid = withCapaian(first, null);
    const top = cellAt(grid, 'Realisasi', IND_IKM, 'Capaian (%)');
    const below = cellAt(grid, 'Realisasi', IND_TRANTIB, 'Capaian (%)');
    grid.sheets.find((s) => s.name === 'Realisasi')!.merges.push(merge(`${top}:${below}`));
    return { grid, top, below };
  }

  test('holding a value: nothing is written into any of its cells; the hidden row is reported', () => {
    const { grid, top, below } = merged('102%');
    const { a, plan } = planOf(grid);
    expect(plan.writes.filter((w) => w.cell === top || w.cell === below)).toEqual([]);
    const f = a.findings.find((x) => x.cell === below);
    expect(f?.code).toBe('VALUE_UNREADABLE');
    expect(f?.message).toContain(`tergabung (merge) dengan ${top}`);
    // Trantib: 100 / 100 = 100 → "100,00" is what the merge keeps from being written.
    expect(f?.message).toContain('100,00');
  });

  test('empty: not filled either, since one value would stand for two rows', () => {
    const { grid, top, below } = merged(null);
    const { a, plan } = planOf(grid);
    expect(plan.writes.filter((w) => w.cell === top || w.cell === below)).toEqual([]);
    expect(a.findings.find((x) => x.cell === below)?.message).toContain(
      `tergabung (merge) dengan ${top},`,
    );
  });
});

test.each([' ', '\t', '\n', '\u3000', ' \u00a0 '])(
  'a whitespace-only result cell (%j) is empty: it is filled',
  (blank) => {
    const grid = withCapaian(blank);
    const at = cellAt(grid, 'Realisasi', IND_IKM, 'Capaian (%)');
    const { a, plan } = planOf(grid);
    expect(a.findings.filter((x) => x.cell === at)).toEqual([]);
    expect(plan.writes.find((w) => w.cell === at)?.value).toBe(101.99);
  },
);

test('a hyperlink whose text is blank is typed: reported, offered as a correction, never filled', () => {
  // Found by the round-trip property: a link on "\t" was filled over, and the link lost.
  const link = { text: '\t', hyperlink: 'https://sakip.example.id/ikm' };
  const grid = withCapaian({ v: '\t', content: link });
  const at = cellAt(grid, 'Realisasi', IND_IKM, 'Capaian (%)');
  const { a, plan } = planOf(grid);
  const f = a.findings.filter((x) => x.cell === at);
  expect(f.map((x) => x.code)).toEqual(['VALUE_UNREADABLE']);
  expect(f[0].message).toContain('tautan (hyperlink) tanpa teks; hasil hitungnya 101,99');
  expect(plan.writes.filter((w) => w.cell === at)).toEqual([]);
  const fixed = planOf(grid, [`Realisasi!${at}`]).plan;
  expect(fixed.writes.find((w) => w.cell === at)?.value).toBe(101.99);
  const entry = fixed.record.find((e) => e.kind === 'perbaikan' && e.cell === at);
  expect(entry?.kind === 'perbaikan' && entry.asli).toEqual({ v: '\t', content: link });
});
