/**
 * Buat Laporan's generated sheets: names, Excel tables with the reports' headers, the
 * numbered-column row, predicate fills with contrast fonts, number formats with values kept as
 * numbers, A4-landscape print settings — and that re-running replaces only our own sheets.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { applyPlan, loadWorkbook, toGrid } from '../../src/hosts/xlsx';
import { analyze } from '../../src/workbook/analyze';
import { parseA1, type SheetGrid, type WorkbookGrid } from '../../src/workbook/grid';
import { buildPlan, readRecord, type SheetSpec } from '../../src/workbook/plan';
import {
  buildReportPlan,
  freeName,
  REPORT_MARKER,
  TEMUAN_MARKER,
  withReport,
} from '../../src/workbook/report-sheets';
import { contrast, load, root, SAMPLES } from './samples';

const cellAt = (s: SheetSpec, addr: string) => {
  const p = parseA1(addr)!;
  return { value: s.rows[p.r]?.[p.c] ?? null, format: s.formats?.[addr] };
};

function tableRows(s: SheetSpec, i = 0): { header: number; last: number; cols: number } {
  const [from, to] = s.tables![i].range.split(':').map((x) => parseA1(x)!);
  return { header: from.r, last: to.r, cols: to.c - from.c + 1 };
}

describe.each(SAMPLES)('%s', (name, exp) => {
  test('one sheet per table per measured PK and a Narasi sheet; names ≤ 31 with a PK tag when several', async () => {
    const { read, analysis } = await load(name);
    const plan = buildReportPlan(read.grid, analysis);
    const measured = exp.pks.filter((p) => p.dilaporkan);
    const tags = measured.length > 1 ? measured.map((_, i) => ` PK${i + 1}`) : [''];
    expect(plan.sheets.map((s) => s.name)).toEqual([
      ...tags.flatMap((t) =>
        ['Skala', 'Capaian', 'Rekap Predikat', 'Efisiensi', 'Anggaran'].map(
          (x) => `LKjIP ${x}${t}`,
        ),
      ),
      'LKjIP Narasi',
      // Every sample has findings: the list of them, with links (WORKBOOK.md rule 10).
      'LKjIP Temuan',
    ]);
    for (const s of plan.sheets) expect(s.name.length).toBeLessThanOrEqual(31);
    expect(plan.removeSheets).toEqual([]);
    expect(plan.writes).toEqual([]);
  });

  test('Excel tables: header row = the table’s columns, numbered row first, fills, formats, print setup', async () => {
    const { read, analysis } = await load(name);
    const plan = buildReportPlan(read.grid, analysis);
    for (const spec of plan.sheets.filter((s) => s.name !== 'LKjIP Narasi')) {
      expect(spec.tables).toHaveLength(1);
      expect(spec.rows[1][0]).toBe(spec.name === 'LKjIP Temuan' ? TEMUAN_MARKER : REPORT_MARKER);
      const { header, last, cols } = tableRows(spec);
      const headers = spec.rows[header].slice(0, cols);
      expect(new Set(headers).size).toBe(cols);
      headers.forEach((h) =>
        expect(typeof h === 'string' && h.length > 0 && !h.includes('\n')).toBe(true),
      );
      expect(spec.columnWidths).toHaveLength(cols);
      // No merged cell inside a table.
      for (const m of spec.merges ?? []) {
        const r = parseA1(m.split(':')[0])!.r;
        expect(r < header || r > last).toBe(true);
      }
      // Values stay numbers wherever a number format is set.
      for (const [addr, f] of Object.entries(spec.formats ?? {})) {
        if (f.numFmt) expect(typeof cellAt(spec, addr).value).toBe('number');
        if (f.fill && f.font) expect(contrast(f.fill, f.font)).toBeGreaterThanOrEqual(4.5);
      }
    }
    const capaian = plan.sheets.find((s) => /^LKjIP Capaian/.test(s.name))!;
    const { header } = tableRows(capaian);
    // Print setup (NARRATIVE.md "Print") on every generated sheet — it was landscape for the
    // wide tables only, and Skala / Rekap Predikat printed portrait over several pages.
    for (const spec of plan.sheets) {
      expect(spec.print).toMatchObject({ orientation: 'landscape', fitToPagesWide: 1 });
      expect(spec.baseStyle).toEqual({ font: 'Arial', size: 10, alignTop: true });
    }
    // The group header, header and numbering rows are the rows repeated on every page.
    expect(capaian.print!.titleRows).toEqual([header, header + 2]);
    // The numbered-column row is the first row of the table body.
    expect(capaian.rows[header + 1].slice(0, 3)).toEqual(['1', '2', '3']);
    // A group header row above the table, merged over its columns.
    expect(capaian.rows[header - 1]).toContain(
      `Capaian Tahun ${exp.pks.find((p) => p.dilaporkan)!.tahun}`,
    );
    expect(capaian.merges!.length).toBeGreaterThan(0);
  });

  test.each(
    exp.indicators
      .filter((i) => exp.pks.find((p) => p.sheet === i.sheetPk)!.dilaporkan)
      .map((i) => [`${i.sheetPk} · ${i.indikator.slice(0, 40)}`, i] as const),
  )('Capaian sheet cells of %s', async (_l, e) => {
    const { read, analysis, report } = await load(name);
    const plan = buildReportPlan(read.grid, analysis);
    const pk = report.pks.find((p) => p.sheet === e.sheetPk)!;
    const spec = plan.sheets.find((s) => s.name === `LKjIP Capaian${pk.tag ? ' ' + pk.tag : ''}`)!;
    const { header, last } = tableRows(spec);
    const hdr = spec.rows[header];
    const col = (h: string) => hdr.indexOf(h);
    const r = spec.rows.findIndex(
      (row, i) =>
        i > header &&
        i <= last &&
        String(row[col('Indikator')]).toLowerCase() === e.indikator.toLowerCase(),
    );
    expect(r).toBeGreaterThan(header);
    const pc = cellAt(spec, `${String.fromCharCode(65 + col('% Capaian'))}${r + 1}`);
    expect(pc.value).toBe(e.capaian);
    expect(pc.format).toMatchObject({ numFmt: '0.00"%"', fill: e.warna });
    const kr = cellAt(spec, `${String.fromCharCode(65 + col('Kriteria'))}${r + 1}`);
    expect(kr.value).toBe(e.predikat);
    expect(kr.format).toMatchObject({ fill: e.warna });
    expect(contrast(kr.format!.fill!, kr.format!.font!)).toBeGreaterThanOrEqual(4.5);
    // Long texts wrap.
    expect(cellAt(spec, `${String.fromCharCode(65 + col('Indikator'))}${r + 1}`).format?.wrap).toBe(
      true,
    );
  });
});

describe('re-running replaces only our sheets', () => {
  const fakeSheet = (name: string, rows: string[][]): SheetGrid => ({
    name,
    rows: rows.map((r) => r.map((v) => ({ v }))),
    merges: [],
    hidden: false,
  });

  test('a user sheet with our name is left alone and ours gets another name', async () => {
    const { read, analysis } = await load('ambulu-2024');
    const grid: WorkbookGrid = {
      sheets: [...read.grid.sheets, fakeSheet('LKjIP Capaian', [['Catatan saya']])],
    };
    const plan = buildReportPlan(grid, analysis);
    const names = plan.sheets.map((s) => s.name);
    expect(names).toContain('LKjIP Capaian (2)');
    expect(names).not.toContain('LKjIP Capaian');
    expect(plan.removeSheets).toEqual([]);
    expect(plan.record.filter((e) => e.sheet === 'LKjIP Capaian')).toEqual([]);
    expect(plan.sheets.find((s) => s.name === 'LKjIP Capaian (2)')!.tables![0].name).toBe(
      'LKjIP_Capaian_2',
    );
  });

  test('earlier generated sheets no longer produced are removed; unmarked LKjIP sheets are not', async () => {
    const { read, analysis } = await load('ambulu-2024');
    const grid: WorkbookGrid = {
      sheets: [
        ...read.grid.sheets,
        fakeSheet('LKjIP Capaian PK2', [['Tabel lama'], [REPORT_MARKER]]),
        fakeSheet('LKjIP Catatan', [['Tulisan perencana'], ['bukan buatan kami']]),
      ],
    };
    const plan = buildReportPlan(grid, analysis);
    expect(plan.removeSheets).toEqual(['LKjIP Capaian PK2']);
  });

  test('names stay within 31 characters when they need a suffix', () => {
    const base = 'LKjIP Rekap Predikat PK1';
    expect(freeName(base, new Set([base.toLowerCase()]))).toBe('LKjIP Rekap Predikat PK1 (2)');
    const long = 'LKjIP Sebuah Nama Yang Sangat Panjang Sekali';
    const a = freeName(long, new Set());
    expect(a.length).toBe(31);
    const b = freeName(long, new Set([a.toLowerCase()]));
    expect(b.length).toBeLessThanOrEqual(31);
    expect(b.endsWith(' (2)')).toBe(true);
  });

  test('pure and deterministic: the same grid gives the same plan', async () => {
    const { read, analysis } = await load('semboro-2025');
    const a = buildReportPlan(read.grid, analysis);
    const b = buildReportPlan(read.grid, analyze(read.grid));
    expect(JSON.stringify({ ...a, report: null })).toEqual(JSON.stringify({ ...b, report: null }));
  });

  test('xlsx host: Hitung + Buat Laporan, then again on the result — same sheets, nothing of the user touched', async () => {
    const file = path.join(root, 'assets', 'gumukmas-2025.xlsx');
    const wb = await loadWorkbook(await fs.readFile(file), 'gumukmas');
    wb.addWorksheet('LKjIP Narasi').getCell('A1').value = 'catatan perencana';
    const read = toGrid(wb, { styles: true });
    const a = analyze(read.grid);
    const plan = withReport(
      buildPlan(read.grid, a.results, a.findings, read.styles),
      buildReportPlan(read.grid, a),
    );
    applyPlan(wb, plan);
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'laporan-'));
    const out = path.join(dir, 'hasil.xlsx');
    await wb.xlsx.writeFile(out);

    const x = new ExcelJS.Workbook();
    await x.xlsx.readFile(out);
    expect(x.getWorksheet('LKjIP Narasi')!.getCell('A1').value).toBe('catatan perencana');
    expect(x.getWorksheet('LKjIP Narasi (2)')!.getCell('A2').value).toBe(REPORT_MARKER);
    const cap = x.getWorksheet('LKjIP Capaian PK1')!;
    expect(cap.pageSetup.orientation).toBe('landscape');
    const tables = (cap as unknown as { getTables(): { name: string }[] }).getTables();
    expect(tables.map((t) => t.name)).toEqual(['LKjIP_Capaian_PK1']);

    // Second run on the result: our sheets are recognised, replaced under the same names.
    const wb2 = await loadWorkbook(await fs.readFile(out), 'hasil');
    const read2 = toGrid(wb2, { styles: true });
    const a2 = analyze(read2.grid);
    const marker = readRecord(read2.grid).filter((e) => e.kind === 'lembar');
    expect(marker.map((e) => e.sheet).sort()).toEqual(plan.sheets!.map((s) => s.name).sort());
    const plan2 = buildReportPlan(read2.grid, a2);
    expect(plan2.sheets.map((s) => s.name)).toEqual(plan.sheets!.map((s) => s.name));
    expect(plan2.removeSheets).toEqual([]);
    // Our generated sheets are not read as input: the findings are the same.
    expect(a2.findings.map((f) => `${f.code}@${f.sheet}!${f.cell}`).sort()).toEqual(
      a.findings.map((f) => `${f.code}@${f.sheet}!${f.cell}`).sort(),
    );
    applyPlan(wb2, withReport(buildPlan(read2.grid, a2.results, a2.findings, read2.styles), plan2));
    expect(wb2.worksheets.filter((w) => w.name.startsWith('LKjIP')).length).toBe(
      plan.sheets!.length + 1,
    );
  });
});
