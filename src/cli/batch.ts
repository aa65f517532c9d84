/**
 * `capaian check FILE… DIR…`: the review of several workbooks (WORKBOOK.md "Several workbooks").
 */
import type { Args } from './args';
import type { CliIO } from './main';

export async function runBatch(args: Args, io: CliIO): Promise<number> {
  io.err(`Pemeriksaan beberapa buku kerja sekaligus belum tersedia (${args.files.join(' ')}).`);
  return 2;
}
