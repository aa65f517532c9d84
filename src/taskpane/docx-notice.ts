/**
 * The pane's message after Unduh Laporan (.docx) (see ./download.ts for where a download works).
 * Apart from ./download.ts because it names the report sheets (src/workbook/sheets.ts), which the
 * pane's first screen does not load.
 */
import { GENERATED_PREFIX } from '../workbook/sheets';
import { DOCX_BUTTON, NO_DOWNLOAD, type DocxResult } from './download';

export interface DocxNotice {
  intent: 'success' | 'info';
  text: string;
  /** Offer a button that opens the browser page. */
  openBrowser: boolean;
}

/**
 * The pane's message after Unduh Laporan (.docx): "diunduh" only for a download started where downloads
 * work; elsewhere what the planner can do instead (`hasReportSheets`: Buat Laporan already wrote
 * its sheets into this workbook).
 */
export function docxNotice(result: DocxResult, hasReportSheets: boolean): DocxNotice {
  if (result.kind === 'downloaded')
    return { intent: 'success', text: `Laporan diunduh: ${result.name}.`, openBrowser: false };
  const host = (result.platform !== null && NO_DOWNLOAD.get(result.platform)) || 'Excel ini';
  const sheets = hasReportSheets
    ? `Lembar laporan (${GENERATED_PREFIX}…) hasil Buat Laporan sudah ada di buku kerja ini: cetak atau salin dari sana.`
    : `Tekan Buat Laporan: tabel dan narasi laporan ditulis sebagai lembar "${GENERATED_PREFIX}…" di buku kerja ini, untuk dicetak atau disalin.`;
  const page = result.canOpenBrowser
    ? `Untuk berkas Word: simpan buku kerja ini, tekan Buka halaman di peramban, buka berkasnya di sana, lalu tekan ${DOCX_BUTTON}.`
    : `Untuk berkas Word: simpan buku kerja ini, buka ${result.pageUrl} di peramban, buka berkasnya di sana, lalu tekan ${DOCX_BUTTON}.`;
  return {
    intent: 'info',
    text: `${host} tidak dapat menyimpan berkas dari panel add-in, jadi laporan (.docx) tidak dibuat di sini. ${sheets} ${page}`,
    openBrowser: result.canOpenBrowser,
  };
}
