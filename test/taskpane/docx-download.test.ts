/**
 * Unduh Laporan (.docx) from the pane (issue 13, item 3). Excel for Mac and iPad run the pane in
 * WKWebView, which drops an `<a download>` click without a word (office-js #2700, #3385, #4681),
 * though the attribute is there. So on those platforms the pane builds nothing, never says
 * "diunduh", and offers what works: the report sheets in the workbook and the browser page
 * (opened with Office.context.ui.openBrowserWindow). On Windows and the web the download goes
 * ahead as before.
 *
 * The pane's globals are faked: `Office.context` with the platform Office reports, an anchor
 * element whose prototype has `download` (as WebKit's has), a document that records the clicks.
 */
import { downloadDocx } from '../../src/taskpane/host';
import { browserPageUrl, openBrowserPage } from '../../src/taskpane/download';
import { docxNotice } from '../../src/taskpane/docx-notice';
import { analyze, type Analysis } from '../../src/workbook/analyze';
import { loadSample } from '../hosts/helpers';

class FakeAnchor {
  href = '';
  rel = '';
  saveAs = '';
  clicks = 0;
  get download(): string {
    return this.saveAs;
  }
  set download(v: string) {
    this.saveAs = v;
  }
  click(): void {
    this.clicks++;
  }
  remove(): void {}
}

const PANE = 'https://capaian-kinerja.example.id/taskpane.html';
const g = globalThis as Record<string, unknown>;
const KEYS = ['Office', 'HTMLAnchorElement', 'document', 'location'] as const;
let saved: Record<string, unknown> = {};
let anchors: FakeAnchor[] = [];
let opened: string[] = [];

function fakePane(platform: string, openBrowserWindowApi = true): void {
  anchors = [];
  opened = [];
  g.Office = {
    context: {
      platform,
      requirements: {
        isSetSupported: (name: string) =>
          name === 'ExcelApi' || (name === 'OpenBrowserWindowApi' && openBrowserWindowApi),
      },
      ui: { openBrowserWindow: (url: string) => void opened.push(url) },
    },
  };
  g.HTMLAnchorElement = FakeAnchor;
  g.location = { href: PANE };
  g.document = {
    createElement: (tag: string) => {
      expect(tag).toBe('a');
      const a = new FakeAnchor();
      anchors.push(a);
      return a;
    },
    body: { appendChild: () => undefined },
  };
}

let analysis: Analysis;

beforeAll(async () => {
  analysis = analyze((await loadSample('ambulu-2024')).read.grid);
});

beforeEach(() => {
  saved = Object.fromEntries(KEYS.map((k) => [k, g[k]]));
  // The object URL is revoked a minute later; no timer may outlive the test.
  const realSetTimeout = setTimeout;
  jest
    .spyOn(globalThis, 'setTimeout')
    .mockImplementation(((fn: () => void, ms?: number) =>
      ms === 60000 ? 0 : realSetTimeout(fn, ms)) as unknown as typeof setTimeout);
});

afterEach(() => {
  for (const k of KEYS)
    if (saved[k] === undefined) delete g[k];
    else g[k] = saved[k];
  jest.restoreAllMocks();
});

test.each([
  ['Mac', 'Excel untuk Mac'],
  ['iOS', 'Excel untuk iPad'],
])(
  'on %s nothing is built or clicked, no "diunduh", and the browser page is offered',
  async (platform, host) => {
    fakePane(platform);
    const result = await downloadDocx(analysis);
    expect(result).toEqual({
      kind: 'unavailable',
      platform,
      canOpenBrowser: true,
      pageUrl: 'https://capaian-kinerja.example.id/preview.html',
    });
    expect(anchors).toEqual([]);

    const notice = docxNotice(result, false);
    expect(notice.intent).toBe('info');
    expect(notice.text).not.toMatch(/diunduh/i);
    expect(notice.text).toMatch(new RegExp(`^${host} tidak dapat menyimpan berkas`));
    // What works instead: Buat Laporan's sheets, and the page that makes the .docx.
    expect(notice.text).toContain('Tekan Buat Laporan');
    expect(notice.text).toContain('Unduh Laporan (.docx)');
    expect(notice.openBrowser).toBe(true);
    openBrowserPage();
    expect(opened).toEqual(['https://capaian-kinerja.example.id/preview.html']);
  },
);

test('after Buat Laporan the Mac notice points at the report sheets already in the workbook', async () => {
  fakePane('Mac');
  const notice = docxNotice(await downloadDocx(analysis), true);
  expect(notice.text).toContain('Lembar laporan (LKjIP …) hasil Buat Laporan sudah ada');
});

test('without OpenBrowserWindowApi the page is named by its address, and no button is offered', async () => {
  fakePane('Mac', false);
  const result = await downloadDocx(analysis);
  const notice = docxNotice(result, false);
  expect(notice.openBrowser).toBe(false);
  expect(notice.text).toContain(`buka ${browserPageUrl()} di peramban`);
  expect(notice.text).not.toMatch(/diunduh/i);
});

test.each(['PC', 'OfficeOnline'])(
  'on %s the draft is built and downloaded, and the pane says so',
  async (platform) => {
    fakePane(platform);
    const result = await downloadDocx(analysis);
    expect(result.kind).toBe('downloaded');
    expect(anchors).toHaveLength(1);
    expect(anchors[0].clicks).toBe(1);
    expect(anchors[0].href).toMatch(/^blob:/);
    const name = result.kind === 'downloaded' ? result.name : '';
    expect(anchors[0].download).toBe(name);
    expect(name).toMatch(/^Laporan LKjIP .*\.docx$/);
    expect(docxNotice(result, false)).toEqual({
      intent: 'success',
      text: `Laporan diunduh: ${name}.`,
      openBrowser: false,
    });
  },
);
