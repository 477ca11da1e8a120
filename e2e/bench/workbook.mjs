// The all-Japan synthetic report (1,741 hubs, ~100k entries) through the workbook: how long the
// worker takes to write the whole form and to read it back, and the longest task the page sees
// meanwhile (the work is in the worker). `node bench/workbook.mjs` after `make dist`.
import { chromium } from '@playwright/test';
import { statSync } from 'node:fs';
import { LAUNCH } from '../chromium.mjs';
import { serve } from '../serve.mjs';
import { synthFile } from './scale.mjs';

const server = await serve('../dist', 4411, '/');
const browser = await chromium.launch(LAUNCH);
const page = await browser.newPage();
page.setDefaultTimeout(600_000);
await page.addInitScript(() => {
  window.__long = [];
  new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(e.duration))).observe({ type: 'longtask', buffered: true });
});
const file = synthFile();
await page.goto('http://127.0.0.1:4411/import');
await page.getByTestId('import-file').setInputFiles(file.path);
page.on('dialog', (d) => d.accept());
await page.getByTestId('import-apply').click();
await page.getByText('インポートしました。').waitFor({ state: 'attached' });
const longest = () => page.evaluate(() => { const m = Math.max(0, ...window.__long); window.__long = []; return m; });
await longest();
let t = Date.now();
const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
const path = '../target/bench-synth/all-japan.xlsx';
await download.saveAs(path);
const write = { ms: Date.now() - t, bytes: statSync(path).size, longestTaskMs: await longest() };
t = Date.now();
await page.getByTestId('import-file').setInputFiles(path);
await page.getByTestId('review').waitFor();
const read = { ms: Date.now() - t, longestTaskMs: await longest(), review: await page.getByTestId('review').locator('[data-testid=review-none], [data-testid=review-counts]').first().innerText() };
console.log(JSON.stringify({ hubs: 1741, write, read }, null, 2));
await browser.close();
server.close();
