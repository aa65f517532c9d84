/**
 * The browser page (dist/preview.html) in Debian's chromium:
 *
 *   1. picking the Ambulu 2024 sample → the pane has read it (Validasi on open) → Hitung &
 *      Warnai → the grid shows the computed colours;
 *   2. the same from picking a generated workbook of 20 000 budget rows (1 MB), and one of about
 *      10 MB, through the file input (bench/gen-workbook.ts) — the page's main thread meanwhile:
 *      its longest task and its total blocking time (the part of each task over 50 ms), from the
 *      browser's Long Tasks API — against the floor (issue 15: at most 1,5×): exceljs' load of
 *      the same file in the page's own worker (dist/preview/worker.js, a fresh one as each pick
 *      starts: from handing it the bytes to the loaded workbook, the exceljs chunk's fetch
 *      included), measured in the same page just before the pick;
 *   3. the pane's initial JavaScript inside Excel (dist/taskpane.html), gzipped, with this page's
 *      code (dist/, the full build) and without it (`webpack --config-name addin` alone, into a
 *      temporary folder): the pane must not grow.
 *
 *   npx tsx bench/browser-page.ts [--runs N] [--no-size] [--no-big]
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
/** Budget rows of the "10 MB workbook" (about 10 MB as generated). */
export const PAGE_BIG_ROWS = 200_000;
/** Pick → computed grid at most this many times the floor (issue 15). */
export const PAGE_TARGET_RATIO = 1.5;
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
  /** The floor in the same page: exceljs' load of the same file in a fresh page worker. */
  floor?: FloorRun;
}

export interface FloorRun {
  /** Bytes handed to the worker → workbook loaded (chunk fetch included), from the page. */
  ms: number;
  /** Inside the worker: the exceljs chunk, then the load alone. */
  chunkMs: number;
  loadMs: number;
}

export interface PageFigures {
  openMs: number;
  computedMs: number;
  longestTaskMs: number;
  blockingMs: number;
  runs: PageRun[];
  /** Median floor and the median of each run's computedMs / floor (null without a floor). */
  floorMs: number | null;
  ratio: number | null;
}

type Generated = PageFigures & { file: string; bytes: number; budgetRows: number };

export interface BrowserPageResult {
  chromium: boolean;
  sample: (PageFigures & { file: string }) | null;
  generated: Generated | null;
  /** The "10 MB workbook" (null when not asked for: `big: false`). */
  big: Generated | null;
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
  /** Also time the 10 MB workbook (default true). */
  big?: boolean;
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

async function generated(budgetRows = PAGE_BUDGET_ROWS): Promise<string> {
  const shape = { ...SHAPE, budgetRows };
  const file = path.join(__dirname, 'out', `page-${budgetRows}.xlsx`);
  const meta = file.replace(/\.xlsx$/, '.json');
  const key =
    JSON.stringify(shape) +
    (await fs.readFile(path.join(__dirname, 'gen-workbook.ts'), 'utf8')).length;
  try {
    if (existsSync(file) && JSON.parse(readFileSync(meta, 'utf8')).key === key) return file;
  } catch {
    // Not written yet: write it.
  }
  await fs.mkdir(path.dirname(file), { recursive: true });
  await generateWorkbook(file, shape);
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

const FLOOR_PATH = '/bench-floor.xlsx';

/**
 * The floor, in `page`: a fresh worker of the page (preview/worker.js) is handed the file's bytes
 * and loads them with exceljs (its `measure-load` request), as a pick does before anything else.
 */
async function floorOnce(page: Page, url: string, file: string): Promise<FloorRun> {
  const body = await fs.readFile(file);
  await page.route(`${url}${FLOOR_PATH}`, (route) => route.fulfill({ body }));
  return page.evaluate(async (src) => {
    const bytes = await (await fetch(src)).arrayBuffer();
    const worker = new Worker(new URL('preview/worker.js', document.baseURI).href);
    const t0 = performance.now();
    try {
      const r = await new Promise<{ chunkMs: number; loadMs: number }>((resolve, reject) => {
        worker.onmessage = (
          e: MessageEvent<{ kind: string; result?: unknown; message?: string }>,
        ) => {
          if (e.data.kind === 'done') resolve(e.data.result as { chunkMs: number; loadMs: number });
          else if (e.data.kind === 'error') reject(new Error(e.data.message));
        };
        worker.postMessage({ id: 1, req: { kind: 'measure-load', name: 'floor.xlsx', bytes } }, [
          bytes,
        ]);
      });
      return { ms: performance.now() - t0, ...r };
    } finally {
      worker.terminate();
    }
  }, `${url}${FLOOR_PATH}`);
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
  floorOf?: string,
): Promise<PageRun> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await watchLongTasks(page);
    await page.goto(`${url}/preview.html`);
    await page.getByRole('button', { name: 'Pilih berkas .xlsx' }).waitFor();
    const floor = floorOf ? await floorOnce(page, url, floorOf) : undefined;
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
    return { openMs, computedMs, longestTaskMs: lt.longest, blockingMs: lt.blocking, floor };
  } finally {
    await page.close();
  }
}

function figures(runs: PageRun[]): PageFigures {
  const floors = runs.flatMap((r) => (r.floor ? [r.floor.ms] : []));
  const ratios = runs.flatMap((r) => (r.floor ? [r.computedMs / r.floor.ms] : []));
  return {
    openMs: median(runs.map((r) => r.openMs)),
    computedMs: median(runs.map((r) => r.computedMs)),
    longestTaskMs: median(runs.map((r) => r.longestTaskMs)),
    blockingMs: median(runs.map((r) => r.blockingMs)),
    runs,
    floorMs: floors.length ? median(floors) : null,
    ratio: ratios.length ? median(ratios) : null,
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

/** `runs` picks of `file` through the file input, each with its floor measured just before. */
async function timeFile(
  browser: Browser,
  url: string,
  file: string,
  runs: number,
  budgetRows: number,
): Promise<Generated> {
  const out: PageRun[] = [];
  for (let i = 0; i < runs; i++)
    out.push(
      await runOnce(
        browser,
        url,
        (p) => p.setInputFiles('input[data-file-input]', file),
        600000,
        file,
      ),
    );
  return {
    file: path.relative(root, file),
    bytes: (await fs.stat(file)).size,
    budgetRows,
    ...figures(out),
  };
}

export async function benchBrowserPage(opts: BrowserPageOptions = {}): Promise<BrowserPageResult> {
  const runs = opts.runs ?? 3;
  ensureDist();
  const result: BrowserPageResult = {
    chromium: existsSync(CHROMIUM),
    sample: null,
    generated: null,
    big: null,
    pane: null,
  };
  if (result.chromium) {
    const file = opts.workbook ?? (await generated());
    const bigFile = opts.big === false || opts.workbook ? null : await generated(PAGE_BIG_ROWS);
    const server = await startStaticServer(DIST, 0);
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    const sampleClick = (p: Page) =>
      p.getByRole('button', { name: 'Kecamatan Ambulu 2024' }).click();
    try {
      // Warm-up (the browser's own start, the first compile of the page's scripts).
      await runOnce(browser, server.url, sampleClick, 60000);
      const sample: PageRun[] = [];
      for (let i = 0; i < runs; i++)
        sample.push(await runOnce(browser, server.url, sampleClick, 60000));
      result.sample = { file: 'assets/ambulu-2024.xlsx (contoh)', ...figures(sample) };
      result.generated = await timeFile(
        browser,
        server.url,
        file,
        runs,
        opts.workbook ? NaN : PAGE_BUDGET_ROWS,
      );
      if (bigFile) result.big = await timeFile(browser, server.url, bigFile, runs, PAGE_BIG_ROWS);
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
    if (f.floorMs !== null && f.ratio !== null) {
      const fl = f.runs.flatMap((x) => (x.floor ? [x.floor] : []));
      lines.push(
        `    floor, exceljs load in the page's worker: ${ms(f.floorMs)} (runs: ${fl.map((x) => `${ms(x.ms)} = chunk ${ms(x.chunkMs)} + load ${ms(x.loadMs)}`).join(', ')})`,
        `    computed grid / floor: ${f.ratio.toFixed(2)}× (target ≤ ${PAGE_TARGET_RATIO}×): ${f.ratio <= PAGE_TARGET_RATIO ? 'within' : 'NOT within'}`,
      );
    }
  };
  const file = (g: Generated) =>
    `pick ${g.file} (${Number.isNaN(g.budgetRows) ? '' : `${g.budgetRows.toLocaleString('en')} budget rows, `}${(g.bytes / 1048576).toFixed(1)} MB)`;
  if (r.sample) row(`pick sample ${r.sample.file}`, r.sample);
  if (r.generated) row(file(r.generated), r.generated);
  if (r.big) row(file(r.big), r.big);
  if (r.pane)
    lines.push(
      `  pane's initial JS inside Excel, gzip: with this page ${kb(r.pane.withPage.gzip)} (${r.pane.withPage.files.join(', ')}), without ${kb(r.pane.withoutPage.gzip)} — ${r.pane.identical ? 'byte-for-byte the same' : `DIFFERENT (${r.pane.withPage.gzip - r.pane.withoutPage.gzip} bytes)`}`,
    );
  return lines.join('\n');
}

if (require.main === module) {
  const i = process.argv.indexOf('--runs');
  const runs = i >= 0 ? Number(process.argv[i + 1]) : 3;
  benchBrowserPage({
    runs,
    paneSize: !process.argv.includes('--no-size'),
    big: !process.argv.includes('--no-big'),
  })
    .then((r) => {
      console.log('Browser page (preview.html):');
      console.log(browserPageReport(r));
    })
    .catch((e) => {
      console.error(e);
      process.exitCode = 1;
    });
}
