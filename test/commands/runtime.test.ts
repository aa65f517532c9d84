/**
 * The ribbon commands against a fake Office that behaves as real Excel may (issue 13, items 1, 2
 * and 9), with jest's fake timers (no real waiting):
 *
 * - no shared runtime is declared, so `Office.addin.showAsTaskpane` is never called; and
 *   whatever never settles — the action's `Excel.run`, `showAsTaskpane` were it called, the
 *   result dialog — `event.completed()` is called once, within the bounds;
 * - the result is shown to the planner in a dialog (hasil.html) and `event.completed()` follows
 *   when the planner closes it;
 * - without ExcelApi 1.7 the workbook is not touched and the planner is told why;
 * - the stored result is partitioned per workbook (Office.context.partitionKey, or the workbook's
 *   address where Office gives no partition key).
 */
import type { CommandBounds } from '../../src/commands/commands';
import type { CommandId, LastResult } from '../../src/commands/last-result';
import { MemoryStorage } from '../helpers/storage';

type DialogHandler = (arg: unknown) => void;

interface FakeOffice {
  sets: Record<string, string>;
  partitionKey?: string;
  url?: string;
  /** displayDialogAsync calls: the URL, and what the callback was given (unless `answer` false). */
  dialogs: { url: string; handlers: Record<string, DialogHandler>; closed: boolean }[];
  /** Whether displayDialogAsync ever calls back. */
  answer: boolean;
  showAsTaskpane: jest.Mock;
}

const g = globalThis as Record<string, unknown>;
let fake: FakeOffice;
let excelRuns: number;
let runCommand: (id: CommandId, e: { completed: () => void }, b?: CommandBounds) => Promise<void>;
let readLastResult: (ctx?: {
  partitionKey?: string;
  document?: { url?: string };
}) => LastResult | null;
let storage: MemoryStorage;

function installFake(): void {
  fake = {
    sets: { ExcelApi: '1.7', DialogApi: '1.1', SharedRuntime: '1.1' },
    dialogs: [],
    answer: true,
    // Never settles, as office-js reports it can without a declared shared runtime.
    showAsTaskpane: jest.fn(() => new Promise<void>(() => {})),
  };
  g.Office = {
    context: {
      get partitionKey() {
        return fake.partitionKey;
      },
      get document() {
        return { url: fake.url };
      },
      requirements: {
        isSetSupported: (name: string, v = '1.1') =>
          name in fake.sets && Number(v) <= Number(fake.sets[name]),
      },
      ui: {
        displayDialogAsync(
          url: string,
          _opts: unknown,
          cb: (r: { status: string; value: unknown }) => void,
        ) {
          const d = { url, handlers: {} as Record<string, DialogHandler>, closed: false };
          fake.dialogs.push(d);
          if (!fake.answer) return;
          cb({
            status: 'succeeded',
            value: {
              addEventHandler: (t: string, h: DialogHandler) => (d.handlers[t] = h),
              close: () => (d.closed = true),
            },
          });
        },
      },
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: {
      DialogEventReceived: 'dialogEventReceived',
      DialogMessageReceived: 'dialogMessageReceived',
    },
    addin: { showAsTaskpane: fake.showAsTaskpane },
    onReady: () => Promise.resolve(),
    actions: { associate: () => undefined },
  };
  excelRuns = 0;
  // An Excel.run that never returns (a sync that hangs: office-js #6678).
  g.Excel = {
    run: () => {
      excelRuns++;
      return new Promise(() => {});
    },
  };
  g.location = { href: 'https://capaian-kinerja.example.id/commands.html' };
}

beforeAll(async () => {
  installFake();
  storage = new MemoryStorage();
  g.localStorage = storage;
  ({ runCommand } = await import('../../src/commands/commands'));
  ({ readLastResult } = await import('../../src/commands/last-result'));
});

beforeEach(() => {
  installFake();
  jest.useFakeTimers();
});

afterEach(() => jest.useRealTimers());

afterAll(() => {
  for (const k of ['Office', 'Excel', 'location', 'localStorage']) delete g[k];
});

const BOUNDS: CommandBounds = { actionMs: 1000, noticeMs: 500 };

/** Let every settled promise run its callbacks (fake timers leave microtasks alone). */
async function flush(): Promise<void> {
  for (let i = 0; i < 50; i++) await Promise.resolve();
}

test('an action that never returns and a dialog that never answers: completed within the bounds, showAsTaskpane never called', async () => {
  fake.answer = false;
  const completed = jest.fn();
  void runCommand('validasi', { completed }, BOUNDS);
  await flush();
  expect(excelRuns).toBe(1);
  await jest.advanceTimersByTimeAsync(BOUNDS.actionMs - 1);
  expect(completed).not.toHaveBeenCalled();
  await jest.advanceTimersByTimeAsync(1);
  // The action's bound passed: the planner is told, in the dialog and in the pane.
  expect(readLastResult()?.message).toMatch(/^Validasi belum selesai setelah 1 menit/);
  expect(fake.dialogs).toHaveLength(1);
  await jest.advanceTimersByTimeAsync(BOUNDS.noticeMs);
  expect(completed).toHaveBeenCalledTimes(1);
  expect(fake.showAsTaskpane).not.toHaveBeenCalled();
  await jest.advanceTimersByTimeAsync(10 * BOUNDS.actionMs);
  expect(completed).toHaveBeenCalledTimes(1);
  expect(jest.getTimerCount()).toBe(0);
});

test('the result is shown in a dialog; completed follows when the planner closes it', async () => {
  g.Excel = { run: () => Promise.reject(new Error('Lembar Realisasi dilindungi.')) };
  const completed = jest.fn();
  void runCommand('hitung', { completed }, BOUNDS);
  await flush();
  expect(fake.dialogs).toHaveLength(1);
  const url = new URL(fake.dialogs[0].url);
  expect(url.origin + url.pathname).toBe('https://capaian-kinerja.example.id/hasil.html');
  expect(url.searchParams.get('pesan')).toMatch(
    /^Hitung & Warnai gagal: .*Lembar Realisasi dilindungi\./,
  );
  expect(url.searchParams.get('gagal')).toBe('1');
  expect(completed).not.toHaveBeenCalled();
  // The planner closes the dialog with its X (Office error 12006).
  fake.dialogs[0].handlers.dialogEventReceived({ error: 12006 });
  await flush();
  expect(completed).toHaveBeenCalledTimes(1);
  expect(jest.getTimerCount()).toBe(0);
});

test('"Tutup" in the dialog closes it and completes', async () => {
  g.Excel = { run: () => Promise.reject(new Error('x')) };
  const completed = jest.fn();
  void runCommand('validasi', { completed }, BOUNDS);
  await flush();
  fake.dialogs[0].handlers.dialogMessageReceived({ message: 'tutup' });
  await flush();
  expect(fake.dialogs[0].closed).toBe(true);
  expect(completed).toHaveBeenCalledTimes(1);
});

test.each<CommandId>(['validasi', 'hitung', 'buatLaporan', 'hapusWarna'])(
  'without ExcelApi 1.7, %s does not touch the workbook and tells the planner',
  async (id) => {
    fake.sets.ExcelApi = '1.6';
    const completed = jest.fn();
    void runCommand(id, { completed }, BOUNDS);
    await flush();
    expect(excelRuns).toBe(0);
    const message = new URL(fake.dialogs[0].url).searchParams.get('pesan');
    expect(message).toMatch(/tidak dapat dijalankan: Excel ini tidak mendukung ExcelApi 1\.7/);
    expect(readLastResult()?.message).toBe(message);
    await jest.advanceTimersByTimeAsync(BOUNDS.noticeMs);
    expect(completed).toHaveBeenCalledTimes(1);
  },
);

test('without the Dialog API the result is only stored, and completed at once', async () => {
  delete fake.sets.DialogApi;
  g.Excel = { run: () => Promise.reject(new Error('x')) };
  const completed = jest.fn();
  void runCommand('validasi', { completed }, BOUNDS);
  await flush();
  expect(fake.dialogs).toHaveLength(0);
  expect(completed).toHaveBeenCalledTimes(1);
  expect(readLastResult()?.message).toMatch(/^Validasi gagal: .*x/);
});

describe('the stored result is partitioned per workbook', () => {
  // No dialog here: the command completes as soon as the result is stored.
  const fail = (message: string) => {
    delete fake.sets.DialogApi;
    g.Excel = { run: () => Promise.reject(new Error(message)) };
  };

  test('two partition keys: one workbook never reads the other one', async () => {
    fake.partitionKey = 'buku-A';
    fail('dari A');
    await runCommand('validasi', { completed: () => undefined }, BOUNDS);
    fake.partitionKey = 'buku-B';
    fail('dari B');
    await runCommand('hitung', { completed: () => undefined }, BOUNDS);
    expect(readLastResult({ partitionKey: 'buku-A' })?.message).toMatch(
      /^Validasi gagal: .*dari A/,
    );
    expect(readLastResult({ partitionKey: 'buku-B' })?.message).toMatch(
      /^Hitung & Warnai gagal: .*dari B/,
    );
    expect(readLastResult({ partitionKey: 'buku-C' })).toBeNull();
    expect(storage.keys().filter((k) => k.startsWith('buku-A'))).toHaveLength(1);
  });

  test('no partition key (Windows desktop): the workbook address partitions it', async () => {
    fake.partitionKey = undefined;
    fake.url = 'C:\\LKjIP\\ambulu-2024.xlsx';
    fail('dari Ambulu');
    await runCommand('validasi', { completed: () => undefined }, BOUNDS);
    expect(readLastResult({ document: { url: 'C:\\LKjIP\\ambulu-2024.xlsx' } })?.message).toMatch(
      /^Validasi gagal: .*dari Ambulu/,
    );
    expect(readLastResult({ document: { url: 'C:\\LKjIP\\semboro-2024.xlsx' } })).toBeNull();
  });
});
