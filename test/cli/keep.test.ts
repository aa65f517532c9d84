/**
 * Nothing the planner typed or coloured is lost (WORKBOOK.md "What we write", rules 6, 8, 9):
 * a user sheet that carries our record's name, the output written beside its destination and
 * renamed into place, and `--hapus-warna` from the command line.
 */
import { cli, openXlsx as open } from '../helpers/cli';
import { existsSync, promises as fs, readFileSync } from 'fs';
import { spawnSync } from 'child_process';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';

const root = path.join(__dirname, '..', '..');
const ambulu = path.join(root, 'assets', 'ambulu-2024.xlsx');

/** Every cell's value and fill, by `Sheet!A1`. */
function snapshot(wb: ExcelJS.Workbook, only?: string[]): Map<string, string> {
  const out = new Map<string, string>();
  wb.eachSheet((ws) => {
    if (only && !only.includes(ws.name)) return;
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) => {
        out.set(`${ws.name}!${c.address}`, JSON.stringify({ v: c.value, f: c.fill ?? null }));
      }),
    );
  });
  return out;
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'capaian-keep-'));
});

describe.each(['_capaian', '_CAPAIAN', '_Capaian'])('a user sheet called %s', (name) => {
  let input: string;
  beforeAll(async () => {
    const wb = await open(ambulu);
    const ws = wb.addWorksheet(name);
    ws.getCell('A1').value = 'Catatan rapat evaluasi';
    ws.getCell('A2').value = 'jenis';
    ws.getCell('B2').value = 42;
    input = path.join(dir, `user-${name}.xlsx`);
    await wb.xlsx.writeFile(input);
  });

  test('stays the planner’s: visible, unchanged; our record takes another name', async () => {
    const out = path.join(dir, `hasil-${name}.xlsx`);
    const r = await cli(['compute', input, '-o', out]);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    const wb = await open(out);
    const user = wb.getWorksheet(name)!;
    expect(user.state).toBe('visible');
    expect(user.getCell('A1').value).toBe('Catatan rapat evaluasi');
    expect(user.getCell('A2').value).toBe('jenis');
    expect(user.getCell('B2').value).toBe(42);
    expect(user.rowCount).toBe(2);
    const record = wb.getWorksheet('_capaian_2')!;
    expect(record.state).toBe('hidden');
    expect(record.getCell('A1').value).toBe('jenis');
    // A second run recognises our record by its content: it changes nothing.
    const again = path.join(dir, `lagi-${name}.xlsx`);
    const r2 = await cli(['compute', out, '-o', again]);
    expect(r2.out).toContain('(0 sel diisi/diwarnai)');
    const wb2 = await open(again);
    expect(wb2.worksheets.map((w) => w.name).sort()).toEqual(
      wb.worksheets.map((w) => w.name).sort(),
    );
  });
});

test('the output is written beside its destination and renamed into place', async () => {
  const out = path.join(dir, 'atomic.xlsx');
  await fs.writeFile(out, 'hasil lama');
  const before = await fs.stat(out);
  const r = await cli(['compute', ambulu, '-o', out]);
  expect(r.code).toBe(1);
  const after = await fs.stat(out);
  // A new file took the old one's place: the old bytes were never truncated in place.
  expect(after.ino).not.toBe(before.ino);
  expect((await fs.readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  await open(out);
});

test('a destination that cannot be replaced keeps what stood there, with a message', async () => {
  const out = path.join(dir, 'folder.xlsx');
  await fs.mkdir(out);
  await fs.writeFile(path.join(out, 'isi.txt'), 'milik perencana');
  const r = await cli(['compute', ambulu, '-o', out]);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/^Tidak dapat menulis .*folder\.xlsx/);
  expect(await fs.readFile(path.join(out, 'isi.txt'), 'utf8')).toBe('milik perencana');
  expect((await fs.readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
});

test('--hapus-warna restores every fill our run wrote, and only those', async () => {
  const hasil = path.join(dir, 'warna.xlsx');
  await cli(['compute', ambulu, '-o', hasil]);
  const polos = path.join(dir, 'polos.xlsx');
  const r = await cli(['compute', hasil, '-o', polos, '--hapus-warna']);
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/warna asli dikembalikan pada [1-9]\d* sel/);
  const original = await open(ambulu);
  const restored = await open(polos);
  const sheets = original.worksheets.map((w) => w.name);
  const a = snapshot(original, sheets);
  const b = snapshot(restored, sheets);
  // Fills are as in the input everywhere; values differ only where Hitung filled empty cells.
  for (const [k, v] of a) {
    const w = b.get(k);
    expect({ k, f: JSON.parse(w ?? '{}').f }).toEqual({ k, f: JSON.parse(v).f });
  }
});

test('--hapus-warna goes with compute alone', async () => {
  const r = await cli(['check', ambulu, '--hapus-warna']);
  expect(r.code).toBe(2);
  expect(r.err).toContain('--hapus-warna hanya untuk perintah compute');
  const r2 = await cli([
    'compute',
    ambulu,
    '-o',
    path.join(dir, 'x.xlsx'),
    '--hapus-warna',
    '--batalkan',
  ]);
  expect(r2.code).toBe(2);
});

describe('undo of a correction puts the cell back exactly as it was', () => {
  // A612: SAKIP 84,27 / 82 × 100 = 102,768… typed truncated; the correction writes 102,77.
  const cases: [string, ExcelJS.CellValue, string | undefined][] = [
    ['text', '102%', undefined],
    // Text, booleans and error values keep the format their cell had (the reader used to drop it).
    ['text in a percent-formatted cell', '102%', '0%'],
    ['TRUE in a number-formatted cell', true, '0.00'],
    [
      'an error value in a percent-formatted cell',
      { error: '#N/A' } as ExcelJS.CellErrorValue,
      '0%',
    ],
    ['a percent-formatted number', 1.02, '0%'],
    ['a formula', { formula: '102+0', result: 102 } as ExcelJS.CellFormulaValue, '0'],
    ['a hyperlink', { text: '102%', hyperlink: 'https://sakip.example.id/ambulu' }, undefined],
    [
      'rich text',
      {
        richText: [{ text: '10' }, { text: '2%', font: { bold: true } }],
      } as ExcelJS.CellRichTextValue,
      undefined,
    ],
  ];
  test.each(cases)('%s', async (label, value, numFmt) => {
    const wb = await open(ambulu);
    const f11 = wb.getWorksheet('Realisasi')!.getCell('F11');
    f11.value = value;
    if (numFmt) f11.numFmt = numFmt;
    const input = path.join(dir, `undo-${label}.xlsx`);
    await wb.xlsx.writeFile(input);
    const fixed = path.join(dir, `undo-${label}-fixed.xlsx`);
    const r1 = await cli(['compute', input, '-o', fixed, '--perbaiki', 'Realisasi!F11']);
    expect(r1.out).toContain('1 diperbaiki');
    expect((await open(fixed)).getWorksheet('Realisasi')!.getCell('F11').value).toBe(102.77);
    const undone = path.join(dir, `undo-${label}-undone.xlsx`);
    await cli(['compute', fixed, '-o', undone, '--batalkan']);
    const back = (await open(undone)).getWorksheet('Realisasi')!.getCell('F11');
    const orig = (await open(input)).getWorksheet('Realisasi')!.getCell('F11');
    expect(back.value).toEqual(orig.value);
    expect(back.numFmt).toEqual(orig.numFmt);
    expect(back.fill).toEqual(orig.fill);
  });

  test('a formula filled down (shared) keeps its other cells’ formulas when its first is corrected', async () => {
    // Excel stores a formula filled over F11:F12 once, at F11; F12 only points at it.
    const wb = await open(ambulu);
    wb.getWorksheet('Realisasi')!.fillFormula('F11:F12', 'ROUND(E11/D11*100,0)', [102, 125]);
    const input = path.join(dir, 'shared.xlsx');
    await wb.xlsx.writeFile(input);
    const fixed = path.join(dir, 'shared-fixed.xlsx');
    const r1 = await cli(['compute', input, '-o', fixed, '--perbaiki', 'Realisasi!F11']);
    expect(r1.err).toBe('');
    expect(r1.out).toContain('1 diperbaiki');
    const f = (await open(fixed)).getWorksheet('Realisasi')!;
    expect(f.getCell('F11').value).toBe(102.77);
    expect(f.getCell('F12').formula).toBe('ROUND(E12/D12*100,0)');
    expect(f.getCell('F12').result).toBe(125);
    const undone = path.join(dir, 'shared-undone.xlsx');
    expect((await cli(['compute', fixed, '-o', undone, '--batalkan'])).err).toBe('');
    const u = (await open(undone)).getWorksheet('Realisasi')!;
    expect(u.getCell('F11').formula).toBe('ROUND(E11/D11*100,0)');
    expect(u.getCell('F11').result).toBe(102);
    expect(u.getCell('F12').formula).toBe('ROUND(E12/D12*100,0)');
  });

  test('a cell of a shared formula comes back with its own formula, not its first cell’s address', async () => {
    // Row 12, typed as 120 by the formula's stored result. Its realisasi "100%" claims every
    // program indicator met, but only 3 of 4 are (A771, A862): 75 / 80 × 100 = 93,75.
    const wb = await open(ambulu);
    wb.getWorksheet('Realisasi')!.fillFormula('F11:F12', 'ROUND(E11/D11*100,0)', [102, 120]);
    const input = path.join(dir, 'shared-clone.xlsx');
    await wb.xlsx.writeFile(input);
    const fixed = path.join(dir, 'shared-clone-fixed.xlsx');
    const r1 = await cli(['compute', input, '-o', fixed, '--perbaiki', 'Realisasi!F12']);
    expect(r1.out).toContain('1 diperbaiki');
    expect((await open(fixed)).getWorksheet('Realisasi')!.getCell('F12').value).toBe(93.75);
    const undone = path.join(dir, 'shared-clone-undone.xlsx');
    await cli(['compute', fixed, '-o', undone, '--batalkan']);
    const u = (await open(undone)).getWorksheet('Realisasi')!;
    expect(u.getCell('F12').formula).toBe('ROUND(E12/D12*100,0)');
    expect(u.getCell('F12').result).toBe(120);
    expect(u.getCell('F11').formula).toBe('ROUND(E11/D11*100,0)');
  });

  test('a cell retyped after the correction is left alone and named', async () => {
    const fixed = path.join(dir, 'retyped-fixed.xlsx');
    await cli(['compute', ambulu, '-o', fixed, '--perbaiki', 'Realisasi!F11', 'Realisasi!F12']);
    const wb = await open(fixed);
    wb.getWorksheet('Realisasi')!.getCell('F11').value = 103;
    const retyped = path.join(dir, 'retyped.xlsx');
    await wb.xlsx.writeFile(retyped);
    const undone = path.join(dir, 'retyped-undone.xlsx');
    const r = await cli(['compute', retyped, '-o', undone, '--batalkan']);
    expect(r.out).toContain(
      'Tidak dibatalkan karena sudah diubah setelah perbaikan: Realisasi!F11',
    );
    const after = (await open(undone)).getWorksheet('Realisasi')!;
    expect(after.getCell('F11').value).toBe(103);
  });
});

describe('Hapus Warna puts back fills and font colours exactly as found', () => {
  // F8: the IKM capaian (A609: 83,63 / 82 = 101,99, typed 102 %) is right, so Hitung colours it.
  // exceljs' types name only argb and theme; the file format (and exceljs) also has tint and indexed.
  const cases: [string, unknown, unknown][] = [
    [
      'a theme fill with tint',
      { type: 'pattern', pattern: 'solid', fgColor: { theme: 4, tint: 0.3999755851924192 } },
      { theme: 1 },
    ],
    [
      'an indexed fill',
      { type: 'pattern', pattern: 'solid', fgColor: { indexed: 43 } },
      { indexed: 10 },
    ],
    [
      'a pattern fill with both colours',
      {
        type: 'pattern',
        pattern: 'darkTrellis',
        fgColor: { argb: 'FFFF0000' },
        bgColor: { theme: 2, tint: -0.25 },
      },
      { argb: 'FF7030A0' },
    ],
  ];
  test.each(cases)('%s', async (label, fill, color) => {
    const wb = await open(ambulu);
    const f8 = wb.getWorksheet('Realisasi')!.getCell('F8');
    f8.fill = fill as ExcelJS.Fill;
    f8.font = { ...(f8.font ?? {}), color: color as ExcelJS.Color };
    const input = path.join(dir, `colour-${label}.xlsx`);
    await wb.xlsx.writeFile(input);
    const hasil = path.join(dir, `colour-${label}-hasil.xlsx`);
    await cli(['compute', input, '-o', hasil]);
    const coloured = (await open(hasil)).getWorksheet('Realisasi')!.getCell('F8');
    expect((coloured.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FF9BC2E6');
    const polos = path.join(dir, `colour-${label}-polos.xlsx`);
    await cli(['compute', hasil, '-o', polos, '--hapus-warna']);
    const back = (await open(polos)).getWorksheet('Realisasi')!.getCell('F8');
    const orig = (await open(input)).getWorksheet('Realisasi')!.getCell('F8');
    expect(back.fill).toEqual(orig.fill);
    expect(back.font?.color).toEqual(orig.font?.color);
  });
});

// Doubled and no-break spaces too: the record is read back exactly, not through the reader's
// whitespace clean-up.
test.each([' ', '\t', '\n', '\u3000', '  \u00a0', ' \t\u3000 '])(
  'a whitespace-only cell (%j) we filled gets its exact content back when its figure goes',
  async (blank) => {
    const wb = await open(ambulu);
    const ws = wb.getWorksheet('Realisasi')!;
    ws.getCell('F8').value = blank;
    const input = path.join(dir, `blank-${blank.charCodeAt(0)}.xlsx`);
    await wb.xlsx.writeFile(input);
    const hasil = path.join(dir, `blank-${blank.charCodeAt(0)}-hasil.xlsx`);
    await cli(['compute', input, '-o', hasil]);
    const filled = await open(hasil);
    // A609: 83,63 / 82 × 100 = 101,987… → 101,99
    expect(filled.getWorksheet('Realisasi')!.getCell('F8').value).toBe(101.99);
    // The planner empties the realisasi: the capaian we wrote has no ground any more.
    filled.getWorksheet('Realisasi')!.getCell('E8').value = null;
    const edited = path.join(dir, `blank-${blank.charCodeAt(0)}-edited.xlsx`);
    await filled.xlsx.writeFile(edited);
    const again = path.join(dir, `blank-${blank.charCodeAt(0)}-again.xlsx`);
    await cli(['compute', edited, '-o', again]);
    const back = (await open(again)).getWorksheet('Realisasi')!.getCell('F8');
    expect(back.value).toBe(blank);
    expect(back.fill).toEqual(ws.getCell('F8').fill);
  },
);

test('running out of memory gives an Indonesian message and exit 2, never a V8 stack trace', () => {
  const before = readFileSync(ambulu);
  const out = path.join(dir, 'oom.xlsx');
  const r = spawnSync(
    process.execPath,
    [path.join(root, 'bin', 'capaian.js'), 'compute', ambulu, '-o', out],
    // A heap far too small for the run: V8 gives up with its fatal error.
    { env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=16' }, encoding: 'utf8' },
  );
  expect(r.status).toBe(2);
  expect(r.stderr).toContain('memori tidak cukup');
  expect(r.stderr).not.toMatch(/FATAL ERROR|Last few GCs|heap out of memory|0x[0-9a-f]{6}/);
  expect(existsSync(out)).toBe(false);
  expect(Buffer.compare(readFileSync(ambulu), before)).toBe(0);
});

test('no cell we write holds more than Excel’s 32 767 characters: cut with an ellipsis, and said', async () => {
  const wb = await open(ambulu);
  const ws = wb.getWorksheet('Realisasi')!;
  // Faktor Pendorong of the first indicator (row 7, column S): a planner pasted a whole chapter.
  const col = ws.getRow(4).values as unknown[];
  const faktor = col.findIndex((v) => typeof v === 'string' && v.startsWith('Faktor Pendorong'));
  // 32 765 characters: it fits its own cell, but the narrative's list item ("    - …") does not.
  ws.getCell(7, faktor).value = 'Dukungan camat dan seluruh staf. '.repeat(993).slice(0, 32765);
  const input = path.join(dir, 'panjang.xlsx');
  await wb.xlsx.writeFile(input);
  const out = path.join(dir, 'panjang-hasil.xlsx');
  const r = await cli(['compute', input, '-o', out, '--laporan']);
  // The item stands in Bab III and again among Bab IV's faktor kunci: both cells are cut.
  expect(r.out).toMatch(
    /Teks pada LKjIP Narasi!A\d+(, LKjIP Narasi!A\d+)* lebih panjang dari 32\.767 karakter/,
  );
  const res = await open(out);
  let longest = 0;
  let cut = 0;
  res.eachSheet((s) =>
    s.eachRow((row) =>
      row.eachCell((c) => {
        if (typeof c.value !== 'string') return;
        longest = Math.max(longest, c.value.length);
        if (c.value.length === 32767 && c.value.endsWith('…')) cut++;
      }),
    ),
  );
  expect(longest).toBe(32767);
  expect(cut).toBeGreaterThan(0);
});

test('a sheet name with doubled spaces is found again through the record', async () => {
  // The record names cells by sheet; read back through the reader's clean-up, "Realisasi  2024"
  // became "Realisasi 2024", a sheet that does not exist.
  const wb = await open(ambulu);
  wb.getWorksheet('Realisasi')!.name = 'Realisasi  2024';
  const input = path.join(dir, 'double-space.xlsx');
  await wb.xlsx.writeFile(input);
  const hasil = path.join(dir, 'double-space-hasil.xlsx');
  await cli(['compute', input, '-o', hasil]);
  const again = path.join(dir, 'double-space-again.xlsx');
  expect((await cli(['compute', hasil, '-o', again])).out).toContain('(0 sel diisi/diwarnai)');
  const polos = path.join(dir, 'double-space-polos.xlsx');
  await cli(['compute', hasil, '-o', polos, '--hapus-warna']);
  const before = (await open(input)).getWorksheet('Realisasi  2024')!;
  const after = (await open(polos)).getWorksheet('Realisasi  2024')!;
  // F8: the IKM capaian typed 102 % agrees (A609: 83,63 / 82 = 101,99), so Hitung coloured it.
  expect((await open(hasil)).getWorksheet('Realisasi  2024')!.getCell('F8').fill).not.toEqual(
    before.getCell('F8').fill,
  );
  expect(after.getCell('F8').fill).toEqual(before.getCell('F8').fill);
  expect(after.getCell('F8').font).toEqual(before.getCell('F8').font);
});

test('a corrected cell holding Excel’s longest text is recorded within the cell limit and comes back whole', async () => {
  // Rule 9: the record's detail (the cell as it was, as JSON) would exceed 32 767 characters in
  // one cell; it goes on over the next cells instead.
  const long = '102% '.repeat(7000).slice(0, 32_767);
  const wb = await open(ambulu);
  wb.getWorksheet('Realisasi')!.getCell('F11').value = long;
  const input = path.join(dir, 'long.xlsx');
  await wb.xlsx.writeFile(input);
  const fixed = path.join(dir, 'long-fixed.xlsx');
  expect((await cli(['compute', input, '-o', fixed, '--perbaiki', 'Realisasi!F11'])).out).toContain(
    '1 diperbaiki',
  );
  const f = await open(fixed);
  expect(f.getWorksheet('Realisasi')!.getCell('F11').value).toBe(102.77);
  let longest = 0;
  f.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((c) => {
        if (typeof c.value === 'string') longest = Math.max(longest, c.value.length);
      }),
    ),
  );
  expect(longest).toBe(32_767);
  const undone = path.join(dir, 'long-undone.xlsx');
  await cli(['compute', fixed, '-o', undone, '--batalkan']);
  expect((await open(undone)).getWorksheet('Realisasi')!.getCell('F11').value).toBe(long);
});

test('a text formula result in a date-formatted result cell is kept, and no NaN is ever written', async () => {
  // exceljs reads the result "x" of a date-formatted formula cell as an invalid Date; it was read
  // as NaN, offered as a correction and recorded as NaN (a value Excel cannot open).
  const wb = await open(ambulu);
  const f11 = wb.getWorksheet('Realisasi')!.getCell('F11');
  f11.value = { formula: 'A1&""', result: 'x' } as ExcelJS.CellFormulaValue;
  f11.numFmt = 'dd/mm/yyyy';
  const input = path.join(dir, 'nan.xlsx');
  await wb.xlsx.writeFile(input);
  const fixed = path.join(dir, 'nan-fixed.xlsx');
  expect((await cli(['compute', input, '-o', fixed, '--perbaiki-semua'])).err).toBe('');
  const out = await open(fixed);
  const nan: string[] = [];
  out.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((c) => {
        if (typeof c.value === 'number' && !Number.isFinite(c.value))
          nan.push(`${ws.name}!${c.address}`);
      }),
    ),
  );
  expect(nan).toEqual([]);
  expect(out.getWorksheet('Realisasi')!.getCell('F11').formula).toBe('A1&""');
});

test('a second run finds what the first found: a figure we filled is ours, never a finding (rule 5)', async () => {
  // Gumukmas Tabel 3.7 (G919–940): sasaran 4's row with its pagu and serapan empty and a wrong
  // realisasi typed (102 for Rp 2.568.847.251). The first run fills the pagu and the serapan
  // from the programs (2.568.847.251 / 3.297.504.548 = 77,90 %); read back, those two cells are
  // ours, so the row's own serapan is not checked against our pagu and the typed 102.
  const wb = await open(path.join(root, 'assets', 'gumukmas-2025.xlsx'));
  const ws = wb.worksheets.find((w) => /^Efisiensi/.test(w.name))!;
  const row = [...Array(ws.rowCount).keys()]
    .map((i) => i + 1)
    .find((r) => /Efektifitas Pencapaian Target/.test(String(ws.getCell(r, 2).value)))!;
  ws.getCell(row, 7).value = 102;
  const input = path.join(dir, 'efisiensi-102.xlsx');
  await wb.xlsx.writeFile(input);
  const first = path.join(dir, 'efisiensi-102-hasil.xlsx');
  await cli(['compute', input, '-o', first]);
  const found = async (file: string) =>
    (JSON.parse((await cli(['check', file, '--json'])).out).temuan as Record<string, string>[])
      .map((f) => `${f.code} ${f.sheet}!${f.cell} ${f.message}`)
      .sort();
  const before = await found(input);
  expect(before.some((f) => f.startsWith(`EFISIENSI_MISMATCH ${ws.name}!G${row}`))).toBe(true);
  expect(await found(first)).toEqual(before);
});
