/**
 * Whether the pane can hand the planner a file, and what it offers where it cannot.
 *
 * Excel for Mac and for iPad run the pane in WKWebView, which ignores an `<a download>` click: no
 * file, no error (office-js #2700, closed "by design"; #3385; #4681). The attribute exists there
 * all the same (`'download' in HTMLAnchorElement.prototype` is true in WebKit), so the platform
 * Office reports is what tells: `Office.context.platform` (`Office.PlatformType`: PC,
 * OfficeOnline, Mac, iOS, Android). Where a download cannot work the pane says so and offers what
 * does: the report sheets Buat Laporan writes into the workbook, and the browser page, which makes
 * the .docx — opened with `Office.context.ui.openBrowserWindow` (OpenBrowserWindowApi 1.1: Excel
 * on Windows, Mac and iPad, "for example, downloading a PDF file"; learn.microsoft.com/javascript/
 * api/requirement-sets/common/open-browser-window-api-requirement-sets). A blob: URL cannot be
 * opened that way (office-js #3848), so it opens the page, not the file.
 */
import type { Analysis } from '../workbook/analyze';

/** The button that downloads the report, with the same name on the pane, the page and in help. */
export const DOCX_BUTTON = 'Unduh Laporan (.docx)';

/**
 * The report's file name (Bab III and Bab IV): `Laporan LKjIP <instansi> <tahun>.docx`, the same
 * from the pane inside Excel and from the browser page.
 */
export function docxFileName(analysis: Analysis): string {
  const s = analysis.settings;
  const tahun = s.tahun ?? analysis.results.find((r) => r.pk.dilaporkan)?.pk.tahun ?? '';
  return `Laporan LKjIP${s.instansi ? ` ${s.instansi}` : ''}${tahun ? ` ${tahun}` : ''}.docx`
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ');
}

/** Platforms whose webview drops downloads. */
export const NO_DOWNLOAD = new Map([
  ['Mac', 'Excel untuk Mac'],
  ['iOS', 'Excel untuk iPad'],
  ['Android', 'Excel untuk Android'],
]);

/** The browser page, served beside taskpane.html (webpack.config.js, configuration `page`). */
const PAGE = 'preview.html';

export interface DownloadSupport {
  /** A download started here reaches the planner. */
  canDownload: boolean;
  /** `Office.PlatformType` as a string, when Office tells. */
  platform: string | null;
  /** `Office.context.ui.openBrowserWindow` can open the browser page. */
  canOpenBrowser: boolean;
}

/** What became of Unduh Laporan (.docx). */
export type DocxResult =
  | { kind: 'downloaded'; name: string }
  | { kind: 'unavailable'; platform: string | null; canOpenBrowser: boolean; pageUrl: string };

interface OfficeLike {
  context?: {
    platform?: unknown;
    diagnostics?: { platform?: unknown };
    requirements?: { isSetSupported(name: string, version?: string): boolean };
    ui?: { openBrowserWindow?: (url: string) => void };
  };
}

function office(): OfficeLike | undefined {
  return (globalThis as { Office?: OfficeLike }).Office;
}

function platformOf(o: OfficeLike | undefined): string | null {
  const p = o?.context?.platform ?? o?.context?.diagnostics?.platform;
  return p === undefined || p === null ? null : String(p);
}

function openBrowserSupported(o: OfficeLike | undefined): boolean {
  try {
    return (
      typeof o?.context?.ui?.openBrowserWindow === 'function' &&
      !!o.context.requirements?.isSetSupported('OpenBrowserWindowApi', '1.1')
    );
  } catch {
    return false;
  }
}

export function downloadSupport(): DownloadSupport {
  const o = office();
  const platform = platformOf(o);
  const anchor =
    typeof HTMLAnchorElement !== 'undefined' && 'download' in HTMLAnchorElement.prototype;
  return {
    canDownload: anchor && !(platform !== null && NO_DOWNLOAD.has(platform)),
    platform,
    canOpenBrowser: openBrowserSupported(o),
  };
}

/** The browser page's address, next to the pane's own. */
export function browserPageUrl(): string {
  const here = (globalThis as { location?: { href?: string } }).location?.href;
  return here ? new URL(PAGE, here).href : PAGE;
}

/** Open the browser page in the planner's browser (only where `canOpenBrowser`). */
export function openBrowserPage(): void {
  office()?.context?.ui?.openBrowserWindow?.(browserPageUrl());
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Hand bytes to the browser as a download (where `downloadSupport()` says one is possible). */
export function saveBytes(bytes: ArrayBuffer | Uint8Array, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}
