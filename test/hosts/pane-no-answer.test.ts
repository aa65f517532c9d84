/**
 * The pane when Excel never answers a sync (Excel on the web: OfficeDev/office-js #6678,
 * #4805): the job the pane runs (here Validasi when the pane opens) ends after the sync
 * timeout, the busy state is cleared, the message says Excel does not answer and offers
 * "Coba lagi", and Coba lagi runs the job again. The timeout runs on jest's fake clock.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { DEFAULT_SYNC_TIMEOUT_MS } from '../../src/hosts/excel';
import type { Analysis } from '../../src/workbook/analyze';
import { ErrorBar } from '../../src/taskpane/components/ErrorBar';
import { describeError, runAction } from '../../src/taskpane/host';
import { jobRunner, type Busy, type JobError } from '../../src/taskpane/job';
import { inMemory, loadSample } from './helpers';

afterEach(() => jest.useRealTimers());

test('a hanging sync: busy cleared, "Excel tidak menjawab", and Coba lagi reads the workbook', async () => {
  const { read } = await loadSample('ambulu-2024');
  const mem = inMemory(read);
  jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate'] });

  const view = {
    busy: null as Busy | null,
    error: null as JobError | null,
    jobs: 0,
    describe: describeError,
    setBusy(b: Busy | null) {
      view.busy = b;
    },
    setError(e: JobError | null) {
      view.error = e;
    },
    done() {
      view.jobs++;
    },
  };
  let analysis: Analysis | null = null;
  const job = jobRunner(view);
  mem.hangSync(1);
  const first = job('Memeriksa', async (p) => {
    analysis = (await runAction('validasi', p)).analysis;
  });
  await jest.advanceTimersByTimeAsync(1000);
  expect(view.busy).not.toBeNull();
  await jest.advanceTimersByTimeAsync(DEFAULT_SYNC_TIMEOUT_MS);
  await first;
  expect(view.busy).toBeNull();
  expect(view.jobs).toBe(1);
  expect(analysis).toBeNull();
  expect(view.error!.text).toMatch(/^Excel tidak menjawab dalam 120 detik/);

  // The message bar offers Coba lagi.
  const html = renderToStaticMarkup(
    createElement(ErrorBar, {
      text: view.error!.text,
      onRetry: () => undefined,
      onClose: () => undefined,
    }),
  );
  expect(html).toContain('Excel tidak menjawab');
  expect(html).toMatch(/<button[^>]*>Coba lagi<\/button>/);

  // Excel answers again: Coba lagi runs the same job, which now reads the workbook.
  await view.error!.retry();
  expect(view.error).toBeNull();
  expect(view.busy).toBeNull();
  expect(view.jobs).toBe(2);
  expect(
    (analysis as Analysis | null)?.findings.some(
      (f) => f.sheet === 'Realisasi' && f.cell === 'F11',
    ),
  ).toBe(true);
});
