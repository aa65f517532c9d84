/**
 * A constant number of syncs whatever the size: the same count for a whole Hitung on a generated
 * workbook of 10 indicators and of 10 000, with Excel on the web's 5 MB request limit on.
 */
import { generatedWorkbook } from '../../bench/excel';
import { hitung } from '../../src/hosts/excel';
import { WEB_PAYLOAD_LIMIT } from '../../src/hosts/preview';
import { inMemory } from './helpers';

jest.setTimeout(15 * 60 * 1000);

test('Hitung takes the same small number of syncs for 10 and for 10 000 indicators', async () => {
  // 10 indicators: the whole Hitung.
  const small = await generatedWorkbook(10);
  const memSmall = inMemory(small, { maxRequestBytes: WEB_PAYLOAD_LIMIT });
  memSmall.resetStats();
  const out = await hitung();
  const smallSyncs = memSmall.syncs;
  expect(out.plan!.writes.length).toBeGreaterThan(10);
  expect(smallSyncs).toBeLessThanOrEqual(4);

  // 10 000 indicators: the whole Hitung again.
  const big = await generatedWorkbook(10_000);
  const memBig = inMemory(big, { maxRequestBytes: WEB_PAYLOAD_LIMIT });
  memBig.resetStats();
  const bigOut = await hitung();
  const plan = bigOut.plan!;
  expect(bigOut.analysis.results[0].indikator.length).toBeGreaterThanOrEqual(10_000);
  expect(plan.writes.length).toBeGreaterThan(10_000);
  expect(memBig.syncs).toBe(smallSyncs);
  expect(memBig.syncLog.every((s) => !s.error && s.requestBytes <= WEB_PAYLOAD_LIMIT)).toBe(true);
  // Every colour reached the workbook.
  const after = memBig.export().styles;
  for (const w of plan.writes)
    if (w.fill) expect(after.get(`${w.sheet}!${w.cell}`)?.fill).toBe(w.fill);
});
