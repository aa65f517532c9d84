/**
 * The pages Excel opens — the built taskpane.html, commands.html (the ribbon's function file) and
 * hasil.html (the result dialog) — in Debian's chromium, with a stand-in for office.js (issue 13,
 * items 1, 11 and 12):
 *
 * - the function file in Internet Explorer 11's and the old Edge's user agent never loads
 *   commands.js; every ribbon button shows the planner a dialog saying the add-in cannot run
 *   there and what to use instead, and its event is completed when the dialog closes, or after
 *   the notice's bound when it does not;
 * - in a current browser the function file loads commands.js, which associates every button;
 * - the result dialog shows the message from its address as text;
 * - office.js that fails to load: the pane says so at once; office.js that never arrives: after
 *   the bound (shortened here through window.capaianOfficeWaitMs); office.js that arrives after
 *   the message: the app starts, the message goes;
 * - each page carries the Content-Security-Policy and runs under it: no violation reported.
 *
 * Needs /usr/bin/chromium (`apt-get install -y chromium`); without it the suite is skipped.
 */
import { readFileSync } from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import { DIST } from '../../scripts/preview';
import { hasChromium, warnWithoutChromium, servedDist } from './helpers';

jest.setTimeout(300000);

warnWithoutChromium();

const IE11 =
  'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko';
const EDGEHTML =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/**';

/**
 * A stand-in for office.js that records what the page does: the functions associated with the
 * ribbon's names, the dialogs opened (their address, and their event handlers to fire).
 */
const FAKE_OFFICE = `
window.__associated = {};
window.__dialogs = [];
window.Office = {
  EventType: { DialogEventReceived: 'dialogEventReceived', DialogMessageReceived: 'dialogMessageReceived' },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  actions: { associate: function (name, f) { window.__associated[name] = f; } },
  context: {
    requirements: { isSetSupported: function (name) { return name === 'DialogApi'; } },
    ui: {
      displayDialogAsync: function (url, options, cb) {
        var d = { url: url, handlers: {}, closed: false };
        window.__dialogs.push(d);
        cb({ status: 'succeeded', value: {
          addEventHandler: function (t, h) { d.handlers[t] = h; },
          close: function () { d.closed = true; }
        } });
      }
    }
  },
  onReady: function (cb) {
    return new Promise(function (resolve) {
      setTimeout(function () { if (cb) cb({ host: 'Excel' }); resolve({ host: 'Excel' }); }, 0);
    });
  }
};`;

/** What the stand-in records, as the tests read it in the page. */
interface Fake {
  __associated: Record<string, (e: unknown) => void>;
  __dialogs: { url: string; closed: boolean; handlers: Record<string, (arg: unknown) => void> }[];
  __completed: Record<string, number>;
  capaianOldWebview?: boolean;
  validasi?: unknown;
}

const describeIf = hasChromium ? describe : describe.skip;

describeIf('the pages Excel opens, built (dist/)', () => {
  const served = servedDist();

  /** A page that records its requests, script errors and CSP violations. */
  async function open(userAgent?: string, init?: string) {
    const ctx = await served.browser.newContext(userAgent ? { userAgent } : {});
    const p = await ctx.newPage();
    const seen: string[] = [];
    const errors: string[] = [];
    p.on('request', (r) => seen.push(r.url()));
    p.on('pageerror', (e) => errors.push(String(e)));
    p.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) errors.push(m.text());
    });
    if (init) await p.addInitScript(init);
    return { p, seen, errors, close: () => ctx.close() };
  }

  const fakeOffice = (p: Page) =>
    p.route(OFFICE_JS, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: FAKE_OFFICE }),
    );

  /** Press ribbon button `name` (as Office would) and return the event's completion count. */
  const press = (p: Page, name: string) =>
    p.evaluate((n) => {
      const w = window as unknown as Record<string, unknown>;
      const done = ((w.__completed as Record<string, number>) ??= {});
      done[n] = 0;
      (w.__associated as Record<string, (e: unknown) => void>)[n]({
        completed: () => (done[n] = (done[n] ?? 0) + 1),
      });
    }, name);

  const completions = (p: Page) =>
    p.evaluate(() => (window as unknown as { __completed: Record<string, number> }).__completed);

  const dialogs = (p: Page) =>
    p.evaluate(() =>
      (window as unknown as { __dialogs: { url: string; closed: boolean }[] }).__dialogs.map(
        (d) => ({ url: d.url, closed: d.closed }),
      ),
    );

  test.each([
    ['Internet Explorer 11', IE11],
    ['EdgeHTML (the old Edge)', EDGEHTML],
  ])('commands.html in %s: every button tells the planner, then completes', async (_, ua) => {
    const { p, seen, errors, close } = await open(ua, 'window.capaianNoticeMs = 300;');
    await fakeOffice(p);
    await p.goto(`${served.server.url}/commands.html`);
    await p.waitForFunction(
      () => Object.keys((window as unknown as Fake).__associated).length === 4,
    );
    expect(
      await p.evaluate(() => Object.keys((window as unknown as Fake).__associated).sort()),
    ).toEqual(['buatLaporan', 'hapusWarna', 'hitung', 'validasi'].sort());
    // Older Office finds the function by its global name.
    expect(await p.evaluate(() => typeof (window as unknown as Fake).validasi)).toBe('function');

    // Validasi: the dialog opens; the event completes when the planner closes it.
    await press(p, 'validasi');
    const [d] = await dialogs(p);
    const url = new URL(d.url);
    expect(url.pathname).toBe('/hasil.html');
    const message = url.searchParams.get('pesan') ?? '';
    expect(message).toMatch(/tidak dapat berjalan di Office ini/);
    expect(message).toMatch(/Office 2021 atau yang lebih baru/);
    expect(message).toContain(`${served.server.url}/preview.html`);
    expect((await completions(p)).validasi).toBe(0);
    await p.evaluate(() =>
      (window as unknown as Fake).__dialogs[0].handlers.dialogEventReceived({ error: 12006 }),
    );
    expect((await completions(p)).validasi).toBe(1);

    // Hitung: the planner leaves the dialog open; the event completes after the bound, once.
    await press(p, 'hitung');
    await p.waitForFunction(() => (window as unknown as Fake).__completed.hitung === 1);
    // Buat Laporan: "Tutup" in the dialog (messageParent) closes it and completes.
    await press(p, 'buatLaporan');
    await p.evaluate(() =>
      (window as unknown as Fake).__dialogs[2].handlers.dialogMessageReceived({ message: 'tutup' }),
    );
    expect((await dialogs(p))[2].closed).toBe(true);
    expect((await completions(p)).buatLaporan).toBe(1);
    expect((await completions(p)).hitung).toBe(1);

    expect(seen.filter((u) => /commands\.js/.test(u))).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  test('commands.html in a current browser loads commands.js, which associates every button', async () => {
    const { p, seen, errors, close } = await open();
    await fakeOffice(p);
    await p.goto(`${served.server.url}/commands.html`);
    await p.waitForFunction(
      () => Object.keys((window as unknown as Fake).__associated).length === 4,
    );
    expect(seen.filter((u) => u.endsWith('/commands.js'))).toHaveLength(1);
    expect(await p.evaluate(() => (window as unknown as Fake).capaianOldWebview)).toBeUndefined();
    // Without ExcelApi 1.7 (the stand-in has none) a button says so in the dialog.
    await press(p, 'hitung');
    await p.waitForFunction(() => (window as unknown as Fake).__dialogs.length === 1);
    const message = new URL((await dialogs(p))[0].url).searchParams.get('pesan');
    expect(message).toMatch(/^Hitung & Warnai tidak dapat dijalankan: .*ExcelApi 1\.7/);
    expect(errors).toEqual([]);
    await close();
  });

  test('hasil.html shows the message from its address as text, without office.js', async () => {
    const { p, errors, close } = await open(IE11);
    await p.route(OFFICE_JS, (route) => route.abort());
    const pesan = 'Validasi: 1 PK, 6 indikator; <b>14 kesalahan</b>.';
    await p.goto(`${served.server.url}/hasil.html?gagal=1&pesan=${encodeURIComponent(pesan)}`);
    expect(await p.locator('#pesan').textContent()).toBe(pesan);
    expect(await p.locator('#pesan b').count()).toBe(0);
    expect(await p.locator('#hasil').getAttribute('class')).toBe('gagal');
    // The failed office.js is the only error.
    expect(errors).toEqual([]);
    await close();
  });

  test('taskpane.html: office.js fails to load → the pane says so at once', async () => {
    // A long bound: only the load error can show the message within the test.
    const { p, seen, close } = await open(undefined, 'window.capaianOfficeWaitMs = 600000;');
    await p.route(OFFICE_JS, (route) => route.abort('internetdisconnected'));
    await p.goto(`${served.server.url}/taskpane.html`);
    const msg = p.locator('[data-office-unreachable]');
    await msg.waitFor({ timeout: 10000 });
    const text = (await msg.textContent()) ?? '';
    expect(text).toMatch(/belum dapat dimuat/);
    expect(text).toMatch(/appsforoffice\.microsoft\.com/);
    expect(text).toMatch(/Periksa sambungan internet/);
    expect(text).toContain(`${served.server.url}/preview.html`);
    expect(await p.getByText('Memuat Capaian Kinerja').count()).toBe(0);
    expect(seen.filter((u) => /taskpane\.js/.test(u))).toEqual([]);
    await close();
  });

  test('taskpane.html: office.js never arrives → the message after the bound', async () => {
    const { p, close } = await open(undefined, 'window.capaianOfficeWaitMs = 300;');
    // The request is never answered.
    await p.route(OFFICE_JS, () => undefined);
    await p.goto(`${served.server.url}/taskpane.html`, { waitUntil: 'commit' });
    const msg = p.locator('[data-office-unreachable]');
    await msg.waitFor({ timeout: 10000 });
    expect((await msg.textContent()) ?? '').toMatch(/tidak dapat diunduh/);
    await close();
  });

  test('taskpane.html: office.js arriving after the message → the app starts and the message goes', async () => {
    const { p, seen, errors, close } = await open(undefined, 'window.capaianOfficeWaitMs = 300;');
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await p.route(OFFICE_JS, async (route) => {
      await held;
      await route.fulfill({ contentType: 'text/javascript', body: FAKE_OFFICE });
    });
    await p.goto(`${served.server.url}/taskpane.html`, { waitUntil: 'commit' });
    const msg = p.locator('[data-office-unreachable]');
    await msg.waitFor({ timeout: 10000 });
    release();
    await msg.waitFor({ state: 'detached', timeout: 30000 });
    await p.getByRole('heading', { name: 'Capaian Kinerja' }).waitFor({ timeout: 30000 });
    expect(seen.filter((u) => u.endsWith('/taskpane.js'))).toHaveLength(1);
    expect(errors).toEqual([]);
    await close();
  });

  test('taskpane.html in a current browser runs the app under its CSP', async () => {
    const { p, seen, errors, close } = await open();
    await fakeOffice(p);
    await p.goto(`${served.server.url}/taskpane.html`);
    // The stand-in has no ExcelApi 1.7: the app (React, Fluent UI's styles) says which Excel.
    await p.getByRole('heading', { name: 'Capaian Kinerja' }).waitFor({ timeout: 30000 });
    expect(seen.filter((u) => u.endsWith('/taskpane.js'))).toHaveLength(1);
    expect(await p.locator('style').count()).toBeGreaterThan(1);
    expect(errors).toEqual([]);
    await close();
  });

  test.each(['taskpane.html', 'commands.html', 'hasil.html'])(
    '%s carries the Content-Security-Policy: own origin and the office.js host only',
    (page) => {
      const html = readFileSync(path.join(DIST, page), 'utf8');
      const csp = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/i.exec(html)?.[1];
      expect(csp).toBeDefined();
      const directives = Object.fromEntries(
        csp!.split(';').map((d) => {
          const [name, ...values] = d.trim().split(/\s+/);
          return [name, values];
        }),
      );
      expect(directives['default-src']).toEqual(["'self'"]);
      expect(directives['script-src']).toEqual([
        "'self'",
        'https://appsforoffice.microsoft.com',
        'https://ajax.aspnetcdn.com',
      ]);
      expect(directives['object-src']).toEqual(["'none'"]);
      // No inline script that would need a hash: every executed script is a file.
      const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(
        ([, attrs, body]) =>
          !/\bsrc=/.test(attrs) && !/application\/json/.test(attrs) && body.trim(),
      );
      expect(inline).toEqual([]);
    },
  );
});
