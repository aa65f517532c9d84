/* global window, document, setTimeout, clearTimeout */
// The task pane's first script, ES5 on purpose (copied as it is, not bundled), loaded in <head>
// BEFORE office.js so that it runs even when office.js does not:
//
// - Internet Explorer 11 and the old Edge (EdgeHTML) webview of Office 2016/2019 must parse it.
//   There the app's bundles are never loaded (they would be a script error, and a blank pane):
//   a plain message says what works instead.
// - office.js comes from Microsoft's CDN. When it cannot be reached the pane would say "Memuat
//   Capaian Kinerja …" forever: its load error (seen here, on window, in the capture phase: a
//   script's error event does not bubble) shows at once what is wrong; a CDN that never answers
//   shows it after OFFICE_WAIT_MS (a test sets window.capaianOfficeWaitMs to wait less).
// - Everywhere else, once the page is parsed (after office.js ran), the app's bundles listed by
//   the build in #capaian-app are loaded.
// A separate file rather than an inline script: the Content-Security-Policy then allows scripts
// from 'self' and Microsoft's office.js host only, with no hash to keep in step with the build.
(function () {
  var OFFICE_WAIT_MS = 15000;
  var w = window;
  var ua = w.navigator.userAgent;
  var old = !!document.documentMode || /Trident\/|MSIE /.test(ua) || /Edge\/\d+/.test(ua);
  var started = false;
  var timer = setTimeout(officeUnreachable, w.capaianOfficeWaitMs || OFFICE_WAIT_MS);

  function pageUrl() {
    return w.location.href.replace(/[?#].*$/, '').replace(/[^/]*$/, 'preview.html');
  }

  /** The message in #root, or — while the parser still waits for office.js — above the page. */
  function show(html) {
    var root = document.getElementById('root');
    var early = document.getElementById('capaian-early');
    if (root) {
      if (early) early.parentNode.removeChild(early);
      root.innerHTML = html;
      return;
    }
    if (!early) {
      early = document.createElement('div');
      early.id = 'capaian-early';
      (document.body || document.documentElement).appendChild(early);
    }
    early.innerHTML = html;
  }

  function officeUnreachable() {
    if (started || w.Office) return;
    w.capaianOfficeUnreachable = true;
    var page = pageUrl();
    var html =
      '<div class="old" data-office-unreachable>' +
        '<h1>Capaian Kinerja belum dapat dimuat</h1>' +
        '<p>Pustaka Office (office.js) dari server Microsoft ' +
        '(appsforoffice.microsoft.com) tidak dapat diunduh, sehingga panel ini tidak dapat ' +
        'terhubung dengan Excel.</p><ul>' +
        '<li>Periksa sambungan internet komputer ini (dan proksi atau firewall kantor), lalu ' +
        'tutup dan buka kembali panel ini;</li>' +
        '<li>atau buka halaman Capaian Kinerja di peramban: <a href="' +
        page +
        '" target="_blank" rel="noopener">' +
        page +
        '</a> &mdash; pilih berkas .xlsx, lalu unduh hasilnya.</li></ul></div>';
    show(html);
  }

  function oldWebview() {
    w.capaianOldWebview = true;
    // Office waits for the add-in to say it is ready.
    if (w.Office) w.Office.initialize = function () {};
    var page = pageUrl();
    var html =
      '<div class="old" data-old-webview>' +
        '<h1>Capaian Kinerja tidak dapat berjalan di Office ini</h1>' +
        '<p>Office 2016 dan Office 2019 (lisensi permanen) di Windows membuka add-in dengan ' +
        'Internet Explorer 11 atau Edge versi lama, yang tidak dapat menjalankan panel ini.</p>' +
        '<p>Panel ini berjalan di Excel untuk Microsoft 365 (Windows dan Mac), Office 2021 ' +
        'atau yang lebih baru, dan Excel di web.</p>' +
        '<p>Di komputer ini pekerjaan tetap dapat diselesaikan dengan dua cara:</p><ul>' +
        '<li>buka halaman Capaian Kinerja di peramban (Chrome, Edge baru atau Firefox): <a href="' +
        page +
        '" target="_blank" rel="noopener">' +
        page +
        '</a> &mdash; pilih berkas .xlsx, lalu unduh hasilnya; berkas tidak diunggah ke mana pun;</li>' +
        '<li>atau jalankan perintah <code>capaian compute BERKAS.xlsx -o HASIL.xlsx</code> ' +
        'di komputer.</li></ul></div>';
    show(html);
  }

  function loadApp() {
    var files = JSON.parse(document.getElementById('capaian-app').text);
    for (var i = 0; i < files.length; i++) {
      var s = document.createElement('script');
      s.src = files[i];
      s.async = false;
      document.body.appendChild(s);
    }
  }

  /** The page is parsed: office.js has run, or failed. */
  function start() {
    if (!w.Office) return officeUnreachable();
    started = true;
    clearTimeout(timer);
    if (old) return oldWebview();
    var early = document.getElementById('capaian-early');
    if (early) early.parentNode.removeChild(early);
    loadApp();
  }

  function onError(e) {
    var t = e.target;
    if (t && t.tagName === 'SCRIPT' && /appsforoffice\.microsoft\.com/.test(t.src))
      officeUnreachable();
  }
  w.addEventListener('error', onError, true);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
