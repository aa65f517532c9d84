/**
 * What the pane says while and after it works (issue 14, items 6 and 8): the progress bar and its
 * label agree ("Selesai" only at 100 %, never backwards, stages mapped into the whole job); a
 * notice is one short sentence with its list behind "Lihat daftar"; the page's grid goes to the
 * first sheet an action changed; one name and one file name for the report's download; a PK's
 * heading says its year once.
 */
import fc from 'fast-check';
import path from 'path';
import type { ActionOutcome } from '../../src/commands/last-result';
import { loadWorkbook, readFileBytes, toGrid } from '../../src/hosts/xlsx';
import { docxFileName } from '../../src/taskpane/download';
import { jobRunner, type Busy } from '../../src/taskpane/job';
import { pkTitle } from '../../src/taskpane/labels';
import { actionNotice, cellsBySheet } from '../../src/taskpane/notices';
import { firstChangedSheet } from '../../src/taskpane/preview/changed';
import type { SheetInfo } from '../../src/taskpane/preview/protocol';
import { forward, stage, STEP_DONE, type Progress } from '../../src/taskpane/progress';
import { analyze, type Analysis } from '../../src/workbook/analyze';
import type { CellWrite, Plan } from '../../src/workbook/plan';

const root = path.join(__dirname, '..', '..');

let ambulu: Analysis;
beforeAll(async () => {
  const wb = await loadWorkbook(await readFileBytes(path.join(root, 'assets', 'ambulu-2024.xlsx')));
  ambulu = analyze(toGrid(wb).grid);
});

function recorder(): { calls: [string, number][]; p: Progress } {
  const calls: [string, number][] = [];
  return { calls, p: (step, fraction) => calls.push([step, fraction]) };
}

describe('progress', () => {
  test('a stage is mapped into its part of the job; its "Selesai" is dropped unless it ends the job', () => {
    const { calls, p } = recorder();
    const save = stage(p, 0, 0.6);
    save('Membaca buku kerja', 0.1);
    save('Menulis hasil…', 1);
    save(STEP_DONE, 1);
    const check = stage(p, 0.6, 1);
    check('Membaca lembar…', 0);
    check('Menghitung…', 0.5);
    check(STEP_DONE, 1);
    expect(calls).toEqual([
      ['Membaca buku kerja', 0.06],
      ['Menulis hasil…', 0.6],
      ['Membaca lembar…', 0.6],
      ['Menghitung…', 0.8],
      [STEP_DONE, 1],
    ]);
  });

  test('whatever the stages report, the bar never goes back and says Selesai only at 100 %', () => {
    const report = fc.record({
      stage: fc.nat({ max: 3 }),
      step: fc.constantFrom('Membaca lembar…', 'Menghitung…', 'Menulis hasil…', STEP_DONE),
      fraction: fc.double({ min: -0.5, max: 1.5, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(report, { maxLength: 40 }), (reports) => {
        const { calls, p } = recorder();
        const shown = forward(p);
        const bounds = [0, 0.1, 0.5, 0.8, 1];
        for (const r of reports)
          stage(shown, bounds[r.stage], bounds[r.stage + 1])(r.step, r.fraction);
        calls.forEach(([step, f], i) => {
          expect(f).toBeGreaterThanOrEqual(0);
          expect(f).toBeLessThanOrEqual(1);
          if (i > 0) expect(f).toBeGreaterThanOrEqual(calls[i - 1][1]);
          if (step === STEP_DONE) expect(f).toBe(1);
        });
      }),
    );
  });

  test('a job shows its name first, then its steps, then nothing', async () => {
    const seen: (Busy | null)[] = [];
    const run = jobRunner({
      describe: String,
      setBusy: (b) => seen.push(b),
      setError: () => undefined,
    });
    await run('Menghitung', async (p) => {
      p('Membaca lembar…', 0);
      p('Menghitung…', 0.3);
      p('Menulis hasil…', 0.2); // a sub-step restarting: the bar stays at 0,3
      p(STEP_DONE, 1);
    });
    expect(seen).toEqual([
      { step: 'Menghitung', fraction: 0 },
      { step: 'Membaca lembar…', fraction: 0 },
      { step: 'Menghitung…', fraction: 0.3 },
      { step: 'Menulis hasil…', fraction: 0.3 },
      { step: STEP_DONE, fraction: 1 },
      null,
    ]);
  });
});

function write(sheet: string, cell: string): CellWrite {
  return { sheet, cell, value: 1 } as CellWrite;
}

function plan(writes: CellWrite[], sheets: string[] = []): Plan {
  return { writes, sheets: sheets.map((name) => ({ name, rows: [] })) } as unknown as Plan;
}

describe('notices', () => {
  test('Buat Laporan: one sentence with the number of sheets; the names only in the list', () => {
    const names = ['LKjIP Skala', 'LKjIP Capaian', 'LKjIP Narasi'];
    const out: ActionOutcome = { analysis: ambulu, plan: plan([], names) };
    const n = actionNotice('buatLaporan', out);
    expect(n.text).toMatch(/^Laporan dibuat: 3 lembar \(\d+ kesalahan[^()]*\)\.$/);
    for (const name of names) expect(n.text).not.toContain(name);
    expect(n.details).toEqual(names);
    expect(n.intent).toBe('success');
  });

  test('Hitung: the number of cells in the sentence, the sheets and their counts in the list', () => {
    const writes = [
      write('Realisasi', 'F8'),
      write('Realisasi', 'F9'),
      write('Efisiensi', 'E5'),
      ...Array.from({ length: 1200 }, (_, i) => write('Realisasi', `G${i + 1}`)),
    ];
    const n = actionNotice('hitung', { analysis: ambulu, plan: plan(writes) });
    expect(n.text).toMatch(/^Hitung & Warnai: 1\.203 sel ditulis atau diwarnai \(.*\)\.$/);
    expect(n.details).toEqual(['Realisasi: 1.202 sel', 'Efisiensi: 1 sel']);
    expect(cellsBySheet(undefined)).toEqual([]);
    // Ambulu's typed figures have errors (the truncated SAKIP capaian, A: Realisasi F11).
    expect(n.intent).toBe('warning');
  });

  test('Hitung that changes nothing says so, without a list', () => {
    const n = actionNotice('hitung', { analysis: ambulu, plan: plan([]) });
    expect(n.text).toMatch(/^Hitung & Warnai: tidak ada yang berubah/);
    expect(n.details).toBeUndefined();
  });
});

describe('the sheet the page shows after an action', () => {
  const sheets: SheetInfo[] = ['TC.25', 'PK', 'Realisasi', 'Efisiensi', '_capaian'].map((name) => ({
    name,
    visible: name !== '_capaian',
    rows: 10,
    cols: 5,
  }));

  test('Hitung: the first sheet in the workbook written to, not the first written', () => {
    const p = plan([write('Efisiensi', 'E5'), write('_capaian', 'A1'), write('Realisasi', 'F8')]);
    expect(firstChangedSheet(p, sheets)).toBe('Realisasi');
  });

  test('a hidden sheet is never shown; nothing changed: stay', () => {
    expect(firstChangedSheet(plan([write('_capaian', 'A1')]), sheets)).toBeNull();
    expect(firstChangedSheet(plan([]), sheets)).toBeNull();
    expect(firstChangedSheet(undefined, sheets)).toBeNull();
  });

  test('Buat Laporan: the first report sheet, new ones in the plan order, before any cell written', () => {
    const p = plan([write('Realisasi', 'F8')], ['LKjIP Skala', 'LKjIP Capaian']);
    expect(firstChangedSheet(p, sheets)).toBe('LKjIP Skala');
    const again = [...sheets, { name: 'LKjIP Capaian', visible: true, rows: 1, cols: 1 }];
    expect(firstChangedSheet(p, again)).toBe('LKjIP Capaian');
  });
});

describe('names', () => {
  test('a PK heading says its year once', () => {
    expect(pkTitle('PK 2025', 2025)).toBe('Hasil PK 2025');
    expect(pkTitle('PK Perubahan', 2024)).toBe('Hasil PK Perubahan 2024');
    expect(pkTitle('PK-2025 Perubahan', 2025)).toBe('Hasil PK-2025 Perubahan');
    // 2025 inside another number is not the year.
    expect(pkTitle('PK 120251', 2025)).toBe('Hasil PK 120251 2025');
    expect(pkTitle('PK', null)).toBe('Hasil PK');
  });

  test('the report file is named for the report (Bab III and Bab IV), the same from pane and page', () => {
    expect(docxFileName(ambulu)).toMatch(/^Laporan LKjIP .*2024\.docx$/);
    const odd = {
      ...ambulu,
      settings: { ...ambulu.settings, instansi: 'Kec. A/B: "C"', tahun: 2025 },
    };
    expect(docxFileName(odd)).toBe('Laporan LKjIP Kec. A B C 2025.docx');
  });
});
