/**
 * The browser page (dist/preview.html) in Debian's chromium:
 *
 *   1. picking the Ambulu 2024 sample → the pane has read it (Validasi on open) → Hitung &
 *      Warnai → the grid shows the computed colours;
 *   2. the same from picking a generated workbook of 20 000 budget rows through the file input
 *      (bench/gen-workbook.ts) — the page's main thread meanwhile: its longest task and its total
 *      blocking time (the part of each task over 50 ms), from the browser's Long Tasks API;
 *   3. the pane's initial JavaScript inside Excel (dist/taskpane.html), gzipped, with this page's
 *      code (dist/, the full build) and without it (`webpack --config-name addin` alone, into a
 *      temporary folder): the pane must not grow.
 *
 *   npx tsx bench/browser-page.ts [--runs N] [--no-size]
 *
 * `benchBrowserPage()` returns the figures and `browserPageReport()` prints them, for
 * bench/run.ts. Without /usr/bin/chromium parts 1–2 are skipped (with a note).
 */
import { execFileSync } from 'child_process';
import { existsSync, promises as fs, readFileSync } from 'fs';
import os from 'os';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { DIST, ensureDist } from '../scripts/preview';
import { startStaticServer } from '../scripts/static-server';
import { generateWorkbook, type WorkbookGenOptions } from './gen-workbook';
import { paneInitialJsGzip } from './pane-size';
import { median, now } from './timing';

const root = path.join(__dirname, '..');
export const CHROMIUM = '/usr/bin/chromium';
export const PAGE_BUDGET_ROWS = 20_000;
/** The shape of bench/run.ts's `capaian check` workbook. */
const SHAPE: WorkbookGenOptions = {
  budgetRows: PAGE_BUDGET_ROWS,
  sasaran: 8,
  kegiatanPerProgram: 20,
  subPerKegiatan: 24,
};

export interface PageRun {
  /** Pick → the pane has read the workbook (its Validasi on open is done). */
  openMs: number;
  /** Pick → Hitung & Warnai done and the grid redrawn with its colours. */
  computedMs: number;
  /** Main thread during the run: the longest task, and the total blocking time. */
  longestTaskMs: number;
  blockingMs: number;
}

export interface PageFigures {
  openMs: number;
  computedMs: number;
  longestTaskMs: number;
  blockingMs: number;
  runs: PageRun[];
}

export interface BrowserPageResult {
  chromium: boolean;
  sample: (PageFigures & { file: string }) | null;
  generated: (PageFigures & { file: string; bytes: number; budgetRows: number }) | null;
  pane: {
    withPage: { files: string[]; gzip: number };
    withoutPage: { files: string[]; gzip: number };
    /** taskpane.html's scripts are byte-for-byte the same in both builds. */
    identical: boolean;
  } | null;
}

export interface BrowserPageOptions {
  runs?: number;
  /** A workbook to pick instead of the generated one. */
  workbook?: string;
  /** Also build the add-in without the page to compare the pane's size (about a minute). */
  paneSize?: boolean;
}

const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

async function generated(): Promise<string> {
  const file = path.join(__dirname, 'out', `page-${PAGE_BUDGET_ROWS}.xlsx`);
  const meta = file.replace(/\.xlsx$/, '.json');
  const key =
    JSON.stringify(SHAPE) +
    (await fs.readFile(path.join(__dirname, 'gen-workbook.ts'), 'utf8')).length;
  try {
    if (existsSync(file) && JSON.parse(readFileSync(meta, 'utf8')).key === key) return file;
  } catch {
    // Not written yet: write it.
  }
  await fs.mkdir(path.dirname(file), { recursive: true });
  await generateWorkbook(file, SHAPE);
  await fs.writeFile(meta, JSON.stringify({ key }) + '\n');
  return file;
}

/** Start recording the main thread's long tasks (before the page's own scripts run). */
async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __long: { start: number; duration: number }[] };
    w.__long = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          w.__long.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // No Long Tasks API: the figures stay 0.
    }
  });
}

async function longTasksSince(
  page: Page,
  since: number,
): Promise<{ longest: number; blocking: number }> {
  return page.evaluate((t0) => {
    const tasks = (window as unknown as { __long: { start: number; duration: number }[] }).__long;
    const mine = tasks.filter((x) => x.start + x.duration >= t0);
    return {
      longest: Math.max(0, ...mine.map((x) => x.duration)),
      blocking: mine.reduce((s, x) => s + Math.max(0, x.duration - 50), 0),
    };
  }, since);
}

async function paneReady(page: Page, timeout: number): Promise<void> {
  await page.waitForFunction(
    () => {
      const b = [...document.querySelectorAll('button')].find((x) => x.textContent === 'Validasi');
      return (
        !!b &&
        !(b as HTMLButtonElement).disabled &&
        document.querySelector('[role="tabpanel"]') !== null &&
        document.querySelector('[data-view-pending]') === null
      );
    },
    undefined,
    { timeout },
  );
}

async function viewVersion(page: Page): Promise<number> {
  return Number(await page.locator('[data-view-version]').getAttribute('data-view-version'));
}

/** One run: open the page, pick, wait for the pane, Hitung, wait for the coloured grid. */
async function runOnce(
  browser: Browser,
  url: string,
  pick: (page: Page) => Promise<void>,
  timeout: number,
): Promise<PageRun> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await watchLongTasks(page);
    await page.goto(`${url}/preview.html`);
    await page.getByRole('button', { name: 'Pilih berkas .xlsx' }).waitFor();
    const t0page = await page.evaluate(() => performance.now());
    const t0 = now();
    await pick(page);
    await paneReady(page, timeout);
    const openMs = now() - t0;
    const version = await viewVersion(page);
    await page.getByRole('button', { name: 'Hitung & Warnai' }).click();
    await page
      .locator('[data-notice]')
      .filter({ hasText: 'Hitung & Warnai:' })
      .waitFor({ timeout });
    // After the pane's job the grid asks the worker for the changed rows and redraws them.
    await page.waitForFunction(
      (v) => {
        const grid = document.querySelector('[data-view-version]');
        return (
          !!grid &&
          Number(grid.getAttribute('data-view-version')) > v &&
          !grid.hasAttribute('data-view-pending')
        );
      },
      version,
      { timeout },
    );
    const computedMs = now() - t0;
    const lt = await longTasksSince(page, t0page);
    return { openMs, computedMs, longestTaskMs: lt.longest, blockingMs: lt.blocking };
  } finally {
    await page.close();
  }
}

function figures(runs: PageRun[]): PageFigures {
  return {
    openMs: median(runs.map((r) => r.openMs)),
    computedMs: median(runs.map((r) => r.computedMs)),
    longestTaskMs: median(runs.map((r) => r.longestTaskMs)),
    blockingMs: median(runs.map((r) => r.blockingMs)),
    runs,
  };
}

async function paneSizes(): Promise<BrowserPageResult['pane']> {
  const withPage = await paneInitialJsGzip(DIST);
  const alone = await fs.mkdtemp(path.join(os.tmpdir(), 'capaian-addin-'));
  try {
    execFileSync(
      process.execPath,
      [
        path.join(root, 'node_modules', 'webpack', 'bin', 'webpack.js'),
        '--mode',
        'production',
        '--config-name',
        'addin',
        '--output-path',
        alone,
      ],
      { cwd: root, stdio: 'ignore' },
    );
    const withoutPage = await paneInitialJsGzip(alone);
    const identical =
      withPage.length === withoutPage.length &&
      withPage.every(
        (x, i) =>
          x.file === withoutPage[i].file &&
          readFileSync(path.join(DIST, x.file)).equals(readFileSync(path.join(alone, x.file))),
      );
    const sum = (xs: { gzip: number }[]) => xs.reduce((s, x) => s + x.gzip, 0);
    return {
      withPage: { files: withPage.map((x) => x.file), gzip: sum(withPage) },
      withoutPage: { files: withoutPage.map((x) => x.file), gzip: sum(withoutPage) },
      identical,
    };
  } finally {
    await fs.rm(alone, { recursive: true, force: true });
  }
}

export async function benchBrowserPage(opts: BrowserPageOptions = {}): Promise<BrowserPageResult> {
  const runs = opts.runs ?? 3;
  ensureDist();
  const result: BrowserPageResult = {
    chromium: existsSync(CHROMIUM),
    sample: null,
    generated: null,
    pane: null,
  };
  if (result.chromium) {
    const file = opts.workbook ?? (await generated());
    const server = await startStaticServer(DIST, 0);
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    try {
      // Warm-up (the browser's own start, the first compile of the page's scripts).
      await runOnce(
        browser,
        server.url,
        (p) => p.getByRole('button', { name: 'Kecamatan Ambulu 2024' }).click(),
        60000,
      );
      const sample: PageRun[] = [];
      const big: PageRun[] = [];
      for (let i = 0; i < runs; i++) {
        sample.push(
          await runOnce(
            browser,
            server.url,
            (p) => p.getByRole('button', { name: 'Kecamatan Ambulu 2024' }).click(),
            60000,
          ),
        );
        big.push(
          await runOnce(
            browser,
            server.url,
            (p) => p.setInputFiles('input[data-file-input]', file),
            300000,
          ),
        );
      }
      result.sample = { file: 'assets/ambulu-2024.xlsx (contoh)', ...figures(sample) };
      result.generated = {
        file: path.relative(root, file),
        bytes: (await fs.stat(file)).size,
        budgetRows: opts.workbook ? NaN : PAGE_BUDGET_ROWS,
        ...figures(big),
      };
    } finally {
      await browser.close();
      await server.close();
    }
  }
  if (opts.paneSize !== false) result.pane = await paneSizes();
  return result;
}

const ms = (x: number): string => `${Math.round(x).toLocaleString('en')} ms`;
const kb = (x: number): string => `${(x / 1024).toFixed(1)} KB`;

/** The lines bench/run.ts prints. */
export function browserPageReport(r: BrowserPageResult): string {
  const lines: string[] = [];
  if (!r.chromium) lines.push(`  (no ${CHROMIUM}: the page was not timed)`);
  const row = (label: string, f: PageFigures) => {
    lines.push(
      `  ${label}: open ${ms(f.openMs)}, computed grid ${ms(f.computedMs)} (runs: ${f.runs.map((x) => ms(x.computedMs)).join(', ')})`,
      `    main thread meanwhile: longest task ${ms(f.longestTaskMs)}, total blocking time ${ms(f.blockingMs)}`,
    );
  };
  if (r.sample) row(`pick sample ${r.sample.file}`, r.sample);
  if (r.generated)
    row(
      `pick ${r.generated.file} (${Number.isNaN(r.generated.budgetRows) ? '' : `${r.generated.budgetRows.toLocaleString('en')} budget rows, `}${(r.generated.bytes / 1048576).toFixed(1)} MB)`,
      r.generated,
    );
  if (r.pane)
    lines.push(
      `  pane's initial JS inside Excel, gzip: with this page ${kb(r.pane.withPage.gzip)} (${r.pane.withPage.files.join(', ')}), without ${kb(r.pane.withoutPage.gzip)} — ${r.pane.identical ? 'byte-for-byte the same' : `DIFFERENT (${r.pane.withPage.gzip - r.pane.withoutPage.gzip} bytes)`}`,
    );
  return lines.join('\n');
}

if (require.main === module) {
  const i = process.argv.indexOf('--runs');
  const runs = i >= 0 ? Number(process.argv[i + 1]) : 3;
  benchBrowserPage({ runs, paneSize: !process.argv.includes('--no-size') })
    .then((r) => {
      console.log('Browser page (preview.html):');
      console.log(browserPageReport(r));
    })
    .catch((e) => {
      console.error(e);
      process.exitCode = 1;
    });
}
