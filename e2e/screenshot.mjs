// Takes full-page screenshots of app routes at 1280 and 375 px in Debian's Chromium.
// Usage: node screenshot.mjs <base URL> <out dir> <name=path> [name=path …]
// A path ending in #editor is shot with the first entry's editor open.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { LAUNCH } from './chromium.mjs';

const [base, out, ...routes] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch(LAUNCH);
for (const width of [1280, 375]) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, locale: 'ja-JP' });
  for (const route of routes) {
    const at = route.indexOf('=');
    const [name, path] = [route.slice(0, at), route.slice(at + 1)];
    const editor = path.endsWith('#editor');
    await page.goto(new URL(path.replace(/#editor$/, ''), base).href);
    // The app itself, not the first view drawn at build time (which it removes when it starts).
    await page.waitForFunction(() => !document.getElementById('prerender'));
    await page.waitForSelector('main h2');
    await page.waitForLoadState('networkidle');
    if (editor) {
      await page.locator('.edit-button').first().click();
      await page.getByRole('dialog').waitFor();
    }
    await page.screenshot({ path: `${out}/${name}-${width}.png`, fullPage: !editor });
  }
  await page.close();
}
await browser.close();
