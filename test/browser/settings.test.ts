/**
 * The settings tab on a workbook whose Kustom scale has a hole (issue 12), in the built browser
 * page (dist/preview.html) in Debian's chromium: the Ambulu 2024 sample with a planner's custom
 * table where Sedang ends at 75 and Tinggi starts at 77 is opened through the file input. The
 * pane's Pengaturan tab shows the planner's rows with the problem above them and the two rows
 * marked; at a task pane's 350 px the rows fit without a horizontal scroll; correcting Tinggi to
 * "76 - 89" and saving makes the problem and the SCALE_INVALID finding go away.
 *
 * Screenshots: test-results/pengaturan-skala-1400.png, pengaturan-skala-350.png,
 * pengaturan-skala-diperbaiki.png.
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
const results = path.join(root, 'test-results');

const HOLE = [
  ['≥ 90', 'Sangat Tinggi', 'biru muda'],
  ['77 - 89', 'Tinggi', 'hijau'],
  ['66 - 75', 'Sedang', 'kuning muda'],
  ['< 66', 'Rendah', 'merah'],
];
const PROBLEM =
  'Ada celah antara pita “Sedang” (66–75) dan “Tinggi” (mulai 77): nilai 75,01–76,99 tidak masuk pita mana pun.';

warnWithoutChromium();

const d = hasChromium ? describe : describe.skip;

d('an invalid custom scale in the settings tab (chromium)', () => {
  const served = servedDist();
  let dir: string;
  let file: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(results, { recursive: true });
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'capaian-skala-'));
    file = path.join(dir, 'ambulu-skala-celah.xlsx');
    await (await ambuluWithScale(HOLE)).xlsx.writeFile(file);
  }, 600000);

  afterAll(async () => {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  async function open(width: number): Promise<Page> {
    const p = await served.browser.newPage({ viewport: { width, height: 900 } });
    p.on('pageerror', (e) => pageErrors.push(String(e)));
    await p.goto(`${served.server.url}/preview.html`);
    await p.setInputFiles('input[data-file-input]', file);
    await paneReady(p);
    const pane = p.locator('aside[aria-label="Panel Capaian Kinerja"]');
    await pane.getByRole('tab', { name: 'Pengaturan', exact: true }).click();
    await p.locator('[data-scale-problems]').waitFor();
    return p;
  }

  /** The rows of the custom table as the editor shows them, and which are marked. */
  async function rows(p: Page) {
    return p
      .locator('[data-band]')
      .evaluateAll((els) =>
        els.map((e) => [
          ...[...e.querySelectorAll('input')].map((i) => i.value),
          e.getAttribute('data-wrong'),
        ]),
      );
  }

  let page: Page;

  test('the planner rows, the problem above them, the two rows marked (1400 px)', async () => {
    page = await open(1400);
    expect(await rows(page)).toEqual([
      [...HOLE[0], 'false'],
      [...HOLE[1], 'true'],
      [...HOLE[2], 'true'],
      [...HOLE[3], 'false'],
    ]);
    expect(await page.locator('[data-scale-problems]').textContent()).toContain(PROBLEM);
    await page.waitForTimeout(400); // the tab indicator's animation
    await page.screenshot({ path: path.join(results, 'pengaturan-skala-1400.png') });
  });

  test('at a task pane width of 350 px every field is reachable without a horizontal scroll', async () => {
    const p = await open(350);
    const pane = p.locator('aside[aria-label="Panel Capaian Kinerja"]');
    // The preview puts the pane beside the grid; at 350 px the pane alone is what Excel shows.
    await pane.evaluate((el) => {
      const a = el as HTMLElement;
      a.style.width = '350px';
      a.style.position = 'fixed';
      a.style.inset = '0 auto 0 0';
      a.style.background = 'white';
      a.style.zIndex = '10';
    });
    const overflow = await pane.evaluate((el) => {
      const a = el as HTMLElement;
      const box = a.getBoundingClientRect();
      const outside = [...a.querySelectorAll('[data-band] input, [data-band] button')].filter(
        (x) => {
          const r = x.getBoundingClientRect();
          return r.left < box.left || r.right > box.right + 0.5;
        },
      ).length;
      return { scroll: a.scrollWidth - a.clientWidth, outside };
    });
    expect(overflow).toEqual({ scroll: 0, outside: 0 });
    await p.locator('[data-band="2"]').scrollIntoViewIfNeeded();
    await p.waitForTimeout(400);
    await pane.screenshot({ path: path.join(results, 'pengaturan-skala-350.png') });
    await p.close();
  });

  test('correcting Tinggi to 76 - 89 and saving clears the problem and the finding', async () => {
    await page.getByLabel('Interval pita 2').fill('76 - 89');
    expect(await page.locator('[data-scale-problems]').count()).toBe(0);
    const v = await viewVersion(page);
    await page.getByRole('button', { name: 'Simpan ke lembar Pengaturan' }).click();
    await page.locator('[data-notice]').filter({ hasText: 'Pengaturan disimpan' }).waitFor();
    await viewAfter(page, v);
    // The workbook read again: a valid Kustom scale, shown as the planner wrote it.
    expect(await rows(page)).toEqual([
      [...HOLE[0], 'false'],
      ['76 - 89', 'Tinggi', 'hijau', 'false'],
      [...HOLE[2], 'false'],
      [...HOLE[3], 'false'],
    ]);
    expect(await page.locator('[data-scale-problems]').count()).toBe(0);
    const pane = page.locator('aside[aria-label="Panel Capaian Kinerja"]');
    await pane.getByRole('tab', { name: /^Temuan/ }).click();
    await page.locator('[data-finding]').first().waitFor();
    expect(await page.locator('[data-finding="SCALE_INVALID"]').count()).toBe(0);
    await pane.getByRole('tab', { name: 'Pengaturan', exact: true }).click();
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(results, 'pengaturan-skala-diperbaiki.png') });
    expect(pageErrors).toEqual([]);
  });
});
