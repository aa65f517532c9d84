/**
 * One PK indicator made into the engine's `IndicatorInput`: linked to its Realisasi and TC.25
 * rows, its target (the PK's), realisasi (typed, from the quarters, or from a year column),
 * end-of-Renstra target, earlier years' realisasi and typed capaian and predikat.
 */
import { scoredEndTarget } from '../end-target';
import type { CellRef, FindingList } from '../../engine/findings';
import { formatTyped } from '../../engine/figures';
import type {
  BenchmarkInput,
  IndicatorInput,
  PriorRealisasi,
  TypedPredikat,
} from '../../engine/model';
import { shortName } from '../../engine/text';
import { emptyValue } from '../../engine/values';
import type { IndicatorRow, LocValue } from '../rows';
import {
  checkFaktorEmpty,
  checkImplausible,
  compareTargets,
  compareUnits,
  sameValue,
  unitKey,
} from './checks';
import { linkRealisasi, linkTc, type RealisasiLinks } from './link';
import type { SasaranIndex } from './sasaran';
import type { RowIndex } from './tc25';
import { realisasiFromTw } from './tw';
import type { Tc25Block } from './types';

export interface IndicatorContext {
  pk: string;
  tahun: number | null;
  block: Tc25Block | null;
  blockIndex: RowIndex | null;
  links: RealisasiLinks;
  sasaran: SasaranIndex;
  findings: FindingList;
  /** Filled here: each linked Realisasi row with the key of its PK indicator. */
  linked: Map<IndicatorRow, string>;
}

export function buildIndicator(
  row: IndicatorRow,
  idx: number,
  ctx: IndicatorContext,
): IndicatorInput {
  const { pk, findings } = ctx;
  const r = linkRealisasi(row, ctx.links, findings)?.item ?? null;
  if (r) ctx.linked.set(r, `${pk}#${idx}`);
  const tc =
    ctx.block && ctx.blockIndex
      ? linkTc(row, ctx.block, ctx.blockIndex, pk, findings, ctx.links.key)
      : null;
  const target = pkTarget(row, ctx);
  if (tc && ctx.tahun !== null) {
    const tcT = tc.yearTargets.get(ctx.tahun);
    if (tcT) compareTargets(findings, pk, row.nama, target, tcT, `TC.25 tahun ${ctx.tahun}`);
    compareUnits(findings, pk, row, tc, 'TC.25');
  }
  const realTarget = r ? ofYear(r.target, r.yearTargets, ctx.tahun) : null;
  if (realTarget && realTarget.value.kind !== 'empty')
    compareTargets(findings, pk, row.nama, target, realTarget, 'lembar Realisasi');
  if (r) compareUnits(findings, pk, row, r, 'Realisasi');
  const realisasi = realisasiOf(row, r, ctx);
  const akhir = targetAkhirOf(row, tc, r, ctx);
  if (r) checkFaktorEmpty(row.nama, r, pk, findings);
  const faktor = (x: { text: string | null; ref: CellRef } | null | undefined) => x?.text ?? null;
  const noSas = ctx.sasaran.noSasaranColumn;
  return {
    key: `${pk}#${idx}`,
    level: noSas ? 'sasaran' : row.level,
    tujuan: row.tujuan,
    sasaran: noSas ? row.nama : row.level === 'sasaran' ? row.sasaran : null,
    sasaranNo: noSas ? idx + 1 : row.level === 'sasaran' ? ctx.sasaran.no(row.sasaran) : null,
    nama: row.nama,
    kode: row.kode ?? tc?.kode ?? r?.kode ?? null,
    satuan: row.satuan ?? tc?.satuan ?? r?.satuan ?? target.value.unit,
    polaritas: row.polaritas ?? tc?.polaritas ?? r?.polaritas ?? 'positif',
    target: target.value,
    targetRef: target.ref,
    realisasi: realisasi?.value ?? emptyValue(),
    realisasiRef: r ? (realisasi?.ref ?? null) : null,
    targetAkhir: akhir.value?.value ?? null,
    targetAkhirRef: akhir.value?.ref ?? null,
    tahunAkhir: akhir.tahun,
    kondisiAwal: (tc?.kondisiAwal ?? r?.kondisiAwal ?? row.kondisiAwal)?.value ?? null,
    realisasiLalu: priorRealisasi(r, ctx.tahun),
    benchmark: r?.benchmark ?? null,
    benchmarks: benchmarksOf(row, tc, r),
    formulasi: row.formulasi ?? tc?.formulasi ?? r?.formulasi ?? null,
    sumberData: row.sumberData ?? tc?.sumberData ?? r?.sumberData ?? null,
    faktorPendorong: faktor(r?.faktorPendorong),
    faktorPenghambat: faktor(r?.faktorPenghambat),
    solusi: faktor(r?.solusi),
    tantangan: faktor(r?.tantangan),
    typedCapaian: typedCapaianOf(r, ctx.tahun),
    typedPredikat: typedPredikatOf(r),
    typedCapaianAkhir: r?.capaianAkhir
      ? { value: r.capaianAkhir.value, ref: r.capaianAkhir.ref }
      : null,
  };
}

/**
 * The comparison figures of the indicator: those on its Realisasi row, else on its PK row, else
 * on its TC.25 row (one sheet's, never a mix of two).
 */
function benchmarksOf(
  row: IndicatorRow,
  tc: IndicatorRow | null,
  r: IndicatorRow | null,
): BenchmarkInput[] {
  for (const x of [r, row, tc]) if (x?.benchmarks.length) return x.benchmarks;
  return [];
}

/** The PK's target: its Target column, else its column for the PK's year. */
function pkTarget(row: IndicatorRow, ctx: IndicatorContext): LocValue {
  let target: LocValue | null = row.target;
  if (!target || target.value.kind === 'empty') {
    const y = ctx.tahun !== null ? row.yearTargets.get(ctx.tahun) : undefined;
    if (y) target = y;
  }
  if (!target) target = { value: emptyValue(), ref: row.namaRef };
  reportUnreadable('Target', row, target, ctx);
  return target;
}

/** The realisasi: typed, else from the quarters, else from the column for the PK's year. */
function realisasiOf(
  row: IndicatorRow,
  r: IndicatorRow | null,
  ctx: IndicatorContext,
): LocValue | null {
  let realisasi: LocValue | null = r?.realisasi ?? null;
  if (r && (!realisasi || (realisasi.value.kind === 'empty' && r.tw.length)))
    realisasi = realisasiFromTw(r, ctx.findings, ctx.pk) ?? realisasi;
  if (
    r &&
    (!realisasi || realisasi.value.kind === 'empty') &&
    ctx.tahun !== null &&
    r.yearRealisasi.has(ctx.tahun)
  )
    realisasi = r.yearRealisasi.get(ctx.tahun)!;
  if (realisasi) reportUnreadable('Realisasi', row, realisasi, ctx);
  return realisasi;
}

/** A target or realisasi that cannot be read: a finding at its cell, never a silent 0. */
function reportUnreadable(
  what: 'Target' | 'Realisasi',
  row: IndicatorRow,
  v: LocValue,
  ctx: IndicatorContext,
): void {
  if (v.value.kind !== 'unreadable') return;
  ctx.findings.push(
    'VALUE_UNREADABLE',
    `${what} "${shortName(row.nama)}" tidak dapat dibaca: ${v.value.reason}.`,
    v.ref,
    ctx.pk,
  );
}

/** End-of-Renstra target: TC.25's explicit column, else its last year; without TC.25 the Realisasi sheet's. */
function targetAkhirOf(
  row: IndicatorRow,
  tc: IndicatorRow | null,
  r: IndicatorRow | null,
  ctx: IndicatorContext,
): { value: LocValue | null; tahun: number | null } {
  const { block, pk, findings } = ctx;
  let targetAkhir: LocValue | null = null;
  let tahunAkhir: number | null = null;
  if (tc && block) {
    const lastYear = block.years.length ? Math.max(...block.years) : null;
    const lastT = lastYear !== null ? (tc.yearTargets.get(lastYear) ?? null) : null;
    const explicit =
      tc.targetAkhir && tc.targetAkhir.value.kind !== 'empty' ? tc.targetAkhir : null;
    targetAkhir = scoredEndTarget(
      explicit ?? (lastT && lastT.value.kind !== 'empty' ? lastT : null),
      r?.targetAkhir ?? null,
    );
    tahunAkhir = lastYear;
    if (
      explicit &&
      lastT &&
      lastT.value.kind !== 'empty' &&
      !sameValue(explicit.value, lastT.value)
    ) {
      findings.push(
        'TARGET_MISMATCH',
        `"${shortName(row.nama)}": Target Akhir Renstra ${formatTyped(explicit.value)} berbeda dari target tahun ${lastYear} (${formatTyped(lastT.value)}) pada TC.25.`,
        explicit.ref,
        pk,
      );
    }
    checkImplausible(findings, pk, row, tc, block, row.polaritas ?? tc.polaritas ?? 'positif');
  } else if (r?.targetAkhir && r.targetAkhir.value.kind !== 'empty') {
    targetAkhir = r.targetAkhir;
  }
  if (tc && r && targetAkhir) compareTargetAkhir(row, r, tc, targetAkhir, ctx);
  return { value: targetAkhir, tahun: tahunAkhir };
}

/** The Realisasi sheet's target akhir against TC.25's: a unit or a value mismatch. */
function compareTargetAkhir(
  row: IndicatorRow,
  r: IndicatorRow,
  tc: IndicatorRow,
  targetAkhir: LocValue,
  ctx: IndicatorContext,
): void {
  const realAkhir = r.targetAkhir;
  if (!realAkhir || realAkhir.value.kind === 'empty' || targetAkhir === realAkhir) return;
  if (sameValue(targetAkhir.value, realAkhir.value)) return;
  const ua = unitKey(realAkhir.value.unit ?? r.satuan);
  const ub = unitKey(targetAkhir.value.unit ?? tc.satuan);
  const written = `pada lembar Realisasi ditulis ${formatTyped(realAkhir.value)}`;
  if (ua && ub && ua !== ub) {
    ctx.findings.push(
      'UNIT_MISMATCH',
      `"${shortName(row.nama)}": target akhir ${written} (satuan "${ua}"), pada TC.25 ${formatTyped(targetAkhir.value)} (satuan "${ub}"); yang dipakai TC.25.`,
      realAkhir.ref,
      ctx.pk,
    );
  } else {
    ctx.findings.push(
      'TARGET_MISMATCH',
      `"${shortName(row.nama)}": target akhir pada lembar Realisasi (${formatTyped(realAkhir.value)}) berbeda dari TC.25 (${formatTyped(targetAkhir.value)}); yang dipakai TC.25.`,
      realAkhir.ref,
      ctx.pk,
    );
  }
}

/** Realisasi of the years before the PK's. */
function priorRealisasi(r: IndicatorRow | null, tahun: number | null): PriorRealisasi[] {
  const prior: PriorRealisasi[] = [];
  if (!r) return prior;
  for (const [y, v] of r.yearRealisasi) {
    if (tahun !== null && y >= tahun) continue;
    if (v.value.kind === 'empty') continue;
    prior.push({ tahun: y, value: v.value, ref: v.ref });
  }
  return prior;
}

/** A figure of the PK's year: its own column, else the column of that year in a year group. */
function ofYear(
  own: LocValue | null,
  byYear: Map<number, LocValue>,
  tahun: number | null,
): LocValue | null {
  if (own && own.value.kind !== 'empty') return own;
  return (tahun !== null ? byYear.get(tahun) : undefined) ?? own;
}

function typedCapaianOf(r: IndicatorRow | null, tahun: number | null) {
  const c = r ? ofYear(r.capaian, r.yearCapaian, tahun) : null;
  return c ? { value: c.value, ref: c.ref } : null;
}

function typedPredikatOf(r: IndicatorRow | null): TypedPredikat | null {
  if (r?.ticks.length) return { kind: 'ticks', columns: r.ticks };
  if (r?.kriteria) return { kind: 'text', text: r.kriteria.text || null, ref: r.kriteria.ref };
  return null;
}
