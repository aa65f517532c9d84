/** Stage 1: every sheet of the workbook with its kind and tables. */
import { Sheet, type WorkbookGrid } from '../grid';
import { classifySheet, type ClassifiedSheet, type SheetKind } from '../sheets';

export interface ClassifiedWorkbook {
  all: ClassifiedSheet[];
  byKind(kind: SheetKind): ClassifiedSheet[];
  /** Name and kind of every sheet, in workbook order (for the result). */
  summary: { name: string; kind: string }[];
}

export function classifyWorkbook(wb: WorkbookGrid): ClassifiedWorkbook {
  const all = wb.sheets.map((g) => classifySheet(new Sheet(g)));
  return {
    all,
    byKind: (kind) => all.filter((c) => c.kind === kind),
    summary: all.map((c) => ({ name: c.sheet.name, kind: c.kind })),
  };
}
