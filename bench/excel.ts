/**
 * The Excel host's cost in round trips: Hitung on the in-memory Excel for generated workbooks
 * of 10, 1 000 and 10 000 indicators — the number of `context.sync()` calls and the bytes of
 * the requests (the JSON of the queued operations, as Office sends them) — on desktop Excel, which
 * has no payload limit, and on Excel on the web, which refuses a request or an answer over 5 MB.
 * The sync count must not grow with the workbook: at most `HITUNG_SYNC_TARGET` (issue 15); on
 * the web the limit forces one more sync per 4 MB moved. Beside it, the syncs of Validasi and of
 * Buat Laporan on the same workbook on the web (Buat Laporan only up to `LAPORAN_MAX_INDICATORS`: laying out the report of
 * thousands of indicators takes minutes, and its writes grow with it, one sync per 4 MB).
 *
 *   npx tsx bench/excel.ts [10,1000,10000]
 *   npx tsx bench/excel.ts --large [200000]   (the in-memory Excel on one sheet of N rows)
 *
 * `benchExcelHost()` is what `npm run bench` prints. Workbooks are generated once into the
 * system's temp folder and reused while bench/gen-workbook.ts and the options are unchanged.
 */
import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { buatLaporan } from '../src/commands/laporan';
import { hitung, readWorkbookGrid, validasi } from '../src/hosts/excel';
import { InMemoryWorkbook, installExcel, WEB_PAYLOAD_LIMIT } from '../src/hosts/preview';
import { loadWorkbook, readFileBytes, toGrid, type XlsxRead } from '../src/hosts/xlsx';
import { generateWorkbook, type WorkbookGenOptions } from './gen-workbook';
import { now } from './timing';

export interface ExcelBenchRow {
  /** Indicators in the generated PK (three per sasaran, so 12 / 1 002 / 10 002). */
  indikator: number;
  /** `context.sync()` calls of one Hitung on desktop Excel (no payload limit). */
  syncs: number;
  /** The same on Excel on the web (requests and answers at most 5 MB), and how many were refused. */
  webSyncs: number;
  webRefused: number;
  /** Bytes of all requests of that Hitung. */
  requestBytes: number;
  /** The largest single request (must stay under 5 MB). */
  largestRequestBytes: number;
  /** Bytes of all responses (the workbook read back). */
  responseBytes: number;
  /** Cells the plan wrote or coloured. */
  writes: number;
  /** Wall time of the Hitung, engine included (ms). */
  ms: number;
  /** `context.sync()` calls of one Validasi on the same workbook. */
  validasiSyncs: number;
  /** `context.sync()` calls of one Buat Laporan; null above `LAPORAN_MAX_INDICATORS`. */
  laporanSyncs: number | null;
}

export const EXCEL_BENCH_SIZES = [10, 1000, 10_000];
/** Issue 15: syncs per Hitung, whatever the size. */
export const HITUNG_SYNC_TARGET = 4;
/** Largest workbook Buat Laporan is counted on (see above). */
export const LAPORAN_MAX_INDICATORS = 100;

export function genOptions(indicators: number): WorkbookGenOptions {
  return {
    sasaran: Math.max(1, Math.ceil(indicators / 3)),
    budgetRows: 12,
    kegiatanPerProgram: 2,
    subPerKegiatan: 2,
    seed: 2026,
  };
}

/** A generated workbook of about `indicators` indicators, read as the CLI reads it. */
export async function generatedWorkbook(indicators: number): Promise<XlsxRead> {
  const opts = genOptions(indicators);
  const src = await fs.readFile(path.join(__dirname, 'gen-workbook.ts'), 'utf8');
  const key = createHash('sha1')
    .update(src + JSON.stringify(opts))
    .digest('hex')
    .slice(0, 12);
  const file = path.join(os.tmpdir(), `capaian-excel-bench-${indicators}-${key}.xlsx`);
  try {
    await fs.stat(file);
  } catch {
    const tmp = `${file}.${process.pid}.tmp.xlsx`;
    await generateWorkbook(tmp, opts);
    await fs.rename(tmp, file);
  }
  const wb = await loadWorkbook(await readFileBytes(file), path.basename(file));
  return toGrid(wb, { styles: true });
}

/** Excel on the web: requests and answers of at most 5 MB. */
const WEB = { maxRequestBytes: WEB_PAYLOAD_LIMIT, maxResponseBytes: WEB_PAYLOAD_LIMIT };

/** Syncs of one action on a fresh in-memory Excel on the web holding `read`. */
async function syncsOf(read: XlsxRead, action: () => Promise<unknown>): Promise<number> {
  const mem = InMemoryWorkbook.fromGrid(read.grid, read.styles, WEB);
  const restore = installExcel(globalThis, mem);
  try {
    await action();
    return mem.syncs;
  } finally {
    restore();
  }
}

/** Syncs of a Hitung on Excel on the web, and the syncs Excel refused among them. */
async function webHitung(read: XlsxRead): Promise<{ syncs: number; refused: number }> {
  const mem = InMemoryWorkbook.fromGrid(read.grid, read.styles, WEB);
  const restore = installExcel(globalThis, mem);
  try {
    await hitung();
    return { syncs: mem.syncs, refused: mem.syncLog.filter((s) => s.error).length };
  } finally {
    restore();
  }
}

export async function benchExcelHost(
  sizes: number[] = EXCEL_BENCH_SIZES,
): Promise<{ rows: ExcelBenchRow[] }> {
  const rows: ExcelBenchRow[] = [];
  for (const n of sizes) {
    const read = await generatedWorkbook(n);
    const validasiSyncs = await syncsOf(read, () => validasi());
    const laporanSyncs =
      n <= LAPORAN_MAX_INDICATORS ? await syncsOf(read, () => buatLaporan()) : null;
    const web = await webHitung(read);
    // Desktop Excel: no payload limit; the bytes measured all the same.
    const mem = InMemoryWorkbook.fromGrid(read.grid, read.styles, { measureBytes: true });
    const restore = installExcel(globalThis, mem);
    try {
      const t0 = now();
      const out = await hitung();
      const ms = now() - t0;
      const indikator = out.analysis.results
        .filter((r) => r.pk.dilaporkan)
        .reduce((s, r) => s + r.indikator.length, 0);
      rows.push({
        indikator,
        syncs: mem.syncs,
        webSyncs: web.syncs,
        webRefused: web.refused,
        requestBytes: mem.requestBytes,
        largestRequestBytes: Math.max(...mem.syncLog.map((s) => s.requestBytes)),
        responseBytes: mem.syncLog.reduce((s, x) => s + x.responseBytes, 0),
        writes: out.plan?.writes.length ?? 0,
        ms,
        validasiSyncs,
        laporanSyncs,
      });
    } finally {
      restore();
    }
  }
  return { rows };
}

/**
 * CPU time of the in-memory Excel on one sheet of `rows` rows × 5 columns: building it from a
 * grid, reading it back through the Excel host (3 syncs, no byte measuring) and exporting it.
 * Past row 65 536 a key `row × 16384 + col` left V8's small-integer range (issue 15).
 */
export async function benchLargeSheet(rows: number) {
  const grid = {
    sheets: [
      {
        name: 'Besar',
        rows: Array.from({ length: rows }, (_, r) =>
          [`Baris ${r}`, r, r * 2, r % 7, 'x'].map((v) => ({ v })),
        ),
        merges: [],
        hidden: false,
      },
    ],
  };
  const cpu = (f: () => unknown) => {
    const c = process.cpuUsage();
    return Promise.resolve(f()).then(() => {
      const d = process.cpuUsage(c);
      return Math.round((d.user + d.system) / 1000);
    });
  };
  let mem: InMemoryWorkbook | null = null;
  const buildMs = await cpu(() => (mem = InMemoryWorkbook.fromGrid(grid)));
  const restore = installExcel(globalThis, mem!);
  try {
    const readMs = await cpu(() => Excel.run((ctx) => readWorkbookGrid(ctx)));
    const exportMs = await cpu(() => mem!.export());
    return { rows, buildMs, readMs, exportMs, syncs: mem!.syncs };
  } finally {
    restore();
  }
}

function kb(n: number): string {
  return `${(n / 1024).toFixed(1)} KB`;
}

if (require.main === module && process.argv[2] === '--large') {
  const rows = Number(process.argv[3] ?? 200_000);
  (async () => {
    for (let i = 0; i < 3; i++) {
      const r = await benchLargeSheet(rows);
      console.log(
        `Excel dalam memori, ${r.rows} baris: bangun ${r.buildMs} ms, baca ${r.readMs} ms (${r.syncs} sync), ekspor ${r.exportMs} ms (CPU)`,
      );
    }
  })();
} else if (require.main === module) {
  const sizes = process.argv[2] ? process.argv[2].split(',').map(Number) : EXCEL_BENCH_SIZES;
  benchExcelHost(sizes).then(({ rows }) => {
    console.log('Hitung di Excel (dalam memori; desktop, lalu web dengan batas 5 MB):');
    for (const r of rows)
      console.log(
        `  ${String(r.indikator).padStart(6)} indikator: ${r.syncs} sync, di web ${r.webSyncs} (${r.webRefused} ditolak) (Validasi ${r.validasiSyncs}, Buat Laporan ${r.laporanSyncs ?? '—'}), permintaan ${kb(r.requestBytes)} (terbesar ${kb(r.largestRequestBytes)}), jawaban ${kb(r.responseBytes)}, ${r.writes} sel, ${Math.round(r.ms)} ms`,
      );
  });
}
