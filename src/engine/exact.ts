/**
 * Exact derived figures (DOMAIN.md §1: half-up on the decimal value).
 *
 * Every figure the engine derives — capaian, means, serapan, efficiency, sums of rupiah — is a
 * `Figure`: a binary approximation with a proven error bound, and its exact decimal value (big.js)
 * computed only when needed. `toNumber()` returns a *faithful* double: one whose shortest decimal
 * reading (what `roundHalfUp` and `formatId` read) rounds half-up at 0…6 decimals exactly as the
 * exact value does, so every consumer that rounds the number — formatting, predicate bands,
 * tercapai, typed-figure checks — gets the exactly right digit: 64,1/80×100 is 80,125 and prints
 * 80,13, where the plain double 80.12499999999999 printed 80,12. Figures are faithful while
 * |x| < 10^8 (percentages, ratios) and, at 2 decimals, for rupiah sums below 10^13.
 *
 * Fast path: when no half-up boundary (a 5 followed by zeros after the k-th decimal, k ≤ 6) lies
 * within the error bound of the approximation, every rounding of the approximation is the exact
 * value's, and big.js is never touched. Only figures near such a boundary — exact ties such as
 * 80,125, or values within 10^-13 or so of one — are computed in decimal.
 */
import Big from 'big.js';

/** Our own big.js constructor, so its settings do not leak into other users of the library. */
const Dec = Big();
/** Decimals kept by a division (rounded half-up at the 40th). */
Dec.DP = 40;
Dec.RM = 1;

const ROUND_DOWN = 0;
const ROUND_HALF_UP = 1;
/** Unit roundoff of a double. */
export const U = 2 ** -53;

/**
 * Why 40 decimals, snapped to 30, is exact here. Inputs are typed decimals, so an exact figure
 * is a rational N/D; when it is not exactly a 7-decimal grid point G, it is at least 1/(D·10^7)
 * away from G. A division rounds at the 40th decimal (error ≤ ½·10^-40); a mean of n quotients
 * sums n such errors and divides by n, so with its own division it is off by at most 10^-40; a
 * difference of two such figures by at most 2·10^-40; sums and products are exact. Rounding
 * half-up at 30 decimals therefore lands exactly on G when the exact value is G (a tie such as
 * (100·1/3 + 100·1,0001/3)/2 = 33,335), and stays on the exact value's side of G otherwise as
 * long as D < 10^22: a capaian's denominator is its typed target (a few significant digits), a
 * mean's is n times theirs. A mean of many indicators with long, pairwise different targets can
 * exceed that bound in principle; it would then take a value within 10^-29 of a tie, without
 * being one, to round wrongly.
 */
const SNAP = 30;

/** The exact value behind a figure, cut to `SNAP` decimals. */
function snapped(x: Big): Big {
  return x.round(SNAP, ROUND_HALF_UP);
}

const f64 = new Float64Array(1);
const i64 = new BigInt64Array(f64.buffer);

/** The next double after `d` toward +∞ (up) or −∞ (down). */
function nextDouble(d: number, up: boolean): number {
  if (d === 0) return up ? Number.MIN_VALUE : -Number.MIN_VALUE;
  f64[0] = d;
  i64[0] += d > 0 === up ? 1n : -1n;
  return f64[0];
}

/**
 * The double nearest `x`, moved one ulp toward `x` when its shortest decimal reading has other
 * first 7 decimals than `x` (then half-up or truncation at up to 6 decimals of the reading would
 * differ from the exact value's).
 */
export function faithfulNumber(x: Big): number {
  const s = snapped(x);
  // Up to 15 significant digits a decimal survives the trip through a double: its nearest
  // double reads as it.
  if (s.c.length <= 15) return Number(s.toString());
  const want = s.round(7, ROUND_DOWN);
  let d = Number(s.toString());
  for (let step = 0; step < 4 && Number.isFinite(d); step++) {
    const reading = new Dec(String(d));
    if (reading.round(7, ROUND_DOWN).eq(want)) return d;
    d = nextDouble(d, s.gt(reading));
  }
  return Number(s.toString());
}

/**
 * Whether the 7-decimal grid point n·10^-7 is where half-up at some k ≤ 6 decimals turns: its
 * digits after the k-th decimal are a 5 and zeros (x,5 · x,x5 · … · x,xxxxxx5).
 */
function isHalfUpBoundary(n: number): boolean {
  for (let p = 10; p <= 1e7; p *= 10) if (n % p === p / 2) return true;
  return false;
}

/** The exact value: computed, to compute, or a typed decimal (the double's shortest reading). */
type Exactly = Big | (() => Big) | number;

/** A derived figure: binary approximation, a bound on its error, the exact value on demand. */
export class Figure {
  private value: Exactly;

  constructor(
    /** The double computed along (what the fast path returns). */
    readonly approx: number,
    /** |exact − approx| is at most this. */
    readonly err: number,
    exact: Exactly,
  ) {
    this.value = exact;
  }

  /** The exact decimal value (big.js; quotients carry 40 decimals). */
  exact(): Big {
    if (typeof this.value === 'function') this.value = this.value();
    else if (typeof this.value === 'number') this.value = new Dec(String(this.value));
    return this.value;
  }

  /**
   * A double whose shortest decimal reading rounds half-up at 0…6 decimals exactly like the exact
   * value (what every consumer does with it: roundHalfUp, formatId, classify, checkTyped).
   */
  toNumber(): number {
    const x = this.approx;
    if (this.err === 0 && Number.isInteger(x)) return x;
    const m = Math.abs(x) * 1e7;
    if (m < 2 ** 50) {
      // On the scale m the 7-decimal grid points are the integers. The reading of x is within
      // half an ulp of x, and m itself carries one rounding; a 15-digit rounding of x moves it by
      // 5·10^-15 relatively at most.
      const tol = this.err * 1e7 * 1.001 + m * 4 * U;
      const n = Math.round(m);
      const dist = Math.abs(m - n);
      // No grid point within reach: the exact value and x have the same first 7 decimals.
      if (dist > tol) return x;
      // The only grid point within reach is not a half-up boundary (100,0000000 · 91,1000000):
      // every rounding at ≤ 6 decimals is the same on either side of it. Return the short
      // decimal (100, not 99.99999999999999) so that the figure also prints as it is.
      if (tol + m * 1e-14 < 0.5 && !isHalfUpBoundary(n)) {
        // x already the double of that grid point (100, 80,5) is its own 15-digit reading.
        if (n > 0 && n < 1e15 && (x < 0 ? -n : n) / 1e7 === x) return x;
        return Number(x.toPrecision(15));
      }
    }
    return faithfulNumber(this.exact());
  }
}

/** A typed decimal, held by the nearest double whose shortest reading is that decimal. */
export function typed(x: number): Figure {
  const exact = Number.isInteger(x) && Math.abs(x) <= Number.MAX_SAFE_INTEGER;
  return new Figure(x, exact ? 0 : Math.abs(x) * U, x);
}

/** A whole number (a count, 100). */
export function whole(n: number): Figure {
  return new Figure(n, 0, n);
}

/** A typed decimal as a big.js value. */
export function dec(x: number): Big {
  return new Dec(String(x));
}

export const HUNDRED = whole(100);

/**
 * Whether `approx` is exactly the result of an operation on a and b: both exact integers (no
 * error) and the result a safe integer. Doubles add, subtract and multiply integers exactly while
 * the result stays within ±2^53, so rupiah amounts need no error bound and no big.js.
 */
function exactInts(a: Figure, b: Figure, approx: number): boolean {
  return (
    a.err === 0 &&
    b.err === 0 &&
    Number.isSafeInteger(a.approx) &&
    Number.isSafeInteger(b.approx) &&
    Number.isSafeInteger(approx)
  );
}

export function minus(a: Figure, b: Figure): Figure {
  const approx = a.approx - b.approx;
  const err = exactInts(a, b, approx) ? 0 : a.err + b.err + Math.abs(approx) * U;
  return new Figure(approx, err, () => a.exact().minus(b.exact()));
}

export function times(a: Figure, b: Figure): Figure {
  const approx = a.approx * b.approx;
  const err = exactInts(a, b, approx)
    ? 0
    : Math.abs(a.approx) * b.err +
      Math.abs(b.approx) * a.err +
      a.err * b.err +
      Math.abs(approx) * U;
  return new Figure(approx, err, () => a.exact().times(b.exact()));
}

/** a / b; the caller has ruled out an exact zero divisor. */
export function div(a: Figure, b: Figure): Figure {
  const approx = a.approx / b.approx;
  const room = Math.abs(b.approx) - b.err;
  // |A/B − a/b| = |δa − (a/b)·δb| / |B|, plus the rounding of the quotient.
  const err =
    room > 0
      ? ((a.err + Math.abs(approx) * b.err) / room) * 1.001 + Math.abs(approx) * 2 * U
      : Infinity;
  return new Figure(approx, Number.isFinite(approx) ? err : Infinity, () =>
    a.exact().div(b.exact()),
  );
}

/** Terms of a sum given by accessors, so that no Figure object per term has to exist. */
export interface Terms {
  count: number;
  approx(i: number): number;
  err(i: number): number;
  exact(i: number): Big;
}

/**
 * Σ of the terms, one n-ary node (no deep chains of closures on 100 000 rows). The approximation
 * is Neumaier's compensated sum, whose error is at most (2U + 2nU²)·Σ|x| (Higham, Accuracy and
 * Stability of Numerical Algorithms, §4.3) — small enough that a mean of 100 000 capaian still
 * takes the fast path. A sum of exact integers (rupiah) whose Σ|x| stays within 2^53 is exact:
 * every partial sum is an integer a double holds.
 */
export function sumOf(terms: Terms): Figure {
  let s = 0;
  let c = 0;
  let err = 0;
  let abs = 0;
  let ints = true;
  for (let i = 0; i < terms.count; i++) {
    const v = terms.approx(i);
    const t = s + v;
    c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    s = t;
    const e = terms.err(i);
    err += e;
    abs += Math.abs(v);
    if (ints && (e !== 0 || !Number.isInteger(v))) ints = false;
  }
  const approx = s + c;
  if (ints && abs <= Number.MAX_SAFE_INTEGER) err = 0;
  else err += (2 * U + 2 * terms.count * U * U) * abs * 1.01 + Math.abs(approx) * U;
  return new Figure(approx, err, () => {
    let e = new Dec(0);
    for (let i = 0; i < terms.count; i++) e = e.plus(terms.exact(i));
    return e;
  });
}

/**
 * Mean of clamp(values[i], lo, hi) over `indices` (null: every index; NaN = no value, skipped),
 * each within errs[i] of its exact value, exactAt(i) — sumOf on plain arrays, for the
 * 100 000-indicator means where a call per term would cost more than the sum.
 */
export function meanOfValues(
  values: Float64Array,
  errs: Float64Array,
  indices: readonly number[] | null,
  lo: number,
  hi: number | null,
  exactAt: (i: number) => Big,
): Figure | null {
  const count = indices === null ? values.length : indices.length;
  let n = 0;
  let s = 0;
  let c = 0;
  let err = 0;
  let abs = 0;
  for (let k = 0; k < count; k++) {
    const i = indices === null ? k : indices[k];
    const raw = values[i];
    if (Number.isNaN(raw)) continue;
    n++;
    const v = clampNumber(raw, lo, hi);
    const t = s + v;
    c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    s = t;
    err += errs[i];
    abs += Math.abs(v);
  }
  if (n === 0) return null;
  const approx = s + c;
  err += (2 * U + 2 * n * U * U) * abs * 1.01 + Math.abs(approx) * U;
  const total = new Figure(approx, err, () => {
    let e = new Dec(0);
    for (let k = 0; k < count; k++) {
      const i = indices === null ? k : indices[k];
      if (!Number.isNaN(values[i])) e = e.plus(clampExact(exactAt(i), lo, hi));
    }
    return e;
  });
  return div(total, whole(n));
}

/** Mean of the terms (null for none). */
export function meanOf(terms: Terms): Figure | null {
  return terms.count ? div(sumOf(terms), whole(terms.count)) : null;
}

function figureTerms(xs: Figure[]): Terms {
  return {
    count: xs.length,
    approx: (i) => xs[i].approx,
    err: (i) => xs[i].err,
    exact: (i) => xs[i].exact(),
  };
}

/** Σ of figures. */
export function sum(xs: Figure[]): Figure {
  return sumOf(figureTerms(xs));
}

/** Mean of figures (null for none). */
export function mean(xs: Figure[]): Figure | null {
  return meanOf(figureTerms(xs));
}

/** clamp as a plain function on doubles (clamping never increases an error). */
export function clampNumber(x: number, lo: number, hi: number | null): number {
  const floored = Math.max(x, lo);
  return hi === null ? floored : Math.min(floored, hi);
}

/** clamp on an exact value. */
export function clampExact(e: Big, lo: number, hi: number | null): Big {
  if (e.lt(lo)) return new Dec(lo);
  if (hi !== null && e.gt(hi)) return new Dec(hi);
  return e;
}

/** clamp(x, lo, hi): clamping never increases the error, so the bound carries over. */
export function clamp(x: Figure, lo: number, hi: number | null): Figure {
  return new Figure(clampNumber(x.approx, lo, hi), x.err, () => clampExact(x.exact(), lo, hi));
}

/** Smaller of a figure and a constant (exactly). */
export function atMost(x: Figure, hi: number): Figure {
  return new Figure(Math.min(x.approx, hi), x.err, () => {
    const e = x.exact();
    return e.gt(hi) ? new Dec(hi) : e;
  });
}

/** Sign of the exact value: −1, 0 or 1 (decimal only when the approximation cannot tell). */
export function signOf(x: Figure): number {
  if (Math.abs(x.approx) > x.err) return Math.sign(x.approx);
  const e = x.exact();
  return e.eq(0) ? 0 : e.gt(0) ? 1 : -1;
}

/** The faithful double of a figure, or null. */
export function numberOf(x: Figure | null): number | null {
  return x === null ? null : x.toNumber();
}
