/**
 * Generated `LKjIP …` sheets printed by LibreOffice Calc (NARRATIVE.md "Print"), for any computed
 * workbook: each generated sheet is copied alone into a workbook of its own, all are converted to
 * PDF in one LibreOffice run, and each sheet's pages are read back (`pdftotext`, `pdfinfo`) and
 * kept as pictures in test-results/sheets/. `printProblems` says in words what does not print as
 * it should: portrait pages, `LKjIP Skala` on more than one page, a sheet wider than one page, a
 * page without the repeated header rows.
 *
 * Needs `soffice` with Calc (Debian: libreoffice-calc) and poppler-utils (`pdftotext`, `pdfinfo`,
 * `pdftoppm`); `printMissing` names what is absent so that a test can skip with a message.
 */
import { execFileSync, spawnSync } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { GENERATED_PREFIX } from '../../src/workbook/sheets';

const root = path.join(__dirname, '..', '..');

function has(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

const calc = ['/usr/lib/libreoffice/program/scalc', '/usr/bin/localc'].some((f) => existsSync(f));
/** The tools that are missing here (empty when the sheets can be printed). */
export const printMissing = ['soffice', 'pdftotext', 'pdfinfo', 'pdftoppm'].filter((c) => !has(c));
if (!calc) printMissing.push('LibreOffice Calc');

/** Spaces and hyphens ignored: pdftotext joins a word LibreOffice hyphenated at a line end. */
const squash = (s: string) => s.replace(/[\s\u00ad-]+/g, '');
/** Words, split after `-` and `/` too: LibreOffice may break `Orang/bulan` after the slash. */
const tokens = (s: string) =>
  s
    .replace(/([-/])/g, '$1 ')
    .split(/\s+/)
    .filter(Boolean);

/**
 * Whether a cell's text is on a page: whole (spaces ignored) or, where wrapped lines of
 * neighbouring cells interleave, as its first words in order within a short stretch.
 */
function onPage(page: string, text: string): boolean {
  if (squash(page).includes(squash(text))) return true;
  const want = tokens(text).slice(0, 6);
  const words = tokens(page);
  const window = want.length * 6 + 40;
  for (let i = 0; i < words.length; i++) {
    if (!words[i].includes(want[0])) continue;
    let k = 1;
    for (let j = i + 1; j < words.length && j < i + window && k < want.length; j++)
      if (words[j].includes(want[k])) k++;
    if (k === want.length) return true;
  }
  return false;
}

export interface Printed {
  sheet: string;
  /** Text of each page. */
  pages: string[];
  /** Width > height for each page. */
  landscape: boolean[];
  /**
   * What the rows repeated on every page show: the header of the sheet's only Excel table (its
   * first wordy column and its last column), else the sheet's title (cell A1).
   */
  repeated: string[];
  /** Texts of the cells of the sheet's first two columns (the left edge of every page). */
  left: string[];
}

/** The header row of the sheet's (first) Excel table: its first wordy column and its last one. */
function repeatedTexts(ws: ExcelJS.Worksheet): string[] {
  const tables = (ws as unknown as { getTables(): { table: { columns: { name: string }[] } }[] })
    .getTables()
    .map((t) => t.table.columns.map((c) => c.name));
  if (tables.length !== 1) return [String(ws.getCell('A1').value)];
  const cols = tables[0];
  return [cols.find((c) => c.length >= 4) ?? cols[0], cols[cols.length - 1]];
}

/** Texts of at least 6 characters in columns A and B. */
function leftTexts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) => {
    for (const c of [1, 2]) {
      const v = row.getCell(c).value;
      if (typeof v === 'string' && v.trim().length >= 6) out.push(v.trim());
    }
  });
  return out;
}

/** One workbook per generated sheet, holding only that sheet (its print setup kept). */
async function splitSheets(xlsx: string, dir: string): Promise<Map<string, string>> {
  const probe = new ExcelJS.Workbook();
  await probe.xlsx.readFile(xlsx);
  const names = probe.worksheets
    .filter((w) => w.name.startsWith(GENERATED_PREFIX) && w.state === 'visible')
    .map((w) => w.name);
  const files = new Map<string, string>();
  for (const [i, name] of names.entries()) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    for (const w of [...wb.worksheets]) if (w.name !== name) wb.removeWorksheet(w.id);
    const file = path.join(dir, `sheet-${i + 1}.xlsx`);
    await wb.xlsx.writeFile(file);
    files.set(name, file);
  }
  return files;
}

/**
 * Convert all files to PDF in `dir` in one LibreOffice run (one start-up), with a private profile
 * so that parallel conversions do not fight over one; returns LibreOffice's stderr.
 */
export function toPdf(files: string[], dir: string): string {
  const run = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...files,
    ],
    { encoding: 'utf8', timeout: 240000 },
  );
  return run.stderr ?? '';
}

function readPdf(pdf: string): { pages: string[]; landscape: boolean[] } {
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
  // pdftotext ends every page with a form feed.
  const pages = text.split('\f').slice(0, -1);
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' });
  const landscape = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map(
    (m) => Number(m[1]) > Number(m[2]),
  );
  return { pages, landscape };
}

/** Print every generated sheet of the workbook `xlsx`; pictures are named after `label`. */
export async function printSheets(xlsx: string, label: string): Promise<Printed[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `lembar-${label}-`));
  const files = await splitSheets(xlsx, dir);
  const stderr = toPdf([...files.values()], dir);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsx);
  const out = path.join(root, 'test-results', 'sheets');
  await fs.mkdir(out, { recursive: true });
  const printed: Printed[] = [];
  for (const [sheet, file] of files) {
    const pdf = file.replace(/\.xlsx$/, '.pdf');
    // soffice exits 0 even when it fails: the PDF must be there.
    expect({ sheet, pdf: existsSync(pdf), stderr: existsSync(pdf) ? '' : stderr }).toEqual({
      sheet,
      pdf: true,
      stderr: '',
    });
    const ws = book.getWorksheet(sheet)!;
    printed.push({ sheet, ...readPdf(pdf), repeated: repeatedTexts(ws), left: leftTexts(ws) });
    const slug = `${label}-${sheet.replace(/[^A-Za-z0-9]+/g, '-')}`;
    // Pictures of an earlier run of this sheet go: pdftoppm names pages slug-1.png, slug-01.png …
    const earlier = new RegExp(`^${slug}-\\d+\\.png$`);
    for (const f of await fs.readdir(out)) if (earlier.test(f)) await fs.rm(path.join(out, f));
    execFileSync('pdftoppm', ['-png', '-r', '50', '-l', '4', pdf, path.join(out, slug)]);
  }
  await fs.rm(dir, { recursive: true, force: true });
  return printed;
}

/** What is wrong with one printed sheet, in words (empty when it prints as it should). */
export function printProblems(p: Printed): string[] {
  const out: string[] = [];
  const portrait = p.landscape.filter((l) => !l).length;
  if (portrait) out.push(`${p.sheet}: ${portrait} halaman tegak`);
  if (p.pages.length !== p.landscape.length) out.push(`${p.sheet}: halaman tidak terbaca`);
  if (p.sheet.startsWith(`${GENERATED_PREFIX}Skala`) && p.pages.length !== 1)
    out.push(`${p.sheet}: ${p.pages.length} halaman, bukan 1`);
  // One page wide: a sheet wider than the page prints its right-hand columns on pages of their
  // own, which show nothing of the first two columns.
  p.pages.forEach((page, i) => {
    if (!p.left.some((t) => onPage(page, t)))
      out.push(`${p.sheet}: halaman ${i + 1} tanpa kolom A/B (lebih lebar dari satu halaman)`);
  });
  // The header rows are repeated: every page shows them.
  p.pages.forEach((page, i) => {
    const absent = p.repeated.filter((t) => !onPage(page, t));
    if (absent.length) out.push(`${p.sheet}: halaman ${i + 1} tanpa “${absent.join('” … “')}”`);
  });
  return out;
}
