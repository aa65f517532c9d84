/**
 * The work of `capaian check | compute | report` on one workbook: open it with exceljs, analyse,
 * then print, write the computed copy or the Word draft. Loaded by `./main` only once the
 * arguments are known to name a file, so that help and argument errors never load exceljs or docx.
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
  styleLookup,
  readOnlyGrid,
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
import type { Args } from './args';
import type { CliIO } from './main';
import { summaryText } from './summary';

export async function openAnalysis(file: string) {
  const bytes = await readFileBytes(file);
  const wb = await loadWorkbook(bytes, path.basename(file));
  // Colours are read only for the cells Hitung may write (styleLookup), not for every cell.
  const read = toGrid(wb);
  const analysis = analyze(read.grid);
  return { wb, read, analysis };
}

export function exitFor(a: Analysis): number {
  if (a.noPk) return 2;
  return hasErrors(a.findings) ? 1 : 0;
}

type Opened = Awaited<ReturnType<typeof openAnalysis>>;

/** The work of one command on one workbook, the arguments already checked (`./args`). */
export async function runCommand(args: Args, io: CliIO): Promise<number> {
  const file = args.file!;
  try {
    const writes = args.cmd === 'compute';
    const opened = writes ? await openAnalysis(file) : null;
    const analysis = opened?.analysis ?? analyze((await readOnlyGrid(file)).grid);
    const name = path.basename(file);
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
    if (args.cmd === 'report') return await writeReport(name, analysis, args.out!, io);
    if (!opened) throw new Error(`perintah ${args.cmd} tidak menulis buku kerja`);
    if (args.hapusWarna) return await clearColours(opened, args.out!, io);
    return await compute(name, opened, args, io);
  } catch (e) {
    if (e instanceof XlsxOpenError) {
      io.err(e.message);
      return 2;
    }
    io.err(`Terjadi kesalahan tak terduga saat memproses ${file}: ${(e as Error).message}`);
    return 2;
  }
}

/** `capaian report`: the Word draft of Bab III and Bab IV. */
async function writeReport(name: string, analysis: Analysis, out: string, io: CliIO) {
  const report = buildReport(analysis.results, analysis.settings, analysis.findings);
  const bytes = await reportDocx(report);
  try {
    await writeFileAtomic(out, bytes);
  } catch (e) {
    io.err(`Tidak dapat menulis ${out}: ${(e as Error).message}`);
    return 2;
  }
  const tables = report.blocks.filter((b) => b.kind === 'table').length;
  io.out(summaryText(name, analysis));
  io.out(
    `\nDitulis: ${out} (draf Bab III dan Bab IV: ${report.pks.length} perjanjian kinerja, ${tables} tabel${report.placeholders.length ? `, ${report.placeholders.length} tanda [isi …] yang perlu dilengkapi` : ''}).`,
  );
  return exitFor(analysis);
}

/** `capaian compute --hapus-warna`: the Hapus Warna button. */
async function clearColours({ wb, read }: Opened, out: string, io: CliIO) {
  const plan = buildClearPlan(read.grid);
  if (!(await save(wb, plan, out, io))) return 2;
  io.out(`Ditulis: ${out} (warna asli dikembalikan pada ${plan.writes.length} sel).`);
  return 0;
}

/** `capaian compute [--laporan]`: the Hitung (and Buat Laporan) buttons on a copy. */
async function compute(name: string, { wb, read, analysis }: Opened, args: Args, io: CliIO) {
  const hitung = buildPlan(read.grid, analysis.results, analysis.findings, styleLookup(wb), {
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
