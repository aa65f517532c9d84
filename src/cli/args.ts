/**
 * The command line's words: usage, argument parsing and the checks that need no file. This
 * module loads nothing heavy, so `capaian --help` and a mistyped option answer at once; the
 * work itself (exceljs, docx) is loaded only by `./commands` when there is a file to open.
 */
import path from 'path';

export const USAGE = `Pemakaian:
  capaian check BERKAS.xlsx [--json]
  capaian check BERKAS.xlsx… FOLDER… [--json] [--rekap REKAP.xlsx]
  capaian compute BERKAS.xlsx -o HASIL.xlsx [--laporan] [--perbaiki SEL…|--perbaiki-semua|--batalkan]
  capaian compute BERKAS.xlsx -o HASIL.xlsx --hapus-warna
  capaian report BERKAS.xlsx -o LAPORAN.docx

check    memeriksa dan menghitung, lalu mencetak ringkasan (atau JSON dengan --json).
         Dengan beberapa berkas atau folder: satu baris ringkasan per buku kerja dan
         jumlahnya; --rekap menulis rekap itu dan semua temuan ke REKAP.xlsx
compute  seperti tombol Hitung: mengisi sel hasil yang kosong dan mewarnai predikat
         ke salinan HASIL.xlsx; berkas asli tidak diubah. Dengan --laporan juga
         menambahkan lembar laporan (LKjIP …) seperti tombol Buat Laporan.
         --hapus-warna seperti tombol Hapus Warna: menghapus warna yang pernah
         ditulis alat ini dan mengembalikan warna asli sel
report   menulis draf Bab III dan Bab IV (tabel dan narasi) sebagai dokumen Word LAPORAN.docx`;

export interface Args {
  cmd: string | null;
  /** Every file or folder named, in order. */
  files: string[];
  /** The first of `files` (the single-workbook commands), or null. */
  file: string | null;
  out: string | null;
  rekap: string | null;
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
    files: [],
    file: null,
    out: null,
    rekap: null,
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
    else if (x === '--rekap') a.rekap = argv[++i] ?? '';
    else if (x === '--perbaiki-semua') a.perbaikiSemua = true;
    else if (x === '--laporan') a.laporan = true;
    else if (x === '--batalkan') a.batalkan = true;
    else if (x === '--hapus-warna') a.hapusWarna = true;
    else if (x === '--perbaiki') {
      while (i + 1 < argv.length && !argv[i + 1].startsWith('-')) a.perbaiki.push(argv[++i]);
    } else if (x.startsWith('-')) a.unknown.push(x);
    else if (!a.cmd) a.cmd = x;
    else a.files.push(x);
  }
  a.file = a.files[0] ?? null;
  return a;
}

/** Whether `check` runs as a review of several workbooks (WORKBOOK.md "Several workbooks"). */
export function isBatch(a: Args, isDirectory: (p: string) => boolean): boolean {
  return a.cmd === 'check' && (a.files.length > 1 || a.rekap !== null || a.files.some(isDirectory));
}

/** What is wrong with the arguments before any file is opened, in Indonesian; null when fine. */
export function argumentError(a: Args): string | null {
  if (a.unknown.length) return `Pilihan tidak dikenal: ${a.unknown.join(' ')}\n\n${USAGE}`;
  if (a.cmd !== 'check' && a.cmd !== 'compute' && a.cmd !== 'report')
    return `Perintah "${a.cmd}" tidak dikenal.\n\n${USAGE}`;
  if (!a.file) return `Sebutkan berkas .xlsx yang akan diperiksa.\n\n${USAGE}`;
  if (a.cmd !== 'check' && a.files.length > 1)
    return `Perintah ${a.cmd} memproses satu berkas; beberapa berkas hanya untuk check (diberikan: ${a.files.join(' ')}).\n\n${USAGE}`;
  if (a.rekap !== null && a.cmd !== 'check')
    return `Pilihan --rekap hanya untuk perintah check.\n\n${USAGE}`;
  if (a.rekap !== null && !/\.xlsx$/i.test(a.rekap))
    return `Berkas rekap harus berakhiran .xlsx (diberikan: ${a.rekap || 'tidak ada'}).`;
  if (a.cmd === 'compute' && !a.out)
    return 'Sebutkan berkas hasil dengan -o HASIL.xlsx (berkas asli tidak pernah diubah).';
  if (a.cmd === 'report' && !a.out) return 'Sebutkan berkas laporan dengan -o LAPORAN.docx.';
  if (a.cmd === 'report' && !/\.docx$/i.test(a.out!))
    return `Berkas laporan harus berakhiran .docx (diberikan: ${a.out}).`;
  if (a.laporan && a.cmd !== 'compute')
    return `Pilihan --laporan hanya untuk perintah compute.\n\n${USAGE}`;
  if (a.hapusWarna && a.cmd !== 'compute')
    return `Pilihan --hapus-warna hanya untuk perintah compute.\n\n${USAGE}`;
  if (a.hapusWarna && (a.laporan || a.batalkan || a.perbaikiSemua || a.perbaiki.length))
    return '--hapus-warna tidak dapat digabung dengan --laporan, --perbaiki atau --batalkan.';
  if (a.out && path.resolve(a.out) === path.resolve(a.file))
    return 'Berkas hasil harus berbeda dari berkas asli: berkas asli tidak pernah diubah.';
  if (a.rekap && a.files.some((f) => path.resolve(f) === path.resolve(a.rekap!)))
    return 'Berkas rekap harus berbeda dari buku kerja yang diperiksa.';
  return null;
}
