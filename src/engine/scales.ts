/**
 * Scales (DOMAIN.md §4): predicate scales with fills and contrast font colours, the grade scales
 * (AKIP, IKM, IPP), and custom bands read from intervals as planners copy them.
 */
import { parseNumberText } from './values';
import { roundHalfUp } from './decimal';
import { checkSortedBands, unreadableIssue, type ParsedBand, type ScaleIssue } from './scale-check';

export type { ScaleIssue } from './scale-check';

export interface Band {
  /** Lower bound; null for the bottom band (no lower bound). */
  min: number | null;
  /** Whether the lower bound is included (`≥`) or not (`>`). */
  minInclusive: boolean;
  label: string;
  /** Fill `#RRGGBB`. */
  fill: string;
  /** Short code (grade letter) when the scale has one. */
  code?: string;
  /** How the interval is printed in the legend. */
  text?: string;
  /** The colour as the planner wrote it in a custom table (`hijau`), when they wrote one. */
  colourText?: string;
}

export interface Scale {
  id: string;
  name: string;
  source: string;
  /** Bands from the highest to the lowest. */
  bands: Band[];
}

export type ScaleId = 'permendagri86-jember' | 'permendagri86-91' | 'akip' | 'kustom';

function band(
  min: number | null,
  minInclusive: boolean,
  label: string,
  fill: string,
  code?: string,
): Band {
  const b: Band = { min, minInclusive, label, fill };
  if (code) b.code = code;
  return b;
}

export const SCALE_JEMBER: Scale = {
  id: 'permendagri86-jember',
  name: 'Permendagri 86/2017',
  source: 'Permendagri 86/2017, sebagaimana tercetak pada LKjIP Kabupaten Jember',
  bands: [
    band(90, true, 'Sangat Tinggi', '#9BC2E6'),
    band(76, true, 'Tinggi', '#00B050'),
    band(66, true, 'Sedang', '#FFFF99'),
    band(51, true, 'Rendah', '#808080'),
    band(null, true, 'Sangat Rendah', '#FF0000'),
  ],
};

export const SCALE_91: Scale = {
  id: 'permendagri86-91',
  name: 'Permendagri 86/2017 (91)',
  source: 'Permendagri 86/2017 (Sangat Tinggi mulai 91)',
  bands: [
    band(91, true, 'Sangat Tinggi', '#9BC2E6'),
    band(76, true, 'Tinggi', '#00B050'),
    band(66, true, 'Sedang', '#FFFF99'),
    band(51, true, 'Rendah', '#808080'),
    band(null, true, 'Sangat Rendah', '#FF0000'),
  ],
};

/** AKIP grades, PermenPANRB 88/2021 — lower bounds exclusive, D from 0. */
export const GRADES_AKIP: Scale = {
  id: 'akip',
  name: 'AKIP',
  source: 'PermenPANRB 88/2021',
  bands: [
    band(90, false, 'Sangat Memuaskan', '#2F5597', 'AA'),
    band(80, false, 'Memuaskan', '#9BC2E6', 'A'),
    band(70, false, 'Sangat Baik', '#00B050', 'BB'),
    band(60, false, 'Baik', '#A9D08E', 'B'),
    band(50, false, 'Cukup', '#FFFF99', 'CC'),
    band(30, false, 'Kurang', '#F4B183', 'C'),
    band(null, true, 'Sangat Kurang', '#FF0000', 'D'),
  ],
};

/** IKM, PermenPANRB 14/2017. */
export const GRADES_IKM: Scale = {
  id: 'ikm',
  name: 'IKM',
  source: 'PermenPANRB 14/2017',
  bands: [
    band(88.31, true, 'Sangat Baik', '#9BC2E6', 'A'),
    band(76.61, true, 'Baik', '#00B050', 'B'),
    band(65, true, 'Kurang Baik', '#FFFF99', 'C'),
    band(null, true, 'Tidak Baik', '#FF0000', 'D'),
  ],
};

/** IPP (indeks pelayanan publik, 1–5). */
export const GRADES_IPP: Scale = {
  id: 'ipp',
  name: 'IPP',
  source: 'PermenPANRB 5/2023',
  bands: [
    band(4.51, true, 'Pelayanan Prima', '#2F5597', 'A'),
    band(4.01, true, 'Sangat Baik', '#9BC2E6', 'A-'),
    band(3.51, true, 'Baik', '#00B050', 'B'),
    band(3.01, true, 'Baik (Dengan Catatan)', '#A9D08E', 'B-'),
    band(2.51, true, 'Cukup', '#FFFF99', 'C'),
    band(2.01, true, 'Cukup (Dengan Catatan)', '#F4B183', 'C-'),
    band(1.51, true, 'Buruk', '#FF7C80', 'D'),
    band(null, true, 'Gagal', '#FF0000', 'E'),
  ],
};

export const PRESET_SCALES: Record<Exclude<ScaleId, 'kustom'>, Scale> = {
  'permendagri86-jember': SCALE_JEMBER,
  'permendagri86-91': SCALE_91,
  akip: GRADES_AKIP,
};

/** The band a value falls in. Values are compared after rounding half-up to 2 decimals (§3). */
export function classify(scale: Scale, value: number): Band {
  const v = roundHalfUp(value, 2);
  for (const b of scale.bands) {
    if (b.min === null) return b;
    if (b.minInclusive ? v >= b.min : v > b.min) return b;
  }
  return scale.bands[scale.bands.length - 1];
}

export type GradeScaleId = 'akip' | 'ikm' | 'ipp';

/** Which grade scale an indicator uses, from its name (§4). */
const gradeScaleCache = new Map<string, Scale | null>();

export function gradeScaleFor(indicatorName: string): Scale | null {
  const hit = gradeScaleCache.get(indicatorName);
  if (hit !== undefined) return hit;
  const scale = gradeScaleOfName(indicatorName);
  if (gradeScaleCache.size > 10000) gradeScaleCache.clear();
  gradeScaleCache.set(indicatorName, scale);
  return scale;
}

function gradeScaleOfName(indicatorName: string): Scale | null {
  const n = indicatorName.toLowerCase();
  if (/\b(sakip|akip)\b/.test(n)) return GRADES_AKIP;
  if (/\b(ikm|skm)\b|kepuasan masyarakat/.test(n)) return GRADES_IKM;
  if (/\bipp\b|pelayanan publik/.test(n) && /indeks|nilai|ipp/.test(n)) return GRADES_IPP;
  return null;
}

/** An indicator's grade scale, looked up from its name at most once and only when asked. */
export type GradeScaleOf = () => Scale | null;

export function gradeScaleOnce(indicatorName: string): GradeScaleOf {
  let scale: Scale | null | undefined;
  return () => (scale === undefined ? (scale = gradeScaleFor(indicatorName)) : scale);
}

/** Ordinal of a grade within a grade scale: lowest = 1. Null when the scale has no such grade. */
export function gradeOrdinal(scale: Scale, grade: string): number | null {
  const code = grade.toUpperCase();
  const n = scale.bands.length;
  // The lowest band with the code (bands run from the highest to the lowest).
  for (let i = n - 1; i >= 0; i--) if (scale.bands[i].code === code) return n - i;
  return null;
}

/** The grade of a score on a grade scale. */
export function gradeOf(scale: Scale, score: number): string | null {
  return classify(scale, score).code ?? null;
}

// --- Colours ---------------------------------------------------------------------------------

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
}

export function relativeLuminance(hex: string): number {
  const h = hex.replace('#', '');
  const r = parseInt(h.slice(0, 2), 16);
  const g = parseInt(h.slice(2, 4), 16);
  const b = parseInt(h.slice(4, 6), 16);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  const [hi, lo] = la > lb ? [la, lb] : [lb, la];
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white, whichever contrasts more with the fill (WCAG; ≥ 4.5 for every preset fill). */
const fontCache = new Map<string, string>();

export function fontFor(fill: string): string {
  let font = fontCache.get(fill);
  if (!font) {
    font = contrastRatio(fill, '#000000') >= contrastRatio(fill, '#FFFFFF') ? '#000000' : '#FFFFFF';
    fontCache.set(fill, font);
  }
  return font;
}

export const COLOUR_NAMES: Record<string, string> = {
  merah: '#FF0000',
  'merah muda': '#FF7C80',
  'merah tua': '#C00000',
  hijau: '#00B050',
  'hijau muda': '#A9D08E',
  'hijau tua': '#375623',
  biru: '#0070C0',
  'biru muda': '#9BC2E6',
  'biru tua': '#2F5597',
  kuning: '#FFFF00',
  'kuning muda': '#FFFF99',
  'kuning tua': '#FFC000',
  oranye: '#F4B183',
  jingga: '#F4B183',
  'abu-abu': '#BFBFBF',
  abu: '#BFBFBF',
  'abu muda': '#D9D9D9',
  'abu tua': '#808080',
  putih: '#FFFFFF',
  hitam: '#000000',
  ungu: '#7030A0',
  coklat: '#C65911',
};

const PALETTE = ['#9BC2E6', '#00B050', '#FFFF99', '#F4B183', '#FF0000', '#808080', '#7030A0'];

export function parseColour(text: string | null | undefined): string | null {
  if (!text) return null;
  const t = text.trim().toLowerCase();
  const hex = t.match(/^#?([0-9a-f]{6})$/);
  if (hex) return '#' + hex[1].toUpperCase();
  return COLOUR_NAMES[t] ?? null;
}

// --- Custom bands ----------------------------------------------------------------------------

export interface Interval {
  lo: number | null;
  loInclusive: boolean;
  hi: number | null;
  hiInclusive: boolean;
}

/** Numbers in an interval text, in order ("76 ≤ 90" → [76, 90]). */
function numbersIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/\d+(?:[.,]\d+)?/g)) {
    const p = parseNumberText(m[0]);
    if (p) out.push(p.num);
  }
  return out;
}

/**
 * Read an interval as planners copy it: `> 100`, `>110 s/d 120`, `76 - 100`, `≥ 90`, `55 – 75`,
 * `< 55`, `≤ 50`, `76 ≤ 90`, `66 < x ≤ 75`, `91-100`. Null when it cannot be read.
 */
export function parseInterval(text: string): Interval | null {
  const t = text
    .replace(/\$/g, '')
    .replace(/\\leq|\\le\b/g, '≤')
    .replace(/\\geq|\\ge\b/g, '≥')
    .replace(/>=/g, '≥')
    .replace(/<=/g, '≤')
    .replace(/sampai dengan|s\.d\.?|s\/d|hingga|sampai/gi, '-')
    .replace(/[–—−]/g, '-')
    .trim();
  const nums = numbersIn(t);
  if (nums.length === 0 || nums.length > 2) return null;
  const starts = t.match(/^([<>≤≥])/);
  if (nums.length === 1) {
    if (!starts) return null;
    const op = starts[1];
    if (op === '>' || op === '≥')
      return { lo: nums[0], loInclusive: op === '≥', hi: null, hiInclusive: false };
    return { lo: null, loInclusive: true, hi: nums[0], hiInclusive: op === '≤' };
  }
  // Two numbers: the operators around them decide inclusivity.
  const [a, b] = nums;
  if (starts && (starts[1] === '>' || starts[1] === '≥')) {
    // ">110 s/d 120": lower exclusive/inclusive by the leading sign, upper inclusive.
    return { lo: a, loInclusive: starts[1] === '≥', hi: b, hiInclusive: true };
  }
  const between = t.slice(t.indexOf(String(a).replace('.', '')) + 1);
  const ops = (between.match(/[<≤]/g) ?? []) as string[];
  if (ops.length === 2) {
    // "66 < x ≤ 75"
    return { lo: a, loInclusive: ops[0] === '≤', hi: b, hiInclusive: ops[1] === '≤' };
  }
  if (ops.length === 1) {
    // "76 ≤ 90" as the reports print it: from 76 up to 90.
    return { lo: a, loInclusive: true, hi: b, hiInclusive: ops[0] === '≤' };
  }
  // "76 - 100": both inclusive.
  return { lo: a, loInclusive: true, hi: b, hiInclusive: true };
}

export interface CustomBandInput {
  interval: string;
  label: string;
  colour?: string | null;
}

export interface CustomScaleResult {
  scale: Scale | null;
  /** Problems found (Indonesian); non-empty means SCALE_INVALID. */
  problems: string[];
  /** The same problems, each with the rows (indices into the rows given) it is about. */
  issues: ScaleIssue[];
}

/**
 * Build a scale from planner-written bands. Bands that share a point, or bands that meet at the
 * precision they are written in (55–75, 76–100), are contiguous; a hole or an overlap is invalid,
 * and each problem names the two bands and the values (scale-check.ts).
 */
export function buildCustomScale(
  rows: CustomBandInput[],
  name = 'yang ditetapkan dalam Pengaturan',
): CustomScaleResult {
  const issues: ScaleIssue[] = [];
  const parsed: ParsedBand[] = [];
  rows.forEach((row, index) => {
    const iv = parseInterval(row.interval);
    if (!iv) issues.push(unreadableIssue(row, index));
    else parsed.push({ iv, row, index });
  });
  if (parsed.length === 0 && issues.length === 0)
    issues.push({ rows: [], message: 'Skala kustom tidak berisi satu pita pun.' });
  // Sort by lower bound, the open-bottom band first.
  parsed.sort((x, y) => (x.iv.lo ?? -Infinity) - (y.iv.lo ?? -Infinity));
  issues.push(...checkSortedBands(parsed));
  if (issues.length) return { scale: null, problems: issues.map((i) => i.message), issues };
  const bands: Band[] = [];
  parsed.forEach((p, i) => {
    const fill = parseColour(p.row.colour) ?? PALETTE[(parsed.length - 1 - i) % PALETTE.length];
    const prev = i > 0 ? parsed[i - 1].iv : null;
    // A band starts where it says; where it shares a point with the band below, the point belongs
    // to the band that includes it (the lower band when it is inclusive at the top).
    let min = p.iv.lo;
    let minInclusive = p.iv.loInclusive;
    // A shared end point belongs to the band whose lower bound includes it (`≥ 90` over
    // `76 ≤ 90`: 90 is Sangat Tinggi, the lower-bound-inclusive reading of DOMAIN.md §4);
    // `> 100` over `76 - 100` leaves 100 in the lower band.
    if (
      min !== null &&
      prev &&
      prev.hi !== null &&
      prev.hi === min &&
      !p.iv.loInclusive &&
      !prev.hiInclusive
    ) {
      minInclusive = true;
    }
    if (i === 0) {
      min = null;
      minInclusive = true;
    }
    const band: Band = { min, minInclusive, label: p.row.label.trim(), fill };
    band.text = p.row.interval.trim();
    const colourText = p.row.colour?.trim();
    if (colourText) band.colourText = colourText;
    bands.push(band);
  });
  bands.reverse();
  return {
    scale: { id: 'kustom', name, source: 'Pengaturan (skala kustom)', bands },
    problems: [],
    issues: [],
  };
}

/** The legend text of a band as it is applied (`≥ 90`, `76 – < 90`, `< 51`). */
export function bandText(scale: Scale, index: number): string {
  const b = scale.bands[index];
  const upper = index > 0 ? scale.bands[index - 1] : null;
  const fmt = (x: number) => String(x).replace('.', ',');
  if (b.min === null) {
    if (!upper || upper.min === null) return 'semua nilai';
    return `${upper.minInclusive ? '<' : '≤'} ${fmt(upper.min)}`;
  }
  const lo = `${b.minInclusive ? '≥' : '>'} ${fmt(b.min)}`;
  if (!upper || upper.min === null) return lo;
  return `${lo} s/d ${upper.minInclusive ? '<' : '≤'} ${fmt(upper.min)}`;
}
