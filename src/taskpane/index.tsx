/**
 * The task pane inside Excel. The page (taskpane.html) has already shown a plain message and set
 * `window.capaianOldWebview` when the webview is too old for React 18 (Internet Explorer 11, the
 * old Edge); otherwise the pane starts once Office is ready.
 */
import { mountPane } from './mount';

declare global {
  interface Window {
    capaianOldWebview?: boolean;
  }
}

if (!window.capaianOldWebview) {
  Office.onReady(() => {
    const el = document.getElementById('root');
    if (el) mountPane(el);
  });
}
