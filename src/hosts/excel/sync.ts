/**
 * Every `context.sync()` of the Excel host goes through `sync()`, which counts them per request
 * context (the count is what the tests and the benchmark hold constant) and bounds each with a
 * timeout: in Excel on the web a sync may never settle, neither resolved nor rejected
 * (OfficeDev/office-js #6678, #4805, #6150), and the pane must not stay busy forever.
 */
import { ExcelHostError, MESSAGES } from './errors';

const counts = new WeakMap<object, number>();

/**
 * How long one sync may take before the planner is told Excel does not answer. Generous: a
 * large read or write batch on Excel on the web legitimately takes tens of seconds.
 */
export const DEFAULT_SYNC_TIMEOUT_MS = 120_000;

let timeoutMs = DEFAULT_SYNC_TIMEOUT_MS;

/** Change the sync timeout (tests); no argument restores the default. */
export function setSyncTimeout(ms: number = DEFAULT_SYNC_TIMEOUT_MS): void {
  timeoutMs = ms;
}

/** Contexts one of whose syncs never answered: their later syncs would wait behind it. */
const stuck = new WeakSet<object>();

export async function sync(context: Excel.RequestContext): Promise<void> {
  counts.set(context, (counts.get(context) ?? 0) + 1);
  if (stuck.has(context)) throw new ExcelHostError(MESSAGES.noAnswer(timeoutMs), 'no-answer');
  try {
    await bounded(context.sync());
  } catch (e) {
    if (e instanceof ExcelHostError && e.reason === 'no-answer') stuck.add(context);
    throw e;
  }
}

/** `p`, or an `ExcelHostError` ('no-answer') when it has not settled within the timeout. */
export function bounded<T>(p: Promise<T>, ms: number = timeoutMs): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ExcelHostError(MESSAGES.noAnswer(ms), 'no-answer')), ms);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

/**
 * `Excel.run(batch)`, given up as soon as one of the batch's syncs timed out: Office's own
 * clean-up after the batch may wait on the same stuck connection.
 */
export function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    Excel.run(async (context) => {
      try {
        return await batch(context);
      } catch (e) {
        if (e instanceof ExcelHostError && e.reason === 'no-answer') reject(e);
        throw e;
      }
    }).then(resolve, reject);
  });
}

/** Syncs made through this module on `context` so far. */
export function syncCount(context: Excel.RequestContext): number {
  return counts.get(context) ?? 0;
}

/** Whether the running Excel supports ExcelApi `version` (false when it cannot tell). */
export function supports(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported('ExcelApi', version);
  } catch {
    return false;
  }
}

/**
 * Whether this is Excel on the web, whose requests and answers may not exceed 5 MB (desktop Excel
 * has no such limit). False when office.js cannot tell.
 */
export function onTheWeb(): boolean {
  try {
    return Office.context.platform === Office.PlatformType.OfficeOnline;
  } catch {
    return false;
  }
}

/** UTF-8 length of a string (what a JSON payload costs on the wire). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
