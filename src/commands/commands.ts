/**
 * The ribbon's function commands (manifest `ExecuteFunction`): Validasi, Hitung & Warnai, Buat
 * Laporan (the report sheets) and Hapus Warna. Each command checks that this Excel has ExcelApi
 * 1.7, runs the Excel host's action, stores a one-line result for the task pane (partitioned per
 * workbook, see last-result.ts), shows that result to the planner in a dialog, and always calls
 * `event.completed()` within a bounded time — also when the action fails, hangs, or the dialog
 * never answers.
 *
 * No shared runtime (docs/ARCHITECTURE.md, "Ribbon commands: no shared runtime"): the function
 * file runs in its own runtime, so `Office.addin.showAsTaskpane` — which needs the SharedRuntime
 * 1.1 requirement set and a `<Runtimes>` manifest element ("Show or hide the task pane of your
 * Office Add-in", learn.microsoft.com/office/dev/add-ins/develop/show-hide-add-in) — is not called.
 * The result is shown with the Dialog API instead, which a function file may use ("The host page
 * can be a task pane or the function file of a function command",
 * learn.microsoft.com/office/dev/add-ins/develop/dialog-best-practices).
 *
 * commands-guard.js (ES5) loads this file only where it can run; in Internet Explorer 11 and the
 * old Edge it answers the buttons itself.
 */
import { hapusWarna, hitung, validasi } from '../hosts/excel/actions';
import { buatLaporan } from './laporan';
import {
  COMMAND_LABELS,
  storeLastResult,
  summarize,
  type ActionOutcome,
  type CommandId,
} from './last-result';

type Runner = () => Promise<ActionOutcome>;

const RUNNERS: Record<CommandId, Runner> = {
  validasi: () => validasi(),
  hitung: () => hitung(),
  hapusWarna: () => hapusWarna(),
  buatLaporan: () => buatLaporan(),
};

/** How long a command may take: the action, then the dialog showing its result. */
export interface CommandBounds {
  /** The action (reading and writing the workbook). */
  actionMs: number;
  /** The result dialog: `event.completed()` follows when the planner closes it, or after this. */
  noticeMs: number;
}

export const COMMAND_BOUNDS: CommandBounds = { actionMs: 120_000, noticeMs: 60_000 };

/** The requirement set the commands (and the pane) need; the manifest asks only for 1.1. */
export const EXCEL_API = { name: 'ExcelApi', version: '1.7' } as const;

type Outcome = { ok: boolean; message: string };

function errorMessage(e: unknown): string {
  if (e instanceof Error && e.message) return e.message;
  return 'Terjadi kesalahan yang tidak dikenal.';
}

function excelApiSupported(): boolean {
  try {
    return Office.context.requirements.isSetSupported(EXCEL_API.name, EXCEL_API.version);
  } catch {
    return false;
  }
}

/** `work`'s value, or `late()` once `ms` have passed without it (the timer is always cleared). */
export function within<T>(work: Promise<T>, ms: number, late: () => T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(late()), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export function unsupportedMessage(command: CommandId): string {
  return (
    `${COMMAND_LABELS[command]} tidak dapat dijalankan: Excel ini tidak mendukung ` +
    `${EXCEL_API.name} ${EXCEL_API.version}, yang diperlukan Capaian Kinerja. Gunakan Excel ` +
    'untuk Microsoft 365, Office 2021 atau yang lebih baru, atau Excel di web; atau buka halaman ' +
    'Capaian Kinerja di peramban.'
  );
}

async function act(command: CommandId): Promise<Outcome> {
  try {
    const out = await RUNNERS[command]();
    return { ok: true, message: summarize(command, out) };
  } catch (e) {
    return { ok: false, message: `${COMMAND_LABELS[command]} gagal: ${errorMessage(e)}` };
  }
}

function tooLong(command: CommandId, ms: number): Outcome {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  return {
    ok: false,
    message:
      `${COMMAND_LABELS[command]} belum selesai setelah ${minutes} menit dan dihentikan ` +
      'penantiannya. Simpan buku kerja, lalu jalankan lagi dari panel Capaian Kinerja.',
  };
}

/**
 * Show `o` in a dialog (hasil.html beside this page). Resolves when the planner closes it, or at
 * once when the Dialog API is missing or the dialog cannot open; the caller bounds the wait.
 */
export function showResult(o: Outcome): Promise<void> {
  return new Promise<void>((resolve) => {
    try {
      const ui = Office.context.ui;
      if (!Office.context.requirements.isSetSupported('DialogApi', '1.1') || !ui) return resolve();
      const url = new URL('hasil.html', globalThis.location.href);
      url.searchParams.set('pesan', o.message);
      if (!o.ok) url.searchParams.set('gagal', '1');
      ui.displayDialogAsync(url.href, { height: 40, width: 40 }, (r) => {
        if (r.status !== Office.AsyncResultStatus.Succeeded) return resolve();
        const dialog = r.value;
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
          dialog.close();
          resolve();
        });
      });
    } catch {
      resolve();
    }
  });
}

/** Run one command for a ribbon event; exported for the tests. */
export async function runCommand(
  command: CommandId,
  event: { completed: () => void },
  bounds: CommandBounds = COMMAND_BOUNDS,
): Promise<void> {
  try {
    const at = new Date().toISOString();
    const o = excelApiSupported()
      ? await within(act(command), bounds.actionMs, () => tooLong(command, bounds.actionMs))
      : { ok: false, message: unsupportedMessage(command) };
    storeLastResult({ command, ok: o.ok, message: o.message, at });
    await within(showResult(o), bounds.noticeMs, () => undefined);
  } finally {
    event.completed();
  }
}

// One literal call per manifest FunctionName (scripts/check-manifest.ts reads them).
type Handler = (event: Office.AddinCommands.Event) => void;
const handler =
  (id: CommandId): Handler =>
  (event) =>
    void runCommand(id, event);

if (typeof Office !== 'undefined') {
  Office.onReady(() => {
    Office.actions.associate('validasi', handler('validasi'));
    Office.actions.associate('hitung', handler('hitung'));
    Office.actions.associate('buatLaporan', handler('buatLaporan'));
    Office.actions.associate('hapusWarna', handler('hapusWarna'));
  });
}
