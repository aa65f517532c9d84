/**
 * End to end on the three sample workbooks: every indicator's capaian, predicate and colour,
 * every sasaran's serapan and efficiency, the reports' known mistakes found at their cells and
 * the correct figures left alone. The expectations (test/fixtures/*.expected.ts) were recomputed
 * by hand from the reports' own inputs, not from this code.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { roundHalfUp } from '../../src/engine/decimal';
import { loadWorkbook, readFileBytes, toGrid, applyPlan } from '../../src/hosts/xlsx';
import { analyze, type Analysis } from '../../src/workbook/analyze';
import { buildPlan } from '../../src/workbook/plan';
import type { SampleExpectation } from '../fixtures/semboro-2025.expected';
import { expected as ambulu } from '../fixtures/ambulu-2024.expected';
import { expected as gumukmas } from '../fixtures/gumukmas-2025.expected';
import { expected as semboro } from '../fixtures/semboro-2025.expected';
import { normaliseName } from '../../src/engine/text';
import { parseA1 } from '../../src/workbook/grid';
import ExcelJS from 'exceljs';

const root = path.join(__dirname, '..', '..');
const samples: [string, SampleExpectation][] = [
  ['semboro-2025', semboro],
  ['gumukmas-2025', gumukmas],
  ['ambulu-2024', ambulu as unknown as SampleExpectation],
];

const r2 = (x: number | null | undefined) =>
  x === null || x === undefined ? null : roundHalfUp(x, 2);

function splitRef(ref: string): { sheet: string; cell: string } {
  const i = ref.lastIndexOf('!');
  return { sheet: ref.slice(0, i).replace(/^'|'$/g, ''), cell: ref.slice(i + 1) };
}

describe.each(samples)('%s', (name, exp) => {
  let a: Analysis;
  beforeAll(async () => {
    const wb = await loadWorkbook(await readFileBytes(path.join(root, exp.file)), name);
    a = analyze(toGrid(wb).grid);
  });

  test('lists every PK sheet with its year, period, kind and whether it is measured', () => {
    expect(
      a.results.map((r) => ({
        sheet: r.pk.sheet,
        tahun: r.pk.tahun,
        periode: r.pk.periode,
        jenis: r.pk.jenis,
        dilaporkan: r.pk.dilaporkan,
      })),
    ).toEqual(exp.pks);
  });

  const findIndicator = (sheetPk: string, nama: string) => {
    const pk = a.results.find((r) => r.pk.sheet === sheetPk);
    return pk?.indikator.find((i) => normaliseName(i.input.nama) === normaliseName(nama));
  };

  test.each(exp.indicators.map((i) => [`${i.sheetPk} · ${i.indikator.slice(0, 50)}`, i] as const))(
    'indicator %s: capaian, predikat, warna',
    (_label, e) => {
      const ind = findIndicator(e.sheetPk, e.indikator);
      expect(ind).toBeDefined();
      expect(r2(ind!.capaian)).toBe(e.capaian);
      expect(ind!.predikat).toBe(e.predikat);
      expect(ind!.warna).toBe(e.warna);
      expect(ind!.input.level).toBe(e.level);
      if (e.capaianAkhir !== undefined) expect(r2(ind!.capaianAkhir)).toBe(e.capaianAkhir);
      if (e.capaianCell) {
        const ref = ind!.input.typedCapaian?.ref;
        expect(ref ? `${ref.sheet}!${ref.cell}` : null).toBe(e.capaianCell);
      }
    },
  );

  test.each(exp.sasaran.map((s) => [`${s.sheetPk} · ${s.nama.slice(0, 50)}`, s] as const))(
    'sasaran %s: capaian, serapan, efisiensi',
    (_label, e) => {
      const pk = a.results.find((r) => r.pk.sheet === e.sheetPk)!;
      const s = pk.sasaran.find((x) => normaliseName(x.nama) === normaliseName(e.nama));
      expect(s).toBeDefined();
      expect(r2(s!.capaian)).toBe(e.capaian);
      expect(s!.pagu).toBe(e.pagu);
      expect(s!.realisasiAnggaran).toBe(e.realisasiAnggaran);
      expect(r2(s!.serapan)).toBe(e.serapan);
      expect(r2(s!.efisiensi)).toBe(e.efisiensi);
      expect(s!.kategoriEfisiensi).toBe(e.kategori);
    },
  );

  test.each(exp.findings.map((f) => [`${f.code} at ${f.cell}`, f] as const))(
    'finds %s',
    (_label, e) => {
      const at = splitRef(e.cell);
      const hit = a.findings.find(
        (f) =>
          f.code === e.code &&
          f.sheet === at.sheet &&
          (f.cell === at.cell || (f.cell === null && at.cell === 'A1')),
      );
      expect(
        hit ?? {
          missing: e.code,
          cell: e.cell,
          why: e.why,
          near: a.findings.filter((f) => f.sheet === at.sheet && f.cell === at.cell),
        },
      ).toMatchObject({ code: e.code });
    },
  );

  test.each(exp.clean.map((c) => [c.cell, c] as const))(
    'leaves the correct figure at %s alone',
    (_label, c) => {
      const at = splitRef(c.cell);
      const hits = a.findings.filter(
        (f) => f.severity !== 'info' && f.sheet === at.sheet && f.cell === at.cell,
      );
      expect(hits).toEqual([]);
    },
  );
});

describe('Hitung on a sample workbook (xlsx host)', () => {
  test('fills empty result cells, colours agreeing ones, keeps typed values, and a second run changes nothing', async () => {
    const file = path.join(root, 'assets', 'ambulu-2024.xlsx');
    const bytes = await readFileBytes(file);
    const wb = await loadWorkbook(bytes, 'ambulu');
    const read = toGrid(wb, { styles: true });
    const a = analyze(read.grid);
    const plan = buildPlan(read.grid, a.results, a.findings, read.styles);
    // Typed values are never changed: every value write goes to a cell that was empty.
    for (const w of plan.writes) {
      if (w.value === undefined) continue;
      const g = read.grid.sheets.find((s) => s.name === w.sheet)!;
      const p = parseA1(w.cell)!;
      const cur = g.rows[p.r]?.[p.c];
      expect(cur === undefined || cur.v === null || cur.v === '').toBe(true);
    }
    // The wrong SAKIP capaian (A612, typed 102 for 102,77) keeps its value and gets no colour.
    expect(plan.writes.find((w) => w.sheet === 'Realisasi' && w.cell === 'F11')).toBeUndefined();
    // The correct IKM capaian (A609, typed 102 for 101,99) is coloured Sangat Tinggi.
    expect(plan.writes.find((w) => w.sheet === 'Realisasi' && w.cell === 'F8')).toMatchObject({
      fill: '#9BC2E6',
      font: '#000000',
    });
    applyPlan(wb, plan);
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'capaian-'));
    const out = path.join(dir, 'hasil.xlsx');
    await wb.xlsx.writeFile(out);
    // The input file is untouched.
    expect(Buffer.compare(await fs.readFile(file), bytes)).toBe(0);
    // Second run on the result: nothing left to write.
    const wb2 = await loadWorkbook(await fs.readFile(out), 'hasil');
    const read2 = toGrid(wb2, { styles: true });
    const a2 = analyze(read2.grid);
    const plan2 = buildPlan(read2.grid, a2.results, a2.findings, read2.styles);
    expect(plan2.writes).toEqual([]);
    expect(a2.findings.map((f) => `${f.code}@${f.sheet}!${f.cell}`).sort()).toEqual(
      a.findings.map((f) => `${f.code}@${f.sheet}!${f.cell}`).sort(),
    );
    const x = new ExcelJS.Workbook();
    await x.xlsx.readFile(out);
    expect(x.getWorksheet('_capaian')?.state).toBe('hidden');
  });
});
