/**
 * Values as planners write them (DOMAIN.md §1): every form is parsed into a `Value` that says
 * what was read — a number (with unit, precision and an optional grade), a bare grade, nothing,
 * or something unreadable (with the reason). Never a silent 0 or NaN.
 */
import { decimalsOf, formatId } from './decimal';

/** A cell as a host hands it over: its value, number format, and what kind it is. */
export interface RawCell {
  /** string for text, number for numeric cells, boolean for booleans, null for empty. */
  v: string | number | boolean | null;
  /** Excel number format of a numeric cell ('General', '0.00%', '#,##0'). */
  fmt?: string;
  /** Error value text (`#DIV/0!`, `#REF!` …). */
  err?: string;
  /** The numeric value is a date. */
  date?: boolean;
  /** The cell holds a formula (its cached result is `v`). */
  formula?: string;
  /**
   * What a cell holds beyond its text, as the host found it (rich-text runs, a hyperlink), in the
   * file's own JSON shape: kept so that an undo can put the cell back exactly. Never read here.
   */
  content?: unknown;
}

export type ValueKind = 'number' | 'grade' | 'empty' | 'unreadable';

export interface Value {
  kind: ValueKind;
  /** The number read (a grade's score when written `A (85)`); null for grade-only, empty, unreadable. */
  num: number | null;
  /** A grade letter written in the cell (`B`, `BB`, `A-`), upper-cased. */
  grade: string | null;
  /** Unit written beside the number (`%`, `Dok`, `Rp`, `orang`). */
  unit: string | null;
  /** Decimals the planner sees (§1 precision rule). */
  precision: number;
  /** The text as written (or the number as stored). */
  raw: string;
  /** Why the cell could not be read (Indonesian), for unreadable values. */
  reason?: string;
  /** A note written after the number (`97,93 (Nilai IKM)`). */
  note?: string;
}

/** Excel's error values, as `range.values` and cached formula results show them. */
export const EXCEL_ERROR_VALUES: ReadonlySet<string> = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
  '#PYTHON!',
]);

/** The test exceljs applies to decide that a number format shows a date. */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const f = fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(f);
}

const EMPTY_WORDS = new Set([
  '',
  '-',
  '--',
  '—',
  '–',
  'x',
  'n/a',
  'na',
  'n.a',
  'n.a.',
  'tidak ada',
]);

/** Grade letters that may stand alone or with a score. */
const GRADE_RE = /^(AA|A|BB|B|CC|C|D|E)([+-])?$/;

export function emptyValue(raw = ''): Value {
  return { kind: 'empty', num: null, grade: null, unit: null, precision: 0, raw };
}

function unreadable(raw: string, reason: string): Value {
  return { kind: 'unreadable', num: null, grade: null, unit: null, precision: 0, raw, reason };
}

/** Decimals shown by an Excel number format; null for General. */
const fmtCache = new Map<string, { decimals: number | null; percent: boolean }>();

/** Decimals and percent-ness of a number format, cached per format string. */
function fmtInfo(fmt: string | undefined): { decimals: number | null; percent: boolean } {
  if (!fmt) return { decimals: null, percent: false };
  let info = fmtCache.get(fmt);
  if (!info) {
    info = { decimals: formatDecimals(fmt), percent: isPercentFormat(fmt) };
    fmtCache.set(fmt, info);
  }
  return info;
}

export function formatDecimals(fmt: string | undefined): number | null {
  if (!fmt || /^general$/i.test(fmt.trim())) return null;
  // Take the first section (positive numbers) and strip quoted text and escapes.
  const section = fmt
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '');
  const m = section.match(/[0#?]\.([0#?]+)/);
  return m ? m[1].replace(/[#?]/g, '').length || m[1].length : 0;
}

function isPercentFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /%/.test(
    fmt
      .split(';')[0]
      .replace(/"[^"]*"/g, '')
      .replace(/\\./g, ''),
  );
}

/**
 * Parse a numeric string in either convention. Returns the number and decimals seen, or null.
 * `97,93` `1.234.567,89` `84.27` `0.00` `4.300` (thousands) `1,234.5` `-5` `(46.466.100)`.
 */
export function parseNumberText(text: string): { num: number; precision: number } | null {
  let s = text.trim();
  let negative = false;
  const paren = s.match(/^\((.*)\)$/);
  if (paren) {
    negative = true;
    s = paren[1].trim();
  }
  if (/^[-−–]/.test(s)) {
    negative = !negative;
    s = s.slice(1).trim();
  } else if (s.startsWith('+')) s = s.slice(1).trim();
  s = s.replace(/\s+/g, '');
  s = s.replace(/,-$/, '').replace(/\.-$/, '');
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return null;

  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  let intPart: string;
  let fracPart = '';
  if (dots && commas) {
    const lastDot = s.lastIndexOf('.');
    const lastComma = s.lastIndexOf(',');
    const dec = lastComma > lastDot ? ',' : '.';
    const thou = dec === ',' ? '.' : ',';
    const parts = s.split(dec);
    if (parts.length !== 2) return null;
    intPart = parts[0];
    fracPart = parts[1];
    if (!new RegExp(`^\\d{1,3}(\\${thou}\\d{3})*$`).test(intPart)) return null;
    if (fracPart.includes(thou)) return null;
    intPart = intPart.split(thou).join('');
  } else if (commas) {
    if (commas > 1) {
      // 1,234,567 — comma thousands
      if (!/^\d{1,3}(,\d{3})+$/.test(s)) return null;
      intPart = s.replace(/,/g, '');
    } else {
      [intPart, fracPart] = s.split(',');
    }
  } else if (dots) {
    if (dots > 1) {
      if (!/^\d{1,3}(\.\d{3})+$/.test(s)) return null;
      intPart = s.replace(/\./g, '');
    } else {
      const [a, b] = s.split('.');
      // A dot followed by exactly three digits and no comma is thousands (`4.300`) —
      // unless the integer part is 0 (`0.125` is a decimal).
      if (b.length === 3 && a.length > 0 && !/^0+$/.test(a)) {
        intPart = a + b;
      } else {
        intPart = a;
        fracPart = b;
      }
    }
  } else {
    intPart = s;
  }
  if (intPart === '') intPart = '0';
  if (!/^\d+$/.test(intPart) || !/^\d*$/.test(fracPart)) return null;
  const num = Number(fracPart ? `${intPart}.${fracPart}` : intPart);
  if (!Number.isFinite(num)) return null;
  return { num: negative && num !== 0 ? -num : num, precision: fracPart.length };
}

const UNIT_ALIASES: Record<string, string> = {
  persen: '%',
  prosen: '%',
  dokumen: 'Dok',
  dok: 'Dok',
};

function normaliseUnit(u: string): string {
  const t = u.trim().replace(/\.$/, '');
  return UNIT_ALIASES[t.toLowerCase()] ?? t;
}

/** Parse a text cell. */
export function parseText(text: string): Value {
  const raw = text;
  const t = text.replace(/\u00a0/g, ' ').trim();
  if (EMPTY_WORDS.has(t.toLowerCase())) return emptyValue(raw);

  // Error values typed or cached as text.
  if (EXCEL_ERROR_VALUES.has(t.toUpperCase())) {
    return unreadable(raw, `berisi nilai galat ${t}`);
  }

  // Grade alone: B, BB, A-, CC.
  const up = t.toUpperCase();
  const g = up.match(GRADE_RE);
  if (g) return { kind: 'grade', num: null, grade: up, unit: null, precision: 0, raw };

  // Grade with score: A (85), B(82), BB (73,75), B (80%).
  const gs = t.match(/^(AA|A|BB|B|CC|C|D|E)([+-])?\s*\(\s*([^)]+?)\s*\)\s*$/i);
  if (gs) {
    const inner = parseText(gs[3]);
    if (inner.kind === 'number' && inner.num !== null) {
      return {
        kind: 'number',
        num: inner.num,
        grade: (gs[1] + (gs[2] ?? '')).toUpperCase(),
        unit: inner.unit,
        precision: inner.precision,
        raw,
      };
    }
  }

  // Money: Rp 3.964.236.937,00 / Rp. 10.080.000,- / (46.466.100)
  let s = t;
  let unit: string | null = null;
  const money = s.match(/^(-?\(?)\s*Rp\.?\s*(.*)$/i);
  if (money) {
    s = money[1] + money[2];
    unit = 'Rp';
  }

  // `Rp. 10.080.000,-`: the trailing dash means "no sen".
  s = s.replace(/[.,]-\s*$/, '');

  // Number with a note in brackets: 97,93 (Nilai IKM)
  let note: string | undefined;
  const noteM = s.match(/^([^()]*\d[^()]*?)\s*\(([^()]*[A-Za-z][^()]*)\)\s*$/);
  if (noteM) {
    s = noteM[1].trim();
    note = noteM[2].trim();
  }

  // Leading number then optional unit: 100%, 100 %, 4 Dok, 12 Kegiatan, 15 Orang/bulan
  const m = s.match(/^(\(?[-−–+]?\s*[\d.,\s]*\d[\d.,]*(?:,-)?\)?)\s*(.*)$/);
  if (m) {
    const parsed = parseNumberText(m[1]);
    const rest = m[2].trim();
    if (parsed && (rest === '' || /^[%A-Za-z/][\w\s/.%-]*$/.test(rest))) {
      const u = rest ? normaliseUnit(rest) : unit;
      const value: Value = {
        kind: 'number',
        num: parsed.num,
        grade: null,
        unit: u,
        precision: parsed.precision,
        raw,
      };
      if (note) value.note = note;
      return value;
    }
  }
  return unreadable(raw, `"${t}" bukan angka yang dapat dibaca`);
}

/** Parse a cell as a host hands it over (numbers, text, errors, dates, booleans). */
export function parseCell(cell: RawCell | null | undefined): Value {
  if (!cell) return emptyValue();
  if (cell.err) return unreadable(cell.err, `berisi nilai galat ${cell.err}`);
  const v = cell.v;
  if (v === null || v === undefined) return emptyValue();
  if (typeof v === 'boolean') return unreadable(String(v), 'berisi nilai logika (TRUE/FALSE)');
  if (typeof v === 'number') {
    if (cell.date) return unreadable(String(v), 'berisi tanggal, bukan angka');
    if (!Number.isFinite(v)) return unreadable(String(v), 'bukan angka yang dapat dibaca');
    const { decimals: fmtDec, percent } = fmtInfo(cell.fmt);
    if (percent) {
      // A numeric cell formatted as a percentage holds a fraction: 0.9793 shown as 97,93%.
      const num = Number((v * 100).toPrecision(15));
      return {
        kind: 'number',
        num,
        grade: null,
        unit: '%',
        precision: fmtDec ?? decimalsOf(num),
        raw: `${formatId(num, fmtDec ?? decimalsOf(num))}%`,
      };
    }
    return {
      kind: 'number',
      num: v,
      grade: null,
      unit: null,
      precision: fmtDec ?? decimalsOf(v),
      raw: String(v),
    };
  }
  return parseText(String(v));
}

/** True when the value carries a number (a plain number or a grade with its score). */
export function hasNumber(v: Value): v is Value & { num: number } {
  return v.kind === 'number' && v.num !== null;
}

/** Short Indonesian description of what was read, for messages. */
export function describeValue(v: Value): string {
  return v.raw.trim() || '(kosong)';
}
