/**
 * Budget (DOMAIN.md §6): serapan per row, sisa, parent = Σ children, total rows, and the typed
 * figures of a budget table checked against them.
 */
import { formatRupiah, roundHalfUp } from './decimal';
import { FindingList } from './findings';
import type { BudgetLevel, BudgetRow, BudgetRowResult } from './model';
import { normaliseName } from './text';
import { checkTyped, typedMessage } from './typed';
import { hasNumber, type Value } from './values';

const LEVEL_DEPTH: Record<BudgetLevel, number> = {
  program: 1,
  kegiatan: 2,
  subkegiatan: 3,
  total: 0,
  rata: 0,
};

/** Exact rupiah: compare at sen precision to avoid binary noise. */
const rupiah = (x: number): number => roundHalfUp(x, 2);

function num(v: Value): number | null {
  return hasNumber(v) ? v.num : null;
}

/** Same program listed twice (under two sasaran): counted once in a JUMLAH. */
export function programKey(row: Pick<BudgetRow, 'kode' | 'nama'>): string {
  return row.kode ? `k:${row.kode}` : `n:${normaliseName(row.nama)}`;
}

/** Parent index of each row from the level order (a kegiatan belongs to the program above it). */
export function assignParents(rows: BudgetRow[]): void {
  const lastAt: (number | null)[] = [null, null, null, null];
  rows.forEach((r, i) => {
    const d = LEVEL_DEPTH[r.level];
    if (d === 0) {
      r.parent = null;
      lastAt.fill(null);
      return;
    }
    let p: number | null = null;
    for (let k = d - 1; k >= 1; k--) {
      if (lastAt[k] !== null) {
        p = lastAt[k];
        break;
      }
    }
    r.parent = p;
    lastAt[d] = i;
    for (let k = d + 1; k < lastAt.length; k++) lastAt[k] = null;
  });
}

function isSubtotalLabel(nama: string): boolean {
  return /^(sub\s*total|total\s+sasaran|jumlah\s+sasaran|total\s+program|jumlah\s+program)/i.test(
    nama.trim(),
  );
}

export interface BudgetCheckContext {
  pk: string | null;
}

/** Compute each row's figures and check the typed ones. */
export function computeBudget(
  rows: BudgetRow[],
  findings: FindingList,
  ctx: BudgetCheckContext,
): BudgetRowResult[] {
  assignParents(rows);
  const results: BudgetRowResult[] = rows.map((row) => ({
    row,
    pagu: num(row.pagu),
    realisasi: num(row.realisasi),
    serapan: null,
    sisa: null,
  }));

  // Top level present in the table (programs, or kegiatan when there are no program rows).
  const depths = rows.filter((r) => LEVEL_DEPTH[r.level] > 0).map((r) => LEVEL_DEPTH[r.level]);
  // A loop, not Math.min(...depths): spreading 100 000 rows overflows the call stack.
  let top = depths.length ? Infinity : 1;
  for (const d of depths) if (d < top) top = d;

  let segmentStart = 0;
  let grandStart = 0;
  results.forEach((res, i) => {
    const row = res.row;
    if (row.level !== 'total' && row.level !== 'rata') return;
    const sub = isSubtotalLabel(row.nama);
    const from = sub ? segmentStart : grandStart;
    const seen = new Set<string>();
    const members = results.slice(from, i).filter((r) => {
      if (LEVEL_DEPTH[r.row.level] !== top) return false;
      const k = programKey(r.row);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    if (row.level === 'rata') {
      const pcts = members
        .map((m) => (m.pagu && m.realisasi !== null ? (m.realisasi / m.pagu) * 100 : null))
        .filter((x): x is number => x !== null);
      res.serapan = pcts.length ? pcts.reduce((a, b) => a + b, 0) / pcts.length : null;
    } else {
      const pagus = members.map((m) => m.pagu);
      const reals = members.map((m) => m.realisasi);
      const sumPagu =
        pagus.every((p) => p !== null) && members.length
          ? pagus.reduce((a, b) => a! + b!, 0)!
          : null;
      const sumReal =
        reals.every((p) => p !== null) && members.length
          ? reals.reduce((a, b) => a! + b!, 0)!
          : null;
      checkAmount(
        findings,
        ctx,
        row,
        'pagu',
        res.pagu,
        sumPagu,
        `Jumlah pagu "${row.nama.trim()}"`,
      );
      checkAmount(
        findings,
        ctx,
        row,
        'realisasi',
        res.realisasi,
        sumReal,
        `Jumlah realisasi "${row.nama.trim()}"`,
      );
      if (res.pagu === null) res.pagu = sumPagu;
      if (res.realisasi === null) res.realisasi = sumReal;
    }
    if (sub) segmentStart = i + 1;
    else {
      grandStart = i + 1;
      segmentStart = i + 1;
    }
  });

  // Parent = Σ children where both are present.
  const childrenOf = new Map<number, BudgetRowResult[]>();
  for (const c of results) {
    if (c.row.parent === null) continue;
    const list = childrenOf.get(c.row.parent) ?? [];
    list.push(c);
    childrenOf.set(c.row.parent, list);
  }
  results.forEach((res, i) => {
    const row = res.row;
    if (LEVEL_DEPTH[row.level] === 0) return;
    const children = childrenOf.get(i) ?? [];
    if (children.length === 0) return;
    const cp = children.map((c) => c.pagu);
    const cr = children.map((c) => c.realisasi);
    if (res.pagu !== null && cp.every((x) => x !== null)) {
      checkAmount(
        findings,
        ctx,
        row,
        'pagu',
        res.pagu,
        cp.reduce((a, b) => a! + b!, 0)!,
        `Pagu "${row.nama.trim()}" (jumlah rincian di bawahnya)`,
      );
    }
    if (res.realisasi !== null && cr.every((x) => x !== null)) {
      checkAmount(
        findings,
        ctx,
        row,
        'realisasi',
        res.realisasi,
        cr.reduce((a, b) => a! + b!, 0)!,
        `Realisasi "${row.nama.trim()}" (jumlah rincian di bawahnya)`,
      );
    }
  });

  for (const res of results) {
    const row = res.row;
    if (row.level !== 'rata' && res.pagu !== null && res.realisasi !== null) {
      res.serapan = res.pagu === 0 ? null : (res.realisasi / res.pagu) * 100;
      res.sisa = res.pagu - res.realisasi;
      if (rupiah(res.realisasi) > rupiah(res.pagu) && row.level !== 'total') {
        findings.push(
          'REALISASI_OVER_PAGU',
          `Realisasi ${formatRupiah(res.realisasi)} melebihi pagu ${formatRupiah(res.pagu)} pada "${row.nama.trim()}". Periksa angkanya.`,
          row.refs.realisasi,
          ctx.pk,
        );
      }
    }
    // Typed % of the row.
    if (hasNumber(row.persen) && res.serapan !== null && row.refs.persen) {
      const v = checkTyped(row.persen.num, row.persen.precision, res.serapan);
      if (!v.ok)
        findings.push(
          'SERAPAN_MISMATCH',
          typedMessage(`Serapan "${row.nama.trim()}"`, row.persen, v),
          row.refs.persen,
          ctx.pk,
        );
    }
    // Typed sisa.
    if (
      hasNumber(row.sisa) &&
      res.sisa !== null &&
      row.refs.sisa &&
      rupiah(row.sisa.num) !== rupiah(res.sisa)
    ) {
      findings.push(
        'TOTAL_MISMATCH',
        `Sisa anggaran "${row.nama.trim()}" tertulis ${formatRupiah(row.sisa.num)}, seharusnya pagu − realisasi = ${formatRupiah(res.sisa)}.`,
        row.refs.sisa,
        ctx.pk,
      );
    }
  }
  return results;
}

function checkAmount(
  findings: FindingList,
  ctx: BudgetCheckContext,
  row: BudgetRow,
  which: 'pagu' | 'realisasi',
  typed: number | null,
  computed: number | null,
  what: string,
): void {
  if (typed === null || computed === null) return;
  if (rupiah(typed) === rupiah(computed)) return;
  findings.push(
    'TOTAL_MISMATCH',
    `${what} tertulis ${formatRupiah(typed)}, jumlah rinciannya ${formatRupiah(computed)} (selisih ${formatRupiah(typed - computed)}).`,
    row.refs[which],
    ctx.pk,
  );
}
