/**
 * Shared by the browser tests: Debian's chromium (the suites skip, saying why, without it), the
 * built dist/ served locally, the page's readiness, and a cell-by-cell comparison of two .xlsx
 * files in values, fills and font colours.
 */
import { existsSync } from 'fs';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { DIST, ensureDist } from '../../scripts/preview';
import { startStaticServer, type StaticServer } from '../../scripts/static-server';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

export const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function warnWithoutChromium(): void {
  if (!hasChromium)
    console.warn(
      `Uji peramban dilewati: ${CHROMIUM} tidak ada. Pasang dengan "apt-get install -y chromium" (bukan "npx playwright install").`,
    );
}

export async function launch(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
}

/** The built pages served locally and a chromium to open them, once a describe block starts. */
export interface Served {
  server: StaticServer;
  browser: Browser;
}

/**
 * For the describe block it is called in: before its tests, build dist/ when it is older than
 * the sources, serve it on a free port and launch chromium; after them, close both.
 */
export function servedDist(): Served {
  const served = {} as Served;
  beforeAll(async () => {
    ensureDist();
    served.server = await startStaticServer(DIST, 0);
    served.browser = await launch();
  }, 600000);
  afterAll(async () => {
    await served.browser?.close();
    await served.server?.close();
  });
  return served;
}

/** The pane has read the workbook: Validasi is enabled and the grid is drawn. */
export async function paneReady(page: Page, timeout = 60000): Promise<void> {
  await page.getByRole('button', { name: 'Validasi', exact: true }).waitFor({ timeout });
  await page.waitForFunction(
    () => {
      const b = [...document.querySelectorAll('button')].find((x) => x.textContent === 'Validasi');
      return (
        b !== undefined &&
        !b.disabled &&
        document.querySelector('[data-sheet-view]') !== null &&
        document.querySelector('[data-view-pending]') === null
      );
    },
    undefined,
    { timeout },
  );
}

/** The view's version (it changes each time the worker sends the rows on screen). */
export async function viewVersion(page: Page): Promise<number> {
  return Number(await page.locator('[data-view-version]').getAttribute('data-view-version'));
}

/** Wait until the grid shows the workbook as the worker has it after version `v`. */
export async function viewAfter(page: Page, v: number): Promise<void> {
  await page.waitForFunction((before) => {
    const grid = document.querySelector('[data-view-version]');
    return (
      !!grid &&
      Number(grid.getAttribute('data-view-version')) > before &&
      !grid.hasAttribute('data-view-pending')
    );
  }, v);
}

function fillOf(c: ExcelJS.Cell): string | null {
  const f = c.fill as ExcelJS.FillPattern | undefined;
  if (!f || f.type !== 'pattern' || f.pattern === 'none') return null;
  const fg = f.fgColor as { argb?: string; theme?: number; tint?: number } | undefined;
  return `${f.pattern}:${fg?.argb ?? (fg?.theme !== undefined ? `theme${fg.theme}/${fg.tint ?? 0}` : '')}`;
}

function fontColourOf(c: ExcelJS.Cell): string | null {
  const col = c.font?.color as { argb?: string; theme?: number } | undefined;
  if (!col) return null;
  return col.argb ?? (col.theme !== undefined ? `theme${col.theme}` : null);
}

export interface CellDiff {
  sheet: string;
  cell: string;
  what: 'value' | 'fill' | 'font';
  expected: unknown;
  actual: unknown;
}

/**
 * Every sheet (names, order, visibility) and every cell of both workbooks: values (as exceljs
 * reads them), fills and font colours. Returns the differences and the cells compared.
 */
export async function compareXlsx(
  expectedFile: string | Buffer,
  actualFile: string | Buffer,
): Promise<{ sheets: [string[], string[]]; cells: number; diffs: CellDiff[] }> {
  const open = async (f: string | Buffer) => {
    const wb = new ExcelJS.Workbook();
    if (typeof f === 'string') await wb.xlsx.readFile(f);
    else await wb.xlsx.load(f as unknown as ArrayBuffer);
    return wb;
  };
  const a = await open(expectedFile);
  const b = await open(actualFile);
  const names = (w: ExcelJS.Workbook) => w.worksheets.map((s) => `${s.name} (${s.state})`);
  const diffs: CellDiff[] = [];
  let cells = 0;
  for (const wa of a.worksheets) {
    const wb2 = b.getWorksheet(wa.name);
    if (!wb2) continue;
    const rows = Math.max(wa.rowCount, wb2.rowCount);
    const cols = Math.max(wa.columnCount, wb2.columnCount);
    for (let r = 1; r <= rows; r++)
      for (let c = 1; c <= cols; c++) {
        const x = wa.getCell(r, c);
        const y = wb2.getCell(r, c);
        cells++;
        const push = (what: CellDiff['what'], e: unknown, g: unknown) =>
          diffs.push({ sheet: wa.name, cell: x.address, what, expected: e, actual: g });
        if (JSON.stringify(x.value) !== JSON.stringify(y.value)) push('value', x.value, y.value);
        if (fillOf(x) !== fillOf(y)) push('fill', fillOf(x), fillOf(y));
        if (fontColourOf(x) !== fontColourOf(y)) push('font', fontColourOf(x), fontColourOf(y));
      }
  }
  return { sheets: [names(a), names(b)], cells, diffs };
}
