/**
 * `LKjIP Temuan` (WORKBOOK.md rule 10, issue 14 item 7): a planner who opens the computed
 * workbook sees every finding with its severity, title, message and a link to its cell; the
 * sheet is replaced on every run and removed when nothing is left to list.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { FINDING_TITLE } from '../../src/engine/findings';
import { cli, openXlsx as open } from '../helpers/cli';

const root = path.join(__dirname, '..', '..');
const ambulu = path.join(root, 'assets', 'ambulu-2024.xlsx');

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'capaian-temuan-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

interface Listed {
  severity: string;
  title: string;
  where: string;
  link: string | null;
  message: string;
  code: string;
}

async function listed(file: string): Promise<Listed[]> {
  const ws = (await open(file)).getWorksheet('LKjIP Temuan');
  if (!ws) return [];
  const out: Listed[] = [];
  // Title, marker, a blank row, then the table's header at row 4.
  expect(ws.getRow(4).values).toEqual([
    undefined,
    'No',
    'Tingkat',
    'Temuan',
    'Letak',
    'Uraian',
    'Kode',
  ]);
  for (let r = 5; r <= ws.rowCount; r++) {
    const no = ws.getCell(r, 1).value;
    if (typeof no !== 'number') break;
    const where = ws.getCell(r, 4).value as unknown;
    const link =
      typeof where === 'object' && where && 'hyperlink' in where
        ? String((where as { hyperlink: string }).hyperlink)
        : null;
    out.push({
      severity: String(ws.getCell(r, 2).value),
      title: String(ws.getCell(r, 3).value),
      where: link ? String((where as { text: string }).text) : String(where),
      link,
      message: String(ws.getCell(r, 5).value),
      code: String(ws.getCell(r, 6).value),
    });
  }
  return out;
}

test('compute writes every finding of check --json, errors first, each linked to its cell', async () => {
  const out = path.join(dir, 'ambulu-hasil.xlsx');
  const r = await cli(['compute', ambulu, '-o', out]);
  expect(r.out).toContain('Daftar temuan dengan tautan ke setiap sel: lembar LKjIP Temuan.');
  const json = JSON.parse((await cli(['check', ambulu, '--json'])).out) as {
    temuan: {
      code: string;
      severity: string;
      sheet: string | null;
      cell: string | null;
      message: string;
    }[];
  };
  const rows = await listed(out);
  expect(rows).toHaveLength(json.temuan.length);
  const rank = { Kesalahan: 0, Peringatan: 1, Informasi: 2 } as Record<string, number>;
  const ranks = rows.map((x) => rank[x.severity]);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  for (const f of json.temuan) {
    const where = f.sheet ? `${f.sheet}${f.cell ? `!${f.cell}` : ''}` : '(buku kerja)';
    const row = rows.find((x) => x.code === f.code && x.where === where && x.message === f.message);
    expect(row).toBeDefined();
    expect(row!.title).toBe(FINDING_TITLE[f.code as keyof typeof FINDING_TITLE]);
    if (f.sheet) expect(row!.link).toBe(`#'${f.sheet}'!${f.cell ?? 'A1'}`);
  }
  // Ambulu's SAKIP 102 % for 102,77 (A612) is one of them.
  expect(rows.some((x) => x.code === 'CAPAIAN_MISMATCH' && x.where === 'Realisasi!F11')).toBe(true);
});

test('replaced on every run, and gone once every finding is settled', async () => {
  const first = path.join(dir, 'ambulu-1.xlsx');
  await cli(['compute', ambulu, '-o', first]);
  const before = await listed(first);
  // Correcting every typed figure the tool can correct leaves fewer findings on the next run.
  const fixed = path.join(dir, 'ambulu-2.xlsx');
  await cli(['compute', first, '-o', fixed, '--perbaiki-semua']);
  const after = await listed(fixed);
  expect(after.length).toBeLessThan(before.length);
  expect(after.some((x) => x.where === 'Realisasi!F11' && x.code === 'CAPAIAN_MISMATCH')).toBe(
    false,
  );
  const wb = await open(fixed);
  expect(wb.worksheets.filter((w) => w.name.startsWith('LKjIP Temuan'))).toHaveLength(1);
});

test('a user sheet that happens to be called LKjIP Temuan is left alone; ours takes another name', async () => {
  const wb = await open(ambulu);
  const mine = wb.addWorksheet('LKjIP Temuan');
  mine.getCell('A1').value = 'Catatan saya';
  const input = path.join(dir, 'ambulu-user-temuan.xlsx');
  await wb.xlsx.writeFile(input);
  const out = path.join(dir, 'ambulu-user-temuan-hasil.xlsx');
  await cli(['compute', input, '-o', out]);
  const res = await open(out);
  expect(res.getWorksheet('LKjIP Temuan')!.getCell('A1').value).toBe('Catatan saya');
  expect(res.getWorksheet('LKjIP Temuan (2)')).toBeDefined();
});

test('the CLI names each finding by its title, the code only in brackets at the end', async () => {
  const r = await cli(['check', ambulu]);
  const lines = r.out.split('\n').filter((l) => /^ {2}\S/.test(l) && /\([A-Z_]+\)$/.test(l));
  expect(lines.length).toBeGreaterThan(10);
  for (const l of lines) {
    const code = l.match(/\(([A-Z_]+)\)$/)![1] as keyof typeof FINDING_TITLE;
    expect(l.trimStart().startsWith(`${FINDING_TITLE[code]} — `)).toBe(true);
  }
  expect(r.out).not.toMatch(/\[[A-Z_]{6,}\]/);
});
