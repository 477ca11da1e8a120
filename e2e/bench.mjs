// Browser benchmark (`make bench`): first load of the release app against a static HTML page
// holding the same entries pre-rendered (the floor any app can reach), in Debian's Chromium
// with the CPU throttled 4× through the DevTools protocol. Prints medians of RUNS runs.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const RUNS = Number(process.env.RUNS ?? 7);
const report = JSON.parse(readFileSync(new URL('../public/data/report.json', import.meta.url), 'utf8'));
const esc = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

// The floor: the same entries as plain HTML, with the app's stylesheet.
mkdirSync('../target/bench-floor', { recursive: true });
const css = readFileSync(new URL(`../dist/${readFileSync('../dist/index.html', 'utf8').match(/href="\/(main-[^"]+\.css)"/)[1]}`, import.meta.url));
writeFileSync('../target/bench-floor/main.css', css);
const entries = report.hubs.flatMap((h) => h.entries.map((e) =>
  `<article class="entry" data-testid="entry"><div class="entry-meta">${esc(h.area)}</div><div class="entry-body">${e.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div></article>`));
writeFileSync('../target/bench-floor/index.html', `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>floor</title><link rel="stylesheet" href="/main.css"></head><body><main><h2>取組一覧</h2><div class="entry-list">${entries.join('')}</div></main></body></html>`);

const servers = [
  spawn('node', ['serve.mjs', '../dist', '4401', '/'], { stdio: 'ignore' }),
  spawn('node', ['serve.mjs', '../target/bench-floor', '4402', '/'], { stdio: 'ignore' }),
];
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

async function firstEntry(url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  const bytes = {};
  cdp.on('Network.loadingFinished', (e) => { bytes[e.requestId] = e.encodedDataLength; });
  const urls = {};
  cdp.on('Network.responseReceived', (e) => { urls[e.requestId] = new URL(e.response.url).pathname; });
  const start = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector('[data-testid="entry"]');
  const ms = await page.evaluate(() => performance.now());
  const elapsed = Date.now() - start;
  await page.waitForLoadState('networkidle');
  const files = Object.entries(bytes).map(([id, n]) => [urls[id], n]);
  await context.close();
  return { ms: Math.min(ms, elapsed), files };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const app = [];
const floor = [];
let files = [];
for (let i = 0; i < RUNS; i += 1) {
  const a = await firstEntry('http://127.0.0.1:4401/');
  app.push(a.ms);
  files = a.files;
  floor.push((await firstEntry('http://127.0.0.1:4402/')).ms);
}
await browser.close();
servers.forEach((s) => s.kill());

const appMs = median(app);
const floorMs = median(floor);
console.log(`\nrenkei browser benchmark — Chromium, CPU throttled 4×, median of ${RUNS} runs\n`);
console.log(`time to first entry: app ${appMs.toFixed(0)} ms, static floor ${floorMs.toFixed(0)} ms, ratio ${(appMs / floorMs).toFixed(2)} (budget ≤ 2.00: ${appMs / floorMs <= 2 ? 'PASS' : 'FAIL'})`);
console.log('\nfirst load, per file (raw bytes on the wire from the test server, gzip -9 of the file):');
let raw = 0;
let gz = 0;
for (const [path, n] of files.filter(([p]) => p)) {
  const file = readFileSync(`../dist${path.endsWith('/') ? `${path}index.html` : path}`);
  const g = gzipSync(file, { level: 9 }).length;
  raw += n;
  gz += g;
  console.log(`  ${path.padEnd(42)} ${String(n).padStart(9)} B  ${String(g).padStart(8)} B gzip`);
}
console.log(`  ${'total'.padEnd(42)} ${String(raw).padStart(9)} B  ${String(gz).padStart(8)} B gzip (budget ≤ 150 KB gzip: ${gz <= 150 * 1024 ? 'PASS' : 'FAIL'})`);
console.log('\nnot measured yet: keystroke / facet / dashboard latency and heap after importing 1,741 hubs (see BENCHMARKS.md)');
