/**
 * Stage 2: the TC.25 (Renstra) blocks — one per table, each with its period and the years of
 * its target columns ("Tahun ke-n" columns mapped through the period in the title).
 */
import { checkGradeScore } from '../../engine/compute';
import type { FindingList } from '../../engine/findings';
import { looseKey, normaliseName } from '../../engine/text';
import { readIndicatorRows, type IndicatorRow, type LocValue } from '../rows';
import { periodIn, type ClassifiedSheet } from '../sheets';
import { col, type Table } from '../table';
import type { Tc25Block } from './types';

/** `2025-2029` → 2025 … 2029. */
export function periodYears(p: string): number[] {
  const [a, b] = p.split('-').map(Number);
  const out: number[] = [];
  for (let y = a; y <= b; y++) out.push(y);
  return out;
}

/** Every TC.25 table of the TC.25 sheets, in workbook order. */
export function readTc25Blocks(tcSheets: ClassifiedSheet[], findings: FindingList): Tc25Block[] {
  if (tcSheets.length === 0) {
    findings.push(
      'SHEET_MISSING',
      'Lembar TC.25 (Renstra) tidak ditemukan: target tahunan dan target akhir Renstra tidak dapat diperiksa.',
      null,
      null,
      'warning',
    );
  }
  const blocks: Tc25Block[] = [];
  for (const cs of tcSheets) {
    // A sheet with no such table is reported by the account stage (account.ts).
    const tables = cs.tables.filter((t) => col(t, 'indikator'));
    for (const t of tables) blocks.push(readTc25Table(cs, t, blocks.length, findings));
  }
  return blocks;
}

function readTc25Table(
  cs: ClassifiedSheet,
  t: Table,
  order: number,
  findings: FindingList,
): Tc25Block {
  const titlePeriod = periodIn(t.title) ?? periodIn(cs.sheet.name);
  const yearCols = t.columns
    .filter((c) => c.role.k === 'targetTahun')
    .map((c) => (c.role.k === 'targetTahun' ? c.role.tahun : 0));
  const yearsOfKe = yearsOfTahunKe(cs, t, titlePeriod, findings);
  const years = yearsOfKe ?? yearCols;
  const periode =
    titlePeriod ?? (years.length >= 2 ? `${Math.min(...years)}-${Math.max(...years)}` : null);
  return {
    sheet: cs.sheet.name,
    periode,
    years,
    rows: readIndicatorRows(t, yearsOfKe),
    hasAkhirColumn: !!col(t, 'targetAkhir'),
    order,
  };
}

/** The years of "Tahun ke-n" columns, from the period in the title; null when there are none. */
function yearsOfTahunKe(
  cs: ClassifiedSheet,
  t: Table,
  titlePeriod: string | null,
  findings: FindingList,
): number[] | null {
  const keCols = t.columns.filter((c) => c.role.k === 'targetTahunKe');
  if (!keCols.length) return null;
  if (titlePeriod && periodYears(titlePeriod).length === keCols.length)
    return periodYears(titlePeriod);
  findings.push(
    'COLUMN_MISSING',
    `Lembar ${cs.sheet.name}: kolom "Tahun ke-…" tidak dapat dipetakan ke tahun — tulis periode Renstra (mis. "Renstra 2025-2029") di judul tabel atau tahun pada kepala kolom.`,
    { sheet: cs.sheet.name, cell: `A${t.headerTop + 1}` },
  );
  return null;
}

/** The cells of a row that may hold a grade with its score. */
export function gradeCells(row: IndicatorRow): LocValue[] {
  return [
    row.target,
    row.realisasi,
    row.targetAkhir,
    row.kondisiAwal,
    ...row.yearTargets.values(),
    ...row.yearRealisasi.values(),
  ].filter((x): x is LocValue => x !== null);
}

/** Grades written with a score anywhere in TC.25 (every block). */
export function checkBlockGrades(blocks: Tc25Block[], findings: FindingList): void {
  for (const b of blocks)
    for (const row of b.rows)
      for (const c of gradeCells(row)) checkGradeScore(row.nama, c.value, c.ref, findings, null);
}

/** Of the blocks for one period, the last is in force. */
export function blocksByPeriod(blocks: Tc25Block[]): Map<string, Tc25Block> {
  const blockFor = new Map<string, Tc25Block>();
  for (const b of blocks) if (b.periode) blockFor.set(b.periode, b);
  return blockFor;
}

export interface RowIndex {
  byName: Map<string, IndicatorRow>;
  byKode: Map<string, IndicatorRow>;
}

/** Name and kode index of a block's rows (the first row of a name wins). */
export function indexRows(
  rows: IndicatorRow[],
  key: (nama: string) => string = normaliseName,
): RowIndex {
  const idx: RowIndex = { byName: new Map(), byKode: new Map() };
  for (const r of rows) {
    const k = key(r.nama);
    if (!idx.byName.has(k)) idx.byName.set(k, r);
    if (r.kode && !idx.byKode.has(looseKey(r.kode))) idx.byKode.set(looseKey(r.kode), r);
  }
  return idx;
}

/** `indexRows` per block, built once on first use. */
export function blockIndexer(
  key: (nama: string) => string = normaliseName,
): (b: Tc25Block) => RowIndex {
  const cache = new Map<Tc25Block, RowIndex>();
  return (b) => {
    let idx = cache.get(b);
    if (!idx) {
      idx = indexRows(b.rows, key);
      cache.set(b, idx);
    }
    return idx;
  };
}
