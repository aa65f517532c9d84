/**
 * Which sheet the page's grid shows after an action: the sheet the planner wants to see next —
 * after Buat Laporan the first report sheet it wrote, after Hitung & Warnai the first sheet whose
 * cells it wrote or coloured — never a sheet where nothing changed. "First" is in the workbook's
 * order; a sheet new to the workbook comes after every sheet there was, in the plan's order.
 * None when nothing visible changed (the grid then stays where it was).
 */
import type { Plan } from '../../workbook/plan';
import type { SheetInfo } from './protocol';

function firstOf(names: string[], sheets: SheetInfo[]): string | null {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  const known = sheets.find((s) => s.visible && wanted.has(s.name.toLowerCase()));
  if (known) return known.name;
  const had = new Set(sheets.map((s) => s.name.toLowerCase()));
  return names.find((n) => !had.has(n.toLowerCase())) ?? null;
}

/** `sheets`: the workbook's sheets before the action, in order, with their visibility. */
export function firstChangedSheet(
  plan: Pick<Plan, 'writes' | 'sheets'> | undefined,
  sheets: SheetInfo[],
): string | null {
  if (!plan) return null;
  const created = (plan.sheets ?? []).map((s) => s.name);
  const written = plan.writes.map((w) => w.sheet);
  return firstOf(created, sheets) ?? firstOf(written, sheets);
}
