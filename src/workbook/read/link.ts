/**
 * Stage 5: linking a PK indicator to its Realisasi row and its TC.25 row — kode first, then the
 * normalised name, then a fuzzy match (with a finding), then a distinctive shared word.
 */
import { formatTyped } from '../../engine/figures';
import type { FindingList } from '../../engine/findings';
import { bestMatch, looseKey, normaliseName, shortName } from '../../engine/text';
import type { Value } from '../../engine/values';
import type { IndicatorRow } from '../rows';
import type { RowIndex } from './tc25';
import type { Tagged, Tc25Block } from './types';

type Named = { kode: string | null; nama: string };

/** The key indicator names are linked by (`nameKeyFor` in engine/text.ts). */
export type NameKey = (nama: string) => string;

/** Match an indicator among candidates: kode first, then normalised name, then fuzzy. */
export function matchIndicator<T extends Named>(
  ind: Named,
  candidates: T[],
  index?: { byName: Map<string, T>; byKode: Map<string, T> },
  key: NameKey = normaliseName,
): { item: T; exact: boolean } | null {
  if (ind.kode) {
    const byKode = index
      ? index.byKode.get(looseKey(ind.kode))
      : candidates.find((c) => c.kode && looseKey(c.kode) === looseKey(ind.kode!));
    if (byKode) return { item: byKode, exact: true };
  }
  if (index) {
    const hit = index.byName.get(key(ind.nama));
    if (hit) return { item: hit, exact: true };
  }
  const m =
    key === normaliseName
      ? bestMatch(ind.nama, candidates, (c) => c.nama, 0.72)
      : bestMatch(key(ind.nama), candidates, (c) => key(c.nama), 0.72);
  return m ? { item: m.item, exact: m.exact } : null;
}

const COMMON_WORDS = new Set([
  'persentase',
  'jumlah',
  'nilai',
  'indeks',
  'tingkat',
  'cakupan',
  'rasio',
  'angka',
  'kinerja',
  'perangkat',
  'daerah',
  'kecamatan',
  'masyarakat',
  'pelayanan',
  'program',
  'kegiatan',
  'yang',
  'tercapai',
  'dokumen',
]);

function keywords(s: string): Set<string> {
  return new Set(
    normaliseName(s)
      .split(' ')
      .filter((w) => w.length >= 4 && !COMMON_WORDS.has(w)),
  );
}

/**
 * Last resort: a distinctive word (SAKIP, IKM, trantib …) shared by exactly one unmatched
 * indicator on each side ("Nilai SAKIP Ambulu" ↔ "Nilai SAKIP OPD").
 */
export function matchByKeyword(
  row: IndicatorRow,
  free: IndicatorRow[],
  unmatchedPk: IndicatorRow[],
): { item: IndicatorRow; exact: boolean } | null {
  const mine = keywords(row.nama);
  for (const w of mine) {
    const theirs = free.filter((f) => keywords(f.nama).has(w));
    const ours = unmatchedPk.filter((p) => keywords(p.nama).has(w));
    if (theirs.length === 1 && ours.length === 1 && ours[0] === row)
      return { item: theirs[0], exact: false };
  }
  return null;
}

/** The Realisasi rows a PK may use, and which of them each PK row matches exactly. */
export interface RealisasiLinks {
  pk: string;
  candidates: Tagged<IndicatorRow>[];
  exactOf: Map<IndicatorRow, Tagged<IndicatorRow>[]>;
  unmatchedPkRows: IndicatorRow[];
  /** Realisasi rows already used by a PK indicator (shared across PKs). */
  used: Set<IndicatorRow>;
  /** False: there is no Realisasi sheet (an unmatched indicator is then not reported). */
  hasRealSheets: boolean;
  key: NameKey;
}

/**
 * Pass 1: exact matches (kode or normalised name), indexed so that linking stays linear in the
 * rows. A kode on both sides decides; otherwise the normalised name.
 */
export function exactRealisasiLinks(
  pk: string,
  rows: IndicatorRow[],
  candidates: Tagged<IndicatorRow>[],
  used: Set<IndicatorRow>,
  hasRealSheets: boolean,
  key: NameKey = normaliseName,
): RealisasiLinks {
  const byKodeIdx = new Map<string, Tagged<IndicatorRow>[]>();
  const byNameIdx = new Map<string, Tagged<IndicatorRow>[]>();
  const push = (m: Map<string, Tagged<IndicatorRow>[]>, k: string, c: Tagged<IndicatorRow>) => {
    const list = m.get(k);
    if (list) list.push(c);
    else m.set(k, [c]);
  };
  for (const c of candidates) {
    if (c.item.kode) push(byKodeIdx, looseKey(c.item.kode), c);
    push(byNameIdx, key(c.item.nama), c);
  }
  const exactOf = new Map<IndicatorRow, Tagged<IndicatorRow>[]>();
  for (const row of rows) {
    const byKode = row.kode ? (byKodeIdx.get(looseKey(row.kode)) ?? []) : [];
    const byName = (byNameIdx.get(key(row.nama)) ?? []).filter((c) => !(row.kode && c.item.kode));
    const matches = [...byKode, ...byName];
    exactOf.set(row, matches);
    for (const m of matches) used.add(m.item);
  }
  const unmatchedPkRows = rows.filter((x) => (exactOf.get(x) ?? []).length === 0);
  return { pk, candidates, exactOf, unmatchedPkRows, used, hasRealSheets, key };
}

/** The Realisasi row of one PK indicator: its exact match, else a fuzzy one (with a finding). */
export function linkRealisasi(
  row: IndicatorRow,
  links: RealisasiLinks,
  findings: FindingList,
): Tagged<IndicatorRow> | null {
  const matches = links.exactOf.get(row) ?? [];
  const real = matches.length
    ? pickExact(row, matches, links.pk, findings)
    : linkFuzzy(row, links, findings);
  if (real) links.used.add(real.item);
  return real;
}

/** Of several exact matches: the PK's own, the same sasaran first; conflicting values reported. */
function pickExact(
  row: IndicatorRow,
  matches: Tagged<IndicatorRow>[],
  pk: string,
  findings: FindingList,
): Tagged<IndicatorRow> {
  const tagged = matches.filter((m) => m.pk === pk);
  const pool = tagged.length ? tagged : matches;
  // Same sasaran first when the indicator appears under several sasaran.
  const real =
    pool.find(
      (m) =>
        row.sasaran &&
        m.item.sasaran &&
        normaliseName(m.item.sasaran) === normaliseName(row.sasaran),
    ) ?? pool[0];
  const values = new Set(pool.map((m) => m.item.realisasi?.value.raw.trim() ?? ''));
  if (!tagged.length && pool.length > 1 && values.size > 1) {
    findings.push(
      'REALISASI_CONFLICT',
      `"${shortName(row.nama)}" punya beberapa realisasi berbeda (${shownValues(pool).join(' / ')}) tanpa keterangan PK. Tambahkan kolom PK atau pisahkan lembar Realisasi per PK.`,
      pool[1].item.realisasi?.ref ?? pool[1].item.namaRef,
      pk,
    );
  } else if (
    tagged.length > 1 &&
    new Set(tagged.map((m) => m.item.realisasi?.value.raw.trim() ?? '')).size > 1
  ) {
    findings.push(
      'REALISASI_CONFLICT',
      `"${shortName(row.nama)}" punya dua realisasi berbeda untuk ${pk}.`,
      tagged[1].item.realisasi?.ref ?? tagged[1].item.namaRef,
      pk,
    );
  }
  return real;
}

/** The different realisasi of the matches, each once, as messages echo typed values. */
function shownValues(pool: Tagged<IndicatorRow>[]): string[] {
  const shown = pool
    .map((m) => m.item.realisasi?.value)
    .filter((v): v is Value => !!v && v.kind !== 'empty')
    .map((v) => formatTyped(v));
  return [...new Set(shown)];
}

/** Pass 2: a fuzzy or keyword match among the rows no PK indicator has used. */
function linkFuzzy(
  row: IndicatorRow,
  links: RealisasiLinks,
  findings: FindingList,
): Tagged<IndicatorRow> | null {
  const free = links.candidates.map((c) => c.item).filter((c) => !links.used.has(c));
  const fuzzy =
    matchIndicator(row, free, undefined, links.key) ??
    matchByKeyword(row, free, links.unmatchedPkRows);
  if (fuzzy) {
    findings.push(
      'INDICATOR_UNMATCHED',
      `Indikator PK "${shortName(row.nama)}" dicocokkan dengan "${shortName(fuzzy.item.nama)}" di ${fuzzy.item.namaRef.sheet}!${fuzzy.item.namaRef.cell} (nama tidak sama persis). Periksa bahwa itu indikator yang sama.`,
      row.namaRef,
      links.pk,
    );
    return links.candidates.find((c) => c.item === fuzzy.item) ?? null;
  }
  if (links.hasRealSheets) {
    findings.push(
      'INDICATOR_UNMATCHED',
      `Indikator PK "${shortName(row.nama)}" tidak ditemukan di lembar Realisasi: capaiannya tidak dihitung.`,
      row.namaRef,
      links.pk,
    );
  }
  return null;
}

/** The TC.25 row of one PK indicator in the PK's block. */
export function linkTc(
  row: IndicatorRow,
  block: Tc25Block,
  index: RowIndex,
  pk: string,
  findings: FindingList,
  key: NameKey = normaliseName,
): IndicatorRow | null {
  const m = matchIndicator(row, block.rows, index, key);
  if (!m) {
    findings.push(
      'INDICATOR_UNMATCHED',
      `Indikator PK "${shortName(row.nama)}" tidak ditemukan di TC.25 Renstra ${block.periode}.`,
      row.namaRef,
      pk,
    );
    return null;
  }
  if (!m.exact) {
    findings.push(
      'INDICATOR_UNMATCHED',
      `Indikator PK "${shortName(row.nama)}" dicocokkan dengan "${shortName(m.item.nama)}" pada TC.25 (${m.item.namaRef.sheet}!${m.item.namaRef.cell}).`,
      row.namaRef,
      pk,
    );
  }
  return m.item;
}
