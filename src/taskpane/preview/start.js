/* global window, document */
// The browser page's first script, ES5 on purpose (copied as it is, not bundled): Internet
// Explorer 11 and the old Edge cannot run the page, and get a plain message saying what to use
// instead; every other browser loads the page's bundle (listed in #capaian-app by the build).
(function () {
  var ua = window.navigator.userAgent;
  var old = !!document.documentMode || /Trident\/|MSIE /.test(ua) || /Edge\/\d+/.test(ua);
  if (old) {
    document.getElementById('root').innerHTML =
      '<div class="plain" data-old-browser><h1>Peramban ini terlalu lama</h1>' +
      '<p>Halaman Capaian Kinerja memerlukan peramban yang lebih baru: Google Chrome, ' +
      'Microsoft Edge versi baru, atau Mozilla Firefox. Buka alamat ini di salah satunya.</p>' +
      '<p>Tanpa peramban baru, perintah <code>capaian compute BERKAS.xlsx -o HASIL.xlsx</code> ' +
      'di komputer memberi hasil yang sama.</p></div>';
    return;
  }
  var files = JSON.parse(document.getElementById('capaian-app').text);
  for (var i = 0; i < files.length; i++) {
    var s = document.createElement('script');
    s.src = files[i];
    s.async = false;
    document.body.appendChild(s);
  }
})();
