/**
 * A typed "Rata-rata Capaian Kinerja" or "Jumlah Capaian" row is checked on the exact capaian of
 * its indicators (DOMAIN.md §1, §3): an average that lands exactly on ,xx5 rounds up.
 */
import { summaryValue } from '../../src/engine/summary';
import { formatId } from '../../src/engine/decimal';
import type { IndicatorInput } from '../../src/engine/model';
import { parseText } from '../../src/engine/values';

const ind = (target: string, realisasi: string) => ({
  input: {
    nama: 'Persentase layanan',
    target: parseText(target),
    realisasi: parseText(realisasi),
    polaritas: 'positif',
  } as IndicatorInput,
});

test('mean of 1/3 and 1,0001/3 (×100) is exactly 33,335 → 33,34', () => {
  const v = summaryValue('rata', [ind('3', '1'), ind('3', '1,0001')], '2T-R', null);
  expect(formatId(v!, 2)).toBe('33,34');
});

test('sum of 64,1/80 and 80/80 (×100) is exactly 180,125 → 180,13', () => {
  const v = summaryValue('jumlah', [ind('80', '64,1'), ind('80', '80')], '2T-R', null);
  expect(formatId(v!, 2)).toBe('180,13');
});

test('under Batas Atas 100, 110,13 counts as 100: mean with 80,125 is 90,0625 → 90,06', () => {
  const v = summaryValue('rata', [ind('80', '88,1'), ind('80', '64,1')], '2T-R', 100);
  expect(formatId(v!, 2)).toBe('90,06');
});

test('no capaian at all: no figure', () => {
  expect(summaryValue('rata', [ind('80', '')], '2T-R', null)).toBeNull();
});
