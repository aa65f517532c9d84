/**
 * Progress of a job made of stages (read, write, read again …): each stage reports its own 0…1,
 * and the bar shows the whole job's fraction, so that the label and the bar agree and the bar
 * never runs backwards. "Selesai" is said only when the whole job is at 100 %.
 */

/** As `Progress` of ./host (not imported: the browser page swaps ./host for its own door). */
export type Progress = (step: string, fraction: number) => void;

/** The label the actions give their last step (src/hosts/excel/actions.ts `STEP_DONE`). */
export const STEP_DONE = 'Selesai';

/**
 * A stage's progress mapped into `[from, to]` of the whole job. A stage that says it is done
 * ("Selesai") before the job's end is not shown: the next stage's label follows.
 */
export function stage(progress: Progress | undefined, from: number, to: number): Progress {
  return (step, fraction) => {
    const f = Math.max(0, Math.min(1, fraction));
    if (step === STEP_DONE && to < 1) return;
    progress?.(step, from + (to - from) * f);
  };
}

/**
 * The progress the pane shows: clamped to 0…1 and never backwards (a stage that restarts at 0
 * keeps the bar where it was), "Selesai" only at 1.
 */
export function forward(progress: Progress): Progress {
  let last = 0;
  return (step, fraction) => {
    const f = Math.max(last, Math.min(1, Math.max(0, fraction)));
    if (step === STEP_DONE && f < 1) return;
    last = f;
    progress(step, f);
  };
}
