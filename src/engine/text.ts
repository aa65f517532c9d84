/**
 * Names as planners write them: normalisation for matching indicators, programs and sasaran
 * across sheets, and a fuzzy match that says how sure it is.
 */

const NUMBER_WORDS: Record<string, string> = {
  satu: '1',
  dua: '2',
  tiga: '3',
  empat: '4',
  lima: '5',
  enam: '6',
  tujuh: '7',
  delapan: '8',
  sembilan: '9',
  sepuluh: '10',
};

const SPELLING: Record<string, string> = {
  prosentase: 'persentase',
  presentase: 'persentase',
  prosentasi: 'persentase',
  '%': 'persentase',
  efektifitas: 'efektivitas',
  fasilitas: 'fasilitasi',
  ketentraman: 'ketenteraman',
  pemerintah: 'pemerintahan',
  kab: 'kabupaten',
  kec: 'kecamatan',
  pd: 'perangkat daerah',
  opd: 'perangkat daerah',
  dok: 'dokumen',
  dan: '',
  yang: '',
  di: '',
  dalam: '',
  pada: '',
  serta: '',
};

const normCache = new Map<string, string>();

/** Lower-case, drop bracketed abbreviations, punctuation and filler words, unify spellings. */
export function normaliseName(s: string): string {
  let n = normCache.get(s);
  if (n === undefined) {
    n = normaliseUncached(s);
    if (normCache.size > 50000) normCache.clear();
    normCache.set(s, n);
  }
  return n;
}

function normaliseUncached(s: string): string {
  const t = s
    .toLowerCase()
    .replace(/\u00a0/g, ' ')
    .replace(/%/g, ' % ')
    .replace(/\([^)]{1,12}\)/g, ' ')
    .replace(/[“”"'‘’`.,;:()[\]{}/\\-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return t
    .split(' ')
    .map((w) => NUMBER_WORDS[w] ?? SPELLING[w] ?? w)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Key for matching a sheet name or header loosely: letters and digits only. */
export function looseKey(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  const t = s.replace(/\s+/g, ' ');
  for (let i = 0; i < t.length - 1; i++) {
    const g = t.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Dice coefficient on character bigrams of the normalised names (0…1). */
export function similarity(a: string, b: string): number {
  const x = normaliseName(a);
  const y = normaliseName(b);
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  const bx = bigrams(x);
  const by = bigrams(y);
  let inter = 0;
  for (const [g, n] of bx) inter += Math.min(n, by.get(g) ?? 0);
  return (2 * inter) / (x.length - 1 + (y.length - 1));
}

export interface MatchResult<T> {
  item: T;
  score: number;
  exact: boolean;
}

/**
 * Best match of `name` among `items` (by `nameOf`), exact on normalised names first, then fuzzy
 * above `threshold`. Returns null when nothing is close enough.
 */
export function bestMatch<T>(
  name: string,
  items: T[],
  nameOf: (t: T) => string,
  threshold = 0.75,
): MatchResult<T> | null {
  const n = normaliseName(name);
  for (const item of items)
    if (normaliseName(nameOf(item)) === n) return { item, score: 1, exact: true };
  let best: MatchResult<T> | null = null;
  for (const item of items) {
    const score = similarity(name, nameOf(item));
    if (score >= threshold && (!best || score > best.score)) best = { item, score, exact: false };
  }
  return best;
}

/** Short form of a long name for messages: the first 60 characters. */
export function shortName(s: string, max = 60): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}

/** Words that may stand between an abbreviation's initials ("Dinas Pekerjaan Umum dan …"). */
const FILLER = new Set(['dan', 'di', 'yang', 'serta', 'pada', 'dalam', 'dari', '&', 'and', 'of']);

/**
 * The words an abbreviation in brackets stands for, when their initials spell it: "Indeks
 * Kepuasan Masyarakat (IKM)" → "Indeks Kepuasan Masyarakat"; null when they do not.
 */
function expansionBefore(before: string, abbr: string): string | null {
  const words = before.trim().split(/\s+/);
  const letters = abbr.toLowerCase();
  let i = letters.length - 1;
  let w = words.length - 1;
  for (; w >= 0 && i >= 0; w--) {
    const word = words[w].toLowerCase().replace(/[^a-z&]/g, '');
    if (!word) return null;
    if (word[0] === letters[i]) i--;
    else if (!FILLER.has(word)) return null;
  }
  return i < 0 ? words.slice(w + 1).join(' ') : null;
}

/**
 * Abbreviations the names define by writing them in brackets after their words (2–8 capitals):
 * `IKM` → `Indeks Kepuasan Masyarakat`. An abbreviation defined two different ways is dropped.
 */
export function abbreviationsIn(names: Iterable<string>): Map<string, string> {
  const found = new Map<string, string | null>();
  for (const name of names) {
    for (const m of name.matchAll(/\(\s*([A-Z]{2,8})\s*\)/g)) {
      const words = expansionBefore(name.slice(0, m.index), m[1]);
      if (!words) continue;
      const prev = found.get(m[1]);
      if (prev === undefined) found.set(m[1], words);
      else if (prev !== null && normaliseName(prev) !== normaliseName(words)) found.set(m[1], null);
    }
  }
  const out = new Map<string, string>();
  for (const [k, v] of found) if (v) out.set(k, v);
  return out;
}

/** A name with each known abbreviation written inline (`Hasil IKM pada …`) spelled out. */
export function expandAbbreviations(s: string, abbreviations: Map<string, string>): string {
  if (abbreviations.size === 0) return s;
  return s.replace(/(\(\s*)?\b([A-Z]{2,8})\b/g, (all, open: string | undefined, abbr: string) =>
    open ? all : (abbreviations.get(abbr) ?? all),
  );
}

/**
 * The key names are linked by: `normaliseName` after spelling out the abbreviations the
 * workbook itself defines, so that `Hasil IKM pada …` and `Hasil Indeks Kepuasan Masyarakat
 * (IKM) pada …` are the same indicator.
 */
export function nameKeyFor(names: Iterable<string>): (s: string) => string {
  const abbreviations = abbreviationsIn(names);
  if (abbreviations.size === 0) return normaliseName;
  return (s) => normaliseName(expandAbbreviations(s, abbreviations));
}

const UNIT_WORDS =
  'kecamatan|kelurahan|dinas|badan|inspektorat|sekretariat(?:\\s+daerah|\\s+dprd)?|satuan\\s+polisi\\s+pamong\\s+praja|rumah\\s+sakit(?:\\s+umum\\s+daerah)?|bagian|kantor|unit\\s+pelaksana\\s+teknis';
const STOP_WORDS =
  'kabupaten|kota|provinsi|tahun|periode|dasar|renstra|pada|dengan|sebelum|sesudah';

/** `KECAMATAN SEMBORO` → `Kecamatan Semboro`; text already in mixed case is kept. */
export function titleCaseName(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (/[a-z]/.test(t)) return t;
  const small = new Set(['dan', 'di', 'ke', 'dari', 'yang', 'atau', 'pada', 'untuk', 'dalam']);
  return t
    .toLowerCase()
    .split(' ')
    .map((w, i) => (i > 0 && small.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

/**
 * The unit and the kabupaten a title block names (`KECAMATAN SEMBORO KABUPATEN JEMBER` →
 * `Kecamatan Semboro`, `Kabupaten Jember`), line by line; null where a title names none.
 */
export function unitIn(title: string): { instansi: string | null; kabupaten: string | null } {
  let instansi: string | null = null;
  let kabupaten: string | null = null;
  const unit = new RegExp(
    `\\b(?:${UNIT_WORDS})\\s+(?:(?!(?:${STOP_WORDS})\\b)[^\\s,;:()]+\\s*){1,4}`,
    'i',
  );
  const kab = new RegExp(
    `\\b(?:kabupaten|kota)\\s+(?:(?!(?:${STOP_WORDS})\\b)[A-Za-z][^\\s,;:()/]*\\s*){1,2}`,
    'i',
  );
  for (const line of title.split(/\n/)) {
    if (/kabupaten\s*\/\s*kota|perangkat daerah/i.test(line)) continue;
    instansi ??= line.match(unit)?.[0] ?? null;
    kabupaten ??= line.match(kab)?.[0] ?? null;
  }
  const clean = (s: string | null) =>
    s
      ? titleCaseName(
          s
            .replace(/\b\d{4}\b.*$/, '')
            .replace(/^kantor\s+(?=(?:kecamatan|kelurahan|dinas|badan)\b)/i, ''),
        )
      : null;
  return { instansi: clean(instansi), kabupaten: clean(kabupaten) };
}
