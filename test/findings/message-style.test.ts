/**
 * Every figure in every finding message follows one style (issue 14 item 4): comma decimals
 * (`95,24`, never the typed `95.24` echoed raw), `%` attached to its number (`102,77%`, as the
 * reports print it), thousands separators (`10.000%`), and `Rp ` before every amount in a
 * message about money. What the planner wrote that we could not read is quoted, and quoted text
 * is theirs, so it is left out of the check. A hint guesses a cause only when the numbers show it.
 *
 * The messages come from the three samples, each with every sheet typed as planners' text and
 * with every number text made numeric (test/helpers/variants.ts), and from many mutated copies
 * (fast-check, fixed seed): figures with the decimal mark lost, cut, typed with a dot, as
 * %-formatted fractions, as `Rp` text, unreadable, zero, or given more decimals.
 */
import fc from 'fast-check';
import path from 'path';
import { FINDING_TITLE, type Finding } from '../../src/engine/findings';
import { parseCell, type RawCell } from '../../src/engine/values';
import { loadWorkbook, readFileBytes, toGrid } from '../../src/hosts/xlsx';
import { analyze } from '../../src/workbook/analyze';
import type { WorkbookGrid } from '../../src/workbook/grid';
import { compose, everyCell, idNumber } from '../helpers/variants';

const root = path.join(__dirname, '..', '..');
const SAMPLES = ['ambulu-2024', 'semboro-2025', 'gumukmas-2025'];

/** The message without what the planner wrote in quotes ("…" or “…”). */
function unquoted(message: string): string {
  return message.replace(/"[^"]*"/g, '""').replace(/“[^”]*”/g, '“”');
}

const YEAR = /^(19|20)\d\d$/;

/** What is wrong with the figures of one message; empty when it follows the style. */
export function styleProblems(message: string): string[] {
  const m = unquoted(message);
  const out: string[] = [];
  if (/\s%/.test(m)) out.push('spasi sebelum %');
  const money = /\b(pagu|anggaran|Rp|sisa)\b/i.test(m);
  // A number token: digits with dots and one comma part, not glued to a word or a cell address.
  for (const t of m.matchAll(/(?<![\w.,/-])(-?)(\d+(?:\.\d+)*)(?:,(\d+))?/g)) {
    const [all, , int, frac] = t;
    const groups = int.split('.');
    if (groups.length > 1 && !/^\d{1,3}$/.test(groups[0])) out.push(`${all}: titik desimal`);
    if (groups.slice(1).some((g) => g.length !== 3)) out.push(`${all}: titik desimal`);
    const digits = groups.join('');
    const year = !frac && groups.length === 1 && YEAR.test(digits);
    if (groups.length === 1 && digits.length >= 4 && !year)
      out.push(`${all}: tanpa pemisah ribuan`);
    const before = m.slice(0, t.index);
    const percent = m.slice(t.index + all.length).startsWith('%');
    if (money && !percent && Number(digits) >= 1000 && !year && !/Rp $/.test(before))
      out.push(`${all}: jumlah uang tanpa Rp`);
  }
  return out;
}

async function sample(file: string): Promise<WorkbookGrid> {
  const wb = await loadWorkbook(await readFileBytes(path.join(root, 'assets', `${file}.xlsx`)));
  return toGrid(wb).grid;
}

function expectStyle(findings: Finding[], where: string): void {
  const bad = findings
    .map((f) => ({ f, problems: styleProblems(f.message) }))
    .filter((x) => x.problems.length > 0)
    .map(
      (x) =>
        `${where} ${x.f.code} ${x.f.sheet}!${x.f.cell}: ${x.problems.join('; ')} — ${x.f.message}`,
    );
  expect(bad).toEqual([]);
  for (const f of findings) expect(FINDING_TITLE[f.code]).toBeTruthy();
}

describe('the style check itself', () => {
  test.each([
    ['Capaian tertulis 102%, hasil hitung 102,77%.', []],
    [
      'Serapan tertulis 9553%, hasil hitung 95,53% (tanda desimal hilang).',
      ['9553: tanpa pemisah ribuan'],
    ],
    ['Capaian tertulis 95.24 %, hasil hitung 95,24%.', ['spasi sebelum %', '95.24: titik desimal']],
    ['Capaian tertulis 10.000%, hasil hitung 100,00%.', []],
    [
      'Anggaran pada PK 3.416.528.572 berbeda dari pagu tabel anggaran Rp 3.246.438.737.',
      ['3.416.528.572: jumlah uang tanpa Rp'],
    ],
    [
      'Pagu tertulis 3416528572.',
      ['3416528572: tanpa pemisah ribuan', '3416528572: jumlah uang tanpa Rp'],
    ],
    ['Lembar "Realisasi 6.8" tahun 2025, Renstra 2021-2026, PermenPANRB 88/2021, TC.25!H10.', []],
    ['target 6.8 berbeda dari TC.25 (7)', ['6.8: titik desimal']],
  ])('%s', (message, problems) => {
    expect(styleProblems(message)).toEqual(problems);
  });
});

describe('the samples and their layout variants', () => {
  test.each(SAMPLES)('%s', async (file) => {
    const grid = await sample(file);
    expectStyle(analyze(grid).findings, file);
    const names = grid.sheets.map((s) => s.name);
    const asText = compose(...names.map((n) => everyCell(n, 'toText')))(grid).grid;
    expectStyle(analyze(asText).findings, `${file} (teks)`);
    const asNumbers = compose(...names.map((n) => everyCell(n, 'toNumber')))(asText).grid;
    expectStyle(analyze(asNumbers).findings, `${file} (angka)`);
  });
});

/** How a figure a planner typed goes wrong. */
const MUTATIONS = [
  'desimalHilang',
  'pecahan',
  'potong',
  'titik',
  'titikPersen',
  'persenFormat',
  'rp',
  'tidakTerbaca',
  'galat',
  'nol',
  'lebihDesimal',
  'besar',
] as const;
type Mutation = (typeof MUTATIONS)[number];

function mutate(v: number, how: Mutation, extra: number): RawCell {
  switch (how) {
    case 'desimalHilang':
      return { v: Math.round(v * 100) };
    case 'pecahan':
      return { v: Number((v / 100).toPrecision(6)) };
    case 'potong':
      return { v: Math.trunc(v) };
    case 'titik':
      return { v: String(Number((v + extra / 100).toFixed(2))) };
    case 'titikPersen':
      return { v: `${Number((v + extra / 10).toFixed(1))} %` };
    case 'persenFormat':
      return { v: Number(((v + extra / 100) / 100).toPrecision(8)), fmt: '0.00%' };
    case 'rp':
      return { v: `Rp ${idNumber(Math.abs(v) * 1000 + extra, 0)}` };
    case 'tidakTerbaca':
      return { v: `${v} kira-kira` };
    case 'galat':
      return { v: null, err: '#DIV/0!' };
    case 'nol':
      return { v: 0 };
    case 'lebihDesimal':
      return { v: Number((v + extra / 10000).toFixed(4)) };
    case 'besar':
      return { v: v * 1000 + extra + 0.37 };
  }
}

const METODE = ['selisih', 'selisih-5', 'rasio', 'pmk'] as const;

/** The workbook with its Pengaturan's Metode Efisiensi set (a Pengaturan sheet added if none). */
function withMetode(grid: WorkbookGrid, metode: string): WorkbookGrid {
  const row = [{ v: 'Metode Efisiensi' }, { v: metode }];
  const has = grid.sheets.some((s) => /^pengaturan$/i.test(s.name));
  const sheets = grid.sheets.map((s) => {
    if (!/^pengaturan$/i.test(s.name)) return s;
    const rows = s.rows.filter((r) => !/metode efisiensi/i.test(String(r?.[0]?.v ?? '')));
    return { ...s, rows: [...rows, row] };
  });
  if (!has) sheets.push({ name: 'Pengaturan', rows: [row], merges: [] });
  return { ...grid, sheets };
}

/** Every body cell that holds a number: where a planner's figure can go wrong. */
function numberCells(grid: WorkbookGrid): { s: number; r: number; c: number; v: number }[] {
  const out: { s: number; r: number; c: number; v: number }[] = [];
  grid.sheets.forEach((sh, s) =>
    sh.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        const x = parseCell(cell);
        if (r > 2 && x.kind === 'number' && x.num !== null && !YEAR.test(String(x.num)))
          out.push({ s, r, c, v: x.num });
      }),
    ),
  );
  return out;
}

describe('mutated workbooks', () => {
  const grids = new Map<string, WorkbookGrid>();
  const seen = new Set<string>();
  beforeAll(async () => {
    for (const f of SAMPLES) grids.set(f, await sample(f));
  });

  test.each(SAMPLES)('%s: figures typed wrong in many ways', (file) => {
    const base = grids.get(file)!;
    const cells = numberCells(base);
    const change = fc.record({
      at: fc.nat({ max: cells.length - 1 }),
      how: fc.constantFrom(...MUTATIONS),
      extra: fc.integer({ min: 1, max: 99 }),
    });
    const metode = fc.constantFrom(...METODE);
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 12 }), metode, (changes, m) => {
        const grid: WorkbookGrid = {
          ...base,
          sheets: base.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => (r ? [...r] : r)) })),
        };
        for (const { at, how, extra } of changes) {
          const { s, r, c, v } = cells[at];
          grid.sheets[s].rows[r][c] = mutate(v, how, extra);
        }
        const a = analyze(withMetode(grid, m));
        expect(a.settings.metodeEfisiensi).toBe(m);
        expectStyle(a.findings, `${file} (${m})`);
        for (const f of a.findings) {
          seen.add(f.code);
          if (/Efisiensi tertulis/.test(f.message)) seen.add(`efisiensi ${m}`);
        }
      }),
      { numRuns: 30, seed: 1414 },
    );
  });

  test('the mutations reach the typed-figure checks of every kind and every method', () => {
    for (const code of [
      'CAPAIAN_MISMATCH',
      'SERAPAN_MISMATCH',
      'EFISIENSI_MISMATCH',
      'TOTAL_MISMATCH',
      'VALUE_UNREADABLE',
      'TARGET_MISMATCH',
      'PAGU_CHANGED',
    ])
      expect(seen).toContain(code);
    for (const m of METODE) expect(seen).toContain(`efisiensi ${m}`);
  });
});
