/**
 * The batch review's summary (WORKBOOK.md "Several workbooks"): one row per reported PK of each
 * workbook — a workbook with two reported PKs (two Renstra periods in one year, S539) has two
 * rows, because each is measured and reported on its own — or one row with the reason a
 * workbook could not be checked; then the totals. The finding counts belong to the workbook and
 * stand on its first row. No average is taken over workbooks: an average of averages means
 * nothing, so the totals count (PKs by predicate, indicators reached) instead.
 */
import { formatId, formatPercent } from '../engine/decimal';
import type { Severity } from '../engine/findings';
import type { FileResult, PkRow } from './batch-check';
import { table, tableLine, tableRule } from './summary';

export type Counts = Record<Severity, number>;

/** One row of the summary, shared by the text and the rekap workbook. */
export interface SummaryRow {
  file: string;
  unit: string | null;
  /** The PK this row sums up; null for a workbook that could not be checked. */
  pk: PkRow | null;
  /** The workbook's finding counts, on its first row only (null on the others). */
  counts: Counts | null;
  /** Why the workbook could not be checked; null when it was. */
  reason: string | null;
}

export interface Totals {
  files: number;
  checked: number;
  unusable: number;
  pks: number;
  indikator: number;
  tercapai: number;
  counts: Counts;
  /** Reported PKs by the predicate of their average capaian, highest band first as met. */
  predikat: [string, number][];
}

export function countsOf(r: FileResult): Counts {
  const c: Counts = { error: 0, warning: 0, info: 0 };
  for (const f of r.findings) c[f.severity]++;
  return c;
}

export function summaryRows(results: FileResult[]): SummaryRow[] {
  return results.flatMap((r): SummaryRow[] => {
    const counts = countsOf(r);
    // A file that could not be read has no findings to count: its cells stay empty, not 0.
    if (r.reason !== null || r.pks.length === 0) {
      const some = r.reason === null || r.findings.length > 0;
      return [
        { file: r.file, unit: r.unit, pk: null, counts: some ? counts : null, reason: r.reason },
      ];
    }
    return r.pks.map((pk, i) => ({
      file: r.file,
      unit: r.unit,
      pk,
      counts: i === 0 ? counts : null,
      reason: null,
    }));
  });
}

export function totalsOf(results: FileResult[]): Totals {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  const predikat = new Map<string, number>();
  let pks = 0;
  let indikator = 0;
  let tercapai = 0;
  for (const r of results) {
    const c = countsOf(r);
    for (const s of ['error', 'warning', 'info'] as const) counts[s] += c[s];
    if (r.reason !== null) continue;
    for (const p of r.pks) {
      pks++;
      indikator += p.indikator;
      tercapai += p.tercapai;
      if (p.predikat) predikat.set(p.predikat, (predikat.get(p.predikat) ?? 0) + 1);
    }
  }
  const unusable = results.filter((r) => r.reason !== null).length;
  return {
    files: results.length,
    checked: results.length - unusable,
    unusable,
    pks,
    indikator,
    tercapai,
    counts,
    predikat: [...predikat.entries()],
  };
}

const HEADERS = [
  'Berkas',
  'Unit',
  'Tahun',
  'PK',
  'Indikator',
  'Capaian',
  'Predikat',
  'Serapan',
  'Kesalahan',
  'Peringatan',
];
const RIGHT = [false, false, true, false, true, true, false, true, true, true];

const count = (n: number) => formatId(n, 0);

const FILE_WIDTH = 40;

/** A long path keeps its end, where the file's name is. */
const shortPath = (f: string) => (f.length > FILE_WIDTH ? '…' + f.slice(-(FILE_WIDTH - 1)) : f);

function cells(row: SummaryRow, first: boolean): string[] {
  const file = first ? shortPath(row.file) : '';
  const unit = first ? (row.unit ?? '-') : '';
  if (row.reason !== null) return [file, row.reason];
  const p = row.pk;
  const c = row.counts;
  return [
    file,
    unit,
    p?.tahun === null || p === null ? '-' : String(p.tahun),
    p?.sheet ?? '-',
    p ? count(p.indikator) : '-',
    formatPercent(p?.capaian ?? null),
    p?.predikat ?? '-',
    formatPercent(p?.serapan ?? null),
    c ? count(c.error) : '',
    c ? count(c.warning) : '',
  ];
}

const width = (xs: string[], min: number, max: number) =>
  Math.min(max, Math.max(min, ...xs.map((x) => x.length)));

/** The closing lines: what was read, the PKs by predicate, the indicators reached. */
function totalsLines(t: Totals): string[] {
  const read =
    `${count(t.checked)} dari ${count(t.files)} buku kerja diperiksa` +
    (t.unusable ? `, ${count(t.unusable)} tidak dapat diperiksa.` : '.');
  const lines = [read];
  if (t.pks) {
    const by = t.predikat.map(([p, n]) => `${count(n)} ${p}`).join(', ');
    lines.push(
      `${count(t.pks)} PK diukur${by ? ` (predikat rata-rata capaian: ${by})` : ''}; ${count(t.tercapai)} dari ${count(t.indikator)} indikator tercapai.`,
    );
  }
  lines.push(
    `Temuan: ${count(t.counts.error)} kesalahan, ${count(t.counts.warning)} peringatan, ${count(t.counts.info)} informasi.`,
  );
  return lines;
}

/** The summary as printed by `capaian check FILE… DIR…`. */
export function batchText(results: FileResult[]): string {
  const rows = summaryRows(results);
  const t = totalsOf(results);
  const body = rows.map((r, i) => cells(r, i === 0 || rows[i - 1].file !== r.file));
  const total = [
    'Jumlah',
    `${count(t.files)} buku kerja`,
    '',
    `${count(t.pks)} PK`,
    count(t.indikator),
    '',
    '',
    '',
    count(t.counts.error),
    count(t.counts.warning),
  ];
  const ok = body.filter((b) => b.length === HEADERS.length);
  const col = (i: number) => [HEADERS[i], ...ok.map((b) => b[i]), total[i]];
  const widths = [
    width([HEADERS[0], ...body.map((b) => b[0])], 6, FILE_WIDTH),
    width(col(1), 4, 28),
    5,
    width(col(3), 2, 24),
    9,
    8,
    width(col(6), 8, 20),
    8,
    9,
    10,
  ];
  return [
    `Capaian Kinerja — rekap ${count(t.files)} buku kerja`,
    '',
    table(HEADERS, widths, body, RIGHT),
    tableRule(widths),
    tableLine(total, widths, RIGHT),
    '',
    ...totalsLines(t),
  ]
    .join('\n')
    .replace(/ +$/gm, '');
}
