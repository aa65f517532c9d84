/**
 * Syncs whatever the size. On desktop Excel (no payload limit) a whole Hitung takes the same
 * count for a generated workbook of 10 indicators and of 10 000. On Excel on the web, where a
 * request or an answer may not exceed 5 MB, no sync is refused: the count grows only by the
 * syncs the limit forces, one per 4 MB of answer or request (the budgets we keep under 5 MB).
 */
import { generatedWorkbook } from '../../bench/excel';
import { hitung } from '../../src/hosts/excel';
import { DEFAULT_REQUEST_BUDGET } from '../../src/hosts/excel/apply';
import { ANSWER_BYTES_PER_CELL, RESPONSE_BUDGET } from '../../src/hosts/excel/read';
import { WEB_PAYLOAD_LIMIT, type InMemoryWorkbook } from '../../src/hosts/preview';
import type { Plan } from '../../src/workbook/plan';
import { inMemory } from './helpers';

jest.setTimeout(15 * 60 * 1000);

const WEB = { maxRequestBytes: WEB_PAYLOAD_LIMIT, maxResponseBytes: WEB_PAYLOAD_LIMIT };

/** Every colour the plan wrote reached the workbook. */
function coloursArrived(mem: InMemoryWorkbook, plan: Plan): void {
  const after = mem.export().styles;
  for (const w of plan.writes)
    if (w.fill) expect(after.get(`${w.sheet}!${w.cell}`)?.fill).toBe(w.fill);
}

test('desktop Excel: Hitung takes the same small number of syncs for 10 and for 10 000 indicators', async () => {
  const memSmall = inMemory(await generatedWorkbook(10));
  memSmall.resetStats();
  const out = await hitung();
  const smallSyncs = memSmall.syncs;
  expect(out.plan!.writes.length).toBeGreaterThan(10);
  expect(smallSyncs).toBeLessThanOrEqual(4);

  const memBig = inMemory(await generatedWorkbook(10_000));
  memBig.resetStats();
  const bigOut = await hitung();
  const plan = bigOut.plan!;
  expect(bigOut.analysis.results[0].indikator.length).toBeGreaterThanOrEqual(10_000);
  expect(plan.writes.length).toBeGreaterThan(10_000);
  expect(memBig.syncs).toBe(smallSyncs);
  expect(memBig.syncLog.every((s) => !s.error)).toBe(true);
  coloursArrived(memBig, plan);
});

test('Excel on the web, 10 000 indicators: no sync refused, the reads sized to fit one answer each', async () => {
  const read = await generatedWorkbook(10_000);
  const mem = inMemory(read, { ...WEB, measureBytes: true });
  mem.resetStats();
  const out = await hitung();
  expect(mem.syncLog.filter((s) => s.error)).toEqual([]);
  for (const s of mem.syncLog) {
    expect(s.responseBytes).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
    expect(s.requestBytes).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
  }
  // The values alone, in answers of RESPONSE_BUDGET by the per-cell estimate (a sheet's last
  // block may be short: one more per sheet at most); the colours of the written cells alone;
  // the writes in requests of DEFAULT_REQUEST_BUDGET (each may end short at a sheet too).
  const sheets = read.grid.sheets.length;
  const cells = read.grid.sheets.reduce(
    (n, g) => n + g.rows.length * Math.max(0, ...g.rows.map((r) => r?.length ?? 0)),
    0,
  );
  const written = out.plan!.writes.length;
  const reads = Math.ceil((cells * ANSWER_BYTES_PER_CELL.values) / RESPONSE_BUDGET) + sheets;
  const colours = Math.ceil((written * ANSWER_BYTES_PER_CELL.withColours) / RESPONSE_BUDGET) + 1;
  const writes = Math.ceil(mem.requestBytes / DEFAULT_REQUEST_BUDGET) + sheets;
  expect(mem.syncs).toBeLessThanOrEqual(2 + reads + colours + writes);
  coloursArrived(mem, out.plan!);
});
