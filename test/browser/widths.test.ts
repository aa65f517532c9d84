/**
 * The browser page at every width a planner meets (issue 14, item 2): 320 and 350 px (a task
 * pane's real width in Excel), 1024 and 1920 px, with each bundled sample and a workbook with a
 * valid custom scale (Ambulu 2024 with `Skala | Kustom` and four bands in its Pengaturan sheet).
 * At each width, on each of the pane's tabs (Ringkasan, Temuan, Pengaturan):
 *
 * - nothing scrolls sideways (`scrollWidth <= clientWidth` of the document);
 * - every button, input and select of the page — the bar, the pane, the settings and the custom
 *   scale's rows, the sheet tabs — lies inside the viewport horizontally, inside every container
 *   that clips it, and once scrolled into view vertically it is the element under its own centre
 *   (nothing covers it);
 * - the grid is visible (at least 200 × 100 px), a cell receives a click, and a sheet tab opens
 *   its sheet.
 *
 * Then, at 350 px, the notices and the grid after Hitung & Warnai and Buat Laporan (item 6).
 *
 * Screenshots: test-results/widths/<workbook>-<width>-<tab>.png.
 * Needs /usr/bin/chromium (`apt-get install -y chromium`); without it the suite is skipped.
 */
import { mkdirSync, promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import type { Page } from 'playwright-core';
import { ambuluWithScale } from '../helpers/kustom';
import {
  hasChromium,
  paneReady,
  viewAfter,
  viewVersion,
  warnWithoutChromium,
  servedDist,
} from './helpers';

jest.setTimeout(300000);

const root = path.join(__dirname, '..', '..');
const shots = path.join(root, 'test-results', 'widths');

const WIDTHS = [320, 350, 1024, 1920];
const HEIGHT = 800;

/** A valid custom scale: no hole, no overlap (DOMAIN.md §4 Custom). */
const BANDS = [
  ['≥ 90', 'Sangat Tinggi', 'biru muda'],
  ['76 - 89', 'Tinggi', 'hijau'],
  ['66 - 75', 'Sedang', 'kuning muda'],
  ['< 66', 'Rendah', 'merah'],
];

const TABS = ['Ringkasan', 'Temuan', 'Pengaturan'] as const;
type Tab = (typeof TABS)[number];

type Book = { id: string; sample: string } | { id: string; file: () => string };

warnWithoutChromium();

const d = hasChromium ? describe : describe.skip;

/** A control the planner cannot reach, and why. */
interface Unreachable {
  control: string;
  why: string;
}

/**
 * Every visible button, input and select of the page outside the grid's table: each inside the
 * viewport horizontally and inside each ancestor that clips it; scrolled into view, the element
 * under its centre is itself (or inside it).
 */
async function unreachable(p: Page): Promise<{ count: number; bad: Unreachable[] }> {
  return p.evaluate(() => {
    const cw = document.documentElement.clientWidth;
    const ch = document.documentElement.clientHeight;
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
    const controls = [
      ...document.querySelectorAll('button, input, select, textarea, [role="tab"]'),
    ].filter((el) => {
      const st = getComputedStyle(el);
      return (
        el.getClientRects().length > 0 &&
        st.visibility !== 'hidden' &&
        !el.closest('[data-sheet-view]') &&
        // Fluent's tab keeps a hidden copy of its label to reserve the bold width.
        !el.closest('[aria-hidden="true"]')
      );
    });
    const bad: { control: string; why: string }[] = [];
    // Scrolled back afterwards, so that the screenshot shows the page as the planner opens it.
    const scrolled = [...document.querySelectorAll('*')].map((e) => [e, e.scrollTop] as const);
    for (const el of controls) {
      const r = el.getBoundingClientRect();
      if (r.left < -0.5 || r.right > cw + 0.5) {
        bad.push({ control: name(el), why: `x ${Math.round(r.left)}–${Math.round(r.right)}` });
        continue;
      }
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const ox = getComputedStyle(a).overflowX;
        if (ox === 'visible') continue;
        const b = a.getBoundingClientRect();
        if (r.left < b.left - 0.5 || r.right > b.right + 0.5) {
          bad.push({ control: name(el), why: `cut by ${a.tagName.toLowerCase()}.${ox}` });
          break;
        }
      }
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const s = el.getBoundingClientRect();
      if (s.top < -0.5 || (s.bottom > ch + 0.5 && s.height <= ch)) {
        bad.push({ control: name(el), why: `y ${Math.round(s.top)}–${Math.round(s.bottom)}` });
        continue;
      }
      const hit = document.elementFromPoint(s.left + s.width / 2, s.top + s.height / 2);
      if (!hit || !(el === hit || el.contains(hit) || hit.contains(el)))
        bad.push({ control: name(el), why: `covered by ${hit ? name(hit) : 'nothing'}` });
    }
    for (const [e, top] of scrolled) e.scrollTop = top;
    window.scrollTo(0, 0);
    return { count: controls.length, bad };
  });
}

async function horizontalScroll(p: Page): Promise<number> {
  return p.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

async function gridBox(p: Page): Promise<{ width: number; height: number }> {
  const box = await p.locator('[data-view-version]').boundingBox();
  return { width: box?.width ?? 0, height: box?.height ?? 0 };
}

d('the page from 320 to 1920 px (chromium)', () => {
  const served = servedDist();
  let dir: string;
  let kustom: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'capaian-lebar-'));
    kustom = path.join(dir, 'ambulu-skala-kustom.xlsx');
    await (await ambuluWithScale(BANDS)).xlsx.writeFile(kustom);
  }, 600000);

  afterAll(async () => {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  async function open(book: Book, width: number): Promise<Page> {
    // Reduced motion: Fluent's tab indicator lands at once, no screenshot catches it half-way.
    const p = await served.browser.newPage({
      viewport: { width, height: HEIGHT },
      reducedMotion: 'reduce',
    });
    p.on('pageerror', (e) => pageErrors.push(String(e)));
    if ('sample' in book) await p.goto(`${served.server.url}/preview.html?contoh=${book.sample}`);
    else {
      await p.goto(`${served.server.url}/preview.html`);
      await p.setInputFiles('input[data-file-input]', book.file());
    }
    await paneReady(p);
    return p;
  }

  const pane = (p: Page) => p.locator('aside[aria-label="Panel Capaian Kinerja"]');

  async function showTab(p: Page, tab: Tab): Promise<void> {
    await pane(p)
      .getByRole('tab', { name: tab === 'Temuan' ? /^Temuan/ : tab, exact: tab !== 'Temuan' })
      .click();
    await p.waitForFunction(
      (t) => document.querySelector('[role="tabpanel"]')?.getAttribute('aria-label') === t,
      tab.toLowerCase(),
    );
  }

  const books: Book[] = [
    { id: 'ambulu-2024', sample: 'ambulu-2024' },
    { id: 'gumukmas-2025', sample: 'gumukmas-2025' },
    { id: 'semboro-2025', sample: 'semboro-2025' },
    { id: 'ambulu-kustom', file: () => kustom },
  ];

  test.each(books.map((b) => [b.id, b] as const))(
    '%s: every control reachable, no sideways scroll, the grid usable',
    async (id, book) => {
      const p = await open(book, WIDTHS[0]);
      const problems: string[] = [];
      for (const width of WIDTHS) {
        await p.setViewportSize({ width, height: HEIGHT });
        for (const tab of TABS) {
          await showTab(p, tab);
          if (id === 'ambulu-kustom' && tab === 'Pengaturan')
            expect(await p.locator('[data-band]').count()).toBe(BANDS.length);
          const scroll = await horizontalScroll(p);
          if (scroll > 0) problems.push(`${width} px ${tab}: scrolls sideways by ${scroll} px`);
          const { count, bad } = await unreachable(p);
          expect(count).toBeGreaterThan(10);
          for (const b of bad) problems.push(`${width} px ${tab}: ${b.control} ${b.why}`);
          await p.screenshot({
            path: path.join(shots, `${id}-${width}-${tab.toLowerCase()}.png`),
            fullPage: true,
          });
        }
        const grid = await gridBox(p);
        if (grid.width <= 200 || grid.height <= 100)
          problems.push(`${width} px: grid ${grid.width} × ${grid.height} px`);
      }
      expect(problems).toEqual([]);

      // At a task pane's 350 px the grid is in use: a cell takes a click, a tab opens its sheet.
      await p.setViewportSize({ width: 350, height: HEIGHT });
      await p.locator('[data-view-version]').scrollIntoViewIfNeeded();
      await p.locator('td[data-cell]').nth(1).click();
      const tabs = await p
        .locator('[data-sheet-tab]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-sheet-tab')!));
      const other = tabs[1];
      const v = await viewVersion(p);
      await p.locator(`[data-sheet-tab="${other}"]`).click();
      await viewAfter(p, v);
      expect(await p.locator('[data-sheet-view]').getAttribute('data-sheet-view')).toBe(other);
      await p.close();
    },
  );

  test('at 350 px: after Hitung and Buat Laporan a short notice, the list on request, the grid on the first sheet changed', async () => {
    const p = await open(books[0], 350);
    const notice = p.locator('[data-notice]');

    let v = await viewVersion(p);
    await pane(p).getByRole('button', { name: 'Hitung & Warnai' }).click();
    await notice.filter({ hasText: 'Hitung & Warnai:' }).waitFor();
    await viewAfter(p, v);
    // Hitung writes no cell of TC.25 (the first sheet): the grid shows Realisasi, where the
    // capaian and predicates were written.
    expect(await p.locator('[data-sheet-view]').getAttribute('data-sheet-view')).toBe('Realisasi');
    expect(await p.locator('td[data-fill="#9BC2E6"]').count()).toBeGreaterThan(0);
    await p.locator('[data-notice-toggle]').click();
    const written = await p.locator('[data-notice-details] li').allTextContents();
    expect(written[0]).toMatch(/^Realisasi: \d+ sel$/);

    v = await viewVersion(p);
    await pane(p).getByRole('button', { name: 'Buat Laporan' }).click();
    await notice.filter({ hasText: 'Laporan dibuat:' }).waitFor();
    await viewAfter(p, v);
    const text = (await p.locator('[data-notice-text]').textContent()) ?? '';
    expect(text).toMatch(/^Laporan dibuat: \d+ lembar \(.*\)\.$/);
    expect(text).not.toContain('LKjIP');
    expect(await p.locator('[data-notice-details]').count()).toBe(0);
    await p.locator('[data-notice-toggle]').click();
    const sheets = await p.locator('[data-notice-details] li').allTextContents();
    expect(text).toContain(`${sheets.length} lembar`);
    expect(sheets).toEqual(expect.arrayContaining(['LKjIP Capaian', 'LKjIP Narasi']));
    // The grid: the first report sheet in the workbook's order.
    const tabs = await p
      .locator('[data-sheet-tab]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-sheet-tab')!));
    const first = tabs.find((t) => sheets.includes(t));
    expect(await p.locator('[data-sheet-view]').getAttribute('data-sheet-view')).toBe(first);
    // One name for the report's download on the page: the bar's button, not a second one.
    expect(await p.getByRole('button', { name: 'Unduh Laporan (.docx)' }).count()).toBe(1);
    await p.screenshot({ path: path.join(shots, 'ambulu-2024-350-laporan.png'), fullPage: true });
    await p.close();
    expect(pageErrors).toEqual([]);
  });
});
