/**
 * The public surface of the pure layers (engine + workbook reader) for every host.
 */
export { analyze, toJson, type Analysis } from './analyze';
export {
  buildPlan,
  buildClearPlan,
  resultCells,
  readRecord,
  recordRows,
  type Plan,
  type CellWrite,
} from './plan';
export { readWorkbook } from './read';
export type { WorkbookGrid, SheetGrid, Merge } from './grid';
export { FINDING_CODES, FINDING_SEVERITY, type Finding } from '../engine/findings';
export { formatId, formatPercent, formatRupiah, roundHalfUp } from '../engine/decimal';
export { parseCell, parseText } from '../engine/values';
