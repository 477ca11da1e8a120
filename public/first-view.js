// Runs before the page is drawn. index.html carries the entries view as the app draws it on a
// first visit (#prerender, drawn at build time by e2e/prerender.mjs); it is hidden wherever the
// app would draw something else: another view, filters or a language in the URL, a report
// edited or imported in this browser, English chosen. The app replaces it when it starts.
(function () {
  var base = new URL(document.baseURI).pathname;
  var here = location.pathname;
  var same = (here === base || here + '/' === base) && location.search === '';
  try {
    // The keys of DATA_KEY (src/model/persist.rs) and LANG_KEY (src/storage.rs).
    same = same && localStorage.getItem('renkei:data') === null && localStorage.getItem('renkei:lang') !== 'en';
  } catch (e) {
    // Storage blocked: the app will show the bundled report in Japanese, as drawn.
  }
  if (!same) document.documentElement.classList.add('no-prerender');
})();
