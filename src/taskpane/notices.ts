/**
 * The pane's message after an action: one short sentence, and where there is a list (the sheets
 * Buat Laporan wrote, the sheets Hitung changed, the cells an undo left alone) the list behind a
 * "Lihat daftar" button instead of in the sentence.
 */
import {
  COMMAND_LABELS,
  findingsText,
  summarize,
  type ActionOutcome,
  type CommandId,
} from '../commands/last-result';
import type { Plan } from '../workbook/plan';

export interface PaneNotice {
  intent: 'success' | 'info' | 'warning';
  /** One short sentence. */
  text: string;
  /** Shown only when the planner asks ("Lihat daftar"). */
  details?: string[];
  /** Offer to open the browser page (where the pane cannot download the .docx). */
  openBrowser?: boolean;
}

/** `Realisasi: 12 sel` for each sheet the plan writes to, in the plan's order. */
export function cellsBySheet(plan: Plan | undefined): string[] {
  const counts = new Map<string, number>();
  for (const w of plan?.writes ?? []) counts.set(w.sheet, (counts.get(w.sheet) ?? 0) + 1);
  return [...counts].map(([sheet, n]) => `${sheet}: ${n.toLocaleString('id-ID')} sel`);
}

/** The notice after Validasi, Hitung & Warnai, Buat Laporan or Hapus Warna. */
export function actionNotice(command: CommandId, out: ActionOutcome): PaneNotice {
  const a = out.analysis;
  const intent = a.findings.some((f) => f.severity === 'error') ? 'warning' : 'success';
  if (a.noPk) return { intent, text: summarize(command, out) };
  if (command === 'buatLaporan') {
    const sheets = out.plan?.sheets?.map((x) => x.name) ?? [];
    if (!sheets.length) return { intent: 'warning', text: summarize(command, out) };
    return {
      intent: 'success',
      text: `Laporan dibuat: ${sheets.length} lembar (${findingsText(a)}).`,
      details: sheets,
    };
  }
  if (command === 'hitung') {
    const cells = out.plan?.writes.length ?? 0;
    if (!cells)
      return {
        intent,
        text: `${COMMAND_LABELS.hitung}: tidak ada yang berubah (${findingsText(a)}).`,
      };
    return {
      intent,
      text: `${COMMAND_LABELS.hitung}: ${cells.toLocaleString('id-ID')} sel ditulis atau diwarnai (${findingsText(a)}).`,
      details: cellsBySheet(out.plan),
    };
  }
  return { intent, text: summarize(command, out) };
}
