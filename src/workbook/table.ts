/**
 * Finding tables in a sheet by their header text (WORKBOOK.md "Sheets we read"): one- or two-row
 * headers with merged cells, title blocks above, numbered-column rows, repeated header rows and
 * blank rows skipped. Columns are known by their header text, never by position.
 */
import type { BenchmarkInput, BenchmarkWilayah } from '../engine/model';
import { Sheet, a1 } from './grid';

export type Role =
  | { k: 'no' }
  | { k: 'tujuan' }
  | { k: 'sasaran' }
  | { k: 'tujuanSasaran' }
  | { k: 'sasaranIndikator' }
  | { k: 'indikator' }
  | { k: 'satuan' }
  | { k: 'polaritas' }
  | { k: 'kondisiAwal' }
  | { k: 'target' }
  | { k: 'targetTahun'; tahun: number }
  | { k: 'targetTahunKe'; n: number }
  | { k: 'targetAkhir' }
  | { k: 'realisasi' }
  | { k: 'realisasiTahun'; tahun: number }
  | { k: 'tw'; n: number }
  | { k: 'jenis' }
  | { k: 'capaian' }
  | { k: 'capaianTahun'; tahun: number }
  | { k: 'capaianAkhir' }
  | { k: 'kriteria' }
  | { k: 'predikatTick'; label: string }
  | { k: 'benchmark' }
  | { k: 'benchmarkAngka'; wilayah: BenchmarkWilayah | null; jenis: BenchmarkInput['jenis'] }
  | { k: 'sumberData' }
  | { k: 'faktorPendorong' }
  | { k: 'faktorPenghambat' }
  | { k: 'solusi' }
  | { k: 'tantangan' }
  | { k: 'formulasi' }
  | { k: 'kode' }
  | { k: 'program' }
  | { k: 'pagu' }
  | { k: 'jenisBelanja' }
  | { k: 'belanjaOperasi' }
  | { k: 'belanjaModal' }
  | { k: 'realisasiAnggaran' }
  | { k: 'serapan' }
  | { k: 'sisa' }
  | { k: 'pk' }
  | { k: 'efisiensi' }
  | { k: 'kategoriEfisiensi' }
  | { k: 'keterangan' }
  | { k: 'unknown' };

export type RoleKey = Role['k'];

const PREDICATE_LABELS = ['sangat tinggi', 'tinggi', 'sedang', 'rendah', 'sangat rendah'];

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

function yearIn(t: string): number | null {
  const m = t.match(/\b(19[89]\d|20\d\d|21\d\d)\b/);
  return m ? Number(m[1]) : null;
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The role of a column from its header text. `parent` is the text of the merged header above
 * it (two-row headers), `child` the text of the column's own header cell.
 */
export function classifyColumn(parentRaw: string, childRaw: string): Role {
  const parent = norm(parentRaw);
  const child = norm(childRaw);
  const own = parent === child || !child ? parent : child;
  const full = parent === child || !parent ? child : `${parent} ${child}`.trim();
  const budget = budgetKindRole(parent, own, full);
  if (budget) return budget;
  const base = classifyHeader(parent, child, childRaw);
  return benchmarkRole(parent, own, full, base) ?? base;
}

/** `kabupaten`, `prov.`, `nasional` … in a header: the region a comparison figure is of. */
const REGION = /\b(kabupaten|kab\b\.?|kota\b|provinsi|prov\b\.?|propinsi|nasional|regional)/;

function wilayahOf(text: string): BenchmarkWilayah | null {
  const m = text.match(REGION);
  if (!m) return null;
  if (/^(kab|kota)/.test(m[1])) return 'kabupaten';
  if (/^(prov|prop)/.test(m[1])) return 'provinsi';
  return m[1] as BenchmarkWilayah;
}

function benchmarkJenis(text: string): BenchmarkInput['jenis'] {
  if (/\btarget/.test(text)) return 'target';
  if (/rata[\s-]*rata|rerata/.test(text)) return 'rata-rata';
  if (/realisasi|capaian/.test(text)) return 'realisasi';
  return null;
}

/** Header roles a region word turns into a comparison figure (never the unit's own figure). */
const FIGURE_ROLES: RoleKey[] = [
  'target',
  'targetTahun',
  'realisasi',
  'realisasiTahun',
  'capaian',
  'capaianTahun',
  'benchmark',
  'unknown',
];

/**
 * A comparison figure (WORKBOOK.md Table 1): a figure header naming a region (`Realisasi
 * Kabupaten`, `Target Nasional`, `Rata-rata IKM Kabupaten`), or a sub-header under `Benchmark`
 * (`Benchmark` over `Kabupaten | Provinsi | Nasional`). A header that itself says `Benchmark` /
 * `Pembanding` is the free-text column (`benchmark`).
 */
function benchmarkRole(parent: string, own: string, full: string, base: Role): Role | null {
  if (/benchmark|pembanding/.test(own)) return { k: 'benchmark' };
  const underBenchmark = own !== parent && /benchmark|pembanding/.test(parent);
  const wilayah = wilayahOf(full);
  if (!underBenchmark && (!wilayah || !FIGURE_ROLES.includes(base.k))) return null;
  return { k: 'benchmarkAngka', wilayah, jenis: benchmarkJenis(own) ?? benchmarkJenis(full) };
}

/**
 * The columns of the anggaran table that say what kind of spending a row is: `Jenis Belanja` /
 * `Kelompok Belanja` (text), `Belanja Operasi(onal)` / `Belanja Modal` (amounts, also under a
 * `Belanja` parent). Any other `Belanja …` header is none of pagu, realisasi or program.
 */
function budgetKindRole(parent: string, own: string, full: string): Role | null {
  if (/^(jenis|kelompok) belanja/.test(own)) return { k: 'jenisBelanja' };
  const ownSays = /^belanja\b|belanja (operasi|modal)/.test(own);
  if (!ownSays && !/belanja/.test(parent)) return null;
  const text = ownSays ? own : full;
  if (!/realisasi|serapan|%|persen|sisa/.test(full)) {
    if (/\boperasi/.test(text)) return { k: 'belanjaOperasi' };
    if (/\bmodal\b/.test(text)) return { k: 'belanjaModal' };
  }
  return ownSays ? { k: 'unknown' } : null;
}

/** The role of a header without the benchmark and spending-kind columns (classifyColumn). */
function classifyHeader(parent: string, child: string, childRaw: string): Role {
  const sameAsParent = parent === child;
  const t = sameAsParent || !parent ? child : child || parent;
  const full = sameAsParent || !parent ? child : `${parent} ${child}`.trim();
  if (!full) return { k: 'unknown' };

  const parentIsBudget = !sameAsParent && /anggaran|keuangan|dana|pagu/.test(parent);
  const group = !sameAsParent && child ? yearGroup(parent, child) : null;
  if (group) return group;

  // Budget sub-columns of a two-row header (Efisiensi: "Anggaran" over "Target | Realisasi | %").
  if (parentIsBudget && child) {
    if (/^(target|pagu|anggaran|alokasi)/.test(child)) return { k: 'pagu' };
    if (/realisasi/.test(child)) return { k: 'realisasiAnggaran' };
    if (/^%|persen|serapan|capaian/.test(child) || /^\d+\s*=/.test(child)) return { k: 'serapan' };
    if (/sisa/.test(child)) return { k: 'sisa' };
  }
  if (!sameAsParent && /predikat|kriteria|kategori/.test(parent) && child) {
    const label = PREDICATE_LABELS.find((p) => child.replace(/[^a-z ]/g, '').trim() === p);
    if (label) return { k: 'predikatTick', label: childRaw.trim() };
  }
  if (!sameAsParent && /target/.test(parent) && child) {
    const y = yearIn(child);
    if (y && /^\D{0,12}\d{4}\D{0,4}$|^\d+\s*\(\d{4}\)$/.test(child))
      return { k: 'targetTahun', tahun: y };
    const ke = child.match(/(?:tahun|th\.?)\s*ke\s*-?\s*(\d+)/);
    if (ke) return { k: 'targetTahunKe', n: Number(ke[1]) };
    // Permendagri 86: "Target Kinerja … pada Tahun ke-" over "1 | 2 | 3".
    if (/(?:tahun|th\.?)\s*ke\b/.test(parent) && /^\d{1,2}$/.test(child))
      return { k: 'targetTahunKe', n: Number(child) };
  }
  if (!sameAsParent && /realisasi|tren/.test(parent) && !parentIsBudget && child) {
    const y = yearIn(child);
    if (y && /^\D{0,12}\d{4}\D{0,4}$/.test(child)) return { k: 'realisasiTahun', tahun: y };
  }
  if (!sameAsParent && /triwulan|^tw/.test(parent) && child) {
    const m = child.match(/^(?:tw|triwulan)?\s*\.?\s*(iv|iii|ii|i|[1-4])\b/);
    if (m) return { k: 'tw', n: ROMAN[m[1]] ?? Number(m[1]) };
  }

  if (/^no\.?$|^nomor|^no\.? urut|^no\b\.?$/.test(t)) return { k: 'no' };
  if (/^indikator/.test(t) && !/sasaran\s*(dan|&)\s*indikator/.test(t)) return { k: 'indikator' };
  if (/^target/.test(t) && !/akhir|renstra/.test(t)) {
    const y = yearIn(t);
    if (y) return { k: 'targetTahun', tahun: y };
    if (!/tahun\s*$|pada tahun/.test(t)) return { k: 'target' };
  }
  if (/sasaran\s*(dan|&|\/)\s*indikator/.test(t)) return { k: 'sasaranIndikator' };
  if (/tujuan\s*(dan|&|\/)\s*sasaran/.test(t)) return { k: 'tujuanSasaran' };
  if (/^indikator|indikator kinerja|indikator sasaran|indikator tujuan|^iku\b/.test(t))
    return { k: 'indikator' };
  if (
    /^program|^kegiatan|^sub ?kegiatan|^uraian|^nama program|program\s*\/\s*kegiatan|^rincian/.test(
      t,
    )
  )
    return { k: 'program' };
  if (/^sasaran/.test(t)) return { k: 'sasaran' };
  if (/^tujuan/.test(t)) return { k: 'tujuan' };
  if (/^satuan/.test(t)) return { k: 'satuan' };
  if (/polaritas|sifat indikator|arah (kinerja|indikator)/.test(t)) return { k: 'polaritas' };
  if (/kondisi awal|baseline|kondisi kinerja awal/.test(t)) return { k: 'kondisiAwal' };
  if (/formulasi|rumus|cara (perhitungan|pengukuran)|definisi operasional/.test(t))
    return { k: 'formulasi' };
  if (/pendorong|pendukung|keberhasilan/.test(t) && /faktor|pendorong/.test(t))
    return { k: 'faktorPendorong' };
  if (/penghambat|kendala|hambatan/.test(t)) return { k: 'faktorPenghambat' };
  if (/solusi|upaya|pemecahan|tindak lanjut/.test(t)) return { k: 'solusi' };
  if (/tantangan/.test(t)) return { k: 'tantangan' };
  if (/^sumber(\s*data\b|\s*$)/.test(t)) return { k: 'sumberData' };
  // Where the money comes from (APBD, DAK …): neither the data source nor an amount.
  if (/^sumber\s*(dana|anggaran|pendanaan|pembiayaan)/.test(t)) return { k: 'unknown' };
  if (/benchmark|pembanding/.test(full)) return { k: 'benchmark' };
  if (/^kode/.test(t)) return { k: 'kode' };
  if (/^pk$|^pk\b|perjanjian kinerja/.test(t)) return { k: 'pk' };
  if (/^jenis|jenis (data|perhitungan)|cara (akumulasi|agregasi)/.test(t)) return { k: 'jenis' };
  if (
    /kategori efisiensi|^kategori$|^keterangan efisiensi/.test(t) ||
    (/kategori/.test(t) && /efisien/.test(full))
  )
    return { k: 'kategoriEfisiensi' };
  if (/efisiensi/.test(t)) return { k: 'efisiensi' };
  if (/serapan/.test(t)) return { k: 'serapan' };
  // A percentage of the budget ("Capaian Realisasi Anggaran (%)", "% Realisasi Keuangan",
  // "Persentase Realisasi Anggaran") is the serapan, not an amount.
  if (/anggaran|keuangan|pagu/.test(t) && /%|persen|capaian|tingkat/.test(t) && !/\brp\b/.test(t))
    return { k: 'serapan' };
  if (/^sisa/.test(t)) return { k: 'sisa' };
  if (
    /capaian/.test(full) &&
    /(terhadap|thd|s\/d|akhir)/.test(full) &&
    /(akhir|target\s*\d{4}|renstra)/.test(full)
  )
    return { k: 'capaianAkhir' };
  if (/target akhir|akhir (periode )?renstra|kondisi (kinerja )?akhir|target renstra/.test(t))
    return { k: 'targetAkhir' };
  if (/kriteria|predikat|kategori capaian|^kategori$/.test(t)) return { k: 'kriteria' };
  {
    const tw = t.match(/^(?:tw|triwulan)\s*\.?\s*(iv|iii|ii|i|[1-4])\b/);
    if (tw) return { k: 'tw', n: ROMAN[tw[1]] ?? Number(tw[1]) };
  }
  if (
    /^(pagu|anggaran|alokasi|dpa|nilai anggaran|jumlah anggaran)/.test(t) ||
    (/anggaran|pagu/.test(t) && !/realisasi|serapan/.test(t))
  ) {
    return { k: 'pagu' };
  }
  if (/realisasi/.test(t) && /anggaran|keuangan|\(rp\)|rp\b/.test(full))
    return { k: 'realisasiAnggaran' };
  if (/realisasi/.test(t)) {
    const y = yearIn(t);
    if (y) return { k: 'realisasiTahun', tahun: y };
    return { k: 'realisasi' };
  }
  if (/^target/.test(t)) {
    const y = yearIn(t);
    if (y && !/akhir/.test(t)) return { k: 'targetTahun', tahun: y };
    return { k: 'target' };
  }
  {
    const ke = t.match(/^(?:tahun|th\.?)\s*ke\s*-?\s*(\d+)/);
    if (ke) return { k: 'targetTahunKe', n: Number(ke[1]) };
  }
  {
    const trend = t.match(/^capaian( kinerja)?( tahun)? ((?:19|20)\d\d)$/);
    if (trend) return { k: 'realisasiTahun', tahun: Number(trend[3]) };
  }
  if (/^%|^persen|capaian|^\(%\)/.test(t)) return { k: 'capaian' };
  if (/keterangan|^ket\.?$/.test(t)) return { k: 'keterangan' };
  const y = t.match(/^\d+\s*\((\d{4})\)$/) ?? t.match(/^(\d{4})$/);
  if (y) return { k: 'targetTahun', tahun: Number(y[1]) };
  return { k: 'unknown' };
}

/**
 * Columns under a year: "Tahun 2019" (or "2019") merged over "Target | Realisasi | Capaian" — one
 * group per year, the report year's measured, the others earlier years — and a trend "Capaian
 * Kinerja Tahun" over "2015 | 2016 | …", the realisasi of those years.
 */
function yearGroup(parent: string, child: string): Role | null {
  const g = parent.match(/^(?:tahun|th\.?|ta\.?)?\s*((?:19|20)\d\d)$/);
  if (g) {
    const tahun = Number(g[1]);
    if (/^target/.test(child) && !/akhir|renstra/.test(child)) return { k: 'targetTahun', tahun };
    if (/^realisasi/.test(child) && !/anggaran|keuangan|rp\b/.test(child))
      return { k: 'realisasiTahun', tahun };
    if (/^(capaian|%|persen|\(%\))/.test(child)) return { k: 'capaianTahun', tahun };
    return null;
  }
  const y = child.match(/^((?:19|20)\d\d)$/);
  if (y && /^capaian( kinerja)?( tahun)?$/.test(parent))
    return { k: 'realisasiTahun', tahun: Number(y[1]) };
  return null;
}

export interface Column {
  c: number;
  role: Role;
  header: string;
}

export interface Table {
  sheet: Sheet;
  headerTop: number;
  headerBottom: number;
  /** Text of the title block above the header (joined lines). */
  title: string;
  titleRows: number[];
  columns: Column[];
  /** Body rows (blank, numbered-column and repeated header rows removed). */
  rows: number[];
}

const ANCHORS: RoleKey[] = ['indikator', 'program', 'sasaranIndikator'];

/** A cell of a numbered-column row: `3`, `(3)`, `5 = 4/3*100`. */
const NUMBERED_CELL = /^\(?(\d{1,2})\)?(\s*[=(].*)?$/;

/**
 * A numbered-column row: `1 | 2 | 3 | 4 | 5 = 4/3*100` — or its numbers out of order once a
 * column was moved with its number (`(1) | (2) | (4) | (3)`): every number from 1 up once.
 */
export function isNumberedRow(sheet: Sheet, r: number): boolean {
  // Body rows fail on their first text, before the row's texts are built.
  if (sheet.textCount(r, 3) < 3 || !NUMBERED_CELL.test(sheet.firstText(r)!.t)) return false;
  const texts = sheet.rowTexts(r);
  let expected = 1;
  let sequential = 0;
  const seen = new Set<number>();
  for (const { t } of texts) {
    const m = t.match(NUMBERED_CELL);
    if (!m) return false;
    if (Number(m[1]) === expected) sequential++;
    expected = Number(m[1]) + 1;
    seen.add(Number(m[1]));
  }
  const permutation =
    seen.size === texts.length && [...seen].every((n) => n >= 1 && n <= seen.size);
  return sequential >= Math.min(3, texts.length) || permutation;
}

function headerCandidate(
  sheet: Sheet,
  r: number,
): { roles: Map<number, Role>; score: number } | null {
  // holdsFigure first: it only looks at the cells' types, and most rows of a big table hold one.
  if (holdsFigure(sheet, r) || sheet.textCount(r, 2) < 2) return null;
  const texts = sheet.rowTexts(r);
  const roles = new Map<number, Role>();
  let known = 0;
  let numeric = 0;
  for (const { c, t } of texts) {
    // Bare years are year-column headers (`2021 | 2022 | …`), not figures.
    if (/^[\d.,%\s-]+$/.test(t) && !/^(19|20)\d\d$/.test(t)) numeric++;
    if (t.length > 80) continue;
    const role = classifyColumn('', t);
    roles.set(c, role);
    if (role.k !== 'unknown') known++;
  }
  if (numeric > texts.length / 2) return null;
  const anchor = [...roles.values()].some((x) => ANCHORS.includes(x.k));
  const effAnchor =
    anchor ||
    ([...roles.values()].some((x) => x.k === 'sasaran' || x.k === 'tujuanSasaran') &&
      [...roles.values()].some((x) =>
        ['efisiensi', 'kategoriEfisiensi', 'serapan', 'capaian'].includes(x.k),
      ));
  // Three known headers, or two when one is the anchor and the other a figure column.
  const figure = [...roles.values()].some((x) =>
    ['target', 'realisasi', 'pagu', 'targetTahun', 'capaian'].includes(x.k),
  );
  if (!effAnchor || known < 2 || (known < 3 && !figure)) return null;
  return { roles, score: known };
}

/**
 * A row holding a figure (a number that is not a year) is a body row: decided from the cells,
 * before the row's texts are built and every cell classified.
 */
function holdsFigure(sheet: Sheet, r: number): boolean {
  const row = sheet.grid.rows[r];
  if (!row) return false;
  for (let c = 0; c < row.length; c++) {
    const v = row[c]?.v;
    if (typeof v === 'number' && !(Number.isInteger(v) && v >= 1900 && v <= 2100)) return true;
  }
  return false;
}

/** Header height: 2 when the header row has horizontal merges or sub-labels below, else 1. */
function headerHeight(sheet: Sheet, r: number): number {
  let h = 1;
  for (const m of sheet.mergesByTop.get(r) ?? []) {
    if (m.top === r && m.bottom > m.top) h = Math.max(h, Math.min(m.bottom - m.top + 1, 3));
    if (m.top === r && m.right > m.left && m.bottom === m.top && !sameMergeBelow(sheet, m))
      h = Math.max(h, 2);
  }
  if (h === 1) {
    // Sub-labels in the next row under empty header cells (a header written without merges).
    const next = sheet.rowTexts(r + 1);
    if (next.length && !isNumberedRow(sheet, r + 1)) {
      const under = next.filter(({ c }) => sheet.text(r, c) === '' || sheet.isMergedChild(r, c));
      const subLabel = (t: string) =>
        /^(target|realisasi|capaian|kriteria|predikat|kategori|%|pagu|anggaran|sisa|(19|20)\d\d|tahun ke|tw|sangat|tinggi|sedang|rendah|kabupaten|kab\b|kota|provinsi|nasional|regional)/i.test(
          t,
        );
      if (under.length && under.every(({ t }) => subLabel(t))) h = 2;
    }
    if (tahunKeOverNumbers(sheet, r)) h = 2;
  }
  return h;
}

/**
 * A header cell merged across columns with the row below merged the same way is one column
 * two cells wide (a table converted from Word), not a parent over sub-headers.
 */
function sameMergeBelow(sheet: Sheet, m: { top: number; left: number; right: number }): boolean {
  return (sheet.mergesByTop.get(m.top + 1) ?? []).some(
    (x) => x.left === m.left && x.right === m.right,
  );
}

/**
 * "Target Kinerja … pada Tahun ke-" typed once, not merged, over "1 | 2 | 3" (Permendagri 86):
 * the numbers under it and the empty cells to its right are its sub-labels, not a numbered row.
 */
function tahunKeOverNumbers(sheet: Sheet, r: number): boolean {
  const parent = sheet.rowTexts(r).find(({ t }) => /(tahun|th\.?)\s*ke\s*-?\s*$/i.test(t));
  if (!parent) return false;
  let n = 0;
  for (let c = parent.c; c < sheet.colCount; c++) {
    if (c > parent.c && sheet.ownText(r, c)) break;
    if (sheet.ownText(r + 1, c) !== String(n + 1)) break;
    n++;
  }
  return n >= 2;
}

/**
 * Parent labels of a two-row header typed once above their sub-headers without a merge (tables
 * converted from Word): `Kinerja` over `Target | Realisasi | %` stands for all three, up to the
 * next label in the top row or the first column with no sub-header.
 */
function carriedParents(sheet: Sheet, top: number, bottom: number): Map<number, string> {
  const out = new Map<number, string>();
  if (bottom === top) return out;

  let parent: string | null = null;
  for (let c = 0; c < sheet.colCount; c++) {
    const own = sheet.ownText(top, c);
    const sub = sheet.ownText(bottom, c);
    if (sheet.isMergedChild(top, c)) parent = null;
    else if (own) parent = sub && !sheet.isMergedChild(bottom, c) ? own : null;
    else if (sub && parent) out.set(c, parent);
    else parent = null;
  }
  return out;
}

/**
 * The right-hand part of a column merged several cells wide (Word tables): every header cell of
 * it lies in a merge that starts further left, so it is the same column, not one of its own.
 */
function widePart(sheet: Sheet, top: number, bottom: number, c: number): boolean {
  for (let r = top; r <= bottom; r++) {
    if (!sheet.isMergedChild(r, c) || sheet.master(r, c).c === c) return false;
  }
  return true;
}

function buildColumns(sheet: Sheet, top: number, bottom: number): Column[] {
  const cols: Column[] = [];
  const maxC = sheet.colCount;
  const carried = carriedParents(sheet, top, bottom);
  for (let c = 0; c < maxC; c++) {
    if (widePart(sheet, top, bottom, c)) continue;
    const parts: string[] = [];
    for (let r = top; r <= bottom; r++) {
      const t = r === top && carried.has(c) ? carried.get(c)! : sheet.text(r, c);
      if (t && parts[parts.length - 1] !== t) parts.push(t);
    }
    if (parts.length === 0) continue;
    const parent = parts.length > 1 ? parts.slice(0, -1).join(' ') : '';
    const child = parts[parts.length - 1];
    // A merged parent that covers only this column is not a parent but the same header.
    const role = classifyColumn(parent, child);
    cols.push({ c, role, header: parts.join(' / ') });
  }
  return withTickColumns(cols);
}

const predicateLabel = (header: string): string | undefined =>
  PREDICATE_LABELS.find(
    (p) =>
      header
        .toLowerCase()
        .replace(/[^a-z ]/g, '')
        .trim() === p,
  );

/**
 * Predicate tick columns in a one-row header: three or more columns headed by predicate labels
 * alone (`Sangat Tinggi | Tinggi | Sedang …`, no `Predikat` above them) are one column per
 * predicate all the same.
 */
function withTickColumns(cols: Column[]): Column[] {
  const labelled = cols.filter((x) => x.role.k === 'unknown' && predicateLabel(x.header));
  if (labelled.length < 3) return cols;
  return cols.map((x) =>
    labelled.includes(x) ? { ...x, role: { k: 'predikatTick', label: x.header.trim() } } : x,
  );
}

function signature(sheet: Sheet, r: number): string {
  return sheet
    .rowTexts(r)
    .map(({ t }) => t.toLowerCase())
    .join('|');
}

/**
 * Whether a row whose first text is `first` can have the header's signature, whose first text
 * is `sigFirst`: when neither holds a `|`, the signatures can be equal only if the first texts
 * are (the first `|` of a signature ends its first text).
 */
function mayRepeat(first: string, sigFirst: string): boolean {
  if (first.includes('|') || sigFirst.includes('|')) return true;
  return first.toLowerCase() === sigFirst;
}

/** Every table in the sheet, top to bottom. */
export function findTables(sheet: Sheet): Table[] {
  const tables: Table[] = [];
  const headerRows: number[] = [];
  let r = 0;
  while (r < sheet.rowCount) {
    const cand = headerCandidate(sheet, r);
    if (cand) {
      headerRows.push(r);
      r += headerHeight(sheet, r);
    } else r++;
  }
  // Collapse repeated headers (the same text as an earlier table's header) into that table.
  // A header repeated with its own title block above it starts a new table of the same form.
  const distinct: number[] = [];
  for (const h of headerRows) {
    const sig = signature(sheet, h);
    const prev = distinct.length ? distinct[distinct.length - 1] : null;
    let titled = false;
    for (let u = h - 1; u >= Math.max(0, h - 4); u--) {
      if (sheet.isEmptyRow(u)) continue;
      titled = isTitleRow(sheet, u);
      break;
    }
    if (prev !== null && signature(sheet, prev) === sig && !titled) continue;
    distinct.push(h);
  }
  const repeated = new Set(headerRows.filter((h) => !distinct.includes(h)));

  for (let i = 0; i < distinct.length; i++) {
    const top = distinct[i];
    const height = headerHeight(sheet, top);
    const bottom = top + height - 1;
    const end = i + 1 < distinct.length ? distinct[i + 1] : sheet.rowCount;
    // Title block: non-empty rows directly above, back to a blank row or the previous table's body.
    const prevEnd = i > 0 ? distinct[i - 1] + 1 : 0;
    const titleRows = titleBlock(sheet, top, prevEnd);
    const columns = buildColumns(sheet, top, bottom);
    const rows: number[] = [];
    const sig = signature(sheet, top);
    const sigCount = sheet.rowTexts(top).length;
    const sigFirst = sheet.rowTexts(top)[0]?.t.toLowerCase() ?? '';
    // The body ends where the next table's title block begins: the text-only rows directly
    // above the next header, when a blank row separates them from this table's body.
    let bodyEnd = end;
    if (i + 1 < distinct.length) {
      let u = distinct[i + 1] - 1;
      while (u > bottom && sheet.isEmptyRow(u)) u--;
      let firstTitle = u + 1;
      while (u > bottom && isTitleRow(sheet, u)) {
        firstTitle = u;
        u--;
      }
      if (firstTitle <= distinct[i + 1] - 1 && (u <= bottom || sheet.isEmptyRow(u)))
        bodyEnd = firstTitle;
    }
    for (let rr = bottom + 1; rr < bodyEnd; rr++) {
      if (sheet.isEmptyRow(rr)) continue;
      if (isNumberedRow(sheet, rr)) continue;
      if (
        repeated.has(rr) ||
        (sheet.textCount(rr, sigCount + 1) === sigCount &&
          mayRepeat(sheet.firstText(rr)!.t, sigFirst) &&
          signature(sheet, rr) === sig)
      ) {
        rr += headerHeight(sheet, rr) - 1;
        continue;
      }
      rows.push(rr);
    }
    const title = titleRows
      .map((x) =>
        sheet
          .rowTexts(x)
          .map((y) => y.t)
          .join(' '),
      )
      .join(' \n ');
    tables.push({ sheet, headerTop: top, headerBottom: bottom, title, titleRows, columns, rows });
  }
  return tables;
}

/** A period or a year written on its own in a title cell (`2025-2029`, `2025`, `(2021 – 2026)`). */
const PERIOD_CELL =
  /^\(?\s*(19|20)\d\d(\s*(-|–|—|s\.?\s*\/?\s*d\.?|sampai|hingga)\s*(19|20)\d\d)?\s*\)?$/i;

/**
 * A line of the title block: up to three cells of words, where a cell without words may only be
 * a period, a year or a colon — "Tabel 3.9 …", "Dasar Renstra : | 2025-2029", "Tahun | : | 2025".
 */
function isTitleLine(sheet: Sheet, r: number): boolean {
  const texts = sheet.rowTexts(r);
  if (texts.length === 0 || texts.length > 3) return false;
  const words = texts.filter(({ t }) => /[A-Za-z]/.test(t));
  if (words.length === 0 || (texts.length === 3 && words.length > 1)) return false;
  return texts.every(({ t }) => /[A-Za-z]/.test(t) || PERIOD_CELL.test(t) || /^[:=]$/.test(t));
}

/**
 * The title block above a header: title lines back to two blank rows in a row, a row that is not
 * a title line, `stop` (the previous table's header) or six lines. A single blank row between
 * title lines is part of the block.
 */
function titleBlock(sheet: Sheet, top: number, stop: number): number[] {
  const rows: number[] = [];
  let blanks = 0;
  for (let t = top - 1; t >= stop && rows.length < 6; t--) {
    if (sheet.isEmptyRow(t)) {
      blanks++;
      if (blanks > 1 && rows.length) break;
      continue;
    }
    if (!isTitleLine(sheet, t)) break;
    rows.unshift(t);
    blanks = 0;
  }
  return rows;
}

/** A title line: one or two cells of words (no figures), such as "Tabel 3.9 …" or "Kecamatan X". */
function isTitleRow(sheet: Sheet, r: number): boolean {
  const texts = sheet.rowTexts(r);
  if (texts.length === 0 || texts.length > 2) return false;
  return texts.every(({ c, t }) => /[A-Za-z]{3}/.test(t) && typeof sheet.raw(r, c)?.v === 'string');
}

export function col(table: Table, k: RoleKey): Column | undefined {
  return table.columns.find((c) => c.role.k === k);
}

export function cols(table: Table, k: RoleKey): Column[] {
  return table.columns.filter((c) => c.role.k === k);
}

export function ref(table: Table, r: number, c: number): { sheet: string; cell: string } {
  return { sheet: table.sheet.name, cell: a1(r, c) };
}

export type TableKind =
  'tc25' | 'pk' | 'kinerja' | 'programKinerja' | 'anggaran' | 'pkProgram' | 'efisiensi' | 'unknown';

export function tableKind(t: Table): TableKind {
  const has = (k: RoleKey) => t.columns.some((c) => c.role.k === k);
  const years = t.columns.filter(
    (c) => c.role.k === 'targetTahun' || c.role.k === 'targetTahunKe',
  ).length;
  if (has('program')) {
    if (has('indikator')) return 'programKinerja';
    if (has('realisasi') || has('realisasiAnggaran')) return 'anggaran';
    if (has('pagu')) return 'pkProgram';
  }
  if ((has('efisiensi') || has('kategoriEfisiensi') || has('serapan')) && !has('program'))
    return 'efisiensi';
  if (has('indikator') || has('sasaranIndikator')) {
    // Year targets beside realisasi (a two-year table, a trend) are a kinerja table, not TC.25.
    const measured = has('realisasi') || has('realisasiTahun') || has('capaianTahun');
    if (years >= 2 && !measured) return 'tc25';
    if (has('realisasi') || has('tw') || has('capaian')) return 'kinerja';
    if (has('realisasiTahun') || has('capaianTahun')) return 'kinerja';
    if (has('target') || years === 1) return 'pk';
  }
  return 'unknown';
}
