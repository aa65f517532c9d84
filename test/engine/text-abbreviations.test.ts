/**
 * Abbreviations a workbook defines in brackets ("Indeks Kepuasan Masyarakat (IKM)", A643;
 * "Hasil Survey Kepuasan Masyarakat (SKM)", G1384; "Indeks Pelayanan Publik Kecamatan (IPP)",
 * S796) spell out the same abbreviation written inline elsewhere (WORKBOOK.md: names are linked
 * normalised, abbreviations in brackets included).
 */
import fc from 'fast-check';
import {
  abbreviationsIn,
  expandAbbreviations,
  nameKeyFor,
  normaliseName,
} from '../../src/engine/text';

describe('abbreviationsIn', () => {
  test('the words whose initials spell the bracket, filler words allowed between them', () => {
    const m = abbreviationsIn([
      'Indeks Kepuasan Masyarakat (IKM)',
      'Hasil Survey Kepuasan Masyarakat (SKM)',
      'Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)',
      'Pembinaan Kesejahteraan Keluarga (PKK) dan Posyandu',
      'Dinas Pekerjaan Umum dan Penataan Ruang (DPUPR)',
    ]);
    expect(Object.fromEntries(m)).toEqual({
      IKM: 'Indeks Kepuasan Masyarakat',
      SKM: 'Survey Kepuasan Masyarakat',
      SAKIP: 'Sistem Akuntabilitas Kinerja Instansi Pemerintah',
      PKK: 'Pembinaan Kesejahteraan Keluarga',
      DPUPR: 'Dinas Pekerjaan Umum dan Penataan Ruang',
    });
  });

  test('not when the initials do not spell it, nor when two names define it differently', () => {
    expect(abbreviationsIn(['Indeks Pelayanan Publik Kecamatan (Indeks)'])).toEqual(new Map());
    expect(abbreviationsIn(['Nilai Kinerja (SKM)'])).toEqual(new Map());
    expect(
      abbreviationsIn(['Survei Kepuasan Masyarakat (SKM)', 'Sistem Kendali Mutu (SKM)']),
    ).toEqual(new Map());
  });

  test('expansion leaves the bracketed definition and unknown capitals alone', () => {
    const m = new Map([['IKM', 'Indeks Kepuasan Masyarakat']]);
    expect(expandAbbreviations('Hasil IKM pada OPD', m)).toBe(
      'Hasil Indeks Kepuasan Masyarakat pada OPD',
    );
    expect(expandAbbreviations('Indeks Kepuasan Masyarakat (IKM)', m)).toBe(
      'Indeks Kepuasan Masyarakat (IKM)',
    );
  });
});

describe('nameKeyFor', () => {
  const word = fc
    .tuple(
      fc.constantFrom(...'BCDFGHJKLMNPRSTW'.split('')),
      fc.stringOf(fc.constantFrom(...'aeiounrst'.split('')), { minLength: 3, maxLength: 8 }),
    )
    .map(([a, b]) => a + b);

  test('property: "X ABC Y" and "X Aa Bb Cc (ABC) Y" have one key', () => {
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 2, maxLength: 6 }),
        fc.array(word, { minLength: 1, maxLength: 3 }),
        fc.array(word, { maxLength: 3 }),
        (words, before, after) => {
          const abbr = words.map((w) => w[0]).join('');
          const long = [...before, ...words, `(${abbr})`, ...after].join(' ');
          const short = [...before, abbr, ...after].join(' ');
          const key = nameKeyFor([long, short]);
          expect(key(short)).toBe(key(long));
          expect(key(long)).toBe(normaliseName(long));
        },
      ),
    );
  });

  test('without a definition the key is the normalised name', () => {
    expect(nameKeyFor(['Nilai SAKIP OPD'])).toBe(normaliseName);
  });
});
