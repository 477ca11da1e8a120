// Runs before the page is drawn. index.html carries the entries view as the app draws it on a
// first visit (#prerender, drawn at build time by e2e/prerender.mjs from the build's own
// data/report.json, whose stamp this script tag carries). It is hidden wherever the app would
// draw something else: another view, filters or a language in the URL, a report edited or
// imported in this browser, English chosen, or a published edition other than the one it was
// drawn from. This script also asks the site for data/report.json, once, for that check and
// for the app (window.renkeiSite, read by src/site_edition.rs).
(function () {
  var root = document.documentElement;
  var drawnFrom = document.currentScript && document.currentScript.getAttribute('data-edition');
  var base = new URL(document.baseURI).pathname;
  var here = location.pathname;
  var same = drawnFrom !== null && (here === base || here + '/' === base) && location.search === '';
  // FNV-1a over UTF-16 code units: model::publish::Stamp.
  var stamp = function (text) {
    var h = 0x811c9dc5;
    for (var i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return ('0000000' + (h >>> 0).toString(16)).slice(-8);
  };
  try {
    // The keys of DATA_KEY (src/model/persist.rs), EDITION_KEY (src/model/publish/open.rs)
    // and LANG_KEY (src/storage.rs).
    var seen = localStorage.getItem('renkei:edition');
    same = same && localStorage.getItem('renkei:data') === null && localStorage.getItem('renkei:lang') !== 'en' &&
      (seen === null || stamp(seen) === drawnFrom);
  } catch (e) {
    // Storage blocked: the app will show the published edition in Japanese.
  }
  // Shown only once the site's file is known to be the one it was drawn from.
  root.classList.add(same ? 'edition-pending' : 'no-prerender');
  // The request the page's preload link started (same URL and mode); the service worker
  // answers it from the network first (public/sw.js).
  window.renkeiSite = fetch('data/report.json').then(function (r) {
    var offline = r.headers.get('x-renkei-offline') === '1';
    if (!r.ok) return { status: r.status, offline: offline };
    return r.text().then(function (text) { return { text: text, offline: offline }; });
  }, function () {
    return { offline: true };
  }).then(function (site) {
    if (same) {
      // No file, or an error status: the app shows the build's own edition, as drawn.
      if (site.text !== undefined && stamp(site.text) !== drawnFrom) root.classList.add('no-prerender');
      root.classList.remove('edition-pending');
    }
    return site;
  });
})();
