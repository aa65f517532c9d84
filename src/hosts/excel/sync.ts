/**
 * Every `context.sync()` of the Excel host goes through `sync()`, which counts them per request
 * context: the count is what the tests and the benchmark hold constant.
 */

const counts = new WeakMap<object, number>();

export async function sync(context: Excel.RequestContext): Promise<void> {
  counts.set(context, (counts.get(context) ?? 0) + 1);
  await context.sync();
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
