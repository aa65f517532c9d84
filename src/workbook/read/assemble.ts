/**
 * Stage 7: each PK assembled for the engine — its indicators linked (see `indicator.ts`), its
 * programs, budget rows, program-indicator rows and typed efficiency table, each from the
 * tables tagged with this PK, else from the untagged ones.
 */
import type { FindingList } from '../../engine/findings';
import type { TypedSummary } from '../../engine/summary';
import type { BudgetRow, PkInput, ProgramIndicatorRow, ProgramInput } from '../../engine/model';
import { shortName } from '../../engine/text';
import { emptyValue } from '../../engine/values';
import type { BudgetTableRow, IndicatorRow } from '../rows';
import { checkPolarityGiven, duplicateChecker } from './checks';
import { efficiencyRows } from './efficiency-table';
import { buildIndicator } from './indicator';
import { exactRealisasiLinks, type NameKey } from './link';
import { sasaranIndex, type SasaranIndex } from './sasaran';
import type { RowIndex } from './tc25';
import type { FigureTables, PkDraft, Tagged, Tc25Block } from './types';

export interface AssembleContext {
  tables: FigureTables;
  /** Realisasi rows used by some PK indicator (filled as PKs are assembled). */
  usedRealRows: Set<IndicatorRow>;
  hasRealSheets: boolean;
  hasTcSheets: boolean;
  blocks: Tc25Block[];
  blockFor: Map<string, Tc25Block>;
  blockIndex: (b: Tc25Block) => RowIndex;
  /** The key indicator names are linked by. */
  nameKey: NameKey;
  /** How many PKs are measured (one: it takes the untagged efficiency tables). */
  measuredCount: number;
  findings: FindingList;
  /** Filled here: the summary rows of each measured PK's kinerja tables. */
  summaries: TypedSummary[];
}

/** A PK that is not measured: its sheet, year, period and jenis only. */
export function emptyPk(d: PkDraft, dilaporkan: boolean): PkInput {
  return {
    sheet: d.cs.sheet.name,
    tahun: d.tahun,
    periode: d.periode,
    jenis: d.jenis,
    dilaporkan,
    instansi: d.instansi,
    kabupaten: d.kabupaten,
    indikator: [],
    programs: [],
    budget: [],
    programIndicators: [],
    efficiencyTable: [],
  };
}

export function assemblePk(d: PkDraft, ctx: AssembleContext): PkInput {
  const name = d.cs.sheet.name;
  const base = emptyPk(d, true);
  const block = blockOf(d, ctx);
  const sasaran = sasaranIndex(d.rows);
  const candidates = ctx.tables.realRows.filter((x) => x.pk === name || x.pk === null);
  const others = [...candidates.map((c) => c.item), ...(block?.rows ?? [])];
  checkPolarityGiven(name, d.rows, others, ctx.findings);
  const links = exactRealisasiLinks(
    name,
    d.rows,
    candidates,
    ctx.usedRealRows,
    ctx.hasRealSheets,
    ctx.nameKey,
  );
  const checkDuplicate = duplicateChecker(name, ctx.findings);
  const indCtx = {
    pk: name,
    tahun: d.tahun,
    block,
    blockIndex: block ? ctx.blockIndex(block) : null,
    links,
    sasaran,
    findings: ctx.findings,
    linked: new Map<IndicatorRow, string>(),
  };
  base.indikator = d.rows.map((row, idx) => {
    checkDuplicate(row);
    return buildIndicator(row, idx, indCtx);
  });
  base.programs = d.programs.map((p): ProgramInput => ({
    nama: p.nama,
    kode: p.kode,
    anggaran: p.anggaran,
    anggaranRef: p.anggaranRef,
    sasaran: sasaran.refs(p.sasaranText),
    sasaranRef: p.sasaranRef,
  }));
  base.budget = budgetOf(name, ctx, sasaran);
  base.programIndicators = programIndicatorsOf(name, ctx.tables, sasaran);
  const et = ctx.tables.effTables.filter((e) => e.pk === name);
  const effSource = et.length
    ? et
    : ctx.measuredCount === 1
      ? ctx.tables.effTables.filter((e) => e.pk === null)
      : [];
  ctx.summaries.push(...summariesFor(name, ctx.tables, indCtx.linked));
  base.efficiencyTable = efficiencyRows(
    effSource.flatMap((e) => e.item),
    sasaran.names,
    base.indikator,
  );
  return base;
}

/** The PK's TC.25 block: the one of its period, or the only one; a warning when there is none. */
function blockOf(d: PkDraft, ctx: AssembleContext): Tc25Block | null {
  const block = d.periode
    ? (ctx.blockFor.get(d.periode) ?? null)
    : ctx.blocks.length === 1
      ? ctx.blocks[0]
      : null;
  if (ctx.hasTcSheets && !block) {
    const name = d.cs.sheet.name;
    ctx.findings.push(
      'INDICATOR_UNMATCHED',
      `PK ${name}: tidak ada blok TC.25 untuk Renstra ${d.periode ?? '(periode tidak tertulis)'}; target tahunan tidak diperiksa. Tulis periode Renstra di judul PK dan TC.25.`,
      { sheet: name, cell: null },
      name,
      'warning',
    );
  }
  return block;
}

/**
 * The summary rows of the PK's kinerja tables, each with the keys of the indicators it covers;
 * left out when one of its rows is not linked to this PK (its figure could not be checked).
 */
function summariesFor(
  pk: string,
  tables: FigureTables,
  linked: Map<IndicatorRow, string>,
): TypedSummary[] {
  const out: TypedSummary[] = [];
  for (const { item } of forPk(tables.summaries, pk)) {
    const keys = item.covers.map((r) => linked.get(r));
    if (!keys.length || keys.some((k) => k === undefined)) continue;
    out.push({
      pk,
      label: item.row.label,
      kind: item.row.kind,
      labelRef: item.row.labelRef,
      capaian: item.row.capaian
        ? { value: item.row.capaian.value, ref: item.row.capaian.ref }
        : null,
      indikator: keys as string[],
    });
  }
  return out;
}

/** Tagged items for a PK: those tagged with it, else the untagged ones. */
function forPk<T>(items: Tagged<T>[], pk: string): Tagged<T>[] {
  const own = items.filter((x) => x.pk === pk);
  return own.length ? own : items.filter((x) => x.pk === null);
}

function budgetOf(name: string, ctx: AssembleContext, sasaran: SasaranIndex): BudgetRow[] {
  const budget = forPk(ctx.tables.budgetTables, name).flatMap((b, ti) =>
    b.item.map((row, i) => budgetRow(row, `${ti}:${i}`, b.pk, sasaran)),
  );
  for (const b of budget) {
    for (const [v, ref, what] of [
      [b.pagu, b.refs.pagu, 'Pagu'],
      [b.realisasi, b.refs.realisasi, 'Realisasi anggaran'],
    ] as const) {
      if (v.kind === 'unreadable')
        ctx.findings.push(
          'VALUE_UNREADABLE',
          `${what} "${shortName(b.nama)}" tidak dapat dibaca: ${v.reason}.`,
          ref,
          name,
        );
    }
  }
  return budget;
}

function budgetRow(
  row: BudgetTableRow,
  key: string,
  pk: string | null,
  sasaran: SasaranIndex,
): BudgetRow {
  const refs = [row.sasaranText, row.heading].filter((x): x is string => !!x);
  return {
    key,
    level: row.level,
    kode: row.kode,
    nama: row.nama,
    parent: null,
    pagu: row.pagu?.value ?? emptyValue(),
    realisasi: row.realisasi?.value ?? emptyValue(),
    persen: row.persen?.value ?? emptyValue(),
    sisa: row.sisa?.value ?? emptyValue(),
    refs: {
      pagu: row.pagu?.ref ?? null,
      realisasi: row.realisasi?.ref ?? null,
      persen: row.persen?.ref ?? null,
      sisa: row.sisa?.ref ?? null,
      nama: row.namaRef,
    },
    sasaran: refs.length ? sasaran.refs(refs[0]) : [],
    pk,
    jenisBelanja: row.jenisBelanja,
    belanjaOperasi: row.belanjaOperasi?.value ?? null,
    belanjaModal: row.belanjaModal?.value ?? null,
  };
}

function programIndicatorsOf(
  name: string,
  tables: FigureTables,
  sasaran: SasaranIndex,
): ProgramIndicatorRow[] {
  return forPk(tables.progKinerja, name).map(({ item }): ProgramIndicatorRow => ({
    level: item.level,
    kode: item.kode,
    nama: item.nama,
    indikator: item.indikator,
    satuan: item.satuan,
    target: item.target?.value ?? emptyValue(),
    realisasi: item.realisasi?.value ?? emptyValue(),
    persen: item.persen ? { value: item.persen.value, ref: item.persen.ref } : null,
    sasaran: item.sasaran
      ? sasaran.refs(item.sasaran)
      : item.titleSasaran !== null
        ? [item.titleSasaran]
        : [],
    refs: {
      target: item.target?.ref ?? null,
      realisasi: item.realisasi?.ref ?? null,
      nama: item.namaRef,
    },
  }));
}
