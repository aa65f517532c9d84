/**
 * Office errors as messages a planner can act on. Every operation of the Excel host turns what
 * Office throws (`OfficeExtension.Error` with a `code`) into an `ExcelHostError` with an
 * Indonesian message; the pane and the ribbon show `message` as it is.
 */

export type ExcelHostErrorReason =
  | 'protected'
  | 'structure-protected'
  | 'missing-sheet'
  | 'connection'
  | 'payload'
  | 'unsupported'
  | 'edit-mode'
  | 'name-taken'
  | 'no-answer'
  | 'too-large'
  | 'unknown';

export class ExcelHostError extends Error {
  override name = 'ExcelHostError';
  readonly reason: ExcelHostErrorReason;
  /** Office's error code, when the error came from Office. */
  readonly code: string | null;
  /** The sheet concerned, when known. */
  readonly sheet: string | null;
  readonly cause: unknown;

  constructor(
    message: string,
    reason: ExcelHostErrorReason,
    opts: { code?: string | null; sheet?: string | null; cause?: unknown } = {},
  ) {
    super(message);
    this.reason = reason;
    this.code = opts.code ?? null;
    this.sheet = opts.sheet ?? null;
    this.cause = opts.cause;
  }
}

const CHANGE_WORDS = {
  add: 'ditambahkan',
  replace: 'diganti',
  delete: 'dihapus',
  hide: 'disembunyikan',
} as const;

/** `lembar "A", "B" dan 3 lainnya` — at most three names. */
function sheetList(names: string[], record: boolean): string {
  const shown = names.slice(0, 3).map((n) => `"${n}"`);
  const rest = names.length - shown.length;
  const list =
    rest > 0
      ? `${shown.join(', ')} dan ${rest} lainnya`
      : shown.length > 1
        ? `${shown.slice(0, -1).join(', ')} dan ${shown[shown.length - 1]}`
        : shown[0];
  return `${record ? 'lembar catatan' : 'lembar'} ${list}`;
}

/** What a refused plan would have done to the sheets: `lembar "X" tidak dapat ditambahkan; …`. */
function describeChanges(
  changes: { sheet: string; change: keyof typeof CHANGE_WORDS; record?: boolean }[],
): string {
  const groups = new Map<string, { names: string[]; record: boolean; change: string }>();
  for (const c of changes) {
    const k = `${c.record ? 1 : 0}${c.change}`;
    const g = groups.get(k) ?? { names: [], record: !!c.record, change: CHANGE_WORDS[c.change] };
    if (!g.names.includes(c.sheet)) g.names.push(c.sheet);
    groups.set(k, g);
  }
  return [...groups.values()]
    .sort((a, b) => Number(a.record) - Number(b.record))
    .map((g) => `${sheetList(g.names, g.record)} tidak dapat ${g.change}`)
    .join('; ');
}

export const MESSAGES = {
  structureProtected: (
    changes: { sheet: string; change: keyof typeof CHANGE_WORDS; record?: boolean }[],
  ) =>
    `Struktur buku kerja dilindungi (Tinjau › Lindungi Buku Kerja; di Excel berbahasa Inggris Review › Protect Workbook); ${describeChanges(changes)}. Buka proteksi struktur (klik Lindungi Buku Kerja lagi), lalu jalankan lagi. Belum ada yang diubah.`,
  protected: (sheet: string | null) =>
    sheet
      ? `Lembar "${sheet}" diproteksi, jadi hasil tidak dapat ditulis ke sana. Buka proteksinya (Tinjau › Buka Proteksi Lembar), lalu jalankan lagi. Belum ada yang diubah.`
      : 'Buku kerja atau salah satu lembarnya diproteksi, jadi hasil tidak dapat ditulis. Buka proteksinya (Tinjau › Buka Proteksi Lembar / Lindungi Buku Kerja), lalu jalankan lagi.',
  missingSheet: (sheet: string | null) =>
    sheet
      ? `Lembar "${sheet}" tidak ditemukan — mungkin diganti namanya atau dihapus setelah buku kerja dibaca. Jalankan lagi agar buku kerja dibaca ulang.`
      : 'Sebuah lembar tidak ditemukan — mungkin diganti namanya atau dihapus selagi Capaian Kinerja bekerja. Jalankan lagi agar buku kerja dibaca ulang.',
  connection:
    'Sambungan ke Excel terputus sebelum pekerjaan selesai. Nilai yang Anda ketik tidak diubah; jalankan lagi untuk menyelesaikannya.',
  payload:
    'Data yang harus dikirim ke Excel terlalu besar untuk satu permintaan, bahkan setelah dipecah (batas Excel di web 5 MB). Coba di Excel desktop, atau perkecil lembar yang sangat besar.',
  unsupported: (what: string) =>
    `Versi Excel ini belum mendukung ${what}. Perbarui Office, atau gunakan halaman pratinjau di peramban atau perintah capaian.`,
  editMode:
    'Excel sedang menyunting sebuah sel. Tekan Enter atau Esc untuk keluar dari mode sunting, lalu coba lagi.',
  nameTaken: (detail: string) =>
    `Nama lembar atau tabel sudah dipakai di buku kerja ini (${detail}). Ganti nama yang bentrok, lalu jalankan lagi.`,
  hidden: (sheet: string) =>
    `Lembar "${sheet}" tersembunyi. Tampilkan dulu (klik kanan tab lembar › Tampilkan), lalu coba lagi.`,
  noAnswer: (ms: number) =>
    `Excel tidak menjawab dalam ${Math.max(1, Math.round(ms / 1000))} detik (Excel di web kadang berhenti menjawab sebuah permintaan). Coba lagi: menjalankan perintah ini sekali lagi aman. Bila tetap tidak menjawab, muat ulang halaman Excel lalu buka panel lagi.`,
  tooLarge: (sheet: string, address: string, cells: number) =>
    `Lembar "${sheet}" terlalu besar untuk dibaca: rentang terpakainya ${address} (${cells.toLocaleString('id-ID')} sel). Biasanya ada isian yang tersasar jauh dari tabel — hapus isi sel di luar tabel (cari dengan Ctrl+End), lalu jalankan lagi.`,
  unknown: (code: string, message: string) =>
    `Excel menolak perintah (${code}): ${message}. Coba lagi; bila terus terjadi, simpan buku kerja lalu buka ulang panel.`,
};

const CONNECTION_CODES = new Set([
  'RequestAborted',
  'InactiveWorkbook',
  'ConnectionFailure',
  'ServiceUnavailable',
  'Timeout',
  'RequestTimeout',
]);

export function isPayloadError(e: unknown): boolean {
  const code = errorCode(e);
  return (
    code === 'RequestPayloadSizeLimitExceeded' ||
    code === 'ResponsePayloadSizeLimitExceeded' ||
    /payload size/i.test(errorMessage(e))
  );
}

export function isResponsePayloadError(e: unknown): boolean {
  return (
    errorCode(e) === 'ResponsePayloadSizeLimitExceeded' ||
    /response payload size/i.test(errorMessage(e))
  );
}

export function isRequestPayloadError(e: unknown): boolean {
  return isPayloadError(e) && !isResponsePayloadError(e);
}

export function errorCode(e: unknown): string | null {
  if (e && typeof e === 'object' && 'code' in e) {
    const c = (e as { code: unknown }).code;
    if (typeof c === 'string') return c;
  }
  return null;
}

function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (e && typeof e === 'object' && 'message' in e)
    return String((e as { message: unknown }).message);
  return String(e);
}

/** Turn anything thrown while talking to Excel into an `ExcelHostError`. */
export function toHostError(e: unknown, hint: { sheet?: string | null } = {}): ExcelHostError {
  if (e instanceof ExcelHostError) return e;
  const code = errorCode(e);
  const msg = errorMessage(e);
  const sheet = hint.sheet ?? null;
  const opts = { code, sheet, cause: e };
  if (code === 'AccessDenied')
    return new ExcelHostError(MESSAGES.protected(sheet), 'protected', opts);
  if (code === 'ItemNotFound' || code === 'InvalidReference')
    return new ExcelHostError(MESSAGES.missingSheet(sheet), 'missing-sheet', opts);
  if (isPayloadError(e)) return new ExcelHostError(MESSAGES.payload, 'payload', opts);
  if (code === 'ApiNotFound' || code === 'NotImplemented')
    return new ExcelHostError(
      MESSAGES.unsupported('perintah yang diperlukan'),
      'unsupported',
      opts,
    );
  if (code === 'InvalidOperationInCellEditMode')
    return new ExcelHostError(MESSAGES.editMode, 'edit-mode', opts);
  if (code === 'ItemAlreadyExists')
    return new ExcelHostError(MESSAGES.nameTaken(msg), 'name-taken', opts);
  if (
    (code && CONNECTION_CODES.has(code)) ||
    /network|failed to fetch|connection|disconnected|timed? ?out/i.test(msg)
  )
    return new ExcelHostError(MESSAGES.connection, 'connection', opts);
  return new ExcelHostError(MESSAGES.unknown(code ?? 'tanpa kode', msg), 'unknown', opts);
}
