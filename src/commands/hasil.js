/* global window, document */
// The result dialog's script, ES5 on purpose (copied as it is, not bundled; the old webviews open
// this dialog too). Shows the message given in the address (?pesan=…, &gagal=1 for a failure) as
// text, never as HTML. "Tutup" asks the function file to close the dialog
// (Office.context.ui.messageParent, one of the two Office APIs a dialog may call:
// learn.microsoft.com/office/dev/add-ins/develop/dialog-best-practices).
(function () {
  var w = window;
  function param(name) {
    var m = new RegExp('[?&]' + name + '=([^&#]*)').exec(w.location.search);
    if (!m) return '';
    try {
      return decodeURIComponent(m[1].replace(/\+/g, ' '));
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 needs the binding
    } catch (e) {
      return '';
    }
  }
  var text = param('pesan') || 'Perintah selesai. Buka panel Capaian Kinerja untuk rinciannya.';
  document.getElementById('pesan').appendChild(document.createTextNode(text));
  if (param('gagal') === '1') document.getElementById('hasil').className = 'gagal';
  var ready = false;
  document.getElementById('tutup').onclick = function () {
    var O = w.Office;
    if (ready && O && O.context && O.context.ui && O.context.ui.messageParent)
      O.context.ui.messageParent('tutup');
    else w.close();
  };
  // office.js is the next script: register once it has run (a dialog page must initialize).
  function init() {
    var O = w.Office;
    if (!O) return;
    var mark = function () {
      ready = true;
    };
    if (O.onReady) O.onReady(mark);
    else O.initialize = mark;
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
