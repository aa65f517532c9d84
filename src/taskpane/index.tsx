/**
 * The task pane inside Excel. The page (taskpane.html) has already shown a plain message and set
 * `window.capaianOldWebview` when the webview is too old for React 18 (Internet Explorer 11, the
 * old Edge); otherwise the pane starts once Office is ready.
 */
import { loadHostWork } from './host';
import { mountPane } from './mount';

declare global {
  interface Window {
    capaianOldWebview?: boolean;
  }
}

if (!window.capaianOldWebview) {
  // The reader and the Excel host (a chunk of their own): fetched while office.js starts, for
  // the Validasi the pane runs on opening. A failed fetch is tried again by that Validasi.
  loadHostWork().catch(() => undefined);
  Office.onReady(() => {
    const el = document.getElementById('root');
    if (el) mountPane(el);
  });
}
