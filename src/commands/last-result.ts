/**
 * What a ribbon button did, kept for the task pane: each command stores a one-line summary in
 * `localStorage` (same origin as the pane) and the pane shows it — on opening, and at once when it
 * is already open (the `storage` event). The key is partitioned per workbook (`lastResultKey`),
 * so one workbook's ribbon result never shows in another workbook's pane.
 */
import type { Analysis } from '../workbook/analyze';
import type { Plan } from '../workbook/plan';

const LAST_RESULT_BASE_KEY = 'capaian-kinerja:hasil-terakhir';

/** What the key is made of: `Office.context` where office.js runs (see `officeContext`). */
export interface StorageContext {
  partitionKey?: string | null;
  document?: { url?: string | null } | null;
}

/** `Office.context`, or nothing outside Office (tests, the CLI). */
export function officeContext(): StorageContext | undefined {
  try {
    return typeof Office === 'undefined' ? undefined : (Office.context as StorageContext);
  } catch {
    return undefined;
  }
}

/**
 * The `localStorage` key of this workbook's last ribbon result. `Office.context.partitionKey`
 * first, as Microsoft advises for anything kept in localStorage ("Persist add-in state and
 * settings", learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings).
 * That page also says the key is undefined where the webview does not partition storage (the
 * Windows desktop): there every workbook shares one storage, so the workbook's own address
 * (`Office.context.document.url`, the same in its pane and its function file) partitions it.
 */
export function lastResultKey(ctx: StorageContext | undefined = officeContext()): string {
  const partition = ctx?.partitionKey || '';
  const url = partition ? '' : (ctx?.document?.url ?? '');
  return `${partition}${LAST_RESULT_BASE_KEY}${url ? `:${url}` : ''}`;
}

export type CommandId = 'validasi' | 'hitung' | 'buatLaporan' | 'hapusWarna';

export const COMMAND_LABELS: Record<CommandId, string> = {
  validasi: 'Validasi',
  hitung: 'Hitung & Warnai',
  buatLaporan: 'Buat Laporan',
  hapusWarna: 'Hapus Warna',
};

export interface LastResult {
  command: CommandId;
  ok: boolean;
  /** Indonesian one-line summary. */
  message: string;
  /** ISO time. */
  at: string;
}

export interface ActionOutcome {
  analysis: Analysis;
  plan?: Plan;
  syncs?: number;
}

/** Counts of findings by severity. */
export function severityCounts(a: Analysis): { error: number; warning: number; info: number } {
  const n = { error: 0, warning: 0, info: 0 };
  for (const f of a.findings) n[f.severity]++;
  return n;
}

/** `11 kesalahan, 7 peringatan, 2 info` (or `tanpa temuan`). */
export function findingsText(a: Analysis): string {
  const n = severityCounts(a);
  const parts: string[] = [];
  if (n.error) parts.push(`${n.error} kesalahan`);
  if (n.warning) parts.push(`${n.warning} peringatan`);
  if (n.info) parts.push(`${n.info} info`);
  return parts.length ? parts.join(', ') : 'tanpa temuan';
}

/** The summary line of one command's outcome. */
export function summarize(command: CommandId, out: ActionOutcome): string {
  const a = out.analysis;
  if (a.noPk)
    return `${COMMAND_LABELS[command]}: lembar PK tidak ditemukan. Buka panel untuk petunjuk.`;
  const measured = a.results.filter((r) => r.pk.dilaporkan);
  const indikator = measured.reduce((s, r) => s + r.indikator.length, 0);
  const base = `${measured.length} PK, ${indikator} indikator; ${findingsText(a)}`;
  if (command === 'hitung') {
    const cells = out.plan?.writes.length ?? 0;
    return cells
      ? `Hitung & Warnai: ${cells} sel ditulis atau diwarnai (${base}).`
      : `Hitung & Warnai: tidak ada yang berubah (${base}).`;
  }
  if (command === 'buatLaporan') {
    const sheets = out.plan?.sheets?.map((x) => x.name) ?? [];
    return sheets.length
      ? `Buat Laporan: ${sheets.length} lembar laporan ditulis; ${findingsText(a)}.`
      : `Buat Laporan: tidak ada PK yang dapat dilaporkan (${base}).`;
  }
  if (command === 'hapusWarna') {
    const cells = out.plan?.writes.length ?? 0;
    return cells
      ? `Hapus Warna: warna asli ${cells} sel dipulihkan.`
      : 'Hapus Warna: tidak ada warna dari Capaian Kinerja yang perlu dihapus.';
  }
  return `Validasi: ${base}.`;
}

export function storeLastResult(r: LastResult, ctx = officeContext()): void {
  try {
    globalThis.localStorage?.setItem(lastResultKey(ctx), JSON.stringify(r));
  } catch {
    // Storage may be unavailable (private mode, blocked); the result is then only lost.
  }
}

export function readLastResult(ctx = officeContext()): LastResult | null {
  try {
    const raw = globalThis.localStorage?.getItem(lastResultKey(ctx));
    if (!raw) return null;
    const r = JSON.parse(raw) as LastResult;
    return typeof r?.message === 'string' ? r : null;
  } catch {
    return null;
  }
}
