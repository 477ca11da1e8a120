import { chromium } from '@playwright/test';
import { LAUNCH } from './chromium.mjs';
import { serve } from './serve.mjs';
const dir = process.argv[2];
const server = await serve(dir, 4431, '/');
const browser = await chromium.launch(LAUNCH);
const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block', locale: 'ja-JP' });
const page = await context.newPage();
page.on('dialog', (d) => d.accept());
await page.goto('http://127.0.0.1:4431/import');
await page.getByTestId('import-file').setInputFiles('/work/main/target/bench-synth/all-japan-1741.json');
await page.getByTestId('import-apply').click({ timeout: 120000 });
await page.getByTestId('announcer').filter({ hasText: 'インポートしました。' }).waitFor({ timeout: 120000 });
await page.locator('.main-nav a').first().click();
await page.getByTestId('result-count').waitFor();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const boxes = ['[data-facet="cat"] input[data-value="1"]', '[data-facet="section"] input[data-value="plan"]', '[data-facet="cat"] input[data-value="1"]', '[data-facet="section"] input[data-value="plan"]'];
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
for (const b of boxes) { await page.locator(b).click(); await page.waitForTimeout(1500); }
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map(); const incl = new Map();
const short = (n) => (n.callFrame.functionName || '(anon)').replace(/::h[0-9a-f]{16}/, '').slice(0, 150);
profile.samples.forEach((s, i) => {
  const d = (profile.timeDeltas[i] ?? 0) / 1000;
  const n = byId.get(s); self.set(short(n), (self.get(short(n)) ?? 0) + d);
  const seen = new Set(); let id = s;
  while (id) { const nm = short(byId.get(id)); if (!seen.has(nm)) { seen.add(nm); incl.set(nm, (incl.get(nm) ?? 0) + d); } id = parent.get(id); }
});
console.log('SELF (4 clicks)'); [...self].sort((a, b) => b[1] - a[1]).slice(0, 30).forEach(([k, v]) => console.log(v.toFixed(1).padStart(8), k));
console.log('INCLUSIVE'); [...incl].sort((a, b) => b[1] - a[1]).slice(0, 70).forEach(([k, v]) => console.log(v.toFixed(1).padStart(8), k));
await browser.close(); server.close();
