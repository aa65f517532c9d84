/**
 * What a ribbon button did, kept for the task pane: a function file has no UI of its own, so each
 * command stores a one-line summary under one `localStorage` key (same origin as the pane) and the
 * pane shows it — on opening, and at once when it is already open (the `storage` event).
 */
import type { Analysis } from '../workbook/analyze';
import type { Plan } from '../workbook/plan';

export const LAST_RESULT_KEY = 'capaian-kinerja:hasil-terakhir';

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
      ? `Buat Laporan: ${sheets.length} lembar laporan ditulis (${sheets.join(', ')}); ${findingsText(a)}.`
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

export function storeLastResult(r: LastResult): void {
  try {
    globalThis.localStorage?.setItem(LAST_RESULT_KEY, JSON.stringify(r));
  } catch {
    // Storage may be unavailable (private mode, blocked); the result is then only lost.
  }
}

export function readLastResult(): LastResult | null {
  try {
    const raw = globalThis.localStorage?.getItem(LAST_RESULT_KEY);
    if (!raw) return null;
    const r = JSON.parse(raw) as LastResult;
    return typeof r?.message === 'string' ? r : null;
  } catch {
    return null;
  }
}
