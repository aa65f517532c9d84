/**
 * The browser page's worker reads a workbook once (issue 15): the analysis of the workbook as it
 * stands is kept (src/taskpane/preview/current.ts) and reused by Validasi, Hitung and "Unduh
 * hasil" until something writes to the workbook — and after any write (Hitung, a correction, the
 * settings) the figures are computed again from the workbook as it now is.
 *
 * The worker module runs here as in the page: `self` is this test's global, its `onmessage` is
 * called with the page's requests and its `postMessage` records the answers. The Excel host's
 * `readWorkbookGrid` is counted: a request answered from the kept analysis reads nothing.
 *
 * Figures (Ambulu 2024, assets/ambulu-2024.xlsx): "Indeks Kepuasan Masyarakat", target 82,
 * realisasi 83,63 (report A609): capaian 83,63 / 82 × 100 = 101,99% (the report prints 102%).
 * Under the default scale (Permendagri 86, Sangat Tinggi from 90) that is Sangat Tinggi; under a
 * custom scale whose Sangat Tinggi starts at 130 and Tinggi covers 100–129 it is Tinggi.
 */
import path from 'path';
import { readFileSync } from 'fs';
import type { Analysis } from '../../src/workbook/analyze';
import type { Plan } from '../../src/workbook/plan';
import type { WorkerRequest, WorkerResponse } from '../../src/taskpane/preview/protocol';
import { InMemoryWorkbook, installExcel } from '../../src/hosts/preview';
import { loadWorkbook, toGrid } from '../../src/hosts/xlsx/core';
import { readCurrent } from '../../src/taskpane/preview/current';
import { readWorkbookGrid } from '../../src/hosts/excel/read';

const root = path.join(__dirname, '..', '..');
const AMBULU = path.join(root, 'assets', 'ambulu-2024.xlsx');
const INDICATOR = 'Indeks Kepuasan Masyarakat';
const CAPAIAN = (83.63 / 82) * 100; // 101,987…

jest.mock('../../src/hosts/excel/read', () => {
  const actual = jest.requireActual('../../src/hosts/excel/read');
  return { ...actual, readWorkbookGrid: jest.fn(actual.readWorkbookGrid) };
});

/** Whole-workbook reads since the last `reads.mockClear()`. */
const reads = readWorkbookGrid as jest.MockedFunction<typeof readWorkbookGrid>;

type Scope = Omit<typeof globalThis, 'self'> & {
  self: unknown;
  onmessage: ((e: { data: { id: number; req: WorkerRequest } }) => void) | null;
  postMessage: (m: WorkerResponse) => void;
};
const g = globalThis as unknown as Scope;

let next = 1;
const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();

/** Send one request to the worker and wait for its answer. */
function ask<T>(req: WorkerRequest): Promise<T> {
  const id = next++;
  return new Promise<T>((resolve, reject) => {
    waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
    g.onmessage!({ data: { id, req } });
  });
}

function indicator(a: Analysis) {
  const hits = a.results.flatMap((r) => r.indikator).filter((i) => i.input.nama === INDICATOR);
  expect(hits.length).toBeGreaterThan(0);
  return hits[0];
}

interface ActionAnswer {
  outcome: { analysis: Analysis };
}

beforeAll(async () => {
  g.self = g;
  g.postMessage = (m: WorkerResponse) => {
    if (m.kind === 'progress') return;
    const w = waiting.get(m.id);
    waiting.delete(m.id);
    if (m.kind === 'done') w?.resolve(m.result);
    else w?.reject(new Error(m.message));
  };
  await import('../../src/taskpane/preview/worker');
});

beforeEach(async () => {
  const bytes = readFileSync(AMBULU);
  await ask({
    kind: 'open-file',
    name: 'ambulu-2024.xlsx',
    bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
  });
  reads.mockClear();
});

test('Validasi twice reads the workbook at most once; the second answer is the kept analysis', async () => {
  const first = await ask<ActionAnswer>({ kind: 'action', name: 'validasi' });
  const second = await ask<ActionAnswer>({ kind: 'action', name: 'validasi' });
  expect(reads).not.toHaveBeenCalled(); // the grid the workbook was opened from
  expect(second.outcome.analysis.findings).toBe(first.outcome.analysis.findings);
  const ind = indicator(first.outcome.analysis);
  expect(ind.capaian).toBeCloseTo(CAPAIAN, 9);
  expect(ind.capaian!.toFixed(2)).toBe('101.99');
  expect(ind.predikat).toBe('Sangat Tinggi');
});

test('a settings change: the figures are computed again under the new scale', async () => {
  const before = await ask<ActionAnswer>({ kind: 'action', name: 'validasi' });
  expect(indicator(before.outcome.analysis).predikat).toBe('Sangat Tinggi');
  const saved = await ask<ActionAnswer>({
    kind: 'save-settings',
    settings: { ...before.outcome.analysis.settings, skala: 'kustom' },
    bands: [
      { interval: '≥ 130', label: 'Sangat Tinggi', colour: 'biru muda' },
      { interval: '100 - 129', label: 'Tinggi', colour: 'hijau' },
      { interval: '66 - 99', label: 'Sedang', colour: 'kuning muda' },
      { interval: '< 66', label: 'Rendah', colour: 'merah' },
    ],
  });
  expect(saved.outcome.analysis.settings.skala).toBe('kustom');
  expect(indicator(saved.outcome.analysis).capaian).toBeCloseTo(CAPAIAN, 9);
  expect(indicator(saved.outcome.analysis).predikat).toBe('Tinggi');
  // And Validasi after it answers from the workbook as saved, not from before.
  const after = await ask<ActionAnswer>({ kind: 'action', name: 'validasi' });
  expect(indicator(after.outcome.analysis).predikat).toBe('Tinggi');
  // Hitung colours the capaian with the new scale's Tinggi, not with a plan made before the save
  // (the worker makes Hitung's plan ahead while the pane shows the analysis).
  const tinggi = after.outcome.analysis.settings.skalaKustom?.bands.find(
    (x) => x.label === 'Tinggi',
  );
  expect(tinggi?.fill).toMatch(/^#[0-9A-F]{6}$/i);
  const hitung = await ask<ActionAnswer & { outcome: { plan?: Plan } }>({
    kind: 'action',
    name: 'hitung',
  });
  const ref = indicator(after.outcome.analysis).input.typedCapaian?.ref;
  expect(ref).toBeTruthy();
  const write = hitung.outcome.plan?.writes.find(
    (w) => w.sheet === ref!.sheet && w.cell === ref!.cell,
  );
  expect(write?.fill).toBe(tinggi!.fill);
});

test('an edit (Hitung, then a correction): the workbook is read again after each write', async () => {
  const open = await ask<ActionAnswer>({ kind: 'action', name: 'validasi' });
  const hitung = await ask<ActionAnswer>({ kind: 'action', name: 'hitung' });
  // Hitung computed from the kept analysis: no read of its own.
  expect(reads).not.toHaveBeenCalled();
  expect(hitung.outcome.analysis.findings).toBe(open.outcome.analysis.findings);
  // Validasi after the writes reads the workbook again.
  const after = await ask<ActionAnswer>({ kind: 'action', name: 'validasi' });
  expect(reads).toHaveBeenCalledTimes(1);
  expect(after.outcome.analysis.findings).not.toBe(open.outcome.analysis.findings);
  // Terapkan perbaikan on a cell a finding rejects: that finding is gone from the answer.
  const fixable = after.outcome.analysis.findings.find(
    (f) => f.code === 'CAPAIAN_MISMATCH' && f.sheet && f.cell,
  );
  expect(fixable).toBeDefined();
  const where = `${fixable!.sheet}!${fixable!.cell}`;
  const fixed = await ask<{ analysis: Analysis; cells: string[] }>({
    kind: 'correct',
    request: { cells: [where] },
  });
  expect(fixed.cells).toEqual([where]);
  const still = (a: Analysis) =>
    a.findings.some((f) => f.code === 'CAPAIAN_MISMATCH' && `${f.sheet}!${f.cell}` === where);
  expect(still(fixed.analysis)).toBe(false);
  const again = await ask<ActionAnswer>({ kind: 'action', name: 'validasi' });
  expect(still(again.outcome.analysis)).toBe(false);
});

test('the grid a workbook is opened from is the grid Validasi reads back from it', async () => {
  // The worker analyses the grid it built the in-memory workbook from instead of reading it
  // back: the two must be the same, for every bundled sample. (A sample opened from its JSON is
  // read back: JSON has no `undefined`, its empty cells are nulls.)
  const assets = path.join(root, 'assets');
  const files = ['ambulu-2024.xlsx', 'gumukmas-2025.xlsx', 'semboro-2025.xlsx'];
  for (const f of files) {
    const read = toGrid(await loadWorkbook(readFileSync(path.join(assets, f)), f), {
      styles: true,
    });
    installExcel(g, InMemoryWorkbook.fromGrid(read.grid, read.styles, {}));
    expect((await readCurrent()).grid).toStrictEqual(read.grid);
  }
});
