/**
 * Stage 3: the PK sheets — each one's year, Renstra period, jenis (awal / perubahan), indicator
 * rows and programs — and which of them is measured (the others are superseded).
 */
import type { FindingList } from '../../engine/findings';
import type { Settings } from '../../engine/model';
import { emptyValue } from '../../engine/values';
import { unitIn } from '../../engine/text';
import { readIndicatorRows, readProgramList } from '../rows';
import { periodIn, yearIn, type ClassifiedSheet } from '../sheets';
import { col, tableKind, type Table } from '../table';
import type { PkDraft, ProgramDraft } from './types';

export interface PkContext {
  settings: Settings;
  /** Periods that have a TC.25 block (one: a PK without a period is on it). */
  periods: string[];
  /** The Program sheets (read into the PK when there is only one PK). */
  programSheets: ClassifiedSheet[];
}

export function readPkDrafts(
  pkSheets: ClassifiedSheet[],
  ctx: PkContext,
  findings: FindingList,
): PkDraft[] {
  return pkSheets.map((cs) => readPkDraft(cs, pkSheets.length, ctx, findings));
}

/** The PK's indicator table: the first with an Indikator column that reads as PK-like. */
export function pkMainTable(cs: ClassifiedSheet): Table | null {
  return (
    cs.tables.find(
      (t) => ['pk', 'kinerja', 'tc25'].includes(tableKind(t)) && col(t, 'indikator'),
    ) ?? null
  );
}

function readPkDraft(
  cs: ClassifiedSheet,
  pkCount: number,
  ctx: PkContext,
  findings: FindingList,
): PkDraft {
  const t1 = pkMainTable(cs);
  checkPkTable(cs, t1, findings);
  const titleText = [cs.sheet.name, ...cs.tables.map((t) => t.title)].join(' \n ');
  const topTitle = t1 ? t1.title : titleText;
  const tahun = yearIn(topTitle) ?? yearIn(cs.sheet.name) ?? ctx.settings.tahun ?? null;
  const periode =
    periodIn(topTitle) ?? periodIn(titleText) ?? (ctx.periods.length === 1 ? ctx.periods[0] : null);
  const jenis: 'awal' | 'perubahan' =
    /perubahan/i.test(cs.sheet.name) || /perubahan/i.test(topTitle) ? 'perubahan' : 'awal';
  const rows = t1 ? readIndicatorRows(t1, null) : [];
  const programs = readPkPrograms(cs, pkCount === 1 ? ctx.programSheets : []);
  const { instansi, kabupaten } = unitIn(titleText);
  return { cs, tahun, periode, jenis, instansi, kabupaten, rows, programs, table: t1 };
}

function checkPkTable(cs: ClassifiedSheet, t1: Table | null, findings: FindingList): void {
  // Without a PK table at all, the account stage (account.ts) says what is missing.
  if (t1 && !col(t1, 'target') && !t1.columns.some((c) => c.role.k === 'targetTahun')) {
    findings.push(
      'COLUMN_MISSING',
      `Lembar ${cs.sheet.name}: kolom "Target" tidak ditemukan pada tabel PK.`,
      { sheet: cs.sheet.name, cell: `A${t1.headerTop + 1}` },
      cs.sheet.name,
    );
  }
}

/** The PK's own program tables, plus those of the Program sheets given. */
function readPkPrograms(cs: ClassifiedSheet, programSheets: ClassifiedSheet[]): ProgramDraft[] {
  const own = cs.tables.filter((t) => tableKind(t) === 'pkProgram');
  const extra = programSheets.flatMap((p) => p.tables.filter((t) => tableKind(t) === 'pkProgram'));
  return [...own, ...extra].flatMap((t) =>
    readProgramList(t).map((p): ProgramDraft => ({
      nama: p.nama,
      kode: p.kode,
      anggaran: p.anggaran?.value ?? emptyValue(),
      anggaranRef: p.anggaran?.ref ?? null,
      sasaran: [],
      sasaranRef: p.sasaranRef,
      sasaranText: p.sasaran,
    })),
  );
}

/**
 * Which PK is measured: on the same period and year, the Perubahan, else the one further
 * right. Each superseded PK gets a PK_SUPERSEDED finding.
 */
export function markSuperseded(drafts: PkDraft[], findings: FindingList): Map<PkDraft, boolean> {
  const dilaporkan = new Map<PkDraft, boolean>();
  for (const d of drafts) dilaporkan.set(d, true);
  for (let i = 0; i < drafts.length; i++) {
    for (let j = 0; j < drafts.length; j++) {
      const a = drafts[i];
      const b = drafts[j];
      if (i === j || a.tahun !== b.tahun || a.periode !== b.periode) continue;
      const bWins =
        (b.jenis === 'perubahan' && a.jenis === 'awal') || (b.jenis === a.jenis && j > i);
      if (bWins && dilaporkan.get(a)) {
        dilaporkan.set(a, false);
        findings.push(
          'PK_SUPERSEDED',
          `Lembar ${a.cs.sheet.name} digantikan oleh ${b.cs.sheet.name} (tahun ${a.tahun ?? '?'}, Renstra ${a.periode ?? '?'}); yang diukur adalah ${b.cs.sheet.name}.`,
          { sheet: a.cs.sheet.name, cell: null },
          a.cs.sheet.name,
        );
      }
    }
  }
  return dilaporkan;
}
