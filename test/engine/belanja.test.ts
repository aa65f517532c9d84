/**
 * Belanja operasi / modal of a budget table (NARRATIVE.md "Budget composition"), from a
 * `Jenis Belanja` column or from `Belanja Operasi` / `Belanja Modal` amount columns. The tables
 * are the reports' own (G = gumukmas-2025.txt, S = semboro-2025.txt, by line); the sums below
 * are recomputed by hand from them.
 */
import fc from 'fast-check';
import { belanjaComposition } from '../../src/engine/budget';
import type { BudgetLevel, BudgetRow } from '../../src/engine/model';
import { parseText } from '../../src/engine/values';

interface RowOpts {
  jenis?: 'operasi' | 'modal' | null;
  operasi?: string;
  modal?: string;
  kode?: string;
}

let n = 0;
function row(
  level: BudgetLevel,
  nama: string,
  pagu: string,
  realisasi: string,
  o: RowOpts = {},
): BudgetRow {
  n++;
  return {
    key: `r${n}`,
    level,
    kode: o.kode ?? null,
    nama,
    parent: null,
    pagu: parseText(pagu),
    realisasi: parseText(realisasi),
    persen: parseText(''),
    sisa: parseText(''),
    refs: { pagu: null, realisasi: null, persen: null, sisa: null, nama: null },
    sasaran: [],
    pk: null,
    jenisBelanja: o.jenis ?? null,
    belanjaOperasi: o.operasi === undefined ? null : parseText(o.operasi),
    belanjaModal: o.modal === undefined ? null : parseText(o.modal),
  };
}

const OP = { jenis: 'operasi' } as const;
const BM = { jenis: 'modal' } as const;

/**
 * Gumukmas Tabel 3.10 (G1180–1236), programs and the kegiatan of the first one, with a Jenis
 * Belanja column: the Pengadaan Barang Milik Daerah kegiatan (G1199, 11.369.325 / 9.224.100) is
 * the belanja modal, every other row operasi. The first program's row says "operasi" too, and
 * its kegiatan say their own: only the kegiatan count.
 */
function gumukmas(): BudgetRow[] {
  return [
    row(
      'program',
      'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA',
      '3.297.504.548',
      '2.568.847.251',
      OP,
    ), // G1181
    row(
      'kegiatan',
      'Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah',
      '1.660.000',
      '1.652.800',
      OP,
    ), // G1182
    row(
      'kegiatan',
      'Kegiatan Administrasi Keuangan Perangkat Daerah',
      '2.717.264.930',
      '2.045.527.738',
      OP,
    ), // G1184
    row(
      'kegiatan',
      'Kegiatan Administrasi Kepegawaian Perangkat Daerah',
      '10.930.000',
      '10.828.050',
      OP,
    ), // G1188
    row('kegiatan', 'Kegiatan Administrasi Umum Perangkat Daerah', '48.402.500', '45.993.641', OP), // G1190
    row(
      'kegiatan',
      'Kegiatan Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah',
      '11.369.325',
      '9.224.100',
      BM,
    ), // G1199
    row(
      'kegiatan',
      'Kegiatan Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah',
      '414.015.173',
      '365.612.276',
      OP,
    ), // G1201
    row(
      'kegiatan',
      'Kegiatan Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah',
      '93.862.620',
      '90.008.646',
      OP,
    ), // G1204
    row(
      'program',
      'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK',
      '744.112.000',
      '741.619.000',
      OP,
    ), // G1212
    row(
      'program',
      'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN',
      '254.187.300',
      '248.833.850',
      OP,
    ), // G1220
    row(
      'program',
      'PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM',
      '51.335.400',
      '48.575.200',
      OP,
    ), // G1225
    row(
      'program',
      'PROGRAM PENYELENGGARAAN URUSAN PEMERINTAHAN UMUM',
      '12.111.200',
      '12.035.000',
      OP,
    ), // G1232
    row('total', 'JUMLAH', '4.359.250.448', '3.619.910.301', OP),
  ];
}

describe('belanjaComposition from a Jenis Belanja column', () => {
  test('Gumukmas: operasi 4.347.881.123 and modal 11.369.325 of 4.359.250.448 (G1169–1174)', () => {
    // Operasi pagu: the four other programs 744.112.000 + 254.187.300 + 51.335.400 + 12.111.200
    // = 1.061.745.900, plus the first program's operasi kegiatan 1.660.000 + 2.717.264.930 +
    // 10.930.000 + 48.402.500 + 414.015.173 + 93.862.620 = 3.286.135.223: 4.347.881.123 (G1172).
    // Realisasi: 741.619.000 + 248.833.850 + 48.575.200 + 12.035.000 = 1.051.063.050, plus
    // 1.652.800 + 2.045.527.738 + 10.828.050 + 45.993.641 + 365.612.276 + 90.008.646 =
    // 2.559.623.151: 3.610.686.201.
    expect(belanjaComposition(gumukmas())).toEqual({
      operasi: { pagu: 4_347_881_123, realisasi: 3_610_686_201 },
      modal: { pagu: 11_369_325, realisasi: 9_224_100 }, // G1173, G1199
      total: 4_359_250_448, // G1169
    });
  });

  test('a program listed again under a second sasaran is counted once', () => {
    const rows = gumukmas();
    const again = rows.filter((r) => /PELAYANAN PUBLIK/.test(r.nama)).map((r) => ({ ...r }));
    const out = belanjaComposition([...rows.slice(0, -1), ...again, rows[rows.length - 1]]);
    expect(out?.operasi?.pagu).toBe(4_347_881_123);
    expect(out?.total).toBe(4_359_250_448);
  });

  test('a row of one jenis only: the other part is null', () => {
    const out = belanjaComposition(gumukmas().map((r) => ({ ...r, jenisBelanja: 'operasi' })));
    // Every kegiatan of the first program is operasi now: all of 4.359.250.448.
    expect(out).toEqual({
      operasi: { pagu: 4_359_250_448, realisasi: 3_619_910_301 },
      modal: null,
      total: 4_359_250_448,
    });
  });

  test('a row without a realisasi leaves its part without one, never a silent 0', () => {
    const rows = gumukmas();
    rows[5] = { ...rows[5], realisasi: parseText('') };
    const out = belanjaComposition(rows);
    expect(out?.modal).toEqual({ pagu: 11_369_325, realisasi: null });
    expect(out?.operasi?.realisasi).toBe(3_610_686_201);
  });

  test('a sub kegiatan written twice, once per jenis, is two amounts', () => {
    // The Pengadaan Barang Milik Daerah kegiatan (G1199) with a hypothetical split of its
    // 11.369.325: 1.369.325 operasi (its honorarium) and 10.000.000 modal, on two lines of the
    // same name, each with its own realisasi (9.224.100 = 1.224.100 + 8.000.000).
    const rows = gumukmas();
    const nama = rows[5].nama;
    rows.splice(
      5,
      1,
      row('kegiatan', nama, '1.369.325', '1.224.100', OP),
      row('kegiatan', nama, '10.000.000', '8.000.000', BM),
    );
    const out = belanjaComposition(rows);
    // Operasi 4.347.881.123 + 1.369.325 = 4.349.250.448; realisasi 3.610.686.201 + 1.224.100.
    expect(out).toEqual({
      operasi: { pagu: 4_349_250_448, realisasi: 3_611_910_301 },
      modal: { pagu: 10_000_000, realisasi: 8_000_000 },
      total: 4_359_250_448,
    });
  });

  test('no jenis and no belanja columns: null', () => {
    expect(belanjaComposition(gumukmas().map((r) => ({ ...r, jenisBelanja: null })))).toBeNull();
    expect(belanjaComposition([])).toBeNull();
  });
});

/**
 * Semboro Tabel 2.9 (S457–505), Anggaran Perubahan, with Belanja Operasi / Belanja Modal amount
 * columns: the modal is Penyediaan Peralatan dan Perlengkapan Kantor 6.402.400 (S475) under
 * Administrasi Umum (S473: 3.265.000 + 6.402.400 + 40.063.700 = 49.731.100).
 */
function semboro(): BudgetRow[] {
  const both = (op: string, bm: string) => ({ operasi: op, modal: bm });
  return [
    row(
      'program',
      'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA',
      '3.252.841.137',
      '',
      both('3.246.438.737', '6.402.400'),
    ), // S461
    row(
      'kegiatan',
      'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah',
      '790.800',
      '',
      both('790.800', ''),
    ), // S462
    row(
      'kegiatan',
      'Administrasi Keuangan Perangkat Daerah',
      '2.611.733.686',
      '',
      both('2.611.733.686', ''),
    ), // S464
    row('kegiatan', 'Administrasi Kepegawaian Perangkat Daerah', '0', '', both('0', '')), // S471
    row(
      'kegiatan',
      'Administrasi Umum Perangkat Daerah',
      '49.731.100',
      '',
      both('43.328.700', '6.402.400'),
    ), // S473
    row(
      'kegiatan',
      'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah',
      '527.512.751',
      '',
      both('527.512.751', ''),
    ), // S477
    row(
      'kegiatan',
      'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah',
      '63.072.800',
      '',
      both('63.072.800', ''),
    ), // S483
    row(
      'program',
      'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK',
      '555.120.000',
      '',
      both('555.120.000', '0'),
    ), // S487
    row(
      'program',
      'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN',
      '113.108.800',
      '',
      both('113.108.800', '0'),
    ), // S495
    row(
      'program',
      'PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM',
      '49.569.400',
      '',
      both('49.569.400', '0'),
    ), // S503
    row('total', 'Jumlah', '3.970.639.337', '', both('3.964.236.937', '6.402.400')), // S450
  ];
}

describe('belanjaComposition from Belanja Operasi / Belanja Modal columns', () => {
  test('Semboro: operasi 3.964.236.937 and modal 6.402.400 of 3.970.639.337 (S942–948)', () => {
    // Operasi: kegiatan of the first program 790.800 + 2.611.733.686 + 0 + 43.328.700 +
    // 527.512.751 + 63.072.800 = 3.246.438.737, plus 555.120.000 + 113.108.800 + 49.569.400 =
    // 3.964.236.937 (S946). Modal: 6.402.400 (S948). The program row and the Jumlah row, which
    // say the same again, are not added.
    expect(belanjaComposition(semboro())).toEqual({
      operasi: { pagu: 3_964_236_937, realisasi: null },
      modal: { pagu: 6_402_400, realisasi: null },
      total: 3_970_639_337, // S942
    });
  });

  test('amounts on the program rows only', () => {
    const rows = semboro().filter((r) => r.level === 'program');
    expect(belanjaComposition(rows)?.total).toBe(3_970_639_337);
    expect(belanjaComposition(rows)?.modal?.pagu).toBe(6_402_400);
  });

  test('a Jenis Belanja column wins over amount columns (it has realisasi)', () => {
    const rows = gumukmas().map((r) => ({
      ...r,
      belanjaOperasi: parseText('1'),
      belanjaModal: null,
    }));
    expect(belanjaComposition(rows)?.modal?.realisasi).toBe(9_224_100);
  });
});

// --- Property: the parts add up to the whole, nothing counted twice ------------------------------

interface Node {
  level: 'program' | 'kegiatan' | 'subkegiatan';
  pagu: number;
  realisasi: number;
  jenis: 'operasi' | 'modal';
  /** Whether this row states its jenis (leaves always do). */
  says: boolean;
  children: Node[];
}

const leafArb = (level: Node['level']): fc.Arbitrary<Node> =>
  fc
    .record({
      pagu: fc.integer({ min: 0, max: 5_000_000_000 }),
      cents: fc.integer({ min: 0, max: 99 }),
      jenis: fc.constantFrom('operasi' as const, 'modal' as const),
      spent: fc.integer({ min: 0, max: 100 }),
    })
    .map(({ pagu, cents, jenis, spent }) => {
      const p = pagu + cents / 100;
      return {
        level,
        pagu: p,
        realisasi: Math.round(((p * spent) / 100) * 100) / 100,
        jenis,
        says: true,
        children: [],
      };
    });

function parentArb(level: Node['level'], below: fc.Arbitrary<Node>): fc.Arbitrary<Node> {
  return fc
    .record({
      children: fc.array(below, { minLength: 1, maxLength: 4 }),
      says: fc.boolean(),
      jenis: fc.constantFrom('operasi' as const, 'modal' as const),
    })
    .map(({ children, says, jenis }) => ({
      level,
      pagu: 0,
      realisasi: 0,
      jenis,
      says,
      children,
    }));
}

const programArb = fc.oneof(
  leafArb('program'),
  parentArb(
    'program',
    fc.oneof(leafArb('kegiatan'), parentArb('kegiatan', leafArb('subkegiatan'))),
  ),
);

/** Leaves of a node, and the exact sums in sen (integers) per jenis. */
function leaves(x: Node): Node[] {
  return x.children.length ? x.children.flatMap(leaves) : [x];
}

const sen = (x: number) => Math.round(x * 100);
const rp = (s: number) => (s / 100).toFixed(2).replace('.', ',');

function rowsOf(programs: Node[], form: 'jenis' | 'amounts', repeat: number | null): BudgetRow[] {
  const out: BudgetRow[] = [];
  const emit = (x: Node, name: string) => {
    const ls = leaves(x);
    const pagu = ls.reduce((s, l) => s + sen(l.pagu), 0);
    const real = ls.reduce((s, l) => s + sen(l.realisasi), 0);
    const of = (j: string) => ls.filter((l) => l.jenis === j).reduce((s, l) => s + sen(l.pagu), 0);
    const o: RowOpts =
      form === 'jenis'
        ? { jenis: x.says ? x.jenis : null }
        : x.says
          ? { operasi: rp(of('operasi')), modal: rp(of('modal')) }
          : {};
    out.push(row(x.level, name, rp(pagu), rp(real), o));
    x.children.forEach((c, i) => emit(c, `${name}.${i + 1}`));
  };
  programs.forEach((p, i) => emit(p, `Program ${i + 1}`));
  if (repeat !== null && programs.length) {
    const k = repeat % programs.length;
    emit(programs[k], `Program ${k + 1}`);
  }
  out.push(row('total', 'JUMLAH', '', '', { jenis: 'operasi', operasi: '1', modal: '1' }));
  return out;
}

describe('belanjaComposition over random hierarchies', () => {
  test('with a Jenis Belanja column: Σ per jenis of the deepest rows, the total their sum', () => {
    fc.assert(
      fc.property(
        fc.array(programArb, { minLength: 1, maxLength: 5 }),
        fc.option(fc.nat()),
        (programs, repeat) => {
          const out = belanjaComposition(rowsOf(programs, 'jenis', repeat));
          // The deepest row stating a jenis on each path: a row whose rows below state none
          // counts with its own jenis, for all of its amount.
          const counted: { jenis: string; pagu: number; real: number }[] = [];
          const walk = (x: Node) => {
            const below = x.children.length && x.children.some(states);
            if (x.says && !below) {
              const ls = leaves(x);
              counted.push({
                jenis: x.jenis,
                pagu: ls.reduce((s, l) => s + sen(l.pagu), 0),
                real: ls.reduce((s, l) => s + sen(l.realisasi), 0),
              });
            } else x.children.forEach(walk);
          };
          programs.forEach(walk);
          const senOf = (j: string, k: 'pagu' | 'real') =>
            counted.filter((c) => c.jenis === j).reduce((s, c) => s + c[k], 0);
          const part = (j: string) =>
            counted.some((c) => c.jenis === j)
              ? { pagu: senOf(j, 'pagu') / 100, realisasi: senOf(j, 'real') / 100 }
              : null;
          expect(out).toEqual({
            operasi: part('operasi'),
            modal: part('modal'),
            total: (senOf('operasi', 'pagu') + senOf('modal', 'pagu')) / 100,
          });
          // Every leaf states a jenis, so nothing is lost: the total is Σ of the programs.
          const all = programs.flatMap(leaves).reduce((s, l) => s + sen(l.pagu), 0);
          expect(sen(out!.total)).toBe(all);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('with amount columns: the total is Σ of the programs, each amount once', () => {
    fc.assert(
      fc.property(
        fc.array(programArb, { minLength: 1, maxLength: 5 }),
        fc.option(fc.nat()),
        (programs, repeat) => {
          const out = belanjaComposition(rowsOf(programs, 'amounts', repeat));
          const ls = programs.flatMap(leaves);
          const of = (j: string) =>
            ls.filter((l) => l.jenis === j).reduce((s, l) => s + sen(l.pagu), 0);
          expect(sen(out!.operasi!.pagu)).toBe(of('operasi'));
          expect(sen(out!.modal!.pagu)).toBe(of('modal'));
          expect(sen(out!.total)).toBe(of('operasi') + of('modal'));
          expect(out!.operasi!.realisasi).toBeNull();
        },
      ),
      { numRuns: 300 },
    );
  });
});

function states(x: Node): boolean {
  return x.says || x.children.some(states);
}
