/**
 * Names as planners write them: the same indicator, program or sasaran is spelt differently
 * across the tables of one report (semboro audit §F, "Different wording for the same indicator").
 */
import { bestMatch, looseKey, normaliseName, shortName, similarity } from '../../src/engine/text';

describe('normaliseName: spellings of one name meet', () => {
  test.each([
    // [one table, another table, where]
    [
      'Presentase Capaian Kinerja Program yang Tercapai',
      'Persentase Capaian Kinerja Program yang Tercapai',
      'S332 vs S400',
    ],
    [
      '% indikator program yang tercapai',
      'Persentase Indikator Program yang tercapai',
      'S549 vs S322',
    ],
    [
      'Persentase Fasilitas Kesejahteraan masyarakat',
      'Persentase Fasilitasi Kesejahteraan Masyarakat',
      'S315 vs S415',
    ],
    [
      'Koordinasi Ketentraman dan Ketertiban Umum',
      'Koordinasi Ketenteraman dan Ketertiban Umum',
      'S503 vs G1226',
    ],
    ['Indeks Kepuasan Masyarakat (IKM)', 'Indeks Kepuasan Masyarakat', 'S797 vs S551'],
    ['Nilai Sakip Kecamatan (Angka)', 'Nilai Sakip Kecamatan', 'S333'],
    [
      'Efektifitas Pencapaian Target Kinerja PD',
      'Efektivitas Pencapaian Target Kinerja Perangkat Daerah',
      'S322 vs S332',
    ],
    [
      'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK',
      'Program Penyelenggaraan Pemerintah Dan Pelayanan Publik',
      'S488 vs S672',
    ],
    ['Jumlah   dokumen  penataan', 'Jumlah Dok Penataan', 'spacing and "Dok"'],
    ['2 (dua) Perjanjian Kinerja', 'dua Perjanjian Kinerja', 'number words (S539)'],
  ])('%p ≡ %p (%s)', (a, b) => {
    expect(normaliseName(a)).toBe(normaliseName(b));
  });

  test('different indicators stay different', () => {
    expect(normaliseName('Indeks Kepuasan Masyarakat')).not.toBe(
      normaliseName('Indeks Pelayanan Publik Kecamatan'),
    );
  });

  test('lower case, no punctuation', () => {
    expect(normaliseName('Tujuan 1 : Meningkatnya Kualitas; Pelayanan.')).toBe(
      'tujuan 1 meningkatnya kualitas pelayanan',
    );
  });
});

describe('similarity and bestMatch', () => {
  test('identical after normalisation → 1', () => {
    expect(similarity('Presentase Indikator Program', 'Persentase indikator program')).toBe(1);
  });

  test('S1484 "Fasilitas Kesehatan" is close to "Fasilitasi Kesejahteraan" but not identical', () => {
    const s = similarity(
      'Persentase Fasilitas Kesehatan masyarakat yang dilaksanakan',
      'Persentase Fasilitas Kesejahteraan masyarakat yang dilaksanakan',
    );
    expect(s).toBeGreaterThan(0.75);
    expect(s).toBeLessThan(1);
  });

  test('unrelated names are far apart', () => {
    expect(
      similarity('Indeks Kepuasan Masyarakat', 'Jumlah Dokumen Penataan Organisasi'),
    ).toBeLessThan(0.5);
  });

  test('too short to compare → 0', () => {
    expect(similarity('a', 'bc')).toBe(0);
  });

  const renstra = [
    'Jumlah Dokumen Penataan Organisasi dan Tata Laksana Pemerintah Daerah',
    'Indeks Kepuasan Masyarakat',
    'Persentase Fasilitas Kesejahteraan masyarakat yang dilaksanakan',
    'Persentase Tingkat Penyelesaian Laporan dan Pelanggaran Ketertiban Umum serta Ketentraman Masyarakat',
    'Nilai SAKIP OPD',
    'Persentase Indikator Program yang tercapai',
  ];

  test('an exact (normalised) match is found and said to be exact: S549 "% indikator program yang tercapai"', () => {
    const m = bestMatch('% indikator program yang tercapai', renstra, (x) => x)!;
    expect(m.item).toBe(renstra[5]);
    expect(m.exact).toBe(true);
    expect(m.score).toBe(1);
  });

  test('a fuzzy match says how sure it is: S1484 Kesehatan → Kesejahteraan', () => {
    const m = bestMatch(
      'Persentase Fasilitas Kesehatan masyarakat yang dilaksanakan',
      renstra,
      (x) => x,
    )!;
    expect(m.item).toBe(renstra[2]);
    expect(m.exact).toBe(false);
    expect(m.score).toBeGreaterThan(0.75);
    expect(m.score).toBeLessThan(1);
  });

  test('nothing close enough → null', () => {
    expect(bestMatch('Indeks Pelayanan Publik Kecamatan', renstra, (x) => x)).toBeNull();
  });

  test('the threshold is respected', () => {
    expect(
      bestMatch(
        'Persentase Fasilitas Kesehatan masyarakat yang dilaksanakan',
        renstra,
        (x) => x,
        0.99,
      ),
    ).toBeNull();
  });
});

describe('looseKey and shortName', () => {
  test('looseKey keeps letters and digits only', () => {
    expect(looseKey('TC.25')).toBe('tc25');
    expect(looseKey('PK Perubahan 2025')).toBe('pkperubahan2025');
  });
  test('shortName keeps short names and cuts long ones to 60 characters with an ellipsis', () => {
    expect(shortName('  Nilai   SAKIP OPD ')).toBe('Nilai SAKIP OPD');
    const long =
      'Persentase Tingkat Penyelesaian Laporan dan Pelanggaran Ketertiban Umum serta Ketentraman Masyarakat';
    const s = shortName(long);
    expect(s).toHaveLength(60);
    expect(s.endsWith('…')).toBe(true);
    expect(long.startsWith(s.slice(0, 59))).toBe(true);
  });
});
