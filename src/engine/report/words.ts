/**
 * Small pieces of wording shared by the narrative: counts the way the reports write them
 * (`4 (empat) indikator`), typed text made fit for a sentence, the unit's own name, and the
 * scale named by what the planner wrote.
 */
import type { PkResult, Settings } from '../model';
import type { Scale } from '../scales';

const UNITS = [
  'nol',
  'satu',
  'dua',
  'tiga',
  'empat',
  'lima',
  'enam',
  'tujuh',
  'delapan',
  'sembilan',
  'sepuluh',
  'sebelas',
];

/** `12` → `dua belas`, `145` → `seratus empat puluh lima` (whole numbers below a million). */
export function terbilang(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1_000_000) return String(n);
  if (n < 12) return UNITS[n];
  if (n < 20) return `${UNITS[n - 10]} belas`;
  if (n < 100) return join(`${UNITS[Math.floor(n / 10)]} puluh`, n % 10);
  if (n < 200) return join('seratus', n - 100);
  if (n < 1000) return join(`${UNITS[Math.floor(n / 100)]} ratus`, n % 100);
  if (n < 2000) return join('seribu', n - 1000);
  return join(`${terbilang(Math.floor(n / 1000))} ribu`, n % 1000);
}

function join(head: string, rest: number): string {
  return rest === 0 ? head : `${head} ${terbilang(rest)}`;
}

/** `4 (empat) indikator`; `satu indikator` reads better as `1 (satu) indikator` too. */
export function count(n: number, noun: string): string {
  return `${n} (${terbilang(n)}) ${noun}`;
}

const OPEN = '([{“';
const CLOSE = ')]}”';

/**
 * Typed text fit for prose: spaces collapsed, brackets balanced (an unmatched closer dropped, a
 * missing closer added), a trailing comma or semicolon removed. `end` adds a full stop when the
 * text does not end a sentence already.
 */
export function cleanTyped(text: string, end = false): string {
  let t = text.replace(/\s+/g, ' ').trim();
  const stack: string[] = [];
  let out = '';
  for (const ch of t) {
    const o = OPEN.indexOf(ch);
    const c = CLOSE.indexOf(ch);
    if (o >= 0) {
      stack.push(CLOSE[o]);
      out += ch;
    } else if (c >= 0 && (ch !== '”' || stack.length)) {
      if (stack[stack.length - 1] === ch) {
        stack.pop();
        out += ch;
      }
    } else out += ch;
  }
  t = out.replace(/[\s,;:–-]+$/, '').trim();
  t += stack.reverse().join('');
  if (end && t && !/[.!?]$/.test(t)) t += '.';
  return t;
}

/** `Perjanjian Kinerja Perubahan Tahun 2025 dengan Dasar Renstra 2025-2029` (the period optional). */
export function pkLabel(res: PkResult, withPeriode = true): string {
  const p = res.pk;
  const jenis = p.jenis === 'perubahan' ? 'Perjanjian Kinerja Perubahan' : 'Perjanjian Kinerja';
  const tahun = p.tahun !== null ? ` Tahun ${p.tahun}` : '';
  const periode = withPeriode && p.periode ? ` dengan Dasar Renstra ${p.periode}` : '';
  return `${jenis}${tahun}${periode}`;
}

/** First letter upper case: a list item starts a sentence. */
export function sentenceCase(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The unit the report speaks of: the Instansi of Pengaturan, else the unit a PK title names;
 * null when the workbook names none.
 */
export function unitOf(settings: Settings, results: PkResult[]): string | null {
  const s = settings.instansi?.trim();
  if (s) return s;
  return results.map((r) => r.pk.instansi?.trim()).find((x) => !!x) ?? null;
}

/** The kabupaten the workbook belongs to (Pengaturan, else a PK title); null when unknown. */
export function kabupatenOf(settings: Settings, results: PkResult[]): string | null {
  const s = settings.kabupaten?.trim();
  if (s) return /^(kabupaten|kota)\b/i.test(s) ? s : `Kabupaten ${s}`;
  return results.map((r) => r.pk.kabupaten?.trim()).find((x) => !!x) ?? null;
}

/** How prose names a scale: `skala Permendagri 86/2017`, or the planner's own labels. */
export function scaleName(scale: Scale): string {
  if (scale.id !== 'kustom') return `skala ${scale.name}`;
  return `skala yang ditetapkan dalam Pengaturan (${scale.bands.map((b) => b.label).join(', ')})`;
}

/**
 * Where the scale comes from. The default scale's bands are the ones printed in the LKjIP of
 * Kabupaten Jember; that kabupaten is named only in a report that belongs to it.
 */
export function scaleSource(scale: Scale, kabupaten: string | null): string {
  if (scale.id === 'kustom') return 'skala yang ditetapkan dalam lembar Pengaturan';
  if (scale.id === 'permendagri86-jember')
    return kabupaten && /jember/i.test(kabupaten)
      ? `Permendagri 86/2017, sebagaimana tercetak pada LKjIP ${kabupaten}`
      : 'Permendagri 86/2017';
  return scale.source;
}
