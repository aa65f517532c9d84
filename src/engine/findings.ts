/**
 * The findings catalogue (DOMAIN.md §7). A finding is data — never an exception — with a stable
 * code, a severity, the PK it belongs to, the sheet and cell it is about and an Indonesian message.
 */
export type Severity = 'error' | 'warning' | 'info';

export const FINDING_SEVERITY = {
  SHEET_MISSING: 'error',
  COLUMN_MISSING: 'error',
  VALUE_UNREADABLE: 'error',
  REALISASI_EMPTY: 'warning',
  REALISASI_CONFLICT: 'warning',
  TARGET_ZERO: 'warning',
  POLARITY_ASSUMED: 'info',
  ORDINAL_CAPAIAN: 'info',
  INDICATOR_UNMATCHED: 'warning',
  INDICATOR_DUPLICATE: 'warning',
  TARGET_MISMATCH: 'warning',
  UNIT_MISMATCH: 'warning',
  TARGET_IMPLAUSIBLE: 'warning',
  CAPAIAN_MISMATCH: 'error',
  PREDIKAT_MISMATCH: 'error',
  GRADE_SCORE_MISMATCH: 'warning',
  SERAPAN_MISMATCH: 'error',
  TOTAL_MISMATCH: 'error',
  REALISASI_OVER_PAGU: 'warning',
  EFISIENSI_MISMATCH: 'error',
  PROGRAM_IKU_MISMATCH: 'error',
  PAGU_CHANGED: 'info',
  SCALE_INVALID: 'error',
  PROGRAM_UNMAPPED: 'warning',
  PK_SUPERSEDED: 'info',
  CAPAIAN_PRECISION: 'warning',
  REALISASI_ZERO_RATIO: 'info',
  TW_ASSUMED: 'info',
  TW_INCOMPLETE: 'warning',
  FAKTOR_EMPTY: 'warning',
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof FINDING_SEVERITY;

/** A short Indonesian title per code: what the planner reads first (the code stays for support). */
export const FINDING_TITLE: Record<FindingCode, string> = {
  SHEET_MISSING: 'Lembar tidak ditemukan',
  COLUMN_MISSING: 'Kolom tidak ditemukan',
  VALUE_UNREADABLE: 'Nilai tidak terbaca',
  REALISASI_EMPTY: 'Realisasi belum diisi',
  REALISASI_CONFLICT: 'Realisasi berbeda antarlembar',
  TARGET_ZERO: 'Target bernilai nol',
  POLARITY_ASSUMED: 'Polaritas dianggap positif',
  ORDINAL_CAPAIAN: 'Capaian dari nilai huruf',
  INDICATOR_UNMATCHED: 'Indikator tidak cocok',
  INDICATOR_DUPLICATE: 'Indikator tertulis dua kali',
  TARGET_MISMATCH: 'Target berbeda antarlembar',
  UNIT_MISMATCH: 'Satuan berbeda antarlembar',
  TARGET_IMPLAUSIBLE: 'Target tidak wajar',
  CAPAIAN_MISMATCH: 'Capaian tertulis salah',
  PREDIKAT_MISMATCH: 'Kriteria tertulis salah',
  GRADE_SCORE_MISMATCH: 'Nilai huruf tidak sesuai skornya',
  SERAPAN_MISMATCH: 'Persentase serapan salah',
  TOTAL_MISMATCH: 'Jumlah tidak sesuai rinciannya',
  REALISASI_OVER_PAGU: 'Realisasi melebihi pagu',
  EFISIENSI_MISMATCH: 'Efisiensi tertulis salah',
  PROGRAM_IKU_MISMATCH: 'Capaian indikator program salah',
  PAGU_CHANGED: 'Pagu berubah',
  SCALE_INVALID: 'Skala Pengaturan tidak dapat dipakai',
  PROGRAM_UNMAPPED: 'Program belum dipetakan ke sasaran',
  PK_SUPERSEDED: 'Perjanjian Kinerja digantikan',
  CAPAIAN_PRECISION: 'Pembulatan mengubah kriteria',
  REALISASI_ZERO_RATIO: 'Realisasi nol pada rumus T/R',
  TW_ASSUMED: 'Cara menjumlah triwulan dianggap',
  TW_INCOMPLETE: 'Triwulan IV belum diisi',
  FAKTOR_EMPTY: 'Uraian faktor belum diisi',
};

/** `Kesalahan`, `Peringatan`, `Informasi`. */
export const SEVERITY_TITLE: Record<Severity, string> = {
  error: 'Kesalahan',
  warning: 'Peringatan',
  info: 'Informasi',
};

export const FINDING_CODES = Object.keys(FINDING_SEVERITY) as FindingCode[];

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** PK sheet the finding belongs to; null for workbook-wide findings. */
  pk: string | null;
  sheet: string | null;
  /** A1 address within `sheet`; null when the finding is about a whole sheet. */
  cell: string | null;
  message: string;
}

/** A cell reference: sheet name and A1 address. */
export interface CellRef {
  sheet: string;
  cell: string;
}

export function refText(ref: CellRef | null): string | null {
  return ref ? `${ref.sheet}!${ref.cell}` : null;
}

export function finding(
  code: FindingCode,
  message: string,
  at: CellRef | { sheet: string | null; cell: string | null } | null,
  pk: string | null = null,
  severity: Severity = FINDING_SEVERITY[code],
): Finding {
  return { code, severity, pk, sheet: at?.sheet ?? null, cell: at?.cell ?? null, message };
}

/** Collects findings; one run reports everything it can. */
export class FindingList {
  readonly items: Finding[] = [];
  private readonly seen = new Set<string>();

  add(f: Finding): void {
    if (this.isNew(f)) this.items.push(f);
  }

  /**
   * Add findings at a position of the list, as if they had been added when it was that long: a
   * check made during a later pass whose findings come before that pass's own.
   */
  insertAt(index: number, fs: Finding[]): void {
    this.items.splice(index, 0, ...fs.filter((f) => this.isNew(f)));
  }

  /** Whether the finding is not in the list yet (and from now on it is). */
  private isNew(f: Finding): boolean {
    // A cell shared by two PKs (an untagged table) is reported once.
    const key = f.cell
      ? `${f.code}|${f.sheet}|${f.cell}|${f.message}`
      : `${f.code}|${f.pk}|${f.sheet}|${f.message}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }

  push(
    code: FindingCode,
    message: string,
    at: CellRef | { sheet: string | null; cell: string | null } | null,
    pk: string | null = null,
    severity?: Severity,
  ): void {
    this.add(finding(code, message, at, pk, severity));
  }

  addAll(fs: Iterable<Finding>): void {
    for (const f of fs) this.add(f);
  }
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function sortFindings(fs: Finding[]): Finding[] {
  return [...fs].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

export function hasErrors(fs: Finding[]): boolean {
  return fs.some((f) => f.severity === 'error');
}
