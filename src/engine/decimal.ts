/**
 * Decimal rounding and id-ID formatting (DOMAIN.md §1).
 *
 * Rounding is half-up on the decimal digits a person reads, not on the binary double:
 * 101.985 rounds to 101.99 even though the double 101.985 is 101.98499999….
 * We get the decimal reading from the shortest round-trip representation (`String(x)`),
 * which is the figure a planner typed or saw, and round that digit string.
 */

/** Digits of |x| as a decimal string without exponent ("0.000012", "123.45"). */
function plainDecimal(x: number): string {
  const s = String(Math.abs(x));
  if (!/e/i.test(s)) return s;
  const [mant, expStr] = s.toLowerCase().split('e');
  const exp = Number(expStr);
  const [intPart, fracPart = ''] = mant.split('.');
  const digits = intPart + fracPart;
  const point = intPart.length + exp;
  if (point <= 0) return '0.' + '0'.repeat(-point) + digits;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return digits.slice(0, point) + '.' + digits.slice(point);
}

/**
 * Round half-up (away from zero on a tie) to `decimals` places, on the decimal reading of x.
 * Results are the nearest double to the rounded decimal.
 */
export function roundHalfUp(x: number, decimals = 2): number {
  if (!Number.isFinite(x) || Number.isInteger(x)) return x;
  // Fast path: away from a tie the binary value rounds the same way as its decimal reading.
  // Scaled integers and powers of ten are exact, so the division gives the nearest double.
  const scale = POW10[decimals];
  if (scale !== undefined) {
    const m = Math.abs(x) * scale;
    if (m < 1e9) {
      const frac = m - Math.floor(m);
      if (Math.abs(frac - 0.5) > 1e-6) {
        const r = (frac > 0.5 ? Math.ceil(m) : Math.floor(m)) / scale;
        return x < 0 && r !== 0 ? -r : r;
      }
    }
  }
  return roundHalfUpDecimal(x, decimals);
}

const POW10: Record<number, number> = {
  0: 1,
  1: 10,
  2: 100,
  3: 1000,
  4: 10000,
  5: 100000,
  6: 1000000,
};

/** The exact path: round the shortest decimal reading of x, digit by digit. */
function roundHalfUpDecimal(x: number, decimals: number): number {
  const neg = x < 0;
  const s = plainDecimal(x);
  const [intPart, fracPart = ''] = s.split('.');
  if (fracPart.length <= decimals) return x;
  const keep = intPart + fracPart.slice(0, decimals);
  const next = fracPart.charCodeAt(decimals) - 48;
  // Increment the kept digit string when the next digit is 5 or more.
  let digits = keep;
  if (next >= 5) {
    const arr = keep.split('').map((c) => c.charCodeAt(0) - 48);
    let i = arr.length - 1;
    while (i >= 0) {
      if (arr[i] === 9) {
        arr[i] = 0;
        i--;
      } else {
        arr[i]++;
        break;
      }
    }
    if (i < 0) arr.unshift(1);
    digits = arr.join('');
  }
  const intLen = digits.length - decimals;
  const str = decimals > 0 ? digits.slice(0, intLen) + '.' + digits.slice(intLen) : digits;
  const value = Number(str);
  return neg && value !== 0 ? -value : value;
}

/** Truncate toward zero to `decimals` places on the decimal reading of x. */
export function truncateTo(x: number, decimals: number): number {
  const s = plainDecimal(x);
  const [intPart, fracPart = ''] = s.split('.');
  const value = Number(decimals > 0 ? `${intPart}.${fracPart.slice(0, decimals) || '0'}` : intPart);
  return x < 0 && value !== 0 ? -value : value;
}

/** Number of decimals in the decimal reading of x (at most `max`). */
export function decimalsOf(x: number, max = 4): number {
  const frac = plainDecimal(x).split('.')[1] ?? '';
  return Math.min(frac.replace(/0+$/, '').length, max);
}

function groupThousands(intDigits: string): string {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * Format a number the Indonesian way: `1.234.567,89`. `decimals` fixed (default 2);
 * pass `trim: true` to drop trailing zeros of the fraction (`100` rather than `100,00`).
 */
export function formatId(x: number, decimals = 2, opts: { trim?: boolean } = {}): string {
  if (!Number.isFinite(x)) return '-';
  const r = roundHalfUp(x, decimals);
  const neg = r < 0;
  const s = plainDecimal(r);
  const [intPart, fracRaw = ''] = s.split('.');
  let frac = (fracRaw + '0'.repeat(decimals)).slice(0, decimals);
  if (opts.trim) frac = frac.replace(/0+$/, '');
  const body = groupThousands(intPart) + (frac ? ',' + frac : '');
  return (neg ? '-' : '') + body;
}

/** `102,77%` — a percentage as printed in the reports. */
export function formatPercent(x: number | null, decimals = 2): string {
  return x === null ? '-' : `${formatId(x, decimals)}%`;
}

/** `Rp 3.964.236.937` — rupiah, whole numbers unless there are sen. */
export function formatRupiah(x: number | null): string {
  if (x === null) return '-';
  const hasSen = roundHalfUp(x, 2) !== Math.round(x);
  const body = formatId(Math.abs(x), hasSen ? 2 : 0);
  return `${x < 0 ? '-' : ''}Rp ${body}`;
}
