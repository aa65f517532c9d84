/**
 * The `capaian` command as the CLI tests run it: in-process through `run()`, with its output
 * collected, and a written workbook opened back with exceljs.
 */
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

export async function cli(args: string[]): Promise<CliResult> {
  let out = '';
  let err = '';
  const code = await run(args, { out: (s) => (out += s + '\n'), err: (s) => (err += s + '\n') });
  return { code, out, err };
}

export async function openXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}
