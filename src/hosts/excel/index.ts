/**
 * The Office.js host: read the workbook into grids in one batch, apply a plan in a constant
 * number of syncs, select a cell. Written against the `Excel` global, so that it runs in Excel
 * and over the in-memory Excel of ../preview alike.
 */
export {
  readWorkbookGrid,
  readCellStyles,
  toRawCell,
  type ExcelRead,
  type ExcelReadOptions,
  type CellStyles,
  type UsedArea,
} from './read';
export {
  applyPlanInExcel,
  planIsNoop,
  selectCell,
  toExcelValue,
  columnWidthPoints,
  DEFAULT_REQUEST_BUDGET,
  type ApplyOptions,
  type ApplyResult,
  type Progress,
} from './apply';
export { ExcelHostError, toHostError, type ExcelHostErrorReason } from './errors';
export { loadState, type WorkbookState, type SheetState } from './state';
export { syncCount, supports, runExcel, setSyncTimeout, DEFAULT_SYNC_TIMEOUT_MS } from './sync';
export { validasi, hitung, hapusWarna, type ActionResult } from './actions';
