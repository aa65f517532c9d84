/**
 * One workbook of a batch review (WORKBOOK.md "Several workbooks"): the same work as
 * `capaian check FILE` — readFileBytes, loadWorkbook, toGrid, analyze — reduced to what the
 * batch prints and writes: the single-file `--json` object, the summary figures of each
 * reported PK and the findings. The result is plain data, so a worker thread can post it.
 *
 * A batch worker thread runs this module: it and everything it imports use static imports only
 * (the tsx hook that loads it from the sources does not handle `import()`).
 */
import { promises as fs } from 'fs';
import { scaleFor } from '../engine/compute';
import { classify } from '../engine/scales';
import { hasErrors, type Finding } from '../engine/findings';
import type { PkResult } from '../engine/model';
import { unitOf } from '../engine/report/words';
import { XlsxOpenError, readOnlyGrid } from '../hosts/xlsx';
import { analyze, toJson, type Analysis } from '../workbook/analyze';
import { Sheet, type WorkbookGrid } from '../workbook/grid';

/** The summary figures of one reported PK: one row of the batch summary. */
export interface PkRow {
  sheet: string;
  tahun: number | null;
  periode: string | null;
  indikator: number;
  tercapai: number;
  tidakTercapai: number;
  tanpaCapaian: number;
  /** The PK's average capaian (Ringkasan), unrounded; null when no indicator has one. */
  capaian: number | null;
  predikat: string | null;
  /** The fill of that predicate on the workbook's scale (`#RRGGBB`). */
  warna: string | null;
  pagu: number | null;
  realisasiAnggaran: number | null;
  serapan: number | null;
}

/** What the batch keeps of one workbook. */
export interface FileResult {
  /** The path as named (a folder's file: the folder as named joined with its name). */
  file: string;
  /** As `capaian check FILE`: 0 no error finding, 1 error findings, 2 unusable. */
  exit: 0 | 1 | 2;
  /** Why the workbook could not be checked (unreadable, no PK); null when it was. */
  reason: string | null;
  /** The `capaian check --json` object when asked for; null when not, or unreadable. */
  json: unknown;
  unit: string | null;
  /** The reported PKs (`dilaporkan`), in sheet order; superseded ones are left out. */
  pks: PkRow[];
  findings: Finding[];
}

/** The rekap's summary sheet and the start of its title (./batch-rekap writes them). */
export const REKAP_SHEET = 'Rekap';
export const REKAP_TITLE = 'Rekap pemeriksaan capaian kinerja';

/**
 * A rekap that an earlier `--rekap` wrote into the folder under review: not a unit's workbook.
 * It is one row saying so, and it does not make the run fail.
 */
function isOurRekap(grid: WorkbookGrid): boolean {
  const rekap = grid.sheets.find((s) => s.name === REKAP_SHEET);
  const title = rekap ? new Sheet(rekap).text(0, 0) : '';
  return title.startsWith(REKAP_TITLE);
}

const finite = (x: number | null): number | null => (x !== null && Number.isFinite(x) ? x : null);

function pkRow(r: PkResult, a: Analysis): PkRow {
  const g = r.ringkasan;
  const capaian = finite(g.rataRataCapaian);
  return {
    sheet: r.pk.sheet,
    tahun: r.pk.tahun,
    periode: r.pk.periode,
    indikator: g.jumlahIndikator,
    tercapai: g.tercapai,
    tidakTercapai: g.tidakTercapai,
    tanpaCapaian: g.tanpaCapaian,
    capaian,
    predikat: g.predikat,
    warna: capaian === null ? null : classify(scaleFor(a.settings), capaian).fill,
    pagu: finite(g.pagu),
    realisasiAnggaran: finite(g.realisasiAnggaran),
    serapan: finite(g.serapan),
  };
}

/** The batch's view of an analysed workbook; `json`: with its `--json` object. */
export function resultOf(file: string, a: Analysis, json: boolean): FileResult {
  return {
    file,
    exit: a.noPk ? 2 : hasErrors(a.findings) ? 1 : 0,
    reason: a.noPk ? a.findings.map((f) => f.message).join(' ') : null,
    json: json ? toJson(file, a) : null,
    unit: unitOf(a.settings, a.results),
    pks: a.results.filter((r) => r.pk.dilaporkan).map((r) => pkRow(r, a)),
    findings: a.findings,
  };
}

/** A file that could not be read or checked: one row with its message. */
export function unreadable(file: string, reason: string): FileResult {
  return { file, exit: 2, reason, json: null, unit: null, pks: [], findings: [] };
}

/**
 * readFileBytes says "not found" for every read failure; a file that is there but cannot be
 * read (open in another program on Windows, no permission) deserves its own message.
 */
async function readFailure(file: string, e: XlsxOpenError): Promise<string> {
  if (e.reason !== 'not-found') return e.message;
  try {
    const st = await fs.stat(file);
    if (st.isFile())
      return `Berkas ${file} tidak dapat dibaca: mungkin sedang dibuka program lain atau Anda tidak berhak membacanya. Tutup berkas itu lalu coba lagi.`;
  } catch {
    // Not there: readFileBytes' message stands.
  }
  return e.message;
}

/**
 * Check one workbook; never throws — a failure is a result with its reason. `json`: keep its
 * `--json` object too (only `--json` prints it).
 */
export async function checkFile(file: string, json = false): Promise<FileResult> {
  try {
    const read = await readOnlyGrid(file);
    if (isOurRekap(read.grid))
      return {
        ...unreadable(
          file,
          `Berkas ini rekap dari capaian check --rekap, bukan buku kerja LKjIP; tidak diperiksa.`,
        ),
        exit: 0,
      };
    return resultOf(file, analyze(read.grid), json);
  } catch (e) {
    if (e instanceof XlsxOpenError) return unreadable(file, await readFailure(file, e));
    return unreadable(
      file,
      `Terjadi kesalahan tak terduga saat memeriksa ${file}: ${(e as Error).message}`,
    );
  }
}
