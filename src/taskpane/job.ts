/**
 * The pane's jobs (Validasi, Hitung, saving the settings …): one at a time, with a progress bar
 * while it runs, and on failure a message with a retry. The busy state is always cleared: every
 * sync of the Excel host is bounded (../hosts/excel/sync.ts), so a job always ends.
 */

import { forward, type Progress } from './progress';

export type { Progress };

export interface Busy {
  step: string;
  fraction: number;
}

export interface JobError {
  text: string;
  /** Run the failed job again ("Coba lagi"). */
  retry: () => Promise<void>;
}

export interface JobView {
  /** The message for what a job threw (the door's `describeError`). */
  describe(e: unknown): string;
  setBusy(busy: Busy | null): void;
  setError(error: JobError | null): void;
  /** After every job, whatever its outcome (the preview redraws its grid). */
  done?(): void;
}

export type Job = (progress: Progress) => Promise<void>;

/** A runner of jobs that shows them in `view`; a job asked while another runs is ignored. */
export function jobRunner(view: JobView): (first: string, fn: Job) => Promise<void> {
  let running = false;
  const run = async (first: string, fn: Job): Promise<void> => {
    if (running) return;
    running = true;
    view.setBusy({ step: first, fraction: 0 });
    view.setError(null);
    // Never backwards, "Selesai" only at 100 % (./progress.ts).
    const progress = forward((step, fraction) => view.setBusy({ step, fraction }));
    try {
      await fn(progress);
    } catch (e) {
      view.setError({ text: view.describe(e), retry: () => run(first, fn) });
    } finally {
      running = false;
      view.setBusy(null);
      view.done?.();
    }
  };
  return run;
}
