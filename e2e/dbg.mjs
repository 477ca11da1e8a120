import { chromium } from '@playwright/test';
import { LAUNCH } from './chromium.mjs';
import { serve } from './serve.mjs';
const server = await serve('../dist', 4498, '/');
const browser = await chromium.launch(LAUNCH);
for (let i = 0; i < 3; i++) {
const context = await browser.newContext();
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await page.addInitScript(() => {
  window.__t = {};
  const look = () => { const c = document.documentElement.className || 'none'; if (!(c in window.__t)) window.__t[c] = Math.round(performance.now()); const p = document.getElementById('prerender'); if (p && !('pre' in window.__t)) window.__t.pre = Math.round(performance.now()); if (p && p.checkVisibility({visibilityProperty:true}) && !('vis' in window.__t)) window.__t.vis = Math.round(performance.now()); if (!p && 'pre' in window.__t && !('gone' in window.__t)) window.__t.gone = Math.round(performance.now()); requestAnimationFrame(look); };
  requestAnimationFrame(look);
});
await page.goto('http://127.0.0.1:4498/');
await page.waitForTimeout(1500);
console.log(JSON.stringify(await page.evaluate(() => ({ t: window.__t, res: performance.getEntriesByType('resource').map((r) => [r.name.split('/').pop().slice(0, 20), Math.round(r.startTime), Math.round(r.responseEnd)]), fcp: performance.getEntriesByType('paint').map((p) => [p.name, Math.round(p.startTime)]) }))));
await context.close();
}
await browser.close(); server.close();
