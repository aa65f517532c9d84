/**
 * `capaian check FILE… DIR…` — the review of several workbooks (WORKBOOK.md "Several
 * workbooks", issue 15 item 3): one summary row per reported PK, a bad file as one row with its
 * message, `--json` as the array of the single-file objects, `--rekap` as a workbook (a table
 * with predicate fills, and every finding), the exit code the worst of the files', progress only
 * for a terminal, and the worker threads.
 *
 * Ground truth for the samples' rows: test/fixtures/*.expected.ts (each indicator's capaian
 * recomputed by hand from the reports) and the reports' budget totals cited below. Most tests
 * check the files in this thread (CAPAIAN_THREADS=0); one runs the real worker threads.
 */
import { spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { run } from '../../src/cli/main';
import { runPool } from '../../src/cli/batch-pool';
import { workerCount } from '../../src/cli/batch';
import { checkFile } from '../../src/cli/batch-check';
import { batchWorkerScript } from '../../src/cli/runtime';
import { REKAP_COLUMNS, REKAP_HEADER_ROW } from '../../src/cli/batch-rekap';
import { FINDING_TITLE, SEVERITY_TITLE, type FindingCode } from '../../src/engine/findings';
import { expected as ambuluX } from '../fixtures/ambulu-2024.expected';
import { expected as gumukmasX } from '../fixtures/gumukmas-2025.expected';
import { expected as semboroX } from '../fixtures/semboro-2025.expected';
import type { SampleExpectation } from '../fixtures/ambulu-2024.expected';
import { cli, openXlsx } from '../helpers/cli';
import { writeXlsx } from '../helpers/grid';
import { compose, moveSheet, renameSheet, type Transform } from '../helpers/variants';
import { baseSpec, build, ind } from '../helpers/workbook';

const root = path.join(__dirname, '..', '..');

/** The cells of a printed table row (columns stand two or more spaces apart). */
const cellsOf = (line: string) => line.trim().split(/\s{2,}/);
const SAMPLES = ['ambulu-2024.xlsx', 'gumukmas-2025.xlsx', 'semboro-2025.xlsx'];

let dir: string;
let kec: string;
let bad: string;
const threadsBefore = process.env.CAPAIAN_THREADS;

/** The kinds of workbook the tests mix, and the exit code `capaian check` gives each alone. */
type Kind = 'bersih' | 'salah' | 'catatan' | 'terpotong' | 'tanpa-pk' | 'kosong';
const EXIT: Record<Kind, number> = {
  bersih: 0,
  salah: 1,
  catatan: 2,
  terpotong: 2,
  'tanpa-pk': 2,
  kosong: 2,
};
const bytes = {} as Record<Kind, Buffer>;

/** The base workbook (Ambulu 2024, no finding) with the unit in its PK title. */
function clean() {
  const s = baseSpec();
  s.titles.pk = ['PERJANJIAN KINERJA TAHUN 2024', 'KECAMATAN AMBULU KABUPATEN JEMBER'];
  return s;
}

async function kindBytes(): Promise<void> {
  const tmp = path.join(dir, 'kinds');
  await fs.mkdir(tmp);
  const write = async (kind: Kind, spec: ReturnType<typeof clean>) => {
    await writeXlsx(build(spec), path.join(tmp, `${kind}.xlsx`));
    bytes[kind] = await fs.readFile(path.join(tmp, `${kind}.xlsx`));
  };
  await write('bersih', clean());
  // IKM typed 120 % where 83,63 / 82 = 101,99 % (A609): CAPAIAN_MISMATCH, an error.
  const salah = clean();
  ind(salah, 'ikm').real!['Capaian (%)'] = '120%';
  await write('salah', salah);
  const noPk = clean();
  noPk.has.pk = false;
  await write('tanpa-pk', noPk);
  const whole = await fs.readFile(path.join(root, 'assets', 'ambulu-2024.xlsx'));
  bytes.terpotong = whole.subarray(0, Math.floor(whole.length / 2));
  bytes.catatan = Buffer.from('Capaian kinerja 2024: IKM 83,63\n', 'utf8');
  bytes.kosong = Buffer.alloc(0);
}

beforeAll(async () => {
  process.env.CAPAIAN_THREADS = '0';
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'capaian-batch-'));
  await kindBytes();
  // kec/: the three samples, an Excel lock file, a text file and a subfolder (not read).
  kec = path.join(dir, 'kec');
  await fs.mkdir(path.join(kec, 'arsip'), { recursive: true });
  for (const s of SAMPLES) await fs.copyFile(path.join(root, 'assets', s), path.join(kec, s));
  await fs.writeFile(path.join(kec, '~$semboro-2025.xlsx'), Buffer.alloc(165, 1));
  await fs.writeFile(path.join(kec, 'catatan.txt'), 'bukan buku kerja');
  await fs.writeFile(path.join(kec, 'arsip', 'lama.xlsx'), bytes.bersih);
  // bad/: files that cannot be checked.
  bad = path.join(dir, 'bad');
  await fs.mkdir(bad);
  for (const k of ['catatan', 'terpotong', 'tanpa-pk'] as const)
    await fs.writeFile(path.join(bad, `${k}.xlsx`), bytes[k]);
  for (const k of ['bersih', 'salah'] as const)
    await fs.writeFile(path.join(dir, `${k}.xlsx`), bytes[k]);
});

afterAll(async () => {
  if (threadsBefore === undefined) delete process.env.CAPAIAN_THREADS;
  else process.env.CAPAIAN_THREADS = threadsBefore;
  await fs.rm(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// Expected rows from the fixtures

interface ExpectedRow {
  sheet: string;
  tahun: number;
  periode: string;
  indikator: number;
  tercapai: number;
  /** Mean of the fixture's capaian, each rounded to 2 dp: within 0,01 of ours. */
  capaian: number;
  predikat: string;
  warna: string;
  pagu: number;
  realisasi: number;
}

/** DOMAIN.md §4, the default scale (the fixtures' header): ≥ 90, 76, 66, 51. */
function band(c: number): [string, string] {
  const r = Math.round(c * 100) / 100;
  if (r >= 90) return ['Sangat Tinggi', 'FF9BC2E6'];
  if (r >= 76) return ['Tinggi', 'FF00B050'];
  if (r >= 66) return ['Sedang', 'FFFFFF99'];
  if (r >= 51) return ['Rendah', 'FF808080'];
  return ['Sangat Rendah', 'FFFF0000'];
}

/**
 * Every program of the workbook, pagu and realisasi (one budget for both PKs of a workbook):
 *  Ambulu 4.492.070.793 / 4.124.398.349 = 91,82 % (A1436);
 *  Gumukmas 4.359.250.448 (G491) / 3.619.910.301, the sum of its five programs (the report's
 *    JUMLAH 3.621.365.301, G120, is a TOTAL_MISMATCH: gumukmas-2025.expected.ts);
 *  Semboro 3.964.236.937 / 3.080.233.968 (S776).
 */
const BUDGET: Record<string, [number, number]> = {
  'ambulu-2024.xlsx': [4492070793, 4124398349],
  'gumukmas-2025.xlsx': [4359250448, 3619910301],
  'semboro-2025.xlsx': [3964236937, 3080233968],
};

function expectedRows(x: SampleExpectation): ExpectedRow[] {
  const [pagu, realisasi] = BUDGET[path.basename(x.file)];
  return x.pks
    .filter((p) => p.dilaporkan)
    .map((p) => {
      const cs = x.indicators.filter((i) => i.sheetPk === p.sheet).map((i) => i.capaian!);
      const capaian = cs.reduce((a, b) => a + b, 0) / cs.length;
      const [predikat, warna] = band(capaian);
      return {
        sheet: p.sheet,
        tahun: p.tahun,
        periode: p.periode,
        indikator: cs.length,
        tercapai: cs.filter((c) => c >= 100).length,
        capaian,
        predikat,
        warna,
        pagu,
        realisasi,
      };
    });
}

const FIXTURES: Record<string, SampleExpectation> = {
  'ambulu-2024.xlsx': ambuluX,
  'gumukmas-2025.xlsx': gumukmasX,
  'semboro-2025.xlsx': semboroX,
};

/** `99,75%`: half-up to 2 decimals, Indonesian comma. */
const idPct = (x: number) => `${(Math.round(x * 100) / 100).toFixed(2).replace('.', ',')}%`;

interface JsonFinding {
  code: FindingCode;
  severity: 'error' | 'warning' | 'info';
  sheet: string | null;
  cell: string | null;
  message: string;
}
interface JsonObject {
  file: string;
  temuan: JsonFinding[];
  [k: string]: unknown;
}

/** `capaian check FILE --json` alone: the object and its exit code. */
async function single(
  file: string,
): Promise<{ json: JsonObject | null; err: string; code: number }> {
  const r = await cli(['check', file, '--json']);
  return {
    json: r.out.trim() ? (JSON.parse(r.out) as JsonObject) : null,
    err: r.err,
    code: r.code,
  };
}

/** The message `capaian check FILE` prints for a file it cannot use (exit 2), without its name. */
async function aloneMessage(file: string): Promise<string> {
  const alone = await cli(['check', file]);
  expect(alone.code).toBe(2);
  return alone.err.trim().replace(`${path.basename(file)}: `, '');
}

const kecFiles = () => SAMPLES.map((s) => path.join(kec, s));
const badFiles = () => ['catatan', 'tanpa-pk', 'terpotong'].map((k) => path.join(bad, `${k}.xlsx`));

// ---------------------------------------------------------------------------------------------

describe('several files and a folder', () => {
  test('one row per reported PK, with the figures of the reports; lock files, other files and subfolders left out', async () => {
    const r = await cli(['check', kec, path.join(dir, 'bersih.xlsx')]);
    expect(r.err).toBe('');
    const lines = r.out.split('\n');
    for (const s of SAMPLES) {
      // A workbook's first row carries its name, a second PK the next row.
      const at = lines.findIndex((l) => l.includes(s));
      const counts = (await single(path.join(kec, s))).json!.temuan;
      const n = (sev: string) => counts.filter((f) => f.severity === sev).length;
      expectedRows(FIXTURES[s]).forEach((e, i) => {
        const cells = cellsOf(lines[at + i]);
        const tail = [
          String(e.tahun),
          e.sheet,
          String(e.indikator),
          idPct(e.capaian),
          e.predikat,
          idPct((e.realisasi / e.pagu) * 100),
        ];
        if (i === 0)
          expect(cells).toEqual([
            expect.stringContaining(s),
            expect.stringMatching(/^Kecamatan /),
            ...tail,
            String(n('error')),
            String(n('warning')),
          ]);
        else expect(cells).toEqual(tail);
      });
    }
    // The base workbook: (101,99 + 100) / 2 = 100,99 % (A609, A611); 1.276.804.640 /
    // 1.314.779.376 = 97,11 %; no finding.
    expect(cellsOf(lines.find((l) => l.includes('bersih.xlsx'))!).slice(1)).toEqual([
      'Kecamatan Ambulu',
      '2024',
      'PK',
      '2',
      '100,99%',
      'Sangat Tinggi',
      '97,11%',
      '0',
      '0',
    ]);
    expect(r.out).not.toMatch(/~\$|catatan\.txt|lama\.xlsx/);
    // Sorted by name, then the file named after the folder.
    const order = lines.filter((l) => /\.xlsx/.test(l)).map((l) => l.match(/[\w-]+\.xlsx/)![0]);
    expect(order).toEqual([...SAMPLES, 'bersih.xlsx']);
    // Totals: 4 workbooks, 2 + 2 + 1 + 1 PKs; 6 + 6 + 4 + 6 + 4 + 2 indicators.
    expect(r.out).toMatch(/^Jumlah\s+4 buku kerja\s+6 PK\s+28\s+\d+\s+\d+$/m);
    expect(r.out).toContain('4 dari 4 buku kerja diperiksa.');
    // Reached: 5 + 5 + 1 + 5 + 0 + 2 = 18 (capaian ≥ 100 in the fixtures).
    expect(r.out).toContain('18 dari 28 indikator tercapai');
    expect(r.code).toBe(1);
  });

  test('a bad file among good ones is one row with the message `capaian check` gives it alone', async () => {
    const files = [path.join(dir, 'bersih.xlsx'), ...badFiles(), path.join(dir, 'tidak-ada.xlsx')];
    const r = await cli(['check', ...files]);
    const lines = r.out.split('\n');
    for (const f of files.slice(1)) {
      const row = lines.find((l) => l.includes(path.basename(f)))!;
      expect(cellsOf(row)).toEqual([
        expect.stringContaining(path.basename(f)),
        await aloneMessage(f),
      ]);
    }
    expect(r.out).toContain('1 dari 5 buku kerja diperiksa, 4 tidak dapat diperiksa.');
    expect(r.code).toBe(2);
  });

  test('an empty folder is a row saying so', async () => {
    const empty = path.join(dir, 'kosong');
    await fs.mkdir(empty, { recursive: true });
    const r = await cli(['check', empty, path.join(dir, 'bersih.xlsx')]);
    expect(r.out).toContain(`Folder ${empty} tidak berisi berkas .xlsx.`);
    expect(r.code).toBe(2);
  });
});

describe('--json', () => {
  test('an array of the single-file objects in order; an unreadable file { file, error }', async () => {
    const files = [...kecFiles(), ...badFiles(), path.join(dir, 'bersih.xlsx')];
    const r = await cli(['check', kec, bad, path.join(dir, 'bersih.xlsx'), '--json']);
    const arr = JSON.parse(r.out) as JsonObject[];
    expect(arr.map((x) => x.file)).toEqual(files);
    for (const [i, f] of files.entries()) {
      const alone = await single(f);
      if (alone.json) expect(arr[i]).toEqual({ ...alone.json, file: f });
      else expect(arr[i]).toEqual({ file: f, error: alone.err.trim() });
    }
    expect(r.code).toBe(2);
  });
});

describe('--rekap', () => {
  let rekap: string;
  let wb: ExcelJS.Workbook;
  let out: string;
  let code: number;
  beforeAll(async () => {
    rekap = path.join(dir, 'rekap.xlsx');
    const r = await cli(['check', kec, bad, '--rekap', rekap]);
    out = r.out;
    code = r.code;
    wb = await openXlsx(rekap);
  });

  const col = (name: string) => REKAP_COLUMNS.indexOf(name) + 1;

  test('says where it was written; the worst exit code stands', () => {
    expect(out).toContain(`Rekap ditulis: ${rekap}`);
    expect(code).toBe(2);
  });

  test('Rekap: a real Excel table, one row per reported PK, figures as numbers, predicate fills', async () => {
    const ws = wb.getWorksheet('Rekap')!;
    const tables = (ws as unknown as { tables: Record<string, { table: { tableRef: string } }> })
      .tables;
    expect(Object.keys(tables)).toEqual(['RekapBukuKerja']);
    const rows = SAMPLES.flatMap((s) => expectedRows(FIXTURES[s]).map((e) => ({ s, e })));
    // Header, 5 PK rows, 3 bad files, the totals row.
    const last = REKAP_HEADER_ROW + rows.length + 3 + 1;
    expect(tables.RekapBukuKerja.table.tableRef).toBe(`A${REKAP_HEADER_ROW}:P${last}`);
    expect(REKAP_COLUMNS.map((_, i) => ws.getCell(REKAP_HEADER_ROW, i + 1).value)).toEqual(
      REKAP_COLUMNS,
    );
    rows.forEach(({ s, e }, i) => {
      const row = ws.getRow(REKAP_HEADER_ROW + 1 + i);
      const v = (name: string) => row.getCell(col(name)).value;
      expect([
        v('Berkas'),
        v('Tahun'),
        v('PK'),
        v('Renstra'),
        v('Indikator'),
        v('Tercapai'),
      ]).toEqual([path.join(kec, s), e.tahun, e.sheet, e.periode, e.indikator, e.tercapai]);
      const cap = row.getCell(col('Rata-rata Capaian (%)'));
      expect(typeof cap.value).toBe('number');
      expect(Math.abs((cap.value as number) - e.capaian)).toBeLessThanOrEqual(0.01);
      expect(cap.numFmt).toBe('0.00');
      expect(v('Predikat')).toBe(e.predikat);
      for (const name of ['Rata-rata Capaian (%)', 'Predikat'])
        expect((row.getCell(col(name)).fill as ExcelJS.FillPattern).fgColor?.argb).toBe(e.warna);
      expect([v('Pagu (Rp)'), v('Realisasi (Rp)')]).toEqual([e.pagu, e.realisasi]);
      expect(v('Serapan (%)')).toBe(Math.round((e.realisasi / e.pagu) * 10000) / 100);
      expect(row.getCell(col('Serapan (%)')).numFmt).toBe('0.00');
    });
    // The bad files: the message `capaian check` gives each alone, no figures.
    for (const [i, f] of badFiles().entries()) {
      const row = ws.getRow(REKAP_HEADER_ROW + 1 + rows.length + i);
      expect(row.getCell(col('Berkas')).value).toBe(f);
      expect(row.getCell(col('Keterangan')).value).toBe(await aloneMessage(f));
      expect(row.getCell(col('Indikator')).value).toBeNull();
    }
    // Totals row: the indicators summed (6 + 6 + 4 + 6 + 4 = 26), its formula a SUBTOTAL.
    const total = ws.getRow(last);
    expect(total.getCell(1).value).toBe('Jumlah');
    const ind = total.getCell(col('Indikator')).value as ExcelJS.CellFormulaValue;
    expect(ind.formula).toMatch(/SUBTOTAL\(109,/);
    expect(ind.result).toBe(26);
  });

  test('rupiah with sen keep them, as the report sheets show them; whole rupiah show none', async () => {
    // Ambulu's first kegiatan and its program with 50 sen added to the pagu, realisasi left
    // whole: 1.031.035.000,50 + 10.080.000 = 1.041.115.000,50; + 273.664.376 = 1.314.779.376,50
    // (A884, A886, A879, A896).
    const sen = clean();
    sen.programs[0].budget[0]['Pagu (Rp)'] = '1.041.115.000,50';
    sen.programs[0].budget[1]['Pagu (Rp)'] = '1.031.035.000,50';
    sen.jumlah!['Pagu (Rp)'] = '1.314.779.376,50';
    const folder = path.join(dir, 'sen');
    await fs.mkdir(folder, { recursive: true });
    await writeXlsx(build(sen), path.join(folder, 'sen.xlsx'));
    await writeXlsx(build(clean()), path.join(folder, 'utuh.xlsx'));
    const out = path.join(dir, 'rekap-sen.xlsx');
    await cli(['check', folder, '--rekap', out]);
    const ws = (await openXlsx(out)).getWorksheet('Rekap')!;
    const [withSen, whole] = [1, 2].map((i) => ws.getRow(REKAP_HEADER_ROW + i));
    expect(withSen.getCell(col('Pagu (Rp)')).value).toBe(1314779376.5);
    expect(withSen.getCell(col('Pagu (Rp)')).numFmt).toBe('#,##0.00');
    expect(withSen.getCell(col('Realisasi (Rp)')).numFmt).toBe('#,##0');
    expect(whole.getCell(col('Pagu (Rp)')).value).toBe(1314779376);
    expect(whole.getCell(col('Pagu (Rp)')).numFmt).toBe('#,##0');
  });

  test('Temuan: every finding of every workbook, in order, with its file, sheet and cell', async () => {
    const ws = wb.getWorksheet('Temuan')!;
    const want: unknown[][] = [];
    for (const f of [...kecFiles(), ...badFiles()]) {
      const alone = await single(f);
      for (const t of alone.json?.temuan ?? [])
        want.push([
          f,
          SEVERITY_TITLE[t.severity],
          FINDING_TITLE[t.code],
          t.sheet,
          t.cell,
          t.message,
          t.code,
        ]);
    }
    expect(want.length).toBeGreaterThan(100);
    const got: unknown[][] = [];
    const text = (c: ExcelJS.Cell) =>
      c.value && typeof c.value === 'object' && 'hyperlink' in c.value ? c.value.text : c.value;
    ws.eachRow((row, n) => {
      if (n === 1) return;
      got.push([1, 2, 3, 4, 5, 6, 7].map((c) => text(row.getCell(c))));
    });
    expect(got).toEqual(want);
    // A cell link opens the workbook at the cell, relative to the rekap's folder.
    const link = ws.getRow(2).getCell(5).value as ExcelJS.CellHyperlinkValue;
    const [file, place] = link.hyperlink.split('#');
    expect(path.resolve(path.dirname(rekap), file)).toBe(path.join(kec, 'ambulu-2024.xlsx'));
    expect(place).toBe(`'${want[0][3]}'!${want[0][4]}`);
    // Severity in its fill: errors in Excel's "Bad" red.
    expect((ws.getRow(2).getCell(2).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
  });

  test('the rekap itself in the folder is not checked on the next run', async () => {
    const inside = path.join(kec, 'rekap.xlsx');
    try {
      await cli(['check', kec, '--rekap', inside]);
      const again = await cli(['check', kec, '--rekap', inside, '--json']);
      const arr = JSON.parse(again.out) as JsonObject[];
      expect(arr.map((x) => path.basename(x.file))).toEqual(SAMPLES);
      expect(again.err).toContain(`Rekap ditulis: ${inside}`);
    } finally {
      await fs.rm(inside, { force: true });
    }
  });

  test('an earlier rekap left in the folder is a row saying so, and does not fail the run', async () => {
    const inside = path.join(kec, 'REKAP-lama.xlsx');
    try {
      await cli(['check', kec, '--rekap', inside]);
      const plain = await cli(['check', kec]);
      const rows = await cli(['check', kec, '--json']);
      const alone = await cli(['check', ...SAMPLES.map((f) => path.join(kec, f))]);
      expect(plain.out).toMatch(/REKAP-lama\.xlsx.*rekap dari capaian check --rekap/);
      // The samples' own worst code (error findings), not 2 for an unusable file.
      expect(plain.code).toBe(alone.code);
      expect(alone.code).toBe(1);
      const arr = JSON.parse(rows.out) as { file: string; error?: string }[];
      expect(arr.find((x) => x.file.endsWith('REKAP-lama.xlsx'))?.error).toMatch(
        /bukan buku kerja LKjIP/,
      );
    } finally {
      await fs.rm(inside, { force: true });
    }
  });
});

describe('exit code: the worst of the files', () => {
  test.each([
    [['bersih'], 0],
    [['bersih', 'bersih'], 0],
    [['bersih', 'salah'], 1],
    [['salah', 'tanpa-pk'], 2],
    [['bersih', 'terpotong'], 2],
  ] as [Kind[], number][])('%j → %i', async (kinds, want) => {
    const d = await fs.mkdtemp(path.join(dir, 'exit-'));
    for (const [i, k] of kinds.entries())
      await fs.writeFile(path.join(d, `${i}-${k}.xlsx`), bytes[k]);
    expect((await cli(['check', d])).code).toBe(want);
  });
});

describe('progress', () => {
  test('a line per workbook on a terminal, cleared at the end; nothing otherwise', async () => {
    const shown: string[] = [];
    let err = '';
    const io = {
      out: () => undefined,
      err: (s: string) => (err += s),
      progress: (s: string) => shown.push(s),
    };
    await run(['check', kec], io);
    expect(shown).toEqual([
      'Memeriksa 1/3: ambulu-2024.xlsx',
      'Memeriksa 2/3: gumukmas-2025.xlsx',
      'Memeriksa 3/3: semboro-2025.xlsx',
      '',
    ]);
    expect(err).toBe('');
    // No terminal: no progress function, nothing on stderr.
    expect((await cli(['check', kec])).err).toBe('');
  });
});

describe('worker threads', () => {
  test('threads: one per core in all (this one checks too), at most one per file; CAPAIAN_THREADS fewer', () => {
    const cores = os.availableParallelism();
    expect(workerCount(1, {})).toBe(0);
    expect(workerCount(30, {})).toBe(cores - 1);
    expect(workerCount(2, {})).toBe(Math.min(cores, 2) - 1);
    expect(workerCount(30, { CAPAIAN_THREADS: '0' })).toBe(0);
    expect(workerCount(30, { CAPAIAN_THREADS: '1' })).toBe(Math.min(1, cores - 1));
    expect(workerCount(30, { CAPAIAN_THREADS: 'banyak' })).toBe(cores - 1);
  });

  test.each([
    ['from the sources', () => batchWorkerScript()],
    ['compiled (build/cli)', () => path.join(root, 'build', 'cli', 'batch-worker.mjs')],
  ])('the real worker script, %s, checks a workbook as this thread does', async (_, script) => {
    const files = [...kecFiles(), ...badFiles(), path.join(dir, 'tidak-ada.xlsx')];
    const here = await Promise.all(files.map((f) => checkFile(f, true)));
    const shown: number[] = [];
    const there = await runPool(files, {
      script: script(),
      workers: 2,
      json: true,
      failed: () => {
        throw new Error('a worker stopped');
      },
      onStart: (i) => shown.push(i),
    });
    expect(there).toEqual(here);
    expect(shown.sort()).toEqual(files.map((_, i) => i));
  });

  test('with threads, the run gives the same answer as in this thread', async () => {
    const args = ['check', kec, bad, path.join(dir, 'bersih.xlsx'), '--json'];
    const here = await cli(args);
    process.env.CAPAIAN_THREADS = '2';
    try {
      const shown: string[] = [];
      let out = '';
      const code = await run(args, {
        out: (s) => (out += s),
        err: () => undefined,
        progress: (s) => shown.push(s),
      });
      expect(code).toBe(here.code);
      expect(JSON.parse(out)).toEqual(JSON.parse(here.out));
      expect(shown.length).toBe(7 + 1);
      expect(shown[shown.length - 1]).toBe('');
    } finally {
      process.env.CAPAIAN_THREADS = '0';
    }
  });

  test('the command in its own process checks on worker threads: compiled, and from the sources', async () => {
    const args = ['check', kec, bad, '--json'];
    const here = await cli(args);
    const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const commands = [
      [path.join(root, 'bin', 'capaian.js')],
      [tsx, path.join(root, 'src', 'cli', 'bin.ts')],
    ];
    for (const command of commands) {
      const r = spawnSync(process.execPath, [...command, ...args], {
        encoding: 'utf8',
        env: { ...process.env, CAPAIAN_THREADS: '2' },
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(here.code);
      expect(JSON.parse(r.stdout)).toEqual(JSON.parse(here.out));
    }
  });

  test('a worker that dies costs only its file; the others are checked', async () => {
    const script = path.join(root, 'test', 'helpers', 'crash-worker.cjs');
    const files = ['a.xlsx', 'mati-1.xlsx', 'b.xlsx', 'mati-2.xlsx', 'c.xlsx', 'd.xlsx'];
    const results = await runPool(files, {
      script,
      workers: 2,
      failed: (file, why) => `gagal ${file}: ${why}`,
    });
    expect(results).toEqual([
      'ok a.xlsx',
      'gagal mati-1.xlsx: worker mati pada mati-1.xlsx',
      'ok b.xlsx',
      'gagal mati-2.xlsx: worker mati pada mati-2.xlsx',
      'ok c.xlsx',
      'ok d.xlsx',
    ]);
  });
});

describe('this thread checks too, only what it accepts', () => {
  test('a file this thread does not accept (a huge workbook) is always checked by a worker', async () => {
    const script = path.join(root, 'test', 'helpers', 'crash-worker.cjs');
    const files = ['a.xlsx', 'besar-1.xlsx', 'b.xlsx', 'c.xlsx', 'besar-2.xlsx', 'd.xlsx'];
    const results = await runPool(files, {
      script,
      workers: 1,
      failed: (file) => `gagal ${file}`,
      local: {
        check: async (file) => `di sini ${file}`,
        accepts: (i) => !files[i].startsWith('besar'),
      },
    });
    expect(results[1]).toBe('ok besar-1.xlsx');
    expect(results[4]).toBe('ok besar-2.xlsx');
    // This thread starts first: it has the first file.
    expect(results[0]).toBe('di sini a.xlsx');
    results.forEach((r, i) => expect(r).toMatch(new RegExp(`^(ok|di sini) ${files[i]}$`)));
  });

  test('without workers this thread checks everything', async () => {
    const files = ['a.xlsx', 'besar.xlsx'];
    const results = await runPool(files, {
      script: '/tidak/dipakai.cjs',
      workers: 0,
      failed: (file) => `gagal ${file}`,
      local: { check: async (file) => `di sini ${file}`, accepts: () => true },
    });
    expect(results).toEqual(['di sini a.xlsx', 'di sini besar.xlsx']);
  });
});

describe('--rekap that cannot be written', () => {
  test('the summary still prints, the message says why, exit 2', async () => {
    const where = path.join(dir, 'tidak-ada', 'rekap.xlsx');
    const r = await cli(['check', path.join(dir, 'bersih.xlsx'), '--rekap', where]);
    expect(r.out).toContain('1 dari 1 buku kerja diperiksa.');
    expect(r.err).toContain(`Tidak dapat menulis ${where}`);
    expect(r.code).toBe(2);
  });
});

describe('property: any mix of good and bad workbooks', () => {
  const layouts: Transform[] = [
    (g) => compose()(g),
    renameSheet('PK', 'Perjanjian Kinerja'),
    compose(renameSheet('Realisasi', 'Pengukuran'), moveSheet('TC.25', 2)),
  ];
  const kinds = Object.keys(EXIT) as Kind[];
  const item = fc.record({
    kind: fc.constantFrom(...kinds),
    layout: fc.nat({ max: layouts.length - 1 }),
  });

  test('one row per file, in name order; the exit code is the worst; a good file’s row is the same in any layout', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(item, { minLength: 1, maxLength: 5 }), async (items) => {
        const d = path.join(dir, `prop-${n++}`);
        await fs.mkdir(d);
        const names: string[] = [];
        for (const [i, { kind, layout }] of items.entries()) {
          const name = `${String.fromCharCode(97 + ((i * 7) % 26))}${i}-${kind}.xlsx`;
          names.push(name);
          if (layout > 0 && (kind === 'bersih' || kind === 'salah')) {
            const spec = clean();
            if (kind === 'salah') ind(spec, 'ikm').real!['Capaian (%)'] = '120%';
            await writeXlsx(layouts[layout](build(spec)).grid, path.join(d, name));
          } else await fs.writeFile(path.join(d, name), bytes[kind]);
        }
        const r = await cli(['check', d, '--json']);
        const arr = JSON.parse(r.out) as (JsonObject & { error?: string })[];
        const collator = new Intl.Collator('id', { numeric: true, sensitivity: 'base' });
        expect(arr.map((x) => path.basename(x.file))).toEqual([...names].sort(collator.compare));
        expect(r.code).toBe(Math.max(...items.map((x) => EXIT[x.kind])));
        const text = await cli(['check', d]);
        for (const [i, { kind }] of items.entries()) {
          const line = text.out.split('\n').find((l) => l.includes(names[i]))!;
          if (EXIT[kind] === 2) expect(cellsOf(line)).toHaveLength(2);
          else
            expect(cellsOf(line).slice(1)).toEqual([
              'Kecamatan Ambulu',
              '2024',
              expect.stringMatching(/^(PK|Perjanjian Kinerja)$/),
              '2',
              '100,99%',
              'Sangat Tinggi',
              '97,11%',
              kind === 'salah' ? '1' : '0',
              '0',
            ]);
        }
        await fs.rm(d, { recursive: true, force: true });
      }),
      { numRuns: 12 },
    );
  });
});
