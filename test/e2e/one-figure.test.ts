/**
 * One figure everywhere (issue 10 §2). For each sample workbook, every figure a planner sees is
 * collected from each output — `capaian check --json`, the `capaian check` table, the pane's
 * results (rendered over the in-memory Excel host's analysis), the `LKjIP …` sheets (written by
 * the xlsx host as `capaian compute --laporan` does, shown as the browser page's grid shows a
 * cell) and the text of the .docx — each found by its row's identity (PK, indicator name or
 * sasaran number), and must read the same: the JSON's value rounded half-up to 2 decimals and
 * written id-ID (`102,77`), computed here with big.js, independently of src/engine/decimal.ts.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import Big from 'big.js';
import JSZip from 'jszip';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { summaryText } from '../../src/cli/summary';
import type { MetodeEfisiensi } from '../../src/engine/model';
import { buildReport, type ReportTable } from '../../src/engine/report';
import { validasi } from '../../src/hosts/excel/actions';
import { InMemoryWorkbook, installExcel, type ModelCell } from '../../src/hosts/preview';
import { applyPlan, loadWorkbook, readFileBytes, toGrid } from '../../src/hosts/xlsx';
import { reportDocx } from '../../src/report/docx';
import { Results } from '../../src/taskpane/components/Results';
import { displayValue } from '../../src/taskpane/preview/view';
import { analyze, toJson, type Analysis } from '../../src/workbook/analyze';
import { parseA1, type SheetGrid } from '../../src/workbook/grid';
import { buildPlan } from '../../src/workbook/plan';
import { buildReportPlan, withReport } from '../../src/workbook/report-sheets';
import { sheet as gridSheet, writeXlsx } from '../helpers/grid';
import { baseSpec, build, IND_IKM, IND_TRANTIB } from '../helpers/workbook';

const root = path.join(__dirname, '..', '..');
const SAMPLES = ['semboro-2025', 'gumukmas-2025', 'ambulu-2024'];

// --- The expected text ------------------------------------------------------------------------

/** Half-up on the decimal reading of x (its shortest round trip), id-ID: `1.234,57`; null → `-`. */
export function idText(x: number | null, decimals = 2): string {
  if (x === null) return '-';
  const fixed = new Big(String(x)).round(decimals, Big.roundHalfUp).toFixed(decimals);
  const neg = fixed.startsWith('-') && /[1-9]/.test(fixed);
  const [int, frac] = fixed.replace('-', '').split('.');
  return `${neg ? '-' : ''}${int.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}${frac ? ',' + frac : ''}`;
}

const EFF_DECIMALS: Record<MetodeEfisiensi, number> = {
  selisih: 2,
  'selisih-5': 2,
  rasio: 4,
  pmk: 2,
};

/** The figure inside a printed text: `102,77%` → `102,77`, `3,54 poin` → `3,54`. */
function figureOf(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const t = text.trim();
  if (t === '-' || t === '') return '-';
  return t.match(/-?\d[\d.]*(?:,\d+)?/)?.[0] ?? t;
}

// --- Figures by identity ----------------------------------------------------------------------

/** Identity of a figure: `PK|ind|<name>|capaian`, `PK|sas|<no>|serapan`, `PK|rata`. */
type Figures = Map<string, string>;

const indKey = (pk: string, nama: string) => `${pk}|ind|${nama.trim()}|capaian`;
const sasKey = (pk: string, no: number, what: 'capaian' | 'serapan' | 'efisiensi') =>
  `${pk}|sas|${no}|${what}`;
const rataKey = (pk: string) => `${pk}|rata`;
/** The realisasi as printed (a typed value: its own unit and decimals), kept apart. */
const realKey = (pk: string, nama: string) => `R|${pk}|${nama.trim()}`;

interface JsonPk {
  sheet: string;
  dilaporkan: boolean;
  indikator: { indikator: string; capaian: number | null }[];
  sasaran: {
    nama: string;
    capaian: number | null;
    serapan: number | null;
    efisiensi: number | null;
  }[];
  ringkasan: { rataRataCapaian: number | null };
}

/** The reference: the JSON's numbers, formatted here. Sasaran are numbered as the engine does. */
function fromJson(json: { pk: JsonPk[] }, a: Analysis): Figures {
  const out: Figures = new Map();
  const m = a.settings.metodeEfisiensi;
  json.pk.forEach((p, k) => {
    if (!p.dilaporkan) return;
    for (const i of p.indikator) out.set(indKey(p.sheet, i.indikator), idText(i.capaian));
    p.sasaran.forEach((s, n) => {
      const no = a.results[k].sasaran[n].no;
      expect(a.results[k].sasaran[n].nama).toBe(s.nama);
      out.set(sasKey(p.sheet, no, 'capaian'), idText(s.capaian));
      out.set(sasKey(p.sheet, no, 'serapan'), idText(s.serapan));
      out.set(sasKey(p.sheet, no, 'efisiensi'), idText(s.efisiensi, EFF_DECIMALS[m]));
    });
    out.set(rataKey(p.sheet), idText(p.ringkasan.rataRataCapaian));
  });
  return out;
}

// --- capaian check (the table) ----------------------------------------------------------------

/** Fixed-width rows of the table under `header`, cut at the separator line's column runs. */
function cliTable(lines: string[], headerAt: number): string[][] {
  const spans = [...lines[headerAt + 1].matchAll(/─+/g)].map((m) => [m.index!, m[0].length]);
  const rows: string[][] = [];
  for (let i = headerAt + 2; i < lines.length && lines[i].trim() !== ''; i++)
    rows.push(spans.map(([at, n]) => lines[i].slice(at, at + n).trim()));
  return rows;
}

function fromCli(text: string, a: Analysis): Figures {
  const out: Figures = new Map();
  const lines = text.split('\n');
  for (const r of a.results.filter((x) => x.pk.dilaporkan)) {
    const head = lines.findIndex((l) => l.startsWith(`${r.pk.sheet} — tahun`));
    expect(head).toBeGreaterThanOrEqual(0);
    const indHeader = lines.findIndex((l, i) => i > head && /^\s*No\s+Indikator/.test(l));
    for (const row of cliTable(lines, indHeader)) {
      const i = r.indikator[Number(row[0]) - 1];
      // The name column is cut at its width: the row's identity is its number and name prefix.
      expect(i.input.nama.replace(/\s+/g, ' ')).toContain(
        row[1].replace(/^\[T\] /, '').replace(/…$/, ''),
      );
      out.set(indKey(r.pk.sheet, i.input.nama), figureOf(row[4])!);
      out.set(realKey(r.pk.sheet, i.input.nama), row[3]);
    }
    if (r.sasaran.length) {
      const sasHeader = lines.findIndex((l, i) => i > indHeader && /^\s*No\s+Sasaran/.test(l));
      for (const row of cliTable(lines, sasHeader)) {
        const no = Number(row[0]);
        out.set(sasKey(r.pk.sheet, no, 'capaian'), figureOf(row[2])!);
        out.set(sasKey(r.pk.sheet, no, 'serapan'), figureOf(row[3])!);
        out.set(sasKey(r.pk.sheet, no, 'efisiensi'), figureOf(row[4])!);
      }
    }
    const summary = lines.find(
      (l, i) => i > indHeader && / indikator: .*Rata-rata capaian /.test(l),
    );
    out.set(rataKey(r.pk.sheet), figureOf(summary!.match(/Rata-rata capaian (\S+)/)![1])!);
  }
  return out;
}

// --- The pane ---------------------------------------------------------------------------------

const decodeHtml = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of the first element carrying `data-figure="what"` in `html`. */
function paneFigure(html: string, what: string): string | null {
  const m = html.match(new RegExp(`data-figure="${what}"[^>]*>(.*?)</`, 's'));
  return m ? figureOf(decodeHtml(m[1])) : null;
}

/** The pane's results for the analysis the in-memory Excel host makes of the workbook. */
async function paneAnalysis(grid: Parameters<typeof InMemoryWorkbook.fromGrid>[0]) {
  const uninstall = installExcel(globalThis, InMemoryWorkbook.fromGrid(grid));
  try {
    return (await validasi()).analysis;
  } finally {
    uninstall();
  }
}

function fromPane(a: Analysis): Figures {
  const out: Figures = new Map();
  const html = renderToStaticMarkup(
    createElement(Results, { results: a.results, metode: a.settings.metodeEfisiensi }),
  );
  for (const r of a.results.filter((x) => x.pk.dilaporkan)) {
    const section = html
      .split('<section')
      .find((s) => s.includes(`aria-label="Hasil ${r.pk.sheet}"`))!;
    out.set(rataKey(r.pk.sheet), paneFigure(section, 'rata')!);
    for (const part of section.split('data-sasaran="').slice(1)) {
      const no = Number(part.slice(0, part.indexOf('"')));
      const [own, ...inds] = part.split('data-indikator="');
      out.set(sasKey(r.pk.sheet, no, 'capaian'), paneFigure(own, 'capaian')!);
      const serapan = paneFigure(own, 'serapan');
      if (serapan !== null) {
        out.set(sasKey(r.pk.sheet, no, 'serapan'), serapan);
        out.set(sasKey(r.pk.sheet, no, 'efisiensi'), paneFigure(own, 'efisiensi')!);
      }
      for (const li of inds) {
        const nama = decodeHtml(li.slice(0, li.indexOf('"')));
        out.set(indKey(r.pk.sheet, nama), paneFigure(li, 'capaian')!);
      }
    }
  }
  return out;
}

// --- Tables of the report, from the .docx and from the LKjIP sheets ----------------------------

/** A table as rows of cell texts, its body rows last (the header rows before them). */
type TextTable = string[][];

/** Figures of one PK's Capaian, Rekap Predikat and Efisiensi tables, by their rows' identity. */
function fromTables(
  pk: string,
  model: { capaian: ReportTable; rekap: ReportTable; efisiensi: ReportTable },
  get: (t: ReportTable) => TextTable,
  out: Figures,
): void {
  const col = (t: ReportTable, h: string) => t.columns.findIndex((c) => c.header === h);
  const body = (t: ReportTable) => {
    const rows = get(t);
    return rows.slice(rows.length - t.rows.length);
  };
  // Capaian Kinerja: the indicator's name in column 3; its % Capaian; the closing average.
  const cap = model.capaian;
  for (const row of body(cap)) {
    if (row[1] === 'Rata-rata capaian')
      out.set(`${rataKey(pk)}|capaian`, figureOf(row[col(cap, '% Capaian')])!);
    else {
      out.set(indKey(pk, row[col(cap, 'Indikator')]), figureOf(row[col(cap, '% Capaian')])!);
      const r = cap.columns.findIndex((x) => !!x.group && /^Realisasi /.test(x.header));
      out.set(realKey(pk, row[col(cap, 'Indikator')]), row[r]);
    }
  }
  // Rekap Predikat: group rows `Sasaran n: …`, indicator rows by name, the average row.
  const rk = model.rekap;
  const c = col(rk, '% Capaian');
  for (const row of body(rk)) {
    const label = row[col(rk, 'Tujuan / Sasaran / Indikator')];
    const sas = label.match(/^Sasaran (\d+): /);
    if (sas) out.set(`${sasKey(pk, Number(sas[1]), 'capaian')}|rekap`, figureOf(row[c])!);
    else if (label === 'Rata-rata capaian indikator')
      out.set(`${rataKey(pk)}|rekap`, figureOf(row[c])!);
    else if (!/^Tujuan \d+: |^Jumlah indikator$/.test(label))
      out.set(`${indKey(pk, label)}|rekap`, figureOf(row[c])!);
  }
  // Efisiensi: a sasaran's row starts `Sasaran n: …`.
  const ef = model.efisiensi;
  for (const row of body(ef)) {
    const sas = row[1].match(/^Sasaran (\d+): /);
    if (!sas) continue;
    const no = Number(sas[1]);
    out.set(sasKey(pk, no, 'capaian'), figureOf(row[col(ef, '% Kinerja')])!);
    out.set(sasKey(pk, no, 'serapan'), figureOf(row[col(ef, '% Serapan')])!);
    out.set(
      sasKey(pk, no, 'efisiensi'),
      figureOf(row[ef.columns.findIndex((x) => /^Efisiensi \(/.test(x.header))])!,
    );
  }
}

const decodeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const xmlText = (xml: string) =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1])).join('');

/** Each table of document.xml under the title of the paragraph just before it. */
function docxTables(xml: string): Map<string, TextTable> {
  const out = new Map<string, TextTable>();
  let last = 0;
  for (const m of xml.matchAll(/<w:tbl(?:\s[^>]*)?>([\s\S]*?)<\/w:tbl>/g)) {
    const before = xml.slice(last, m.index);
    const paragraphs = [...before.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)];
    const title = paragraphs.length ? xmlText(paragraphs[paragraphs.length - 1][0]) : '';
    const rows = [...m[1].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:tc(?:\s[^>]*)?>([\s\S]*?)<\/w:tc>/g)].map((c) => xmlText(c[1])),
    );
    out.set(title, rows);
    last = m.index! + m[0].length;
  }
  return out;
}

async function fromDocx(a: Analysis): Promise<Figures> {
  const report = buildReport(a.results, a.settings, a.findings);
  const zip = await JSZip.loadAsync(await reportDocx(report));
  const tables = docxTables(await zip.file('word/document.xml')!.async('string'));
  const out: Figures = new Map();
  for (const p of report.pks) {
    fromTables(
      p.sheet,
      p.tables,
      (t) => {
        expect(tables.has(t.title)).toBe(true);
        return tables.get(t.title)!;
      },
      out,
    );
  }
  return out;
}

/** The LKjIP sheets written by the xlsx host (`capaian compute --laporan`), as the page shows them. */
async function fromSheets(file: string): Promise<Figures> {
  const wb = await loadWorkbook(await readFileBytes(file), path.basename(file));
  const read = toGrid(wb, { styles: true });
  const a = analyze(read.grid);
  const laporan = buildReportPlan(read.grid, a);
  applyPlan(wb, withReport(buildPlan(read.grid, a.results, a.findings, read.styles), laporan));
  const after = toGrid(wb).grid;
  const report = buildReport(a.results, a.settings, a.findings);
  const out: Figures = new Map();
  for (const p of report.pks) {
    const name = (t: ReportTable) => `LKjIP ${t.sheetTitle}${p.tag ? ` ${p.tag}` : ''}`;
    fromTables(
      p.sheet,
      p.tables,
      (t) => {
        const sheet = after.sheets.find((s) => s.name === name(t)) as SheetGrid;
        const spec = laporan.sheets.find((s) => s.name === name(t))!;
        expect(sheet).toBeDefined();
        // The Excel table's last row is the report table's last row; each cell as the page's
        // grid shows it (value and number format).
        const last = parseA1(spec.tables![0].range.split(':')[1])!.r;
        return sheet.rows
          .slice(0, last + 1)
          .map((r) => (r ?? []).map((c) => (c ? displayValue(c as ModelCell) : '')));
      },
      out,
    );
  }
  return out;
}

// --- The test ---------------------------------------------------------------------------------

/**
 * Whether an output must show a figure: the report tables and the CLI show every one; the pane
 * shows the sasaran and their indicators (not tujuan indicators), and serapan and efficiency only
 * for a sasaran that has an efficiency.
 */
function mustHave(key: string, output: string, expected: Figures, tujuan: Set<string>): boolean {
  if (output !== 'pane') return true;
  if (tujuan.has(key)) return false;
  if (/\|(serapan|efisiensi)$/.test(key))
    return expected.get(key.replace(/(serapan|efisiensi)$/, 'efisiensi')) !== '-';
  return true;
}

/** Every output's figures for the workbook in `file`, and the JSON's as the reference. */
async function collect(file: string) {
  const name = path.basename(file);
  const wb = await loadWorkbook(await readFileBytes(file), name);
  const read = toGrid(wb, { styles: true });
  const a = analyze(read.grid);
  const json = JSON.parse(JSON.stringify(toJson(name, a))) as { pk: JsonPk[] };
  const tujuan = new Set<string>();
  for (const r of a.results)
    for (const i of r.indikator)
      if (i.input.level === 'tujuan') tujuan.add(indKey(r.pk.sheet, i.input.nama));
  const outputs = new Map<string, Figures>([
    ['cli', fromCli(summaryText(name, a), a)],
    ['pane', fromPane(await paneAnalysis(read.grid))],
    ['docx', await fromDocx(a)],
    ['sheets', await fromSheets(file)],
  ]);
  return { analysis: a, expected: fromJson(json, a), tujuan, outputs };
}

/** What an output shows that differs from the JSON, lacks, or the JSON does not have. */
function disagreements(output: string, c: Awaited<ReturnType<typeof collect>>): string[] {
  const got = c.outputs.get(output)!;
  const seen: string[] = [];
  for (const [key, want] of c.expected) {
    const shown = [...got.entries()].filter(([k]) => k === key || k.startsWith(`${key}|`));
    if (shown.length === 0 && mustHave(key, output, c.expected, c.tujuan))
      seen.push(`${key}: missing`);
    for (const [k, text] of shown) if (text !== want) seen.push(`${k}: ${text}, JSON ${want}`);
  }
  const base = (k: string) => k.replace(/\|rekap$/, '');
  for (const k of [...got.keys()].filter((x) => !x.startsWith('R|'))) {
    const b = base(k);
    if (!c.expected.has(b) && !c.expected.has(b.replace(/\|capaian$/, '')))
      seen.push(`${k}: not in the JSON`);
  }
  return seen;
}

const OUTPUTS = ['cli', 'pane', 'docx', 'sheets'];

describe.each(SAMPLES)('%s: every output shows the same figure', (name) => {
  let c: Awaited<ReturnType<typeof collect>>;
  beforeAll(async () => {
    c = await collect(path.join(root, 'assets', `${name}.xlsx`));
  });

  test('the JSON has figures for every measured PK', () => {
    const measured = c.analysis.results.filter((r) => r.pk.dilaporkan);
    for (const r of measured) {
      expect(c.expected.get(rataKey(r.pk.sheet))).toBeDefined();
      for (const i of r.indikator)
        expect(c.expected.has(indKey(r.pk.sheet, i.input.nama))).toBe(true);
    }
  });

  test.each(OUTPUTS)('%s: each figure on its own row, as the JSON has it', (output) => {
    expect(disagreements(output, c)).toEqual([]);
  });

  test('the realisasi reads the same in the CLI, the .docx and the sheets; a rejected one is the computed one', () => {
    const cli = c.outputs.get('cli')!;
    const keys = [...cli.keys()].filter((k) => k.startsWith('R|'));
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys)
      expect([k, c.outputs.get('docx')!.get(k), c.outputs.get('sheets')!.get(k)]).toEqual([
        k,
        cli.get(k),
        cli.get(k),
      ]);
    for (const r of c.analysis.results.filter((x) => x.pk.dilaporkan))
      for (const i of r.indikator.filter(
        (x) => x.typed && x.typed.realisasi.num !== x.input.realisasi.num,
      )) {
        const shown = cli.get(realKey(r.pk.sheet, i.input.nama))!;
        expect(figureOf(shown)).toBe(idText(i.input.realisasi.num));
        expect(figureOf(shown)).not.toBe(idText(i.typed!.realisasi.num));
      }
  });

  test.each(['docx', 'sheets'])('%s: both average rows show the ringkasan average', (output) => {
    const got = c.outputs.get(output)!;
    for (const [key, want] of c.expected) {
      if (!key.endsWith('|rata')) continue;
      expect([got.get(`${key}|capaian`), got.get(`${key}|rekap`)]).toEqual([want, want]);
    }
  });
});

/**
 * Issue 10 §2.1 on a workbook built from the reports' figures, under `Batas Atas Capaian 100`:
 * sasaran 1 has one indicator at 81,13 / 81 = 100,1605 % (S926), sasaran 2 one at
 * 100,005 / 100 = 100,005 % — a half-up tie (100,01; binary `toFixed` gives 100,00).
 * Budgets: Ambulu's (A879, A896): 1.032.500.000 / 1.041.115.000 = 99,1725 %;
 * 244.304.640 / 273.664.376 = 89,2716 %.
 */
describe('Batas Atas Capaian 100: one indicator at 100,16 %, one on a rounding tie', () => {
  let c: Awaited<ReturnType<typeof collect>>;
  beforeAll(async () => {
    const spec = baseSpec();
    const ikm = spec.indicators[0];
    ikm.target = 81;
    ikm.tc = { targets: ['-', '-', 80, 81, 81, 85], akhir: 85, satuan: 'Indeks' };
    ikm.real = { Target: 81, Realisasi: '81,13', 'Capaian (%)': '', Kriteria: '' };
    const trantib = spec.indicators[1];
    trantib.real = { Target: '100%', Realisasi: '100,005%', 'Capaian (%)': '', Kriteria: '' };
    spec.extraSheets.push(gridSheet('Pengaturan', [['Batas Atas Capaian', '100']]));
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'one-figure-'));
    const file = path.join(dir, 'batas-100.xlsx');
    await writeXlsx(build(spec), file);
    c = await collect(file);
  });

  test('the figures, by hand', () => {
    const pk = c.analysis.results[0].pk.sheet;
    expect(c.analysis.settings.batasAtasCapaian).toBe(100);
    expect(Object.fromEntries(c.expected)).toEqual({
      [indKey(pk, IND_IKM)]: '100,16', // the indicator's own capaian is never clamped
      [indKey(pk, IND_TRANTIB)]: '100,01', // 100,005 half-up
      [sasKey(pk, 1, 'capaian')]: '100,00', // mean of clamp(100,1605, 0, 100)
      [sasKey(pk, 1, 'serapan')]: '99,17',
      [sasKey(pk, 1, 'efisiensi')]: '0,83', // 100 − 99,1725 = 0,8275
      [sasKey(pk, 2, 'capaian')]: '100,00',
      [sasKey(pk, 2, 'serapan')]: '89,27',
      [sasKey(pk, 2, 'efisiensi')]: '10,73', // 100 − 89,2716 = 10,7284
      [rataKey(pk)]: '100,00',
    });
  });

  test.each(OUTPUTS)('%s shows them', (output) => {
    expect(disagreements(output, c)).toEqual([]);
  });
});

describe('the expected text is computed independently', () => {
  test.each([
    [102.76829268292683, '102,77'],
    [80.125, '80,13'], // half-up on the decimal reading
    [1.005, '1,01'],
    [3964236937, '3.964.236.937,00'],
    [-0.001, '0,00'],
    [null, '-'],
  ])('%s → %s', (x, text) => {
    expect(idText(x)).toBe(text);
  });
});
