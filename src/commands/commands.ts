/**
 * The ribbon's function commands (manifest `ExecuteFunction`): Validasi, Hitung & Warnai, Buat
 * Laporan (the report sheets) and Hapus Warna. A function file has no UI: each command runs the Excel host's action,
 * stores a one-line result for the task pane, opens the pane where the shared runtime allows it,
 * and always signals `event.completed()` — even when the action fails.
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

function errorMessage(e: unknown): string {
  if (e instanceof Error && e.message) return e.message;
  return 'Terjadi kesalahan yang tidak dikenal.';
}

async function showPane(): Promise<void> {
  try {
    if (Office.context.requirements.isSetSupported('SharedRuntime', '1.1'))
      await Office.addin.showAsTaskpane();
  } catch {
    // Without a shared runtime the pane cannot be opened from here; the result waits for it.
  }
}

/** Run one command for a ribbon event; exported for the tests. */
export async function runCommand(
  command: CommandId,
  event: { completed: () => void },
): Promise<void> {
  const at = new Date().toISOString();
  try {
    const out = await RUNNERS[command]();
    const message = summarize(command, out);
    storeLastResult({ command, ok: true, message, at });
  } catch (e) {
    storeLastResult({
      command,
      ok: false,
      message: `${COMMAND_LABELS[command]} gagal: ${errorMessage(e)}`,
      at,
    });
  } finally {
    try {
      await showPane();
    } finally {
      event.completed();
    }
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
