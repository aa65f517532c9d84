/**
 * A sync that never returns (Excel on the web: OfficeDev/office-js #6678, #4805): every sync of
 * the Excel host is bounded, the planner gets an Indonesian message with a retry, and the retry
 * works once Excel answers again. The in-memory Excel's `hangSync` makes one sync neither
 * resolve nor reject; the timeout runs on jest's fake clock (no real waiting).
 */
import {
  DEFAULT_SYNC_TIMEOUT_MS,
  ExcelHostError,
  hitung,
  setSyncTimeout,
  validasi,
} from '../../src/hosts/excel';
import { saveSettings } from '../../src/taskpane/host';
import { inMemory, loadSample } from './helpers';

beforeEach(() => {
  jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate'] });
});

afterEach(() => {
  setSyncTimeout();
  jest.useRealTimers();
});

/** The promise's outcome, observable without awaiting it. */
function watch<T>(p: Promise<T>) {
  const state: { done: boolean; value?: T; error?: unknown } = { done: false };
  const settled = p.then(
    (value) => Object.assign(state, { done: true, value }),
    (error: unknown) => Object.assign(state, { done: true, error }),
  );
  return { state, settled };
}

test('Validasi whose second sync hangs: after the timeout a message with Coba lagi; the retry works', async () => {
  const { read } = await loadSample('ambulu-2024');
  const mem = inMemory(read);
  mem.hangSync(2);
  const run = watch(validasi());
  await jest.advanceTimersByTimeAsync(DEFAULT_SYNC_TIMEOUT_MS - 1);
  // Sync 1 (the sheet list) answered; sync 2 (the used ranges) is still waiting.
  expect(run.state.done).toBe(false);
  expect(mem.syncLog.map((x) => x.error ?? 'ok')).toEqual(['ok', 'NoAnswer']);
  await jest.advanceTimersByTimeAsync(1);
  await run.settled;
  expect(run.state.error).toBeInstanceOf(ExcelHostError);
  const err = run.state.error as ExcelHostError;
  expect(err.reason).toBe('no-answer');
  expect(err.message).toMatch(
    /^Excel tidak menjawab dalam 120 detik .*Coba lagi: menjalankan perintah ini sekali lagi aman/,
  );

  // Excel answers again: the same action now reads the workbook (Realisasi!F11's truncated 102%).
  const again = await validasi();
  expect(again.analysis.findings.some((f) => f.sheet === 'Realisasi' && f.cell === 'F11')).toBe(
    true,
  );
});

test('the timeout is configurable, and bounds the write syncs of Hitung as well', async () => {
  const { read } = await loadSample('ambulu-2024');
  const mem = inMemory(read);
  setSyncTimeout(5000);
  // Hitung: 3 syncs to read (colours and the check with them), then the write batch (sync 4).
  mem.hangSync(4);
  const run = watch(hitung());
  await jest.advanceTimersByTimeAsync(4999);
  expect(run.state.done).toBe(false);
  await jest.advanceTimersByTimeAsync(1);
  await run.settled;
  expect((run.state.error as ExcelHostError).reason).toBe('no-answer');
  expect((run.state.error as ExcelHostError).message).toContain('dalam 5 detik');
  // No second wait: turning events back on is not sent behind the stuck sync.
  expect(mem.syncLog.length).toBe(4);
});

test("the pane's own Excel.run calls (saving the settings) are bounded too", async () => {
  const { read } = await loadSample('ambulu-2024');
  const mem = inMemory(read);
  setSyncTimeout(1000);
  mem.hangSync(1);
  const run = watch(saveSettings({} as never, undefined));
  await jest.advanceTimersByTimeAsync(1000);
  await run.settled;
  expect((run.state.error as ExcelHostError).reason).toBe('no-answer');
});
