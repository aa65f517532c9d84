/**
 * The command line on files it cannot use (WORKBOOK.md "The command line"): every one gives an
 * Indonesian message — never a stack trace — and exit code 2. A workbook without a Realisasi
 * sheet is an error finding (exit 1), one without TC.25 a warning, text in a number column a
 * VALUE_UNREADABLE at its cell (exit 1). And `capaian check --json` has the shape of the
 * WORKBOOK.md example (Ambulu 2024, A612, with the example's budget).
 */
import { cli, type CliResult } from '../helpers/cli';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { writeXlsx } from '../helpers/grid';
import { baseSpec, build, ind, TUJUAN_SAKIP, type WorkbookSpec } from '../helpers/workbook';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'capaian-bad-input-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const file = (name: string) => path.join(dir, name);

/** No stack trace, no English runtime error text in what the planner sees. */
function expectPlainIndonesian(text: string): void {
  expect(text.trim()).not.toBe('');
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/); // stack frame
  expect(text).not.toMatch(
    /\b(TypeError|RangeError|Error:|ENOENT|EACCES|undefined|NaN|Cannot read|is not a function|End of data|Corrupted zip)\b/,
  );
}

/** 512-byte OLE compound-file header (D0 CF 11 E0 A1 B1 1A E1) and padding. */
function oleBytes(extra: Buffer = Buffer.alloc(0)): Buffer {
  const head = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([head, Buffer.alloc(504), extra, Buffer.alloc(512)]);
}

describe('files that cannot be used: an Indonesian message and exit code 2', () => {
  test('a missing file', async () => {
    const r = await cli(['check', file('tidak-ada.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/tidak ditemukan/);
    expectPlainIndonesian(r.err);
  });

  test('an empty (0-byte) file', async () => {
    await fs.writeFile(file('kosong.xlsx'), Buffer.alloc(0));
    const r = await cli(['check', file('kosong.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/kosong/);
    expectPlainIndonesian(r.err);
  });

  test('a text file renamed .xlsx', async () => {
    await fs.writeFile(file('catatan.xlsx'), 'Capaian kinerja 2024: IKM 83,63\n', 'utf8');
    const r = await cli(['check', file('catatan.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bukan buku kerja Excel/);
    expectPlainIndonesian(r.err);
  });

  test('an old .xls (OLE compound file): save it as .xlsx', async () => {
    await fs.writeFile(file('lama.xlsx'), oleBytes());
    const r = await cli(['check', file('lama.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/\.xls\b/);
    expect(r.err).toMatch(/simpan sebagai/i);
    expect(r.err).toMatch(/\.xlsx/);
    expect(r.err).not.toMatch(/kata sandi/);
    expectPlainIndonesian(r.err);
  });

  test('a password-protected .xlsx (OLE with "EncryptedPackage"): remove the password, save as .xlsx', async () => {
    await fs.writeFile(file('terkunci.xlsx'), oleBytes(Buffer.from('EncryptedPackage', 'utf16le')));
    const r = await cli(['check', file('terkunci.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/kata sandi/);
    expect(r.err).toMatch(/\.xlsx/);
    expectPlainIndonesian(r.err);
  });

  test('a truncated .xlsx (the first half of a real one)', async () => {
    const whole = await fs.readFile(path.join(__dirname, '..', '..', 'assets', 'ambulu-2024.xlsx'));
    await fs.writeFile(file('terpotong.xlsx'), whole.subarray(0, Math.floor(whole.length / 2)));
    const r = await cli(['check', file('terpotong.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/rusak|terpotong/);
    expectPlainIndonesian(r.err);
  });

  test('an empty workbook (one blank sheet)', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    await wb.xlsx.writeFile(file('kosong-satu-lembar.xlsx'));
    const r = await cli(['check', file('kosong-satu-lembar.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/PK|Perjanjian Kinerja/);
    expectPlainIndonesian(r.err);
  });

  test('a workbook with no PK sheet', async () => {
    const s = baseSpec();
    s.has.pk = false;
    await writeXlsx(build(s), file('tanpa-pk.xlsx'));
    const r = await cli(['check', file('tanpa-pk.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Lembar PK|Perjanjian Kinerja/);
    expectPlainIndonesian(r.err);
  });

  test('the same message with --json', async () => {
    await fs.writeFile(file('kosong2.xlsx'), Buffer.alloc(0));
    const r = await cli(['check', file('kosong2.xlsx'), '--json']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/kosong/);
  });
});

interface JsonFinding {
  code: string;
  severity: string;
  pk: string | null;
  sheet: string | null;
  cell: string | null;
  message: string;
}

async function checkJson(
  spec: WorkbookSpec,
  name: string,
): Promise<{ r: CliResult; json: { temuan: JsonFinding[] } & Record<string, unknown> }> {
  await writeXlsx(build(spec), file(name));
  const r = await cli(['check', file(name), '--json']);
  return { r, json: JSON.parse(r.out) };
}

describe('workbooks that can be used, with findings', () => {
  test('no Realisasi sheet: a SHEET_MISSING error finding, exit 1', async () => {
    const s = baseSpec();
    s.has.realisasi = false;
    const { r, json } = await checkJson(s, 'tanpa-realisasi.xlsx');
    expect(r.code).toBe(1);
    expect(json.temuan).toContainEqual(
      expect.objectContaining({ code: 'SHEET_MISSING', severity: 'error' }),
    );
  });

  test('no TC.25: a SHEET_MISSING warning, exit 0 (nothing else is wrong)', async () => {
    const s = baseSpec();
    s.has.tc25 = false;
    const { r, json } = await checkJson(s, 'tanpa-tc25.xlsx');
    expect(r.code).toBe(0);
    expect(json.temuan).toEqual([
      expect.objectContaining({ code: 'SHEET_MISSING', severity: 'warning' }),
    ]);
  });

  test('text in a number column ("Sangat Baik" for the IKM score, S398): VALUE_UNREADABLE at its cell, exit 1', async () => {
    const s = baseSpec();
    ind(s, 'ikm').real!.Realisasi = 'Sangat Baik';
    ind(s, 'ikm').real!['Capaian (%)'] = '';
    const { r, json } = await checkJson(s, 'teks-di-angka.xlsx');
    expect(r.code).toBe(1);
    // Realisasi sheet: title row 1, header row 2, IKM row 3; Realisasi is column E
    expect(json.temuan).toContainEqual(
      expect.objectContaining({
        code: 'VALUE_UNREADABLE',
        severity: 'error',
        sheet: 'Realisasi',
        cell: 'E3',
      }),
    );
    const f = json.temuan.find((x) => x.code === 'VALUE_UNREADABLE')!;
    expect(f.message).toMatch(/Sangat Baik/);
  });

  test('the base workbook: exit 0, no findings', async () => {
    const { r, json } = await checkJson(baseSpec(), 'benar.xlsx');
    expect(r.code).toBe(0);
    expect(json.temuan).toEqual([]);
  });
});

// --- capaian check --json --------------------------------------------------------------------

/** The example of WORKBOOK.md, verbatim (Ambulu 2024, A612, with an invented budget). */
const EXAMPLE = {
  file: 'contoh.xlsx',
  settings: {
    skala: 'permendagri86-jember',
    batasAtasCapaian: null,
    rumusNegatif: '2T-R',
    metodeEfisiensi: 'selisih',
  },
  pk: [
    {
      sheet: 'PK',
      tahun: 2024,
      periode: '2021-2026',
      jenis: 'awal',
      dilaporkan: true,
      indikator: [
        {
          tujuan: null,
          sasaran: 'Meningkatnya kualitas pengelolaan keuangan …',
          indikator: 'Nilai SAKIP OPD',
          satuan: 'Nilai',
          polaritas: 'positif',
          target: 82,
          realisasi: 84.27,
          capaian: 102.76829268292683,
          predikat: 'Sangat Tinggi',
          warna: '#9BC2E6',
          targetAkhirRenstra: 85,
          capaianAkhirRenstra: 99.14117647058823,
          tertulis: { capaian: 102, predikat: null },
          sel: {
            target: 'PK!D7',
            realisasi: 'Realisasi!E9',
            capaian: 'Realisasi!F9',
            predikat: null,
          },
        },
      ],
      sasaran: [
        {
          nama: 'Meningkatnya kualitas pengelolaan keuangan …',
          capaian: 102.76829268292683,
          predikat: 'Sangat Tinggi',
          pagu: 555120000,
          realisasiAnggaran: 546800000,
          serapan: 98.50122496036893,
          efisiensi: 4.267067722557897,
          kategoriEfisiensi: 'Efisien',
        },
      ],
      ringkasan: {
        jumlahIndikator: 1,
        tercapai: 1,
        melampaui: 1,
        tidakTercapai: 0,
        tanpaCapaian: 0,
        rataRataCapaian: 102.76829268292683,
        predikat: 'Sangat Tinggi',
        pagu: 555120000,
        realisasiAnggaran: 546800000,
        serapan: 98.50122496036893,
      },
    },
  ],
  temuan: [
    {
      code: 'CAPAIAN_MISMATCH',
      severity: 'error',
      pk: 'PK',
      sheet: 'Realisasi',
      cell: 'F9',
      message:
        'Capaian tertulis 102 %, hasil hitung 102,77 % (tampaknya dipotong, bukan dibulatkan).',
    },
  ],
};

/**
 * A workbook that yields the example: Nilai SAKIP OPD, target 82, realisasi 84.27, typed "102%"
 * (A612); TC.25 2023–2026 80 / 82 / 85 / 85, target akhir 85 (A1479) → 84,27/85 = 99,14; the
 * example's budget 555.120.000 / 546.800.000 (the figures of S978) = 98,50 %. Laid out so that the
 * target is PK!D7 and the realisasi and capaian Realisasi!E9 and F9.
 */
function exampleSpec(): WorkbookSpec {
  const s = baseSpec();
  s.indicators = [
    {
      id: 'sakip',
      sasaran: TUJUAN_SAKIP,
      nama: 'Nilai SAKIP OPD',
      satuan: 'Nilai',
      polaritas: 'positif',
      target: 82,
      tc: { targets: ['-', '-', 80, 82, 85, 85], akhir: 85, satuan: 'Nilai' },
      real: { Target: 82, Realisasi: '84.27', 'Capaian (%)': '102%' },
    },
  ];
  s.programs = [
    {
      id: 'pem',
      nama: 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik',
      anggaran: 'Rp. 555.120.000',
      sasaran: 1,
      budget: [
        {
          'Program/Kegiatan/Sub Kegiatan':
            'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik',
          'Pagu (Rp)': '555.120.000,00',
          'Realisasi (Rp)': '546.800.000,00',
          '% Serapan': '98,50%',
        },
      ],
    },
  ];
  s.jumlah = null;
  s.titles = {
    tc25: ['Matriks Tujuan dan Sasaran Renstra 2021-2026'],
    pk: ['PERJANJIAN KINERJA TAHUN 2024', 'KECAMATAN AMBULU', 'KABUPATEN JEMBER', '', ''],
    realisasi: ['Tabel 3.2', 'Pengukuran Realisasi Kinerja Tahun 2024', '', '', '', '', ''],
  };
  return s;
}

/** Keys of every object, recursively (arrays by their first element). */
function shape(x: unknown): unknown {
  if (Array.isArray(x)) return x.length ? [shape(x[0])] : [];
  if (x && typeof x === 'object') {
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(x).sort()) o[k] = shape((x as Record<string, unknown>)[k]);
    return o;
  }
  return null;
}

/** Values equal to the example's (numbers to 1e-9), except the paths listed. */
function expectLike(actual: unknown, expected: unknown, skip: string[], at = ''): void {
  if (skip.includes(at)) return;
  if (typeof expected === 'number') {
    expect([at, typeof actual]).toEqual([at, 'number']);
    expect(Math.abs((actual as number) - expected)).toBeLessThan(1e-9);
  } else if (expected && typeof expected === 'object') {
    for (const k of Object.keys(expected)) {
      expectLike(
        (actual as Record<string, unknown>)?.[k],
        (expected as Record<string, unknown>)[k],
        skip,
        at ? `${at}.${k}` : k,
      );
    }
  } else {
    expect([at, actual]).toEqual([at, expected]);
  }
}

describe('capaian check --json', () => {
  test('has exactly the keys of the WORKBOOK.md example', async () => {
    const { json } = await checkJson(exampleSpec(), 'contoh.xlsx');
    expect(shape(json)).toEqual(shape(EXAMPLE));
  });

  test("gives the example's values for the example's workbook, exit 1", async () => {
    const { r, json } = await checkJson(exampleSpec(), 'contoh.xlsx');
    expect(r.code).toBe(1);
    // the example abbreviates the sasaran name and words the message slightly differently
    expectLike(json, EXAMPLE, [
      'pk.0.indikator.0.sasaran',
      'pk.0.sasaran.0.nama',
      'temuan.0.message',
    ]);
    const pk = (json.pk as { indikator: { sasaran: string }[]; sasaran: { nama: string }[] }[])[0];
    expect(pk.indikator[0].sasaran).toBe(TUJUAN_SAKIP);
    expect(pk.sasaran[0].nama).toBe(TUJUAN_SAKIP);
    expect(json.temuan[0].message).toMatch(/102,77%/);
    expect(json.temuan[0].message).toMatch(/dipotong, bukan dibulatkan/);
  });

  test('prints one JSON object and nothing else on stdout', async () => {
    const { r } = await checkJson(exampleSpec(), 'contoh.xlsx');
    expect(() => JSON.parse(r.out)).not.toThrow();
    expect(r.out.trim().startsWith('{')).toBe(true);
    expect(r.out.trim().endsWith('}')).toBe(true);
  });
});
