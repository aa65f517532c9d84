/**
 * The report tables of each sample workbook, cell by cell, against the figures recomputed by hand
 * from the reports' own inputs (test/fixtures/*.expected.ts, and the totals below with their
 * arithmetic) — never against our own output.
 */
import type { PkReport, ReportCell } from '../../src/engine/report';
import { colOf, contrast, load, pctText, rowOf, rpText, SAMPLES, type Loaded } from './samples';

/** Totals recomputed by hand from the budget tables of the reports. */
const TOTALS: Record<
  string,
  {
    anggaran: { pagu: number; realisasi: number; serapan: number; sisa: number };
    /** JUMLAH row of the efficiency table per PK sheet: C (mean of sasaran indicators), S, C − S. */
    efisiensi: Record<
      string,
      { c: number; pagu: number; realisasi: number; s: number; e: number; kategori: string }
    >;
  }
> = {
  'semboro-2025': {
    // Tabel 3.10 (S955–S995): 3.246.438.737 + 555.120.000 + 113.108.800 + 49.569.400 = 3.964.236.937;
    // 2.376.886.333 + 546.800.000 + 109.064.000 + 47.483.635 = 3.080.233.968; 77,7006 %; sisa 884.002.969.
    anggaran: { pagu: 3964236937, realisasi: 3080233968, serapan: 77.7, sisa: 884002969 },
    efisiensi: {
      // The program IKU at its computed 3/4 = 75 % (PROGRAM_IKU_MISMATCH, issue 10 §2):
      // (97,92/88×100 + 100 + 100 + 75) / 4 = 96,5682 (< 100: Tidak Efisien); 96,5682 − 77,7006 = 18,8676.
      'PK 2025': {
        c: 96.57,
        pagu: 3964236937,
        realisasi: 3080233968,
        s: 77.7,
        e: 18.87,
        kategori: 'Tidak Efisien',
      },
      // (85,96/97,93×100 + 80/81×100 + 75) / 3 = 87,1808 (< 100: Tidak Efisien); 87,1808 − 77,7006 = 9,4802.
      'PK Perubahan 2025': {
        c: 87.18,
        pagu: 3964236937,
        realisasi: 3080233968,
        s: 77.7,
        e: 9.48,
        kategori: 'Tidak Efisien',
      },
    },
  },
  'gumukmas-2025': {
    // Tabel 3.10 (G1178–1236): pagu 4.359.250.448 (G120); realisasi Σ of the 5 programs 3.619.910.301
    // (the report's 3.621.365.301 does not add up); 83,0397 %; sisa 739.340.147.
    anggaran: { pagu: 4359250448, realisasi: 3619910301, serapan: 83.04, sisa: 739340147 },
    efisiensi: {
      // Four sasaran indicators at 100: C = 100; 100 − 83,0397 = 16,9603.
      'PK 2025': {
        c: 100,
        pagu: 4359250448,
        realisasi: 3619910301,
        s: 83.04,
        e: 16.96,
        kategori: 'Efisien',
      },
      // The program IKU at its computed 5/6 (PROGRAM_IKU_MISMATCH, issue 10 §2):
      // (87,16/89,75×100 + 81,22/81×100 + 500/6) / 3 = 93,5730; mapped programs Penunjang + Penyelenggaraan:
      // 3.297.504.548 + 744.112.000 = 4.041.616.548, 2.568.847.251 + 741.619.000 = 3.310.466.251 (G1165),
      // 81,9095 %; 93,5730 − 81,9095 = 11,6635; C < 100: Tidak Efisien.
      'PK Perubahan': {
        c: 93.57,
        pagu: 4041616548,
        realisasi: 3310466251,
        s: 81.91,
        e: 11.66,
        kategori: 'Tidak Efisien',
      },
    },
  },
  'ambulu-2024': {
    // A862–899: 2.941.063.617 + 1.041.115.000 + 236.227.800 + 273.664.376 = 4.492.070.793 (A309);
    // 2.653.011.709 + 1.032.500.000 + 194.582.000 + 244.304.640 = 4.124.398.349 (A91); 91,8151 %
    // (the report prints 91,80 %); sisa 367.672.444.
    anggaran: { pagu: 4492070793, realisasi: 4124398349, serapan: 91.82, sisa: 367672444 },
    efisiensi: {
      // The program IKU at its computed 3/4 = 75 % of 80 (PROGRAM_IKU_MISMATCH, issue 10 §2):
      // (75/80×100 + 83,63/82×100 + 100 + 100) / 4 = 98,9345; 98,9345 − 91,8151 = 7,1194; C < 100.
      'PK Perubahan': {
        c: 98.93,
        pagu: 4492070793,
        realisasi: 4124398349,
        s: 91.82,
        e: 7.12,
        kategori: 'Tidak Efisien',
      },
    },
  },
};

function expectPercent(cell: ReportCell, x: number): void {
  expect(cell.value).toBe(x);
  expect(cell.text).toBe(pctText(x));
  expect(cell.numFmt).toBe('0.00"%"');
}

function expectRupiah(cell: ReportCell, x: number): void {
  expect(cell.value).toBe(x);
  expect(cell.text).toBe(rpText(x));
  expect(cell.numFmt).toBe('#,##0');
}

describe.each(SAMPLES)('%s', (name, exp) => {
  let L: Loaded;
  const pkOf = (sheet: string): PkReport => {
    const pk = L.report.pks.find((p) => p.sheet === sheet);
    if (!pk) throw new Error(`no report for ${sheet}`);
    return pk;
  };
  beforeAll(async () => {
    L = await load(name);
  });

  test('one report per measured PK, tagged when there are several', () => {
    const measured = exp.pks.filter((p) => p.dilaporkan).map((p) => p.sheet);
    expect(L.report.pks.map((p) => p.sheet)).toEqual(measured);
    expect(L.report.pks.map((p) => p.tag)).toEqual(
      measured.length > 1 ? measured.map((_, i) => `PK${i + 1}`) : [null],
    );
  });

  test.each(exp.indicators.map((i) => [`${i.sheetPk} · ${i.indikator.slice(0, 50)}`, i] as const))(
    'Capaian Kinerja and Rekap Predikat rows of %s',
    (_l, e) => {
      const pk = pkOf(e.sheetPk);
      const t = pk.tables.capaian;
      const row = rowOf(t, colOf(t, 'Indikator'), e.indikator);
      expect(row).toBeDefined();
      const pc = row!.cells[colOf(t, '% Capaian')];
      const kr = row!.cells[colOf(t, 'Kriteria')];
      expectPercent(pc, e.capaian!);
      expect(kr.text).toBe(e.predikat);
      for (const c of [pc, kr]) {
        expect(c.fill).toBe(e.warna);
        expect(contrast(c.fill!, c.font!)).toBeGreaterThanOrEqual(4.5);
      }
      if (e.capaianAkhir !== undefined && e.capaianAkhir !== null) {
        expectPercent(row!.cells[colOf(t, /terhadap Target Akhir/)], e.capaianAkhir);
      }

      const r = pk.tables.rekap;
      const rr = rowOf(r, 1, e.indikator);
      expect(rr).toBeDefined();
      expectPercent(rr!.cells[colOf(r, '% Capaian')], e.capaian!);
      expect(rr!.cells[colOf(r, 'Predikat')].text).toBe(e.predikat);
      const tick = rr!.cells[colOf(r, e.predikat!)];
      expect(tick.text).toBe('✓');
      expect(tick.fill).toBe(e.warna);
      const others = r.columns
        .map((c, i) => (c.group === 'Predikat Kinerja' && c.header !== e.predikat ? i : -1))
        .filter((i) => i >= 0);
      for (const i of others) expect(rr!.cells[i].text).toBe('');
    },
  );

  test('Rekap Predikat counts the indicators per predicate', () => {
    for (const pk of L.report.pks) {
      const r = pk.tables.rekap;
      const count = r.rows.find((x) => x.cells[1].text === 'Jumlah indikator')!;
      const mine = exp.indicators.filter((i) => i.sheetPk === pk.sheet);
      expect(count.cells[colOf(r, 'Predikat')].value).toBe(mine.length);
      for (const c of r.columns.filter((x) => x.group === 'Predikat Kinerja')) {
        expect(count.cells[colOf(r, c.header)].value).toBe(
          mine.filter((i) => i.predikat === c.header).length,
        );
      }
    }
  });

  test.each(exp.sasaran.map((s) => [`${s.sheetPk} · ${s.nama.slice(0, 50)}`, s] as const))(
    'Efisiensi row of %s',
    (_l, e) => {
      const t = pkOf(e.sheetPk).tables.efisiensi;
      const label = colOf(t, 'Sasaran dan Indikator Sasaran');
      const row = t.rows.find((r) =>
        r.cells[label].text.toLowerCase().includes(e.nama.toLowerCase()),
      );
      expect(row).toBeDefined();
      expectPercent(row!.cells[colOf(t, '% Kinerja')], e.capaian!);
      expectRupiah(row!.cells[colOf(t, 'Pagu (Rp)')], e.pagu!);
      expectRupiah(row!.cells[colOf(t, 'Realisasi Anggaran (Rp)')], e.realisasiAnggaran!);
      expectPercent(row!.cells[colOf(t, '% Serapan')], e.serapan!);
      const ef = row!.cells[colOf(t, 'Efisiensi (poin)')];
      expect(ef.value).toBe(e.efisiensi);
      expect(ef.text).toBe(e.efisiensi!.toFixed(2).replace('.', ','));
      expect(row!.cells[colOf(t, 'Kategori Efisiensi')].text).toBe(e.kategori);
    },
  );

  test('Efisiensi: the numbered columns, the JUMLAH row and the rule stated', () => {
    for (const pk of L.report.pks) {
      const t = pk.tables.efisiensi;
      expect(t.numbering).toEqual([
        '1',
        '2',
        '3',
        '4',
        '5 = 4/3*100',
        '6',
        '7',
        '8 = 7/6*100',
        '9 = 5 − 8',
        '10',
      ]);
      const j = TOTALS[name].efisiensi[pk.sheet];
      const row = t.rows[t.rows.length - 1];
      expect(row.kind).toBe('total');
      expect(row.cells[1].text).toBe('JUMLAH');
      expectPercent(row.cells[colOf(t, '% Kinerja')], j.c);
      expectRupiah(row.cells[colOf(t, 'Pagu (Rp)')], j.pagu);
      expectRupiah(row.cells[colOf(t, 'Realisasi Anggaran (Rp)')], j.realisasi);
      expectPercent(row.cells[colOf(t, '% Serapan')], j.s);
      expect(row.cells[colOf(t, 'Efisiensi (poin)')].value).toBe(j.e);
      expect(row.cells[colOf(t, 'Kategori Efisiensi')].text).toBe(j.kategori);
      expect(t.notes.join(' ')).toMatch(/capaian kinerja − serapan anggaran/);
      expect(t.notes.join(' ')).toMatch(
        /efisien apabila targetnya tercapai \(capaian kinerja 100% atau lebih\)/,
      );
    }
  });

  test('Realisasi Anggaran: programs per sasaran and the totals', () => {
    const T = TOTALS[name].anggaran;
    for (const pk of L.report.pks) {
      const t = pk.tables.anggaran;
      const row = t.rows[t.rows.length - 1];
      expect(row.kind).toBe('total');
      expectRupiah(row.cells[colOf(t, 'Pagu (Rp)')], T.pagu);
      expectRupiah(row.cells[colOf(t, 'Realisasi (Rp)')], T.realisasi);
      expectPercent(row.cells[colOf(t, '% Serapan')], T.serapan);
      expectRupiah(row.cells[colOf(t, 'Sisa (Rp)')], T.sisa);
      // The programs a sasaran's row names add up to the fixture's pagu and realisasi.
      for (const s of exp.sasaran.filter((x) => x.sheetPk === pk.sheet)) {
        const no = pk.tables.efisiensi.rows.find((r) =>
          r.cells[1].text.toLowerCase().includes(s.nama.toLowerCase()),
        )!.cells[0].value as number;
        const programs = t.rows.filter(
          (r) =>
            r.kind === 'group' &&
            r.cells[colOf(t, 'Sasaran')].text.split('; ').includes(String(no)),
        );
        const sum = (h: string) =>
          programs.reduce((a, r) => a + (r.cells[colOf(t, h)].value as number), 0);
        expect(sum('Pagu (Rp)')).toBe(s.pagu);
        expect(sum('Realisasi (Rp)')).toBe(s.realisasiAnggaran);
      }
      // Every row's serapan is its own realisasi / pagu and its sisa their difference.
      for (const r of t.rows) {
        const pagu = r.cells[colOf(t, 'Pagu (Rp)')].value as number | null;
        const real = r.cells[colOf(t, 'Realisasi (Rp)')].value as number | null;
        if (pagu === null || real === null || pagu === 0) continue;
        expect(r.cells[colOf(t, 'Sisa (Rp)')].value).toBe(pagu - real);
        expect(
          Math.abs((r.cells[colOf(t, '% Serapan')].value as number) - (real / pagu) * 100),
        ).toBeLessThanOrEqual(0.005);
      }
    }
  });

  test('Capaian Kinerja: columns with data only, numbered-column formulas from them, closing average', () => {
    for (const pk of L.report.pks) {
      const t = pk.tables.capaian;
      const i = (h: string | RegExp) => colOf(t, h) + 1;
      const R = i(/^Realisasi \d{4}$/);
      // The year of the report is this year's realisasi; earlier years form the trend group.
      expect(t.numbering![colOf(t, '% Capaian')]).toBe(
        `${i('% Capaian')} = ${R}/${i(/^Target \d{4}$/)}*100`,
      );
      if (t.columns.some((c) => /terhadap Target Akhir/.test(c.header)))
        expect(t.numbering![colOf(t, /terhadap Target Akhir/)]).toBe(
          `${i(/terhadap Target Akhir/)} = ${R}/${i(/^Target Akhir Renstra/)}*100`,
        );
      // No column is empty in every row.
      t.columns.forEach((c, k) => {
        const filled = t.rows.filter(
          (r) => r.kind === 'data' && r.cells[k].text !== '' && r.cells[k].text !== '-',
        );
        expect({ column: c.header, filled: filled.length > 0 }).toEqual({
          column: c.header,
          filled: true,
        });
      });
      const last = t.rows[t.rows.length - 1];
      expect(last.kind).toBe('total');
      expect(last.cells[1].text).toBe('Rata-rata capaian');
      // Rata-rata = mean of the fixture's indicators of this PK (2-dp inputs are close enough to 0,01).
      const mine = exp.indicators.filter((x) => x.sheetPk === pk.sheet);
      const avg = mine.reduce((a, x) => a + x.capaian!, 0) / mine.length;
      expect(
        Math.abs((last.cells[colOf(t, '% Capaian')].value as number) - avg),
      ).toBeLessThanOrEqual(0.01);
    }
  });

  test('Skala: the bands as applied, with their colours', () => {
    const t = L.report.pks[0].tables.skala;
    expect(
      t.rows.map((r) => [r.cells[1].text, r.cells[2].text, r.cells[3].text, r.cells[2].fill]),
    ).toEqual([
      ['≥ 90', 'Sangat Tinggi', 'biru muda', '#9BC2E6'],
      ['≥ 76 s/d < 90', 'Tinggi', 'hijau', '#00B050'],
      ['≥ 66 s/d < 76', 'Sedang', 'kuning muda', '#FFFF99'],
      ['≥ 51 s/d < 66', 'Rendah', 'abu tua', '#808080'],
      ['< 51', 'Sangat Rendah', 'merah', '#FF0000'],
    ]);
  });
});

test('the reports’ own numbered-column rows come back where the columns are the same (S546, G602)', async () => {
  const s = (await load('semboro-2025')).report.pks[0].tables.capaian;
  expect(s.numbering).toEqual([
    '1',
    '2',
    '3',
    '4',
    '5',
    '6',
    '7 = 6/5*100',
    '8',
    '9',
    '10',
    '11',
    '12',
    '13 = 6/12*100',
    '14',
  ]);
  const g = (await load('gumukmas-2025')).report.pks[0].tables.capaian;
  expect(g.numbering).toEqual([
    '1',
    '2',
    '3',
    '4',
    '5',
    '6 = 5/4*100',
    '7',
    '8',
    '9',
    '10',
    '11',
    '12 = 5/11*100',
    '13',
  ]);
});
