/**
 * From sheet grids to the engine's input: find the TC.25, PK and Realisasi sheets and their
 * tables, link indicators across sheets by kode or normalised name, and record where every
 * figure came from. Structural problems become findings; nothing here throws on bad input.
 *
 * The stages, in order (each in `read/`):
 *  1. `classify.ts`  every sheet's kind and tables;
 *  2. `tc25.ts`      the TC.25 blocks, one per table and period;
 *  3. `pk.ts`        the PK sheets (year, period, jenis) and which one is measured;
 *  4. `assign.ts`    Realisasi, budget, program and efficiency tables tagged with their PK;
 *  5. `link.ts`      each PK indicator linked to its Realisasi and TC.25 rows;
 *  6. `checks.ts`    structural findings (mismatches, implausible targets, duplicates …);
 *  7. `assemble.ts`  each measured PK assembled for the engine (`indicator.ts` per indicator);
 *  8. `account.ts`   every TC.25, PK and Realisasi sheet that yielded no row says what it lacks.
 */
import { FindingList } from '../engine/findings';
import type { TypedSummary } from '../engine/summary';
import { nameKeyFor } from '../engine/text';
import type { PkInput, Settings } from '../engine/model';
import type { IndicatorRow } from './rows';
import type { WorkbookGrid } from './grid';
import type { ClassifiedSheet } from './sheets';
import type { FigureTables, PkDraft, Tc25Block } from './read/types';
import { readSettings } from './settings';
import { classifyWorkbook, type ClassifiedWorkbook } from './read/classify';
import { readTc25Blocks, checkBlockGrades, blocksByPeriod, blockIndexer } from './read/tc25';
import { readPkDrafts, markSuperseded } from './read/pk';
import { pkNamer, readFigureTables } from './read/assign';
import { assemblePk, emptyPk } from './read/assemble';
import { checkUnusedRealisasi } from './read/checks';
import { checkEverySheetRead } from './read/account';

export interface ReadResult {
  settings: Settings;
  pks: PkInput[];
  findings: FindingList;
  sheets: { name: string; kind: string }[];
  /** True when the workbook has no usable PK sheet (exit 2 for the command line). */
  noPk: boolean;
  /** Summary rows of the measured PKs' kinerja tables, checked after computing (summary.ts). */
  summaries: TypedSummary[];
}

/** Read a whole workbook. */
export function readWorkbook(wb: WorkbookGrid): ReadResult {
  const findings = new FindingList();
  const book = classifyWorkbook(wb);
  const settings = readSettings(book.byKind('pengaturan')[0]?.sheet ?? null, findings);
  const pkSheets = book.byKind('pk');
  if (pkSheets.length === 0) {
    findings.push(
      'SHEET_MISSING',
      'Lembar PK (Perjanjian Kinerja) tidak ditemukan. Beri nama lembar "PK" atau "Perjanjian Kinerja" dengan kolom Indikator Kinerja dan Target.',
      null,
    );
    return { settings, pks: [], findings, sheets: book.summary, noPk: true, summaries: [] };
  }

  const tcSheets = book.byKind('tc25');
  const blocks = readTc25Blocks(tcSheets, findings);
  checkBlockGrades(blocks, findings);
  const blockFor = blocksByPeriod(blocks);

  const ctx = { settings, periods: [...blockFor.keys()], programSheets: book.byKind('program') };
  const drafts = readPkDrafts(pkSheets, ctx, findings);
  const dilaporkan = markSuperseded(drafts, findings);

  const tables = readFigures(book, drafts, findings);
  const measured = drafts.filter((d) => dilaporkan.get(d));
  const nameKey = nameKeyFor(
    [...drafts.flatMap((d) => d.rows), ...blocks.flatMap((b) => b.rows)]
      .concat(tables.realRows.map((x) => x.item))
      .map((r) => r.nama),
  );
  const usedRealRows = new Set<IndicatorRow>();
  const assembleCtx = {
    tables,
    usedRealRows,
    hasRealSheets: book.byKind('realisasi').length > 0,
    hasTcSheets: tcSheets.length > 0,
    blocks,
    blockFor,
    blockIndex: blockIndexer(nameKey),
    nameKey,
    measuredCount: measured.length,
    findings,
    summaries: [] as TypedSummary[],
  };
  const pks = drafts.map((d) =>
    dilaporkan.get(d) === true ? assemblePk(d, assembleCtx) : emptyPk(d, false),
  );
  const measuredNames = measured.map((m) => m.cs.sheet.name);
  checkUnusedRealisasi(tables.realRows, usedRealRows, measuredNames, findings);
  checkEverySheetRead(book.all, (cs) => rowsReadFrom(cs, blocks, drafts, tables), findings);
  const summaries = assembleCtx.summaries;
  return { settings, pks, findings, sheets: book.summary, noPk: false, summaries };
}

/** The Realisasi, Anggaran, Efisiensi and Program sheets' tables, tagged with their PKs. */
function readFigures(
  book: ClassifiedWorkbook,
  drafts: PkDraft[],
  findings: FindingList,
): FigureTables {
  const realSheets = book.byKind('realisasi');
  if (realSheets.length === 0) {
    findings.push(
      'SHEET_MISSING',
      'Lembar Realisasi tidak ditemukan: capaian tidak dapat dihitung. Tambahkan lembar "Realisasi" dengan kolom Indikator dan Realisasi.',
      null,
    );
  }
  const sheets = [
    ...realSheets,
    ...book.byKind('anggaran'),
    ...book.byKind('efisiensi'),
    ...book.byKind('program'),
  ];
  return readFigureTables(sheets, pkNamer(drafts), findings);
}

/** How many indicator rows a sheet gave: TC.25 rows with year targets, PK rows, Realisasi rows. */
function rowsReadFrom(
  cs: ClassifiedSheet,
  blocks: Tc25Block[],
  drafts: PkDraft[],
  tables: FigureTables,
): number {
  const name = cs.sheet.name;
  if (cs.kind === 'tc25')
    return blocks
      .filter((b) => b.sheet === name && (b.years.length > 0 || b.hasAkhirColumn))
      .reduce((n, b) => n + b.rows.length, 0);
  if (cs.kind === 'pk') return drafts.find((d) => d.cs === cs)?.rows.length ?? 0;
  return [...tables.realRows, ...tables.trendRows].filter((x) => x.item.namaRef.sheet === name)
    .length;
}
