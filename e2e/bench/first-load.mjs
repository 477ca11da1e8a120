// The first-load half of `make bench`: time to the first rendered entry of the release app
// against a static page holding the same entries pre-rendered (the floor any app can reach),
// and the bytes of every file transferred.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const esc = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** Writes the floor page (the bundled entries as plain HTML, the app's stylesheet) to `dir`. */
export function writeFloor(dir) {
  const report = JSON.parse(readFileSync('../public/data/report.json', 'utf8'));
  mkdirSync(dir, { recursive: true });
  const cssName = readFileSync('../dist/index.html', 'utf8').match(/href="\/(main-[^"]+\.css)"/)[1];
  writeFileSync(`${dir}/main.css`, readFileSync(`../dist/${cssName}`));
  const entries = report.hubs.flatMap((h) => h.entries.map((e) =>
    `<article class="entry" data-testid="entry"><div class="entry-meta">${esc(h.area)}</div><div class="entry-body">${e.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div></article>`));
  writeFileSync(`${dir}/index.html`, `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>floor</title><link rel="stylesheet" href="/main.css"></head><body><main><h2>取組一覧</h2><div class="entry-list">${entries.join('')}</div></main></body></html>`);
}

/** One cold load of `url` in a fresh profile: ms to the first entry, and bytes per path. */
export async function firstEntry(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  const bytes = {};
  const paths = {};
  cdp.on('Network.loadingFinished', (e) => { bytes[e.requestId] = e.encodedDataLength; });
  cdp.on('Network.responseReceived', (e) => { paths[e.requestId] = new URL(e.response.url).pathname; });
  const start = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector('[data-testid="entry"]');
  const ms = await page.evaluate(() => performance.now());
  const elapsed = Date.now() - start;
  await page.waitForLoadState('networkidle');
  const files = Object.entries(bytes).map(([id, n]) => [paths[id], n]).filter(([p]) => p);
  await context.close();
  return { ms: Math.min(ms, elapsed), files };
}
