/**
 * Computing and validating one PK: every indicator's capaian and predicate, tujuan and sasaran
 * aggregates, budget absorption per sasaran, efficiency, and the typed figures checked (§2–§7).
 */
import { formatId, formatPercent, formatRupiah, roundHalfUp } from './decimal';
import { CapaianFigures, indicatorCapaian, isTercapai, mean } from './capaian';
import { IndicatorTally } from './tally';
import { computeBudget, programKey, serapanFigure, sumAmounts } from './budget';
import { efficiency } from './efficiency';
import { clamp, div, type Figure, numberOf, typed, whole } from './exact';
import { FindingList, type CellRef } from './findings';
import type {
  BudgetRowResult,
  IndicatorInput,
  IndicatorResult,
  MetodeEfisiensi,
  PkInput,
  PkResult,
  Ringkasan,
  SasaranResult,
  Settings,
  TujuanResult,
  TypedEfficiencyRow,
} from './model';
import {
  classify,
  fontFor,
  gradeOf,
  gradeOrdinal,
  gradeScaleFor,
  gradeScaleOnce,
  PRESET_SCALES,
  SCALE_JEMBER,
  type GradeScaleOf,
  type Scale,
} from './scales';
import { computedPercent, correctedBudget, correctedInput } from './corrections';
import { bestMatch, normaliseName, shortName } from './text';
import { indicatorTrend } from './trend';
import { EFF_DECIMALS, EFF_UNIT, formatTyped } from './figures';
import { checkTyped, PERCENT, typedMessage, type TypedUnit } from './typed';
import { hasNumber, type Value } from './values';

/** The predicate scale in force for the settings. */
export function scaleFor(settings: Settings): Scale {
  if (settings.skala === 'kustom') return settings.skalaKustom ?? SCALE_JEMBER;
  return PRESET_SCALES[settings.skala] ?? SCALE_JEMBER;
}

/** Normalised predicate labels: the same few labels recur on every row of a table. */
const predicateNorms = new Map<string, string>();

function predicateNorm(s: string): string {
  let norm = predicateNorms.get(s);
  if (norm === undefined) {
    norm = s
      .toLowerCase()
      .replace(/\(.*?\)/g, '')
      .replace(/[^a-z]/g, '');
    if (predicateNorms.size >= 1000) predicateNorms.clear();
    predicateNorms.set(s, norm);
  }
  return norm;
}

/** Compare a typed predicate label with the scale's label (case and spacing ignored). */
export function samePredicate(typed: string, label: string): boolean {
  return predicateNorm(typed) === predicateNorm(label);
}

/**
 * `B (85)` where the score belongs to another grade of the indicator's scale (§4), reported when
 * the value has a cell. Returns whether the written letter is wrong (with or without a cell:
 * correctedInput replaces it either way). `scaleOf` gives the scale when the caller already has
 * it (gradeScaleOnce).
 */
export function checkGradeScore(
  nama: string,
  v: Value,
  ref: CellRef | null,
  findings: FindingList,
  pk: string | null,
  scaleOf?: GradeScaleOf,
): boolean {
  if (v.kind !== 'number' || !v.grade || v.num === null) return false;
  const scale = scaleOf ? scaleOf() : gradeScaleFor(nama);
  if (!scale) return false;
  const g = gradeOf(scale, v.num);
  if (!g || g === v.grade || gradeOrdinal(scale, v.grade) === null) return false;
  if (ref) {
    findings.push(
      'GRADE_SCORE_MISMATCH',
      `Nilai ${formatTyped(v)} pada "${shortName(nama)}": skor ${formatId(v.num, v.precision)} termasuk ${g} pada skala ${scale.name} (${scale.source}), bukan ${v.grade}.`,
      ref,
      pk,
    );
  }
  return true;
}

/** Exact capaian, serapan and amounts of a row of the efficiency table. */
interface ExactCS {
  capaian: Figure | null;
  serapan: Figure | null;
  pagu: Figure | null;
  realisasi: Figure | null;
}

/** One indicator (§2–§4, §7), added to the tally with the error bound of its capaian. */
function computeIndicator(
  typed: IndicatorInput,
  realisasi: Value | null,
  ctx: PkContext,
  tally: IndicatorTally,
): void {
  const { settings, scale, findings, pkName: pk } = ctx;
  // The name's grade scale, looked up once and only if a grade needs it.
  const scaleOf = gradeScaleOnce(typed.nama);
  const wrongGrade = checkGradeScores(typed, findings, pk, scaleOf);
  // Figures the findings reject are replaced by the computed ones before any use (issue 10 §2).
  const ind = correctedInput(typed, realisasi, scaleOf, wrongGrade);

  const out = indicatorCapaian(
    ind.nama,
    ind.target,
    ind.realisasi,
    ind.polaritas,
    settings.rumusNegatif,
    scaleOf,
  );
  // An indicator with no Realisasi row at all is already reported as unmatched.
  if (out.note && !(out.note.code === 'REALISASI_EMPTY' && !ind.realisasiRef)) {
    const at = out.note.code === 'TARGET_ZERO' ? ind.targetRef : ind.realisasiRef;
    findings.push(out.note.code, `"${shortName(ind.nama)}": ${out.note.message}`, at, pk);
  }
  const capaian = out.capaian;
  let predikat: string | null = null;
  let warna: string | null = null;
  let font: string | null = null;
  if (capaian !== null) {
    const b = classify(scale, capaian);
    predikat = b.label;
    warna = b.fill;
    font = fontFor(b.fill);
  }
  const capaianAkhir = capaianAkhirOf(ind, settings, scaleOf);
  const { trend, trendSeries } = indicatorTrend(ind, scaleOf);

  if (ind.typedCapaian || ind.typedCapaianAkhir || ind.typedPredikat) {
    const checks: TypedContext = { ind, scale, findings, pk };
    if (capaian !== null && predikat !== null) checkTypedCapaian(checks, capaian, predikat);
    if (capaianAkhir !== null) checkTypedCapaianAkhir(checks, capaianAkhir);
    if (capaian !== null && predikat !== null) checkTypedPredikat(checks, capaian, predikat);
  }
  const result: IndicatorResult = {
    input: ind,
    capaian,
    predikat,
    warna,
    font,
    ordinal: out.ordinal,
    capaianAkhir,
    trend,
    trendSeries,
  };
  if (ind !== typed) result.typed = typed;
  tally.add(result, CapaianFigures.errOf(out.figure, capaian));
}

/**
 * Grade scores (`B (85)`) on every value of the indicator (§4). Returns whether any written
 * letter is wrong, so that correctedInput need not look at every value a second time.
 */
function checkGradeScores(
  ind: IndicatorInput,
  findings: FindingList,
  pk: string,
  scaleOf: GradeScaleOf,
): boolean {
  const { nama } = ind;
  let wrong = checkGradeScore(nama, ind.target, ind.targetRef, findings, pk, scaleOf);
  wrong = checkGradeScore(nama, ind.realisasi, ind.realisasiRef, findings, pk, scaleOf) || wrong;
  const lalu = ind.realisasiLalu;
  for (let i = 0; i < lalu.length; i++)
    wrong = checkGradeScore(nama, lalu[i].value, lalu[i].ref, findings, pk, scaleOf) || wrong;
  if (ind.targetAkhir) {
    const akhir = checkGradeScore(nama, ind.targetAkhir, ind.targetAkhirRef, findings, pk, scaleOf);
    wrong = akhir || wrong;
  }
  return wrong;
}

/** Capaian against the end-of-Renstra target: the same formula. */
function capaianAkhirOf(
  ind: IndicatorInput,
  settings: Settings,
  scaleOf: GradeScaleOf,
): number | null {
  if (!ind.targetAkhir || ind.realisasi.kind === 'empty') return null;
  const ca = indicatorCapaian(
    ind.nama,
    ind.targetAkhir,
    ind.realisasi,
    ind.polaritas,
    settings.rumusNegatif,
    scaleOf,
  );
  return ca.capaian;
}

/** What the checks of an indicator's typed figures need. */
interface TypedContext {
  ind: IndicatorInput;
  scale: Scale;
  findings: FindingList;
  pk: string;
}

/** Typed capaian: wrong at its precision, or rounded into another predicate band. */
function checkTypedCapaian(
  { ind, scale, findings, pk }: TypedContext,
  capaian: number,
  predikat: string,
): void {
  const tc = ind.typedCapaian;
  if (tc && tc.ref) {
    if (hasNumber(tc.value)) {
      const v = checkTyped(tc.value.num, tc.value.precision, capaian);
      if (!v.ok) {
        findings.push(
          'CAPAIAN_MISMATCH',
          `"${shortName(ind.nama)}": ${typedMessage('Capaian', tc.value, v)}`,
          tc.ref,
          pk,
        );
      } else if (classify(scale, tc.value.num).label !== predikat) {
        findings.push(
          'CAPAIAN_PRECISION',
          `"${shortName(ind.nama)}": capaian tertulis ${formatTyped(tc.value, '%')} dibulatkan dari ${formatPercent(capaian)}, yang termasuk ${predikat}, bukan ${classify(scale, tc.value.num).label}. Tulis dua angka desimal.`,
          tc.ref,
          pk,
        );
      }
    } else if (tc.value.kind === 'unreadable') {
      findings.push(
        'VALUE_UNREADABLE',
        `Capaian "${shortName(ind.nama)}" ${tc.value.reason}; hasil hitungnya ${formatPercent(capaian)}. Ganti nilainya, kosongkan sel agar diisi otomatis, atau pakai Terapkan perbaikan.`,
        tc.ref,
        pk,
      );
    }
  }
}

/** Typed capaian against the end-of-Renstra target. */
function checkTypedCapaianAkhir({ ind, findings, pk }: TypedContext, capaianAkhir: number): void {
  const tca = ind.typedCapaianAkhir;
  if (tca && tca.ref && hasNumber(tca.value)) {
    const v = checkTyped(tca.value.num, tca.value.precision, capaianAkhir);
    if (!v.ok) {
      findings.push(
        'CAPAIAN_MISMATCH',
        `"${shortName(ind.nama)}": ${typedMessage('Capaian terhadap target akhir Renstra', tca.value, v)}`,
        tca.ref,
        pk,
      );
    }
  }
}

/** Typed predicate: a kriteria text, or ticks in the band columns. */
function checkTypedPredikat(
  { ind, scale, findings, pk }: TypedContext,
  capaian: number,
  predikat: string,
): void {
  const tp = ind.typedPredikat;
  if (tp) {
    if (tp.kind === 'text' && tp.text && tp.text.trim()) {
      if (!samePredicate(tp.text, predikat)) {
        findings.push(
          'PREDIKAT_MISMATCH',
          `"${shortName(ind.nama)}": kriteria tertulis "${tp.text.trim()}", menurut skala ${scale.name} capaian ${formatPercent(capaian)} adalah ${predikat}.`,
          tp.ref,
          pk,
        );
      }
    } else if (tp.kind === 'ticks') {
      const marked = tp.columns.filter((c) => c.marked);
      const ok = marked.length === 1 && samePredicate(marked[0].label, predikat);
      if (marked.length > 0 && !ok) {
        const at = marked.find((c) => !samePredicate(c.label, predikat)) ?? marked[0];
        findings.push(
          'PREDIKAT_MISMATCH',
          `"${shortName(ind.nama)}": tanda pada kolom ${marked.map((m) => `"${m.label}"`).join(', ')}, menurut skala ${scale.name} capaian ${formatPercent(capaian)} adalah ${predikat}.`,
          at.ref,
          pk,
        );
      }
    }
  }
}

/** What every stage of computePk needs. */
interface PkContext {
  pk: PkInput;
  settings: Settings;
  findings: FindingList;
  scale: Scale;
  batas: number | null;
  pkName: string;
}

/** A budget program (top-level row) and the sasaran it supports. */
interface ProgramEntry {
  res: BudgetRowResult;
  sasaran: Set<number>;
}

/** The budget's top-level rows, each program once with its sasaran. */
interface ProgramMapping {
  topRows: BudgetRowResult[];
  entries: ProgramEntry[];
  /** Programs already reported as unmapped on the PK's own program table. */
  unmappedAtPk: Set<ProgramEntry>;
}

/** Compute one PK. Findings go to `findings`. */
export function computePk(pk: PkInput, settings: Settings, findings: FindingList): PkResult {
  const ctx: PkContext = {
    pk,
    settings,
    findings,
    scale: scaleFor(settings),
    batas: settings.batasAtasCapaian,
    pkName: pk.sheet,
  };
  const programIku = checkProgramIndicators(ctx);
  const tally = computeIndicators(ctx, programIku);
  const { indikator } = tally;
  const figures = tally.figures(settings.rumusNegatif);

  const budget: BudgetRowResult[] = correctedBudget(
    computeBudget(pk.budget, findings, { pk: ctx.pkName }),
    findings,
    ctx.pkName,
  );
  const programs = mapPrograms(ctx, budget, tally.sasaranLevel.length > 0);

  const sasaranFigures = new Map<SasaranResult, ExactCS>();
  const sasaran = [...tally.sasaran.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([no, idx]) => computeSasaran(ctx, no, idx, indikator, figures, programs, sasaranFigures));
  if (tally.sasaran.size > 0) reportUnmappedPrograms(ctx, programs);
  const tujuan = computeTujuan(ctx, tally.tujuan, indikator, figures);

  const { ringkasan, total } = computeRingkasan(ctx, tally, figures, programs);
  checkEfficiencyTable(pk, { sasaran, sasaranFigures, total, figures }, settings, findings);
  return { pk, indikator, sasaran, tujuan, budget, ringkasan };
}

/**
 * Every indicator's capaian, predicate and checks, tallied for the aggregates. The program IKU
 * check runs in the same pass (one walk over 100 000 indicators, not two); its findings go
 * before the indicators' own, where a pass of its own would have put them.
 */
function computeIndicators(ctx: PkContext, programIku: ProgramIku | null): IndicatorTally {
  const tally = new IndicatorTally(ctx.pk.indikator.length);
  const inds = ctx.pk.indikator;
  const before = ctx.findings.items.length;
  // Indexed loops over the indicators: no iterator object per step before the loop is optimised.
  for (let i = 0; i < inds.length; i++) {
    const ind = inds[i];
    const realisasi = programIku ? programIku.realisasiFor(ind) : null;
    computeIndicator(ind, realisasi, ctx, tally);
  }
  if (programIku) ctx.findings.insertAt(before, programIku.findings.items);
  return tally;
}

/**
 * Program-indicator table: its typed %, and the program IKU check that `computeIndicators` makes
 * on each indicator (null when the table has no program row).
 */
function checkProgramIndicators(ctx: PkContext): ProgramIku | null {
  const { pk, settings, findings, pkName } = ctx;
  for (const row of pk.programIndicators) {
    if (!row.persen || !row.persen.ref || !hasNumber(row.persen.value)) continue;
    const c = indicatorCapaian(
      row.indikator,
      row.target,
      row.realisasi,
      'positif',
      settings.rumusNegatif,
    );
    if (c.capaian === null) continue;
    const v = checkTyped(row.persen.value.num, row.persen.value.precision, c.capaian);
    if (!v.ok) {
      findings.push(
        'CAPAIAN_MISMATCH',
        `${shortName(row.nama)} — "${shortName(row.indikator)}": ${typedMessage('Capaian', row.persen.value, v)}`,
        row.persen.ref,
        pkName,
      );
    }
  }
  const programRows = pk.programIndicators.filter((r) => r.level === 'program');
  return programRows.length ? new ProgramIku(ctx, programRows) : null;
}

/**
 * Names that may be a program IKU: the cheap test on the name as written, run on every indicator
 * (one RegExp object for the whole pass rather than one per indicator), then the test on the
 * normalised name. Neither has the `g` flag, so `test` keeps no state between names.
 */
const NAMES_TERCAPAI = /tercapai/i;
const PROGRAM_TERCAPAI = /indikator program.*tercapai|program.*tercapai/;

/**
 * "% indikator program yang tercapai" typed as a realisasi, against the program rows: the share
 * of program rows achieved, and for each indicator so named whose typed figure is higher, a
 * finding and the computed share as its realisasi.
 */
class ProgramIku {
  /** Its findings, in the order of the indicators (computeIndicators puts them in place). */
  readonly findings = new FindingList();
  private readonly achieved: number;
  private readonly pct: number;

  constructor(
    private readonly ctx: PkContext,
    private readonly programRows: PkInput['programIndicators'],
  ) {
    const rumus = ctx.settings.rumusNegatif;
    this.achieved = programRows.filter((r) => {
      const c = indicatorCapaian(r.indikator, r.target, r.realisasi, 'positif', rumus).capaian;
      return c !== null && isTercapai(c);
    }).length;
    this.pct = div(times100(this.achieved), whole(programRows.length)).toNumber();
  }

  /** The computed share when the indicator is a program IKU whose typed figure it disproves. */
  realisasiFor(ind: IndicatorInput): Value | null {
    if (!NAMES_TERCAPAI.test(ind.nama)) return null;
    if (!PROGRAM_TERCAPAI.test(normaliseName(ind.nama))) return null;
    const r = ind.realisasi;
    const pct = this.pct;
    if (!hasNumber(r) || roundHalfUp(r.num, r.precision) <= roundHalfUp(pct, r.precision))
      return null;
    this.findings.push(
      'PROGRAM_IKU_MISMATCH',
      `"${shortName(ind.nama)}" tertulis ${formatTyped(r, '%')}, tetapi hanya ${this.achieved} dari ${this.programRows.length} indikator program yang tercapai (${formatPercent(pct)}).`,
      ind.realisasiRef,
      this.ctx.pkName,
    );
    return computedPercent(pct, r);
  }
}

/**
 * Sasaran of each budget program: its own mapping, else the PK's program table; the PK's
 * programs that are missing from the budget, unmapped or with another pagu are reported.
 */
function mapPrograms(
  ctx: PkContext,
  budget: BudgetRowResult[],
  /** Whether the PK measures any sasaran (from the tally: no pass over the indicators). */
  hasSasaran: boolean,
): ProgramMapping {
  const { pk, findings, pkName } = ctx;
  const depths = budget
    .filter((b) => b.row.level !== 'total' && b.row.level !== 'rata')
    .map((b) => b.row.level);
  const topLevel = depths.includes('program')
    ? 'program'
    : depths.includes('kegiatan')
      ? 'kegiatan'
      : 'subkegiatan';
  const topRows = budget.filter((b) => b.row.level === topLevel);

  const sasaranOfProgram = new Map<string, ProgramEntry>();
  for (const b of topRows) {
    const k = programKey(b.row);
    const entry = sasaranOfProgram.get(k) ?? { res: b, sasaran: new Set<number>() };
    b.row.sasaran.forEach((s) => entry.sasaran.add(s));
    sasaranOfProgram.set(k, entry);
  }
  const entries = [...sasaranOfProgram.values()];
  const unmappedAtPk = new Set<ProgramEntry>();
  for (const p of pk.programs) {
    const match =
      (p.kode ? entries.find((e) => e.res.row.kode === p.kode) : undefined) ??
      bestMatch(p.nama, entries, (e) => e.res.row.nama, 0.8)?.item;
    if (!match) {
      if (entries.length) {
        findings.push(
          'PROGRAM_UNMAPPED',
          `Program "${shortName(p.nama)}" pada PK tidak ditemukan di tabel realisasi anggaran: serapannya tidak dapat dihitung.`,
          p.anggaranRef,
          pkName,
        );
      }
      continue;
    }
    p.sasaran.forEach((s) => match.sasaran.add(s));
    if (p.sasaran.length === 0 && p.sasaranRef && hasSasaran) {
      unmappedAtPk.add(match);
      findings.push(
        'PROGRAM_UNMAPPED',
        `Program "${shortName(p.nama)}" pada ${pkName} tidak dipetakan ke sasaran mana pun: isi kolom Sasaran (nomor sasaran, mis. "1" atau "1; 2").`,
        p.sasaranRef,
        pkName,
      );
    }
    if (
      hasNumber(p.anggaran) &&
      match.res.pagu !== null &&
      roundHalfUp(p.anggaran.num, 2) !== roundHalfUp(match.res.pagu, 2)
    ) {
      findings.push(
        'PAGU_CHANGED',
        `Anggaran "${shortName(p.nama)}" pada PK ${formatRupiah(p.anggaran.num)} berbeda dari pagu tabel anggaran ${formatRupiah(match.res.pagu)}; serapan memakai pagu tabel anggaran.`,
        p.anggaranRef,
        pkName,
      );
    }
  }
  return { topRows, entries, unmappedAtPk };
}

/** Σ pagu, Σ realisasi and serapan of the programs supporting a sasaran (exact). */
function sasaranBudget(progs: ProgramEntry[]): Omit<ExactCS, 'capaian'> {
  const pRows = progs.map((p) => p.res);
  const pagu = sumAmounts(pRows, 'pagu');
  const realisasi = sumAmounts(pRows, 'realisasi');
  return { pagu, realisasi, serapan: serapanFigure(pagu, realisasi) };
}

/** The method's efficiency and category for exact C, S and amounts (null when one is missing). */
function efficiencyOf(
  settings: Settings,
  x: ExactCS,
): { nilai: number | null; kategori: string | null } {
  if (x.capaian === null || x.serapan === null || x.pagu === null || x.realisasi === null)
    return { nilai: null, kategori: null };
  const e = efficiency(settings.metodeEfisiensi, {
    capaian: x.capaian,
    serapan: x.serapan,
    pagu: x.pagu,
    realisasi: x.realisasi,
  });
  return { nilai: e.nilai, kategori: e.kategori };
}

/** One sasaran (§3, §5): its capaian, predicate, programs, serapan and efficiency. */
function computeSasaran(
  ctx: PkContext,
  no: number,
  idx: number[],
  indikator: IndicatorResult[],
  figures: CapaianFigures,
  programs: ProgramMapping,
  sasaranFigures: Map<SasaranResult, ExactCS>,
): SasaranResult {
  const { settings, findings, pkName, scale, batas } = ctx;
  const inds = idx.map((i) => indikator[i]);
  const progs = programs.entries.filter((e) => e.sasaran.has(no));
  const exact: ExactCS = { capaian: figures.mean(idx, batas), ...sasaranBudget(progs) };
  const capaianAgregat = numberOf(exact.capaian);
  // §3: the sasaran capaian is the mean of the clamped values, the figure every output shows.
  const capaian = capaianAgregat;
  const { nilai: efisiensi, kategori } = efficiencyOf(settings, exact);
  const band = capaianAgregat !== null ? classify(scale, capaianAgregat) : null;
  const nama = inds[0].input.sasaran ?? inds[0].input.nama;
  if (progs.length === 0 && programs.entries.length) {
    findings.push(
      'PROGRAM_UNMAPPED',
      `Sasaran ${no} "${shortName(nama)}" tidak didukung program mana pun (isi kolom Sasaran pada tabel program PK): efisiensinya tidak dapat dihitung.`,
      inds[0].input.targetRef
        ? { sheet: inds[0].input.targetRef.sheet, cell: inds[0].input.targetRef.cell }
        : null,
      pkName,
    );
  }
  const result: SasaranResult = {
    no,
    nama,
    tujuan: inds[0].input.tujuan,
    indikator: inds,
    capaian,
    capaianAgregat,
    predikat: band?.label ?? null,
    warna: band?.fill ?? null,
    programs: progs.map((p) => p.res.row.nama),
    pagu: numberOf(exact.pagu),
    realisasiAnggaran: numberOf(exact.realisasi),
    serapan: numberOf(exact.serapan),
    efisiensi,
    kategoriEfisiensi: kategori,
  };
  sasaranFigures.set(result, exact);
  return result;
}

/** A budget program mapped to no sasaran at all (unless already reported on the PK's table). */
function reportUnmappedPrograms(ctx: PkContext, programs: ProgramMapping): void {
  for (const e of programs.entries) {
    if (e.sasaran.size === 0 && !programs.unmappedAtPk.has(e)) {
      ctx.findings.push(
        'PROGRAM_UNMAPPED',
        `Program "${shortName(e.res.row.nama)}" tidak dipetakan ke sasaran mana pun: isi kolom Sasaran pada tabel program PK atau tabel anggaran.`,
        e.res.row.refs.nama,
        ctx.pkName,
      );
    }
  }
}

/** Tujuan (§3): the mean of its indicators' clamped capaian, and its predicate. */
function computeTujuan(
  ctx: PkContext,
  tujuanMap: Map<string, number[]>,
  indikator: IndicatorResult[],
  figures: CapaianFigures,
): TujuanResult[] {
  return [...tujuanMap.entries()].map(([nama, idx]) => {
    const inds = idx.map((i) => indikator[i]);
    const capaian = numberOf(figures.mean(idx, ctx.batas));
    const band = capaian !== null ? classify(ctx.scale, capaian) : null;
    return {
      nama,
      indikator: inds,
      capaian,
      predikat: band?.label ?? null,
      warna: band?.fill ?? null,
    };
  });
}

/** Ringkasan: counts, the mean capaian, the budget in total, and the JUMLAH efficiency row. */
function computeRingkasan(
  ctx: PkContext,
  tally: IndicatorTally,
  figures: CapaianFigures,
  programs: ProgramMapping,
): { ringkasan: Ringkasan; total: ExactCS } {
  const { settings, scale, batas } = ctx;
  const { indikator } = tally;
  const rata = numberOf(figures.mean(null, batas));
  const allPagu = uniqueSum(programs.topRows, 'pagu');
  const allReal = uniqueSum(programs.topRows, 'realisasi');
  // JUMLAH of the efficiency table: the sasaran indicators and the programs mapped to a sasaran.
  const mapped = programs.entries.filter((e) => e.sasaran.size > 0);
  const total: ExactCS = {
    capaian: figures.mean(tally.sasaranLevel, batas),
    ...sasaranBudget(mapped),
  };
  const j = efficiencyOf(settings, total);
  const ringkasan: Ringkasan = {
    jumlahIndikator: indikator.length,
    tercapai: tally.tercapai,
    melampaui: tally.melampaui,
    tidakTercapai: tally.withCapaian - tally.tercapai,
    tanpaCapaian: indikator.length - tally.withCapaian,
    rataRataCapaian: rata,
    predikat: rata !== null ? classify(scale, rata).label : null,
    pagu: numberOf(allPagu),
    realisasiAnggaran: numberOf(allReal),
    serapan: numberOf(serapanFigure(allPagu, allReal)),
    efisiensi: {
      capaian: numberOf(total.capaian),
      serapan: numberOf(total.serapan),
      nilai: j.nilai,
      kategori: j.kategori,
      pagu: numberOf(total.pagu),
      realisasi: numberOf(total.realisasi),
    },
  };
  return { ringkasan, total };
}

/** Σ over programs listed once each (a program under two sasaran counts once). */
function uniqueSum(rows: BudgetRowResult[], which: 'pagu' | 'realisasi'): Figure | null {
  const seen = new Set<string>();
  const once: BudgetRowResult[] = [];
  for (const r of rows) {
    const k = programKey(r.row);
    if (seen.has(k)) continue;
    seen.add(k);
    once.push(r);
  }
  return sumAmounts(once, which);
}

function times100(n: number): Figure {
  return whole(n * 100);
}

/** The exact figures a typed efficiency table is checked against. */
interface EfficiencyExact {
  sasaran: SasaranResult[];
  sasaranFigures: Map<SasaranResult, ExactCS>;
  total: ExactCS;
  figures: CapaianFigures;
}

/** A typed efficiency table checked cell by cell against the method (§5). */
function checkEfficiencyTable(
  pk: PkInput,
  exact: EfficiencyExact,
  settings: Settings,
  findings: FindingList,
): void {
  for (const row of pk.efficiencyTable) {
    const target = efficiencyRowTarget(row, exact, settings);
    if (target) checkEfficiencyRow(row, target, settings, findings, pk.sheet);
  }
}

/** What a row of the efficiency table stands for: the JUMLAH, a sasaran or an indicator. */
function efficiencyRowTarget(
  row: TypedEfficiencyRow,
  exact: EfficiencyExact,
  settings: Settings,
): { figs: ExactCS; label: string } | null {
  if (row.isTotal) return { figs: exact.total, label: 'JUMLAH' };
  const { sasaran, sasaranFigures, figures } = exact;
  const target =
    (row.sasaranNo !== null ? sasaran.find((x) => x.no === row.sasaranNo) : undefined) ??
    bestMatch(row.label, sasaran, (x) => x.nama, 0.7)?.item;
  if (!target) return null;
  const figs = sasaranFigures.get(target)!;
  if (row.indikator === null) return { figs, label: `Sasaran ${target.no}` };
  // An indicator row under its sasaran: its own capaian; the budget is the sasaran's.
  const ind = bestMatch(row.indikator, target.indikator, (x) => x.input.nama, 0.6)?.item;
  const f = ind ? figures.figureOf(ind) : null;
  return {
    figs: { ...figs, capaian: f === null ? null : clamp(f, 0, settings.batasAtasCapaian) },
    label: `Sasaran ${target.no}, indikator "${shortName(row.indikator, 40)}"`,
  };
}

/** One row: its typed capaian, serapan, pagu, realisasi, efficiency and category. */
function checkEfficiencyRow(
  row: TypedEfficiencyRow,
  { figs, label }: { figs: ExactCS; label: string },
  settings: Settings,
  findings: FindingList,
  pkName: string,
): void {
  const { capaian: c, serapan: s, pagu: paguF, realisasi: realF } = figs;
  const check = (
    code: 'CAPAIAN_MISMATCH' | 'SERAPAN_MISMATCH' | 'EFISIENSI_MISMATCH',
    cell: { value: Value; ref: CellRef | null } | null,
    computed: Figure | number | null,
    what: string,
    unit: TypedUnit = PERCENT,
    decimals = 2,
  ) => {
    if (!cell || !cell.ref || computed === null || !hasNumber(cell.value)) return true;
    const n = typeof computed === 'number' ? computed : computed.toNumber();
    const v = checkTyped(cell.value.num, cell.value.precision, n);
    if (!v.ok)
      findings.push(
        code,
        `${label}: ${typedMessage(what, cell.value, v, unit, decimals)}`,
        cell.ref,
        pkName,
      );
    return v.ok;
  };
  const cOk = check('CAPAIAN_MISMATCH', row.capaian, c, 'Capaian kinerja');
  // Serapan: against the row's own pagu and realisasi when it has them, else the programs'.
  const ownPagu = row.pagu && hasNumber(row.pagu.value) ? typed(row.pagu.value.num) : null;
  const ownReal =
    row.realisasiAnggaran && hasNumber(row.realisasiAnggaran.value)
      ? typed(row.realisasiAnggaran.value.num)
      : null;
  const ownS = (ownPagu && ownReal && serapanFigure(ownPagu, ownReal)) || s;
  const pagu = numberOf(paguF);
  const sOk = check('SERAPAN_MISMATCH', row.serapan, ownS, 'Serapan anggaran');
  checkEfficiencyRowAmounts(row, label, pagu, numberOf(realF), findings, pkName);
  // The figure and the category follow the method applied to the row's own C and S when they
  // are typed and right (a wrong one is already reported), else to the computed ones.
  const tC = cOk && row.capaian && hasNumber(row.capaian.value) ? typed(row.capaian.value.num) : c;
  const tS =
    sOk && row.serapan && hasNumber(row.serapan.value) ? typed(row.serapan.value.num) : ownS;
  if (tC === null || tS === null) return;
  const e = efficiency(settings.metodeEfisiensi, {
    capaian: clamp(tC, 0, settings.batasAtasCapaian),
    serapan: tS,
    pagu: paguF ?? 0,
    realisasi: realF ?? 0,
  });
  if (settings.metodeEfisiensi !== 'pmk' || pagu !== null)
    check(
      'EFISIENSI_MISMATCH',
      row.efisiensi,
      e.nilai,
      'Efisiensi',
      efficiencyUnit(settings.metodeEfisiensi),
      EFF_DECIMALS[settings.metodeEfisiensi],
    );
  const k = row.kategori;
  if (k && k.ref && k.value && k.value.trim()) {
    if (predicateNorm(k.value) !== predicateNorm(e.kategori)) {
      findings.push(
        'EFISIENSI_MISMATCH',
        `${label}: kategori tertulis "${k.value.trim()}", padahal dengan capaian ${formatPercent(tC.toNumber())} dan serapan ${formatPercent(tS.toNumber())} metode ${settings.metodeEfisiensi} memberi "${e.kategori}".`,
        k.ref,
        pkName,
      );
    }
  }
}

/** The efficiency figure in its method's unit: points, a ratio, or % for pmk (figures.ts). */
function efficiencyUnit(m: MetodeEfisiensi): TypedUnit {
  return {
    typed: m === 'pmk' ? '%' : null,
    show: (x, d) => `${formatId(x, d)}${EFF_UNIT[m]}`,
  };
}

/** A row's typed pagu and realisasi against its programs' (or all programs' for JUMLAH). */
function checkEfficiencyRowAmounts(
  row: TypedEfficiencyRow,
  label: string,
  pagu: number | null,
  real: number | null,
  findings: FindingList,
  pkName: string,
): void {
  const code = row.isTotal ? 'TOTAL_MISMATCH' : 'EFISIENSI_MISMATCH';
  const whose = row.isTotal ? 'jumlah program pendukung semua sasaran' : 'program pendukungnya';
  const amounts = [
    { typed: row.pagu, computed: pagu, written: 'pagu', of: 'pagu' },
    {
      typed: row.realisasiAnggaran,
      computed: real,
      written: 'realisasi anggaran',
      of: 'realisasi',
    },
  ];
  for (const { typed, computed, written, of } of amounts) {
    if (!typed?.ref || computed === null || !hasNumber(typed.value)) continue;
    if (roundHalfUp(typed.value.num, 2) === roundHalfUp(computed, 2)) continue;
    findings.push(
      code,
      `${label}: ${written} tertulis ${formatRupiah(typed.value.num)}, ${of} ${whose} ${formatRupiah(computed)}.`,
      typed.ref,
      pkName,
    );
  }
}

export { mean };
