/**
 * The task pane on the browser page end to end: the built page (dist/preview.html) in Debian's
 * chromium, the real task pane over the in-memory Excel (in the page's worker) loaded with the
 * Ambulu 2024 sample. Validasi shows the report's truncated SAKIP capaian at Realisasi!F11;
 * Hitung & Warnai colours the IKM capaian Realisasi!F8 Sangat Tinggi (#9BC2E6); a finding
 * selects its cell; a blank workbook gets the templates. Nothing is requested from another
 * origin. Screenshots: test-results/preview.png, preview-hasil.png.
 *
 * Needs /usr/bin/chromium (`apt-get install -y chromium`); without it the suite is skipped.
 */
import { mkdirSync, statSync } from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import {
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

warnWithoutChromium();

const d = hasChromium ? describe : describe.skip;

d('browser preview (chromium)', () => {
  const served = servedDist();
  let page: Page;
  const foreign: string[] = [];
  /** Paths requested from the page's origin, in order. */
  const loaded: string[] = [];
  const pageErrors: string[] = [];

  async function open(query = '?contoh=ambulu-2024'): Promise<Page> {
    const p = await served.browser.newPage({ viewport: { width: 1400, height: 900 } });
    p.on('request', (r) => {
      const u = r.url();
      if (u.startsWith('data:') || u.startsWith('blob:')) return;
      if (!u.startsWith(served.server.url)) foreign.push(u);
      else loaded.push(new URL(u).pathname.slice(1));
    });
    p.on('pageerror', (e) => pageErrors.push(String(e)));
    p.on('response', (r) => {
      if (r.status() >= 400) pageErrors.push(`${r.status()} ${r.url()}`);
    });
    await p.goto(`${served.server.url}/preview.html${query}`);
    // The pane reads the workbook on start; the buttons are enabled when it is done.
    await paneReady(p);
    return p;
  }

  test('Validasi shows the findings of the Ambulu sample', async () => {
    page = await open();
    await page.getByRole('button', { name: 'Validasi', exact: true }).click();
    await page.getByRole('tab', { name: /^Temuan/ }).click();
    const f11 = page.locator('button[data-cell="Realisasi!F11"][data-finding="CAPAIAN_MISMATCH"]');
    await f11.waitFor();
    await expectText(f11, /tampaknya dipotong/);
    await expectText(f11, /102,77/);
    // Grouped by severity, errors first.
    const groups = await page
      .locator('ul[data-severity]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')));
    expect(groups).toEqual(['error', 'warning', 'info']);
  });

  test('clicking a finding selects its cell in the workbook', async () => {
    await page
      .locator('button[data-cell="Realisasi!F11"][data-finding="CAPAIAN_MISMATCH"]')
      .click();
    const cell = page.locator('td[data-sheet="Realisasi"][data-cell="F11"]');
    await cell.waitFor();
    await page.waitForFunction(
      () =>
        document.querySelector('td[data-sheet="Realisasi"][data-cell="F11"][data-selected]') !==
        null,
    );
  });

  test('Hitung & Warnai colours the predicates and the grid view shows them', async () => {
    const v = await viewVersion(page);
    await page.getByRole('button', { name: 'Hitung & Warnai' }).click();
    await page.locator('[data-notice]').filter({ hasText: 'Hitung & Warnai:' }).waitFor();
    await viewAfter(page, v);
    await page.getByRole('tab', { name: 'Realisasi', exact: true }).click();
    const f8 = page.locator('td[data-sheet="Realisasi"][data-cell="F8"]');
    await f8.waitFor();
    expect(await f8.getAttribute('data-fill')).toBe('#9BC2E6');
    expect(await f8.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(
      'rgb(155, 194, 230)',
    );
    // The planner ticked Tinggi (H8) for 101,99 % (A1223): the row is reported, not ticked a
    // second time — G8 (Sangat Tinggi) stays empty and H8 keeps its colour.
    const g8 = page.locator('td[data-sheet="Realisasi"][data-cell="G8"]');
    expect((await g8.textContent())?.trim()).toBe('');
    expect(
      await page.locator('td[data-sheet="Realisasi"][data-cell="H8"]').getAttribute('data-fill'),
    ).not.toBe('#9BC2E6');
    // A typed value that is wrong keeps its fill: F11 (102 typed, 102,77 computed).
    expect(
      await page.locator('td[data-sheet="Realisasi"][data-cell="F11"]').getAttribute('data-fill'),
    ).not.toBe('#9BC2E6');
    // The pane's results: predicates in their colours, and the legend of the scale.
    await page.getByRole('tab', { name: 'Ringkasan' }).click();
    const badge = page.locator('[data-sasaran] span[data-fill="#9BC2E6"]').first();
    await expectText(badge, /Sangat Tinggi/);
    await expectText(page.locator('section[aria-label="Legenda skala"]'), /≥ 90/);
    // Screenshots: the findings beside the coloured Realisasi sheet, then the results.
    mkdirSync(results, { recursive: true });
    await page.locator('[data-sheet-view]').evaluate((t) => t.parentElement?.scrollTo(0, 0));
    await page.getByRole('tab', { name: /^Temuan/ }).click();
    await page.screenshot({ path: path.join(results, 'preview.png') });
    await page.getByRole('tab', { name: 'Ringkasan' }).click();
    await page.waitForTimeout(400); // the tab indicator's animation
    await page.screenshot({ path: path.join(results, 'preview-hasil.png') });
  });

  test('Terapkan perbaikan writes 102,77 into F11 and Batalkan perbaikan brings 102% back', async () => {
    await page.getByRole('tab', { name: /^Temuan/ }).click();
    const fix = page.locator('button[data-fix="Realisasi!F11"]');
    await fix.waitFor();
    await page.screenshot({ path: path.join(results, 'preview-perbaikan.png') });
    let v = await viewVersion(page);
    await fix.click();
    await page.locator('[data-notice]').filter({ hasText: '1 sel diperbaiki' }).waitFor();
    await viewAfter(page, v);
    const f11 = page.locator('td[data-sheet="Realisasi"][data-cell="F11"]');
    // A612: 84,27 / 82 × 100 = 102,768… → 102,77
    await page.waitForFunction(
      () =>
        document
          .querySelector('td[data-sheet="Realisasi"][data-cell="F11"]')
          ?.textContent?.trim() === '102.77' ||
        document
          .querySelector('td[data-sheet="Realisasi"][data-cell="F11"]')
          ?.textContent?.trim() === '102,77',
    );
    expect(await page.locator('button[data-fix="Realisasi!F11"]').count()).toBe(0);
    v = await viewVersion(page);
    await page.getByRole('button', { name: 'Batalkan perbaikan' }).click();
    await page.locator('[data-notice]').filter({ hasText: '1 perbaikan dibatalkan' }).waitFor();
    await viewAfter(page, v);
    expect((await f11.textContent())?.trim()).toBe('102%');
    // The pane at a task pane's real width.
    const narrow = await served.browser.newPage({ viewport: { width: 350, height: 800 } });
    await narrow.goto(`${served.server.url}/preview.html?contoh=ambulu-2024`);
    await paneReady(narrow);
    await narrow.getByRole('tab', { name: /^Temuan/ }).click();
    await narrow.locator('button[data-fix="Realisasi!F11"]').waitFor();
    await narrow.screenshot({
      path: path.join(results, 'preview-perbaikan-350.png'),
      fullPage: true,
    });
    await narrow.close();
  });

  test('the report, .docx and exceljs code is not loaded until asked for', () => {
    // A sample opens from its JSON: exceljs is not needed until a result is downloaded. The
    // pane's tabs are a chunk of their own (panel-tab, src/taskpane/components/App.tsx), fetched
    // as the pane starts.
    const tabs = /^preview\/panel-tab\.[0-9a-f]{8}\.js$/;
    expect(loaded.filter((x) => tabs.test(x))).toHaveLength(1);
    expect(loaded.filter((x) => !tabs.test(x))).toEqual([
      'preview.html',
      'preview/start.js',
      'preview.js',
      'preview/samples/index.json',
      'preview/worker.js',
      'preview/samples/ambulu-2024.json',
    ]);
  });

  test('Buat Laporan writes the report sheets; the Word draft downloads', async () => {
    const v = await viewVersion(page);
    await page.getByRole('button', { name: 'Buat Laporan' }).click();
    await page.locator('[data-notice]').filter({ hasText: 'Laporan dibuat:' }).waitFor();
    await viewAfter(page, v);
    expect(loaded.filter((x) => /laporan\./.test(x))).toHaveLength(1);
    const tabs = await page
      .locator('[data-sheet-tab]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-sheet-tab')));
    expect(tabs).toEqual(expect.arrayContaining(['LKjIP Capaian', 'LKjIP Narasi']));
    // The grid shows the generated sheet's numbers as Excel does: the percentage (format
    // `0.00"%"`) as it is, not a hundred times too large, and the unit. A605: 4 Dok of 4 Dok,
    // capaian 100 %.
    await page
      .locator('[role="tablist"][aria-label="Lembar"]')
      .getByRole('tab', { name: 'LKjIP Capaian' })
      .click();
    const capaian = (cell: string) =>
      page.locator(`td[data-sheet="LKjIP Capaian"][data-cell="${cell}"]`);
    await capaian('F9').waitFor();
    expect((await capaian('F9').textContent())?.trim()).toBe('100,00%');
    expect((await capaian('D9').textContent())?.trim()).toBe('4 Dok');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh Laporan (.docx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Laporan LKjIP .*2024\.docx$/);
    const file = path.join(results, 'bab-iii.docx');
    mkdirSync(results, { recursive: true });
    await download.saveAs(file);
    expect(statSync(file).size).toBeGreaterThan(5000);
  });

  test('settings are saved to the Pengaturan sheet', async () => {
    const pane = page.locator('aside[aria-label="Panel Capaian Kinerja"]');
    await pane.getByRole('tab', { name: 'Pengaturan', exact: true }).click();
    await page.getByLabel('Batas atas capaian').selectOption('120');
    const v = await viewVersion(page);
    await page.getByRole('button', { name: 'Simpan ke lembar Pengaturan' }).click();
    await page.locator('[data-notice]').filter({ hasText: 'Pengaturan disimpan' }).waitFor();
    await viewAfter(page, v);
    await page
      .locator('[role="tablist"][aria-label="Lembar"]')
      .getByRole('tab', { name: 'Pengaturan' })
      .click();
    const value = page.locator('td[data-sheet="Pengaturan"][data-cell="B5"]');
    expect(await value.textContent()).toBe('120');
    // The report's year (A: "Capaian Kinerja Tahun 2024"), a General number: no thousands dot.
    const year = page.locator('td[data-sheet="Pengaturan"][data-cell="B3"]');
    expect(await year.textContent()).toBe('2024');
  });

  test('a blank workbook shows what to do and gets the templates', async () => {
    const p = await open('?contoh=kosong');
    await p.getByText('Buku kerja ini belum berisi data kinerja').waitFor();
    const v = await viewVersion(p);
    await p.getByRole('button', { name: 'Sisipkan templat kosong' }).click();
    await p.locator('[data-notice]').filter({ hasText: 'Templat disisipkan' }).waitFor();
    await viewAfter(p, v);
    const tabs = await p
      .locator('[data-sheet-tab]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-sheet-tab')));
    expect(tabs).toEqual(['Sheet1', 'TC.25', 'PK', 'Realisasi']);
    await p.close();
  });

  test('an Excel without ExcelApi 1.7 gets the explanation, not a broken pane', async () => {
    const p = await served.browser.newPage();
    await p.goto(`${served.server.url}/preview.html?contoh=ambulu-2024&api=1.6`);
    await p.getByText('Versi Excel ini terlalu lama').waitFor();
    expect(await p.getByRole('button', { name: 'Validasi', exact: true }).count()).toBe(0);
    await p.close();
  });

  test('nothing was requested from another origin and no script failed', () => {
    expect(foreign).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

async function expectText(
  loc: { textContent: () => Promise<string | null>; waitFor: () => Promise<void> },
  re: RegExp,
): Promise<void> {
  await loc.waitFor();
  expect(await loc.textContent()).toMatch(re);
}
