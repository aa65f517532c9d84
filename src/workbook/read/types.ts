/** Records passed between the reader's stages (see `../read.ts` for the order). */
import type { ProgramInput } from '../../engine/model';
import type {
  BudgetTableRow,
  EfficiencyTableRow,
  IndicatorRow,
  ProgramKinerjaRow,
  SummaryTableRow,
} from '../rows';
import type { ClassifiedSheet } from '../sheets';
import type { Table } from '../table';

/** One TC.25 table: the indicator rows of one Renstra period. */
export interface Tc25Block {
  sheet: string;
  periode: string | null;
  years: number[];
  rows: IndicatorRow[];
  hasAkhirColumn: boolean;
  order: number;
}

/** A row or table with the PK it belongs to (by sheet name, title or a PK column); null: any. */
export interface Tagged<T> {
  item: T;
  pk: string | null;
}

/** A program on the PK's program table, its sasaran still as written. */
export type ProgramDraft = ProgramInput & { sasaranText: string | null };

/** A PK sheet as read, before its indicators are linked. */
export interface PkDraft {
  cs: ClassifiedSheet;
  tahun: number | null;
  periode: string | null;
  jenis: 'awal' | 'perubahan';
  instansi: string | null;
  kabupaten: string | null;
  rows: IndicatorRow[];
  programs: ProgramDraft[];
  table: Table | null;
}

export type ProgramKinerjaTagged = ProgramKinerjaRow & { titleSasaran: number | null };

/** Everything read from the Realisasi, Anggaran, Efisiensi and Program sheets. */
export interface FigureTables {
  realRows: Tagged<IndicatorRow>[];
  progKinerja: Tagged<ProgramKinerjaTagged>[];
  budgetTables: Tagged<BudgetTableRow[]>[];
  effTables: Tagged<EfficiencyTableRow[]>[];
  /** Rows of trend tables (only "Realisasi" over 2021 | 2022 | …), merged into `realRows`. */
  trendRows: Tagged<IndicatorRow>[];
  /** Summary rows of kinerja tables with the rows above them they summarise. */
  summaries: Tagged<{ row: SummaryTableRow; covers: IndicatorRow[] }>[];
}
