/**
 * Formatting for the report: values as planners wrote them, percentages and rupiah the Indonesian
 * way, and cells that keep numbers as numbers with a matching number format.
 */
import { formatId, formatPercent, roundHalfUp } from '../decimal';
import type { Trend } from '../model';
import { COLOUR_NAMES, fontFor } from '../scales';
import { parseNumberText, type Value } from '../values';
import type { ReportCell } from './model';

/** A typed value as the report prints it: `4 Dok`, `100%`, `97,92`, `A (81,22)`, `BB`. */
export function formatValue(v: Value | null | undefined): string {
  if (!v) return '-';
  if (v.kind === 'empty') return '-';
  if (v.kind === 'unreadable') return v.raw.trim() || '-';
  if (v.kind === 'grade' || v.num === null) return v.grade ?? v.raw.trim();
  const n = formatId(v.num, v.precision);
  if (v.grade) return `${v.grade} (${n})`;
  if (!v.unit) return n;
  if (v.unit === '%') return `${n}%`;
  if (/^rp\.?$/i.test(v.unit)) return `Rp ${n}`;
  return `${n} ${v.unit}`;
}

/** Excel number format with `decimals` places and an optional literal suffix. */
export function numberFormat(decimals: number, suffix = '', thousands = false): string {
  const base = (thousands ? '#,##0' : '0') + (decimals > 0 ? '.' + '0'.repeat(decimals) : '');
  if (!suffix) return base;
  return `${base}"${suffix.replace(/"/g, '')}"`;
}

export function textCell(
  text: string | null | undefined,
  extra: Partial<ReportCell> = {},
): ReportCell {
  const t = text ?? '';
  return { value: t === '' ? null : t, text: t, ...extra };
}

export const EMPTY: ReportCell = { value: null, text: '' };

/** A typed value as a cell: a plain number stays a number with its unit in the format. */
export function valueCell(
  v: Value | null | undefined,
  extra: Partial<ReportCell> = {},
): ReportCell {
  if (!v || v.kind === 'empty') return { value: null, text: '-', align: 'center', ...extra };
  const text = formatValue(v);
  if (v.kind === 'number' && v.num !== null && !v.grade && !(v.unit && /^rp/i.test(v.unit))) {
    const suffix = !v.unit ? '' : v.unit === '%' ? '%' : ` ${v.unit}`;
    return {
      value: roundHalfUp(v.num, v.precision),
      text,
      numFmt: numberFormat(v.precision, suffix, Math.abs(v.num) >= 10000),
      align: 'center',
      ...extra,
    };
  }
  return { value: text, text, align: 'center', ...extra };
}

/** A computed percentage (capaian, serapan): value rounded half-up to 2 dp, printed `102,77%`. */
export function percentCell(x: number | null, extra: Partial<ReportCell> = {}): ReportCell {
  if (x === null || !Number.isFinite(x))
    return { value: null, text: '-', align: 'center', ...extra };
  return {
    value: roundHalfUp(x, 2),
    text: formatPercent(x),
    numFmt: numberFormat(2, '%'),
    align: 'center',
    ...extra,
  };
}

/** A figure with fixed decimals (efficiency in points, a ratio). */
export function decimalCell(
  x: number | null,
  decimals: number,
  extra: Partial<ReportCell> = {},
): ReportCell {
  if (x === null || !Number.isFinite(x))
    return { value: null, text: '-', align: 'center', ...extra };
  return {
    value: roundHalfUp(x, decimals),
    text: formatId(x, decimals),
    numFmt: numberFormat(decimals),
    align: 'center',
    ...extra,
  };
}

/** Rupiah in a table cell (the header says `(Rp)`): `3.964.236.937`. */
export function rupiahCell(x: number | null, extra: Partial<ReportCell> = {}): ReportCell {
  if (x === null || !Number.isFinite(x))
    return { value: null, text: '-', align: 'right', ...extra };
  const sen = roundHalfUp(x, 2) !== Math.round(x);
  return {
    value: roundHalfUp(x, 2),
    text: formatId(x, sen ? 2 : 0),
    numFmt: numberFormat(sen ? 2 : 0, '', true),
    align: 'right',
    ...extra,
  };
}

export function integerCell(n: number, extra: Partial<ReportCell> = {}): ReportCell {
  return { value: n, text: String(n), numFmt: '0', align: 'center', ...extra };
}

/** Fill and contrast font for a predicate colour. */
export function colour(fill: string | null | undefined): Partial<ReportCell> {
  return fill ? { fill, font: fontFor(fill) } : {};
}

/** The Indonesian name of a fill (`biru muda`), else the hex code. */
export function colourName(fill: string): string {
  const hex = fill.toUpperCase();
  for (const [name, h] of Object.entries(COLOUR_NAMES)) if (h.toUpperCase() === hex) return name;
  return hex;
}

export const TREND_PHRASE: Record<Trend, string> = {
  naik: 'peningkatan',
  turun: 'penurunan',
  tetap: 'kondisi yang tetap (stabil)',
  fluktuatif: 'fluktuasi (naik-turun)',
};

/**
 * The items of a faktor text as planners type them in one cell: `- a - b`, `1. a 2. b`,
 * `a. x b. y`, or lines. One item when there is no list marker.
 */
export function splitItems(text: string): string[] {
  const t = text.replace(/\r/g, '').trim();
  if (!t) return [];
  let parts: string[];
  const lines = t
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length > 1) parts = lines;
  else if (/^[-•*–]\s/.test(t)) parts = t.split(/(?:^|\s)[-•*–]\s+/);
  else if (/^\d{1,2}[.)]\s/.test(t)) parts = t.split(/(?:^|\s)\d{1,2}[.)]\s+/);
  else if (/^[a-z][.)]\s/i.test(t)) parts = t.split(/(?:^|\s)[a-z][.)]\s+/i);
  else parts = [t];
  return parts
    .map((p) =>
      p
        .replace(/^\s*(?:[-•*–]|\d{1,2}[.)]|[a-z][.)])\s+/i, '')
        .replace(/[;,]\s*$/, '')
        .trim(),
    )
    .filter(Boolean);
}

const YEAR = (x: number, precision: number) => precision === 0 && x >= 1900 && x <= 2100;

/**
 * The number a benchmark text states (`Target Nilai AKIP Rata Rata Nasional : 71 (BB/ Sangat
 * Baik)` → 71, `87,33 (IKM Kab. Jember)` → 87,33); null when it states none, or says there is no
 * benchmark data.
 */
export function benchmarkNumber(text: string): number | null {
  const t = text.trim();
  if (!t || isNoBenchmark(t)) return null;
  const after = t.includes(':') ? t.slice(t.indexOf(':') + 1) : t;
  for (const source of [after, t]) {
    for (const m of source.matchAll(/\d+(?:[.,]\d+)*/g)) {
      const p = parseNumberText(m[0]);
      if (p && !YEAR(p.num, p.precision)) return p.num;
    }
  }
  return null;
}

/** `Tidak tersedia data benchmark …`, `-`, `tidak ada`. */
export function isNoBenchmark(text: string): boolean {
  const t = text.trim().toLowerCase();
  return t === '' || /^[-–—x]$/.test(t) || /tidak (tersedia|ada)|belum (tersedia|ada)/.test(t);
}
