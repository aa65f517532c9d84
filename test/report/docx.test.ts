/**
 * The Word draft opens in LibreOffice without repair: each sample's .docx is converted headless to
 * PDF, every table's text is found in the PDF, the wide tables are on landscape pages, the pages are
 * numbered, and a picture of the first pages is kept in test-results/laporan-*.png.
 *
 * Needs `soffice` (Debian: libreoffice-writer) and poppler-utils (`pdftotext`, `pdfinfo`,
 * `pdftoppm`); without them the LibreOffice part is skipped with a message.
 */
import { execFileSync, spawnSync } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import type { Report } from '../../src/engine/report';
import { buildLaporanDocx, reportDocx } from '../../src/report/docx';
import { toPdf } from '../helpers/sheets-pdf';
import { load, root } from './samples';

function has(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

const tools = ['soffice', 'pdftotext', 'pdfinfo', 'pdftoppm'].filter((c) => !has(c));
if (tools.length) {
  console.warn(
    `LibreOffice test dilewati: ${tools.join(', ')} tidak ditemukan (apt-get install -y --no-install-recommends libreoffice-writer poppler-utils).`,
  );
}
const withOffice = tools.length ? test.skip : test;

/** Every text of every table of the report (title, headers, numbered row, cells). */
function tableTexts(r: Report): string[] {
  const out: string[] = [];
  for (const b of r.blocks) {
    if (b.kind !== 'table') continue;
    const t = b.table;
    out.push(t.title, ...t.columns.map((c) => c.header), ...(t.numbering ?? []));
    for (const row of t.rows) for (const c of row.cells) if (c.text) out.push(c.text);
    const groups = t.columns.map((c) => c.group).filter((g): g is string => !!g);
    out.push(...new Set(groups));
  }
  return out;
}

/** Spaces and hyphens ignored: pdftotext joins a word LibreOffice hyphenated at a line end. */
const squash = (s: string) => s.replace(/[\s\u00ad-]+/g, '');
/** Words, split after `-` and `/` too: LibreOffice may break `Orang/bulan` after the slash. */
const tokens = (s: string) =>
  s
    .replace(/([-/])/g, '$1 ')
    .split(/\s+/)
    .filter(Boolean);

/**
 * Whether a cell's text is in the PDF text: whole (spaces ignored) or, where a table's wrapped
 * lines interleave with its neighbours', as its words in order within a short stretch.
 */
function found(pdf: { flat: string; words: string[] }, text: string): boolean {
  if (pdf.flat.includes(squash(text))) return true;
  const want = tokens(text);
  const window = want.length * 4 + 40;
  for (let i = 0; i < pdf.words.length; i++) {
    if (pdf.words[i] !== want[0]) continue;
    let k = 1;
    for (let j = i + 1; j < pdf.words.length && j < i + window && k < want.length; j++)
      if (pdf.words[j] === want[k]) k++;
    if (k === want.length) return true;
  }
  return false;
}

test('the bytes are a .docx (zip) built without the file system, in Node as in the browser', async () => {
  const { analysis, report } = await load('ambulu-2024');
  const a = await buildLaporanDocx(analysis);
  const b = await reportDocx(report);
  expect(a).toBeInstanceOf(Uint8Array);
  expect([a[0], a[1]]).toEqual([0x50, 0x4b]);
  expect(a.length).toBeGreaterThan(10000);
  expect(b.length).toBeGreaterThan(10000);
  const src = await fs.readFile(path.join(root, 'src', 'report', 'docx.ts'), 'utf8');
  expect(src).not.toMatch(/from 'fs'|from 'path'|require\(/);
});

describe.each(['semboro-2025', 'gumukmas-2025', 'ambulu-2024'])('%s in LibreOffice', (name) => {
  withOffice(
    'converts to PDF with every table’s text, landscape pages for the wide tables, page numbers',
    async () => {
      const { analysis, report } = await load(name);
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), `laporan-${name}-`));
      const docx = path.join(dir, `laporan-${name}.docx`);
      await fs.writeFile(docx, await buildLaporanDocx(analysis));
      const stderr = toPdf([docx], dir);
      const pdf = path.join(dir, `laporan-${name}.pdf`);
      // soffice exits 0 even when it fails: the PDF must be there.
      expect({ pdf: existsSync(pdf), stderr: existsSync(pdf) ? '' : stderr }).toEqual({
        pdf: true,
        stderr: '',
      });

      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
      const doc = { flat: squash(text), words: tokens(text) };
      const missing = tableTexts(report).filter((t) => !found(doc, t));
      expect(missing).toEqual([]);
      expect(text).toContain('BAB III AKUNTABILITAS KINERJA');
      expect(text).toMatch(/Halaman 1\b/);
      expect(text).toMatch(/Halaman 2\b/);

      const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' });
      const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) =>
        Number(m[1]) > Number(m[2]) ? 'landscape' : 'portrait',
      );
      expect(sizes[0]).toBe('portrait');
      expect(sizes).toContain('landscape');

      const out = path.join(root, 'test-results');
      await fs.mkdir(out, { recursive: true });
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '60',
        '-f',
        '1',
        '-l',
        '3',
        pdf,
        path.join(out, `laporan-${name}`),
      ]);
      const pngs = (await fs.readdir(out)).filter(
        (f) => f.startsWith(`laporan-${name}`) && f.endsWith('.png'),
      );
      expect(pngs.length).toBeGreaterThanOrEqual(3);
    },
    180000,
  );
});
