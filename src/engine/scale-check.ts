/**
 * The check of a custom scale (DOMAIN.md §4 Custom): the bands a planner wrote, in order of their
 * lower bounds, must meet without a hole and without an overlap. Each problem names the two
 * bands by their kriteria and the values that fall in no band (or in two), in Indonesian number
 * formatting, so the planner knows which rows of the Pengaturan table to fix.
 *
 * Capaian is classified at two decimals (DOMAIN.md §2), so a hole is a two-decimal value no band
 * holds. Bands written in whole numbers that meet (55 – 75, 76 – 100) are contiguous, and so are
 * bands that meet at the precision they are written in (76,60 and 76,61; 76,6 and 76,7).
 */
import Big from 'big.js';
import { formatId } from './decimal';
import type { Settings } from './model';
import type { CustomBandInput, Interval } from './scales';

/** One problem of a custom scale, with the rows (indices into the rows given) it is about. */
export interface ScaleIssue {
  rows: number[];
  message: string;
}

export interface ParsedBand {
  iv: Interval;
  row: CustomBandInput;
  index: number;
}

const STEP = new Big('0.01');

/** `75`, `75,01`, `1.000` — a bound as the reports print it. */
export function formatBound(x: Big | number): string {
  return formatId(Number(x), 4, { trim: true });
}

/** The largest two-decimal value ≤ x. */
function floor2(x: number): Big {
  const b = new Big(x);
  const r = b.round(2, Big.roundDown);
  return r.gt(b) ? r.minus(STEP) : r;
}

/** The smallest two-decimal value ≥ x. */
function ceil2(x: number): Big {
  const b = new Big(x);
  const r = b.round(2, Big.roundDown);
  return r.lt(b) ? r.plus(STEP) : r;
}

/** `66–75`, `> 70 s/d 80`, `≥ 90`, `< 55`: a band's interval in one plain form. */
export function intervalText(iv: Interval): string {
  const lo = iv.lo === null ? null : formatBound(iv.lo);
  const hi = iv.hi === null ? null : formatBound(iv.hi);
  if (lo === null && hi === null) return 'semua nilai';
  if (hi === null) return `${iv.loInclusive ? '≥' : '>'} ${lo}`;
  if (lo === null) return `${iv.hiInclusive ? '≤' : '<'} ${hi}`;
  if (iv.loInclusive && iv.hiInclusive) return `${lo}–${hi}`;
  return `${iv.loInclusive ? '' : '> '}${lo} s/d ${iv.hiInclusive ? '' : '< '}${hi}`;
}

/** `“Sedang”`, or `baris 3` when the band has no kriteria yet. */
export function bandName(p: { row: CustomBandInput; index: number }): string {
  const label = p.row.label.trim();
  return label ? `“${label}”` : `baris ${p.index + 1}`;
}

function decimalsOf(x: number): number {
  const frac = String(x).split('.')[1];
  return frac ? frac.length : 0;
}

/** Two inclusive bounds one unit apart at the precision they are written in (75 and 76). */
function meetAtPrecision(hi: number, lo: number): boolean {
  const places = Math.max(decimalsOf(hi), decimalsOf(lo));
  return new Big(lo).minus(hi).eq(new Big(10).pow(-places));
}

/** The two-decimal values between two neighbouring bands that neither holds, or null. */
function holeBetween(prev: Interval, cur: Interval): [Big, Big] | null {
  if (prev.hi === null || cur.lo === null || cur.lo <= prev.hi) return null;
  if (prev.hiInclusive && cur.loInclusive && meetAtPrecision(prev.hi, cur.lo)) return null;
  const from = prev.hiInclusive ? floor2(prev.hi).plus(STEP) : ceil2(prev.hi);
  const to = cur.loInclusive ? ceil2(cur.lo).minus(STEP) : floor2(cur.lo);
  return from.lte(to) ? [from, to] : null;
}

/** The two-decimal values two neighbouring bands both hold, or null. */
function overlapOf(prev: Interval, cur: Interval): [Big, Big] | null {
  if (prev.hi === null || cur.lo === null || cur.lo > prev.hi) return null;
  const from = cur.loInclusive ? ceil2(cur.lo) : floor2(cur.lo).plus(STEP);
  let to = prev.hiInclusive ? floor2(prev.hi) : ceil2(prev.hi).minus(STEP);
  if (cur.hi !== null) {
    const curTo = cur.hiInclusive ? floor2(cur.hi) : ceil2(cur.hi).minus(STEP);
    if (curTo.lt(to)) to = curTo;
  }
  return from.lte(to) ? [from, to] : null;
}

function range([from, to]: [Big, Big]): string {
  return from.eq(to) ? formatBound(from) : `${formatBound(from)}–${formatBound(to)}`;
}

function holeMessage(a: ParsedBand, b: ParsedBand, hole: [Big, Big]): string {
  const start = `${b.iv.loInclusive ? 'mulai' : 'di atas'} ${formatBound(b.iv.lo!)}`;
  return (
    `Ada celah antara pita ${bandName(a)} (${intervalText(a.iv)}) dan ${bandName(b)} (${start}): ` +
    `nilai ${range(hole)} tidak masuk pita mana pun.`
  );
}

function overlapMessage(a: ParsedBand, b: ParsedBand, overlap: [Big, Big]): string {
  return (
    `Pita ${bandName(a)} (${intervalText(a.iv)}) dan ${bandName(b)} (${intervalText(b.iv)}) ` +
    `tumpang tindih pada ${range(overlap)}: nilai itu masuk dua pita.`
  );
}

function twoBottomsMessage(a: ParsedBand, b: ParsedBand): string {
  return (
    `Pita ${bandName(a)} (${intervalText(a.iv)}) dan ${bandName(b)} (${intervalText(b.iv)}) ` +
    `sama-sama tanpa batas bawah, sehingga tumpang tindih; hanya pita terbawah yang boleh ditulis tanpa batas bawah.`
  );
}

/** The problem between two neighbouring bands (sorted by lower bound), or null. */
function neighbourIssue(a: ParsedBand, b: ParsedBand): ScaleIssue | null {
  const rows = [a.index, b.index];
  if (b.iv.lo === null) return { rows, message: twoBottomsMessage(a, b) };
  // A band written with its lower bound only ("> 90") runs up to the next band's bound.
  if (a.iv.hi === null) return null;
  const hole = holeBetween(a.iv, b.iv);
  if (hole) return { rows, message: holeMessage(a, b, hole) };
  // A shared end point (76 ≤ 90 and ≥ 90) is contiguous: the upper band takes it.
  if (b.iv.lo === a.iv.hi) return null;
  const overlap = overlapOf(a.iv, b.iv);
  return overlap ? { rows, message: overlapMessage(a, b, overlap) } : null;
}

/**
 * The problems of bands sorted by lower bound (the open-bottom band first): each band against the
 * band below it that reaches highest (so a band nested in another is not also read as a hole).
 */
export function checkSortedBands(sorted: ParsedBand[]): ScaleIssue[] {
  const issues: ScaleIssue[] = [];
  let reach = sorted[0];
  for (const band of sorted.slice(1)) {
    const issue = neighbourIssue(reach, band);
    if (issue) issues.push(issue);
    const top = reach.iv.hi;
    if (top === null || band.iv.hi === null || band.iv.hi > top) reach = band;
  }
  return issues;
}

/** The problem of an interval that cannot be read. */
export function unreadableIssue(row: CustomBandInput, index: number): ScaleIssue {
  const label = row.label.trim();
  const band = label ? `pita “${label}” (baris ${index + 1})` : `baris ${index + 1}`;
  return {
    rows: [index],
    message: `Interval “${row.interval}” pada ${band} tidak dapat dibaca; tulis mis. “76 - 100”, “> 100” atau “< 55”.`,
  };
}

/** The problems of the workbook's custom scale when it could not be used; empty otherwise. */
export function describeScaleProblems(settings: Settings): string[] {
  return settings.skalaKustomInvalid?.problems ?? [];
}

/**
 * One sentence to put where the scale is shown, before the problems, when the planner's custom
 * scale could not be used; null otherwise.
 */
export function invalidScaleNote(settings: Settings): string | null {
  if (!settings.skalaKustomInvalid) return null;
  const n = settings.skalaKustomInvalid.problems.length;
  return (
    'Skala yang ditetapkan dalam Pengaturan tidak dapat dipakai karena ' +
    (n === 1 ? 'pitanya bermasalah' : 'beberapa pitanya bermasalah') +
    ', sehingga predikat ditentukan dengan skala Permendagri 86/2017:'
  );
}
