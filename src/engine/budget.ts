/**
 * Budget (DOMAIN.md §6): serapan per row, sisa, parent = Σ children, total rows, and the typed
 * figures of a budget table checked against them.
 */
import { formatRupiah, roundHalfUp } from './decimal';
import { div, Figure, HUNDRED, mean, minus, numberOf, signOf, sum, times, typed } from './exact';
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

/**
 * The exact pagu and realisasi behind a JUMLAH row's numbers (typed, or Σ of its members). Other
 * rows hold typed amounts, whose exact value is the typed decimal.
 */
const amounts = new WeakMap<BudgetRowResult, { pagu: Figure | null; realisasi: Figure | null }>();

/** The exact amount behind `res.pagu` / `res.realisasi` (null when there is none). */
export function amountFigure(res: BudgetRowResult, which: 'pagu' | 'realisasi'): Figure | null {
  // Only JUMLAH rows are in `amounts`: the other rows skip the lookup, which for a row never
  // seen by the map would first give it an identity hash (100 000 rows ask several times).
  const known = res.row.level === 'total' ? amounts.get(res)?.[which] : undefined;
  if (known !== undefined) return known;
  const v = res[which];
  return v === null ? null : typed(v);
}

/** Σ of the members' amounts, or null when one is missing. */
export function sumAmounts(rows: BudgetRowResult[], which: 'pagu' | 'realisasi'): Figure | null {
  const figs: Figure[] = [];
  for (const r of rows) {
    const f = amountFigure(r, which);
    if (f === null) return null;
    figs.push(f);
  }
  return figs.length ? sum(figs) : null;
}

/** serapan = realisasi / pagu × 100, exactly; null when pagu is 0 or missing. */
export function serapanFigure(pagu: Figure | null, realisasi: Figure | null): Figure | null {
  if (pagu === null || realisasi === null || signOf(pagu) === 0) return null;
  return div(times(realisasi, HUNDRED), pagu);
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
        .map((m) => serapanFigure(amountFigure(m, 'pagu'), amountFigure(m, 'realisasi')))
        .filter((x): x is Figure => x !== null);
      res.serapan = numberOf(mean(pcts));
    } else {
      const sumPagu = sumAmounts(members, 'pagu');
      const sumReal = sumAmounts(members, 'realisasi');
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
      const exact = { pagu: amountFigure(res, 'pagu'), realisasi: amountFigure(res, 'realisasi') };
      if (res.pagu === null && sumPagu !== null) {
        res.pagu = sumPagu.toNumber();
        exact.pagu = sumPagu;
      }
      if (res.realisasi === null && sumReal !== null) {
        res.realisasi = sumReal.toNumber();
        exact.realisasi = sumReal;
      }
      amounts.set(res, exact);
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
    const cp = sumAmounts(children, 'pagu');
    const cr = sumAmounts(children, 'realisasi');
    if (res.pagu !== null && cp !== null) {
      checkAmount(
        findings,
        ctx,
        row,
        'pagu',
        res.pagu,
        cp,
        `Pagu "${row.nama.trim()}" (jumlah rincian di bawahnya)`,
      );
    }
    if (res.realisasi !== null && cr !== null) {
      checkAmount(
        findings,
        ctx,
        row,
        'realisasi',
        res.realisasi,
        cr,
        `Realisasi "${row.nama.trim()}" (jumlah rincian di bawahnya)`,
      );
    }
  });

  for (const res of results) {
    const row = res.row;
    if (row.level !== 'rata' && res.pagu !== null && res.realisasi !== null) {
      const pagu = amountFigure(res, 'pagu')!;
      const realisasi = amountFigure(res, 'realisasi')!;
      res.serapan = numberOf(serapanFigure(pagu, realisasi));
      res.sisa = minus(pagu, realisasi).toNumber();
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
  written: number | null,
  computed: Figure | null,
  what: string,
): void {
  if (written === null || computed === null) return;
  const total = computed.toNumber();
  if (rupiah(written) === rupiah(total)) return;
  findings.push(
    'TOTAL_MISMATCH',
    `${what} tertulis ${formatRupiah(written)}, jumlah rinciannya ${formatRupiah(total)} (selisih ${formatRupiah(minus(typed(written), computed).toNumber())}).`,
    row.refs[which],
    ctx.pk,
  );
}

// --- Belanja operasi / modal (NARRATIVE.md "Budget composition") ---------------------------------

export interface BelanjaPart {
  pagu: number;
  realisasi: number | null;
}

export interface BelanjaComposition {
  operasi: BelanjaPart | null;
  modal: BelanjaPart | null;
  /** operasi + modal pagu. */
  total: number;
}

type Jenis = 'operasi' | 'modal';

/**
 * Each row's place in the hierarchy, from the level order (as assignParents, without touching
 * the rows): the key of its path (its programs and kegiatan above it and itself, so that a
 * program listed under two sasaran is one path), and the rows below it. Total rows stand alone.
 */
function hierarchy(rows: BudgetRow[]): { path: string; below: number[] }[] {
  const out = rows.map(() => ({ path: '', below: [] as number[] }));
  const open: number[] = [];
  rows.forEach((r, i) => {
    const d = LEVEL_DEPTH[r.level];
    if (d === 0) {
      open.length = 0;
      return;
    }
    while (open.length && LEVEL_DEPTH[rows[open[open.length - 1]].level] >= d) open.pop();
    for (const a of open) out[a].below.push(i);
    out[i].path = [...open.map((a) => programKey(rows[a])), `${d}:${programKey(r)}`].join('/');
    open.push(i);
  });
  return out;
}

/**
 * The rows that say something (`carries`) and have no row below them that says it too, each
 * path once: the deepest statement, never a parent and its own rows both.
 */
function deepestCarriers(rows: BudgetRow[], carries: (r: BudgetRow) => boolean): BudgetRow[] {
  const h = hierarchy(rows);
  const seen = new Set<string>();
  const out: BudgetRow[] = [];
  rows.forEach((r, i) => {
    if (LEVEL_DEPTH[r.level] === 0 || !carries(r)) return;
    if (h[i].below.some((j) => carries(rows[j]))) return;
    // A row split into a belanja operasi and a belanja modal line is two amounts, not one twice.
    const key = `${h[i].path}|${r.jenisBelanja ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(r);
  });
  return out;
}

/** Σ of the values that hold a number (null when none does), exactly. */
function sumValues(values: Value[]): Figure | null {
  const figs = values.filter(hasNumber).map((v) => typed(v.num));
  return figs.length ? sum(figs) : null;
}

/** Pagu and realisasi of the rows of one jenis; realisasi null when one of them has none. */
function partOf(rows: BudgetRow[]): BelanjaPart | null {
  const pagu = sumValues(rows.map((r) => r.pagu));
  if (pagu === null) return null;
  const realisasi = rows.every((r) => hasNumber(r.realisasi))
    ? sumValues(rows.map((r) => r.realisasi))
    : null;
  return { pagu: pagu.toNumber(), realisasi: numberOf(realisasi) };
}

function composition(operasi: BelanjaPart | null, modal: BelanjaPart | null): BelanjaComposition {
  const pagus = [operasi, modal].filter((p): p is BelanjaPart => p !== null);
  return { operasi, modal, total: sum(pagus.map((p) => typed(p.pagu))).toNumber() };
}

/** From a `Jenis Belanja` column: the rows of each jenis, the deepest ones only. */
function byJenisColumn(rows: BudgetRow[]): BelanjaComposition | null {
  const counted = deepestCarriers(rows, (r) => r.jenisBelanja !== null);
  if (!counted.length) return null;
  const part = (j: Jenis) => partOf(counted.filter((r) => r.jenisBelanja === j));
  const operasi = part('operasi');
  const modal = part('modal');
  return operasi || modal ? composition(operasi, modal) : null;
}

/** From `Belanja Operasi` / `Belanja Modal` amount columns: pagu only, the deepest rows. */
function byAmountColumns(rows: BudgetRow[]): BelanjaComposition | null {
  const amount = (r: BudgetRow, j: Jenis) => (j === 'operasi' ? r.belanjaOperasi : r.belanjaModal);
  const carries = (r: BudgetRow) =>
    [amount(r, 'operasi'), amount(r, 'modal')].some((v) => v !== null && hasNumber(v));
  const counted = deepestCarriers(rows, carries);
  const part = (j: Jenis): BelanjaPart | null => {
    const pagu = sumValues(counted.map((r) => amount(r, j)).filter((v): v is Value => v !== null));
    return pagu === null ? null : { pagu: pagu.toNumber(), realisasi: null };
  };
  const operasi = part('operasi');
  const modal = part('modal');
  return operasi || modal ? composition(operasi, modal) : null;
}

/**
 * Belanja operasi / modal of a PK's budget table; null when the workbook says nothing about it.
 * A `Jenis Belanja` column gives each jenis' pagu and realisasi (Σ of the rows of that jenis,
 * each amount once: a row whose own rows carry a jenis is not counted, total rows never are);
 * else `Belanja Operasi` / `Belanja Modal` amount columns give the pagu of each.
 */
export function belanjaComposition(rows: BudgetRow[]): BelanjaComposition | null {
  return byJenisColumn(rows) ?? byAmountColumns(rows);
}
