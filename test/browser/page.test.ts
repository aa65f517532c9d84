/**
 * The browser page for planners whose Excel cannot run the add-in (issue 7), built (dist/) and
 * driven in Debian's chromium:
 *
 * - a workbook picked through the file input, Hitung & Warnai, "Unduh hasil (.xlsx)": the file
 *   downloaded equals `capaian compute`'s output on the same file, cell by cell, in values, fills
 *   and font colours, on every sheet — and after Buat Laporan, `capaian compute --laporan`'s;
 * - every request is recorded: none to another origin, none but GETs of the page's own files
 *   (its scripts, its worker and chunks, its bundled samples), none carrying workbook data;
 * - the bad files the command line refuses (empty, not an .xlsx, old .xls, password-protected,
 *   truncated) show the command line's own message in the page, which then opens a good file;
 * - drag-and-drop opens a file too;
 * - taskpane.html with Internet Explorer 11's and the old Edge's user agent shows the plain
 *   message (Office versions that work, this page's address, the `capaian` command) and never
 *   loads the app;
 * - the pane inside Excel carries neither exceljs nor the .docx code in its initial JavaScript.
 *
 * Screenshots: test-results/halaman-*.png, test-results/taskpane-*.png.
 * Needs /usr/bin/chromium (`apt-get install -y chromium`); without it the suite is skipped.
 */
import { promises as fs, mkdirSync, readdirSync, readFileSync } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import type { Page, Request } from 'playwright-core';
import { run } from '../../src/cli/main';
import { initialScripts } from '../../bench/pane-size';
import { DIST } from '../../scripts/preview';
import {
  compareXlsx,
  hasChromium,
  paneReady,
  viewAfter,
  viewVersion,
  warnWithoutChromium,
  servedDist,
} from './helpers';

// Also picked up by `npm test` (jest.config.js, 60 s default): the build needs longer.
jest.setTimeout(300000);

const root = path.join(__dirname, '..', '..');
const results = path.join(root, 'test-results');
const ambulu = path.join(root, 'assets', 'ambulu-2024.xlsx');

warnWithoutChromium();

const IE11 =
  'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko';
const EDGEHTML =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045';

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { out: (s) => (out += s + '\n'), err: (s) => (err += s + '\n') });
  return { code, out, err };
}

/** 512-byte OLE compound-file header (D0 CF 11 E0 A1 B1 1A E1) and padding (as the CLI test). */
function oleBytes(extra: Buffer = Buffer.alloc(0)): Buffer {
  const head = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([head, Buffer.alloc(504), extra, Buffer.alloc(512)]);
}

const d = hasChromium ? describe : describe.skip;

d('the browser page (chromium)', () => {
  const served = servedDist();
  let dir: string;
  /** Every request of every page of the browser page, with what it sent. */
  const requests: { url: string; method: string; body: string | null; type: string }[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'capaian-halaman-'));
    mkdirSync(results, { recursive: true });
  }, 600000);

  afterAll(async () => {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  function record(p: Page): void {
    p.on('request', (r: Request) =>
      requests.push({
        url: r.url(),
        method: r.method(),
        body: r.postData(),
        type: r.resourceType(),
      }),
    );
    p.on('pageerror', (e) => pageErrors.push(String(e)));
    p.on('response', (r) => {
      if (r.status() >= 400) pageErrors.push(`${r.status()} ${r.url()}`);
    });
  }

  async function openPage(query = ''): Promise<Page> {
    const p = await served.browser.newPage({
      viewport: { width: 1400, height: 900 },
      acceptDownloads: true,
    });
    record(p);
    await p.goto(`${served.server.url}/preview.html${query}`);
    return p;
  }

  async function pick(p: Page, file: string): Promise<void> {
    await p.setInputFiles('input[data-file-input]', file);
  }

  async function download(p: Page, button: string): Promise<{ file: string; name: string }> {
    const [dl] = await Promise.all([
      p.waitForEvent('download'),
      p.getByRole('button', { name: button }).click(),
    ]);
    const file = path.join(dir, dl.suggestedFilename());
    await dl.saveAs(file);
    return { file, name: dl.suggestedFilename() };
  }

  async function pane(p: Page, button: string, notice: string): Promise<void> {
    const v = await viewVersion(p);
    await p.getByRole('button', { name: button, exact: true }).click();
    await p.locator('[data-notice]').filter({ hasText: notice }).waitFor();
    await viewAfter(p, v);
  }

  let page: Page;

  test('the start screen says that nothing leaves the computer', async () => {
    page = await openPage();
    await page.getByRole('button', { name: 'Pilih berkas .xlsx' }).waitFor();
    const privacy = await page.locator('[data-privacy]').textContent();
    expect(privacy).toMatch(/di peramban ini saja/);
    expect(privacy).toMatch(/tidak ada data yang dikirim/);
    // One sentence.
    expect(
      privacy!
        .trim()
        .split(/[.!?](\s|$)/)
        .filter((x) => x.trim()).length,
    ).toBe(1);
    await page.screenshot({ path: path.join(results, 'halaman-awal.png') });
  });

  test('a workbook picked from disk, Hitung, Unduh hasil: the same workbook as `capaian compute`', async () => {
    await pick(page, ambulu);
    await paneReady(page);
    expect(await page.locator('[data-book]').getAttribute('data-book')).toBe('ambulu-2024.xlsx');
    // The download needs something computed first.
    expect(await page.getByRole('button', { name: 'Unduh hasil (.xlsx)' }).isDisabled()).toBe(true);
    await pane(page, 'Hitung & Warnai', 'Hitung & Warnai:');
    // The grid shows the colours written and marks the findings' cells.
    await page.getByRole('tab', { name: 'Realisasi', exact: true }).click();
    const f8 = page.locator('td[data-sheet="Realisasi"][data-cell="F8"]');
    await f8.waitFor();
    expect(await f8.getAttribute('data-fill')).toBe('#9BC2E6');
    const f11 = page.locator('td[data-sheet="Realisasi"][data-cell="F11"]');
    expect(await f11.getAttribute('data-finding')).toBe('error');
    expect(await f11.getAttribute('title')).toMatch(/102,77/);
    await page.screenshot({ path: path.join(results, 'halaman-hitung.png') });

    const got = await download(page, 'Unduh hasil (.xlsx)');
    expect(got.name).toBe('ambulu-2024-hasil.xlsx');
    const expected = path.join(dir, 'cli-hasil.xlsx');
    expect((await cli(['compute', ambulu, '-o', expected])).code).toBe(1);
    const cmp = await compareXlsx(expected, got.file);
    expect(cmp.sheets[1]).toEqual(cmp.sheets[0]);
    expect(cmp.cells).toBeGreaterThan(1000);
    expect(cmp.diffs).toEqual([]);
    // The download lists the findings, each linked to its cell (WORKBOOK.md rule 10).
    expect(cmp.sheets[1]).toContain('LKjIP Temuan (visible)');
    const res = new ExcelJS.Workbook();
    await res.xlsx.readFile(got.file);
    const links = (res.getWorksheet('LKjIP Temuan')!.getColumn(4).values as unknown[])
      .filter(
        (v): v is { hyperlink: string } => typeof v === 'object' && v !== null && 'hyperlink' in v,
      )
      .map((v) => v.hyperlink);
    expect(links).toContain("#'Realisasi'!F11");
  });

  test('after Buat Laporan: the same workbook as `capaian compute --laporan`; the .docx downloads', async () => {
    await pane(page, 'Buat Laporan', 'Laporan dibuat:');
    const got = await download(page, 'Unduh hasil (.xlsx)');
    const expected = path.join(dir, 'cli-laporan.xlsx');
    expect((await cli(['compute', ambulu, '-o', expected, '--laporan'])).code).toBe(1);
    const cmp = await compareXlsx(expected, got.file);
    expect(cmp.sheets[0]).toEqual(expect.arrayContaining(['LKjIP Capaian (visible)']));
    expect(cmp.sheets[1]).toEqual(cmp.sheets[0]);
    expect(cmp.diffs).toEqual([]);

    const docx = await download(page, 'Unduh Laporan (.docx)');
    expect(docx.name).toMatch(/^Laporan LKjIP .*2024\.docx$/);
    const bytes = readFileSync(docx.file);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.length).toBeGreaterThan(5000);
    await page.screenshot({ path: path.join(results, 'halaman-laporan.png') });
  });

  test('each bad file shows the command line’s message, and the page then opens a good file', async () => {
    const whole = await fs.readFile(ambulu);
    const bad: [string, Buffer][] = [
      ['kosong.xlsx', Buffer.alloc(0)],
      ['catatan.xlsx', Buffer.from('Capaian kinerja 2024: IKM 83,63\n', 'utf8')],
      ['lama.xls', oleBytes()],
      ['terkunci.xlsx', oleBytes(Buffer.from('EncryptedPackage', 'utf16le'))],
      ['terpotong.xlsx', whole.subarray(0, Math.floor(whole.length / 2))],
    ];
    const p = await openPage();
    await p.getByRole('button', { name: 'Pilih berkas .xlsx' }).waitFor();
    for (const [name, bytes] of bad) {
      const file = path.join(dir, name);
      await fs.writeFile(file, bytes);
      const expected = await cli(['check', file]);
      expect(expected.code).toBe(2);
      await pick(p, file);
      // The command line's message, word for word (each names its file).
      const bar = p.locator('[data-page-error]').filter({ hasText: expected.err.trim() });
      await bar.waitFor();
      expect(await bar.textContent()).toContain('Berkas tidak dapat dibuka');
      expect(await p.locator('[data-task]').count()).toBe(0);
      if (name === 'terkunci.xlsx')
        await p.screenshot({ path: path.join(results, 'halaman-berkas-rusak.png') });
    }
    // Then a good file opens.
    await pick(p, ambulu);
    await paneReady(p);
    expect(await p.locator('[data-page-error]').count()).toBe(0);
    // With a workbook open, a bad file leaves it as it was.
    await pick(p, path.join(dir, 'terpotong.xlsx'));
    await p.locator('[data-page-error]').waitFor();
    expect(await p.locator('[data-book]').getAttribute('data-book')).toBe('ambulu-2024.xlsx');
    await pane(p, 'Validasi', 'Validasi:');
    await p.close();
  });

  test('a file dropped on the page opens', async () => {
    const p = await openPage();
    await p.getByRole('button', { name: 'Pilih berkas .xlsx' }).waitFor();
    const b64 = (await fs.readFile(path.join(root, 'assets', 'gumukmas-2025.xlsx'))).toString(
      'base64',
    );
    await p.evaluate((data) => {
      const bin = atob(data);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], 'gumukmas-2025.xlsx'));
      for (const type of ['dragenter', 'dragover', 'drop'])
        window.dispatchEvent(
          new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }),
        );
    }, b64);
    await paneReady(p);
    expect(await p.locator('[data-book]').getAttribute('data-book')).toBe('gumukmas-2025.xlsx');
    await p.close();
  });

  test('nothing went to another origin, nothing but GETs of the page’s own files', () => {
    const origin = new URL(served.server.url).origin;
    expect(requests.length).toBeGreaterThan(5);
    const local = (u: string) => u.startsWith('data:') || u.startsWith('blob:');
    const foreign = requests.filter((r) => !local(r.url) && new URL(r.url).origin !== origin);
    expect(foreign).toEqual([]);
    // No request carries anything: GET only, no body, no query (the page's own address aside).
    const sending = requests.filter(
      (r) =>
        !local(r.url) &&
        (r.method !== 'GET' ||
          r.body !== null ||
          (r.type !== 'document' && new URL(r.url).search !== '')),
    );
    expect(sending).toEqual([]);
    // Only the page, its scripts, worker, chunks and bundled samples.
    const paths = [
      ...new Set(requests.filter((r) => !local(r.url)).map((r) => new URL(r.url).pathname)),
    ];
    const allowed = [
      /^\/preview\.html$/,
      /^\/preview\.js$/,
      /^\/preview\/start\.js$/,
      /^\/preview\/worker\.js$/,
      /^\/preview\/(exceljs|laporan|docx|panel-tab)\.[0-9a-f]{8}\.js$/,
      /^\/preview\/samples\/[\w-]+\.(json|xlsx)$/,
    ];
    expect(paths.filter((x) => !allowed.some((re) => re.test(x)))).toEqual([]);
    // No workbook text in any address.
    expect(
      requests.filter((r) => /Kepuasan|Meningkatnya|SAKIP/i.test(decodeURIComponent(r.url))),
    ).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  test.each([
    ['Internet Explorer 11', IE11, 'ie11'],
    ['EdgeHTML (the old Edge)', EDGEHTML, 'edgehtml'],
  ])('taskpane.html in %s shows the message instead of the app', async (_, userAgent, shot) => {
    const ctx = await served.browser.newContext({
      userAgent,
      viewport: { width: 360, height: 640 },
    });
    const p = await ctx.newPage();
    const seen: string[] = [];
    const errors: string[] = [];
    p.on('request', (r) => seen.push(r.url()));
    p.on('pageerror', (e) => errors.push(String(e)));
    // office.js from Microsoft's CDN: not fetched in the test (no network), a stand-in instead.
    await p.route('https://appsforoffice.microsoft.com/**', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: 'window.Office = {};' }),
    );
    await p.goto(`${served.server.url}/taskpane.html?_host_Info=Excel$Win32$16.01$id-ID`);
    const msg = p.locator('[data-old-webview]');
    await msg.waitFor();
    const text = (await msg.textContent()) ?? '';
    expect(text).toMatch(/tidak dapat berjalan di Office ini/);
    expect(text).toMatch(/Microsoft 365/);
    expect(text).toMatch(/Office 2021 atau yang lebih baru/);
    expect(text).toMatch(/Excel di web/);
    expect(text).toContain(`${served.server.url}/preview.html`);
    expect(await p.locator('[data-old-webview] a').getAttribute('href')).toBe(
      `${served.server.url}/preview.html`,
    );
    expect(text).toMatch(/perintah capaian/);
    // The app was never loaded, nothing failed.
    expect(seen.filter((u) => /taskpane\.js/.test(u))).toEqual([]);
    expect(errors).toEqual([]);
    await p.screenshot({ path: path.join(results, `taskpane-${shot}.png`) });
    // The browser page in the same browser says it is too old, too.
    await p.goto(`${served.server.url}/preview.html`);
    await p.locator('[data-old-browser]').waitFor();
    expect(seen.filter((u) => /preview\.js/.test(u))).toEqual([]);
    await ctx.close();
  });

  test('in a current browser taskpane.html loads the app', async () => {
    const p = await served.browser.newPage();
    const seen: string[] = [];
    p.on('request', (r) => seen.push(r.url()));
    await p.route('https://appsforoffice.microsoft.com/**', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: 'window.Office = { onReady: function () { return new Promise(function () {}); } };',
      }),
    );
    // The scripts the check inserts delay the load event: by then taskpane.js was requested.
    await p.goto(`${served.server.url}/taskpane.html`);
    expect(seen.filter((u) => u.endsWith('/taskpane.js'))).toHaveLength(1);
    expect(await p.locator('[data-old-webview]').count()).toBe(0);
    await p.close();
  });

  test('the pane inside Excel carries neither exceljs nor the .docx code at start', () => {
    const scripts = initialScripts(readFileSync(path.join(DIST, 'taskpane.html'), 'utf8'));
    // The ES5 guard (a few kB, loaded before office.js), then the pane's one bundle.
    expect(scripts).toEqual(['taskpane-guard.js', 'taskpane.js']);
    const pane = readFileSync(path.join(DIST, 'taskpane.js'), 'utf8');
    const chunk = (re: RegExp) =>
      readFileSync(
        path.join(
          DIST,
          'preview',
          readdirSync(path.join(DIST, 'preview')).find((f) => re.test(f))!,
        ),
        'utf8',
      );
    // Markers of each library, found in this page's chunks and absent from the pane.
    const exceljs = 'xl/worksheets/sheet';
    const docx = 'word/document.xml';
    expect(chunk(/^exceljs\..*\.js$/)).toContain(exceljs);
    expect(chunk(/^docx\..*\.js$/)).toContain(docx);
    expect(pane).not.toContain(exceljs);
    expect(pane).not.toContain(docx);
    // …nor the page's worker or grid.
    expect(pane).not.toContain('preview/worker.js');
  });
});
