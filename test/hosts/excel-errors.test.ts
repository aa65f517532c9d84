/**
 * What Office refuses becomes an `ExcelHostError` with an Indonesian message, never a raw
 * exception; a run cut off half-way is safe to retry; requests over Excel on the web's 5 MB are
 * chunked; older Excel versions get the same results without the newer APIs.
 */
import {
  applyPlanInExcel,
  hapusWarna,
  hitung,
  readWorkbookGrid,
  selectCell,
} from '../../src/hosts/excel';
import { WEB_PAYLOAD_LIMIT, type InMemoryWorkbook } from '../../src/hosts/preview';
import { analyze } from '../../src/workbook/analyze';
import { buildPlan, type CellStyle, type Plan } from '../../src/workbook/plan';
import { RECORD_SHEET } from '../../src/workbook/sheets';
import { diffWorkbooks, hostError, inMemory, loadSample, sortedMerges } from './helpers';

/** The workbook after one clean Hitung, for comparisons. */
async function cleanHitung(name: string) {
  const { read } = await loadSample(name);
  const mem = inMemory(read);
  mem.resetStats();
  await hitung();
  return { read, result: mem.export(), log: mem.syncLog };
}

describe('Office errors become messages', () => {
  test('a protected sheet: nothing is written, the message says which sheet', async () => {
    const { read } = await loadSample('ambulu-2024');
    const mem = inMemory(read);
    mem.protectSheet('Realisasi');
    const before = mem.export();
    const err = await hostError(hitung());
    expect(err.reason).toBe('protected');
    expect(err.message).toContain('Lembar "Realisasi" diproteksi');
    expect(diffWorkbooks(before, mem.export())).toEqual([]);
    expect(mem.sheet(RECORD_SHEET)).toBeUndefined();
    expect(mem.enableEvents).toBe(true);
  });

  test('a sheet deleted between read and apply', async () => {
    const { read } = await loadSample('ambulu-2024');
    const mem = inMemory(read);
    const err = await hostError(
      Excel.run(async (ctx) => {
        const { grid, styles } = await readWorkbookGrid(ctx, { styles: true });
        const a = analyze(grid);
        const plan = buildPlan(grid, a.results, a.findings, styles);
        mem.deleteSheet('Realisasi');
        await applyPlanInExcel(ctx, plan, undefined, { current: grid });
      }),
    );
    expect(err.reason).toBe('missing-sheet');
    expect(err.message).toMatch(/Lembar "Realisasi" tidak ditemukan .*Jalankan lagi/);
  });

  test('a sheet renamed while the writes are on their way, then a retry', async () => {
    const clean = await cleanHitung('gumukmas-2025');
    const { read } = await loadSample('gumukmas-2025');
    const mem = inMemory(read);
    mem.resetStats();
    const sheet = 'Realisasi PK Perubahan';
    // Sync 4 is the write batch (3 to read, the colours and the check with them).
    mem.onSync = (i) => {
      if (i === 4) mem.renameSheet(sheet, 'Diganti');
    };
    const err = await hostError(hitung());
    expect(err.reason).toBe('missing-sheet');
    expect(err.message).toContain('tidak ditemukan');
    expect(mem.enableEvents).toBe(true);
    mem.onSync = null;
    mem.renameSheet('Diganti', sheet);
    await hitung();
    expect(diffWorkbooks(clean.result, mem.export())).toEqual([]);
  });

  test('a connection lost anywhere in the write batch: the retry gives the same workbook, and Hapus Warna still restores the original fills', async () => {
    const clean = await cleanHitung('ambulu-2024');
    // The write batch is sync 4; its last action turns events back on.
    expect(clean.log.length).toBe(4);
    const actions = clean.log[3].actions;
    expect(actions).toBeGreaterThanOrEqual(8); // seven distinct cut points
    const cuts = [
      0,
      1,
      2,
      Math.floor(actions / 3),
      Math.floor(actions / 2),
      actions - 2,
      actions - 1,
    ];
    for (const cut of cuts) {
      const { read } = await loadSample('ambulu-2024');
      const mem = inMemory(read);
      mem.resetStats();
      mem.failSync({ code: 'RequestAborted', atSync: 4, afterActions: cut });
      const err = await hostError(hitung());
      expect(err.reason).toBe('connection');
      expect(err.message).toContain('Sambungan ke Excel terputus');
      // The batch died before its last action: one more sync turned events back on.
      expect({ cut, syncs: mem.syncs, events: mem.enableEvents }).toEqual({
        cut,
        syncs: 5,
        events: true,
      });
      // The retry computes the same plan and ends with the same workbook.
      await hitung();
      expect({ cut, diff: diffWorkbooks(clean.result, mem.export()) }).toEqual({ cut, diff: [] });
      await hapusWarna();
      const fills = (m: Iterable<[string, CellStyle]>) =>
        [...m]
          .filter(([k, s]) => s.fill && !k.startsWith(`${RECORD_SHEET}!`))
          .map(([k, s]) => `${k} ${s.fill}`)
          .sort();
      expect({ cut, fills: fills(mem.export().styles) }).toEqual({
        cut,
        fills: fills(read.styles),
      });
    }
  });

  test('selectCell: selects; a missing or hidden sheet is a message', async () => {
    const { read } = await loadSample('semboro-2025');
    const mem = inMemory(read);
    await Excel.run((ctx) => selectCell(ctx, 'Realisasi 2025', 'F9'));
    expect(mem.selection).toEqual({ sheet: 'Realisasi 2025', address: 'F9' });
    const missing = await hostError(Excel.run((ctx) => selectCell(ctx, 'Tidak Ada', 'A1')));
    expect(missing.reason).toBe('missing-sheet');
    await hitung();
    const hidden = await hostError(Excel.run((ctx) => selectCell(ctx, RECORD_SHEET, 'A1')));
    expect(hidden.message).toContain('tersembunyi');
  });
});

describe('payloads over 5 MB', () => {
  /** A plan writing a generated sheet of about 12 MB of text. */
  function bigPlan(rows = 6000): Plan {
    const text = (i: number) => `Baris ${i} ` + 'uraian capaian kinerja '.repeat(45);
    return {
      sheets: [
        {
          name: 'LKjIP Besar',
          rows: Array.from({ length: rows }, (_, i) => [i + 1, text(i), text(i + 1)]),
          formats: { A1: { bold: true, fill: '#D9E1F2' } },
          columnWidths: [6, 80, 80],
        },
      ],
      writes: [],
      record: [],
      recordSheet: RECORD_SHEET,
      corrected: [],
    };
  }

  async function withLimit(): Promise<InMemoryWorkbook> {
    const { read } = await loadSample('semboro-2025');
    return inMemory(read, { maxRequestBytes: WEB_PAYLOAD_LIMIT });
  }

  test('the writes are chunked so that no request passes the limit', async () => {
    const mem = await withLimit();
    const plan = bigPlan();
    const res = await Excel.run((ctx) => applyPlanInExcel(ctx, plan));
    expect(res.batches).toBeGreaterThanOrEqual(3);
    // The check, then the batches (the last turns events back on).
    expect(res.syncs).toBe(res.batches + 1);
    expect(mem.enableEvents).toBe(true);
    expect(mem.syncLog.every((s) => !s.error && s.requestBytes <= WEB_PAYLOAD_LIMIT)).toBe(true);
    expect(mem.requestBytes).toBeGreaterThan(2 * WEB_PAYLOAD_LIMIT);
    const sheet = mem.export().grid.sheets.find((s) => s.name === 'LKjIP Besar')!;
    expect(sheet.rows.length).toBe(6000);
    expect(sheet.rows[5999].map((c) => c?.v)).toEqual(plan.sheets![0].rows[5999]);
    expect(mem.cell('LKjIP Besar', 'A1')).toMatchObject({ bold: true, fill: '#D9E1F2' });
  });

  test('a batch Excel refuses as too large is split and sent again', async () => {
    const mem = await withLimit();
    const plan = bigPlan(4000);
    const res = await Excel.run((ctx) =>
      applyPlanInExcel(ctx, plan, undefined, { maxRequestBytes: 64 * 1024 * 1024 }),
    );
    expect(mem.syncLog.some((s) => s.error === 'RequestPayloadSizeLimitExceeded')).toBe(true);
    expect(res.batches).toBeGreaterThanOrEqual(2);
    const sheet = mem.export().grid.sheets.find((s) => s.name === 'LKjIP Besar')!;
    expect(sheet.rows.length).toBe(4000);
  });

  test('one value larger than a request can carry is a message', async () => {
    const mem = await withLimit();
    void mem;
    const plan: Plan = {
      sheets: [{ name: 'LKjIP Raksasa', rows: [['x'.repeat(6 * 1024 * 1024)]] }],
      writes: [],
      record: [],
      recordSheet: RECORD_SHEET,
      corrected: [],
    };
    const err = await hostError(Excel.run((ctx) => applyPlanInExcel(ctx, plan)));
    expect(err.reason).toBe('payload');
    expect(err.message).toContain('5 MB');
  });

  test('a read whose answer is too large is repeated in smaller blocks', async () => {
    const { read } = await loadSample('gumukmas-2025');
    const mem = inMemory(read, { maxResponseBytes: 60_000 });
    const got = await Excel.run((ctx) => readWorkbookGrid(ctx, { styles: true }));
    expect(sortedMerges(got)).toEqual(sortedMerges(read));
    expect(mem.syncLog.some((s) => s.error === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(mem.syncLog.filter((s) => !s.error).every((s) => s.responseBytes <= 60_000)).toBe(true);
  });
});

describe('older Excel', () => {
  test.each(['1.8', '1.12'])(
    'ExcelApi %s: colours are written without setCellProperties, merges read where supported',
    async (version) => {
      const { read } = await loadSample('ambulu-2024');
      const mem = inMemory(read, { apiVersion: version });
      const out = await hitung();
      const got = mem.export();
      for (const w of out.plan!.writes) {
        if (typeof w.fill === 'string')
          expect(got.styles.get(`${w.sheet}!${w.cell}`)?.fill).toBe(w.fill);
      }
      expect(out.plan!.writes.some((w) => typeof w.fill === 'string')).toBe(true);
      // Merged areas need ExcelApi 1.13: older Excel reads none (a known limit).
      const grid = await Excel.run((ctx) => readWorkbookGrid(ctx));
      expect(grid.grid.sheets.every((s) => s.merges.length === 0)).toBe(true);
    },
  );
});
