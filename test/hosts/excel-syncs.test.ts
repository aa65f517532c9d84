/**
 * Round trips to Excel, counted on the in-memory Excel (a count, not a time). On desktop Excel,
 * whose requests and answers have no size limit, Hitung takes at most 4 syncs (issue 15) — the
 * read's first sync also loads the protections and events, its third every cell's colours with
 * the values, and the write batch ends by turning events back on. Excel on the web refuses a
 * request or an answer over 5 MB ("Resource limits and performance optimization for Office
 * Add-ins"): there a workbook whose colours would not fit one answer has its values read
 * alone and the colours of the cells Hitung writes in one more sync, so no sync is ever
 * refused and the count grows only with what the limit forces. Validasi takes 3 syncs, Buat
 * Laporan 4. Our writes run with events off, and events are back on after every run, also when
 * the write batch fails.
 */
import { generatedWorkbook } from '../../bench/excel';
import { buatLaporan } from '../../src/commands/laporan';
import { hapusWarna, hitung, readCellStyles, validasi } from '../../src/hosts/excel';
import { analyze } from '../../src/workbook/analyze';
import { resultCells } from '../../src/workbook/plan';
import {
  InMemoryWorkbook,
  installExcel,
  WEB_PAYLOAD_LIMIT,
  type InMemoryOptions,
} from '../../src/hosts/preview';
import { RECORD_SHEET } from '../../src/workbook/sheets';
import { diffWorkbooks, hostError, inMemory, loadSample } from './helpers';

jest.setTimeout(5 * 60 * 1000);

/** Excel on the web: both payload limits of 5 MB. */
const WEB = { maxRequestBytes: WEB_PAYLOAD_LIMIT, maxResponseBytes: WEB_PAYLOAD_LIMIT };

async function generated(indicators: number, web = true): Promise<InMemoryWorkbook> {
  const mem = inMemory(await generatedWorkbook(indicators), web ? WEB : {});
  mem.resetStats();
  return mem;
}

/** Our writes ran with events off and events are on again. */
function eventsRestored(mem: InMemoryWorkbook): void {
  expect(mem.counters.changesWithEventsOff).toBeGreaterThan(0);
  expect(mem.counters.changesWithEventsOn).toBe(0);
  expect(mem.enableEvents).toBe(true);
}

describe.each([10, 1000])('a generated workbook of about %i indicators', (indicators) => {
  test('Hitung on desktop Excel: at most 4 syncs, the writes with events off, events on afterwards', async () => {
    const mem = await generated(indicators, false);
    const out = await hitung();
    expect(out.plan!.writes.length).toBeGreaterThan(indicators);
    expect(mem.syncs).toBe(out.syncs);
    expect(out.syncs).toBeLessThanOrEqual(4);
    eventsRestored(mem);
    // Nothing left to do: the read alone.
    mem.resetStats();
    const again = await hitung();
    expect(again.plan!.writes).toEqual([]);
    expect(mem.syncs).toBe(3);
    expect(mem.counters.changesWithEventsOn + mem.counters.changesWithEventsOff).toBe(0);
  });

  test('Hitung on Excel on the web: no request or answer refused, colours read apart only when they do not fit', async () => {
    const mem = await generated(indicators);
    const out = await hitung();
    expect(out.plan!.writes.length).toBeGreaterThan(indicators);
    expect(
      mem.syncLog
        .filter((s) => s.error)
        .map((s) => [s.index, s.error, s.responseBytes, s.requestBytes]),
    ).toEqual([]);
    expect(Math.max(...mem.syncLog.map((s) => s.responseBytes))).toBeLessThanOrEqual(
      WEB_PAYLOAD_LIMIT,
    );
    // 10 indicators: everything, colours too, in one answer (4 syncs). 1 000 indicators: about
    // 30 000 used cells, whose colours would be some 7 MB — values alone fit one answer (about
    // 1,5 MB), then the colours of the ~2 000 cells Hitung writes: one sync more.
    expect(out.syncs).toBe(indicators === 10 ? 4 : 5);
    eventsRestored(mem);
    // Hapus Warna puts back exactly the colours the workbook had before Hitung.
    const before = (await generatedWorkbook(indicators)).styles;
    await hapusWarna();
    const after = mem.export().styles;
    for (const [k, st] of after)
      if (!k.startsWith(`${RECORD_SHEET}!`))
        expect({ k, fill: st.fill }).toEqual({ k, fill: before.get(k)?.fill ?? null });
  });

  test('Validasi: 3 syncs, nothing changed', async () => {
    const mem = await generated(indicators);
    const out = await validasi();
    expect(out.analysis.noPk).toBe(false);
    expect(out.syncs).toBe(3);
    expect(mem.syncs).toBe(3);
    expect(mem.counters.changesWithEventsOn + mem.counters.changesWithEventsOff).toBe(0);
  });
});

// Buat Laporan on the small workbook and the samples: 3 syncs to read, then the write batches
// (one per 4 MB of request; Gumukmas' twelve report sheets take two) — no check sync and no sync
// of its own to turn events back on. A 1 000-indicator report is tens of MB of requests.
test.each([
  ['generated', 4],
  ['ambulu-2024', 4],
  ['semboro-2025', 4],
  ['gumukmas-2025', 5],
])('Buat Laporan (%s): %i syncs, the sheets written with events off', async (name, syncs) => {
  const mem =
    name === 'generated' ? await generated(10) : inMemory((await loadSample(name)).read, WEB);
  const out = await buatLaporan();
  expect(out.plan!.sheets!.length).toBeGreaterThan(0);
  for (const s of out.plan!.sheets!) expect(mem.sheet(s.name)).toBeDefined();
  expect(mem.syncs).toBe(syncs);
  // Every sync after the read is a write batch (a check or an events sync has a few actions).
  expect(mem.syncLog.slice(3).every((s) => !s.error && s.actions > 100)).toBe(true);
  eventsRestored(mem);
});

describe('events are always restored', () => {
  test('a write batch cut off anywhere: one more sync turns events back on, and the retry finishes the job', async () => {
    const { read } = await loadSample('semboro-2025');
    const clean = inMemory(read);
    await hitung();
    const done = clean.export();
    const actions = clean.syncLog[3].actions;
    for (const cut of [0, 1, Math.floor(actions / 2), actions - 1]) {
      const mem = inMemory(read);
      mem.failSync({ code: 'RequestAborted', atSync: 4, afterActions: cut });
      const err = await hostError(hitung());
      expect(err.reason).toBe('connection');
      // Sync 4 failed before its last action (events on); sync 5 turned them on.
      expect({ cut, syncs: mem.syncs, events: mem.enableEvents }).toEqual({
        cut,
        syncs: 5,
        events: true,
      });
      await hitung();
      expect({ cut, diff: diffWorkbooks(done, mem.export()) }).toEqual({ cut, diff: [] });
    }
  });

  test('Buat Laporan whose write batch fails: events back on', async () => {
    const { read } = await loadSample('ambulu-2024');
    const mem = inMemory(read);
    mem.failSync({ code: 'GeneralException', atSync: 4, afterActions: 3 });
    await hostError(buatLaporan());
    expect(mem.syncs).toBe(5);
    expect(mem.enableEvents).toBe(true);
  });

  test('refused before writing (a protected sheet, a protected structure): events never turned off, no sync after the read', async () => {
    const { read } = await loadSample('ambulu-2024');
    const mem = inMemory(read);
    mem.protectSheet('Realisasi');
    expect((await hostError(hitung())).reason).toBe('protected');
    expect(mem.syncs).toBe(3);
    expect(mem.counters.changesWithEventsOn + mem.counters.changesWithEventsOff).toBe(0);
    expect(mem.enableEvents).toBe(true);

    const other = inMemory(read);
    other.protectStructure();
    expect((await hostError(buatLaporan())).reason).toBe('structure-protected');
    expect(other.syncs).toBe(3);
    expect(other.counters.changesWithEventsOn + other.counters.changesWithEventsOff).toBe(0);
    expect(other.enableEvents).toBe(true);
  });

  test('events that were already off before the run stay off', async () => {
    const { read } = await loadSample('gumukmas-2025');
    const mem = inMemory(read);
    mem.enableEvents = false;
    const out = await hitung();
    expect(out.syncs).toBe(4);
    expect(mem.enableEvents).toBe(false);
    expect(mem.sheet(RECORD_SHEET)).toBeDefined();
  });
});

test('below ExcelApi 1.9 (no getCellProperties): the colours in one more sync, the same writes', async () => {
  const { read } = await loadSample('semboro-2025');
  inMemory(read);
  const modern = await hitung();
  const old = inMemory(read, { apiVersion: '1.8' });
  const out = await hitung();
  expect(out.syncs).toBe(5);
  expect(out.plan!.writes).toEqual(modern.plan!.writes);
  expect(old.enableEvents).toBe(true);
});

test("an answer over Excel on the web's response limit: the read goes in smaller blocks, colours and all, and Hitung writes the same", async () => {
  const { read } = await loadSample('gumukmas-2025');
  inMemory(read);
  const whole = await hitung();
  const mem = inMemory(read, { maxResponseBytes: 60_000 });
  const out = await hitung();
  expect(mem.syncLog.some((s) => s.error === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
  expect(out.syncs).toBeGreaterThan(4);
  expect(out.plan!.writes).toEqual(whole.plan!.writes);
  expect(out.plan!.record).toEqual(whole.plan!.record);
  expect(mem.enableEvents).toBe(true);
});

test("the result cells' colours over Excel on the web's answer limit: read again in halves, the same colours", async () => {
  const { read } = await loadSample('gumukmas-2025');
  const cells = resultCells(analyze(read.grid).results).map((c) => c.ref);
  expect(cells.length).toBeGreaterThan(100);
  // The workbook after Hitung: its result cells carry predicate fills.
  const mem = inMemory(read);
  await hitung();
  const coloured = mem.export();
  const at = (opts: InMemoryOptions) => {
    const wb = InMemoryWorkbook.fromGrid(coloured.grid, coloured.styles, opts);
    installExcel(globalThis, wb);
    return wb;
  };
  at({});
  const whole = await Excel.run((ctx) => readCellStyles(ctx, cells));
  expect([...whole.values()].filter((st) => st.fill).length).toBeGreaterThan(10);
  // About 80 cells' colours per answer: the first answer, sized by the estimate, is refused.
  const web = at({ maxResponseBytes: 20_000 });
  const halved = await Excel.run((ctx) => readCellStyles(ctx, cells));
  expect(web.syncLog.some((s) => s.error === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
  expect([...halved].sort()).toEqual([...whole].sort());
  // Not even one cell fits: the planner gets the payload message, not a loop.
  at({ maxResponseBytes: 50 });
  const err = await hostError(Excel.run((ctx) => readCellStyles(ctx, cells)));
  expect(err.reason).toBe('payload');
});
