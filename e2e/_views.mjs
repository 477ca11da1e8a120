import { chromium } from '@playwright/test';
import { LAUNCH } from './chromium.mjs';
import { serve } from './serve.mjs';
import { mkdirSync } from 'node:fs';
mkdirSync('/tmp/shots', { recursive: true });
const server = await serve('../dist', 4500, '/');
const browser = await chromium.launch(LAUNCH);
const page = await browser.newPage();
const views = [['entries', '/?theme=acp'], ['hubs', '/hubs'], ['hub', '/hub/matsubara'], ['compare', '/compare'], ['dashboard', '/dashboard'], ['challenges', '/challenges'], ['changes', '/changes'], ['report', '/report'], ['import', '/import']];
for (const width of [1280, 375]) {
  await page.setViewportSize({ width, height: 900 });
  for (const [name, path] of views) {
    await page.goto(`http://127.0.0.1:4500${path}`);
    await page.waitForFunction(() => !document.getElementById('prerender'));
    await page.waitForTimeout(400);
    await page.screenshot({ path: `/tmp/shots/${name}-${width}.png` });
    const over = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    if (over > 0) console.log(`${name} ${width}: ${over}px sideways`);
  }
}
await browser.close(); server.close();
