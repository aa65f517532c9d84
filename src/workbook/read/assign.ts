/**
 * Stage 4: the Realisasi, Anggaran, Efisiensi and Program sheets read into tagged tables — each
 * table or row with the PK it belongs to, by sheet name, table title or a PK column.
 */
import { checkGradeScore } from '../../engine/compute';
import type { FindingList } from '../../engine/findings';
import { looseKey, normaliseName, shortName } from '../../engine/text';
import {
  readBudgetRows,
  readEfficiencyRows,
  readIndicatorRows,
  readProgramKinerja,
  readSummaryRows,
  type IndicatorRow,
  type SummaryTableRow,
} from '../rows';
import { periodIn, type ClassifiedSheet } from '../sheets';
import { col, tableKind, type RoleKey, type Table } from '../table';
import { gradeCells } from './tc25';
import type { FigureTables, PkDraft } from './types';

export interface PkNamer {
  /** Which PK a sheet or table title names ("Realisasi PK Perubahan", "… — PK 2025"). */
  named(text: string): string | null;
  /** Which PK a PK-column value names ("Perubahan", "2025", "PK Awal"). */
  ofTag(tag: string | null): string | null;
  /** Which PK a sheet's name names after its first word ("Realisasi PK Perubahan"). */
  ofSheet(cs: ClassifiedSheet): string | null;
}

export function pkNamer(drafts: PkDraft[]): PkNamer {
  // Longest PK name contained in the text wins ("PK Perubahan 2025" before "PK 2025").
  const sorted = drafts
    .map((d) => d.cs.sheet.name)
    .sort((a, b) => looseKey(b).length - looseKey(a).length);
  const named = (text: string): string | null => {
    const key = looseKey(text);
    for (const n of sorted) if (key.includes(looseKey(n))) return n;
    if (/perubahan/i.test(text)) {
      const p = drafts.filter((d) => d.jenis === 'perubahan');
      if (p.length === 1) return p[0].cs.sheet.name;
    }
    const per = periodIn(text);
    if (per) {
      const p = drafts.filter((d) => d.periode === per);
      if (p.length === 1) return p[0].cs.sheet.name;
    }
    return null;
  };
  return {
    named,
    ofTag: (tag) => (tag ? (named(tag) ?? named(`PK ${tag}`)) : null),
    ofSheet: (cs) => {
      const rest = cs.sheet.name.replace(/^\S+\s*/, '');
      return rest ? named(rest) : null;
    },
  };
}

/** Read every figure table of the given sheets, tagged with its PK. */
export function readFigureTables(
  sheets: ClassifiedSheet[],
  namer: PkNamer,
  findings: FindingList,
): FigureTables {
  const out: FigureTables = {
    realRows: [],
    progKinerja: [],
    budgetTables: [],
    effTables: [],
    trendRows: [],
    summaries: [],
  };
  for (const cs of sheets) {
    const sPk = namer.ofSheet(cs);
    for (const t of cs.tables) {
      const kind = tableKind(t);
      const tPk = namer.named(t.title) ?? sPk;
      if (kind === 'kinerja' && cs.kind === 'realisasi' && isTrendTable(t)) {
        for (const row of readIndicatorRows(t, null))
          out.trendRows.push({ item: row, pk: namer.ofTag(row.pkTag) ?? tPk });
      } else if (kind === 'kinerja' && cs.kind === 'realisasi') {
        readKinerjaTable(cs, t, tPk, namer, out, findings);
      } else if (kind === 'programKinerja') {
        const m = t.title.match(/sasaran\s*(\d+)/i);
        for (const row of readProgramKinerja(t)) {
          out.progKinerja.push({
            item: { ...row, titleSasaran: m ? Number(m[1]) : null },
            pk: namer.ofTag(row.pkTag) ?? tPk,
          });
        }
      } else if (kind === 'anggaran') {
        out.budgetTables.push({ item: readBudgetRows(t), pk: tPk });
      } else if (kind === 'efisiensi') {
        out.effTables.push({ item: readEfficiencyRows(t), pk: tPk });
      }
    }
  }
  mergeTrends(out);
  return out;
}

/** A trend table: realisasi per year only ("Realisasi" over 2021 | 2022 | …, A778–790). */
export function isTrendTable(t: Table): boolean {
  const roles = new Set(t.columns.map((c) => c.role.k));
  return (
    roles.has('realisasiTahun') &&
    !['realisasi', 'tw', 'target', 'targetTahun', 'capaian', 'capaianTahun'].some((k) =>
      roles.has(k as RoleKey),
    )
  );
}

/**
 * A trend row adds its years to the Realisasi row of the same indicator (and PK), without
 * replacing a year that row has; a trend row with no such row stands as a Realisasi row itself.
 */
function mergeTrends(out: FigureTables): void {
  const key = (x: { item: IndicatorRow; pk: string | null }) =>
    `${x.pk ?? ''}|${normaliseName(x.item.nama)}`;
  const byKey = new Map<string, IndicatorRow[]>();
  for (const x of out.realRows) byKey.set(key(x), [...(byKey.get(key(x)) ?? []), x.item]);
  for (const x of out.trendRows) {
    const rows = byKey.get(key(x));
    if (!rows) {
      out.realRows.push(x);
      continue;
    }
    for (const row of rows)
      for (const [y, v] of x.item.yearRealisasi)
        if (!row.yearRealisasi.has(y)) row.yearRealisasi.set(y, v);
  }
}

function readKinerjaTable(
  cs: ClassifiedSheet,
  t: Table,
  tPk: string | null,
  namer: PkNamer,
  out: FigureTables,
  findings: FindingList,
): void {
  if (
    !col(t, 'realisasi') &&
    t.columns.every((c) => c.role.k !== 'tw' && c.role.k !== 'realisasiTahun')
  ) {
    findings.push('COLUMN_MISSING', `Lembar ${cs.sheet.name}: kolom "Realisasi" tidak ditemukan.`, {
      sheet: cs.sheet.name,
      cell: `A${t.headerTop + 1}`,
    });
  }
  const start = out.realRows.length;
  const rows = readIndicatorRows(t, null);
  for (const row of rows) {
    const rowPk = namer.ofTag(row.pkTag) ?? tPk;
    out.realRows.push({ item: row, pk: rowPk });
    for (const c of gradeCells(row)) checkGradeScore(row.nama, c.value, c.ref, findings, rowPk);
  }
  checkDuplicatesInTable(cs, out.realRows.slice(start), findings);
  for (const s of summariesOf(t, rows)) out.summaries.push({ item: s, pk: tPk });
}

/**
 * Each summary row with the indicator rows it closes: those since the previous summary; a
 * summary directly under another ("Jumlah" then "Rata-rata") closes the same rows.
 */
export function summariesOf(
  t: Table,
  rows: IndicatorRow[],
): { row: SummaryTableRow; covers: IndicatorRow[] }[] {
  const out: { row: SummaryTableRow; covers: IndicatorRow[] }[] = [];
  let covers: IndicatorRow[] = [];
  let closed = false;
  let i = 0;
  for (const s of readSummaryRows(t)) {
    for (; i < rows.length && rows[i].r < s.r; i++) {
      if (closed) covers = [];
      closed = false;
      covers.push(rows[i]);
    }
    out.push({ row: s, covers: [...covers] });
    closed = true;
  }
  return out;
}

/** The same indicator twice in one table (for one PK). */
function checkDuplicatesInTable(
  cs: ClassifiedSheet,
  rows: FigureTables['realRows'],
  findings: FindingList,
): void {
  const seen = new Map<string, IndicatorRow>();
  for (const x of rows) {
    const k = `${x.pk ?? ''}|${normaliseName(x.item.sasaran ?? '')}|${normaliseName(x.item.nama)}`;
    const first = seen.get(k);
    if (first) {
      findings.push(
        'INDICATOR_DUPLICATE',
        `Indikator "${shortName(x.item.nama)}" tertulis dua kali di ${cs.sheet.name} (juga di ${first.namaRef.cell}).`,
        x.item.namaRef,
        x.pk,
      );
    } else seen.set(k, x.item);
  }
}
