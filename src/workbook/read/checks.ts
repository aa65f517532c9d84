/**
 * Stage 6: structural findings on a linked indicator — target and unit mismatches between PK,
 * TC.25 and Realisasi, implausible TC.25 targets, empty faktor cells, a missing polarity
 * column, the same indicator twice on a PK.
 */
import { formatId, roundHalfUp } from '../../engine/decimal';
import type { FindingList } from '../../engine/findings';
import { formatTyped } from '../../engine/figures';
import { normaliseName, shortName } from '../../engine/text';
import { hasNumber, type Value } from '../../engine/values';
import type { IndicatorRow, LocValue } from '../rows';
import type { Tc25Block } from './types';

/** Two written figures are the same: numbers to 4 places, grades by letter, else the text. */
export function sameValue(a: Value, b: Value): boolean {
  if (hasNumber(a) && hasNumber(b)) return roundHalfUp(a.num, 4) === roundHalfUp(b.num, 4);
  const ga = a.grade ?? null;
  const gb = b.grade ?? null;
  if (ga && gb) return ga === gb;
  return a.raw.trim().toLowerCase() === b.raw.trim().toLowerCase();
}

/** A unit reduced to compare: `persen`, `%`, `prosen` → `%`; `dokumen`, `dok.` → `dok`. */
export function unitKey(u: string | null): string | null {
  if (!u) return null;
  const t = u.toLowerCase().replace(/[^a-z%]/g, '');
  if (!t) return null;
  if (/^(persen|%|prosen)/.test(t)) return '%';
  if (/^dok/.test(t)) return 'dok';
  return t;
}

export function compareTargets(
  findings: FindingList,
  pk: string,
  nama: string,
  pkTarget: LocValue,
  other: LocValue,
  where: string,
): void {
  if (pkTarget.value.kind === 'empty' || other.value.kind === 'empty') return;
  if (pkTarget.value.kind === 'unreadable' || other.value.kind === 'unreadable') return;
  if (sameValue(pkTarget.value, other.value)) return;
  findings.push(
    'TARGET_MISMATCH',
    `"${shortName(nama)}": target PK ${formatTyped(pkTarget.value)} berbeda dari target di ${where} (${formatTyped(other.value)}). Capaian diukur terhadap target PK.`,
    other.ref,
    pk,
  );
}

export function compareUnits(
  findings: FindingList,
  pk: string,
  row: IndicatorRow,
  other: IndicatorRow,
  where: string,
): void {
  const a = unitKey(row.satuan ?? row.target?.value.unit ?? null);
  const b = unitKey(other.satuan ?? other.target?.value.unit ?? null);
  if (!a || !b || a === b) return;
  findings.push(
    'UNIT_MISMATCH',
    `"${shortName(row.nama)}": satuan PK "${row.satuan ?? row.target?.value.unit}" berbeda dari ${where} "${other.satuan ?? other.target?.value.unit}".`,
    other.namaRef,
    pk,
  );
}

/** A TC.25 year target of 0 between targeted years; a target akhir below (above) the annual. */
export function checkImplausible(
  findings: FindingList,
  pk: string,
  row: IndicatorRow,
  tc: IndicatorRow,
  block: Tc25Block,
  pol: 'positif' | 'negatif',
): void {
  const years = [...tc.yearTargets.keys()].sort((a, b) => a - b);
  const vals = years
    .map((y) => tc.yearTargets.get(y)!)
    .map((l) => ({ l, n: hasNumber(l.value) ? l.value.num : null }));
  for (let i = 1; i + 1 < vals.length; i++) {
    const prev = vals
      .slice(0, i)
      .reverse()
      .find((v) => v.n !== null);
    const next = vals.slice(i + 1).find((v) => v.n !== null);
    const cur = vals[i];
    if (cur.n === 0 && prev && next && prev.n! > 0 && next.n! > 0) {
      findings.push(
        'TARGET_IMPLAUSIBLE',
        `"${shortName(row.nama)}": target tahun ${years[i]} bernilai 0 di antara tahun-tahun bertarget ${formatId(prev.n!, 2, { trim: true })}.`,
        cur.l.ref,
        pk,
      );
    }
  }
  const akhir = tc.targetAkhir && hasNumber(tc.targetAkhir.value) ? tc.targetAkhir : null;
  const annual = vals.filter((v) => v.n !== null).map((v) => v.n!);
  if (!akhir || !hasNumber(akhir.value) || !annual.length) return;
  const bad =
    pol === 'positif'
      ? akhir.value.num < Math.max(...annual)
      : akhir.value.num > Math.min(...annual);
  if (bad) {
    findings.push(
      'TARGET_IMPLAUSIBLE',
      `"${shortName(row.nama)}": target akhir Renstra ${formatTyped(akhir.value)} ${pol === 'positif' ? 'lebih rendah' : 'lebih tinggi'} dari target tahunan (${block.periode}).`,
      akhir.ref,
      pk,
    );
  }
}

/** A faktor pendorong / penghambat / solusi cell present but empty (named as on the PK). */
export function checkFaktorEmpty(
  nama: string,
  r: IndicatorRow,
  pk: string,
  findings: FindingList,
): void {
  for (const [label, x] of [
    ['faktor pendorong', r.faktorPendorong],
    ['faktor penghambat', r.faktorPenghambat],
    ['solusi', r.solusi],
  ] as const) {
    if (x && !x.text) {
      findings.push(
        'FAKTOR_EMPTY',
        `"${shortName(nama)}": ${label} belum diisi; narasi akan memuat tanda [isi ${label}].`,
        x.ref,
        pk,
      );
    }
  }
}

/** No Polaritas column on the PK, its Realisasi rows or its TC.25 block. */
export function checkPolarityGiven(
  pk: string,
  rows: IndicatorRow[],
  others: IndicatorRow[],
  findings: FindingList,
): void {
  const given = rows.some((r) => r.polaritas) || others.some((r) => r.polaritas);
  if (given || !rows.length) return;
  findings.push(
    'POLARITY_ASSUMED',
    `Lembar ${pk}: tidak ada kolom Polaritas; semua indikator dianggap berpolaritas positif (makin tinggi makin baik).`,
    { sheet: pk, cell: null },
    pk,
  );
}

/** A checker, called row by row, for the same indicator twice under one sasaran of a PK. */
export function duplicateChecker(pk: string, findings: FindingList): (row: IndicatorRow) => void {
  const seen = new Map<string, IndicatorRow>();
  return (row) => {
    const key = normaliseName(row.nama);
    const dup = seen.get(key);
    if (dup && normaliseName(dup.sasaran ?? '') === normaliseName(row.sasaran ?? '')) {
      findings.push(
        'INDICATOR_DUPLICATE',
        `Indikator "${shortName(row.nama)}" tertulis dua kali pada ${pk} (juga di ${dup.namaRef.cell}).`,
        row.namaRef,
        pk,
      );
    }
    seen.set(key, row);
  };
}

/** Realisasi rows that belong to no PK indicator of a measured PK (or to no PK at all). */
export function checkUnusedRealisasi(
  realRows: { item: IndicatorRow; pk: string | null }[],
  used: Set<IndicatorRow>,
  measured: string[],
  findings: FindingList,
): void {
  for (const x of realRows) {
    if (used.has(x.item)) continue;
    if (x.pk && !measured.includes(x.pk)) continue;
    findings.push(
      'INDICATOR_UNMATCHED',
      `Indikator "${shortName(x.item.nama)}" di lembar ${x.item.namaRef.sheet} tidak ada di PK yang diukur.`,
      x.item.namaRef,
      x.pk,
    );
  }
}
