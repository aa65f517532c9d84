/**
 * The `capaian` command (WORKBOOK.md "The command line"):
 *   capaian check FILE.xlsx [--json]
 *   capaian compute FILE.xlsx -o OUT.xlsx [--laporan] [--perbaiki CELL…|--perbaiki-semua|--batalkan]
 *   capaian compute FILE.xlsx -o OUT.xlsx --hapus-warna
 *   capaian report FILE.xlsx -o OUT.docx
 * Exit 0: no error-level finding; 1: error findings; 2: the file cannot be used.
 */
import path from 'path';
import type ExcelJS from 'exceljs';
import { hasErrors } from '../engine/findings';
import {
  XlsxOpenError,
  applyPlan,
  loadWorkbook,
  readFileBytes,
  saveWorkbook,
  toGrid,
  writeFileAtomic,
} from '../hosts/xlsx';
import { analyze, toJson, type Analysis } from '../workbook/analyze';
import { buildClearPlan, buildPlan, MAX_CELL_CHARS, type Plan } from '../workbook/plan';
import { formatId } from '../engine/decimal';
import { buildReportPlan, withReport } from '../workbook/report-sheets';
import { temuanPlan } from '../workbook/temuan';
import { buildReport } from '../engine/report';
import { reportDocx } from '../report/docx';
import { summaryText } from './summary';

export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
}

const USAGE = `Pemakaian:
  capaian check BERKAS.xlsx [--json]
  capaian compute BERKAS.xlsx -o HASIL.xlsx [--laporan] [--perbaiki SEL…|--perbaiki-semua|--batalkan]
  capaian compute BERKAS.xlsx -o HASIL.xlsx --hapus-warna
  capaian report BERKAS.xlsx -o LAPORAN.docx

check    memeriksa dan menghitung, lalu mencetak ringkasan (atau JSON dengan --json)
compute  seperti tombol Hitung: mengisi sel hasil yang kosong dan mewarnai predikat
         ke salinan HASIL.xlsx; berkas asli tidak diubah. Dengan --laporan juga
         menambahkan lembar laporan (LKjIP …) seperti tombol Buat Laporan.
         --hapus-warna seperti tombol Hapus Warna: menghapus warna yang pernah
         ditulis alat ini dan mengembalikan warna asli sel
report   menulis draf Bab III dan Bab IV (tabel dan narasi) sebagai dokumen Word LAPORAN.docx`;

interface Args {
  cmd: string | null;
  file: string | null;
  out: string | null;
  json: boolean;
  laporan: boolean;
  perbaiki: string[];
  perbaikiSemua: boolean;
  batalkan: boolean;
  hapusWarna: boolean;
  help: boolean;
  unknown: string[];
}

export function parseArgs(argv: string[]): Args {
  const a: Args = {
    cmd: null,
    file: null,
    out: null,
    json: false,
    laporan: false,
    perbaiki: [],
    perbaikiSemua: false,
    batalkan: false,
    hapusWarna: false,
    help: false,
    unknown: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    if (x === '--json') a.json = true;
    else if (x === '-h' || x === '--help') a.help = true;
    else if (x === '-o' || x === '--out') a.out = argv[++i] ?? null;
    else if (x === '--perbaiki-semua') a.perbaikiSemua = true;
    else if (x === '--laporan') a.laporan = true;
    else if (x === '--batalkan') a.batalkan = true;
    else if (x === '--hapus-warna') a.hapusWarna = true;
    else if (x === '--perbaiki') {
      while (i + 1 < argv.length && !argv[i + 1].startsWith('-')) a.perbaiki.push(argv[++i]);
    } else if (x.startsWith('-')) a.unknown.push(x);
    else if (!a.cmd) a.cmd = x;
    else if (!a.file) a.file = x;
    else a.unknown.push(x);
  }
  return a;
}

async function openAnalysis(file: string, styles: boolean) {
  const bytes = await readFileBytes(file);
  const wb = await loadWorkbook(bytes, path.basename(file));
  const read = toGrid(wb, { styles });
  const analysis = analyze(read.grid);
  return { wb, read, analysis };
}

function exitFor(a: Analysis): number {
  if (a.noPk) return 2;
  return hasErrors(a.findings) ? 1 : 0;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv);
  if (args.help || !args.cmd) {
    io.out(USAGE);
    return args.help ? 0 : 2;
  }
  if (args.unknown.length) {
    io.err(`Pilihan tidak dikenal: ${args.unknown.join(' ')}\n\n${USAGE}`);
    return 2;
  }
  if (args.cmd !== 'check' && args.cmd !== 'compute' && args.cmd !== 'report') {
    io.err(`Perintah "${args.cmd}" tidak dikenal.\n\n${USAGE}`);
    return 2;
  }
  if (!args.file) {
    io.err(`Sebutkan berkas .xlsx yang akan diperiksa.\n\n${USAGE}`);
    return 2;
  }
  if (args.cmd === 'compute' && !args.out) {
    io.err('Sebutkan berkas hasil dengan -o HASIL.xlsx (berkas asli tidak pernah diubah).');
    return 2;
  }
  if (args.cmd === 'report' && !args.out) {
    io.err('Sebutkan berkas laporan dengan -o LAPORAN.docx.');
    return 2;
  }
  if (args.cmd === 'report' && !/\.docx$/i.test(args.out!)) {
    io.err(`Berkas laporan harus berakhiran .docx (diberikan: ${args.out}).`);
    return 2;
  }
  if (args.laporan && args.cmd !== 'compute') {
    io.err(`Pilihan --laporan hanya untuk perintah compute.\n\n${USAGE}`);
    return 2;
  }
  if (args.hapusWarna && args.cmd !== 'compute') {
    io.err(`Pilihan --hapus-warna hanya untuk perintah compute.\n\n${USAGE}`);
    return 2;
  }
  if (
    args.hapusWarna &&
    (args.laporan || args.batalkan || args.perbaikiSemua || args.perbaiki.length)
  ) {
    io.err('--hapus-warna tidak dapat digabung dengan --laporan, --perbaiki atau --batalkan.');
    return 2;
  }
  if (args.out && path.resolve(args.out) === path.resolve(args.file)) {
    io.err('Berkas hasil harus berbeda dari berkas asli: berkas asli tidak pernah diubah.');
    return 2;
  }
  try {
    const { wb, read, analysis } = await openAnalysis(args.file, args.cmd === 'compute');
    const name = path.basename(args.file);
    if (analysis.noPk) {
      const msg = analysis.findings.map((f) => f.message).join('\n');
      if (args.json) io.out(JSON.stringify(toJson(name, analysis), null, 2));
      else io.err(`${name}: ${msg}`);
      return 2;
    }
    if (args.cmd === 'check') {
      io.out(
        args.json ? JSON.stringify(toJson(name, analysis), null, 2) : summaryText(name, analysis),
      );
      return exitFor(analysis);
    }
    if (args.cmd === 'report') {
      const report = buildReport(analysis.results, analysis.settings, analysis.findings);
      const bytes = await reportDocx(report);
      try {
        await writeFileAtomic(args.out!, bytes);
      } catch (e) {
        io.err(`Tidak dapat menulis ${args.out}: ${(e as Error).message}`);
        return 2;
      }
      const tables = report.blocks.filter((b) => b.kind === 'table').length;
      io.out(summaryText(name, analysis));
      io.out(
        `\nDitulis: ${args.out} (draf Bab III dan Bab IV: ${report.pks.length} perjanjian kinerja, ${tables} tabel${report.placeholders.length ? `, ${report.placeholders.length} tanda [isi …] yang perlu dilengkapi` : ''}).`,
      );
      return exitFor(analysis);
    }
    if (args.hapusWarna) {
      const plan = buildClearPlan(read.grid);
      if (!(await save(wb, plan, args.out!, io))) return 2;
      io.out(`Ditulis: ${args.out} (warna asli dikembalikan pada ${plan.writes.length} sel).`);
      return 0;
    }
    const hitung = buildPlan(read.grid, analysis.results, analysis.findings, read.styles, {
      perbaiki: args.perbaiki,
      perbaikiSemua: args.perbaikiSemua,
      batalkan: args.batalkan,
    });
    // A finding on a cell this run corrects is settled: the Temuan sheet leaves it out.
    const settled = new Set(hitung.corrected);
    const open = {
      ...analysis,
      findings: analysis.findings.filter((f) => !settled.has(`${f.sheet}!${f.cell}`)),
    };
    const laporan = args.laporan ? buildReportPlan(read.grid, open) : null;
    const temuan = laporan ?? temuanPlan(read.grid, open.findings);
    const plan = withReport(hitung, temuan);
    if (!(await save(wb, plan, args.out!, io))) return 2;
    io.out(summaryText(name, analysis));
    io.out(
      `\nDitulis: ${args.out} (${plan.writes.length} sel diisi/diwarnai${plan.corrected.length ? `, ${plan.corrected.length} diperbaiki` : ''}).`,
    );
    if (plan.cut?.length) {
      io.out(
        `Teks pada ${plan.cut.join(', ')} lebih panjang dari ${formatId(MAX_CELL_CHARS, 0)} karakter (batas satu sel Excel) dan dipotong dengan "…"; teks lengkapnya ada di sel asal pada lembar Anda.`,
      );
    }
    if (plan.kept?.length) {
      io.out(
        `Tidak dibatalkan karena sudah diubah setelah perbaikan: ${plan.kept.join(', ')} (nilai yang diketik dibiarkan).`,
      );
    }
    if (laporan) {
      io.out(
        `Lembar laporan: ${laporan.sheets.map((s) => s.name).join(', ')}${laporan.removeSheets.length ? ` (dihapus: ${laporan.removeSheets.join(', ')})` : ''}.`,
      );
    } else if (temuan.sheets?.length) {
      io.out(`Daftar temuan dengan tautan ke setiap sel: lembar ${temuan.sheets[0].name}.`);
    }
    return exitFor(analysis);
  } catch (e) {
    if (e instanceof XlsxOpenError) {
      io.err(e.message);
      return 2;
    }
    io.err(`Terjadi kesalahan tak terduga saat memproses ${args.file}: ${(e as Error).message}`);
    return 2;
  }
}

/** Apply the plan to the loaded copy and write it beside the destination, then into place. */
async function save(wb: ExcelJS.Workbook, plan: Plan, out: string, io: CliIO): Promise<boolean> {
  applyPlan(wb, plan);
  try {
    await saveWorkbook(wb, out);
    return true;
  } catch (e) {
    io.err(`Tidak dapat menulis ${out}: ${(e as Error).message}`);
    return false;
  }
}

/** Entry point for `bin/capaian.js` and `tsx src/cli/main.ts`. */
export function main(argv: string[] = process.argv.slice(2)): void {
  run(argv, {
    out: (s) => process.stdout.write(s + '\n'),
    err: (s) => process.stderr.write(s + '\n'),
  }).then((code) => {
    process.exitCode = code;
  });
}

if (require.main === module) main();
