/**
 * The ribbon's function commands over the in-memory Excel: every ExecuteFunction name is
 * associated, each command stores its one-line result for the pane, and `event.completed()` is
 * always called exactly once — also when the action fails.
 */
import path from 'path';
import { loadWorkbook, readFileBytes, toGrid } from '../../src/hosts/xlsx';
import { InMemoryWorkbook, installExcel } from '../../src/hosts/preview';
import { lastResultKey, readLastResult, type CommandId } from '../../src/commands/last-result';
import { MemoryStorage } from '../helpers/storage';

const root = path.join(__dirname, '..', '..');

let wb: InMemoryWorkbook;
let uninstall: () => void;
let registered: Map<string, (...args: unknown[]) => unknown>;
let runCommand: (id: CommandId, e: { completed: () => void }) => Promise<void>;

beforeAll(async () => {
  const x = await loadWorkbook(await readFileBytes(path.join(root, 'assets', 'ambulu-2024.xlsx')));
  const { grid, styles } = toGrid(x, { styles: true });
  wb = InMemoryWorkbook.fromGrid(grid, styles);
  (globalThis as Record<string, unknown>).localStorage = new MemoryStorage();
  uninstall = installExcel(globalThis, wb);
  registered = (
    globalThis as unknown as {
      Office: { actions: { registered: Map<string, (...args: unknown[]) => unknown> } };
    }
  ).Office.actions.registered;
  ({ runCommand } = await import('../../src/commands/commands'));
});

afterAll(() => {
  uninstall();
  delete (globalThis as Record<string, unknown>).localStorage;
});

function event() {
  const e = { completed: jest.fn() };
  return e;
}

test('Office.onReady associates every ribbon function', () => {
  expect([...registered.keys()].sort()).toEqual(
    ['buatLaporan', 'hapusWarna', 'hitung', 'validasi'].sort(),
  );
});

test('Validasi stores a summary and completes', async () => {
  const e = event();
  await runCommand('validasi', e);
  expect(e.completed).toHaveBeenCalledTimes(1);
  const r = readLastResult();
  expect(r?.ok).toBe(true);
  expect(r?.command).toBe('validasi');
  // 11 + 3: the capaian 125 %, the capaian akhir 100 % and the category Efisien typed beside the
  // program IKU's rejected realisasi follow from it, and are wrong once it is the computed 75 %.
  expect(r?.message).toMatch(/^Validasi: 1 PK, 6 indikator; 14 kesalahan/);
});

test('Hitung writes through the associated function (as the ribbon calls it)', async () => {
  const e = event();
  registered.get('hitung')!(e);
  await new Promise<void>((resolve) => {
    const wait = () => (e.completed.mock.calls.length ? resolve() : setTimeout(wait, 10));
    wait();
  });
  expect(e.completed).toHaveBeenCalledTimes(1);
  expect(readLastResult()?.message).toMatch(/^Hitung & Warnai: \d+ sel ditulis/);
  expect(wb.cell('Realisasi', 'F8')?.fill).toBe('#9BC2E6');
  // Hapus Warna restores the original fill.
  const e2 = event();
  await runCommand('hapusWarna', e2);
  expect(e2.completed).toHaveBeenCalledTimes(1);
  expect(readLastResult()?.message).toMatch(/^Hapus Warna: warna asli \d+ sel dipulihkan/);
  expect(wb.cell('Realisasi', 'F8')?.fill ?? null).not.toBe('#9BC2E6');
});

test('Buat Laporan writes the generated report sheets, and completes', async () => {
  const e = event();
  await runCommand('buatLaporan', e);
  expect(e.completed).toHaveBeenCalledTimes(1);
  expect(readLastResult()?.message).toMatch(
    /^Buat Laporan: \d+ lembar laporan ditulis; \d+ kesalahan[^()]*\.$/,
  );
  expect(wb.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['LKjIP Narasi']));
});

test('a failing action still completes, with an Indonesian message', async () => {
  wb.protectSheet('Realisasi');
  wb.failSync({ code: 'GeneralException' });
  const e = event();
  await runCommand('hitung', e);
  expect(e.completed).toHaveBeenCalledTimes(1);
  const r = readLastResult();
  expect(r?.ok).toBe(false);
  expect(r?.message).toMatch(/^Hitung & Warnai gagal: /);
  expect(localStorage.getItem(lastResultKey())).toContain('gagal');
  wb.protectSheet('Realisasi', false);
});
