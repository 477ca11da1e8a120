// The first-load half of `make bench`: time to the first rendered entry of the release app
// against a static page holding the same entries pre-rendered (the floor any app can reach),
// and the bytes of every file transferred. The app's first entry is the one its build drew
// into index.html (e2e/prerender.mjs); when the app itself has drawn one is timed too.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const esc = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** Writes the floor page (the bundled entries as plain HTML, the app's stylesheet) to `dir`. */
export function writeFloor(dir) {
  const report = JSON.parse(readFileSync('../public/data/report.json', 'utf8'));
  mkdirSync(dir, { recursive: true });
  const cssName = readFileSync('../dist/index.html', 'utf8').match(/href="?\/(main-[^"\s>]+\.css)"?/)[1];
  writeFileSync(`${dir}/main.css`, readFileSync(`../dist/${cssName}`));
  const entries = report.hubs.flatMap((h) => h.entries.map((e) =>
    `<article class="entry" data-testid="entry"><div class="entry-meta">${esc(h.area)}</div><div class="entry-body">${e.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div></article>`));
  writeFileSync(`${dir}/index.html`, `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>floor</title><link rel="stylesheet" href="/main.css"></head><body><main><h2>取組一覧</h2><div class="entry-list">${entries.join('')}</div></main></body></html>`);
}

/** Writes the first-view floor to `dir`: the release build's own first view (index.html,
 * drawn at build time, header and facets included) served without its scripts, with its
 * stylesheet and icon. What the app's first entry is measured against (issue 43). */
export function writeFirstViewFloor(dir) {
  mkdirSync(dir, { recursive: true });
  const html = readFileSync('../dist/index.html', 'utf8')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*rel="?(?:modulepreload|preload)"?[^>]*>/g, '');
  writeFileSync(`${dir}/index.html`, html);
  for (const [, name] of html.matchAll(/href="?\/([^"\s>]+\.(?:css|png))"?/g)) {
    writeFileSync(`${dir}/${name}`, readFileSync(`../dist/${name}`));
  }
}

// Runs in the page before anything else: notes the end of the first frame that draws a
// visible entry (a task after the animation frame whose layout found one), by the page's clock.
function watchEntries() {
  window.__frames = {};
  const watch = (name, selector) => {
    const look = () => requestAnimationFrame(() => {
      // Seen, not merely laid out: the first view drawn at build time is laid out but hidden
      // (visibility) until first-view.js knows the site publishes the edition it was drawn from.
      const found = [...document.querySelectorAll(selector)].some((e) => e.getClientRects().length > 0 && e.checkVisibility({ visibilityProperty: true, opacityProperty: true }));
      if (found) setTimeout(() => { window.__frames[name] = performance.now(); }, 0);
      else look();
    });
    look();
  };
  // Any entry (drawn at build time or by the app), and one the app drew (it has a test id).
  watch('shown', 'article.entry');
  watch('ready', '[data-testid="entry"]');
}

/** One cold load of `url` in a fresh profile: ms to the first frame showing an entry (drawn
 * at build time or by the app), ms to the first frame with an entry the app itself drew (it
 * can then be used; not waited for where `app` is false), and the bytes of every path. */
export async function firstEntry(browser, url, { app = true } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  const bytes = {};
  const paths = {};
  cdp.on('Network.loadingFinished', (e) => { bytes[e.requestId] = e.encodedDataLength; });
  cdp.on('Network.responseReceived', (e) => { paths[e.requestId] = new URL(e.response.url).pathname; });
  await page.addInitScript(watchEntries);
  await page.goto(url, { waitUntil: 'commit' });
  // A page without the app (the first-view floor) has only the entries drawn at build time.
  await page.waitForFunction((both) => window.__frames?.shown && (!both || window.__frames?.ready), app, { polling: 100 });
  const { shown, ready } = await page.evaluate(() => window.__frames);
  await page.waitForLoadState('networkidle');
  const files = Object.entries(bytes).map(([id, n]) => [paths[id], n]).filter(([p]) => p);
  await context.close();
  return { ms: shown, readyMs: ready, files };
}
