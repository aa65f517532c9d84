/**
 * The Excel host against the in-memory Excel, on each sample workbook: it reads the same grid
 * as the xlsx host, Validasi gives the CLI's findings, Hitung the same writes and — compared
 * cell by cell — the same workbook as exceljs; typed values stay, a second Hitung changes
 * nothing, Hapus Warna restores the original fills.
 */
import path from 'path';
import { run } from '../../src/cli/main';
import { hapusWarna, hitung, readWorkbookGrid, validasi } from '../../src/hosts/excel';
import { applyPlan, toGrid } from '../../src/hosts/xlsx';
import { analyze, toJson } from '../../src/workbook/analyze';
import { buildPlan, type CellStyle } from '../../src/workbook/plan';
import { a1 } from '../../src/workbook/grid';
import { RECORD_SHEET } from '../../src/workbook/sheets';
import {
  diffWorkbooks,
  inMemory,
  loadSample,
  SAMPLES,
  samplePath,
  sortedMerges,
  withoutExact,
} from './helpers';

async function cliJson(file: string): Promise<unknown> {
  let out = '';
  await run(['check', file, '--json'], { out: (s) => (out += s), err: () => undefined });
  return JSON.parse(out);
}

describe.each(SAMPLES)('%s', (name) => {
  test('the Excel host reads the same grid and fills as the xlsx host', async () => {
    const { read } = await loadSample(name);
    const mem = inMemory(read);
    const got = await Excel.run((ctx) => readWorkbookGrid(ctx, { styles: true }));
    expect(sortedMerges(got)).toEqual(sortedMerges(read));
    const fills = (m: Iterable<[string, CellStyle]>) =>
      [...m]
        .filter(([, s]) => s.fill)
        .map(([k, s]) => `${k} ${s.fill}`)
        .sort();
    expect(fills(got.styles)).toEqual(fills(read.styles));
    // Three syncs whatever the workbook: names, used ranges, everything else.
    expect(mem.syncs).toBe(3);
  });

  test('Validasi gives exactly the findings and results of `capaian check --json`', async () => {
    const { read } = await loadSample(name);
    inMemory(read);
    const out = await validasi();
    const file = samplePath(name);
    expect(toJson(path.basename(file), out.analysis)).toEqual(await cliJson(file));
    expect(out.analysis.findings.length).toBeGreaterThan(0);
  });

  test('Hitung gives the same writes and record as the CLI, keeps typed values, and is idempotent', async () => {
    const { read } = await loadSample(name);
    const mem = inMemory(read);
    const progress: string[] = [];
    const out = await hitung((step) => progress.push(step));
    const a = analyze(read.grid);
    const expected = buildPlan(read.grid, a.results, a.findings, read.styles);
    expect(out.plan!.writes).toEqual(expected.writes);
    expect(out.plan!.record).toEqual(withoutExact(expected.record));
    expect(out.plan!.writes.length).toBeGreaterThan(0);
    expect(progress).toEqual(
      expect.arrayContaining(['Membaca lembar…', 'Menghitung…', 'Menulis hasil…']),
    );
    // Read (3: the protections and events with the first, the colours with the values), one
    // write batch that ends by turning events back on.
    expect(out.syncs).toBe(4);
    expect(mem.enableEvents).toBe(true);
    expect(mem.counters.changesWithEventsOff).toBeGreaterThan(0);
    expect(mem.counters.changesWithEventsOn).toBe(0);
    expect(mem.counters.calculationSuspensions).toBeGreaterThan(0);

    // Typed values untouched; every changed value is one the plan names.
    const after = mem.export();
    const named = new Set(
      out.plan!.writes.filter((w) => w.value !== undefined).map((w) => `${w.sheet}!${w.cell}`),
    );
    for (const s of read.grid.sheets) {
      const t = after.grid.sheets.find((x) => x.name === s.name)!;
      const rows = Math.max(s.rows.length, t.rows.length);
      for (let r = 0; r < rows; r++) {
        const cols = Math.max(s.rows[r]?.length ?? 0, t.rows[r]?.length ?? 0);
        for (let c = 0; c < cols; c++) {
          const before = JSON.stringify(s.rows[r]?.[c] ?? null);
          const now = JSON.stringify(t.rows[r]?.[c] ?? null);
          if (before === now) continue;
          const at = `${s.name}!${a1(r, c)}`;
          expect({ at, typed: before !== 'null' }).toEqual({ at, typed: false });
          expect(named.has(at)).toBe(true);
        }
      }
    }
    expect(after.grid.sheets.find((s) => s.name === RECORD_SHEET)?.hidden).toBe(true);

    // A second Hitung: nothing to write, no sync beyond the read (grid and colours).
    const before = mem.syncs;
    const again = await hitung();
    expect(again.plan!.writes).toEqual([]);
    expect(again.syncs).toBe(3);
    expect(mem.syncs - before).toBe(3);
    expect(diffWorkbooks(after, mem.export())).toEqual([]);
  });

  test('Hapus Warna restores every original fill', async () => {
    const { read } = await loadSample(name);
    const mem = inMemory(read);
    await hitung();
    const coloured = mem.export();
    const changed = [...coloured.styles].filter(
      ([k, s]) => (read.styles.get(k)?.fill ?? null) !== s.fill,
    );
    expect(changed.length).toBeGreaterThan(0);
    const out = await hapusWarna();
    expect(out.plan!.writes.length).toBeGreaterThan(0);
    const restored = mem.export();
    const fills = (m: Iterable<[string, CellStyle]>) =>
      [...m]
        .filter(([k, s]) => s.fill && !k.startsWith(`${RECORD_SHEET}!`))
        .map(([k, s]) => `${k} ${s.fill}`)
        .sort();
    expect(fills(restored.styles)).toEqual(fills(read.styles));
    // Nothing left to restore.
    const again = await hapusWarna();
    expect(again.plan!.writes).toEqual([]);
    expect(again.syncs).toBe(3);
  });
});

test('Hitung through Excel and through exceljs give the same workbook, cell by cell', async () => {
  for (const name of SAMPLES) {
    // exceljs, as `capaian compute` does it.
    const { wb, read } = await loadSample(name);
    const a = analyze(read.grid);
    applyPlan(wb, buildPlan(read.grid, a.results, a.findings, read.styles));
    const viaXlsx = toGrid(wb, { styles: true });
    // The Excel host over the in-memory Excel.
    const mem = inMemory(read);
    await hitung();
    const viaExcel = mem.export();
    expect(viaExcel.grid.sheets.map((s) => s.name)).toContain(RECORD_SHEET);
    // The comparison sees differences when there are some (the workbook before Hitung).
    expect(diffWorkbooks(read, viaExcel).length).toBeGreaterThan(0);
    expect({ name, diff: diffWorkbooks(viaXlsx, viaExcel) }).toEqual({ name, diff: [] });
  }
});
