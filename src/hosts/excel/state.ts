/**
 * What the writes must know of the workbook before they start: which sheets exist, are visible
 * and are protected, whether the workbook's structure is protected (Review › Protect Workbook)
 * and whether events are on. Queued with the read's first sync (Hitung, Buat Laporan, Hapus
 * Warna), or by `applyPlanInExcel` in a check sync of its own when it is given none.
 */
import { supports, sync } from './sync';

export interface SheetState {
  name: string;
  visible: boolean;
  /** Review › Protect Sheet; false where ExcelApi 1.2 cannot tell. */
  protected: boolean;
}

export interface WorkbookState {
  sheets: SheetState[];
  /** Review › Protect Workbook (structure); null where ExcelApi 1.7 cannot tell. */
  structureProtected: boolean | null;
  /** `context.runtime.enableEvents` before the run; null below ExcelApi 1.8. */
  eventsOn: boolean | null;
}

/** The loads of the state, queued on the worksheets collection that is loaded anyway. */
export interface StateLoad {
  /** What `worksheets.load` must also ask for. */
  select: string;
  /** The state, after the sync. */
  read(items: Excel.Worksheet[]): WorkbookState;
}

/** Queue the protection and events loads; `worksheets` still needs its `load(select)`. */
export function queueState(context: Excel.RequestContext): StateLoad {
  const withProtection = supports('1.2');
  const structure = supports('1.7') ? context.workbook.protection.load('protected') : null;
  const withEvents = supports('1.8');
  if (withEvents) context.runtime.load('enableEvents');
  return {
    select: withProtection ? 'items/protection/protected' : '',
    read: (items) => ({
      sheets: items.map((ws) => ({
        name: ws.name,
        visible: ws.visibility === 'Visible',
        protected: withProtection && ws.protection.protected,
      })),
      structureProtected: structure ? structure.protected : null,
      eventsOn: withEvents ? context.runtime.enableEvents : null,
    }),
  };
}

/** The state in one sync of its own (a plan applied without a read before it). */
export async function loadState(context: Excel.RequestContext): Promise<WorkbookState> {
  const worksheets = context.workbook.worksheets;
  const state = queueState(context);
  worksheets.load(['items/name', 'items/visibility', state.select].filter(Boolean).join(','));
  await sync(context);
  return state.read(worksheets.items);
}
