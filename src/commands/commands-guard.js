/* global window, document, setTimeout, clearTimeout */
// The ribbon's function file's first script, ES5 on purpose (copied as it is, not bundled), loaded
// in <head> before office.js. commands.js is ES2020: in Internet Explorer 11 or the old Edge
// (EdgeHTML) webview of Office 2016/2019 — which do show the ribbon — it would be a syntax error,
// Office.actions.associate would never run and every button would do nothing, silently. There
// this file answers each button itself: it shows the planner a dialog saying the add-in cannot
// run in this Office and what to use instead, and always calls event.completed(). Everywhere else
// it loads commands.js (listed by the build in #capaian-app) once the page is parsed.
//
// The dialog is the Dialog API (Office.context.ui.displayDialogAsync), which a function file may
// open: "The host page can be a task pane or the function file of a function command"
// (learn.microsoft.com/office/dev/add-ins/develop/dialog-best-practices). event.completed() is
// called when the planner closes it, when it cannot open, or after NOTICE_MS at the latest (a test
// sets window.capaianNoticeMs), so the ribbon's queue never waits longer than that.
(function () {
  var NOTICE_MS = 60000;
  var NAMES = ['validasi', 'hitung', 'buatLaporan', 'hapusWarna'];
  var w = window;
  var ua = w.navigator.userAgent;
  var old = !!document.documentMode || /Trident\/|MSIE /.test(ua) || /Edge\/\d+/.test(ua);

  function pageUrl(name) {
    return w.location.href.replace(/[?#].*$/, '').replace(/[^/]*$/, name);
  }

  var MESSAGE =
    'Capaian Kinerja tidak dapat berjalan di Office ini: Office 2016 dan Office 2019 (lisensi ' +
    'permanen) di Windows membuka add-in dengan Internet Explorer 11 atau Edge versi lama. ' +
    'Gunakan Excel untuk Microsoft 365, Office 2021 atau yang lebih baru, atau Excel di web; ' +
    'atau buka halaman Capaian Kinerja di peramban (Chrome, Edge baru atau Firefox): ' +
    pageUrl('preview.html');

  /** Show `message` in a dialog; `done` runs once: closed, not opened, or after NOTICE_MS. */
  function notify(message, done) {
    var finished = false;
    var timer = setTimeout(finish, w.capaianNoticeMs || NOTICE_MS);
    function finish() {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      done();
    }
    var O = w.Office;
    var ui = O && O.context && O.context.ui;
    if (!ui || !ui.displayDialogAsync) return finish();
    var url = pageUrl('hasil.html') + '?gagal=1&pesan=' + encodeURIComponent(message);
    try {
      ui.displayDialogAsync(url, { height: 40, width: 40 }, function (r) {
        if (!r || r.status !== 'succeeded' || !r.value) return finish();
        var dialog = r.value;
        dialog.addEventHandler(O.EventType.DialogEventReceived, finish);
        dialog.addEventHandler(O.EventType.DialogMessageReceived, function () {
          dialog.close();
          finish();
        });
      });
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 needs the binding
    } catch (e) {
      finish();
    }
  }

  function answer(event) {
    notify(MESSAGE, function () {
      if (event && event.completed) event.completed();
    });
  }

  function register() {
    var O = w.Office;
    if (!O || !O.actions || !O.actions.associate) return;
    for (var i = 0; i < NAMES.length; i++) O.actions.associate(NAMES[i], answer);
  }

  function loadCommands() {
    var files = JSON.parse(document.getElementById('capaian-app').text);
    for (var i = 0; i < files.length; i++) {
      var s = document.createElement('script');
      s.src = files[i];
      s.async = false;
      document.body.appendChild(s);
    }
  }

  function start() {
    if (!old) return loadCommands();
    w.capaianOldWebview = true;
    // Older Office looks the function up by its global name; newer by Office.actions.associate.
    for (var i = 0; i < NAMES.length; i++) w[NAMES[i]] = answer;
    var O = w.Office;
    if (!O) return;
    if (O.onReady) O.onReady(register);
    else O.initialize = register;
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
